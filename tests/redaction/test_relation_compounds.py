"""A relationship or role word before an everyday noun of what goes on between people, what they
give or what serves them ("teacher bond", "neighbour dispute", "carer time", "parent group") makes
one compound noun: the noun is no name, though a given name after the same words still is ("sister
star.", "nan hope helping", "dad Bond"). Trade shorthand for headings and accommodation ("misc",
"accom") is no name either."""

import pytest


@pytest.mark.parametrize("text", [
    "strengths: nan daily + teacher bond\nworries: mums drinking",
    "strengths - sibling bond, grandparent support, carer time.",
    "- police 05-jul-2025 neighbour dispute nfa",
    "Note of the call: parent group.",
    "worries about ex-partner contact; school report ok",
    "- accom 18-nov-2025 mum asked\n- 1st contact with school",
    "Misc: nothing else to add",
])
def test_compound_nouns_and_shorthand_are_no_names(names, text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("sister star. hv star - weight ok", ["star", "star"]),
    ("nan hope helping. mum Faith said she is ok", ["hope", "Faith"]),
    ("strengths: dad Bond comes to every meeting", ["Bond"]),
])
def test_given_names_after_a_relative_stay(names, text, expected):
    assert names(text) == expected
