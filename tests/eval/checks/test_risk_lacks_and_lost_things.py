"""A lack the notes tell in their own words of lack, and a thing (not a child) gone missing
(accuracy.invented_risk; risk_support._LACKING, risk.yaml `not_after`).

Classes (examples of our own, not from any split):
- the record's "no", "without", "missing" for the notes' "devoid of", "not so much as", "bare",
  "nowt"; a light verb the notes leave out ("taken off the roll" for "off the roll");
- but a lack where the notes tell plenty ("food in fridge") stays invented;
- a report, a passport or a page that is missing is no missing child; a child still is.
"""

import pytest

from eval.checks.risk_terms import risk_kinds
from tests.eval.checks.conftest import invented_risk as _invented


@pytest.mark.parametrize("notes_line, sentence", [
    ("- bedroom devoid of bedding, just a bare mattress", "Aisha had no bedding on her mattress."),
    ("- aisha not so much as a jumper on, in january", "Aisha had no jumper on despite the cold."),
    ("- aisha's brother off the roll at school since may", "Aisha's brother was taken off the roll at school in May."),
    ("aisha - nobody had washed her pe kit in wks; aisha (17) / that scran is boss",
     "Aisha's PE kit had not been washed for weeks."),
])
def test_a_lack_the_notes_tell_in_their_words_is_theirs(notes_line, sentence):
    assert _invented(notes_line, sentence) == []


def test_a_lack_where_the_notes_tell_plenty_is_still_invented():
    # the notes have "kitchen clean, food in fridge"
    assert _invented("", "There was no food in the fridge for the children.")


@pytest.mark.parametrize("text", [
    "My manager noted the health visitor's report is missing from the court bundle.",
    "Her passport has gone missing.",
    "The baby's red book was missing.",
    "Two pages are missing from her file.",
])
def test_a_thing_missing_is_no_missing_child(text):
    assert "missing" not in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "Aisha is missing.",
    "Aisha went missing from the foster home.",
    "Aisha's brother is missing again.",
    "The money went missing and Aisha went missing overnight.",
])
def test_a_child_missing_still_is(text):
    assert "missing" in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text, kind", [
    ("? CCE - seen with older lads at the station", "exploitation"),
    ("DA notification received from police on Sunday.", "violence"),
    ("MFH x2 this month.", "missing"),
    ("HBA concerns raised by school.", "forced_marriage"),
])
def test_risk_initials_are_mentions(text, kind):
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", ["Me da picks me up from school.", "Mum said da was cross.", "The dashboard shows attendance.",
                                  "Refer Mum to the IDVA service."])
def test_da_as_a_dad_is_no_risk(text):
    assert risk_kinds(text, skip_negated=True) == {}


@pytest.mark.parametrize("text, kind", [
    ("Dad turned up absolutely legless.", "alcohol"),
    ("She was mortal at the party.", "alcohol"),
    ("He has been on the lash all weekend.", "alcohol"),
    ("Nan was on the pop again last night.", "alcohol"),
    ("Mum was snorting lines in the bathroom.", "drugs"),
    ("There was a bag of coke in his jacket.", "drugs"),
    ("He was off his face on something.", "drugs"),
    ("Dad is on speed again.", "drugs"),
])
def test_drink_and_drugs_in_everyday_and_street_words(text, kind):
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "Dad hammered the nails into the fence.",
    "The window was smashed.",
    "Aisha had a can of coke with her lunch.",
    "We read the lines of the poem together.",
    "Mum is on pills for her blood pressure.",
    "I have Mum on speed dial.",
    "Mum made mashed potato.",
    "Nan likes pop music.",
])
def test_their_everyday_look_alikes_are_no_risk(text):
    assert risk_kinds(text, skip_negated=True) == {}
