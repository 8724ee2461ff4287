"""Names in places a note gives a person whatever the words: after a header's "re" in lower case,
after a "~" or "|" field of a dated header, before their town in brackets, in an "In the room:"
list, owning an action with a deadline; a whole name found once and again in capitals; a date
of birth between one name and an NHS number. And their look-alikes, which stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("03/02/26 10am | strategy discussion re orpah grimmer | minuted by SW.", ["orpah grimmer"]),
    ("supervision 4/3/26 - exclusion emails re saffron nutmill. lado note to follow", ["saffron nutmill"]),
    ("strat disc 9.1.26 2pm re tadeusz wiśniewski\nstrat disc - s47 y/n", ["tadeusz wiśniewski"]),
    ("~ CIN review 2 March 2026 ~ Juniper Pestlebury + family\n* all present", ["Juniper Pestlebury"]),
    ("~ RHI 3rd Feb '26 ~ Oluwaseun Adeyemi, missing 01.02.26 to 3/2/26", ["Oluwaseun Adeyemi"]),
    ("12 May 2026 | MBU visit, fennel grindwell and baby | officer present.", ["fennel grindwell"]),
    ("* caraway spicejar (Keswick) - kinship assessment started", ["caraway spicejar"]),
    ("wants to go home. sorrel tansybrook (ambleside) kinship assmt started. camhs next", ["sorrel tansybrook"]),
    ("In the room at the unit: nigella seedpod, virtual school officer & Thamar (practitioner)",
     ["nigella seedpod", "Thamar"]),
    ("Agreed actions:\n- Cumin to reply to the school by 13/05", ["Cumin"]),
    ("we talked in the kitchen. Fenugreek will ring the school by Friday.", ["Fenugreek"]),
])
def test_names_in_a_persons_place(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "call 3/3/26 re housing benefit\nmum says it was stopped",
    "email 4/4/26 re school uniform. mum to buy",
    "3/3/26 | home visit | all well",
    "3/3/26 ~ nothing new ~ ok",
    "- school run (Kendal) was late again",
    "* foster carers (Kendal) - review due",
    "In the room: a bed, a wardrobe and a desk.",
    "In the room: toys, clothes and bedding.",
    "Agreed actions:\n- School to reply by 13/05\n- Housing will reply by 1 April\n- Tidying to be done by Friday",
])
def test_look_alikes_stay(names, text):
    assert names(text) == []


def test_a_whole_name_found_once_is_taken_again_in_capitals(names):
    text = ("The e-mail chain is about Kasimir Nurse's exclusion.\n"
            "KASIMIR NURSE kept his hood up for the whole visit.")
    assert names(text) == ["Kasimir Nurse", "KASIMIR NURSE"]


@pytest.mark.parametrize("text, expected", [
    ("is fam sticking to the plan\n- Zdravka 07.12.10 406 989 1188. left at 4", "07.12.10"),
    ("rhi - where + who with. wenonah 5th sep '19 777 279 0457 / no concerns", "5th sep '19"),
])
def test_a_date_between_one_name_and_an_nhs_number_is_a_birth_date(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == [expected]


@pytest.mark.parametrize("text", [
    "- visit 07.12.10 406 989 1188.",  # no name before the date
    "- Zdravka 07.12.10 406 989 1187.",  # no NHS number: its check digit is wrong
])
def test_no_birth_date_without_both(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, expected", [
    ("Is there a number on that letter?\nDT: FGC plan FGC-3381M, top right.", ["FGC-3381M"]),
    ("fgc FGC-2231K sent to all", ["FGC-2231K"]),
])
def test_a_meeting_names_its_papers_number(find, text, expected):
    assert find(text, "CASE_REFERENCE") == expected


@pytest.mark.parametrize("text", [
    "fgc 12/3/26 went well", "PEP 12.03.2026 at school", "pep 2025/26 targets", "EHCP 2 yrs old",
    "rhi done 3/3/26 12 hrs missing", "PEP 3 targets set", "plo 26 weeks", "dols 12 month order", "sgo 2024 granted",
])
def test_a_meetings_dates_and_counts_stay(find, text):
    assert find(text, "CASE_REFERENCE") == []
