"""An action given as labelled fields one after another on its line ("Who: Mum >> What: ring the GP
>> By when: 4 May", "Responsible: Dad; Deadline: 12 June; Action: ..."): each field is a part of the
action as a table row's cells are, so the task is a claim other checks read and who and by when are
parts of it; an owner named after the word "lead" with no colon ("- lead Mr Cole -") is its owner."""

import pytest

from eval.checks.action_parts import has_owner, has_timescale
from eval.checks.layout import sentences


def _claims(record: str) -> list[str]:
    return [u.text for u in sentences(record)]


@pytest.mark.parametrize("line, task, parts", [
    ("Who: Mum >> What: ring the GP about the rash >> By when: 4 May", "ring the GP about the rash",
     ["Mum", "ring the GP about the rash", "4 May"]),
    ("Responsible: Dad; Deadline: 12 June; Action: take Amy to the dentist.", "take Amy to the dentist.",
     ["Dad", "12 June", "take Amy to the dentist."]),
    ("Lead: Ms Roy. Task: book the review. Due: 4 May.", "book the review.", ["Ms Roy.", "book the review.", "4 May."]),
    ("1a) Lead: Ms Roy / Action: book it / Deadline: 4 May", "book it", ["Ms Roy", "book it", "4 May"]),
    ("Who: Mr Cole » What: find Amy a club » When: half term", "find Amy a club", ["Mr Cole", "find Amy a club", "half term"]),
])
def test_a_row_of_labelled_fields_gives_its_task_as_the_claim(line, task, parts):
    record = "Actions\n" + line
    assert _claims(record) == [task]
    assert sentences(record, fields=True)[0].text.startswith(parts[0].rstrip("."))  # the action's parts, as before


@pytest.mark.parametrize("record, claims", [
    ("Purpose\nWhat: to see Amy at 10:30 when: she was home", ["to see Amy at 10:30 when: she was home"]),
    ("Observations\nMum said: the GP rang. Dad said: he is fine.", ["Mum said: the GP rang.", "Dad said: he is fine."]),
    ("Actions\nMum to ring the GP by Friday.", ["Mum to ring the GP by Friday."]),
])
def test_a_line_with_one_field_or_none_is_read_as_before(record, claims):
    assert _claims(record) == claims


@pytest.mark.parametrize("action, owner, when", [
    ("Who: Mum >> What: ring the GP about the rash >> By when: 4 May", True, True),
    ("Who: tbc >> What: ring the GP >> By when: 4 May", False, True),
    ("Who: Mum >> What: ring the GP >> By when: tbc", True, False),
    ("Responsible: Dad; Deadline: 12 June; Action: take Amy to the dentist.", True, True),
    ("ring the school - lead Mr Cole - by 4 May", True, True),
    ("book the review (owner Mum) by Friday", True, True),
    ("ring the school - lead to be agreed - by 4 May", False, True),
    ("ring the school - lead professional tbc - by 4 May", False, True),
    ("take the lead on finding a club by May", False, True),
    ("Lead the planning meeting by 4 May", False, True),
])
def test_who_and_by_when_of_a_field_row_and_a_named_lead(action, owner, when):
    assert (has_owner(action), has_timescale(action)) == (owner, when)
