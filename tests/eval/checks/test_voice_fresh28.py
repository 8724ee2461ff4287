"""Wordings of the child's voice first seen on split fresh28: the writer vouching for the words between the verb
and the quote ("Jijo said this, and I have not altered it: '...'"), which makes them no less the child's; a hand
pointing right leading into words as an arrow does ("Reji (7) 👉 I cried in the lift") (issue 4)."""

import pytest

from eval.checks import Material, run
from eval.checks.quotes import child_quotes, quotes


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.rstrip(" .")) for q in quotes(text)]


@pytest.mark.parametrize("text, words", [
    ("Jijo said this, and I have not altered it: “Grandad just buys me doubles from the man by the market.”",
     "Grandad just buys me doubles from the man by the market"),
    ("Amara said this and I haven't changed a word: 'my nan does my braids on a Sunday.'", "my nan does my braids on a Sunday"),
    ("Kai told me, and we have not edited it in any way: \"the bus is always late on Mondays.\"", "the bus is always late on Mondays"),
    ("Leon said it, and I've left it exactly as he put it: 'our kid is proper annoying.'", "our kid is proper annoying"),
    ("Mira said this, and I did not correct it: \"baby sister a bit teary again.\"", "baby sister a bit teary again"),
])
def test_the_writer_vouching_for_the_words_leaves_them_the_childs(text, words):
    assert ("child", words) in _speakers(text)


def test_the_writer_vouching_for_a_parents_words_leaves_them_the_parents():
    assert _speakers("Mum said this, and I have not altered it: \"I send money home every month.\"") == [
        ("adult", "I send money home every month")]


def test_the_writers_own_lead_in_with_a_colon_is_still_the_writers():
    # near miss: the writer speaking of their own work, not of another's words
    assert ("child", "I will ring the school on Monday") not in _speakers(
        "I have not altered the plan: \"I will ring the school on Monday.\"")


@pytest.mark.parametrize("text, words", [
    ("- Reji (7) 👉 I cried in the lift when they wheeled me to theatre", ["I cried in the lift when they wheeled me to theatre"]),
    ("- dushica, speech bubble on the summerhouse window 👉 “gizza go on your lanyard”", ["gizza go on your lanyard"]),
    ("- Tlotlo's player diary 👉 “Auntie makes msemen when we break the fast”", ["Auntie makes msemen when we break the fast"]),
    ("- Nico (5) ☞ 'doggy went on the big train'", ["doggy went on the big train"]),
])
def test_a_hand_pointing_right_leads_into_words(text, words):
    assert [q.text.rstrip(".") for q in child_quotes(text)] == words


def test_a_hand_pointing_left_leads_into_nothing():
    assert child_quotes("- Reji (7) 👈 nothing from school yet") == []


def test_a_changed_quote_after_a_vouching_lead_in_is_altered_not_dropped():
    notes = "- Millicent (9) 👉 ‘the chip fryer beeps all night through the wall’\n- seen alone in her room"
    record = ("Millicent was seen alone in her room. Millicent said this, and I have not altered it: "
              "\"the chip fryer beeps all night every night through the wall.\"")
    checks = ["voice.quote_altered", "voice.quote_dropped", "voice.quote_invented"]
    assert [f.check for f in run(Material(record, notes, "visit"), checks).findings] == ["voice.quote_altered"]


@pytest.mark.parametrize("text, words", [
    # a board of a ward or a review that carries the child's own words
    ("Tshepiso on what matters to me board . ›they still call me small pikin at the njangi‹",
     ["they still call me small pikin at the njangi"]),
    ("NGOLLE on the what matters to me board . “Auntie makes msemen when we break the fast”",
     ["Auntie makes msemen when we break the fast"]),
    ("- Kai, on the ward board: 'I want my own pyjamas'", ["I want my own pyjamas"]),
    ("Kai on his bedside board -- 'no more needles'", ["no more needles"]),
    # a puppet a small child speaks through
    ("katayun via puppet at the creche . “maman bozorg saves me the tahdig”", ["maman bozorg saves me the tahdig"]),
    ("- Dorette, through her hand puppet - ‘Auntie makes msemen when we break the fast’",
     ["Auntie makes msemen when we break the fast"]),
])
def test_a_board_or_a_puppet_carries_the_childs_words(text, words):
    assert [q.text.rstrip(".") for q in child_quotes(text)] == words


def test_an_adult_on_the_ward_board_is_an_adult():
    assert _speakers("Ms Li (nurse) on the ward board: 'Kai is nil by mouth'") == [("adult", "Kai is nil by mouth")]


@pytest.mark.parametrize("text", [
    "Octavius - wouldnt hear of leaving nan's garden",  # the writer's idiom of a refusal, apostrophe dropped
    "- Kai - hadnt been to school all week",
    "- Namondo - Friday afternoons off to help dad with the pitches",  # when the child does a thing: shorthand
    "- Kai - Weekends at nan's, back Sunday night",
    "Recording 👉 Case supervision 👉 25 Sep\nVoices heard on the recording: SW (duty), Service manager",  # a title line
    "<Service manager> Right, ALPHONSUS - where are we?\n<SW (duty)> Alphonsus was seen alone.",  # the one spoken to
])
def test_the_writers_shorthand_and_the_one_spoken_to_are_no_childs_words(text):
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, words", [
    ("- Namondo - Fridays I help my dad with the pitches", "Fridays I help my dad with the pitches"),  # speaks as "I"
    ("Kai - where are we going next week?", "where are we going next week"),  # a label, not one spoken to
])
def test_near_misses_still_the_childs(text, words):
    assert [q.text.rstrip("?.") for q in child_quotes(text)] == [words]


def test_a_nightstop_host_is_an_adult():
    text = "SW (duty): Is Monday the 14th okay, before the takeaway opens?\nHost (Nightstop): I'll do it by Friday."
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, words", [
    # "we" and a verb of the present tense after the verb: the child telling of home, as they said it
    ("When I asked her directly, Yvette said we cut down the jitty to get to school quicker.",
     "we cut down the jitty to get to school quicker"),
    ("Kai said we jump over the fire at New Year.", "we jump over the fire at New Year"),
    ("Amira told me we bake bread on the roof when it's hot.", "we bake bread on the roof when it's hot"),
    # what the child calls their family, lower case, and a verb of the present tense
    ("When I asked her directly, LIKOWO said baba brings ajvar in jars from Skopje.", "baba brings ajvar in jars from Skopje"),
    ("Kai said nani makes roti on Fridays.", "nani makes roti on Fridays"),
])
def test_we_or_a_home_name_in_the_present_opens_the_childs_words(text, words):
    assert [q.text for q in child_quotes(text)] == [words]


@pytest.mark.parametrize("text", [
    "Kai said we could go to the park on Friday.",  # reported: a modal
    "Kai said we agreed the plan last time.",  # the writer's meeting, in the past
    "Kai said we talk about it next week.",  # the writer's arrangement
    "Kai said baba was at work all day.",  # backshifted
    "Kai said dad brings him to school.",  # a worker's word for the parent, and "him"
])
def test_reported_we_and_family_are_not_quotes(text):
    assert child_quotes(text) == []
