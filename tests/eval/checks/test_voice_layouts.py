"""The child's words in more layouts of notes: ages in square brackets, numbered transcript lines,
cast-list initials and agency labels, the writer taking words down, asides between a speaker and
their words, and reported speech inside an adult's turn."""

import pytest

from eval.checks import Material
from eval.checks import voice as V
from eval.checks.people import people_in
from eval.checks.quotes import child_quotes, quotes


def _childs(notes: str) -> list[str]:
    return [q.text.rstrip(" .") for q in child_quotes(notes)]


@pytest.mark.parametrize("notes, words", [
    ("People on the recording: SW (Ms Adeyemi), Dad (Kofi), Ama [12]\nSW: How is school?\n"
     "Ama [12]: I hate the bus because it's always late.\nSW: OK.", "I hate the bus because it's always late"),
    ("Present: Mum, me, OSKAR (9)\nme: what helps?\nOSKAR (9): My nan makes pancakes on Sundays.\nme: lovely",
     "My nan makes pancakes on Sundays"),
    ("014  Lead professional: How are things?\n015  Dilnoza [15]: We moved flats and I miss my friends.",
     "We moved flats and I miss my friends"),
])
def test_a_speaker_label_with_an_age_is_the_childs(notes, words):
    assert words in _childs(notes)


@pytest.mark.parametrize("notes, words", [
    ("home visit 3/3 - rough\nmum: fine; tomasz [8] I want a dog like my cousin's", "I want a dog like my cousin's"),
    ("- NADIA [14] My phone got taken at school", "My phone got taken at school"),
    ("saw Eitan; Eitan (own wds) I don't like Dad's new flat", "I don't like Dad's new flat"),
])
def test_a_name_and_age_in_square_brackets_before_bare_words_marks_them(notes, words):
    assert words in _childs(notes)


@pytest.mark.parametrize("notes", ["- Kai (7) was seen at school with his teacher",
                                   "Zara [11] seen alone in her room, tidy and warm"])
def test_a_name_and_age_before_narration_is_no_speech(notes):
    assert _childs(notes) == []


def test_headers_with_a_closing_colon_and_initials_from_the_cast():
    notes = ("Visit 2/4. Participants on the call: Tom B. (SW), Sipho's mum (Nandi), S. (Sipho)\n"
             "Tom B. (00:12):\nWhat's been good this week?\nS. (00:20):\nI scored a goal at football.\n"
             "Tom B. (00:31):\nBrilliant.")
    people = people_in(notes)
    assert people["label:s"] == "child" and people.get("sipho") != "adult"
    assert _childs(notes) == ["I scored a goal at football"]


@pytest.mark.parametrize("line", [
    "Education: I wrote it straight down, he said ‘My dad lets me stay up late’.",
    "Education:\nI wrote it down: ‘My dad lets me stay up late’.",
])
def test_an_agency_labels_turn_passes_on_the_childs_words(line):
    notes = "People on the recording: Lead professional (Ms Ruiz), Education (Mr Fenwick), Luca\n" \
            "Lead professional: Shall we start?\n" + line.replace("Education:\n", "Education (00:40):\n") + \
            "\nLead professional (00:51):\nThanks."
    assert _childs(notes) == ["My dad lets me stay up late"]


@pytest.mark.parametrize("notes, words", [
    ("Mum said Priya is sleeping better. PRIYA, asked how school is: I sit on my own at lunch.",
     "I sit on my own at lunch"),
    ("Saw Dawit. Dawit, who is 13, said I want to go back to my old school.", "I want to go back to my old school"),
    ("Kemi, aged 9, told me My tooth fell out at nan's.", "My tooth fell out at nan's"),
    ("Bartek's words, written down as he said them, were I like my foster carer's dog.",
     "I like my foster carer's dog"),
    ("Ms Hale: His actual words to me were ‘Me and Dad went fishing’.", "Me and Dad went fishing"),
    ("SW (Mrs Kaur): Before we started she said No school, want Mummy.", "No school, want Mummy"),
    ("SW (Mrs Kaur): In the car she told me I sleep in Mum's bed because mine is broken.",
     "I sleep in Mum's bed because mine is broken"),
])
def test_words_after_an_aside_or_inside_an_adults_turn_are_the_childs(notes, words):
    assert words in _childs(notes)


@pytest.mark.parametrize("notes", [
    "SW (Mrs Kaur): Mum told me I need to bring my ID next time.",
    "- Wiktoria - venue for next mtg - lead: me - b/f tue 28/4",
    "- council re boiler - lead: me - next 4 wks (20/10)",
    "SW (Mrs Kaur): She told me I could ring her any time.",
])
def test_a_task_or_the_writers_own_instructions_are_no_childs_words(notes):
    assert _childs(notes) == []


def test_a_quote_dropped_from_a_numbered_transcript_is_found():
    notes = ("People on the recording: Lead professional (MR OSEI), Jamal's dad (Kwesi), Jamal [11]\n"
             "001  [visit at home]\n002  Lead professional: How are you finding Year 7?\n"
             "003  Jamal [11]: The big kids push me on the stairs.\n004  Jamal's dad: He's settling.")
    record = "## Child's views\nJamal said he is finding some things hard at secondary school.\n"
    found = list(V.quote_dropped(Material(record, notes, "home_visit")))
    assert [f.evidence.rstrip(".") for f in found] == ["The big kids push me on the stairs"]
    kept = record + "Jamal said: 'The big kids push me on the stairs.'\n"
    assert list(V.quote_dropped(Material(kept, notes, "home_visit"))) == []
    assert [q.speaker for q in quotes(notes) if "settling" in q.text] == ["adult"]
