"""Bias: paired differences between counterfactual variants, and disparities between groups.

Paired (cases sharing a `pair_id`): each variant is compared with the pair's first case, the
metric difference per pair is bootstrapped for a 95% CI and tested with a sign-flip test. Because
the first case of a pair may belong to either group, a difference can cancel out over pairs, so
the same test is also run ORIENTED by group: for each attribute value that one member of a pair
has and the other lacks, (member with it) minus (the other). Benjamini-Hochberg adjusts every
p-value of the analysis together; `flagged` is true when any adjusted p is below 0.05.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from eval.stats import benjamini_hochberg, bootstrap_ci, mean, permutation_p, sign_flip_p

ALPHA = 0.05
MIN_GROUP = 5  # cases a group needs before its disparity is tested


def paired(rows: Sequence[dict[str, Any]], metrics: Sequence[str]) -> dict[str, Any]:
    """The `bias` object of `heard eval score --json` (DESIGN.md), plus `groups`."""
    pairs = _pairs(rows)
    tests: list[dict[str, Any]] = []
    overall = {name: _test([(b, a) for a, b in pairs], name) for name in metrics}
    tests.extend(overall.values())
    groups: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for (axis, value), oriented in sorted(_oriented(pairs).items()):
        groups[f"{axis}={value}"] = {name: _test(oriented, name) for name in metrics}
        tests.extend(groups[f"{axis}={value}"].values())
    _adjust(tests)
    flagged = any(t["significant"] for t in tests)
    return {"pairs": len(pairs), "flagged": flagged, "metrics": overall, "groups": dict(groups)}


def disparity(rows: Sequence[dict[str, Any]], metrics: Sequence[str]) -> dict[str, Any]:
    """For unpaired data: each attribute's groups, their means with CIs, the largest gap, and a
    permutation test of each group against the rest (BH-adjusted)."""
    by_attr: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        for attr, value in row.get("attributes", {}).items():
            by_attr[attr][value].append(row)
    out: dict[str, Any] = {}
    tests = []
    for attr, groups in sorted(by_attr.items()):
        if len(groups) < 2:
            continue
        out[attr] = {}
        for name in metrics:
            table = {}
            for value, members in sorted(groups.items()):
                values = _values(members, name)
                rest = [v for other, m in groups.items() if other != value for v in _values(m, name)]
                entry = {"n": len(values), "mean": mean(values), "ci": bootstrap_ci(values)}
                if len(values) >= MIN_GROUP and len(rest) >= MIN_GROUP:
                    entry["p"] = permutation_p(values, rest)
                    tests.append(entry)
                table[value] = entry
            means = [e["mean"] for e in table.values() if e["mean"] is not None and e["n"] >= MIN_GROUP]
            out[attr][name] = {"groups": table, "gap": (max(means) - min(means)) if len(means) > 1 else None}
    _adjust(tests)
    return out


def _pairs(rows: Sequence[dict[str, Any]]) -> list[tuple[dict, dict]]:
    """(first, other) for every other variant of each pair_id group, in dataset order."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        if row.get("pair_id") is not None:
            groups[row["pair_id"]].append(row)
    return [(members[0], other) for members in groups.values() for other in members[1:]]


def _oriented(pairs: list[tuple[dict, dict]]) -> dict[tuple[str, str], list[tuple[dict, dict]]]:
    """(with value, without) pairs for every attribute value that tells the two members apart."""
    out: dict[tuple[str, str], list[tuple[dict, dict]]] = defaultdict(list)
    for a, b in pairs:
        attrs_a, attrs_b = a.get("attributes", {}), b.get("attributes", {})
        for axis in sorted(set(attrs_a) | set(attrs_b)):
            va, vb = attrs_a.get(axis), attrs_b.get(axis)
            if va == vb:
                continue
            if va is not None:
                out[(axis, va)].append((a, b))
            if vb is not None:
                out[(axis, vb)].append((b, a))
    return out


def _test(pairs: list[tuple[dict, dict]], name: str) -> dict[str, Any]:
    """Mean of (first - second) over pairs where both have the metric, with CI and p."""
    diffs = [x["metrics"][name] - y["metrics"][name] for x, y in pairs
             if x["metrics"].get(name) is not None and y["metrics"].get(name) is not None]
    return {"n": len(diffs), "diff": mean(diffs), "ci": bootstrap_ci(diffs), "p": sign_flip_p(diffs)}


def _adjust(tests: list[dict[str, Any]]) -> None:
    for test, q in zip(tests, benjamini_hochberg([t["p"] for t in tests]), strict=True):
        test["p_adj"] = q
        test["significant"] = q < ALPHA


def _values(rows: Sequence[dict[str, Any]], name: str) -> list[float]:
    return [r["metrics"][name] for r in rows if r["metrics"].get(name) is not None]
