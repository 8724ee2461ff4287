"""The child's words reaching the notes in ways fresh16 brought (issue 4): said "while we played" or
"when we were drawing" before a colon, put in a house of the three houses worksheet, and taken down
by the writer as "his exact words"; each read as the child's whatever the words look like (a young
child's talk has no "I" and no capital)."""

import pytest

from eval.checks.quotes import quotes


def _childs(text: str) -> list[str]:
    return [q.text.rstrip(" .") for q in quotes(text) if q.speaker == "child"]


def _adults(text: str) -> list[str]:
    return [q.text.rstrip(" .") for q in quotes(text) if q.speaker == "adult"]


@pytest.mark.parametrize("text, child", [
    ("Nuala came out with this while we played: cat go out window.", "cat go out window"),
    ("Ibby said this when we were drawing: daddy car gone.", "daddy car gone"),
    ("Kofi told me, as we walked to the shop: no more new schools.", "no more new schools"),
    ("Zainab piped up during the game: bus man funny.", "bus man funny"),
    ("Rhys came out with this while we played: 'dog bark loud'", "dog bark loud"),
])
def test_what_was_going_on_when_the_child_spoke_stands_before_the_colon(text, child):
    assert _childs(text) == [child]


@pytest.mark.parametrize("text, adult", [
    ("Mum came out with this while we played: I am so tired these days.", "I am so tired these days"),
    ("Dad said when we were in the kitchen: the boiler is broken again.", "the boiler is broken again"),
])
def test_an_adult_speaking_while_something_went_on_stays_an_adult(text, adult):
    assert _adults(text) == [adult]
    assert _childs(text) == []


@pytest.mark.parametrize("text", [
    "We played with the cars while Nuala waited: mum was on the phone.",
    "Kofi said he was tired when we arrived. He went to his room.",
])
def test_narration_with_a_while_clause_is_no_quote(text):
    assert _childs(text) == []


@pytest.mark.parametrize("text, child", [
    ("In the house of worries Pratyush put big boys at the park.", "big boys at the park"),
    ("In the house of dreams Lea wrote pony and a big garden.", "pony and a big garden"),
    ("In her house of good things Mairi put swimming with nana.", "swimming with nana"),
    ("On the worry house Tobi wrote shouting at night.", "shouting at night"),
])
def test_words_put_in_a_house_of_the_three_houses_are_the_childs(text, child):
    assert _childs(text) == [child]


@pytest.mark.parametrize("text", [
    "The house of worries was left empty today.",
    "Lea put the house of dreams sheet in her bag.",
])
def test_the_houses_themselves_are_no_quote(text):
    assert _childs(text) == []


@pytest.mark.parametrize("text, child", [
    ("Kwame lives with mum. SW - I wrote down his exact words: <<I want to see my brother>>.", "I want to see my brother"),
    ("Leah lives with dad. SW - I wrote down her exact words: 'I don't like the new school'", "I don't like the new school"),
    ("Tomasz was quiet. I noted his own words: 'my dad makes me laugh'", "my dad makes me laugh"),
])
def test_the_writer_taking_down_the_childs_words_gives_them_to_the_child(text, child):
    assert _childs(text) == [child]
