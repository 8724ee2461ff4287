"""The child's words reaching the notes in ways fresh17 brought (issue 4): after a name and an age
written "10y" or "(17y)" and a tilde, with a dash after it ("- Kai (17y) ~ — ..."); an answer given
through talking Jenga ("jenga block krit picked - ..."); put in a bottle of worries; written in a diary
named at length and where ("wrote in his young carers' diary at school — ..."). Each is the child's
whatever the words look like; look-alikes of narration stay unread."""

import pytest

from eval.checks.quotes import quotes


def _childs(text: str) -> list[str]:
    return [q.text.rstrip(" .") for q in quotes(text) if q.speaker == "child"]


@pytest.mark.parametrize("text, child", [
    ("weerapong 10y ~ I can swim a width now without the float", "I can swim a width now without the float"),
    ("- Conan (17y) ~ I'd like one afternoon off", "I'd like one afternoon off"),
    ("- Wanyama (17y) ~ — at cadets they call me by my surname", "at cadets they call me by my surname"),
    ("Njambi 3y - I made a den under the stairs", "I made a den under the stairs"),
    ("seen krit\njenga block krit picked - — boxing is the only time my head goes quiet",
     "boxing is the only time my head goes quiet"),
    ("jenga block Amir picked - I do Mum's tablets in the morning", "I do Mum's tablets in the morning"),
    ("Uriah put in bottle of worries — the doctor had cold hands but she was nice",
     "the doctor had cold hands but she was nice"),
    ("Tia put in her worry jar - my tummy goes funny when the phone rings", "my tummy goes funny when the phone rings"),
    ("Bryluen wrote in her young carers' diary at school — I learn at the kitchen table.",
     "I learn at the kitchen table"),
    ("Weerapong wrote in his young carers' diary at school I don't want Dad to know where we live now.",
     "I don't want Dad to know where we live now"),
])
def test_the_childs_words_through_games_jars_diaries_and_ages(text, child):
    assert _childs(text) == [child]


@pytest.mark.parametrize("text", [
    "kai 10y was seen at school and I spoke to him",
    "Ms Kay 40y ~ I think he is fine",
    "Kai put the block back on the tower and laughed.",
    "Mum put the bottle in the recycling - it was empty.",
    "Jo wrote in her diary at school most days.",
])
def test_narration_about_games_jars_and_ages_is_no_quote_of_the_child(text):
    assert _childs(text) == []


@pytest.mark.parametrize("text", [
    "I saw Irini (9) at the carers.\nIrini said very little when I saw her at the emergency carers' late at night.",
    "I saw Irini (9) at the carers.\nIrini said not much all visit when I was there.",
    "- Kioko (10) seen alone\n- young carers' card - Kioko can ring home at lunch",
    "seen Krit (12)\nKrit hasn't smoked since starting boxing, he says",
    "seen weerapong (10) alone; dad - no drink in the house since the baby's scan, he said",
    "seen Kai (8)\nMRS TEBONG (word for word) - — He never asks for anything, which worries me",
])
def test_narration_and_adults_words_are_not_the_childs(text):
    assert _childs(text) == []


@pytest.mark.parametrize("text, child", [
    ("I saw Kai (9).\nKai said more people should ask me.", "more people should ask me"),
    ("seen Kai (8)\nKAI (word for word) - I hate the new school", "I hate the new school"),
    ("Ms Sousa: I miss my mum, he told me", "I miss my mum"),
])
def test_the_childs_words_near_those_look_alikes_are_kept(text, child):
    assert child in _childs(text)


@pytest.mark.parametrize("text, speaker, words", [
    ("Seen Mwendwa (3).\nOn the police officer's body-worn camera Mwendwa can be heard saying `the dog one lives with Nanna'.",
     "child", "the dog one lives with Nanna"),
    ("On the bodycam Dad could be heard saying \"get out of my house\".", "adult", "get out of my house"),
])
def test_words_heard_on_a_recording_are_the_speakers(text, speaker, words):
    assert [(q.speaker, q.text) for q in quotes(text)] == [(speaker, words)]


@pytest.mark.parametrize("text", [
    "To do: check the Staying Put allowance is being paid (Mr Okoth (IRO) to lead, in time for my next visit on 20 May)",
    "She goes to the Speak Out group on Tuesdays and I drive her there.",
])
def test_a_verb_in_a_names_title_case_leads_no_speech(text):
    assert _childs(text) == []


_NOTES = "Seen Tia (9) alone.\nTia said \"the carers have a hot tub and I'm allowed in it\".\n"


@pytest.mark.parametrize("record, found", [
    ("I saw Tia alone. Tia said \"I like my placement.\"", ["voice.quote_altered"]),
    ("I saw Tia alone. Tia said \"I have some feelings.\"", ["voice.quote_altered"]),
    ("I saw Tia alone. Tia said \"the carers have a hot tub and I'm allowed in it.\"", []),
    ("I saw Tia alone.\n\"WHAT I SAW\"\nHer room was tidy.", ["voice.quote_dropped"]),
])
def test_a_short_generic_line_in_the_place_of_the_childs_saying_is_it_altered(record, found):
    from eval.checks import Material, run
    only = ["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]
    assert [f.check for f in run(Material(record, _NOTES, "home_visit"), only=only).findings] == found


@pytest.mark.parametrize("text, child", [
    ("Seen Ricardo (9).\n- RICARDO's homework diary: — our kid says he'll bray anyone who touches me",
     "our kid says he'll bray anyone who touches me"),
    ("Seen Kai (9).\nKai said my mum says I can stay up late.", "my mum says I can stay up late"),
])
def test_the_child_passing_on_what_their_family_says_is_the_childs_words_whole(text, child):
    assert _childs(text) == [child]


def test_whoever_asks_the_writer_to_take_words_down_still_speaks():
    assert _childs("Saw Kwame in his room. Kwame asked me to write down I never want to go back there.") == [
        "I never want to go back there"]
