"""Action rows in fresh25's layouts are actions, not claims: a "Pt 1: " list mark, an owner "signed off
to" someone with a "target" timescale, an owner whose name reads like shorthand ("Ms Eom", not "EOM" for
end of month); and the notes' own names for private fostering ("PF", a family friend as the carer)."""

import pytest

from eval.checks import text as T
from eval.checks.action_parts import has_owner, is_someone
from eval.checks.vocabulary import note_vocabulary, action_form_words


@pytest.mark.parametrize("line, sentence", [
    ("Pt 1: ✘ Register Ali with a dentist | Ms Roy | by 4 May", "Register Ali with a dentist | Ms Roy | by 4 May"),
    ("Pt 3: | by 4 May | Ms Roy | Register Ali with a dentist |", "| by 4 May | Ms Roy | Register Ali with a dentist"),
    ("Point 2) Ring the GP -- signed off to Mum, target by Friday", "Ring the GP -- signed off to Mum, target by Friday"),
])
def test_a_pt_numbering_is_no_word_of_the_row(line, sentence):
    assert [u.text for u in T.sentences("## Actions\n" + line + "\n")] == [sentence]


@pytest.mark.parametrize("line", [
    "Part of the plan is for Mum to rest.",
    "Point taken by Dad about the bus fares.",
    "Item 12 on the list was the cot.",
])
def test_the_same_words_in_a_narrative_stay(line):
    assert [u.text for u in T.sentences("## Analysis\n" + line + "\n")] == [line]


@pytest.mark.parametrize("action, owner", [
    ("Refer Ali to the young carers service -- signed off to Mrs Macneil-Barra, target before discharge", True),
    ("Ring the GP -- handed over to Mum, target within three weeks", True),
    ("| before discharge, expected on 16 June | Ms Eom | Keep a feeding chart for Ali for a week |", True),
    # look-alikes: no one named
    ("Sign off the plan -- target before discharge", False),
    ("Keep a feeding chart for Ali | by EOM", False),
])
def test_signed_off_owners_and_short_names(action, owner):
    assert has_owner(action) is owner


def test_a_titled_short_name_is_someone_but_eom_is_not():
    assert is_someone("Ms Eom") and not is_someone("EOM") and not is_someone("by eom")


@pytest.mark.parametrize("notes, words", [
    ("The family friend said Ali is quiet", {"foster", "private"}),
    ("DBS - PF household (owner: SW) ASAP", {"foster", "soon"}),
    ("me: iv monthly outings", {"independent", "visitor"}),
])
def test_the_notes_names_for_private_fostering_and_shorthand(notes, words):
    assert {T.stem(w) for w in words} <= note_vocabulary(notes)


def test_signed_off_and_target_are_an_actions_form():
    words = action_form_words("Refer Ali -- signed off to Ms Roy, target before discharge")
    assert {"signed", "target"} <= words
    assert "target" not in action_form_words("The target is for Ali to read every night.")
