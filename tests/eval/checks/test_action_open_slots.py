"""Actions laid out in parts (task >> owner >> when, Word-table rows parted by tabs, "Decision: ...
(lead ...; timescale ...)", "task — X will do this by ..."), whose part for by when is left open
or dropped, though the task itself has time words ("ring me straight away if ...", "a Saturday
club", "weigh her again in four weeks") (issue 4)."""

import pytest

from eval.checks.action_parts import empty_slot, has_timescale
from tests.eval.checks.test_structure import _with_actions

_TIMED = {
    "arrows": "Nº1 [ ] book the dentist for Ebo >> Mum >> by 10 June",
    "tabs": "Nº1 Book the dentist for Ebo\tMum\tby 10 June",
    "brackets": "Decision: Book the dentist for Ebo (lead Mum; timescale by 10 June).",
    "clause": "What needs to happen: book the dentist for Ebo — Mum will do this by 10 June.",
}


@pytest.mark.parametrize("layout, action, messages", [
    ("arrows", "Nº2 [ ] phone me at once if Kemi is not picked up by an adult she knows >> Mr Ode >> ??",
     ["This action has no timescale."]),
    ("arrows", "Nº2 [ ] weigh Kemi again in three weeks >> Nurse Bell >> -", ["This action has no timescale."]),
    ("arrows", "Nº2 [ ] weigh Kemi again in three weeks >> Nurse Bell >> before the core group on 3 May", []),
    ("tabs", "Nº2 Tell school straight away if Kemi seems unwell\tMs Ray\t-", ["This action has no timescale."]),
    ("tabs", "Nº2 Tell school straight away if Kemi seems unwell\tMs Ray\tTBC", ["This action has no timescale."]),
    ("tabs", "Nº2 Tell school straight away if Kemi seems unwell\tMs Ray\twithin a week", []),
    ("brackets", "Decision: Call me immediately if the car is seen again (lead Dad; timescale tbc).",
     ["This action has no timescale."]),
    ("brackets", "Decision: Take Kemi to the Sunday club (lead Dad; timescale ??).", ["This action has no timescale."]),
    ("brackets", "Decision: Take Kemi to the Sunday club (lead Dad; timescale by 2 May).", []),
    ("clause", "find Kemi a Saturday swimming class — Aunt Joy will do this.", ["This action has no timescale."]),
    ("clause", "take Kemi to the Monday youth club — Dad will sort this.", ["This action has no timescale."]),
    ("clause", "find Kemi a Saturday swimming class — Aunt Joy will do this before half term.", []),
])
def test_an_open_or_dropped_time_part_is_no_timescale(review, layout, action, messages):
    record = _with_actions(_TIMED[layout] + "\n" + action + "\n" + _TIMED[layout].replace("Ebo", "Kemi"))
    findings = review(record, only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


@pytest.mark.parametrize("action, empty", [
    # A part of its own that gives the time, before or after the task, fills the slot.
    ("By close of play on 29 June | Fill in the free school meals form | Mum", False),
    ("C1 | In time for the core group on 30 April | Book Mum onto the Freedom Programme | Mr Hoyte", False),
    ("No later than 6 November — Ms Blake is going to ring the school.", False),
    ("Ring the GP >> Mum >> by Friday", False),
    # Only the task has time words.
    ("Ring the GP on Monday mornings >> Mum >> ??", True),
    ("Take Ali to the Saturday club — Dad will do this.", True),
    ("Ring the GP (lead Mum; timescale to be confirmed)", True),
    # No parts at all: nothing to say about a slot.
    ("Mum to ring the GP on Monday.", False),
])
def test_empty_slot(action, empty):
    assert empty_slot(action) is empty


def test_an_open_timescale_field_outweighs_time_words_in_the_task():
    assert not has_timescale("Ring me straight away if Amy is not collected (lead Mr Li; timescale tbc)")
    assert not has_timescale("Weigh Amy again in four weeks. Due: ??")
    assert has_timescale("Weigh Amy again in four weeks. Due: 3 June")
