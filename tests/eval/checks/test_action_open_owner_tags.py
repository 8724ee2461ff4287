"""Actions laid out as "Who: >> What: >> By when:" blocks, numbered "A/1", or tagged with a rating
("[AMBER]") and a dash tag "- owner TBC -" (fresh23): an empty Who: or By when:, an owner "TBC" or
"not agreed" names nobody or no date; a rating is no owner; a numbering "A/1" before the row hides nothing."""

import pytest

from eval.checks.action_parts import has_owner
from tests.eval.checks.test_structure import _with_actions

_OTHER = "\n2. Mum to book the dentist for Ebo by 10 June."
_NO_OWNER, _NO_TIME = ["This action has no owner."], ["This action has no timescale."]


@pytest.mark.parametrize("action, messages", [
    ("[AMBER] Apply for a non-molestation order - owner TBC - straight away, and by 8 October at the latest", _NO_OWNER),
    ("[RED] Book a female interpreter for the next visit - owner tbc - before the review on 3 May", _NO_OWNER),
    ("(High priority) Give Stoyanka the foyer's number - lead: not agreed - by Friday 6 March", _NO_OWNER),
    ("Who: >> What: register the children with a GP >> By when: ahead of the house meeting on 17 March", _NO_OWNER),
    ("Who: Miss Ikyaator >> What: write back to Elroy within a week of his letter >> By when:", _NO_TIME),
    ("A/3 Ask housing to move the family to a flat; by whom: not agreed; by when: in time for the review on 14 October",
     _NO_OWNER),
    # Filled: nothing to say.
    ("[AMBER] Book Piroja's health assessment - Ms Kokalj - before the end of term on 4 December", []),
    ("A/1 Who: Miss Maelor >> What: book the family room >> By when: before the review on 2 May", []),
    ("Who: Ms Oblak >> What: ring me if Elroy is not in school >> By when: in time for the review on 12 January", []),
    ("A/2 Register the children with a GP; by whom: Mrs Pincushion; by when: ahead of the meeting on 22 October", []),
    ("Action no. 1 - Ask CAMHS to see Ali; by whom: Miss Lee; by when: 3 June", []),
    ("[SW] to ring the school by Friday 6 March", []),
])
def test_open_owner_and_time_parts_in_row_layouts(review, action, messages):
    findings = review(_with_actions("1. " + action + _OTHER), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


@pytest.mark.parametrize("action, owned", [
    ("[AMBER] Book the room - owner TBC - by Friday", False),
    ("[AMBER] Book the room - Dr Shah - by Friday", True),
    ("A/1 Miss Roy: book the room by Friday", True),
])
def test_a_rating_or_an_open_owner_tag_names_nobody(action, owned):
    assert has_owner(action) is owned
