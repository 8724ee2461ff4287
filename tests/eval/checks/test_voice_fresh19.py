"""Wordings of the child's voice first seen on split fresh19: a bare age and arrows before the words
("arlindo 4 >> home Mummy sleep", "rituraj 17 >> 『...』"), the means before the speaker ("Through the
interpreter Shadia said I ..."), and words in marks or a note's short form that are nobody's words
("'star of the hall' award", "Crayon - DNA the planned school visit") (issue 4)."""

import pytest

from eval.checks.quotes import child_quotes, quotes


def _said(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.speaker) for q in quotes(text)]


@pytest.mark.parametrize("text, words", [
    ("Arlindo wants to see the baby.\narlindo 4 >> home Mummy sleep\narlindo 4 >> big bus go brum",
     ["home Mummy sleep", "big bus go brum"]),
    ("Visit notes.\nHiro 10 :: more biscuit please", ["more biscuit please"]),
    ("Mum came.\nrituraj 17 >> 『I left a voice note cos I can't say it to your face』",
     ["I left a voice note cos I can't say it to your face"]),
    ("Mum came.\nRožle 12 >> _Auntie Pat isn't my real auntie but she's better than one_",
     ["Auntie Pat isn't my real auntie but she's better than one"]),
    ("Mum came.\nRožle 12 >> \"Auntie Pat isn't my real auntie but she's better than one\"",
     ["Auntie Pat isn't my real auntie but she's better than one"]),
    ("Through the interpreter Shadia said I went round the Wrekin to get to the point, sorry.",
     ["I went round the Wrekin to get to the point, sorry"]),
    ("The interpreter Mrs Ali came. Shadia said I want to go home.", ["I want to go home"]),
])
def test_the_childs_words_in_fresh19_layouts(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "Visit notes.\nkai 9 :: was seen at school",  # narration after the label
    "Plan.\nRec 1 :: ring the GP about the inhaler",  # a list's number, no age
    "Plan.\nyear 5 >> new teacher from January",
    "[Zena - 'star of the hall' award for helping new pupils]",  # a thing's name in marks
    "Kai joined the 'Bounce Back' group at school.",
    "[Crayon - DNA the planned school visit, off sick per mum]",  # the notes' short form: did not attend
    "[Nurul - WNB to the dentist, mum forgot]",
])
def test_look_alikes_that_are_no_childs_words(text):
    assert [q.text for q in child_quotes(text)] == []


def test_words_in_marks_before_an_ordinary_word_stay_a_quote():
    assert _said("Zena said 'I won a star' and smiled.") == [("I won a star", "child")]
