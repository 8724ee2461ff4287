"""Negation against degree and ending words, un- participles and "needs" as a noun
(accuracy.negation; agreement.py `lessening` and the cues of data/polarity.yaml)."""

import pytest

from eval.checks.clauses import polarity
from tests.eval.checks.conftest import NOTES, in_analysis


@pytest.mark.parametrize("text, negative", [
    # an un- participle says "not", whether or not it is in a list
    ("2 of the last 4 visits unrecorded", True),
    ("consent form UNSIGNED", True),
    ("baby Oluwaseun still unvaccinated", True),
    ("- minutes of the strategy meeting unpublished", True),
    ("the incident went unreported for a week", True),
    # ... but not the verbs that undo, nor what qualifies an event that did happen
    ("Mum unlocked the door for me", False),
    ("Dad unpacked the shopping while we talked", False),
    ("the family were reunited at the contact centre", False),
    ("an unplanned visit by the health visitor", False),
    ("the understaffed ward", False),
    # "needs" as a noun before a participle is no "needs washing"
    ("Ayaan's needs being met at school", False),
    ("HER NEEDS BEING MET BY GRAN", False),
    ("Dad needs nothing from us", True),  # the cue is "nothing", not "needs"
    ("the bedding needs washing", True),
    ("Teodora's needs not being met at home", True),
])
def test_polarity_of_participles_and_needs(text, negative):
    assert (polarity(text) < 0) is negative


_DEGREE_NOTES = NOTES + (
    "- mum: aisha's nightmares no longer every night\n"
    "- aisha no longer needs the speech therapy, discharged in feb\n"
    "- HV: baby off the weight chart concerns, no longer on enhanced visits\n"
    "- school: detentions not as frequent this term\n"
    "- GP: aisha's eczema hasn't reduced at all\n"
)


@pytest.mark.parametrize("sentence", [
    "Mum said Aisha's nightmares have reduced and there were very few this week.",
    "Mum told me the nightmares have decreased.",
    "Aisha has been discharged from speech therapy.",
    "THE SPEECH THERAPIST HAS DISCHARGED AISHA.",
    "- The health visitor has stepped the baby down from enhanced visits.",
    "The school said Aisha has had fewer detentions this term.",
])
def test_a_lessening_said_as_no_longer_is_not_a_flip(review, sentence):
    assert review(in_analysis(sentence), notes=_DEGREE_NOTES, only=["accuracy.negation"]) == []


_UN_NOTES = NOTES + (
    "- core groups: 2 of the last 3 unminuted\n"
    "- dad's section 7 report still unsigned\n"
)


@pytest.mark.parametrize("sentence", [
    "Two of the last three core groups have no minutes.",
    "Dad has not signed the section 7 report yet.",
])
def test_an_un_participle_in_the_notes_agrees_with_a_not(review, sentence):
    assert review(in_analysis(sentence), notes=_UN_NOTES, only=["accuracy.negation"]) == []


_NEEDS_NOTES = NOTES + "- my view: aisha's needs being met by mum, plan can step down\n"


def test_needs_being_met_agrees_with_needs_met(review):
    sentence = "My view is that Aisha's needs are being met by Mum and the plan can step down."
    assert review(in_analysis(sentence), notes=_NEEDS_NOTES, only=["accuracy.negation"]) == []


def test_needs_not_being_met_is_a_flip(review):
    sentence = "My view is that Aisha's needs are not being met by Mum and the plan should stay in place."
    record = in_analysis(sentence)
    findings = review(record, notes=_NEEDS_NOTES, only=["accuracy.negation"])
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings)
