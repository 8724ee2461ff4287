"""An action's owner and timescale can stand anywhere in its line (the fresh14 classes, in wording of
our own): a clause in brackets after the task ("(Dad to do before the review (3 May))"), a subject
after a label ("Next step: Ms Roy will ..."), owner, task and due fields in any order; and an owner
that is no one ("owner: tbc", "somebody is going to", "the team"), "by the TAF" (a deadline, not an
agent), and words of hurry with no time ("asap", "urgently")."""

import pytest

from eval.checks.action_parts import has_owner, has_timescale
from tests.eval.checks.conftest import FAITHFUL

# Names the record capitalises mid-sentence (structure._names), so "TAF" reads as a name too.
NAMES = frozenset("ife pavel zeynep okonkwo lindqvist yusra ferreira-santos o'brien haddad kowalczyk "
                  "tomasz ama rhys oskar abara taf cin nguyen adeyemi".split())


@pytest.mark.parametrize("action", [
    # A clause in brackets after the task, with a timescale of its own (a date in brackets inside).
    "Outstanding: book Zeynep's hearing test (Mrs Okonkwo to do by 14 May).",
    "outstanding - ring the housing office (dad to sort it before the review (12 june))",
    "Carried over: renew the bus pass [Mr Lindqvist will do this before half term]",
    "Take Yusra to the optician (Nan is going to go with her, before the core group on 3 July).",
    "Still to do: chase the cot from the baby bank (Grandad to do inside a fortnight (by 9 March)).",
    "Book the interpreter for the review; Mrs Nguyen will confirm the date by Friday.",
    # A subject after a label, and labels in a row.
    "Next step: Ms Ferreira-Santos will ring the school nurse by 3 June.",
    "Next steps - Mr O'Brien is going to chase the GP letter within a week.",
    "Item 2 >> Agreed: the health visitor will weigh the baby before the next home visit (12 May).",
    "NEXT STEP: MUM WILL TAKE IFE TO THE DENTIST BY HALF TERM.",
    # Owner, task and due fields in any order, split by spaced dashes.
    "task: renew Pavel's passport - owner: Mum - due: by half term",
    "due: 3 June - task: register with a dentist - owner: Mr Haddad",
    "Action 4 - due: before the CIN meeting on 2 May - owner: Dr Adeyemi (GP) - task: review the inhaler",
    "TASK = ring the landlord ; WHO = Mrs Kowalczyk ; WHEN = by 9 July",
])
def test_an_owner_and_a_timescale_anywhere_in_the_line(action):
    assert (has_owner(action, NAMES), has_timescale(action)) == (True, True)


@pytest.mark.parametrize("action", [
    # A verb after the label: nobody is named, whoever the task mentions.
    "Next step: ask the school to add Tomasz to the breakfast club before Friday 6 June.",
    "Outstanding - ring the GP about Ama's inhaler (by the CIN meeting on 2 May).",
    "Outstanding: text me if Rhys misses school (by the TAF on 8 March).",
    "Task 1 >> Still to do: tell Dad the date of the review (before the next home visit (20 May)).",
    # An owner field left open, wherever it stands.
    "owner: tbc - task: book the eye test - due: 12 June",
    "owner: ? - task: book the eye test - due: 12 June",
    "task: book the eye test - owner: TBC - due: by the review on 12 June",
    "due: by the TAF on 2 May - owner: to be allocated - task: chase the school place",
    # Somebody, someone, the team: no one to ask.
    "Someone is going to take Oskar to the dentist by the TAF on 4 April.",
    "somebody will ring the school by Friday.",
    "Recommendation: that somebody should chase the housing repair by the core group on 3 May.",
    "Recommendation - that someone from the team should ring the GP within two weeks.",
    "The team will review the plan by 30 June.",
    "Owner: the team. Due: 30 June. Task: review the plan.",
    "A member of staff will meet Jo at the gate from Monday.",
])
def test_no_one_named_to_do_it(action):
    assert has_owner(action, NAMES) is False


@pytest.mark.parametrize("action, owner", [
    ("The plan to be agreed by the TAF on 3 May.", True),  # the TAF agrees it: an agent
    ("Mum to take the form to the TAF on 3 May.", True),
    ("Recommendation: that Ms Abara should ring the GP within two weeks.", True),
    ("The fostering team will review the plan by 30 June.", True),
    ("Staff at the nursery will meet Jo at the gate from Monday.", True),
    ("Paint the bedroom (so that it is ready before the baby comes)", False),  # a clause that is no owner
    ("Ring the GP - to be done by 4 May", False),
])
def test_what_stays_as_it_was(action, owner):
    assert has_owner(action, NAMES) is owner


@pytest.mark.parametrize("action, timescale", [
    ("Mum to ring the GP before the case is next discussed.", True),
    ("Dr Osei to send the report by the time it comes back to panel.", True),
    ("Dad to fill in the form before the TAF review.", True),
    ("Mrs Ito to book the room by the network meeting.", True),
    # Hurry is no time (SMART: time-bound); a date beside it still counts.
    ("Dr Osei to send the report as soon as possible.", False),
    ("Dad to ring the landlord urgently.", False),
    ("Mum to apply for the grant as a priority.", False),
    ("Ms Roy to chase the referral at the earliest opportunity.", False),
    ("Mum to ring the GP ASAP and by 4 May at the latest.", True),
    ("Mr Ali to fit the stair gate straight away.", True),
    ("Owner: Dad - due: asap - task: fix the smoke alarm", False),
])
def test_timescales(action, timescale):
    assert has_timescale(action) is timescale


def _actions(lines: str) -> str:
    return FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.\n- I will visit again in four weeks.",
                            lines)


@pytest.mark.parametrize("lines, flagged", [
    ("Task 1 >> Outstanding: take Aisha to the dentist (Mum to do before the next home visit (2 April)).\n"
     "Task 2 >> Outstanding: ring the school (Mr Obi (social worker) to do inside a fortnight (by 26 March)).", []),
    ("Next step: Mum will take Aisha to the dentist before the case is next discussed (2 April).\n"
     "Next step: School (Ms Hale) will ring me if Aisha is absent before home time on Friday 20 March.", []),
    ("Outstanding: take Aisha to the dentist (Mum to do before the next home visit (2 April)).\n"
     "Outstanding: ring the school (by the TAF on 26 March).", ["Outstanding: ring the school"]),
    ("owner: Mum - task: take Aisha to the dentist - due: by 2 April\n"
     "owner: tbc - task: ring the school - due: by 26 March", ["owner: tbc"]),
])
def test_in_a_record(review, lines, flagged):
    record = _actions(lines)
    findings = review(record, only=["structure.action_incomplete"])
    assert sorted(record[f.span[0]:f.span[1]].split(" - ")[0][:28] for f in findings) == sorted(x[:28] for x in flagged)
