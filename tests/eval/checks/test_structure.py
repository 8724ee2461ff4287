import pytest

from eval.checks.structure import has_owner, has_timescale, present_sections
from tests.eval.checks.conftest import FAITHFUL


def test_missing_sections_come_from_the_templates_section_list(review):
    record = FAITHFUL.replace("## Analysis\n", "").replace(
        "I think Aisha is settled at her new school, because she talks about her friends, but she is unsettled at night.\n", "")
    findings = review(record, only=["structure.missing_section"])
    assert [f.evidence for f in findings] == ["analysis"]


def test_headings_in_other_styles_and_aliases_count():
    record = ("PURPOSE OF VISIT\nx\nPresent: mum\n**Voice of the child**\nx\nObservations:\nx\n"
              "Parents' views\nx\n# Assessment\nx\nNext steps:\n- x\nNext visit date: 4 June")
    assert present_sections(record) == ["purpose", "present", "child_voice", "observations", "carers_views",
                                        "analysis", "actions", "next_visit"]


def test_no_record_type_skips_the_section_check(review):
    assert review("A short note.", record_type=None, only=["structure.missing_section"]) == []


@pytest.mark.parametrize("action, owner, timescale", [
    ("Mum to take Aisha to the dentist within two weeks.", True, True),
    ("I will visit again in four weeks.", True, True),
    ("Ms Okafor (social worker) to refer to the school nurse by 14 June.", True, True),
    ("- mum to take ali to dentist within 2 weeks", True, True),
    ("Action: school to share attendance figures — owner: Mr Hill — by end of term", True, True),
    ("Refer to the school nurse.", False, False),
    ("Social worker to arrange a CAMHS referral.", True, False),
    ("By Friday 3 May: send the minutes to all.", False, True),
    ("A referral to CAMHS will be made by 10/06.", False, True),
    ("Book a dentist appointment (mum) before the next visit.", True, True),
    ("Zain to attend the youth club every Tuesday.", True, True),
])
def test_owner_and_timescale(action, owner, timescale):
    assert (has_owner(action), has_timescale(action)) == (owner, timescale)


def test_incomplete_actions_are_flagged_with_what_is_missing(review):
    record = FAITHFUL.replace("- I will visit again in four weeks.", "- Refer Aisha to the school nurse.")
    findings = review(record, only=["structure.action_incomplete"])
    assert [f.message for f in findings] == ["This action has no owner and no timescale."]
    assert review(FAITHFUL, only=["structure.action_incomplete"]) == []
