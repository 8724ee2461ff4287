"""The child's words carried by something they made, sent or finished (issue 4): a slip in the talk
box "from" them, a voice note or message they sent, "their" statement, book page or caption, the
line of a sentence-completion sheet they finished. The thing and its author mark the words as the
child's, whatever the words look like (a toddler's "me go nana house", no "I", lower case), with
quotation marks or none."""

import pytest

from eval.checks import Material, run
from eval.checks.quotes import quotes

_ONLY = ["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]


def _said(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.rstrip(" .")) for q in quotes(text)]


@pytest.mark.parametrize("text, words", [
    # from, fr, by the child
    ("worry box slip fr Oluwaseun « nobody plays with me »", "nobody plays with me"),
    ("- Talk box slip from KEIRA: 'i miss my old school'", "i miss my old school"),
    ("wishes and feelings sheet by tomás ″I want a bunk bed″", "I want a bunk bed"),
    ("talk box slip fr zainab me want cuddle", "me want cuddle"),
    ("post box slip fr Ngozi the dinner lady is kind", "the dinner lady is kind"),
    # the child's own thing
    ("- Eilidh's MOMO statement: “I don't like contact at the centre”", "I don't like contact at the centre"),
    ("Mr Osei passed on Ravi's worry box slip: my brother hits me", "my brother hits me"),
    ("Ms Lamb read out Priya's life-story book caption - me and nana at the beach", "me and nana at the beach"),
    ("Amara's voice note said «I want to see my dad at Christmas»", "I want to see my dad at Christmas"),
    # sent, left, recorded by the child
    ("keanu sent voice note no like bath", "no like bath"),
    ("Jakub sent a voice note: 'can you come on Friday'", "can you come on Friday"),
    ("Mei left me a message saying I don't want to go to the centre", "I don't want to go to the centre"),
    ("BILAL SENT VOICE NOTE « daddy shout loud »", "daddy shout loud"),
    # a caption of their own in a life-story book
    ("Life-story book, page 3, Kai's caption: 'me and nan at the caravan'", "me and nan at the caravan"),
    ("life story book - kai labelled the photo: me at the beach with mummy", "me at the beach with mummy"),
    ("Lifestory book p4 - photo of the old house, Bartek's label: \"my old bedroom\"", "my old bedroom"),
    ("In her life story book Nia captioned the picture of her mum “my mummy is pretty”", "my mummy is pretty"),
    # an exercise finished in their own words
    ("On the sentence completion sheet Aroha finished the line with “daddy bang door”", "daddy bang door"),
    ("On the sheet Dumi completed the sentence with My favourite person is my aunty", "My favourite person is my aunty"),
    ("Ffion finished the sentence with ″the best day was the zoo″", "the best day was the zoo"),
    ("Under 'I feel scared when', Idris filled in the blank with the big dog barks", "the big dog barks"),
])
def test_words_the_child_made_sent_or_finished_are_theirs(text, words):
    assert ("child", words) in _said(text)


@pytest.mark.parametrize("text", [
    "a card from Nan for her birthday",
    "message from Kai saying he is late",
    "Kai sent a voice note to his dad.",
    "Tyreese finished the sentence sheet with help from his TA.",
    "Leah's voice note was too quiet to hear.",
    "talk box slip fr Maja about the bus",
    "The file is labelled: confidential",
])
def test_no_childs_words_in_these(text):
    assert [words for who, words in _said(text) if who == "child"] == []


@pytest.mark.parametrize("text, speaker", [
    ("the teacher's note: 'he has been very tired'", "adult"),
    ("text from Mum: 'running late, be there at 4'", "adult"),
    ("Dad sent a voice note « we can't do Saturday »", "adult"),
])
def test_an_adults_note_or_message_is_theirs(text, speaker):
    assert [who for who, _ in _said(text)] == [speaker]


_NOTES = ("Home visit, 3 March.\n"
          "talk box slip fr Sumaya the big slide is my best\n"
          "Sumaya sent voice note « me go nana house »\n"
          "Mum: she is sleeping better\n")


def test_a_record_that_keeps_the_words_is_clean():
    record = ("I visited Sumaya at home. Her talk box slip said ″the big slide is my best.″ "
              "In a voice note Sumaya said ″me go nana house.″ Mum said Sumaya is sleeping better.")
    assert run(Material(record, _NOTES, "home_visit"), only=_ONLY).findings == []


def test_a_record_that_drops_changes_or_invents_them_is_flagged():
    dropped = "I visited Sumaya at home. In a voice note Sumaya said ″me go nana house.″"
    assert [f.check for f in run(Material(dropped, _NOTES, "home_visit"), only=_ONLY).findings] == ["voice.quote_dropped"]
    altered = ("I visited Sumaya at home. Her talk box slip said ″the big slide is my best.″ "
               "In a voice note Sumaya said ″me go to nana's house.″")
    assert [f.check for f in run(Material(altered, _NOTES, "home_visit"), only=_ONLY).findings] == ["voice.quote_altered"]
    invented = ("I visited Sumaya at home. Her talk box slip said ″the big slide is my best.″ "
                "In a voice note Sumaya said ″me go nana house.″ Sumaya, who is 3, told me ″doggy bite me.″")
    assert [f.check for f in run(Material(invented, _NOTES, "home_visit"), only=_ONLY).findings] == ["voice.quote_invented"]
