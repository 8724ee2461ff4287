"""Headings spoken into dictation software, numbered action items and an event given where the
rest of the list gives dates: layouts the structure checks once misread."""

import pytest

from eval.checks.layout import heading, headings, sentences
from eval.checks.structure import has_owner, has_timescale
from tests.eval.checks.conftest import FAITHFUL


@pytest.mark.parametrize("line, key", [
    ("Purpose colon", "purpose"),
    ("who was present colon", "present"),
    ("VOICE OF THE CHILD COLON", "child_voice"),
    ("Date of next visit colon", "next_visit"),
    ("Agreed actions   colon", "actions"),
    ("Analysis and assessment colon", "analysis"),
])
def test_a_dictated_colon_after_a_section_name_makes_a_heading(line, key):
    assert heading(line).key == key


@pytest.mark.parametrize("line", [
    "bowel and colon",  # a word, not a mark: the rest names no section
    "The colon",
    "Sigmoid colon",
])
def test_the_word_colon_after_other_words_is_no_heading(line):
    assert heading(line) is None or heading(line).key is None


def test_a_dictated_label_carries_its_sentence():
    record = "Purpose colon to see Wiremu after school\nanalysis colon he is settled with his nan\nThe colon was fine"
    assert headings(record) == ["purpose", "analysis"]


@pytest.mark.parametrize("action, owner", [
    ("A1 - Action for Dad: ring the housing officer, by Friday 4 June.", True),
    ("1// Action for Mrs Nwachukwu: book the optician, within two weeks.", True),
    ("AP3: Action for Ms Hallgrímsdóttir - send the minutes, by 3 May.", True),
    ("2.1) Siobhan's nan to collect her from school every Friday from 6 June.", True),
    ("A2 - ring the housing officer by Friday 4 June.", False),  # the number is no owner
    ("1// Book the optician within two weeks.", False),
])
def test_a_lists_own_numbering_is_neither_owner_nor_hides_one(action, owner):
    assert has_owner(action, frozenset({"siobhan", "nwachukwu", "hallgrímsdóttir"})) is owner


@pytest.mark.parametrize("action, timescale", [
    ("Ms Olawale to finish the chronology for the court bundle.", False),  # what the task makes, not when
    ("Write the conference report for Mr Takahashi.", False),
    ("Ms Olawale to finish the chronology before the court hearing.", True),
    ("Book an interpreter for the next review.", True),
])
def test_an_event_that_names_a_thing_is_no_timescale(action, timescale):
    assert has_timescale(action) is timescale


def _with_actions(actions_text: str) -> str:
    return FAITHFUL.split("## Actions")[0] + "## Actions\n" + actions_text + "\n## Next visit\nIn four weeks."


@pytest.mark.parametrize("actions_text, messages", [
    # Every other action gives a date: "at the next appointment" alone lost its date.
    ("- Mum has agreed to book the optician by Friday 12 June.\n"
     "- Ms Begum has agreed to visit Tomasz at school by 19 June.\n"
     "- Dr Haddad (GP) has agreed to check Tomasz's growth at the next appointment.",
     ["This action has no timescale."]),
    ("- Mum has agreed to book the optician by Friday 12 June.\n"
     "- Ms Begum has agreed to visit Tomasz at school by 19 June.\n"
     "- Dr Haddad (GP) has agreed to check Tomasz's growth at the next appointment, by 30 June.", []),
    # "before the review" is a deadline, whatever the rest of the list gives.
    ("- Mum has agreed to book the optician by Friday 12 June.\n"
     "- Ms Begum has agreed to visit Tomasz at school by 19 June.\n"
     "- Dr Haddad (GP) has agreed to check Tomasz's growth before the next review.", []),
    # A list that says by when with events throughout keeps them as timescales.
    ("- Mum to book the optician before the next visit.\n"
     "- Ms Begum to see Tomasz at school before the review.\n"
     "- Dr Haddad (GP) to check Tomasz's growth at the next appointment.", []),
    # One dated action beside it is not a list's way: the event still counts.
    ("- Mum to book the optician by Friday 12 June.\n"
     "- Dr Haddad (GP) to check Tomasz's growth at the next appointment.", []),
    ("It is proposed that Ms Begum will book an interpreter for the conference.\n"
     "It is proposed that Mum will register with the GP by 2 July.\n"
     "It is proposed that Mr Kaya will ring school by 25 June.",
     ["This action has no timescale."]),
])
def test_an_event_where_the_list_gives_dates(review, actions_text, messages):
    findings = review(_with_actions(actions_text), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


@pytest.mark.parametrize("line, key", [
    ("new paragraph Purpose", "purpose"),
    ("new paragraph Purpose of meeting", "purpose"),
    ("New paragraph, Who was present", "present"),
    ("next para Analysis", "analysis"),
    ("paragraph break Next visit", "next_visit"),
    ("new line Agreed actions", "actions"),
])
def test_a_dictated_paragraph_break_before_a_section_name_makes_a_heading(line, key):
    assert heading(line).key == key


@pytest.mark.parametrize("line", [
    "new paragraph I visited Amy after school and she showed me her room.",
    "New line manager Mrs Ali joined the visit.",  # "new line" in words, not a spoken break
    "New paragraph",
])
def test_a_dictated_paragraph_break_before_a_sentence_is_no_heading(line):
    assert heading(line) is None or heading(line).key is None


def test_a_dictated_paragraph_break_is_no_word_of_its_sentence():
    record = "new paragraph Purpose\nnew paragraph I visited Amy at home.\nnew paragraph Next visit\nIn four weeks."
    assert headings(record) == ["purpose", "next_visit"]
    assert [s.text for s in sentences(record)] == ["I visited Amy at home.", "In four weeks."]
