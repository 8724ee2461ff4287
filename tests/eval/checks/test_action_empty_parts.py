"""Actions whose who or when part is there but empty ("who: -", "due: n/a", "— responsible: none"),
in the layouts records use: cells after ">>", fields parted by "~" or spaced dashes; an action with
no owner because it starts with "to" or a bare verb, or hands the task to "someone". A field's own
label ("deadline:") is never its value."""

import pytest

from tests.eval.checks.test_structure import _with_actions

_OTHER = "\n2. Mum to book the dentist for Ebo by 10 June."


@pytest.mark.parametrize("action, messages", [
    # Fields in one line, one of them empty.
    ("Next step >> ring the GP about Amara's inhaler | who: n/a | when: by 4 June", ["This action has no owner."]),
    ("Next step >> ring the GP about Amara's inhaler | who: Dad | when: —", ["This action has no timescale."]),
    ("NEXT STEP >> RING THE GP ABOUT AMARA'S INHALER | WHO: NOT YET SET | WHEN: BY 4 JUNE", ["This action has no owner."]),
    ("- Task: chase the housing transfer ~ owner: none ~ due: 3 March", ["This action has no owner."]),
    ("- Task: chase the housing transfer ~ owner: Mr Lee ~ due: tbc", ["This action has no timescale."]),
    ("Action: send the plan to Grandma Wu | lead: Ms Ito | deadline: n/a", ["This action has no timescale."]),
    ("Action: send the plan to Grandma Wu | lead: Ms Ito | deadline: to be confirmed", ["This action has no timescale."]),
    ("* Goal: take Farida swimming — responsible: none — target date: by the end of the week", ["This action has no owner."]),
    ("* Goal: take Farida swimming — responsible: Aunt Sara — target date: none set", ["This action has no timescale."]),
    # No one named: an infinitive, an imperative after a manager's label, "someone".
    ("1. To chase the school about Kofi's reading support by half term.", ["This action has no owner."]),
    ("Team manager's instruction: refer Dmitri to the school nurse by 12 March.", ["This action has no owner."]),
    ("It was agreed that somebody will ring the dentist for Yusuf (by the end of the month (30 April)).",
     ["This action has no owner."]),
    # Filled: nothing to say.
    ("- Task: book a review ~ owner: Mrs Okoye ~ due: 9 March", []),
    ("Next step >> book the dentist for Amara | who: Mum | when: by 10 June", []),
    ("Action: send the plan to Grandma Wu | lead: Ms Ito | deadline: 1 June", []),
    ("Team manager's instruction: Ms Faure to visit Dmitri by 14 March.", []),
])
def test_empty_parts_of_an_action_say_nothing(review, action, messages):
    findings = review(_with_actions("1. " + action.removeprefix("1. ") + _OTHER), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


@pytest.mark.parametrize("action, messages", [
    # A label that says whose words the task is (a direction, a recommendation, a decision) names no owner.
    ("Manager direction - complete the chronology for Leila before the strategy meeting on 5 April.",
     ["This action has no owner."]),
    ("IRO recommendation: refer Callum to the school nurse by 3 June.", ["This action has no owner."]),
    ("Panel decision — send the adoption paperwork to Mr Oduya by Friday 9 May.", ["This action has no owner."]),
    # A role as the label names the owner.
    ("Team manager - Ms Bright to sign off the assessment by 4 June.", []),
    ("Social worker: visit Mehmet at school by 20 May.", []),
    ("Family support worker - take Ana to the library before half term.", []),
])
def test_a_label_of_whose_words_names_no_owner(review, action, messages):
    findings = review(_with_actions("1. " + action + _OTHER), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages
