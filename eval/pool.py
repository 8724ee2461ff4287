"""Scoring on every core: chunks of cases go to worker processes and come back in order.

Each case's checks are independent, and their costly parts (embeddings, spaCy) use one core
each at a time; so `workers` processes, each with one CPU thread, score chunks side by side.
Workers are forked where the platform can (they share the models the parent has loaded, with no
start-up cost) and spawned elsewhere. One worker, or a single chunk, runs in this process.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Chunk = TypeVar("Chunk")
Result = TypeVar("Result")
MAX_DEFAULT = 4


def default_workers() -> int:
    """How many processes score at a time unless told: the CPU count, at most four."""
    return max(1, min(MAX_DEFAULT, os.cpu_count() or 1))


def ordered_map(fn: Callable[[Chunk], Result], chunks: Sequence[Chunk], workers: int,
                warm: Callable[[], None] | None = None) -> Iterator[Result]:
    """`fn` of each chunk, in order, computed by up to `workers` processes. `warm` runs first
    in this process when workers will be forked (to load models once, shared by them all)."""
    if workers <= 1 or len(chunks) <= 1:
        yield from map(fn, chunks)
        return
    methods = multiprocessing.get_all_start_methods()
    method = "fork" if "fork" in methods else "spawn"
    if warm and method == "fork":
        warm()
    gc.freeze()  # what the workers inherit is left out of their collections: no copy of its pages
    pool = ProcessPoolExecutor(max_workers=min(workers, len(chunks)), initializer=_one_thread,
                               mp_context=multiprocessing.get_context(method))
    try:
        yield from pool.map(functools.partial(_returning_memory, fn), chunks)
    finally:
        pool.shutdown(cancel_futures=True)
        gc.unfreeze()


def _one_thread() -> None:
    """A worker shares the cores with its siblings: one CPU thread each, for torch and for
    numpy's BLAS (whose extra threads, finding the other cores busy, spin: scoring 200 cases in
    two workers took ~4% less CPU with one BLAS thread each, bench notes of stop 14)."""
    import torch
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(1)
    threadpool_limits(1)


def _returning_memory(fn: Callable[[Chunk], Result], chunk: Chunk) -> Result:
    """`fn(chunk)` in a worker, then the memory the chunk freed handed back to the system."""
    result = fn(chunk)
    _trim()
    return result


@functools.cache
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def _trim() -> None:
    """glibc keeps the memory a chunk's tokens, tensors and parse trees freed for reuse, and
    the pages of a long-lived worker's heap creep up chunk after chunk; `malloc_trim` gives
    the free ones back. Nothing to do where the C library is not glibc."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
