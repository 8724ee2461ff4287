"""Children's words in forms the quote finder must not need standard English for: given through an
interpreter or a symbol board, in inward guillemets, in text speak, after a bare age ("9yo"), in a
transcript whose speakers are numbered; and the writer's own words and looking, which are no quote.
"""

import pytest

from eval.checks.mediated import given_through, means_only
from eval.checks.quotes import child_quotes, quotes


def _said(text: str) -> list[tuple[str, str]]:
    return [(q.speaker, q.text.rstrip(" .")) for q in quotes(text)]


@pytest.mark.parametrize("text, speaker, words", [
    # through an interpreter, a signer or a means of communication: the subject's words, or with no
    # subject the words the phrase marks as someone's own (read like "in her own words")
    ("Visit went well. Through the interpreter: I don't want to move schools again.", "child",
     "I don't want to move schools again"),
    ("Home was warm. Via the interpreter: \"Baba buys me sweets on Friday.\"", "child", "Baba buys me sweets on Friday"),
    ("yusuf via interp the lads at the bus stop take my dinner money", "child", "the lads at the bus stop take my dinner money"),
    ("KHADIJA VIA INTERPRETER My aunty plaits my hair every Sunday", "child", "My aunty plaits my hair every Sunday"),
    ("Dariusz said, through the interpreter, I miss my dog in Gdańsk.", "child", "I miss my dog in Gdańsk"),
    ("Mum said, through the interpreter, \"I cannot manage the rent any more.\"", "adult",
     "I cannot manage the rent any more"),
    ("Oyelaran, using his symbol board: want - park - swing.", "child", "want - park - swing"),
    ("In BSL, Siobhan signed: my brother is funny and I love him.", "child", "my brother is funny and I love him"),
    ("Worker: How was school?\nCHILD (via interpreter): I sit on my own at lunch.\nWorker: Thank you.", "child",
     "I sit on my own at lunch"),
    # quotes in inward guillemets (German, Danish, Czech print)
    ("Lukas said »I want my own room at Papa's«.", "child", "I want my own room at Papa's"),
    ("- Ines wrote on her drawing »I luv my nana and my cat«", "child", "I luv my nana and my cat"),
    # text speak and a child's own spelling, with no "I" or capital to open them
    ("- jordan texted deffo not going to that party", "child", "deffo not going to that party"),
    ("Tiegan said ngl the new house is kinda nice", "child", "ngl the new house is kinda nice"),
    ("Teacher: at break she said tbh her mum shouts every morning.", "child", "tbh her mum shouts every morning"),
    ("- ruairi messaged Nobody ever asks me anything", "child", "Nobody ever asks me anything"),
    # a child's age with no brackets, as quick notes write it
    ("wanjiru 11yo I want to stay with my nan", "child", "I want to stay with my nan"),
    ("Mehmet aged 8 - I like football and my teacher", "child", "I like football and my teacher"),
    ("- Chiamaka 14 yrs old: my stepmum is alright i guess", "child", "my stepmum is alright i guess"),
    ("ANWEN 7YO “I got a sticker for reading”", "child", "I got a sticker for reading"),
    ("- Tavita (6) >> Bunny is sad today", "child", "Bunny is sad today"),
    # where the words were said, then the words
    ("Nasrin said to Mr Ashby in the dinner hall I don't want to go home tonight.", "child",
     "I don't want to go home tonight"),
    ("Speakers: Speaker 1 (Ms Orji), Speaker 2 (Amaru)\nSPEAKER 1: He said it at breakfast club and I wrote it down: "
     "My dad hit the wall.", "child", "My dad hit the wall"),
])
def test_child_words_found(text, speaker, words):
    assert (speaker, words) in _said(text)


@pytest.mark.parametrize("text", [
    # the writer's own looking at the child, under the child's name: no "I" of the child's
    "- Kwabena: no marks on arms, wrists clear when I checked",
    "precious: room tidy, bed made when we arrived",
    "- Farrukh: calm and smiling as far as I could see",
    # an age with narration after it, not words
    "kai 9yo was seen at school and I spoke to him after",
    "- Roksana 12yo went to the park with me and I bought her a drink",
    # narration with a device, not words through it
    "Emre was using his iPad when I arrived and I sat with him",
    # a worker's plan in a header transcript: not the child's, whatever the colon inside it
    "[visit]\nSpeaker 1  3:21\nRight, actions: I'll send the plan by Friday.\n\nSpeaker 2  3:40\nFine by me.",
    # text speak in a worker's own notes, not after anyone's speech verb
    "Rang school re attendance, idk why the letter did not go out",
    # the French order of guillemets, two quotes: never the words between them
    "Amal said «I'm fine». Her teacher said «she is doing well».",
])
def test_no_child_quote(text):
    found = [q.text for q in child_quotes(text)]
    assert not [f for f in found if "arrived" in f or "checked" in f or "could see" in f or "spoke to him" in f
                or "bought her" in f or "send the plan" in f or "letter" in f or ". Her teacher" in f], found


