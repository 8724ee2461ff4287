"""Wordings of the child's voice first seen on split fresh26: quotes in modifier-letter double marks (ˮlike thisˮ) and
heavy angle ornaments (❮like this❯); a child's words spoken by their eye-gaze device or talker; a diary or a text
and its author before a tilde or arrows ("kishwar in cot-side diary ~ ...", "- Amy's talker >> ..."); a caption
file's lines with the speaker in brackets at the end ("I help Mum do the bottles. (Shakoor (child, 6))"); the writer
typing the words into their phone (issue 4)."""

import pytest

from eval.checks import Material, run
from eval.checks.quotes import child_quotes, quotes


@pytest.mark.parametrize("text, words", [
    ("Asked directly, Nunzia replied ˮmy wellies got a hole and my sock is wetˮ.", ["my wellies got a hole and my sock is wet"]),
    ("Asked directly, Kushtrim replied ❮I'm scared of the dog next door❯.", ["I'm scared of the dog next door"]),
    ("Kai told me ʺI want my nan to come to my reviewʺ and smiled.", ["I want my nan to come to my review"]),
    ("Amy said ❰the big slide is my best❱ at the park.", ["the big slide is my best"]),
])
def test_quotes_in_modifier_letters_and_ornaments(text, words):
    assert [q.text for q in child_quotes(text)] == words


def test_an_arrow_ornament_is_no_quote():
    assert quotes("On the tablet, press ❮ to go back and ❯ to go on.") == []


@pytest.mark.parametrize("text, words", [
    ("Ayitey's eye-gaze device spoke the words my bredda walks me to school every morning. Ayitey is keen.",
     ["my bredda walks me to school every morning"]),
    ("Thida's eye-gaze device spoke the words “Nonno makes sugo on a Sunday”. In the diary, nothing.",
     ["Nonno makes sugo on a Sunday"]),
    ("Kai's talker said “want chips and the park”.", ["want chips and the park"]),
    ("- HORATIO's eye-gaze device >> Mummy sing the duck song\n- Horatio's teta rings.", ["Mummy sing the duck song"]),
    ("- Zayn's AAC device >> I want the red bus\n- seen alone", ["I want the red bus"]),
])
def test_words_a_childs_device_spoke_are_the_childs(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "I spoke the words of the safety plan to Kai.",
    "Mum said the words were hurtful to hear.",
])
def test_speaking_of_words_is_no_quote(text):
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, words", [
    ("Kishwar in cot-side diary ~ the games room has a pool table with a wonky leg; kishwar's pep is due",
     ["the games room has a pool table with a wonky leg"]),
    ("japheth txt to carer (fwd to me) ~ I don't need anyone checking up on me now\njapheth chose the park",
     ["I don't need anyone checking up on me now"]),
    ("- Amy on her worry wall >> my mam shouts at night\n- seen alone", ["my mam shouts at night"]),
    ("- Amy's card -> I love you nanny\n- next visit", ["I love you nanny"]),
])
def test_a_diary_or_a_text_and_its_author_before_a_tilde_or_arrows(text, words):
    assert [q.text for q in child_quotes(text)] == words


def test_a_place_before_a_tilde_is_no_writing():
    assert child_quotes("Kai in the car ~ quiet throughout\nKai at school ~ settled") == []


CAPTION = """At the table or on Teams: SW (writer) (Miss Ollennu), Mum (family house) (Kishwar), Shakoor (child, 6)
[Shakoor seen in the convent parlour]
I write everything in the diary so nobody can say I didn't. (Mum (family house))
What do you learn at the kitchen table? (SW (writer))
I help Mum do the bottles in the placement kitchen. (Shakoor (child, 6))
Walking down to the stables he said no nappy, big girl pants. (SW (writer))
our kid is reyt brussen since he got his bike. (Shakoor)
"""


