"""Negation: a store with nothing in it, "off the drink", "- not yet", coming to a meeting and the
initials of domestic abuse services (accuracy.negation; scope.negated, units.note_units,
agreement and the `cues`, `same_as`, `opposites`, `scope` of data/polarity.yaml, words.yaml
`expansions`).

Classes (examples of our own, not from any split):
- "nothing (whatsoever) in the fridge", "nowt in the cupboards" is the store empty, the opposite
  of "well stocked" and of food in it (not "nothing in the fridge except milk");
- "off the drink", "off the gear" denies the drinking or the using it names;
- a "not yet" that ends its clause denies the clause before it ("sch place - not yet");
- "came to the review", "came to the MARAC" is attending it;
- "the IDVA", "the ISVA", "the MARAC" spelt out as a record spells them;
- "not only ... but" says more, not "only".
"""

import pytest

from eval.checks.agreement import agreement, word_overlap
from eval.checks.scope import canonical, cue_count, negated
from eval.checks.units import note_units


@pytest.mark.parametrize("text, word", [
    ("There was nothing whatsoever in the shared fridge.", "empty"),
    ("nowt in the kitchen cupboards", "empty"),
    ("nobody from housing came to the review", "attend"),
    ("Dad came along to the core group", "attend"),
])
def test_phrases_read_as_their_claim(text, word):
    assert word in canonical(text).lower().split()


@pytest.mark.parametrize("text", [
    "nothing in the fridge except milk",
    "nothing in the fridge but a pint of milk",
    "Kofi came to the door",
    "nothing in his words suggested worry",
])
def test_look_alikes_keep_their_words(text):
    assert "empty" not in canonical(text).split() and "attend" not in canonical(text).split()


@pytest.mark.parametrize("text, word", [
    ("Mum said she has been off the drink since May", "drink"),
    ("dad off the gear since the spring", "drug"),
    ("sch place near the refuge - not yet", "plac"),
    ("housing decision - not yet, chasing", "decision"),
])
def test_what_is_denied(text, word):
    assert word in negated(text)


def test_not_yet_before_its_verb_is_one_cue():
    assert cue_count("Kai not yet seen by the nurse") == 1


def test_not_yet_joins_the_clause_before():
    assert "housing decision - not yet" in note_units("housing decision - not yet, on the waiting list")


@pytest.mark.parametrize("clause, unit, agrees", [
    ("The shared fridge was well stocked with the family's food", "nothing whatsoever in the shared fridge", False),
    ("The family had no food in the shared fridge", "nothing whatsoever in the shared fridge", True),
    ("The fridge was empty", "nothing in the fridge", True),
    ("Mum told me she has been drinking since the review", "Mum said she has been off the drink since the review", False),
    ("Mum has not had a drink since the review", "mum off the drink since the review", True),
    ("The family have had the housing decision", "housing decision - not yet", False),
    ("The housing decision has not come yet", "housing decision - not yet", True),
    ("Housing attended the review", "nobody from housing came to the review", False),
    ("Nobody from housing attended the review", "nobody from housing came to the review", True),
])
def test_agreement(clause, unit, agrees):
    assert bool(agreement(clause, [unit])[0]) is agrees


@pytest.mark.parametrize("clause, agrees", [
    ("Mum texts him only on his birthday", True),  # "only": not at other times
    ("Mum texts him not only on his birthday", False),  # "not only": more, no negative
])
def test_not_only_is_no_only(clause, agrees):
    assert bool(agreement(clause, ["mum does not text him apart from on his birthday"])[0]) is agrees


@pytest.mark.parametrize("clause, unit", [
    ("The GP has not referred Mum to an independent domestic violence adviser", "GP referred mum to the IDVA"),
    ("Mum has met the independent sexual violence adviser", "mum met the ISVA"),
])
def test_service_initials_are_spelt_out(clause, unit):
    assert word_overlap(clause, unit)[0] >= 0.75


@pytest.mark.parametrize("record, notes, opposite", [
    ("The shared fridge was well stocked with the family's food.", "There was nothing whatsoever in the shared fridge downstairs.", True),
    ("The family had no food in the shared fridge.", "There was nothing whatsoever in the shared fridge downstairs.", False),
    ("There was only milk in the fridge.", "nothing in the fridge except milk", False),
    ("Mum told me she has been drinking since the MARAC.", "Mum said she has been off the drink since the MARAC.", True),
    ("Mum has been off the drink since May.", "mum off the drink since may", False),
    ("Mum has stopped drinking since May.", "mum off the drink since may", False),
    ("Aseela has been given a school place near the refuge.", "sch place near the refuge - not yet, on the waiting list", True),
    ("Aseela does not yet have a school place near the refuge.", "sch place near the refuge - not yet, on the waiting list", False),
    ("The family have had the housing decision.", "housing decision - not yet", True),
    ("Dr Okafor has not referred Mum to an independent domestic violence adviser.", "Dr Okafor has referred Mum to the IDVA.", True),
    ("Mum has been referred to an independent domestic violence adviser.", "GP referred mum to the IDVA", False),
    ("Nobody from housing attended the review.", "nobody from housing came to the review", False),
])
def test_review(review, record, notes, opposite):
    assert bool(review(record, notes, only=["accuracy.negation"])) is opposite
