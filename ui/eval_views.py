"""The Evaluate page's views of a run: results by group, the bias analysis and a comparison of two
runs, each as a chart and the table behind it. The numbers are the harness's (`eval.bias`,
`eval.compare`); these functions only lay them out."""

from __future__ import annotations

import html
from typing import Any

import streamlit as st

from eval.bias import MIN_GROUP
from eval.metrics import metric_info
from eval.report import chart

UP, DOWN, FLAT = "#2e7d32", "#c0392b", "#7f8c8d"


def diff_chart(rows: list[tuple[str, float, list[float] | None, bool]], label: str) -> str:
    """Differences around zero as inline SVG: (name, diff, ci, significant) a row. A bar to the
    right is positive, its CI as a whisker; significant rows are drawn solid and marked with *."""
    rows = [r for r in rows if r[1] is not None]
    if not rows:
        return ""
    reach = max(0.05, *(abs(r[1]) for r in rows), *(abs(x) for r in rows if r[2] for x in r[2]))
    width, bar_h, left, right = 640, 22, 230, 60
    half = (width - left - right) / 2
    zero, scale = left + half, half / reach
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{len(rows) * bar_h + 34}" '
             f'role="img" aria-label="{html.escape(label)}">',
             f'<line x1="{zero}" x2="{zero}" y1="0" y2="{len(rows) * bar_h + 6}" stroke="#999"/>']
    for i, (name, diff, ci, significant) in enumerate(rows):
        y = i * bar_h + 5
        x, w = (zero, diff * scale) if diff >= 0 else (zero + diff * scale, -diff * scale)
        colour = FLAT if not significant else (UP if diff > 0 else DOWN)
        parts.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end" font-size="12">'
                     f'{html.escape(name)}{" *" if significant else ""}</text>')
        parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{max(1.0, w):.1f}" height="{bar_h - 8}" fill="{colour}" '
                     f'fill-opacity="{1 if significant else 0.45}"/>')
        if ci:
            mid = y + bar_h / 2
            parts.append(f'<line x1="{zero + ci[0] * scale:.1f}" x2="{zero + ci[1] * scale:.1f}" y1="{mid}" '
                         f'y2="{mid}" stroke="#222" stroke-width="1.5"/>')
        parts.append(f'<text x="{width - right + 8}" y="{y + 14}" font-size="11">{diff:+.2f}</text>')
    axis = len(rows) * bar_h + 24
    parts.append(f'<text x="{left}" y="{axis}" font-size="11" fill="#555">{html.escape(label)}</text></svg>')
    return "".join(parts)


def _svg(markup: str) -> None:
    if markup:  # st.markdown, not st.html: st.html's sanitiser drops inline SVG
        st.markdown(markup, unsafe_allow_html=True)


def show_groups(groups: dict[str, dict[str, Any]], key: str) -> None:
    """Each attribute's groups for one metric: means with 95% CIs, chart and table, and the gap."""
    st.subheader("By group")
    if not groups:
        st.caption("The cases carry no attributes with two or more groups, so there is nothing to break down.")
        return
    info = metric_info()
    left, right = st.columns(2)
    attribute = left.selectbox("Attribute", sorted(groups), key=f"{key}-attr")
    per_metric = groups[attribute]
    names = list(per_metric)
    widest = max(names, key=lambda n: (_unit(n), _spread(per_metric[n])))  # a 0-1 metric where groups differ most
    metric = right.selectbox("Metric", names, index=names.index(widest), key=f"{key}-metric",
                             help="Opens on the metric where the groups differ most.")
    entry = per_metric[metric]
    better = info.get(metric, {}).get("better", "")
    _svg(chart(entry["groups"], f"{metric} by {attribute} (bars: mean, lines: 95% CI)"))
    tested = any("p_adj" in m for m in entry["groups"].values())
    st.dataframe([{"group": g, "cases": m.get("n"), "mean": m.get("mean"), "95% CI low": (m.get("ci") or [None])[0],
                   "95% CI high": (m.get("ci") or [None, None])[1],
                   **({"p vs the rest (BH)": m.get("p_adj"), "significant": m.get("significant")} if tested else {})}
                  for g, m in entry["groups"].items()],
                 hide_index=True, column_config=_decimals("mean", "95% CI low", "95% CI high", "p vs the rest (BH)"))
    gap, suffix = entry.get("gap"), f" ({better} is better)." if better else "."
    if gap is not None:
        st.caption(f"Largest gap between {attribute} groups on {metric}: {gap:.2f}{suffix}")
    else:
        st.caption(f"No gap is measured between {attribute} groups: each needs at least {MIN_GROUP} cases. The "
                   "means are shown to read, not to draw conclusions from; paired differences are under Bias.")


def show_bias(bias: dict[str, Any], tests: list[tuple[str, str, dict]]) -> None:
    """The counterfactual pairs: the verdict, each paired difference as a chart and a table."""
    st.subheader("Bias")
    verdict = "**flagged**: at least one difference is significant after correction" if bias["flagged"] else \
        "not flagged: no difference is significant after correction"
    st.markdown(f"{bias['pairs']} counterfactual pairs · {verdict}")
    if not tests:
        st.caption("Every pair scored the same on every metric: there is no difference to test." if bias["pairs"]
                   else "The cases have no counterfactual pairs (cases sharing a pair_id), so there is nothing to "
                        "test; see By group for each group's means.")
        return
    shown = tests[:20]
    _svg(diff_chart([(f"{where}: {name}", t["diff"], t.get("ci"), t["significant"]) for where, name, t in shown],
                    "paired difference with 95% CI (* significant after Benjamini-Hochberg)"))
    st.dataframe([{"comparison": where, "metric": name, "diff": t["diff"], "95% CI": _ci(t.get("ci")),
                   "p": t["p"], "p (BH)": t["p_adj"], "significant": t["significant"]} for where, name, t in tests],
                 hide_index=True, column_config=_decimals("diff", "p", "p (BH)"))
    st.caption("A group row (e.g. gender=female) is that group's record minus its counterpart's, over the pairs; "
               "\"variant - original\" is each pair's second case minus its first.")


def show_compare(result: dict[str, Any], a: str, b: str) -> None:
    """B - A per metric (chart and table) and the cases that moved most."""
    st.caption(f"A: {result['a'].get('system') or a} · B: {result['b'].get('system') or b} · "
               + (f"{result['paired']} cases in both runs (compared pairwise)" if result["paired"]
                  else "No case in both runs: means compared unpaired"))
    rows = [(n, m["diff"], m.get("ci"), bool(m.get("significant"))) for n, m in result["metrics"].items()
            if m.get("diff") is not None and _unit(n)]
    _svg(diff_chart(rows, "B - A with 95% CI (* significant after Benjamini-Hochberg)"))
    st.dataframe([{"metric": n, "A": m["a"], "B": m["b"], "B - A": m["diff"], "95% CI": _ci(m.get("ci")),
                   "p (BH)": m["p_adj"], "significant": m["significant"]} for n, m in result["metrics"].items()],
                 hide_index=True, column_config=_decimals("A", "B", "B - A", "p (BH)"),
                 height=36 * (len(result["metrics"]) + 1) + 2)  # every metric without scrolling
    if result["changed"]:
        st.markdown("**Cases that moved most**")
        st.dataframe([{"case": r["id"], "overall A": r["overall"][0], "overall B": r["overall"][1],
                       "moved": ", ".join(r["moved"])} for r in result["changed"]], hide_index=True)


def _spread(entry: dict[str, Any]) -> float:
    """The gap the harness measured, else the plain spread of the group means (for ordering only)."""
    if entry.get("gap") is not None:
        return entry["gap"]
    means = [m["mean"] for m in entry["groups"].values() if m.get("mean") is not None]
    return max(means) - min(means) if len(means) > 1 else 0.0


def _unit(name: str) -> bool:
    return name.endswith(("_rate", "_recall")) or name == "structure_completeness"


def _ci(ci: list[float] | None) -> str:
    return f"[{ci[0]:.2f}, {ci[1]:.2f}]" if ci else "–"


def _decimals(*columns: str) -> dict[str, Any]:
    return {c: st.column_config.NumberColumn(format="%.3f") for c in columns}
