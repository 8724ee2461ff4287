"""Action rows in fresh26's layouts: who, when and what parted by middle dots ("⏰ by Friday · Ms Roy ·
Ring the GP"), a bracketed item code before the task ("(A3) Write to ..."), and a deadline slot the form
leaves "open" ("deadline - open"), which says there is none whatever the task's own time words."""

import pytest

from eval.checks.action_parts import has_owner, has_timescale
from eval.checks.base import Material
from eval.checks.structure import action_incomplete


@pytest.mark.parametrize("action, owner", [
    ("Act#1 ⏰ before the review on Tuesday 9 June · Miss Bromfield · Ask the OT to review the hoist", True),
    ("by the end of half term • Mum • Send the EHE adviser samples of Majd's work", True),
    ("1 » ⏰ by Friday ∙ Dad ∙ Fit a carbon monoxide alarm in the cottage", True),
    # look-alikes: the dots part the row, and no part of it names anyone
    ("Act#2 ⏰ before the review on Tuesday 9 June · Ask the OT to review the hoist", False),
    ("(A3) Write to the estate manager about the heating (@?, due before the review on Thursday 2 July)", False),
    ("[B2] Book the next hospice stay before the summer", False),
])
def test_dotted_rows_and_bracketed_codes(action, owner):
    assert has_owner(action) is owner


@pytest.mark.parametrize("action, timescale", [
    ("Responsible person - Mum; action - find a winter coat for Ayitey before the cold snap; deadline - open", False),
    ("Owner: Dad / task: ring the school before half term / due: left open", False),
    ("Lead = Ms Roy | Write to the estate manager before winter | by when = open-ended", False),
    # a deadline given, and "ongoing" still says by when
    ("Responsible person - Mum; action - find a winter coat for Ayitey; deadline - before the cold snap", True),
    ("Owner: Dad / task: keep the diary / due: ongoing", True),
])
def test_a_deadline_left_open(action, timescale):
    assert has_timescale(action) is timescale


def test_a_dotted_list_is_complete():
    record = ("## Actions\nAct#1 ⏰ before the review on Tuesday 9 June · Miss Bromfield · Ask the OT to review the hoist\n"
              "Act#2 ⏰ by the end of the half term, 8 September · Ms Esposito · Find a winter coat for Cosimo\n")
    assert list(action_incomplete(Material(record, "", "home_visit"))) == []


@pytest.mark.parametrize("action, timescale", [
    ("⏰ no date · Mr Di Meo · Book the next hospice stay before the summer", False),
    ("📅 tbc | Mum | Ring the GP before half term", False),
    # near misses: the slot gives a date, or a clock marks none at all
    ("⏰ by Friday 4 May · Mum · Ring the GP", True),
    ("Ring the GP by Friday", True),
])
def test_a_clock_marks_the_when_slot(action, timescale):
    assert has_timescale(action) is timescale


def test_dash_fields_on_bulleted_lines_are_three_actions():
    record = ("## Actions\n✦✦ Responsible person - Ms Roy; action - send the samples; deadline - by 22 June\n"
              "✦✦ Responsible person - Mum; action - find a winter coat before the cold snap; deadline - open\n"
              "✦✦ Responsible person - Mum; action - write to the estate manager; deadline - by 29 June\n")
    found = list(action_incomplete(Material(record, "", "home_visit")))
    assert [f.message for f in found] == ["This action has no timescale."]
    assert "deadline - open" in found[0].evidence
