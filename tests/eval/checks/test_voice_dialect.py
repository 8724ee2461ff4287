"""The child's words however they are spelt and however notes lay them out (issue 4): dialect and
home-language family words, numbered role labels, a name with an age, lead-ins such as "came
straight out with" or "and I quote"; and the fragments that are not a child's quote at all."""

import pytest

from eval.checks.people import cast
from eval.checks.quotes import child_quotes, quotes
from eval.checks.referents import speaker_by_content


def _childs(notes: str) -> list[str]:
    return [q.text.strip(" .") for q in child_quotes(notes)]


@pytest.mark.parametrize("words, who", [
    # a child says "my" as they speak at home; what they call their family is still a child's word
    ("me mam's been poorly again", "child"),
    ("ma gran makes jollof on sundays", "child"),
    ("I miss mi abuela", "child"),
    ("our kid nicks all my stuff", "child"),
    ("Our Kidda took the last yoghurt", "child"),
    ("I want me nain to come to my party", "child"),
    # a parent's words stay a parent's, and "our" of a house is no one's clue
    ("our kids are doing fine", "adult"),
    ("our son has settled in", "adult"),
    ("give me my kid back", None),
    ("our house is freezing", None),
])
def test_dialect_family_words_sound_like_a_child(words, who):
    assert speaker_by_content(words) == who


@pytest.mark.parametrize("notes, expected", [
    # a pronoun after an adult was named: the dialect words say whose they are
    ("Dad was in the kitchen. He told me 'me mam cries at night'.", ["me mam cries at night"]),
    # numbered labels for the young person, which look like a list's numbers ("AP2:")
    ("CW: How's school?\nYP1: I want me nan to come to parents' evening.\nCW: Okay.",
     ["I want me nan to come to parents' evening"]),
    ("Worker: Anything else?\nCYP2: Our kid took my bike without asking.\nWorker: Right.",
     ["Our kid took my bike without asking"]),
    # a role written in two words names an adult whose turn passes the child's words on
    ("Case holder: Mum said dad is fine.\nCase holder: I've got it written down: 'I've been picked for the team'.",
     ["I've been picked for the team"]),
])
def test_the_childs_words_in_dialect_and_numbered_turns(notes, expected):
    assert _childs(notes) == expected


@pytest.mark.parametrize("notes", [
    "CW: What's next?\nAP2: mum to book the GP by Friday\nCW: Thanks.",
    "Mum said 'our kids are doing fine now'.",
])
def test_adults_and_list_numbers_are_not_the_childs_words(notes):
    assert _childs(notes) == []


@pytest.mark.parametrize("notes, expected", [
    # a name and an age leading the words, with a colon, a dash or in brackets
    ("- Tomasz, 9: 'I want to live with my dad'", ["I want to live with my dad"]),
    ("- WIREMU, 11 - Nan makes the best roast on Sundays", ["Nan makes the best roast on Sundays"]),
    ("efua (aged 7) I like my new school", ["I like my new school"]),
    ("Visit notes\nzofia (aged 4) 'Teddy sleeps in my bed'", ["Teddy sleeps in my bed"]),
    # the writer's "and I quote" sits where a label's colon would
    ("Kai, and I quote, 'I hate PE on Mondays'", ["I hate PE on Mondays"]),
    ("ndey, & i quote, “I don't want to go to the review”", ["I don't want to go to the review"]),
    # lead-ins whose verb takes an adverb, or that sum up
    ("- Amara came straight out with I don't want to go home", ["I don't want to go home"]),
    ("Dorrett summed it up like this: I only see my dad once a month.", ["I only see my dad once a month"]),
    ("Jae-won sums it up: School is better since the move.", ["School is better since the move"]),
    # a name with an age as a line's label gives the child's words even without "I"
    ("- mum: fine\n- ANEURIN, 12: Mam works four nights a week\n- mum's words - He won't stop",
     ["Mam works four nights a week"]),
])
def test_new_layouts_of_the_childs_words(notes, expected):
    assert _childs(notes) == expected


def test_a_cast_line_after_a_title_and_with_an_aside():
    notes = ("Review, 3/5. On the call (per attendance list): CW (Ms Obi), School (Mr Dane), Tolu\n"
             "School: He told me at break, I wrote it straight down: Nobody listens to me at home.")
    assert cast(notes)["label:school"] == "adult"
    assert _childs(notes) == ["Nobody listens to me at home"]


@pytest.mark.parametrize("notes", [
    # what the child did, in the writer's words, with a few words in marks: no attribution to the child
    "[Kawa refused to do the three houses today - 'not in the mood']",
    "Liya would not join the game at break with the others - 'too tired'",
    "- SIMONE wouldn't come down for tea tonight -- \"not hungry\"",
    # an action's owner and date after arrows: the writer's scribble
    "Hêvî - invites for next mtg >> me >> 15/9 at the outside",
    "- Bashir - video call w/ nan -> me -> end of next week",
])
def test_fragments_are_not_the_childs_quotes(notes):
    assert [q for q in quotes(notes) if q.speaker == "child"] == []


@pytest.mark.parametrize("notes", [
    "Kawa - 'not in the mood today'",
    "Kawa said 'not in the mood today'",
    "Liya (8): 'too tired for games'",
    # a clause with a colon leads into the words it names
    "Duaa wanted this written down for her review: 'I like having my own money from my job.'",
])
def test_short_words_still_count_when_attributed(notes):
    assert [q.speaker for q in quotes(notes)] == ["child"]


@pytest.mark.parametrize("notes, who", [
    # "word for word" after the speech verb records an adult's words exactly: still the adult's
    ("Case holder: Mum said, word for word, 'I went to the GP myself this time'.", "adult"),
    ("CW: Dad told me, verbatim, 'We're managing fine now'.", "adult"),
    ("Kai said, word for word, 'I hate my new school'", "child"),
    ("She said, verbatim, 'my mum shouts at night'", "child"),
])
def test_a_formula_after_the_verb_keeps_the_speaker(notes, who):
    assert [q.speaker for q in quotes(notes)] == [who]


@pytest.mark.parametrize("notes, expected", [
    # bullets pasted from Word's Wingdings or Symbol fonts as letters and signs
    ("q Zainab: I miss my dad\nq mum: she is settled", [("child", "I miss my dad"), ("adult", "she is settled")]),
    ("§ Oluwaseun: I want to go to my nan's\nØ SW: fine", [("child", "I want to go to my nan's"), ("adult", "fine")]),
    ("Ÿ Kacper said 'I like my new room'\nŸ Mum said 'he sleeps well'",
     [("child", "I like my new room"), ("adult", "he sleeps well")]),
])
def test_pasted_wingdings_bullets(notes, expected):
    assert [(q.speaker, q.text) for q in quotes(notes)] == expected
