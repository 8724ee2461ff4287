"""bench/eval.py's split of the baseline's CPU time (embeddings, identifier detection, the rest)."""

import importlib.util
import time
from pathlib import Path

import pytest

from eval.checks import align
from redaction import detector

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_eval", ROOT / "bench" / "eval.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _busy(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


@pytest.mark.parametrize("calls, busiest", [
    ({"embeddings": 0.2, "identifiers": 0.05}, "embeddings"),
    ({"embeddings": 0.02, "identifiers": 0.2}, "identifiers"),
])
def test_cpu_shares_counts_each_part_and_puts_everything_back(bench, monkeypatch, calls, busiest):
    monkeypatch.setattr(align, "_encode", lambda texts: _busy(calls["embeddings"]))
    monkeypatch.setattr(detector, "detect_many", lambda texts: _busy(calls["identifiers"]))
    monkeypatch.setattr(detector, "detect_unredacted", lambda text: [])
    fakes = (align._encode, detector.detect_many, detector.detect_unredacted)
    import torch

    threads = torch.get_num_threads()
    shares: dict[str, float] = {}
    with bench.cpu_shares(shares):
        assert torch.get_num_threads() == 1  # as a scoring worker
        align._encode(["a"])
        detector.detect_many(["b"])
        detector.detect_unredacted("c")
        _busy(0.05)  # the rest
    assert (align._encode, detector.detect_many, detector.detect_unredacted) == fakes
    assert torch.get_num_threads() == threads
    assert max(("embeddings", "identifiers"), key=shares.get) == busiest
    assert shares["total"] >= shares["embeddings"] + shares["identifiers"] + 0.04


def test_cpu_shares_times_a_generator_while_it_is_consumed(bench, monkeypatch):
    def spans(texts):  # detect_many yields each text's spans as the caller reads them
        for _ in texts:
            _busy(0.1)
            yield []

    monkeypatch.setattr(align, "_encode", lambda texts: None)
    monkeypatch.setattr(detector, "detect_many", spans)
    shares: dict[str, float] = {}
    with bench.cpu_shares(shares):
        assert list(detector.detect_many(["a", "b"])) == [[], []]
    assert shares["identifiers"] >= 0.19
