"""Negation in everyday forms (accuracy.negation; scope.cue_count, agreement, clauses and the
`cues`, `same_as`, `not_negation`, `lessening` and `antonyms` of data/polarity.yaml).

Classes (examples of our own, not from any split):
- "nor" goes on with the negative before it: "no answer by phone nor at the door" is one denial;
- a quote in doubled single marks (‘‘...’’) is a quote, and one that only closes ends a quote
  begun before the text;
- "would rather", "would prefer" say "wants"; "stay" and "change" are opposites;
- "too small", "too tight" say "does not fit"; "jabs all done", "up to date" say "complete";
- "not ... until the report arrives" is a condition still to be met: a negative now;
- a time clause that ends something ("for when the tenancy ends") dates the claim;
- "wants to stop Brownies" is "does not want to go on"; "left college" is "no longer at college";
- "more open" is "more honest"; "won't touch fish" is "won't eat fish";
- a note part that speaks of the part before by a pronoun ("none of it") is about its thing;
- a note's "nan's" is "her grandmother's".
"""

import pytest

from eval.checks.agreement import agreement, word_overlap
from eval.checks.clauses import cue_count, same_proposition
from eval.checks.scope import canonical
from eval.checks.units import note_units, unquoted


@pytest.mark.parametrize("text, count", [
    ("mum - no answer by phone nor at the flat door", 1),
    ("Kacper won't eat fish, nor rice", 1),
    ("neither Nan nor Grandad was in", 1),
    ("I could not reach Mum by phone or at the door", 1),
    ("Dad did not come home until 2am", 0),
    ("The IRO decided not to hold the review until the report arrives", 1),
    ("no plan yet for when the tenancy ends", 1),
    ("There is a plan for when the tenancy ends", 0),
    ("Bilal would like to stop going to Brownies", 1),
    ("Bilal asked Dad to stop shouting", 0),
    ("school shoes too tight", 1),
    ("too tired to walk", 1),
])
def test_cue_counts(text, count):
    assert cue_count(text) == count


@pytest.mark.parametrize("text, expected", [
    ("As Ines said it: ‘‘I'm not allowed to say.’’ Ines would like to stay.", "Ines would like to stay."),
    ("nobody listens.’’ Mum has started the course", "Mum has started the course"),
])
def test_doubled_single_marks_are_quotes(text, expected):
    assert unquoted(text).strip().endswith(expected)
    assert "not" not in unquoted(text)


@pytest.mark.parametrize("text, word", [
    ("Amira would rather stay at her school", "want"),
    ("Amira would prefer to live with Nan", "want"),
    ("his jabs all done", "complete"),
    ("vaccinations up to date", "complete"),
    ("Dad is more open since the meeting", "honest"),
    ("will not touch fish", "eat"),
    ("he keeps in touch with his cousin", "contact"),
])
def test_phrases_read_as_their_claim(text, word):
    assert word in canonical(text).split()


@pytest.mark.parametrize("clause, unit, agrees", [
    ("Amira would rather stay at her school", "Amira doesn't want to change schools", True),
    ("Kacper's trainers no longer fit", "trainers too small", True),
    ("Kacper's trainers fit him", "trainers too small", False),
    ("Rhys has left college", "rhys - no longer at college", True),
    ("Rhys is still at college", "rhys - no longer at college", False),
    ("Dad has not been any more open with me", "dad more open since the meeting", False),
    ("Amira would like to stop swimming", "Amira wants to keep going to swimming", False),
])
def test_agreement(clause, unit, agrees):
    assert bool(agreement(clause, [unit])[0]) is agrees


def test_a_pronoun_part_speaks_of_the_part_before():
    line = "damp on the bedroom wall, none of it treated"
    assert not same_proposition("The damp on the bedroom wall has all been treated.", "none of it treated", list(note_units(line)))


def test_a_note_grandparent_is_the_record_grandmother():
    assert word_overlap("I did not see Ola on her own at her grandmother's", "Ola showed me her room at nan's on her own")[0] >= 0.5


@pytest.mark.parametrize("record, opposite", [
    ("Messan stayed silent behind Mum for the whole visit.", False),
    ("Messan was silent for the whole visit.", False),
    ("Messan chatted to me for the whole visit.", True),
    ("Messan talked the whole visit and hid behind mum.", True),
])
def test_silent_is_not_making_a_peep(review, record, opposite):
    notes = "Messan did not make a peep the whole visit and hid behind mum."
    assert bool(review(record, notes, only=["accuracy.negation"])) is opposite
