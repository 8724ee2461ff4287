"""The harness's statistics against values worked out by hand."""

import numpy as np
import pytest

from eval.stats import benjamini_hochberg, bootstrap_ci, permutation_p, sign_flip_p


def test_bootstrap_interval_brackets_the_mean_and_narrows_with_more_data():
    rng = np.random.default_rng(1)
    small, large = rng.normal(0.5, 0.2, 20), rng.normal(0.5, 0.2, 2000)
    lo, hi = bootstrap_ci(small)
    assert lo < small.mean() < hi
    lo2, hi2 = bootstrap_ci(large)
    assert hi2 - lo2 < (hi - lo) / 4
    assert bootstrap_ci([]) is None and bootstrap_ci([0.3, 0.3]) == [0.3, 0.3]


@pytest.mark.parametrize("diffs, expected", [
    ([1, 1, 1], 2 / 8),        # exact: only all-plus and all-minus are as extreme
    ([1] * 6, 2 / 64),
    ([1, -1, 1, -1], 1.0),
    ([0, 0, 0], 1.0),          # no difference at all
    ([0, 2, 0, 2, 2], 2 / 8),  # zero differences carry no sign
])
def test_sign_flip_test_is_exact_for_few_pairs(diffs, expected):
    assert sign_flip_p(diffs) == pytest.approx(expected)


def test_sign_flip_test_finds_a_consistent_shift_in_many_pairs_and_not_noise():
    rng = np.random.default_rng(2)
    assert sign_flip_p(rng.normal(0.5, 1, 60)) < 0.01
    assert sign_flip_p(rng.normal(0.0, 1, 60)) > 0.05


def test_permutation_test_separates_different_means_only():
    rng = np.random.default_rng(3)
    assert permutation_p(rng.normal(1, 1, 40), rng.normal(0, 1, 40)) < 0.01
    assert permutation_p(rng.normal(0, 1, 40), rng.normal(0, 1, 40)) > 0.05


def test_benjamini_hochberg_matches_the_textbook_example():
    p = [0.01, 0.04, 0.03, 0.005]
    assert benjamini_hochberg(p) == pytest.approx([0.02, 0.04, 0.04, 0.02])
    assert benjamini_hochberg([]) == []
