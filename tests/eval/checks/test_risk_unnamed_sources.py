"""A concern from a source the record does not name, or caught by chance, is hearsay; an empty
fridge or a dirty kitchen the notes tell in slang is no invented risk (accuracy.invented_risk;
hearsay.yaml `indefinite`, risk.yaml neglect `told_by`).

Classes (examples of our own, not from any split):
- an unnamed source with a verb of passing on ("One of the dinner ladies reckons", "A mum at the
  school gate mentioned that", "Someone on the estate told me"), words overheard ("The caretaker
  half-heard that", "A cleaner overheard that") and a passive told in passing ("It was mentioned
  quietly to staff that");
- a named speaker, a time before the speaker ("A few weeks ago Mum said") and an unnamed person who
  only does something ("A neighbour let us in") are no hearsay.
"""

import pytest

from eval.checks.hearsay import hearsay
from tests.eval.checks.conftest import invented_risk


@pytest.mark.parametrize("text", [
    "One of the dinner ladies reckons Aisha is given nothing for breakfast.",
    "A mum at the school gate mentioned that Dad collects Aisha smelling of drink.",
    "Someone on the estate told me Aisha is out on the bridge late at night.",
    "Another parent swears she saw Aisha in a car with older boys.",
    "The caretaker half-heard that Mum's ex has been sleeping in the van outside.",
    "A cleaner overheard that Aisha keeps a knife in her school bag.",
    "It was mentioned quietly to staff that Dad is back living at the flat.",
    "It was put to me in passing that Aisha walks home along the railway line.",
])
def test_an_unnamed_or_overheard_source_is_hearsay(text):
    assert hearsay(text)


@pytest.mark.parametrize("text", [
    "A few weeks ago Mum said she was tired.",
    "A lot of the time Aisha says she is happy at school.",
    "A neighbour let us in.",
    "Mum mentioned that Aisha has a new bike.",
    "The warden said the lift is broken.",
    "It was agreed that Mum will ring school.",
    # a described source plainly telling a thing is a report, not a rumour (fresh26's faithful records)
    "A sister at the convent told me the baby sleeps for six hours at night.",
    "A nurse on the ward said the baby is feeding well.",
])
def test_a_named_speaker_or_a_time_is_no_hearsay(text):
    assert not hearsay(text)


def test_an_unnamed_source_the_notes_never_raise_is_invented_risk():
    assert invented_risk("", "One of the dinner ladies reckons Aisha is sleeping at a friend's flat on school nights.")


@pytest.mark.parametrize("notes_line, sentence", [
    ("- kitchen far from clean, sod all in the fridge but ketchup", "The kitchen was dirty and there was no food in the fridge."),
    ("- nowt in the cupboards, kitchen a tip", "There was no food in the cupboards and the kitchen was dirty."),
    ("- only a pint of milk in the fridge", "There was no food in the fridge."),
    ("- flat none too clean", "The flat was dirty."),
])
def test_a_lack_or_dirt_the_notes_tell_in_slang_is_not_invented(notes_line, sentence):
    assert invented_risk(notes_line, sentence) == []


@pytest.mark.parametrize("notes_line, sentence", [
    ("- mum made a roast, fridge full", "There was no food in the fridge."),
    ("- kitchen clean and tidy", "The kitchen was dirty."),
])
def test_a_full_fridge_or_a_clean_kitchen_tells_no_lack(notes_line, sentence):
    assert invented_risk(notes_line, sentence)
