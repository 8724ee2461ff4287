"""Scoring in worker processes gives the same rows, in the same order, as scoring in this one."""

import ctypes
import json
import os
from pathlib import Path

import pytest

import eval.score as score_module
from eval import systems
from eval.cases import load_cases
from eval import pool
from eval.pool import default_workers, ordered_map
from eval.score import score

MINI = Path(__file__).parent / "data" / "mini_suite.jsonl"


def _square_and_pid(chunk):
    return [(n * n, os.getpid()) for n in chunk]


def test_ordered_map_keeps_the_order_and_uses_other_processes():
    chunks = [[i, i + 1] for i in range(0, 40, 2)]
    results = list(ordered_map(_square_and_pid, chunks, workers=2))
    assert [n for chunk in results for n, _ in chunk] == [n * n for n in range(40)]
    assert os.getpid() not in {pid for chunk in results for _, pid in chunk}


def test_one_worker_or_one_chunk_stays_in_this_process():
    for workers, chunks in ((1, [[1], [2]]), (4, [[3]])):
        pids = {pid for chunk in ordered_map(_square_and_pid, chunks, workers) for _, pid in chunk}
        assert pids == {os.getpid()}


def _resident_mb() -> float:
    return next(int(line.split()[1]) / 1024 for line in Path("/proc/self/status").read_text().splitlines()
                if line.startswith("VmRSS"))


@pytest.mark.skipif(pool._libc() is None or not Path("/proc/self/status").exists(), reason="needs glibc and /proc")
def test_a_worker_hands_freed_heap_back_after_a_chunk():
    libc = pool._libc()
    libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    blocks = [libc.malloc(4000) for _ in range(40_000)]  # ~160 MB of small blocks on the heap
    for block in blocks:
        ctypes.memset(block, 1, 4000)
    for block in blocks[:-1]:  # the last one pins the top of the heap: free() alone returns nothing
        libc.free(block)
    before = _resident_mb()
    assert pool._returning_memory(sum, [1, 2, 3]) == 6  # the chunk's result, then the trim
    after = _resident_mb()
    libc.free(blocks[-1])
    assert before - after > 100


def test_default_workers_is_the_cpu_count_up_to_four():
    assert default_workers() == max(1, min(4, os.cpu_count() or 1))


@pytest.fixture(scope="module")
def mixed():
    """The mini suite with outputs from a faithful and three bad systems, in turn."""
    cases = load_cases(MINI)
    makers = [systems.faithful, systems.drops_quotes, systems.invents_risk, systems.biased("gender", "female")]
    return cases, {c.id: makers[i % len(makers)](c) for i, c in enumerate(cases)}


def test_scoring_in_workers_matches_scoring_here(mixed, monkeypatch):
    cases, outputs = mixed
    here = score(cases, outputs, workers=1)
    monkeypatch.setattr(score_module, "CHUNK", 3)  # several chunks, so the workers share them
    workers = score(cases, outputs, workers=2)
    assert len(workers.rows) == len(cases) and not workers.unscorable
    assert [r["id"] for r in workers.rows] == [c.id for c in cases]
    assert json.dumps(workers.rows, sort_keys=True) == json.dumps(here.rows, sort_keys=True)
    assert workers.summary()["metrics"] == here.summary()["metrics"]


def test_a_check_that_breaks_in_a_worker_leaves_the_rest_scored(mixed, monkeypatch):
    cases, outputs = mixed
    broken = dict(outputs, **{cases[1].id: None})  # the checks fall over on a missing record
    monkeypatch.setattr(score_module, "CHUNK", 3)
    result = score(cases, broken, workers=2)
    assert list(result.unscorable) == [cases[1].id]
    assert len(result.rows) == len(cases) - 1


def _thread_counts(chunk):
    import torch
    from threadpoolctl import threadpool_info

    return [(torch.get_num_threads(), sorted({pool["num_threads"] for pool in threadpool_info()}))]


def test_a_worker_uses_one_cpu_thread_for_torch_and_for_blas():
    results = list(ordered_map(_thread_counts, [[0], [1]], workers=2))
    assert [r for chunk in results for r in chunk] == [(1, [1]), (1, [1])]
