"""Evaluation harness speed: scoring 1,000 cases, and a cached re-run of `heard eval run`.

1. Scoring: 1,000 distinct benchmark cases (generated with the suite generator, many seeds) with
   outputs from the reference systems (faithful, drops quotes, invents risk, biased), in this
   process and its scoring workers (`--workers`, default one per CPU up to 4), with no score
   cache and empty embedding and identifier caches (the models loaded and the identifier
   detector's patterns compiled beforehand: start-up, paid once a process, before any fork).
   Target: <= 60 s, with flat memory (the proportional set size of the process and its workers,
   sampled every 100 cases: every cache is bounded, so it should level off once they fill; a
   longer run, `--cases 3000`, shows whether the second half is flat). Baseline, in the same process: the first 150 cases scored
   one at a time in this process, without batching or workers (`case_metrics` alone), on one CPU
   thread as a scoring worker has; its CPU time is split into the sentence embeddings, identifier
   detection (spaCy and Presidio) and the rest (`baseline_cpu_share`), which says where a
   speed-up can come from. Two threads would flatter nothing: on a busy machine torch's second
   thread mostly waits, and a profile made so puts ~90% in the embeddings against ~45% here.
2. `heard eval run --model mock/bench` over a suite twice, each in a fresh process: the first
   run drafts (redaction, the mock model, review) and scores; the second, into a new run
   directory with the same data directory, finds every draft and score in the cache.
   Target: the re-run is >= 10x faster.

    .venv/bin/python bench/eval.py [--cases 1000] [--suite core]

The last printed line is JSON with every figure, for quoting in notes.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.embeddings import precision  # noqa: E402
from eval import systems  # noqa: E402
from eval.cases import Case, case_problem  # noqa: E402
from eval.checks import align, privacy  # noqa: E402
from eval.metrics import case_metrics  # noqa: E402
from eval.pool import default_workers  # noqa: E402
from eval.score import score  # noqa: E402

SYSTEMS = [systems.faithful, systems.drops_quotes, systems.invents_risk, systems.biased("gender", "female")]


def many_cases(n: int) -> list[Case]:
    """`n` distinct cases from the suite generator, seed after seed, both phrase-bank halves."""
    from eval.cases import case_from_row
    from eval.synth.suite_parts import generate_suite

    out, seed = [], 1000
    while len(out) < n:
        for split in ("core", "holdout"):
            try:
                rows = generate_suite(split, seed)
            except RuntimeError:  # a seed whose draws the generator refuses (notes too short or long)
                continue
            for row in rows:
                row["id"] = f"s{seed}-{row['id']}"
                row["pair_id"] = row.get("pair_id") and f"s{seed}-{row['pair_id']}"
                assert case_problem(row) is None
                out.append(case_from_row(row))
        seed += 1
    return out[:n]


def memory_mb(pid: str = "self") -> float:
    """Memory of a process and of its worker processes, in MB: the sum of their proportional set
    sizes (PSS), each page shared by k processes counted 1/k; RSS would count the models the
    forked workers share with this process once per process."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        children = [c for task in Path(f"/proc/{pid}/task").iterdir()
                    for c in (task / "children").read_text().split()]
    except OSError:  # a worker that just ended
        return 0.0
    own = next((int(line.split()[1]) / 1024 for line in rollup.splitlines() if line.startswith("Pss:")), 0.0)
    return own + sum(memory_mb(c) for c in children)


