"""accuracy.must_not_state: a record states a claim the benchmark case says it must not make."""

import pytest

from eval.checks import Material, run

NOTES = """Home visit. Jamal (10) seen alone in his room. Mum says Jamal has missed two days of school
this half term, both for a cold. Food in the fridge, home warm. Jamal said he feels safe at home."""
CLAIMS = ["Jamal said he has thought about hurting himself.", "There was no food in the home.",
          "Jamal has missed most of this half term."]


def states(record: str) -> list[str]:
    result = run(Material(record=record, notes=NOTES, must_not_state=CLAIMS), only=["accuracy.must_not_state"])
    return [f.evidence for f in result.findings]


@pytest.mark.parametrize("record, claim", [
    ("Jamal told me he has thought about hurting himself.", CLAIMS[0]),
    ("There was no food in the home.", CLAIMS[1]),
    ("I noted that there was no food in the home at all.", CLAIMS[1]),
    ("Jamal has missed most of this half term.", CLAIMS[2]),
])
def test_a_stated_claim_is_found(record, claim):
    assert states(record) == [claim]


@pytest.mark.parametrize("record", [
    "There was food in the fridge and the home was warm.",      # the true fact the claim flips
    "Jamal has missed two days of school this half term, both for a cold.",  # a number: another claim
    "Jamal said he feels safe at home.",
    "Jamal did not say anything about hurting himself.",       # mentions it, does not state it
])
def test_true_facts_close_in_wording_are_not_flagged(record):
    assert states(record) == []


def test_it_runs_only_when_the_case_gives_claims():
    result = run(Material(record="There was no food in the home.", notes=NOTES))
    assert "accuracy.must_not_state" not in result.ran and "accuracy.must_not_state" not in result.skipped


def test_only_claims_some_sentence_carries_in_words_are_compared_by_meaning():
    from eval.checks.gold import compared_claims

    record = "Jamal told me he has thought about hurting himself. The home was warm."
    assert compared_claims(Material(record=record, notes=NOTES, must_not_state=CLAIMS)) == [CLAIMS[0]]

