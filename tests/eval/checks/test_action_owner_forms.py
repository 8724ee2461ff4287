"""Owners and timescales written in forms issue 4's records used: an owner tagged "@Ms Rossi" (and
"@?" for one not yet named), a whole meeting agreeing to a task (nobody named to do it), a list's
"Pt 2." numbering, a task after a label ("Expected: take ..."), and a number before a word that
starts like a month ("1 Decision")."""

import pytest

from eval.checks.action_parts import has_owner, has_timescale
from tests.eval.checks.conftest import FAITHFUL


@pytest.mark.parametrize("action, owner", [
    ("Give Farid a key adult at lunchtimes @Mr Mensah by Friday 6 March", True),
    ("take kofi to the optician @mum before half term", True),
    ("Ring the housing officer @Dr Yilmaz (GP) within a week", True),
    ("Check the attendance figures @school by the 14th", True),
    ("☐ Chase the CAMHS referral @SW by end of the week", True),
    ("Book the interpreter @? by Monday 2 March", False),
    ("Book the interpreter @TBC by Monday 2 March", False),
    ("Book the interpreter @someone by Monday 2 March", False),
    ("Email the minutes to mo@school.org.uk by Friday", False),
    ("Meet @ the family hub on Friday 6 March", False),
    # A whole meeting or family agreeing names nobody to do the task.
    ("We, the family, agree to ring the landlord about the damp by 3 April.", False),
    ("We, as a family, agreed to take Yusuf to the dentist before the summer.", False),
    ("It was agreed to refer Ana to the school nurse within two weeks.", False),
    ("All agreed to send the plan in large print by the next core group on 4 May.", False),
    ("Everyone agreed to book the interpreter before the review.", False),
    ("We all agree to keep a sleep diary for Leila for two weeks from today.", False),
    # ... unless someone is named to do it.
    ("We, the family, agree that Mrs Adeyemi will ring the landlord by 3 April.", True),
    ("It was agreed that Dad will take Yusuf to the dentist before the summer.", True),
    ("Everyone agreed to book the interpreter (Mum) before the review.", True),
    ("Mum agreed to ring the GP by Friday.", True),
    ("We agreed to meet again on Friday 13 March.", True),
    # Handed to someone, assigned, or someone said they would do it (fresh19).
    ("Actioned to Miss Muanza: ask the hotel for a room with a kitchenette by 3 August.", True),
    ("1° Actioned to Mr Mohieldin: ask probation for the licence conditions by 2 March.", True),
    ("Point 1 »» Actioned to Miss Sakai: complete the safety plan by 13 February.", True),
    ("1.0 Refer Ruchita to the young carers service ~ Mr Yessimov ~ 27 April at the latest", True),
    ("1.0 Register Ruchita with a GP near nan's ~ n/k ~ by 1 May", False),
    ("Flag: apply for the subsistence payments - assigned to Mr Dossou - due by 20 October", True),
    ("Mum said they would register Abla with a dentist by 30 March.", True),
    ("Dad promised to ring the school by Friday.", True),
    ("It was said that someone would ring the school by Friday.", False),
    ("1° Ask probation for the licence conditions by 2 March.", False),
])
def test_owner_forms(action, owner):
    assert has_owner(action) is owner


@pytest.mark.parametrize("action, timescale", [
    ("No. 1 Decision/action (Dad): keep a sleep diary for Chidi for two weeks.", False),
    ("2 Marks and Spencer vouchers for Mum (SW)", False),
    ("Mum to ring the GP by 3 Dec", True),
    ("Mum to ring the GP by 3rd of December", True),
    ("Mum to ring the GP by Sept 4", True),
    ("Dad to bring the forms on 12 june", True),
])
def test_a_number_before_a_word_like_a_month_is_no_date(action, timescale):
    assert has_timescale(action) is timescale


def _actions(lines: str) -> str:
    return FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.\n- I will visit again in four weeks.",
                            lines)


@pytest.mark.parametrize("lines", [
    "Pt 1.\nMum to take Aisha to the dentist within two weeks.\nPt 2.\nI will visit again in four weeks.",
    "Para 1\nMum to take Aisha to the dentist within two weeks.\nPara 2\nI will visit again in four weeks.",
    "- Take Aisha to the dentist @Mum within two weeks\n- Visit again @Ms Nowak in four weeks",
])
def test_owned_and_dated_actions_are_complete(review, lines):
    assert review(_actions(lines), only=["structure.action_incomplete"]) == []


