"""Run the catalogue on one record: findings, which checks were skipped and why, citations, scores."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from eval.checks.base import CheckInfo, Finding, Material, data, registry

_NEEDS = {"notes": "no notes given", "facts": "no gold facts given", "type": "no record type given",
          "child_quotes": "no gold child quotes given", "must_not_state": "no gold must-not-state claims given"}
_EVAL_ONLY = ("facts", "child_quotes", "must_not_state")  # gold labels: checks needing them run only when given


@dataclass
class Result:
    findings: list[Finding]
    skipped: dict[str, str]  # check id -> why it did not run
    ran: list[str]
    citations: list[dict[str, Any]] = field(default_factory=list)

    @property
    def scores(self) -> dict[str, Any]:
        return score(self.findings, [registry()[c] for c in self.ran])


def run(material: Material, only: Iterable[str] | None = None) -> Result:
    """Every applicable check of the catalogue (or `only` these ids) on one record."""
    checks = registry()
    wanted = list(only) if only is not None else [
        c for c, info in checks.items() if all(material.has(n) for n in info.needs if n in _EVAL_ONLY)]
    unknown = [c for c in wanted if c not in checks]
    if unknown:
        raise KeyError(f"unknown check: {', '.join(unknown)}")
    if only is None and material.has("notes"):
        from eval.checks.align import prefetch

        prefetch([material])  # the whole catalogue compares these texts: embed them in one batch
    findings, skipped, ran = [], {}, []
    for check_id in wanted:
        info = checks[check_id]
        lacking = [n for n in info.needs if not material.has(n)]
        if lacking:
            skipped[check_id] = "; ".join(_NEEDS[n] for n in lacking)
            continue
        findings.extend(info.run(material))
        ran.append(check_id)
    findings.sort(key=lambda f: (f.span[0] if f.span else -1, f.check))
    return Result(findings, skipped, ran, citations(material) if material.has("notes") else [])


def citations(material: Material) -> list[dict[str, Any]]:
    """For each record sentence, the note lines that support it (best first)."""
    from eval.checks.align import alignment

    least = data("accuracy")["unsupported"]["citation_similarity"]
    return [{"span": [s.sentence.start, s.sentence.end],
             "notes": [{"span": [u.start, u.end], "text": u.text, "similarity": round(sim, 3)}
                       for u, sim in s.citations if sim >= least]}
            for s in alignment(material)]


def score(findings: list[Finding], ran: list[CheckInfo]) -> dict[str, Any]:
    """Per framework approach and overall, 0-100 (data/scores.yaml says how)."""
    penalty = data("scores")["penalty"]
    approaches = dict.fromkeys(c.approach for c in ran)
    by_approach = {a: 100.0 for a in approaches}
    for f in findings:
        if f.approach in by_approach:
            by_approach[f.approach] = max(0.0, by_approach[f.approach] - penalty[f.severity])
    overall = round(sum(by_approach.values()) / len(by_approach), 1) if by_approach else None
    return {"overall": overall, "approaches": by_approach}