def test_french_guillemets_keep_each_quote():
    text = "Amal said «I'm fine». Her teacher said «she is doing well»."
    assert [(q.speaker, q.text) for q in quotes(text)] == [("child", "I'm fine"), ("adult", "she is doing well")]


def test_name_on_next_line_is_not_tied_to_a_role_word():
    text = "visit\nzofia wants none of it shared w/ mum\nZofia's room is tidy\nzofia via interp »I want my own phone«"
    assert ("child", "I want my own phone") in _said(text)


@pytest.mark.parametrize("lead, expected", [
    ("through the interpreter", True), ("via interp", True), ("using her talker", True), ("in BSL", True),
    ("thru an interpreter", True), ("with the help of the interpreter", True),
    ("in the kitchen", False), ("through the window", False), ("via the school office", False),
])
def test_given_through(lead, expected):
    assert given_through(lead) is expected


@pytest.mark.parametrize("role, expected", [
    ("via interpreter", True), ("using his AAC device", True), ("mum", False), ("aged 9", False), ("for Mum", False),
])
def test_means_only(role, expected):
    assert means_only(role) is expected


@pytest.mark.parametrize("text", [
    "rafael seen alone at school\nrafael: no new marks, arms clear when i looked",
    "Seen Ngozi alone today.\nNgozi: bedroom clean, calm once we arrived.",
])
def test_writer_looking_under_a_known_child(text):
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, words", [
    ("Rhiannon wrote on her card - i luv my nana x", "i luv my nana x"),
    ("Adil (through interpreter): I want my mum to come back", "I want my mum to come back"),
    ("Ola on his AAC device: more - juice - please", "more - juice - please"),
    ("Lili signed (BSL): I want to go home now", "I want to go home now"),
    ("Tobiasz texted me at 9pm - cant sleep, dad shouting again", "cant sleep, dad shouting again"),
])
def test_more_ways_a_child_gives_words(text, words):
    assert ("child", words) in _said(text)


@pytest.mark.parametrize("text", [
    "Dawit, via the interpreter, said he wants to stay with his uncle.",
    "Kai was on his iPad when I arrived and I sat with him for a bit",
    "Mum via interpreter: the kids are fine, he is just tired",
])
def test_reported_or_narrated_not_a_child_quote(text):
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, words", [
    ("- oluwadamilare, and i quote, I want my own phone", "I want my own phone"),
    ("Brónach, and I quote: my nan is the best cook", "my nan is the best cook"),
])
def test_and_i_quote_after_a_name(text, words):
    assert ("child", words) in _said(text)


@pytest.mark.parametrize("text, speaker, words", [
    ("Interpreter for Dawit: I want to go back to my old school.", "child", "I want to go back to my old school"),
    ("interpreter, for SOLOMON: my uncle is kind to me", "child", "my uncle is kind to me"),
    ("Advocate on behalf of Kezia: I don't want to move again", "child", "I don't want to move again"),
    ("Signer speaking for Ruby: I like my new hearing aids", "child", "I like my new hearing aids"),
    ("Interpreter for mum: I am tired all the time", "adult", "I am tired all the time"),
])
def test_an_interpreter_labelled_for_someone_gives_their_words(text, speaker, words):
    assert [(q.speaker, q.text.rstrip(".")) for q in quotes(text)] == [(speaker, words)]


@pytest.mark.parametrize("text", [
    "- Pending: ring me if Zara misses two days (school to do by Friday)",
    "◇ Outstanding: email me the minutes (Ms Obi (tutor) to do by 3 May)",
    "Overdue: send me the PEP",
])
def test_an_actions_status_is_no_speaker(text):
    assert [q.text for q in quotes(text) if q.speaker == "child"] == []
