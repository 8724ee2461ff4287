"""Labels found on fresh records (issue 4): a family or group made a kind of people ("this family
of liars"), sexual labels for a girl or woman ("a good-time girl"), praise mocked by "for once",
a person made a hermit; and a service's process said of a person ("has been re-referred"), which
describes what was done, not the person."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("Nobody in this household of thieves has said where the money went.", "household of thieves"),
    ("The Murphys are a bunch of scroungers.", "bunch of scroungers"),
    ("Dad comes from a family of liars.", "family of liars"),
    ("I am worried about the new partner of this good-time girl.", "good-time girl"),
    ("Mum was described as a good time mum who goes out every night.", "good time mum"),
    ("School see Leah as a party girl.", "party girl"),
    ("Ruby was a little angel for once at contact.", "a little angel for once"),
    ("Kyle was on his best behaviour for a change.", "on his best behaviour for a change"),
    ("Sami was polite for once when we spoke.", "polite for once"),
    ("Aymen, a right hermit, rarely leaves his room.", "a right hermit"),
])
def test_kinds_of_people_and_mocked_praise_are_labels(review, sentence, term):
    assert any(term in found or found in term for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "Dr Shek told me Mr Massaquoi has been re-referred for talking therapy.",
    "Mia has been reassessed by the speech therapist.",
    "The family have been rehoused in a two-bedroom flat.",
    "Dad was discharged from the ward on Monday.",
    "For once the bus was on time, and Ruby was pleased.",  # "for once" of a thing, no praise of a person
    "Ruby said her brother was an angel to her when she was ill.",
    "Mum goes to a family of schools meeting each term.",
])
def test_processes_and_plain_words_are_no_labels(review, sentence):
    assert _medium(review, sentence) == []