@pytest.mark.parametrize("lines, missing", [
    ("I expect Mum to take Aisha to the dentist within two weeks. Expected: visit Aisha again in four weeks.",
     "visit Aisha again"),
    ("We, the family, agree that Mum will take Aisha to the dentist within two weeks. "
     "We, the family, agree to ring the school nurse in four weeks.", "ring the school nurse"),
    ("- Take Aisha to the dentist @Mum within two weeks\n- Ring the school nurse @? in four weeks",
     "Ring the school nurse"),
    ("- Actioned to Mum: take Aisha to the dentist within two weeks.\n"
     "- Actioned to: ring the school nurse in four weeks.", "ring the school nurse"),
])
def test_an_action_with_no_one_named_is_found(review, lines, missing):
    found = review(_actions(lines), only=["structure.action_incomplete"])
    assert [missing in f.evidence for f in found] == [True]


@pytest.mark.parametrize("action, owner", [
    # A recommendation names who is to act, the verb after them with no "will" or "to".
    ("I recommend Mr Stitch refer the family to the support group ahead of the hearing on 1 June.", True),
    ("I recommend Mum apply for the allowance before my next visit on 25 May.", True),
    ("I recommend that Social worker (Mr Latu) complete the assessment within 21 days.", True),
    ("We suggest the family attend the group by June.", True),
    # Handed over before a colon.
    ("Over to Ms Osagiede: apply for the allowance by Tuesday 14 October.", True),
    ("Passed to school: check attendance daily for two weeks.", True),
    # A recommendation that names nobody.
    ("I recommend referring the family to the support group by Friday.", False),
    ("I recommend further work on routines within four weeks.", False),
])
def test_recommended_and_handed_over_owners(action, owner):
    assert has_owner(action) is owner


# "I recommend:" is a label before the task: it names nobody ("I recommend: put Jaco on ..."),
# unless the task after it does ("I recommend: Mum to ..."). A list's "Rec 2 ::" is numbering.
@pytest.mark.parametrize("action, owner", [
    ("I recommend: put Jaco on the waiting list for the Saturday club by Friday.", False),
    ("We would suggest - refer Mum to the parenting course before half term.", False),
    ("I recommend: Mum to attend the parenting course from 3 May.", True),
    ("Rec 2 :: Over to Mum: ask the landlord to fix the heater by 4 September.", True),
    ("Rec 3 :: Book the dentist by Friday.", False),
])
def test_recommendation_labels(action, owner):
    assert has_owner(action) is owner


# "Ongoing" is the timescale of a standing task, not of a task done once.
@pytest.mark.parametrize("action, timescale", [
    ("Rec 3 :: Chase housing about a two-bedroom flat / lead: Mr Osagiede / by: ongoing", False),
    ("↳ Refer the family to the special guardianship support group / lead: Miss Qahtan / by: ongoing", False),
    ("Ms Mugabo to complete the safety plan with Dad - ongoing", False),
    ("Ongoing: Mum to keep the medication locked away.", True),
    ("School to share attendance figures - ongoing", True),
    ("Chase housing weekly about the repairs / lead: Mr Osagiede / by: ongoing", True),
    ("Dad to continue to book the contact room each week - ongoing", True),
])
def test_ongoing_is_the_timescale_of_a_standing_task(action, timescale):
    assert has_timescale(action) is timescale


# An owner field whose value opens with a verb of the task names nobody: the owner was left out
# ("Actioned to: ask the hotel ..."); a person after it still names one.
@pytest.mark.parametrize("action, owner", [
    ("Actioned to: ask the hotel for a room with a kitchenette in time for the youth court on 3 August.", False),
    ("Actioned to: check the private fostering notification has been logged before discharge on 14 December.", False),
    ("Assigned to: complete the safety plan with Graciete on or ahead of 18 December.", False),
    ("Allocated to: ring the school about the uniform grant by 4 May.", False),
    ("Actioned to: Miss Muanza - ask the hotel for a kitchenette by 3 August.", True),
    ("Owner: Mark. Book the interpreter by Friday.", True),
    ("Lead: mum, by Friday: book the GP.", True),
])
def test_an_owner_field_holding_the_task_names_nobody(action, owner):
    assert has_owner(action) is owner


@pytest.mark.parametrize("action, owner", [
    # Parts between double arrows: the middle one names the owner, after a task with "by" in it or a list's "2 →".
    ("Tell me the same day if Mileva is not in by registration ⇒ Mr Tarpeh ⇒ by 27 November at the latest", True),
    ("2 → Find Lavada a nursery place near home ⇒ Ms Doumbia ⇒ within four weeks, so no later than 10 August", True),
    ("Ring school by 9am => Mum => every Monday", True),
    ("Book an interpreter for every visit ⇒ (nobody named) ⇒ no later than Monday 23 March", False),
    ("2 → Find Lavada a nursery place near home ⇒ ? ⇒ within four weeks", False),
])
def test_the_part_between_arrows_names_the_owner(action, owner):
    assert has_owner(action) is owner