@contextlib.contextmanager
def cpu_shares(shares: dict[str, float]):
    """Add to `shares` the CPU seconds spent in the embeddings and in identifier detection
    meanwhile (and in all, "total"), on one CPU thread."""
    import torch
    from threadpoolctl import threadpool_limits

    from redaction import detector

    def timed(name: str, fn):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                out = fn(*args, **kwargs)
                return iter(list(out)) if isinstance(out, types.GeneratorType) else out  # its work, now
            finally:
                shares[name] = shares.get(name, 0.0) + time.process_time() - start
        return run

    # detect() and detect_unredacted() go through detect_many(): timing it alone counts each text once.
    patched = [(align, "_encode", "embeddings"), (detector, "detect_many", "identifiers")]
    saved = [getattr(module, attr) for module, attr, _ in patched]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    start = time.process_time()
    try:
        with threadpool_limits(1):
            for module, attr, name in patched:
                setattr(module, attr, timed(name, getattr(module, attr)))
            yield shares
    finally:
        for (module, attr, _), fn in zip(patched, saved, strict=True):
            setattr(module, attr, fn)
        torch.set_num_threads(threads)
        shares["total"] = shares.get("total", 0.0) + time.process_time() - start


def scoring(n: int, workers: int) -> dict:
    cases = many_cases(n)
    outputs = {c.id: SYSTEMS[i % len(SYSTEMS)](c) for i, c in enumerate(cases)}
    case_metrics(cases[0], outputs[cases[0].id])  # load the models
    privacy.warm()  # and compile the detector's patterns, as a scoring run does before forking its workers
    align._cache.clear()
    privacy._spans.clear()

    base_n = min(150, n)
    cpu: dict[str, float] = {}
    start = time.perf_counter()
    with cpu_shares(cpu):
        for case in cases[:base_n]:
            case_metrics(case, outputs[case.id])
    baseline = (time.perf_counter() - start) / base_n
    shares = {name: round(cpu.get(name, 0.0) / cpu["total"], 2) for name in ("embeddings", "identifiers")}
    shares["rest"] = round(1 - sum(shares.values()), 2)
    align._cache.clear()
    privacy._spans.clear()

    memory, done = [], 0

    def progress(k: int) -> None:
        nonlocal done
        done += k
        if done % 100 == 0:
            memory.append(round(memory_mb(), 1))

    start = time.perf_counter()
    result = score(cases, outputs, progress=progress, workers=workers)
    seconds = time.perf_counter() - start
    memory = memory or [round(memory_mb(), 1)]
    return {"cases": n, "seconds": round(seconds, 1), "per_case_ms": round(1000 * seconds / n, 1),
            "baseline_per_case_ms": round(1000 * baseline, 1), "speedup_vs_baseline": round(baseline * n / seconds, 2),
            "baseline_cpu_per_case_ms": round(1000 * cpu["total"] / base_n, 1), "baseline_cpu_share": shares,
            "pss_mb_every_100": memory, "pss_growth_mb_after_first_100": round(memory[-1] - memory[0], 1),
            "pss_growth_mb_second_half": round(memory[-1] - memory[len(memory) // 2], 1),
            "embedding_precision": precision(), "scored": len(result.rows), "unscorable": len(result.unscorable), "workers": workers, "target_s": 60}


def cached_rerun(suite: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        times = []
        for name in ("first", "again"):
            command = [sys.executable, "-m", "assistant.cli", "--data-dir", f"{tmp}/data", "eval", "run",
                       "--suite", suite, "--model", "mock/bench", "--out", f"{tmp}/{name}", "--json"]
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
            if done.returncode != 0:
                raise SystemExit(f"eval run failed: {done.stderr[-500:]}")
        cached = sum(json.loads(line)["cached"] for line in Path(f"{tmp}/again/results.jsonl").read_text().splitlines())
    return {"suite": suite, "first_s": round(times[0], 1), "rerun_s": round(times[1], 1),
            "speedup": round(times[0] / times[1], 1), "rerun_drafts_from_cache": cached, "target_speedup": 10}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--suite", default="core")
    parser.add_argument("--workers", type=int, default=default_workers(), help="scoring processes (default: CPUs, at most 4)")
    args = parser.parse_args()
    figures = {"scoring": scoring(args.cases, args.workers)}
    print(f"scoring: {figures['scoring']}")
    figures["cached_rerun"] = cached_rerun(args.suite)
    print(f"cached re-run: {figures['cached_rerun']}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
