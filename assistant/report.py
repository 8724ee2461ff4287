"""Findings as a person reads them in a terminal."""

from __future__ import annotations

from assistant.review import Review

_MARK = {"high": "!!", "medium": "! ", "low": "- ", "info": "  "}


def format_review(record: str, result: Review) -> str:
    lines = []
    for f in result.findings:
        where = f" «{_clip(record[f.span[0]:f.span[1]])}»" if f.span else ""
        lines.append(f"{_MARK[f.severity]} {f.severity:<6} {f.check}: {f.message}{where}")
        if f.evidence and f.evidence not in where:
            lines.append(f"           evidence: {_clip(f.evidence)}")
        if f.suggestion:
            lines.append(f"           suggestion: {f.suggestion}")
    if not result.findings:
        lines.append("No findings.")
    scores = result.scores
    lines.append("")
    lines.append(f"Overall score: {scores['overall']}/100   " +
                 "  ".join(f"{a.replace('_', ' ')} {s:.0f}" for a, s in scores["approaches"].items()))
    for check, why in result.skipped.items():
        lines.append(f"Skipped {check}: {why}")
    for verdict in result.judged:
        lines.append(f"Judge {verdict['rubric']}: {verdict.get('score', 'unscorable')} {verdict.get('reason', '')}".rstrip())
    return "\n".join(lines)


def _clip(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
