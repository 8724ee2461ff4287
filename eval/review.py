"""How well the checks catalogue finds injected defects, and how often it cries wolf.

Dataset: JSONL lines {"id", "record_type", "notes", "record", "defect"} where `defect` is null for
a faithful record, or {"kind", "check", "span": [start, end] or null, "target"} for a record with
exactly one injected defect (eval/synth/review.py makes such a set).

A defect counts as detected when its check reports a high or medium finding at it: overlapping
its span, or, for defects with no span (a dropped quote, a missing section), naming its target.
A false alarm is a faithful record with a high or medium finding of that check.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from eval.checks import Finding, Material, registry, run
from eval.checks.text import normalise
from eval.jsonl import OnError, read_jsonl

ALARMING = ("high", "medium")


def load_review_dataset(path: str, on_error: OnError = "stop") -> list[dict[str, Any]]:
    return read_jsonl(path, {"id": (str, int), "notes": str, "record": str, "record_type": str},
                      on_error, check=_check_row)


def _check_row(row: dict[str, Any]) -> str | None:
    defect = row.get("defect")
    if defect is None:
        return None
    if not isinstance(defect, dict) or not {"kind", "check"} <= defect.keys():
        return '"defect" must be null or an object with "kind" and "check"'
    if defect["check"] not in registry():
        return f'unknown check in "defect": {defect["check"]}'
    span = defect.get("span")
    if span is not None and not (isinstance(span, list) and len(span) == 2 and 0 <= span[0] < span[1] <= len(row["record"])):
        return '"defect.span" must be [start, end] inside the record'
    return None


@dataclass
class ReviewReport:
    detection: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (found, of)
    false_alarms: dict[str, int] = field(default_factory=dict)  # check -> faithful records alarmed
    faithful: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    alarms: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    records: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "records": self.records, "faithful": self.faithful,
            "detection": {k: {"rate": round(found / total, 4), "found": found, "of": total}
                          for k, (found, total) in sorted(self.detection.items())},
            "false_alarm_rate": {c: round(self.false_alarms.get(c, 0) / self.faithful, 4) if self.faithful else None
                                 for c in registry()},
            "records_per_second": round(self.records / self.seconds, 2) if self.seconds else None,
            "misses": self.misses, "alarms": self.alarms,
        }


Reviewer = Callable[[dict[str, Any]], list[Finding]]


def default_reviewer(row: dict[str, Any]) -> list[Finding]:
    return run(Material(row["record"], row["notes"], row["record_type"])).findings


def evaluate(rows: list[dict[str, Any]], reviewer: Reviewer = default_reviewer) -> ReviewReport:
    report = ReviewReport(records=len(rows))
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    alarmed: dict[str, set[str]] = defaultdict(set)
    started = time.perf_counter()
    for row in rows:
        findings = [f for f in reviewer(row) if f.severity in ALARMING]
        defect = row.get("defect")
        if defect is None:
            report.faithful += 1
            for f in findings:
                if row["id"] not in alarmed[f.check]:
                    alarmed[f.check].add(row["id"])
                    report.alarms.append({"id": row["id"], "check": f.check, "message": f.message,
                                          "text": row["record"][f.span[0]:f.span[1]] if f.span else f.evidence})
            continue
        total[defect["kind"]] += 1
        if any(_hits(f, defect) for f in findings):
            found[defect["kind"]] += 1
        else:
            report.misses.append({"id": row["id"], "kind": defect["kind"], "target": defect.get("target"),
                                  "found": sorted({f.check for f in findings})})
    report.seconds = time.perf_counter() - started
    report.detection = {kind: (found[kind], total[kind]) for kind in total}
    report.false_alarms = {check: len(ids) for check, ids in alarmed.items()}
    return report


def _hits(finding: Finding, defect: dict[str, Any]) -> bool:
    if finding.check != defect["check"]:
        return False
    span = defect.get("span")
    if span:
        return finding.span is not None and finding.span[0] < span[1] and span[0] < finding.span[1]
    target = normalise(str(defect.get("target", "")))
    return bool(target) and target in normalise(f"{finding.evidence} {finding.message}")


def format_report(report: dict[str, Any]) -> str:
    lines = [f"{report['records']} records ({report['faithful']} faithful), "
             f"{report['records_per_second']} records/s", "", "Detection by defect kind (target >= 0.9):"]
    for kind, d in report["detection"].items():
        mark = "" if d["rate"] >= 0.9 else "   <- below target"
        lines.append(f"  {kind:<22} {d['rate']:.3f}  ({d['found']}/{d['of']}){mark}")
    lines.append("")
    lines.append("False alarms on faithful records, high/medium (target <= 0.1):")
    for check, rate in report["false_alarm_rate"].items():
        if rate is not None:
            mark = "" if rate <= 0.1 else "   <- above target"
            lines.append(f"  {check:<30} {rate:.3f}{mark}")
    return "\n".join(lines)
