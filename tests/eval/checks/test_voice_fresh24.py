"""Wordings of the child's voice left over from fresh23 and widened for the next splits: the child's account
after the one told, with no "that", in the present tense ("told the refuge's play worker the lady who owns it has
a dog"); a place between the verb and the words ("had written in his planner the baby skriked ..."); a family
word with "'s" or a present contraction opening regional talk ("came out with Mum's looking proper wisht", "she
said he's got tekkers"); the words of the regions (Cornish, Lancashire, Brummie, Geordie, Scouse, Glaswegian,
Norfolk, Welsh valleys, MLE); "and I wrote it down word for word," between a parent and their words; and
"whatever the court says" naming no child (issue 4)."""

import pytest

from eval.checks.people import people_in
from eval.checks.quotes import child_quotes, quotes


@pytest.mark.parametrize("text, words", [
    # the child's account after the one told, no "that", in the present tense
    ("Saw Matjaž alone. Matjaž told the refuge's play worker the lady who owns it has a dog called Biscuit and he "
     "sleeps on the stairs.", ["the lady who owns it has a dog called Biscuit and he sleeps on the stairs"]),
    ("Saw Kai alone. Kai told the school nurse the boy in the next room keeps banging on the wall.",
     ["the boy in the next room keeps banging on the wall"]),
    # a place between the verb and the words
    ("Saw Tersoo alone. Tersoo had written in his planner the baby skriked all night in the B&B.",
     ["the baby skriked all night in the B&B"]),
    ("Saw Ngodoo alone. Ngodoo wrote in her diary our Kayden chobbles his cereal with his mouth open.",
     ["our Kayden chobbles his cereal with his mouth open"]),
    # a family word with 's, or a present contraction, opening regional talk
    ("Saw Tersoo alone. Unprompted, Tersoo came out with Mum's looking proper wisht since the court.",
     ["Mum's looking proper wisht since the court"]),
    ("Saw Stoyanka alone.\n[09:38] Allocated SW: While we waited for the refuge worker she said he's got tekkers "
     "but he never passes.", ["he's got tekkers but he never passes"]),
    ("Saw Stoyanka alone.\n[09:38] Allocated SW: As we walked along the towpath she said Dad's always nowty when "
     "he's had a drink.", ["Dad's always nowty when he's had a drink"]),
    # the regions' words after a speech verb, in lower case
    ("Saw Kai alone. Kai said the bizzies came to ours again last night.", ["the bizzies came to ours again last night"]),
    ("Saw Kai alone. Kai said the weans next door are always greetin.", ["the weans next door are always greetin"]),
    ("Saw Kai alone. Kai said the netty at the B&B is hacky.", ["the netty at the B&B is hacky"]),
    ("Saw Kai alone. Kai said the garms at the foyer are mad peng.", ["the garms at the foyer are mad peng"]),
    ("Saw Kai alone. Kai said the dodman in the garden is massive.", ["the dodman in the garden is massive"]),
    ("Saw Kai alone. Kai said nan gave me a cwtchy blanket.", ["nan gave me a cwtchy blanket"]),
])
def test_the_childs_words(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    # reported speech after the one told: backshifted, or the child spoken of
    "Saw Kai alone. Kai told the school nurse the bruise was from football.",
    "Saw Kai alone. Kai told the teacher a boy in his class is nice.",
    "Saw Kai alone. Kai told teacher the boy at the B&B had hit him.",
    # a place after the verb, then reported speech or narration
    "Saw Kai alone. Kai said in the end he was fine.",
    "Saw Kai alone. Kai said at the meeting that school is going well.",
    # a contraction with no talk of the child's own: reported
    "Saw Kai alone. Kai said he's been to the GP.",
    "Saw Kai alone. Kai said it's been a long week.",
])
def test_not_the_childs_words(text):
    assert child_quotes(text) == []


def test_a_parents_words_taken_down_word_for_word_are_theirs():
    text = ("Tersoo and I talked alone. Mum said, and I wrote it down word for word, I will not go back to him, "
            "whatever the court says. There was no trace.")
    assert [(q.text, q.speaker) for q in quotes(text)] == [("I will not go back to him, whatever the court says", "adult")]


