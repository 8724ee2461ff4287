"""Addresses behind a young offender institution's unit, a residential school or a hospital ward;
river-island, stream, lake and slipway street words; postcodes with a hyphen; NHS numbers after a
year or laid out 4-3-3; dates of birth in a relative's person line or answering a question;
references after a notification or a pathway plan; lower-case transcript labels and hyphenated
given names. And their look-alikes, which stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The last assessment was done at Unit B, HMYOI Fenmere, 41 Barge Hauler's Terrace. The first",
     "Unit B, HMYOI Fenmere, 41 Barge Hauler's Terrace"),
    ("left Hollins Park School (residential), 12 Net Mender's Row, Kendal on 3 May",
     "Hollins Park School (residential), 12 Net Mender's Row, Kendal"),
    ("The last assessment was done at Ward 6, Riverside Hospital, 9 Rope Walker's Hoe. Then",
     "Ward 6, Riverside Hospital, 9 Rope Walker's Hoe"),
    ("SW: When did you leave 14b Coal Heaver's Eyot? Mum: When", "14b Coal Heaver's Eyot"),
    ("moved from 7 Osier Cutter's Sike, Hessle last spring", "7 Osier Cutter's Sike, Hessle"),
    ("his letters go to 30 Lugworm Digger's Slipway now", "30 Lugworm Digger's Slipway"),
    ("The court has 88 Chair Caner's Close as her address.", "88 Chair Caner's Close"),
])
def test_addresses(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == [expected]


@pytest.mark.parametrize("text", [
    "the ward round was at 9 and the hatch was shut",
    "we sat by the mere for 20 minutes",
    "she has 2 Nan Visits a week",
])
def test_no_address(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, expected", [
    ("The postcode for the visit was DN35-7WR, and the door is round the side.", ["DN35-7WR"]),
    ("pc for visit so41-2gy. showed me", ["so41-2gy"]),
])
def test_hyphenated_postcodes(find, text, expected):
    assert find(text, "UK_POSTCODE") == expected


@pytest.mark.parametrize("text, expected", [
    ("release plan. Kaveh 3rd of june 2009 943 476 5919 / cell", ["943 476 5919"]),
    ("handover gaps; Tavita 09-Aug-2020 9434.765.919; showed me", ["9434.765.919"]),
])
def test_nhs_layouts(find, text, expected):
    assert find(text, "UK_NHS") == expected


def test_a_wrong_check_digit_in_4_3_3_is_no_nhs_number(find):
    assert find("ticket 9434.765.918 for the ferry", "UK_NHS") == []


@pytest.mark.parametrize("text, expected", [
    ("Tavita 09-Aug-2020 9434.765.919; showed me", "09-Aug-2020"),
    ("what would help\n* Dad: anoa'i lealaiauloto / 16 March 1988 / NI CC/91/05/69/C\n* HV", "16 March 1988"),
    ("TM: Date of birth and case no.?\nSW: 29-Nov-2022. Case no. Eclipse case ECL/3313332.", "29-Nov-2022"),
])
def test_birth_dates(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("[PF notification PRIVF-6863]", ["PRIVF-6863"]),
    ("reference is pathway plan PWP21.4066.", ["PWP21.4066"]),
    ("System id: Capita ONE id ONE:525827 [please use this]", ["ONE:525827"]),
])
def test_references(find, text, expected):
    assert find(text, "CASE_REFERENCE") == expected


@pytest.mark.parametrize("text", ["ref May-2026 letter", "pathway plan reviewed 12.03.2026", "ref: 12:30 meeting"])
def test_no_reference(find, text):
    assert find(text, "CASE_REFERENCE") == []


@pytest.mark.parametrize("text, expected", [
    ("PONTOON: I want to stay.\nwhist cardtable: I'm in Hessle. I have the baby.\nSW: ok\nMum: fine",
     ["PONTOON", "whist cardtable"]),
    ("maths each morning. Mele-Fa Seumalo from the school rang", ["Mele-Fa Seumalo"]),
])
def test_names(names, text, expected):
    assert names(text) == expected


def test_lower_case_headings_in_a_transcript_stay(names):
    assert names("SW: hi\nMum: ok\nnext steps: ring school\nsocial worker: done") == []
