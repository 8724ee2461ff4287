"""Negation: idioms and slang of none, attendance shorthand, a passive's agent, and claims said
in other words (accuracy.negation; scope.cue_count, scope.negated, agreement and the `cues`,
`same_as`, `scope` of data/polarity.yaml, words.yaml `expansions`).

Classes (examples of our own, not from any split):
- slang for none ("zilch", "nowt", "sod all") and the idioms of none at all whose noun is no
  claim ("not a sausage", "not heard a dicky bird");
- "DNA" as a deed ("DNA the dentist appt", "appt - DNA") is "did not attend" (a "DNA test" is a test);
- "n/a" in notes ("heating n/a") is "none there";
- the agent of a passive ("not seen by any service") is in a denial's scope; a deadline is not;
- "translates for" is "interprets for", "not a drop" is "no drink", "moved into" is "lives at",
  "the account given for the bruise" is "the explanation for it"; "AP" is approved premises.
"""

import pytest

from eval.checks.agreement import agreement, word_overlap
from eval.checks.scope import canonical, cue_count, negated


@pytest.mark.parametrize("text, count", [
    ("zilch space for a cot", 1),
    ("nowt in the fridge bar milk", 1),
    ("sod all help from the council", 1),
    ("there has not been a sausage from the council on the repair", 1),
    ("dad hasn't heard a dicky bird from the solicitor", 1),
    ("Kofi - DNA the dentist appt", 1),
    ("dentist appt - DNA", 1),
    ("heating n/a on this floor", 1),
    ("a DNA test was done in May", 0),
    ("the DNA results came back", 0),
])
def test_cue_counts(text, count):
    assert cue_count(text) == count


def test_never_once_late_is_on_time():
    assert cue_count("Kofi never once late since the move") % 2 == 0


@pytest.mark.parametrize("text, word", [
    ("Rima translates for Dad at the GP", "interpret"),
    ("dad - not a drop since Easter", "drink"),
    ("Kofi did not make a peep", "speak"),
    ("Dad moved into the hostel in May", "live"),
    ("not satisfied with the account given for the bruise", "explanation"),
])
def test_phrases_read_as_their_claim(text, word):
    assert word in canonical(text).split()


@pytest.mark.parametrize("text, word, governed", [
    ("Mum is not seen by any mental health service", "mental", True),
    ("Kofi has not been assessed by a paediatrician", "paediatrician", True),
    ("the form was not signed by the deadline", "deadlin", False),
    ("the form was not signed by the end of term", "end", False),
])
def test_a_passive_agent_is_denied(text, word, governed):
    assert (word in negated(text)) is governed


@pytest.mark.parametrize("clause, unit, agrees", [
    ("Rima does not interpret for Mum at the GP", "Rima translates for mum at every GP appt", False),
    ("Rima interprets for Mum at the GP", "Rima translates for mum at every GP appt", True),
    ("Dad has not lived at the hostel since May", "dad moved into the hostel in May", False),
    ("Mum is not seen by any mental health service", "mum started at the refugee mental health clinic", False),
    ("The council has confirmed the repair", "not a sausage from the council on the repair", False),
    ("There is no space for a cot", "zilch space for a cot", True),
])
def test_agreement(clause, unit, agrees):
    assert bool(agreement(clause, [unit])[0]) is agrees


def test_ap_is_approved_premises():
    assert word_overlap("Dad has not lived at the approved premises since July", "dad moved into the AP in July")[0] == 1.0


def test_what_was_done_speaks_of_the_part_before():
    from eval.checks.clauses import same_proposition
    from eval.checks.units import note_units
    line = "mould round the bathroom window, not a thing done by the landlord"
    assert not same_proposition("The landlord has treated the mould round the bathroom window.",
                                "mould round the bathroom window, not a thing done by the landlord", list(note_units(line)))
