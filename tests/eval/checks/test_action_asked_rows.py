"""A list that asks its question before each row's answer ("(1.0) Who's picking this up? Mum, by 7 May:
apply ..."): the answer names the owner and the time, and the question is no action of its own. A
value left open "for now" ("Assigned: nobody yet", "n/k") names nobody, and a meeting that agreed a
task ("Agreed by the meeting: ...") gives it no deadline."""

import pytest

from eval.checks.action_parts import has_owner, has_timescale, is_filled
from tests.eval.checks.conftest import FAITHFUL


def _actions(lines: str) -> str:
    return FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.\n- I will visit again in four weeks.",
                            lines)


@pytest.mark.parametrize("lines", [
    "(1.0) Who's picking this up? Ms Nurlanov, no later than noon on Friday 20 February: look for lodgings.\n"
    "(2.0) Who's picking this up? Social worker (Ms Nurlanov), before the B&B's 28 days are up, so by 16 February: "
    "refer Blé to the young carers service.",
    "No.1 • Who's picking this up? Ms Beeharry (foster carer), no later than Monday 12 January: register Aisha with a GP.\n"
    "No.2 • Who's picking this up? Mum, before the strategy meeting on 2 January: take Aisha to the dentist.",
    "⊛⊛ Who is doing this? Mum, inside two weeks, so by 23 November: take Aisha to the dentist.\n"
    "⊛⊛ Who is doing this? Ms Roy (class teacher), in time for the MARAC on 4 September: ring the school nurse.",
    "◈ Who's picking this up? Mum, no later than noon on Monday 7 September: apply for a school place.\n"
    "◈ Who's picking this up? Mum, in time for the MARAC on 4 September: report the damp.",
])
def test_rows_that_answer_the_lists_question_are_complete(review, lines):
    assert review(_actions(lines), only=["structure.action_incomplete"]) == []


@pytest.mark.parametrize("lines, missing", [
    ("◈ Who's picking this up? Mum, by 7 September: apply for a school place.\n"
     "◈ Who's picking this up? Not decided, by 4 September: ring the GP.", "ring the GP"),
    ("(1.0) Who's picking this up? Mum, by 7 September: apply for a school place.\n"
     "(2.0) Who's picking this up? Nobody yet, by 4 September: ring the GP.", "ring the GP"),
    ("Agreed by the meeting: Mrs Adou will refer Dad to the IDVA service. Agreed by the meeting: Mrs Adou will "
     "bring the chronology up to date, 24 November at the latest.", "refer Dad"),
    ("- Action taken: send the minutes to the GP. Assigned: nobody yet. Deadline: by 23 February.\n"
     "- Action taken: register Aisha with a GP. Assigned: Dad. Deadline: by Monday 23 February.", "send the minutes"),
])
def test_the_row_left_open_is_found(review, lines, missing):
    found = review(_actions(lines), only=["structure.action_incomplete"])
    assert [missing in f.evidence for f in found] == [True]


@pytest.mark.parametrize("value, filled", [
    ("nobody yet", False), ("None as yet", False), ("n/k", False), ("still unallocated", False),
    ("not known yet", False), ("TBC for now", False),
    ("Mum", True), ("Ms Yet", True), ("Friday", True),
])
def test_a_value_left_open_for_now_says_nothing(value, filled):
    assert is_filled(value) is filled


@pytest.mark.parametrize("action, owner, timescale", [
    ("Agreed by the meeting: Mrs Adou will refer Dad to the IDVA service.", True, False),
    ("Decided by the panel: Dad to ring the GP.", True, False),
    ("Agreed by the meeting: Mrs Adou will refer Dad to the IDVA service by 3 May.", True, True),
    ("Mum will ring the GP by the meeting on 3 May.", True, True),
    ("Send the minutes to the GP. Assigned: nobody yet. Deadline: Friday.", False, True),
    ("Send the minutes to the GP. Assigned: Mrs Yetunde. Deadline: none set.", True, False),
])
def test_agreed_by_a_meeting_and_assigned_to_nobody(action, owner, timescale):
    assert (has_owner(action), has_timescale(action)) == (owner, timescale)
