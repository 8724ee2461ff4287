"""Measuring redaction against gold identifier spans (`heard eval redaction`).

A gold span is caught (strict) only if every letter and digit of it is covered by some redaction,
of any type: half a name is a leaked name. Over-redaction is the share of redacted letters and
digits that lie outside every gold span.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval.jsonl import OnError, read_jsonl
from redaction.spans import Span


def load_pii_dataset(path: str | Path, on_error: OnError = "stop") -> list[dict[str, Any]]:
    """Case JSONL rows with `notes` and gold `pii` spans (and optionally a `group`)."""
    return read_jsonl(path, {"id": (str, int), "notes": str, "pii": list}, on_error, check=_check_spans)


def _check_spans(row: dict[str, Any]) -> str | None:
    for i, span in enumerate(row["pii"]):
        if not (isinstance(span, dict) and {"start", "end", "type"} <= set(span)):
            return f"pii[{i}] must be an object with start, end and type"
        if not (isinstance(span["start"], int) and isinstance(span["end"], int)
                and 0 <= span["start"] < span["end"] <= len(row["notes"])):
            return f"pii[{i}] has start/end outside the notes"
    return None


@dataclass
class Tally:
    caught: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.caught += hit
        self.total += 1

    @property
    def recall(self) -> float:
        return self.caught / self.total if self.total else 1.0


@dataclass
class RedactionReport:
    docs: int
    seconds: float
    strict: Tally = field(default_factory=Tally)
    chars: Tally = field(default_factory=Tally)
    redacted_chars: int = 0
    outside_chars: int = 0
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_group: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    names_by_group: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[dict[str, str]] = field(default_factory=list)
    extras: list[dict[str, str]] = field(default_factory=list)

    @staticmethod
    def gap(tallies: dict[str, Tally]) -> float:
        recalls = [t.recall for t in tallies.values() if t.total]
        return max(recalls) - min(recalls) if recalls else 0.0

    def as_json(self, examples: int = 20) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "docs_per_s": round(self.docs / self.seconds, 2) if self.seconds else None,
            "strict_recall": round(self.strict.recall, 4),
            "char_recall": round(self.chars.recall, 4),
            "over_redaction": round(self.outside_chars / self.redacted_chars, 4) if self.redacted_chars else 0.0,
            "gold_spans": self.strict.total,
            "by_type": {k: _tally_json(v) for k, v in sorted(self.by_type.items())},
            "by_group": {k: _tally_json(v) for k, v in sorted(self.by_group.items())},
            "names_by_group": {k: _tally_json(v) for k, v in sorted(self.names_by_group.items())},
            "group_gap": round(self.gap(self.by_group), 4),
            "name_group_gap": round(self.gap(self.names_by_group), 4),
            "missed": self.misses[:examples],
            "over_redacted": self.extras[:examples],
        }


def _tally_json(t: Tally) -> dict[str, Any]:
    return {"recall": round(t.recall, 4), "caught": t.caught, "total": t.total}


def evaluate(rows: list[dict[str, Any]], predict) -> RedactionReport:
    """Score `predict(list of texts) -> list of span lists` against the rows' gold spans."""
    started = time.perf_counter()
    predicted = list(predict([row["notes"] for row in rows]))
    report = RedactionReport(docs=len(rows), seconds=time.perf_counter() - started)
    for row, spans in zip(rows, predicted, strict=True):
        score_doc(report, row, spans)
    return report


def score_doc(report: RedactionReport, row: dict[str, Any], spans: list[Span]) -> None:
    text = row["notes"]
    covered = [False] * len(text)
    for s in spans:
        covered[s.start:s.end] = [True] * (s.end - s.start)
    gold = [False] * len(text)
    for g in row["pii"]:
        gold[g["start"]:g["end"]] = [True] * (g["end"] - g["start"])
        chars = [i for i in range(g["start"], g["end"]) if text[i].isalnum()]
        hit = all(covered[i] for i in chars)
        report.strict.add(hit)
        report.by_type[g["type"]].add(hit)
        group = row.get("group", "all")
        report.by_group[group].add(hit)
        if g["type"] == "PERSON":
            report.names_by_group[group].add(hit)
        for i in chars:
            report.chars.add(covered[i])
        if not hit:
            report.misses.append({"id": str(row["id"]), "type": g["type"], "text": text[g["start"]:g["end"]],
                                  "context": text[max(0, g["start"] - 40):g["end"] + 40]})
    for s in spans:
        inside = [i for i in range(s.start, s.end) if text[i].isalnum()]
        outside = [i for i in inside if not gold[i]]
        report.redacted_chars += len(inside)
        report.outside_chars += len(outside)
        if outside:
            report.extras.append({"id": str(row["id"]), "type": s.type, "text": text[s.start:s.end]})


def format_report(data: dict[str, Any]) -> str:
    """The report as a few readable lines."""
    lines = [
        f"documents        {data['docs']}  ({data['docs_per_s']} docs/s)",
        f"strict recall    {data['strict_recall']:.4f}  of {data['gold_spans']} gold spans",
        f"character recall {data['char_recall']:.4f}",
        f"over-redaction   {data['over_redaction']:.4f}",
        f"group gap        {data['group_gap']:.4f}  (names only: {data['name_group_gap']:.4f})",
        "by type:",
        *[f"  {k:<16} {v['recall']:.4f}  ({v['caught']}/{v['total']})" for k, v in data["by_type"].items()],
        "by group:",
        *[f"  {k:<16} {v['recall']:.4f}  ({v['caught']}/{v['total']})" for k, v in data["by_group"].items()],
    ]
    if data["missed"]:
        lines.append("some misses:")
        lines += [f"  {m['id']} {m['type']}: {m['text']!r} in …{m['context']}…".replace("\n", " ")
                  for m in data["missed"][:10]]
    return "\n".join(lines)
