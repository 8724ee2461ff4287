"""Review one record against its notes with the checks catalogue (eval/checks), and optionally
an LLM judge. The CLI, the UI and the drafting pipeline all come through here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.config import Settings
from assistant.errors import HeardError
from assistant.inputs import MAX_NOTES_BYTES, check_notes
from eval.checks import Finding, Material, run


@dataclass
class Review:
    """The findings on one record, its scores, which checks were skipped and why, and for each
    record sentence the note lines that support it."""

    findings: list[Finding]
    scores: dict[str, Any]
    skipped: dict[str, str]
    citations: list[dict[str, Any]] = field(default_factory=list)
    judged: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        out = {"findings": [f.as_json() for f in self.findings], "scores": self.scores,
               "skipped": self.skipped, "citations": self.citations}
        if self.judged:
            out["judge"] = self.judged
        return out

    def worst(self) -> str | None:
        """The highest severity found, or None."""
        order = ("high", "medium", "low", "info")
        return min((f.severity for f in self.findings), key=order.index, default=None)


def review(record: str, notes: str | None = None, record_type: str | None = None, *,
           settings: Settings | None = None, facts: list[str] | None = None,
           judge: str | None = None) -> Review:
    """Run every check that can run on this record; checks that need notes, a record type or
    gold facts that were not given are skipped, and `skipped` says so.

    Raises HeardError for an empty or oversized record, empty notes given on purpose, or an
    unknown record type.
    """
    limit = settings.max_notes_bytes if settings else MAX_NOTES_BYTES
    check_notes(record, "record", limit, what="record")
    if notes is not None:
        check_notes(notes, "notes", limit)
    if record_type:
        from prompts import get_template

        record_type = get_template(record_type).id  # unknown type -> HeardError naming the known ones
    result = run(Material(record, notes, record_type, facts))
    outcome = Review(result.findings, result.scores, result.skipped, result.citations)
    if judge:
        from assistant.judge import judge_record

        if settings is None:
            raise HeardError("the LLM judge needs settings (which backend, timeouts)")
        outcome.judged = judge_record(record, notes, judge, settings)
    return outcome
