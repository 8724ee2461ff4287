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
