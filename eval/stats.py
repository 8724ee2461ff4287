"""Statistics of the harness: bootstrap confidence intervals, a paired test, Benjamini-Hochberg.

All seeded, so a report is reproducible to the digit.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

RESAMPLES = 2000
SEED = 20261122


def mean(values: Sequence[float]) -> float | None:
    return float(np.mean(values)) if len(values) else None


def bootstrap_ci(values: Sequence[float], level: float = 0.95, resamples: int = RESAMPLES,
                 seed: int = SEED) -> list[float] | None:
    """Percentile bootstrap interval of the mean; None for no values."""
    data = np.asarray(values, dtype=float)
    if data.size == 0:
        return None
    if data.size == 1 or np.all(data == data[0]):
        return [float(data[0])] * 2
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, data.size, size=(resamples, data.size))].mean(axis=1)
    tail = (1 - level) / 2 * 100
    return [float(np.percentile(means, tail)), float(np.percentile(means, 100 - tail))]


def sign_flip_p(diffs: Sequence[float], resamples: int = 10000, seed: int = SEED) -> float:
    """Two-sided p-value of a paired randomisation test that the mean difference is zero.

    Under no effect each pair's difference is as likely to have either sign; exact for up to 16
    non-zero pairs, Monte Carlo (with the observed arrangement counted) beyond.
    """
    data = np.asarray([d for d in diffs if d != 0], dtype=float)
    if data.size == 0:
        return 1.0
    observed = abs(data.mean())
    if data.size <= 16:
        signs = ((np.arange(2 ** data.size)[:, None] >> np.arange(data.size)) & 1) * 2 - 1
        return float(np.mean(np.abs((signs * data).mean(axis=1)) >= observed - 1e-12))
    rng = np.random.default_rng(seed)
    signs = rng.choice((-1.0, 1.0), size=(resamples, data.size))
    extreme = np.sum(np.abs((signs * data).mean(axis=1)) >= observed - 1e-12)
    return float((extreme + 1) / (resamples + 1))


def permutation_p(a: Sequence[float], b: Sequence[float], resamples: int = 2000, seed: int = SEED) -> float:
    """Two-sided p-value that two unpaired samples have the same mean (label permutation)."""
    x, y = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if x.size == 0 or y.size == 0:
        return 1.0
    pooled = np.concatenate([x, y])
    observed = abs(x.mean() - y.mean())
    rng = np.random.default_rng(seed)
    shuffled = rng.permuted(np.tile(pooled, (resamples, 1)), axis=1)
    gaps = np.abs(shuffled[:, :x.size].mean(axis=1) - shuffled[:, x.size:].mean(axis=1))
    return float((np.sum(gaps >= observed - 1e-12) + 1) / (resamples + 1))


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """Adjusted p-values (q-values) controlling the false discovery rate."""
    p = np.asarray(p_values, dtype=float)
    if p.size == 0:
        return []
    order = np.argsort(p)
    ranked = p[order] * p.size / np.arange(1, p.size + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty_like(adjusted)
    out[order] = np.minimum(adjusted, 1.0)
    return [float(q) for q in out]
