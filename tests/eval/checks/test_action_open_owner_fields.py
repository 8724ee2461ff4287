"""An owner's field left open ("Responsible: n/k", "Lead: none", "=> owner: -") says nobody owns the
action, whoever the task itself mentions ("tested by environmental health"); list numbering of its own
("ACT 1.") is no action; and a field row after its item mark ("1a) Lead: Mr Roy / task / when") names
its owner."""

import pytest

from tests.eval.checks.test_structure import _with_actions

_OTHER = "\n9. Mum to book the dentist for Ebo by 10 June."


@pytest.mark.parametrize("actions_text, messages", [
    ("No.1 ACTION - Get the standpipe water tested by environmental health. Responsible: n/k. "
     "Deadline: within the next three weeks, meaning by 31 August.", ["This action has no owner."]),
    ("No.3 Get the standpipe water tested by environmental health => owner: -, due: before the strategy discussion on 1 December",
     ["This action has no owner."]),
    ("No.3 Register the children with a GP => owner: n/k, due: before half term on 1 December", ["This action has no owner."]),
    ("1a) Lead: none / Give Mirjana the coordinator's number / in time for the PEP review on 28 August",
     ["This action has no owner."]),
    # Owned: nothing to say.
    ("No.4 Register the children with a GP near the site => owner: Mum, due: before half term starts on 1 December", []),
    ("No.2 Book the dentist -> owner: Mr Okafor, due: by 3 May", []),
    ("1a) Lead: Mr Vanillapod / Give Mirjana the coordinator's number / in time for the PEP review on 28 August", []),
    ("2a) Lead: Mrs Xolmatov / Start the special guardianship assessment of Mum / before 27 July", []),
    ("ACT 1. ACTION - Register the children with a GP near the site. Responsible: Ms Mohaqiq. Deadline: by 10 July.\n"
     "ACT 2. ACTION - Arrange video calls twice a week. Responsible: Mr Radošević. Deadline: by 13 July.", []),
    ("Key worker: ring the GP about Ebo's inhaler by Friday.", []),
])
def test_an_open_owner_field_names_nobody(review, actions_text, messages):
    findings = review(_with_actions(actions_text + _OTHER), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


def test_an_open_when_slot_in_a_marked_up_row_is_found(review):
    actions_text = ("1a) [within the next two weeks, meaning by 15 September] ▓▓▓ Book Sabra's health assessment (Dr Mirzayev)\n"
                    "2a) [today if possible and no later than 14 September] ▓▓▓ Register the children with a GP (Mr Arakawa)\n"
                    "3a) [--] ▓▓▓ Give Sabra the missing coordinator's number (Miss Al-Hakeem)")
    findings = review(_with_actions(actions_text), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == ["This action has no timescale."]
