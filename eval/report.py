"""`heard eval report RUN_DIR`: one self-contained HTML page (inline SVG, no external assets),
Markdown or JSON: headline metrics with CIs, charts per metric and per group, the bias table and
a drill-down of every case with its findings highlighted."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from eval.metrics import metric_info
from eval.score import load_run

HERE = Path(__file__).parent
_COLOURS = {"high": "#c0392b", "medium": "#e67e22", "low": "#2e86c1", "info": "#7f8c8d"}


def build(run_dir: str | Path) -> dict[str, Any]:
    """Everything a report shows, as data (the JSON report)."""
    run, summary, rows = load_run(run_dir)
    return {"run": run, "summary": summary, "cases": rows}


def as_json(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False)


def as_markdown(report: dict[str, Any]) -> str:
    run, summary = report["run"], report["summary"]
    out = [f"# heard evaluation: {run.get('system', 'outputs')}", "",
           f"Dataset `{run.get('dataset', '?')}`, {summary['n']} cases scored, "
           f"{len(summary.get('missing', []))} missing, {len(summary.get('unscorable', {}))} unscorable; "
           f"checks {run.get('checks_version', '?')}, {run.get('created_at', '')}.", "",
           "| metric | mean | 95% CI | n | better |", "|---|---|---|---|---|"]
    for name, m in summary["metrics"].items():
        out.append(f"| {name} | {fmt(m['mean'])} | {fmt_ci(m['ci'])} | {m.get('n', '')} | {metric_info()[name]['better']} |")
    bias = summary["bias"]
    out += ["", f"## Bias: {bias['pairs']} counterfactual pairs, flagged: **{'yes' if bias['flagged'] else 'no'}**", ""]
    if bias["pairs"]:
        out += ["| comparison | metric | diff | 95% CI | p | p (BH) |", "|---|---|---|---|---|---|"]
        for where, name, t in significant_tests(bias, everything=True):
            mark = " **significant**" if t["significant"] else ""
            out.append(f"| {where} | {name} | {fmt(t['diff'])} | {fmt_ci(t['ci'])} | {fmt(t['p'], 3)} | {fmt(t['p_adj'], 3)}{mark} |")
    out += ["", "## Largest gaps between groups", ""]
    for attr, per_metric in summary.get("groups", {}).items():
        gaps = sorted(((m["gap"], name) for name, m in per_metric.items() if m["gap"]), reverse=True)[:3]
        out.append(f"- {attr}: " + (", ".join(f"{name} {fmt(gap)}" for gap, name in gaps) or "none"))
    return "\n".join(out) + "\n"


def as_html(report: dict[str, Any]) -> str:
    env = Environment(loader=FileSystemLoader(HERE), autoescape=select_autoescape(["html", "jinja"]))
    env.filters.update(fmt=fmt, fmt_ci=fmt_ci)
    summary = report["summary"]
    return env.get_template("report.html.jinja").render(
        run=report["run"], summary=summary, info=metric_info(), cases=report["cases"],
        headline=Markup(chart({n: m for n, m in summary["metrics"].items() if _unit(n)}, "share of cases / share kept")),
        group_charts=[(attr, name, Markup(chart(m["groups"], name)))
                      for attr, per_metric in summary.get("groups", {}).items()
                      for name, m in per_metric.items() if m["gap"]],
        tests=significant_tests(summary["bias"], everything=True),
        highlight=lambda row: Markup(highlight(row["output"], row["findings"])), colours=_COLOURS)


def significant_tests(bias: dict[str, Any], everything: bool = False) -> list[tuple[str, str, dict]]:
    """(comparison, metric, test) rows of the bias analysis: all, or only the significant ones."""
    rows = [("variant - original", name, t) for name, t in bias["metrics"].items()]
    rows += [(group, name, t) for group, tests in bias.get("groups", {}).items() for name, t in tests.items()]
    rows = [r for r in rows if r[2]["n"] and (everything and r[2]["diff"] or r[2]["significant"])]
    return sorted(rows, key=lambda r: r[2]["p_adj"])


def chart(entries: dict[str, dict[str, Any]], label: str) -> str:
    """A horizontal bar chart of means with CI whiskers, as inline SVG."""
    items = [(name, e["mean"], e.get("ci")) for name, e in entries.items() if e.get("mean") is not None]
    if not items:
        return ""
    top = max(1.0, *(ci[1] for _, _, ci in items if ci), *(m for _, m, _ in items))
    width, bar_h, left = 560, 22, 190
    scale = (width - left - 50) / top
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{len(items) * bar_h + 30}" '
             f'role="img" aria-label="{html.escape(label)}">']
    for i, (name, value, ci) in enumerate(items):
        y = i * bar_h + 5
        parts.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end" font-size="12">{html.escape(str(name))}</text>')
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{max(1, value * scale):.1f}" height="{bar_h - 8}" fill="#5b8def"/>')
        if ci:
            x1, x2, mid = left + ci[0] * scale, left + ci[1] * scale, y + bar_h / 2
            parts.append(f'<line x1="{x1:.1f}" x2="{x2:.1f}" y1="{mid}" y2="{mid}" stroke="#222" stroke-width="1.5"/>')
        parts.append(f'<text x="{left + value * scale + 6:.1f}" y="{y + 14}" font-size="11">{fmt(value)}</text>')
    axis_y = len(items) * bar_h + 12
    parts.append(f'<text x="{left}" y="{axis_y + 12}" font-size="11" fill="#555">{html.escape(label)}</text></svg>')
    return "".join(parts)


def highlight(text: str, findings: list[dict[str, Any]]) -> str:
    """The record as HTML, each finding's span marked in its severity's colour (overlaps merged)."""
    spans = sorted((f for f in findings if f.get("span")), key=lambda f: tuple(f["span"]))
    out, last = [], 0
    for f in spans:
        start, end = f["span"]
        if start < last:
            continue
        out.append(html.escape(text[last:start]))
        title = html.escape(f"{f['check']} ({f['severity']}): {f['message']}")
        out.append(f'<mark style="background:{_COLOURS[f["severity"]]}33;border-bottom:2px solid '
                   f'{_COLOURS[f["severity"]]}" title="{title}">{html.escape(text[start:end])}</mark>')
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def fmt_ci(ci: list[float] | None) -> str:
    return "-" if not ci else f"[{ci[0]:.2f}, {ci[1]:.2f}]"


def _unit(name: str) -> bool:
    """Metrics on a 0-1 scale, which share the headline chart."""
    return name.endswith(("_rate", "_recall")) or name == "structure_completeness"
