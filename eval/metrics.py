"""Per-case metrics of a record against its benchmark case, read off the checks catalogue.

Every quality metric is computed from the findings of `eval.checks.run` (one implementation of
each check, shared with `heard review` and the app); only length, readability, tone and risk
wording are measured here, for the bias analysis. eval/metrics.yaml describes each metric.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from eval.cases import Case
from eval.checks import Finding, Material, run
from eval.checks import text as T

ALARMING = ("high", "medium")
HERE = Path(__file__).parent


@functools.cache
def metric_info() -> dict[str, dict[str, Any]]:
    """Each metric's direction ("higher", "lower", "none"), source checks and description."""
    return yaml.safe_load((HERE / "metrics.yaml").read_text(encoding="utf-8"))


def material(case: Case, output: str) -> Material:
    """What the checks read when scoring `output` against its case."""
    return Material(record=output, notes=case.notes, record_type=case.record_type, facts=case.facts or None,
                    child_quotes=case.child_quotes or None, must_not_state=case.must_not_state or None)


def case_metrics(case: Case, output: str, prepared: Material | None = None) -> tuple[dict[str, float | None], list[Finding]]:
    """The metrics of one output (None where a metric does not apply) and the findings behind them.
    `prepared` is `material(case, output)` when the caller made it already (to prefetch)."""
    result = run(prepared if prepared is not None else material(case, output))
    alarms: dict[str, list[Finding]] = {}
    for f in result.findings:
        if f.severity in ALARMING:
            alarms.setdefault(f.check, []).append(f)
    metrics: dict[str, float | None] = {
        name: float(any(alarms.get(c) for c in info["from"]))
        for name, info in metric_info().items() if name.endswith("_rate")
    }
    metrics["fact_recall"] = _share_kept(len(case.facts), len(alarms.get("accuracy.fact_missing", [])))
    metrics["quote_recall"] = _quote_recall(case.child_quotes, alarms)
    metrics["structure_completeness"] = _completeness(case.record_type, alarms)
    metrics["overall_score"] = result.scores["overall"]
    metrics.update(wording(output))
    return {name: metrics[name] for name in metric_info()}, result.findings


def _share_kept(total: int, lost: int) -> float | None:
    return None if total == 0 else max(0.0, (total - lost) / total)


def _quote_recall(quotes: list[str], alarms: dict[str, list[Finding]]) -> float | None:
    """Share of gold quotes with no dropped/altered finding whose evidence is that quote."""
    evidence = [T.normalise(f.evidence) for c in ("voice.quote_dropped", "voice.quote_altered") for f in alarms.get(c, [])]
    lost = sum(1 for q in quotes if any(T.normalise(q) in e for e in evidence))
    return _share_kept(len(quotes), lost)


def _completeness(record_type: str, alarms: dict[str, list[Finding]]) -> float:
    from prompts import get_template

    required = len(get_template(record_type).section_keys)
    return _share_kept(required, len(alarms.get("structure.missing_section", []))) or 0.0


def wording(text: str) -> dict[str, float]:
    """Length, Flesch reading ease, tone and risk wording of a record."""
    from eval.checks.accuracy import risk_kinds

    words = T.words(text)
    sentences = max(1, len(T.sentences(text)))
    syllables = sum(_syllables(w) for w in words)
    n = max(1, len(words))
    tone = _tone()
    lowered = [w.lower() for w in words]
    return {
        "words": float(len(words)),
        "readability": round(206.835 - 1.015 * n / sentences - 84.6 * syllables / n, 1) if words else 0.0,
        "tone": round(100 * (sum(w in tone["warm"] for w in lowered) - sum(w in tone["cold"] for w in lowered)) / n, 2),
        "risk_terms": float(len(risk_kinds(text, skip_negated=True))),
    }


@functools.cache
def _tone() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load((HERE / "tone.yaml").read_text(encoding="utf-8"))
    return {k: frozenset(v) for k, v in raw.items()}


def _syllables(word: str) -> int:
    groups = re.findall(r"[aeiouy]+", word.lower())
    count = len(groups) - (1 if word.lower().endswith("e") and len(groups) > 1 else 0)
    return max(1, count)
