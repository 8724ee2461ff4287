"""A list's own marks and questions are no words of its rows: a bracketed number ("(1.0) "), a number
before a symbol ("No.1 • "), the question a list asks before each row's answer ("Who's picking this
up?"), and a task's label ("Action taken:"). A question in a narrative is kept, and a time of day with
no day ("at teatime") is when in the day, not by which day. The lexicon's alternatives are read at
its outer level only (a bar in a character class or after a backslash parts nothing)."""

import pytest

from eval.checks import text as T
from eval.checks.action_parts import has_timescale
from eval.checks.lexicon import top_level


@pytest.mark.parametrize("line, sentence", [
    ("(1.0) Action taken: book a BSL interpreter for every visit.", "book a BSL interpreter for every visit."),
    ("[2.1] Ring the GP about the rash.", "Ring the GP about the rash."),
    ("No.1 • Who's picking this up? Mum, by 3 May: ring the GP.", "Mum, by 3 May: ring the GP."),
    ("(1.0) Who is responsible? Mum, by 3 May: ring the GP.", "Mum, by 3 May: ring the GP."),
    ("◈ Action agreed: refer Dad to the IDVA service.", "refer Dad to the IDVA service."),
])
def test_a_lists_marks_questions_and_labels_are_no_words_of_the_row(line, sentence):
    assert [u.text for u in T.sentences("## Actions\n" + line + "\n")] == [sentence]


def test_a_question_in_a_narrative_is_kept():
    units = [u.text for u in T.sentences("## Analysis\nWho is looking after Amy? Nan is.\n")]
    assert units == ["Who is looking after Amy?", "Nan is."]


@pytest.mark.parametrize("action, dated", [
    ("Ask the B&B owner for access to the kitchen at teatime.", False),
    ("Mum to ring the GP at 3pm.", False),
    ("Mum to ring the GP at noon on Monday 7 May.", True),
    ("Mum to ring the GP by noon.", True),
])
def test_a_time_of_day_without_a_day_gives_no_date(action, dated):
    assert has_timescale(action) is True
    assert has_timescale(action, occasions=False) is dated


def test_alternatives_are_read_at_the_outer_level():
    assert top_level(r"a|b(c|d)|e\(|f[|)]g|h") == ["a", "b(c|d)", r"e\(", "f[|)]g", "h"]