@pytest.mark.parametrize("text, word", [
    ("I will not go back, whatever the court says.", "court"),
    ("The report said the boat is cold.", "report"),
    ("As a school said in its letter, attendance is low.", "school"),
])
def test_a_thing_after_an_article_names_no_one(text, word):
    assert word not in people_in(text)


@pytest.mark.parametrize("text, words", [
    # a minute's or a form's line giving the child's views, wishes or bit as theirs
    ("PEP meeting. Present: Ms Ade (designated teacher), Kai (14), me.\nKai's views: I want to do GCSE art and I hate "
     "maths.", ["I want to do GCSE art and I hate maths"]),
    ("FGC. Kai's bit, read out by his advocate: I want to live with my nan and see mum at weekends.",
     ["I want to live with my nan and see mum at weekends"]),
    ("Saw Kai. His wishes - I want to go home.", ["I want to go home"]),
    # the one quoted, then "as saying" and their words
    ("Saw Kai alone. The strategy discussion minutes quote Kai as saying I hate my dad.", ["I hate my dad"]),
    ("Saw Kai alone. The minutes quote Kai as saying my dad punched me.", ["my dad punched me"]),
    # a chat exported from an Android phone: a dash between the time and the label; one adult in it
    ("WhatsApp chat with Kai.\n12/03/2026, 19:02 - Kai: nobody listens to me at school\n12/03/2026, 19:03 - Ms Cole: "
     "I hear you Kai\n12/03/2026, 19:04 - Kai: can u come friday", ["nobody listens to me at school", "can u come friday"]),
    ("WhatsApp export.\n[12/03/2026, 19:02] Kai: the foyer is freezing\n[12/03/2026, 19:05] Miss Cole (SW): Thanks Kai, "
     "I'll ring you tomorrow.\n[12/03/2026, 19:06] Kai: ok cool", ["the foyer is freezing", "ok cool"]),
])
def test_the_childs_words_in_minutes_and_chats(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "Saw Kai alone. Kai's views: he wants to stay with nan.",
    "Saw Kai alone. Kai's views: wants to stay with nan.",
    "Saw Kai alone. Mum's views: I want him home.",
    "Saw Kai alone. The PEP notes quote Kai as saying he likes art.",
    "Chronology.\n12/03/2026 - Kai seen at school, no concerns.\n14/03/2026 - Mum rang, upset about contact.",
    # a chat where only adults speak
    "Chat.\n12/03/2026, 19:02 - Ms Cole: can you ring school\n12/03/2026, 19:03 - Mum: will do tomorrow",
])
def test_not_the_childs_words_in_minutes_and_chats(text):
    assert child_quotes(text) == []


def test_you_in_a_letter_to_the_child_is_the_child():
    text = ("Letter to Kai after my visit.\nDear Kai, thank you for seeing me on Tuesday. You told me you like your new "
            "school. You said I miss my dog Biscuit.")
    assert [q.text for q in child_quotes(text)] == ["I miss my dog Biscuit"]


@pytest.mark.parametrize("text", [
    "Dear Mrs Cole,\nYou said I could ring on Friday. You told me my report was late.",
    "Dear Mum, you said I will not go back to him.",
    "Visit. Kai said you never listen to me. Then you said no.",
])
def test_you_in_a_letter_to_an_adult_is_not_the_child(text):
    assert [q.text for q in child_quotes(text) if q.text.startswith("I")] == []


@pytest.mark.parametrize("text, words", [
    ("Saw Kai. Kai messaged me on WhatsApp the foyer is freezing and I've got no credit.",
     ["the foyer is freezing and I've got no credit"]),
    ("Saw Kai. Kai wrote back I liked your letter and I want to see you again.",
     ["I liked your letter and I want to see you again"]),
    ("Saw Kai. Kai emailed me: can u come friday pls", ["can u come friday pls"]),
])
def test_the_childs_words_sent_back(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "Saw Kai. Kai said on Monday he was fine.",
    "Saw Kai. Mrs Ade emailed the school about the trip.",
    "Saw Kai. Kai emailed back he was busy.",
])
def test_not_the_childs_words_sent_back(text):
    assert child_quotes(text) == []
