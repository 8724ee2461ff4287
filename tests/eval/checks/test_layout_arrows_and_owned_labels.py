"""Headings numbered with an arrow ("4 → ANALYSIS"), an action's owner in a bracket after its label
("❒ ACTION (Mr Otaibi): ..."), a whole family agreeing to a task, and a season the task lasts
through ("so the boat can stay put over winter") in a list of dated actions (fresh21)."""

import pytest

from eval.checks import Material
from eval.checks import text as T
from eval.checks.action_parts import has_owner, has_timescale
from eval.checks.layout import heading
from eval.checks.structure import action_incomplete, present_sections


@pytest.mark.parametrize("line, key", [
    ("1 → PURPOSE", "purpose"),
    ("4 → ANALYSIS", "analysis"),
    ("2 ⇒ Who was present", "present"),
    ("7 ⟶ Actions", "actions"),
    ("(IV) Analysis", "analysis"),
    ("| 4 | Analysis |", "analysis"),
])
def test_a_number_and_an_arrow_before_a_sections_name_is_a_heading(line, key):
    found = heading(line)
    assert found is not None and found.key == key


@pytest.mark.parametrize("line", [
    "1 → Mum rang the school.",
    "3 → Dad said he would ring the GP about the cough on Friday.",
])
def test_a_numbered_arrow_before_a_sentence_is_no_heading(line):
    found = heading(line)
    assert found is None or found.key is None


def test_a_record_of_arrow_headings_has_all_its_sections():
    record = ("1 → PURPOSE\nA visit after the police call.\n\n2 → WHO WAS PRESENT\nDad and Mei (6).\n\n"
              "3 → ANALYSIS\nI think Mei is safe.\n\n4 → ACTIONS\n- Dad to ring the GP by Friday.")
    assert present_sections(record) == ["purpose", "present", "analysis", "actions"]


RECORD = ("## Actions\n"
          "❒ ACTION (Mr Otaibi): get a dehumidifier for the caravan within three weeks, that is by 20 July.\n"
          "❒ ACTION (Mum): chase the housing bid for a flat before the boat has to move on, so by 22 July.\n"
          "❒ ACTION: ring the GP about the cough in time for the meeting on 14 September.\n")


def test_an_owner_in_a_bracket_after_the_action_label_is_kept_with_its_task():
    units = [u.text for u in T.sentences(RECORD, fields=True)]
    assert units[0].startswith("ACTION (Mr Otaibi): get")
    found = [f.evidence for f in action_incomplete(Material(RECORD, None, "home_visit"))]
    assert len(found) == 1 and "ring the GP" in found[0]


def test_a_section_label_with_a_bracket_that_names_no_one_still_names_its_section():
    assert T.headings("Purpose (statutory visit): to see Amy.\n") == ["purpose"]


@pytest.mark.parametrize("action, owner", [
    ("The family agreed to ask the park manager for a heated caravan before 21 July.", False),
    ("The whole family agreed to check the alarm on the boat by 2 November.", False),
    ("The family agreed that Mum will get a dehumidifier by 17 July.", True),
    ("Mum agreed to ring the GP by Friday.", True),
    ("The family's GP agreed to see Amy by Friday.", True),
])
def test_a_family_agreeing_names_no_one_to_do_the_task(action, owner):
    assert has_owner(action) is owner


@pytest.mark.parametrize("action, dated", [
    ("Mum to apply for an extension so the boat can stay put over winter.", False),
    ("Mum to keep the heating on during the winter.", False),
    ("Mum to apply for the extension by the winter.", True),
    ("Mum to apply for the extension before the summer.", True),
])
def test_a_season_the_task_lasts_through_is_no_date(action, dated):
    assert has_timescale(action, occasions=False) is dated
    assert has_timescale(action)


@pytest.mark.parametrize("line, claim", [
    ("(2/) [ ] Ring the GP about the cough (Mum) (by Friday)", "Ring the GP about the cough (Mum) (by Friday)"),
    ("(1.0) Mum to ring the GP by Friday.", "Mum to ring the GP by Friday."),
])
def test_a_bracketed_number_and_a_box_are_no_part_of_a_rows_claim(line, claim):
    assert [u.text for u in T.sentences("## Actions\n" + line + "\n")] == [claim]


def test_a_numbered_row_of_fields_claims_its_task_only():
    # who and by when are parts of the action; the task is what other checks read (test_layout_field_rows)
    assert [u.text for u in T.sentences("## Actions\n(1/) Owner: Dad | Task: get a dehumidifier | By: -\n")] == ["get a dehumidifier"]
