"""Labels from police, housing and health jargon ("a known nominal", "an A&E regular", "a heartsink
patient", "a bed-blocker", "an intentionally homeless family", "nightmare tenants", "a career victim",
"a boy racer in waiting", "the usual Traveller rabble") are found; the plain facts beside them (a
housing decision, a MARAC referral, a nominal fee, going to A&E, a regular at a club) are not."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("Togzhan, from the usual Traveller rabble, attends school.", "rabble"),
    ("Blé, a boy racer in waiting, has asked about driving lessons.", "boy racer"),
    ("Kai, a teenage mum in the making, came home at 2am.", "teenage mum"),
    ("Mum, a career victim, told the review she will not return.", "career victim"),
    ("Dad, an A&E regular, has been referred to an IDVA.", "A&E regular"),
    ("Mum is a regular at the food bank and at A&E.", "regular at the food bank"),
    ("Mum, a known drinker, told me she has not drunk alcohol since May.", "known drinker"),
    ("Dad, a known nominal, was at the house.", "known nominal"),
    ("The room was clean, surprisingly for an intentionally homeless family.", "intentionally homeless family"),
    ("The housing service sent nobody about these nightmare tenants.", "nightmare tenants"),
    ("She has her own drawer, for a bed-blocker.", "bed-blocker"),
    ("Mum, a heartsink patient, is now under a mental health service.", "heartsink patient"),
    ("Mum, a repeat victim, did not support a prosecution.", "repeat victim"),
    ("Dad, a DV magnet, has been to every week of the Freedom Programme.", "DV magnet"),
])
def test_service_shorthand_for_a_person_is_flagged(review, sentence, term):
    assert any(term.lower() in found.lower() for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "The council decided that the family was intentionally homeless because of rent arrears.",
    "Mum was referred to MARAC as a repeat victim.",
    "The MARAC repeat victim criteria were met.",
    "The club charges a nominal fee of two pounds.",
    "Mum went to A&E twice in May.",
    "Kai is a regular at the youth club.",
    "The usual arrangements for the school run stayed in place.",
    "She is a nurse in the making.",
    "The room at the B&B has a fridge magnet from Whitby.",
])
def test_the_plain_facts_beside_them_are_left_alone(review, sentence):
    assert _medium(review, sentence) == []
