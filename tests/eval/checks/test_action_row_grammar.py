"""Action rows as task tools and templates lay them out: a row code before the task ("A-1", "AP-3",
"1 ⟩", "[TO DO]"), a field's label then any arrow ("Owner ⟹ Mum", "who ➜ Dad"), cells a bare
semicolon parts ("task;Miss Roy;by Friday"), an "assignee:" field, someone who "said they'd do
it", and a task that "rests with" someone "ahead of" an event; and a heading that says where it
stands among the sections ("Child's views in their own words (3 of 8)")."""

import pytest

from eval.checks.action_parts import has_owner, has_timescale, row_text
from eval.checks.base import Material
from eval.checks.layout import heading
from eval.checks.numerals import marker
from eval.checks.structure import action_incomplete, missing_section


@pytest.mark.parametrize("action", [
    "A-1 Owner ⟹ Mum; task ⟹ fit a smoke alarm in the yurt; date ⟹ by the time the yard breaks up, 8 September",
    "1 ⟩ Owner ⟹ Mrs Mguni; task ⟹ check the allowance has been paid; date ⟹ before the hospital appointment on 5 May",
    "AP-2 task ➜ ring the GP; who ➜ Dad; when ➜ by Friday 4 May",  # any arrow, any order of the fields
    "[TO DO] Fit a smoke alarm — assignee: Mum — due: before the appointment on 13 February",
    "A-1 [OPEN] Ask the school for the attendance figures — assignee: Ms Aujla — due: 3 June",
    "AP-1 Complete the private fostering assessment;Miss Naguib;by the end of term, 14 October",
    "Find Ajmer a warm coat for the winter;Ms Barisic;before the hospital appointment on 3 November",
    "1 ⟩ Get written consent from mum — Mum said they'd do it before the appointment on 5 October",
    "3 ⟩ Ring the housing officer — Dad has said he'll do it by Friday 9 May",
    "The next step, to ask the gurdwara committee about a bigger flat, rests with Mum ahead of the review on 13 July.",
    "The next step, to ring the GP, sits with Dad in time for the conference on 2 June.",
    "Who ⇒ Dad — What ⇒ fit a smoke alarm — When ⇒ before the review on 3 June",  # dashes between the fields
    "B-2 when ➔ by 9 May / who ➔ Ms Roy / what ➔ book the dentist",
    "#3 [IN PROGRESS] Book the dentist;Ms Roy;9 May",
])
def test_rows_that_name_their_owner(action):
    assert has_owner(action) and has_timescale(action)


@pytest.mark.parametrize("action", [
    # near misses: the same layouts with the owner left open, or the task alone
    "A-2 Owner ⟹ (blank); task ⟹ fit a smoke alarm in the yurt; date ⟹ before the review on Monday 4 May",
    "[TO DO] Fit a smoke alarm — assignee: tbc — due: before the appointment on 13 February",
    "AP-1 Complete the private fostering assessment;;by the end of term, 14 October",
    "Task → book the dentist | Owner → ? | Due → 9 May",
    "AP-4 Owner ⟹ nobody yet; task ⟹ ring the GP; date ⟹ by 9 May",
    "The next step, to ask the gurdwara committee about a bigger flat, is ahead of the review on 13 July.",
])
def test_rows_that_leave_the_owner_open(action):
    assert not has_owner(action)


def test_a_date_slot_left_open_is_no_timescale():
    assert not has_timescale("AP-2 [TO DO] Ask the warden to add Sam to the plan — assignee: Mr Vukovic — due: none set")


@pytest.mark.parametrize("action, plain", [
    ("A-1 Owner ⟹ Mum; task ⟹ ring", "Owner: Mum; task: ring"),
    ("1 ⟩ [TO DO] Ring the GP;Mum;Friday", "Ring the GP; Mum; Friday"),
    ("[SW] Ring the GP", "[SW] Ring the GP"),  # a tag that names who does it stays
    ("3 May: Mum to ring the GP", "3 May: Mum to ring the GP"),  # a date is no row code
])
def test_row_text(action, plain):
    assert row_text(action) == plain


def test_an_arrowed_list_is_complete():
    record = ("## Actions\nA-1 Owner ⟹ Mum; task ⟹ fit a smoke alarm; date ⟹ by Friday 8 September\n"
              "A-2 Owner ⟹ Miss Proudlock; task ⟹ ask Racing Welfare for a mentor; date ⟹ before the review on 17 September\n"
              "A-3 Owner ⟹ (blank); task ⟹ get the hours in writing; date ⟹ before Wednesday 9 September\n")
    found = list(action_incomplete(Material(record, "", "home_visit")))
    assert [f.message for f in found] == ["This action has no owner."]
    assert "A-3" in found[0].evidence


@pytest.mark.parametrize("code, rest", [
    ("AP-1 [TO DO] Notify Ofsted", "[TO DO] Notify Ofsted"),
    ("A-3 Owner ⟹ Dad", "Owner ⟹ Dad"),
    ("ACT.2 Book the GP", "Book the GP"),
    ("1 ⟩ Ring mum", "Ring mum"),
])
def test_a_row_code_is_no_number_of_the_record(code, rest):
    assert marker().sub("", code, count=1) == rest


@pytest.mark.parametrize("line, key", [
    ("Child's views in their own words (3 of 8)", "child_voice"),
    ("[3/8] Child's views in their own words", "child_voice"),
    ("Wishes and feelings - part 3 of 8", "child_voice"),
    ("Observations (4 of 8)", "observations"),
])
def test_a_heading_that_says_where_it_stands(line, key):
    found = heading(line)
    assert found is not None and found.key == key


def test_a_sentence_with_a_count_is_no_heading():
    assert heading("The child told me she came 3 of 8 in the race") is None


def test_a_counted_child_section_is_present():
    record = ("Purpose (1 of 3)\nA visit.\n\nChild's views in their own words (2 of 3)\nAmy said: \"I like it here.\"\n\n"
              "Analysis (3 of 3)\nI think Amy is settled.\n")
    missing = {f.evidence for f in missing_section(Material(record, "", "home_visit"))}
    assert "child_voice" not in missing and "analysis" not in missing and "purpose" not in missing