def test_a_caption_files_lines_with_the_speaker_in_brackets_at_the_end():
    found = {q.text: q.speaker for q in quotes(CAPTION)}
    assert found["I help Mum do the bottles in the placement kitchen."] == "child"
    assert found["our kid is reyt brussen since he got his bike."] == "child"
    assert found["I write everything in the diary so nobody can say I didn't."] == "adult"


def test_a_task_list_with_owners_in_brackets_is_no_dialogue():
    tasks = "Book the dentist for Kai (Mum)\nRing school about the trip (SW)\nGo to football on Tuesday (Kai)\n"
    assert child_quotes(tasks) == []


@pytest.mark.parametrize("text, speaker", [
    ("SW (writer): I typed it into my phone there and then: “I want to live here till I'm a grown-up.”", "child"),
    ("I jotted it on my hand straight away: “jiddo takes me to the bakery on his bike”.", "child"),
    ("SW: I typed it into my report: “Mum has not engaged with the plan”.", "adult"),
    ("- dad (word for word) >> “The foster carer watches every feed and writes it down”\n- indo seen", "adult"),
])
def test_words_the_writer_typed_as_they_were_said(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


def test_a_device_quote_changed_in_the_record_is_altered():
    notes = "Tanko's eye-gaze device spoke the words ˮmy baby brother is the size of my pencil caseˮ. Tanko was tired."
    record = "## Child's views\nTanko's device said “my baby brother is the size of my shoe.” Tanko was seen alone."
    found = run(Material(record, notes, "visit_note"), ["voice.quote_altered", "voice.quote_invented"]).findings
    assert [(f.check, f.evidence) for f in found] == [
        ("voice.quote_altered", "my baby brother is the size of my pencil case")]


@pytest.mark.parametrize("text, words", [
    ("Asked directly, Riffat replied my tummy hurts when the home ed lady comes. Riffat is well.",
     ["my tummy hurts when the home ed lady comes"]),
    ("Asked directly, Aethelflaed replied Daddy sleep at the big house.", ["Daddy sleep at the big house"]),
    ("When asked about school, Kai answered the teachers are alright now.", ["the teachers are alright now"]),
    ("When I asked, Dushmantha answered baby in the big bed at hospital. Dushmantha went quiet.",
     ["baby in the big bed at hospital"]),
])
def test_the_answer_to_a_question_put_is_the_childs_words(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "Asked directly, Kai replied that he was fine.",
    "Asked about home, Kai replied quietly.",
    "Asked directly, Kai replied he likes school.",
    "I asked Kai about school, he replied school was ok.",
])
def test_a_reported_or_described_answer_is_no_quote(text):
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, words", [
    ("- Fitzalbert, 4 >> no nappy, big girl pants\n- hospital school - an hour a day", ["no nappy, big girl pants"]),
    ("- Kai, 9 >> “I want my dad”\n- seen alone", ["I want my dad"]),
])
def test_a_childs_name_and_age_before_arrows(text, words):
    assert [q.text for q in child_quotes(text)] == words


def test_a_flat_number_before_arrows_is_no_child():
    assert child_quotes("- Flat 4, 2 >> rent due on Friday") == []


@pytest.mark.parametrize("line, words", [
    ("SW (author): I wrote it down straight away: Auntie Fetu is not my real auntie but I call her that.",
     "Auntie Fetu is not my real auntie but I call her that"),
    ("SW: I typed it into my phone there and then: the big slide is my best.", "the big slide is my best"),
])
def test_words_the_writer_took_down_in_their_own_turn_are_anothers(line, words):
    text = f"TM: Okay, Dagmara - what is new?\nSW (author): Mrs Iyambo said the YOI replied.\n{line}\nTM: Fine."
    assert [q.text for q in child_quotes(text)] == [words]


def test_the_writers_own_note_in_their_turn_is_theirs():
    text = "TM: Okay - what is new?\nSW: I wrote it in the diary for the team: the review is on Monday.\nTM: Fine."
    assert child_quotes(text) == []
