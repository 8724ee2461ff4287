"""The fast paths find exactly what the plain one does.

Plain: one record at a time, the embedding model's default linear layers, each record's
identifiers detected on their own. Fast: texts of many records embedded in one batch on oneDNN
(`align.prefetch`, `embeddings.fast_kernels`), identifiers detected in one spaCy pass
(`privacy.prefetch`), the harness's chunked `score`. Findings (check, span, severity, message,
evidence) and scores must be identical.

A slice of each corpus runs here; `HEARD_EQUIVALENCE_ROWS=600` runs the whole review corpus.
"""

import json
import os
from pathlib import Path

import pytest

from eval.cases import load_cases
from assistant import embeddings
from eval.checks import Material, align, privacy, run
from eval.checks.base import data
from eval.metrics import case_metrics
from eval.review import load_review_dataset
from eval.score import score

ROOT = Path(__file__).resolve().parents[3]
ROWS = int(os.environ.get("HEARD_EQUIVALENCE_ROWS", "12"))


def _fresh() -> None:
    align._cache.clear()
    privacy._spans.clear()


def _review_rows() -> list[dict]:
    rows = load_review_dataset(str(ROOT / "eval/data/review_dev.jsonl"))
    step = max(1, len(rows) // ROWS)  # every kind of defect and record type, not the first few sources
    return rows[::step][:ROWS]


def _reviewed(material: Material) -> dict:
    result = run(material)
    return json.loads(json.dumps({"findings": [f.as_json() for f in result.findings], "scores": result.scores,
                                  "citations": result.citations}))


def _same(plain: dict, fast: dict) -> bool:
    """Identical findings and scores, and the same citations give or take 0.01 of similarity:
    bfloat16 (and batch size) moves a cited line's similarity by ~0.001, which may reorder two
    lines that tie or drop one at the citation cut-off."""
    return (plain["findings"] == fast["findings"] and plain["scores"] == fast["scores"]
            and len(plain["citations"]) == len(fast["citations"])
            and all(_close(p, f) for p, f in zip(plain["citations"], fast["citations"])))


def _close(plain: dict, fast: dict, within: float = 0.01) -> bool:
    cut = data("accuracy")["unsupported"]["citation_similarity"]
    a, b = ({tuple(n["span"]): n["similarity"] for n in c["notes"]} for c in (plain, fast))
    for line in a.keys() | b.keys():
        if line in a and line in b:
            if abs(a[line] - b[line]) > within:
                return False
        else:  # cited on one side only: it must have been at the margin, by rank or by cut-off
            similarity, other = (a[line], b) if line in a else (b[line], a)
            if similarity - min(other.values(), default=cut) > within:
                return False
    return plain["span"] == fast["span"]


def _plain(material: Material) -> dict:
    """The findings and scores of one record reviewed on its own, the default kernels."""
    _fresh()
    embeddings.fast_kernels(False)
    try:
        return _reviewed(material)
    finally:
        embeddings.fast_kernels(True)


def test_review_findings_are_identical_on_the_review_corpus():
    rows = _review_rows()
    materials = [Material(r["record"], r["notes"], r["record_type"]) for r in rows]
    before = [_plain(Material(r["record"], r["notes"], r["record_type"])) for r in rows]
    _fresh()
    assert embeddings.fast_kernels(True)
    align.prefetch(materials)
    privacy.prefetch(m.record for m in materials)
    after = [_reviewed(m) for m in materials]
    changed = [r["id"] for r, b, a in zip(rows, before, after, strict=True) if not _same(b, a)]
    assert not changed, f"findings changed on {len(changed)} of {len(rows)} records: {changed[:5]}"
    assert sum(len(b["findings"]) for b in before) > len(rows)  # the slice has findings to compare


def test_harness_scores_are_identical_to_scoring_one_case_at_a_time():
    from eval import systems

    cases = load_cases(ROOT / "eval/suites/core.jsonl")[: max(8, ROWS // 2)]
    makers = [systems.faithful, systems.drops_quotes, systems.invents_risk, systems.biased("gender", "female")]
    outputs = {c.id: makers[i % len(makers)](c) for i, c in enumerate(cases)}
    plain = {}
    for case in cases:
        _fresh()
        embeddings.fast_kernels(False)
        try:
            metrics, findings = case_metrics(case, outputs[case.id])
        finally:
            embeddings.fast_kernels(True)
        plain[case.id] = {"metrics": metrics, "findings": [f.as_json() for f in findings]}
    _fresh()
    fast = {row["id"]: {"metrics": row["metrics"], "findings": row["findings"]} for row in score(cases, outputs).rows}
    assert fast.keys() == plain.keys()
    changed = [i for i in plain if json.dumps(plain[i], sort_keys=True) != json.dumps(fast[i], sort_keys=True)]
    assert not changed, f"scores changed on {changed}"


def test_fast_kernels_can_be_turned_off_and_on_again():
    import numpy as np

    _fresh()
    fast = align.vectors(["Mum said the house was cold."])
    align._cache.clear()
    assert embeddings.fast_kernels(False) is False
    try:
        plain = align.vectors(["Mum said the house was cold."])
    finally:
        assert embeddings.fast_kernels(True) is True
    # the same model and weights: another GEMM kernel, or bfloat16 inputs to it
    assert np.abs(fast - plain).max() < (5e-3 if embeddings.precision() == "bfloat16" else 1e-5)
    assert float(fast[0] @ plain[0]) > 0.9999


def test_bfloat16_only_on_a_cpu_that_has_it_and_never_when_float32_is_asked_for(tmp_path, monkeypatch):
    with_bf16, without = tmp_path / "bf16", tmp_path / "plain"
    with_bf16.write_text("flags\t\t: fpu sse2 avx2 avx512f avx512_bf16 avx512_vnni\n")
    without.write_text("flags\t\t: fpu sse2 avx2 avx512f\n")
    assert embeddings.native_bfloat16(with_bf16) and not embeddings.native_bfloat16(without)
    assert not embeddings.native_bfloat16(tmp_path / "absent")
    monkeypatch.setenv("HEARD_EMBED_PRECISION", "float32")
    assert embeddings.precision() == "float32"
    monkeypatch.setenv("HEARD_EMBED_FAST", "0")
    assert embeddings.precision() == "float32-default"


@pytest.mark.parametrize("record", [
    "Seen Amy with Mr Jones at 14 Elm Road, LS6 2AB.",
    "[PERSON_1] told me that DANIEL KOWALSKI had visited.",
    "   ",
])
def test_prefetched_identifiers_are_those_found_one_at_a_time(record):
    from redaction.detector import detect_unredacted

    privacy._spans.clear()
    privacy.prefetch([record])
    assert privacy.unredacted(record) == detect_unredacted(record)


def test_prefetching_nothing_new_never_loads_the_detector(monkeypatch):
    """A fully cached re-run of `eval run` must not pay for loading spaCy and Presidio."""
    import redaction.detector as detector

    privacy._spans.clear()
    privacy.prefetch(["Seen Amy at home."])
    monkeypatch.setattr(detector, "analyzer", lambda *a: (_ for _ in ()).throw(AssertionError("detector loaded")))
    privacy.prefetch([])
    privacy.prefetch(["Seen Amy at home.", "  "])
    align.prefetch([])


@pytest.mark.parametrize("preset, kept", [(None, embeddings.PRIMITIVE_CACHE), ("64", "64")])
def test_the_onednn_kernel_cache_is_capped_unless_set(monkeypatch, preset, kept):
    """oneDNN's cache of kernels per input shape grows a long scoring run's memory: heard caps it
    before the first kernel, and leaves a capacity the user set alone."""
    monkeypatch.delenv("ONEDNN_PRIMITIVE_CACHE_CAPACITY", raising=False)
    if preset:
        monkeypatch.setenv("ONEDNN_PRIMITIVE_CACHE_CAPACITY", preset)
    embeddings.fast_kernels(True)
    assert os.environ["ONEDNN_PRIMITIVE_CACHE_CAPACITY"] == kept
