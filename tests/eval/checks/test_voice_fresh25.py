"""Wordings of the child's voice first seen on split fresh25: quotes in modifier-letter marks (ʻlike thisʼ), as a
Polynesian keyboard's ʻokina key sets them; a fraction slash (⁄) for the notes' slash after a child's label; a child's
label with the thing their words came in after a comma ("Fuatino, letter back to me /", "Shiimi, voice note to my
phone /"); an action's owner "⁄ owner me ⁄" with no colon (issue 4)."""

import pytest

from eval.checks import Material, run
from eval.checks.quotes import child_quotes


@pytest.mark.parametrize("text, words", [
    ("antek aged 16 :: ʻcan you come back when it's sunnyʼ", ["can you come back when it's sunny"]),
    ("ROZALKA wrote back to me: ʻI left my dog and bone on the bus againʼ.", ["I left my dog and bone on the bus again"]),
    ("When I asked, Rozalka answered ʻI don't like the lady with the clipboardʼ.", ["I don't like the lady with the clipboard"]),
    ("Kai said ʻI want to stay at nan’s’ and went quiet.", ["I want to stay at nan’s"]),
    ("- NELAO (age 3) ⁄ baby in the big bed at hospital", ["baby in the big bed at hospital"]),
    ("- Fuatino, letter back to me ⁄ ‘I've got eleven quid left till Thursday’", ["I've got eleven quid left till Thursday"]),
    ("- Fuatino, letter back to me / ‘I've got eleven quid left till Thursday’", ["I've got eleven quid left till Thursday"]),
    ("- Shiimi, voice note to my phone ⁄ it's bostin at Nan's, she lets me stay up",
     ["it's bostin at Nan's, she lets me stay up"]),
])
def test_the_childs_words_in_fresh25_layouts(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "We visited Hawaiʻi House, the respite unit, on Tuesday.",  # an ʻokina inside a word is a letter
    "- school ⁄ home ⁄ college",
    "- Kai, at school / seen alone",
    "- Kai, at school / Mum was there",
    "Kai (9) ⁄ school ⁄ seen alone",
    "aa explained in writing, own lang ⁄ owner me ⁄ in 3 wks = 24/3",  # an action's owner and deadline
    "- PWP -> YOI ⁄ owner SW ⁄ ASAP, latest 8/1",
])
def test_what_is_not_the_childs_words_in_fresh25_layouts(text):
    assert child_quotes(text) == []


def test_a_quote_in_modifier_letter_marks_kept_word_for_word_is_no_finding():
    notes = "antek aged 16 :: ʻcan you come back when it's sunnyʼ\nspoke w/ mum"
    record = "## Wishes and feelings\nAntek said, exactly: “can you come back when it's sunny.”"
    checks = ["voice.quote_altered", "voice.quote_dropped", "voice.quote_invented"]
    assert run(Material(record, notes, "visit_note"), checks).findings == []
