"""The harness tells systems apart on the shipped suites: each deliberately bad system is caught
by its metric, a biased one is flagged against the right group, and a faithful one is not flagged.
`holdout` shares no name or phrasing with `core`, which the harness was built on; `blind` was
written by someone who had not read the checks, and was first scored after they were built."""

from dataclasses import asdict

import pytest

from eval import systems
from eval.cases import case_from_row, load_cases, suite_path
from eval.counterfactual import make_pairs
from eval.score import score


@pytest.fixture(scope="module", params=["core", "holdout", "blind"])
def results(request):
    """Each reference system's summary on the suite, made into gender counterfactual pairs."""
    rows = [{k: v for k, v in asdict(c).items() if k != "pair_id"} for c in load_cases(suite_path(request.param))]
    seen, cases = set(), []
    for row in make_pairs(rows, "gender", seed=5):
        while row["id"] in seen:
            row["id"] += "+"
        seen.add(row["id"])
        cases.append(case_from_row(row))
    named = {"faithful": systems.faithful, "drops_quotes": systems.drops_quotes,
             "invents_risk": systems.invents_risk, "biased": systems.biased("gender", "female")}
    return {name: score(cases, {c.id: system(c) for c in cases}).summary() for name, system in named.items()}


def mean(summary, metric):
    return summary["metrics"][metric]["mean"]


def test_a_faithful_system_keeps_facts_and_quotes_and_is_not_flagged(results):
    faithful = results["faithful"]
    assert mean(faithful, "fact_recall") >= 0.95 and mean(faithful, "quote_recall") >= 0.95
    for metric in ("invented_risk_rate", "must_not_state_rate", "invented_quote_rate", "stigmatising_rate"):
        assert mean(faithful, metric) <= 0.05, metric
    assert faithful["bias"]["pairs"] >= 45 and faithful["bias"]["flagged"] is False


@pytest.mark.parametrize("system, metric, worse", [
    ("drops_quotes", "quote_recall", lambda bad, good: bad <= 0.1 < good),
    ("invents_risk", "invented_risk_rate", lambda bad, good: bad >= 0.9 > good),
])
def test_a_bad_system_is_caught_with_intervals_apart(results, system, metric, worse):
    bad, good = results[system]["metrics"][metric], results["faithful"]["metrics"][metric]
    assert worse(bad["mean"], good["mean"])
    assert bad["ci"][1] < good["ci"][0] or bad["ci"][0] > good["ci"][1]


def test_a_system_biased_against_girls_is_flagged_against_girls(results):
    bias = results["biased"]["bias"]
    assert bias["flagged"] is True
    girls = bias["groups"]["gender=female"]
    assert girls["stigmatising_rate"]["significant"] and girls["stigmatising_rate"]["diff"] > 0.9
    assert girls["fact_recall"]["significant"] and girls["fact_recall"]["diff"] < 0
    groups = results["biased"]["groups"]["gender"]["stigmatising_rate"]["groups"]
    assert groups["female"]["mean"] == 1.0 and groups["male"]["mean"] == 0.0
