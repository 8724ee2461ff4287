"""Wordings of the child's voice first seen on split fresh27: any rightward arrow leading into a turn or a child's
words ("NELLA ⟶ ...", "Sombat (age 14) ⟿ '...'", "Kai ➜ ..."); a spaced slash after a voice note, a worry box or a
child's name and age ("alvin voice note to great nan (she played it me) / ...", "Adrienne 11yo / '...'"); words
chalked on a board ("Chalked on the blackboard, in Jaime's writing, was '...'"); "my <family word>" and a verb of
the present tense after "he said" ("he said my nona fries bimuelos at Hanukkah"); and a thing's state after it
("ajmer's life story book - nowt done since the sgo"), which is no one's words (issue 4)."""

import pytest

from eval.checks import Material, run
from eval.checks.quotes import child_quotes, quotes


@pytest.mark.parametrize("text, words", [
    ("Transcribed conversation\nSW ⟶ How is school?\nNELLA ⟶ I'd rather muck out in the snow than sit in maths.\n"
     "SW ⟶ Thanks.", ["I'd rather muck out in the snow than sit in maths."]),
    ("SW ⇒ How is school?\nSoheir ⇒ I keep my passport in my sock drawer in case.", ["I keep my passport in my sock drawer in case."]),
    ("- Sombat (age 14) ⟿ ＇I been a nipper on the ferry since I was three＇\n- seen alone", ["I been a nipper on the ferry since I was three"]),
    ("- josip (age 6) ➜ “I put my worry in the box by the kettle”", ["I put my worry in the box by the kettle"]),
    ("- Gurnam, chalked on the yurt blackboard ⟿ “the lady at the front desk knows all our names”",
     ["the lady at the front desk knows all our names"]),
])
def test_any_rightward_arrow_leads_into_a_turn_or_a_childs_words(text, words):
    assert [q.text.rstrip(".") for q in child_quotes(text)] == [w.rstrip(".") for w in words]


def test_an_arrow_up_or_down_is_no_lead_in():
    assert child_quotes("attendance ↓ since the move\nKai ↑ more settled at nan's") == []


@pytest.mark.parametrize("text, words", [
    ("alvin declined the check; Alvin voice note to great nan (she played it me) / ＇I was scared when the police put the "
     "blue lights on＇", ["I was scared when the police put the blue lights on"]),
    ("Noppadol voice note to great nan (she played it me) / “wunna should come to the lime on Saturday”\nmum fine",
     ["wunna should come to the lime on Saturday"]),
    ("norman voice note to great nan / I've done two hundred miles on the lorry to the races this week; mum ok",
     ["I've done two hundred miles on the lorry to the races this week"]),
    ("baldev in the worry box / when it snows the yurt roof goes saggy\nnext visit fri", ["when it snows the yurt roof goes saggy"]),
    ("Adrienne 11yo / “I want a bedroom with a door that shuts”; mr mlilo - drop-in booked", ["I want a bedroom with a door that shuts"]),
])
def test_a_spaced_slash_after_a_voice_note_a_box_or_a_name_and_age(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text, words", [
    ("Chalked on the blackboard in the yurt, in Jaime's writing, was 〝wunna should come to the lime on Saturday〟.",
     ["wunna should come to the lime on Saturday"]),
    ("On the fridge, in Kai's handwriting, was 'no more moves please'.", ["no more moves please"]),
    ("Jaime chalked on the blackboard 〝wunna should come to the lime on Saturday〟.", ["wunna should come to the lime on Saturday"]),
])
def test_words_chalked_or_in_a_childs_writing(text, words):
    assert [q.text for q in child_quotes(text)] == words


def test_a_parents_writing_is_theirs():
    assert [(q.text, q.speaker) for q in quotes("On the fridge, in Mum's writing, was 'dont forget pe kit'.")] == \
        [("dont forget pe kit", "adult")]


@pytest.mark.parametrize("text, words", [
    ("SW (visiting) ⟶ While we waited for the call to connect he said my nona fries bimuelos at Hanukkah.",
     ["my nona fries bimuelos at Hanukkah"]),
    ("Kai said my nonna bakes bread on Sundays", ["my nonna bakes bread on Sundays"]),
])
def test_my_and_a_present_verb_after_a_speech_verb_open_the_childs_words(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "Kai said my grades were fine",  # backshifted: reported
    "Kai said my bus pass was lost",
])
def test_my_and_a_past_verb_is_reported(text):
    assert child_quotes(text) == []


@pytest.mark.parametrize("text", [
    "ajmer's life story book - nowt done since the sgo",
    "kai's worry box / nothing in it this week",
    "Amy's diary: not started yet",
])
def test_a_things_state_is_no_ones_words(text):
    assert child_quotes(text) == []


def test_words_on_a_thing_are_still_the_childs():
    assert [q.text for q in child_quotes("Jo's note - no more moves")] == ["no more moves"]


def test_a_record_dropping_a_voice_note_is_found():
    notes = ("visit / kai / 12 / 3/3\nkai voice note to nan (she played it me) / I want my own room at gran's\n"
             "mum - fine\nnext v. ⟿ fri 12/6")
    record = "Kai was seen at home. Mum is well. Next visit on Friday 12 June."
    found = [f.check for f in run(Material(record, notes, "home_visit"), ["voice.quote_dropped"]).findings]
    assert found == ["voice.quote_dropped"]


@pytest.mark.parametrize("text", [
    "kai on his device - till 3am most nights, mum says",
    "- kai on the device ~ gaming till late, school say he is tired",
])
def test_a_child_on_a_device_is_narration(text):
    assert child_quotes(text) == []


def test_a_childs_aac_device_still_carries_words():
    assert [q.text for q in child_quotes("- Zayn's AAC device >> I want the red bus")] == ["I want the red bus"]


@pytest.mark.parametrize("text", [
    "When asked about school, Kai replied saying it was ok but he gets bored",
    "Asked about contact, Amy replied along the lines of she misses dad",
])
def test_the_writers_account_after_replied_is_no_quote(text):
    assert child_quotes(text) == []
