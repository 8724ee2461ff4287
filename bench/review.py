"""Review speed: one page of record against two pages of notes, warm; and `heard review --jsonl`.

1. In this process, after a first review that loads the models (MiniLM, spaCy/Presidio) and embeds
   the catalogue's own phrases (timed and printed on its own), review a ~500-word record against
   ~1,000 words of notes several times, clearing the embedding and identifier caches before each
   run so every run embeds and tags its text afresh. Target: <= 1 s a review.
2. `heard review --jsonl` over 300 records in a fresh process (start-up and model loading
   included), as a user would run it. Target: <= 120 s.

The baseline each is compared with is its target. Records come from the labelled review corpus.

    .venv/bin/python bench/review.py [--dataset eval/data/review_dev.jsonl] [--runs 5] [--records 300]

The last printed line is JSON with every figure, for quoting in notes.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.checks import Material, align, privacy, run  # noqa: E402
from eval.review import load_review_dataset  # noqa: E402


def pages(rows: list[dict], field: str, words: int) -> str:
    """Texts of distinct sources joined until they reach `words` words."""
    out, seen = [], set()
    for row in rows:
        if row["source_id"] in seen or (field == "record" and row.get("defect")):
            continue
        seen.add(row["source_id"])
        out.append(row[field])
        if len(" ".join(out).split()) >= words:
            break
    return "\n\n".join(out)


def warm_review(rows: list[dict], runs: int) -> dict:
    notes, record = pages(rows, "notes", 1000), pages(rows[200:], "record", 500)
    # The first review in a process loads the models and embeds the catalogue's own phrases once:
    # start-up, timed on its own; the warm runs after it embed and tag the texts afresh.
    started = time.perf_counter()
    run(Material(record, notes, "home_visit"))
    first = time.perf_counter() - started
    times, findings = [], 0
    for _ in range(runs):
        align._cache.clear()
        privacy._spans.clear()
        started = time.perf_counter()
        findings = len(run(Material(record, notes, "home_visit")).findings)
        times.append(time.perf_counter() - started)
    return {"notes_words": len(notes.split()), "record_words": len(record.split()), "runs": runs,
            "first_s": round(first, 3), "median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
            "findings": findings}


def jsonl_review(rows: list[dict], count: int) -> dict:
    chosen = (rows * (count // len(rows) + 1))[:count]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "records.jsonl"
        path.write_text("".join(json.dumps({"id": f"{r['id']}-{i}", "record": r["record"], "notes": r["notes"],
                                            "type": r["record_type"]}) + "\n" for i, r in enumerate(chosen)))
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "assistant.cli", "--data-dir", folder, "review", "--jsonl",
                               str(path)], capture_output=True, text=True, cwd=ROOT)
        seconds = time.perf_counter() - started
    lines = done.stdout.splitlines()
    if done.returncode not in (0, 1) or len(lines) != count:
        raise SystemExit(f"heard review --jsonl failed ({done.returncode}): {done.stderr[-500:]}")
    return {"records": count, "seconds": round(seconds, 1), "records_per_s": round(count / seconds, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", default=str(ROOT / "eval/data/review_dev.jsonl"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--records", type=int, default=300)
    args = parser.parse_args()
    rows = load_review_dataset(args.dataset)

    warm = warm_review(rows, args.runs)
    print(f"warm review: {warm['record_words']}-word record against {warm['notes_words']} words of notes: "
          f"median {warm['median_s']} s, max {warm['max_s']} s over {warm['runs']} runs (first review in the "
          f"process, loading the models: {warm['first_s']} s) "
          f"(target 1 s: {warm['median_s'] / 1.0:.2f} of budget)")
    batch = jsonl_review(rows, args.records)
    print(f"heard review --jsonl: {batch['records']} records in {batch['seconds']} s "
          f"({batch['records_per_s']} records/s; target 120 s: {batch['seconds'] / 120:.2f} of budget)")
    print(json.dumps({"warm": warm, "jsonl": batch}))


if __name__ == "__main__":
    main()
