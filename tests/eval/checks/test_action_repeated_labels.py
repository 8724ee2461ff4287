"""Actions laid out with a label repeated for each task on one line ("What will happen: Mum will ...
What will happen: Dad will ..."), and fields after a spaced dash as sentences of their own
("Audit action: Book it. Owner - Mum. Due - by 3 May."): each task is an action of its own, and
each field belongs to the task before it."""

import pytest

from eval.checks.action_parts import has_owner
from tests.eval.checks.conftest import FAITHFUL


def _actions(lines: str) -> str:
    return FAITHFUL.split("## Actions")[0] + "## Actions\n" + lines + "\n## Next visit\nIn four weeks."


@pytest.mark.parametrize("lines", [
    "Step 1 ~ Audit action: Write the plan with Mum. Owner - Ms Roy. Due - by my next supervision on 18 March.\n"
    "Step 2 ~ Audit action: Book a dental check for Aisha. Owner - Mum. Due - within ten working days (by 3 April).",
    "Audit action: Book a dental check. Owner – Mum. Due – 3 April.",
    "What will happen: Mum will fix the gate by 4 May so that you get the help you need. "
    "What will happen: Ms Roy will ring the GP within a week so that you get the help you need.",
    "Task: Mum will fix the gate by 4 May. Task: Ms Roy will ring the GP within a week.",
    "Who: Mum. What: fix the gate. When: by 4 May.",
])
def test_tasks_with_their_fields_are_complete(review, lines):
    assert review(_actions(lines), only=["structure.action_incomplete"]) == []


@pytest.mark.parametrize("lines, missing", [
    ("What will happen: Mum will fix the gate by 4 May so that you get the help you need. "
     "What will happen: Dad will buy a cot mattress with the grant so that you get the help you need. "
     "What will happen: Ms Roy will ring the GP within a week so that you get the help you need.", "cot mattress"),
    ("Step 1 ~ Audit action: Book a dental check. Owner - Mum. Due - within ten working days (by 3 April).\n"
     "Step 2 ~ Audit action: Ask adult social care to review Dad's care package. Due - by the review on 14 April.",
     "adult social care"),
    ("Task: Mum will fix the gate by 4 May. Task: Ms Roy will ring the GP.", "ring the GP"),
])
def test_a_task_without_its_field_is_found_alone(review, lines, missing):
    found = review(_actions(lines), only=["structure.action_incomplete"])
    assert [missing in f.evidence for f in found] == [True]


@pytest.mark.parametrize("action, owner", [
    ("Audit action: Ask adult social care to review the care package. Due - by 14 April.", False),
    ("Review action: book the optician by Friday.", False),
    ("Ring the GP by Friday, Ms Roy to action.", True),
    ("Ring the GP by Friday - Mum to lead.", True),
])
def test_a_label_ending_in_action_names_no_one_to_action_it(action, owner):
    assert has_owner(action, frozenset({"audit", "review", "roy"})) is owner
