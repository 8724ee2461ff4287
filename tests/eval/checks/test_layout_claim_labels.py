"""Labels that are no claim of a sentence: a task's label after the item's number ("Step 1 ~ Audit
action: ..."), a field after a spaced dash ("Owner - Mrs Ali."), a lead-in naming who was present
("Joining me for the visit, in person or on speaker: ..."); and a labelled number that goes on as a
sentence ("Step 2 of the plan is done") is no heading."""

import pytest

from eval.checks.layout import heading, sentences


def _claims(record: str) -> list[str]:
    return [u.text for u in sentences(record)]


@pytest.mark.parametrize("line, claim", [
    ("Step 1 ~ Audit action: Ask adult social care to review the care package.", "Ask adult social care to review the care package."),
    ("Audit action: Find Odisho a boxing club.", "Find Odisho a boxing club."),
    ("Core group task: send Mum the minutes.", "send Mum the minutes."),
    ("Mum - she will ring the GP.", "Mum - she will ring the GP."),  # a person before a dash is no label
])
def test_a_tasks_label_is_no_part_of_its_claim(line, claim):
    assert _claims("Actions\n" + line) == [claim]


def test_a_field_after_a_spaced_dash_is_no_claim_under_actions():
    record = "Actions\nAudit action: Book the optician. Owner - Miss Atanga (head of year). Due - by 4 May."
    assert _claims(record) == ["Book the optician."]
    assert [u.text for u in sentences(record, fields=True)][1:] == ["Owner - Miss Atanga (head of year).", "Due - by 4 May."]


@pytest.mark.parametrize("line, claim", [
    ("Joining me for the visit, in person or on speaker: Dad (Kyrillos Boutros) and Kirolos (6).",
     "Dad (Kyrillos Boutros) and Kirolos (6)."),
    ("Joining me for the supervision, in person or on speaker: Mr Pliers (team manager).", "Mr Pliers (team manager)."),
    ("With me on the phone: Mum.", "Mum."),
    ("Joining me later, Mum said she was tired.", "Joining me later, Mum said she was tired."),
])
def test_a_lead_in_naming_who_was_present_is_a_label(line, claim):
    units = sentences("Purpose\nTo see Amy.\n" + line)
    assert units[-1].text == claim
    assert units[-1].heading == ("present" if claim != line else "purpose")


@pytest.mark.parametrize("line", [
    "Step 2 of the plan is done",
    "Part 2 of the review went well",
    "Stage 3 was agreed at the core group",
])
def test_a_labelled_number_going_on_as_a_sentence_is_no_heading(line):
    assert heading(line) is None


@pytest.mark.parametrize("line, key", [
    ("Step 2 Actions", "actions"),
    ("Section 3 purpose", "purpose"),
    ("part b who was present", "present"),
    ("Step 2 of 4: Actions", "actions"),
    ("Sect. 1 - Purpose", "purpose"),
    ("Sec 4 - Analysis", "analysis"),
    ("Pt. 2 - Who was present", "present"),
])
def test_a_labelled_number_before_a_sections_name_is_a_heading(line, key):
    assert heading(line).key == key


# A list item's own marks that a bullet leaves ("1° ", "Point 1 »» ", "⟡ ", "✋ ") are no words of its
# claim: "1°" is no number the notes must give. A sign that is a word ("£50") or a number that is one
# ("10 » 12", "20°C") stays.
@pytest.mark.parametrize("line, claim", [
    ("1° ✋ Mum — get a cot from the baby bank — 📅 by 4 September", "Mum — get a cot from the baby bank — 📅 by 4 September"),
    ("Point 1 »» Flag: register Basil-Roy with a dentist - assigned to Dad - due by 15 October",
     "Flag: register Basil-Roy with a dentist - assigned to Dad - due by 15 October"),
    ("Item 2 >> Mum to ring the GP by Friday.", "Mum to ring the GP by Friday."),
    ("⟡ ✋ Mr Oloya — apply for the NRPF payments — 📅 by 2 February", "Mr Oloya — apply for the NRPF payments — 📅 by 2 February"),
    ("2º Dad to book the dentist by Friday.", "Dad to book the dentist by Friday."),
    ("£50 was paid to Mum for the cot.", "£50 was paid to Mum for the cot."),
    ("10 » 12 was the score on the wellbeing scale.", "10 » 12 was the score on the wellbeing scale."),
    ("20°C in the flat, which was cold.", "20°C in the flat, which was cold."),
])
def test_a_list_items_own_marks_are_no_part_of_its_claim(line, claim):
    assert _claims("Actions\n" + line) == [claim]
