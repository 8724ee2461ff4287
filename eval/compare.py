"""`heard eval compare RUN_A RUN_B`: the same metrics side by side, the difference (B - A) with its
95% CI and significance, and the cases that changed most.

Cases scored in both runs are compared pairwise (paired bootstrap, sign-flip test); when the runs
share no case the means are compared unpaired (bootstrap of each, permutation test). p-values
are adjusted across metrics with Benjamini-Hochberg.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from eval.metrics import metric_info
from eval.report import fmt, fmt_ci
from eval.score import load_run
from eval.stats import SEED, benjamini_hochberg, bootstrap_ci, mean, permutation_p, sign_flip_p

TOP = 10


def compare(run_a: str | Path, run_b: str | Path) -> dict[str, Any]:
    meta_a, _, rows_a = load_run(run_a)
    meta_b, _, rows_b = load_run(run_b)
    a, b = {r["id"]: r for r in rows_a}, {r["id"]: r for r in rows_b}
    common = [i for i in a if i in b]
    metrics = {name: _metric(name, a, b, common) for name in metric_info()}
    tested = [m for m in metrics.values() if m["p"] is not None]
    for m, q in zip(tested, benjamini_hochberg([m["p"] for m in tested]), strict=True):
        m["p_adj"], m["significant"] = q, q < 0.05
    return {"a": {"dir": str(run_a), "system": meta_a.get("system"), "n": len(a)},
            "b": {"dir": str(run_b), "system": meta_b.get("system"), "n": len(b)},
            "paired": len(common), "metrics": metrics, "changed": _changed(a, b, common)}


def _metric(name: str, a: dict, b: dict, common: list[str]) -> dict[str, Any]:
    va = [r["metrics"][name] for r in a.values() if r["metrics"].get(name) is not None]
    vb = [r["metrics"][name] for r in b.values() if r["metrics"].get(name) is not None]
    out = {"a": mean(va), "b": mean(vb), "diff": None, "ci": None, "p": None, "p_adj": None, "significant": False}
    if common:
        diffs = [b[i]["metrics"][name] - a[i]["metrics"][name] for i in common
                 if a[i]["metrics"].get(name) is not None and b[i]["metrics"].get(name) is not None]
        if diffs:
            out.update(diff=mean(diffs), ci=bootstrap_ci(diffs), p=sign_flip_p(diffs))
    elif va and vb:
        out.update(diff=mean(vb) - mean(va), ci=_unpaired_ci(va, vb), p=permutation_p(vb, va))
    return out


def _unpaired_ci(va: list[float], vb: list[float], resamples: int = 2000) -> list[float]:
    rng = np.random.default_rng(SEED)
    x, y = np.asarray(va), np.asarray(vb)
    diffs = (y[rng.integers(0, y.size, (resamples, y.size))].mean(axis=1)
             - x[rng.integers(0, x.size, (resamples, x.size))].mean(axis=1))
    return [float(np.percentile(diffs, 2.5)), float(np.percentile(diffs, 97.5))]


def _changed(a: dict, b: dict, common: list[str]) -> list[dict[str, Any]]:
    """The cases whose overall score moved most, with the metrics that moved."""
    rows = []
    for i in common:
        ma, mb = a[i]["metrics"], b[i]["metrics"]
        moved = {n: [ma.get(n), mb.get(n)] for n in metric_info()
                 if metric_info()[n]["better"] != "none" and n != "overall_score" and ma.get(n) != mb.get(n)}
        change = (mb.get("overall_score") or 0) - (ma.get("overall_score") or 0)
        if moved or change:
            rows.append({"id": i, "overall": [ma.get("overall_score"), mb.get("overall_score")],
                         "change": change, "moved": moved})
    return sorted(rows, key=lambda r: -abs(r["change"]))[:TOP]


def format_compare(result: dict[str, Any]) -> str:
    a, b = result["a"], result["b"]
    out = [f"A: {a['dir']} ({a['system']}, {a['n']} cases)", f"B: {b['dir']} ({b['system']}, {b['n']} cases)",
           f"{result['paired']} cases in both (compared pairwise)" if result["paired"] else "no case in both: unpaired",
           "", f"{'metric':26} {'A':>8} {'B':>8} {'B - A':>8}  {'95% CI':18} {'p (BH)':>7}"]
    for name, m in result["metrics"].items():
        mark = "  *" if m["significant"] else ""
        out.append(f"{name:26} {fmt(m['a']):>8} {fmt(m['b']):>8} {fmt(m['diff']):>8}  {fmt_ci(m['ci']):18} "
                   f"{fmt(m['p_adj'], 3):>7}{mark}")
    out += ["", "* significant after Benjamini-Hochberg at 0.05", "", "Cases that changed most (overall score A -> B):"]
    for row in result["changed"]:
        moved = ", ".join(f"{n} {fmt(x)}->{fmt(y)}" for n, (x, y) in row["moved"].items())
        out.append(f"  {row['id']}: {fmt(row['overall'][0], 0)} -> {fmt(row['overall'][1], 0)}  {moved}")
    return "\n".join(out)
