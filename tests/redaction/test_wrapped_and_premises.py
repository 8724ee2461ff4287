"""Numbers hard-wrapped across a line, dates of birth with Roman-numeral months or days in words,
rooms and beds in approved premises, residences and shelters, regional street words, and the
references that go with them: true positives and the ordinary text that must stay."""

import pytest

from redaction.numbers import numeric_date, real_date, unwrap


@pytest.mark.parametrize("text, kind, expected", [
    # An e-mail client wrapped the line inside the number.
    ("Dad's NHS number 401 023\n2137 - checked with GP", "UK_NHS", ["401 023\n2137"]),
    ("health: 401 023 \n 2137 on the red book", "UK_NHS", ["401 023 \n 2137"]),
    ("nino for mum is JK 40 91\n22 A per DWP letter", "UK_NINO", ["JK 40 91\n22 A"]),
    ("NI: pr 55\n10 72 c (housing form)", "UK_NINO", ["pr 55\n10 72 c"]),
    ("ring nan on 07700\n900461 after 4", "PHONE_NUMBER", ["07700\n900461"]),
    ("school office 0113\n4960012 (ask for Bev)", "PHONE_NUMBER", ["0113\n4960012"]),
    # A number, then another thing on the next line: the first is still found, alone.
    ("mobile 07700 900461\n3 visits planned", "PHONE_NUMBER", ["07700 900461"]),
])
def test_wrapped_numbers(find, text, kind, expected):
    assert find(text, kind) == expected


@pytest.mark.parametrize("text", [
    "401 023\n2138 children were seen",       # check digit fails and no NHS cue
    "call 0113\n\n4960012",                 # a blank line is no wrap
    "Room 14\n2 staff on shift",
    "ab 12 34\n56 pupils in the year group",  # no suffix, no NI cue
])
def test_wraps_that_are_no_number(find, text):
    assert not any(find(text, k) for k in ("UK_NHS", "UK_NINO", "PHONE_NUMBER"))


def test_unwrap_reads_one_break_as_a_space():
    assert unwrap("943 476\n5919") == "943 476 5919"
    assert unwrap("943\n476\n5919") is None
    assert unwrap("9434765919") == "9434765919"


@pytest.mark.parametrize("text, expected", [
    ("Child: Zofia Kowalczyk, DOB 14.VIII.2016, Polish speaker", ["14.VIII.2016"]),
    ("dob 2 xi 2019 per passport", ["2 xi 2019"]),
    ("date of birth: 09-III-2012", ["09-III-2012"]),
    ("born on the 5th of IX 2018 in Cluj", ["the 5th of IX 2018"]),
    ("D.O.B. twenty-second of June 2015", ["twenty-second of June 2015"]),
    ("birthday is the third of May, 2011", ["the third of May, 2011"]),
])
def test_dates_of_birth_in_other_shapes(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "DATE_OF_BIRTH")] == expected


@pytest.mark.parametrize("text", [
    "Home visit 14.VIII.2026 at 10:00, all well",
    "review booked for 2 xi 2026 at school",
    "next core group the third of May 2026",
    "DOB 31.II.2015 on the form is wrong",     # no such date
    "Chapter IV, section 2 2015 guidance",
])
def test_other_dates_stay(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


def test_numeric_date_reads_roman_months_and_word_days():
    assert numeric_date("3.IV.2015") == "3.4.2015"
    assert numeric_date("thirty-first of xii 2010") == "31 of 12 2010"
    assert real_date("30.II.2016") is False
    assert real_date("twenty-ninth of ii 2016") is True


@pytest.mark.parametrize("text, expected", [
    ("now at Room 9, Fernlea Approved Premises, 40 Quarry Shut since licence",
     ["Room 9, Fernlea Approved Premises, 40 Quarry Shut"]),
    ("addr on file: room 3, nurses' residence, kingsmead hospital, lantern walk",
     ["room 3, nurses' residence, kingsmead hospital, lantern walk"]),
    ("Mum was at Bed 5, Quayside Night Shelter, 7b Rope Haugh, Hexham last week",
     ["Bed 5, Quayside Night Shelter, 7b Rope Haugh, Hexham"]),
    ("Moved from PF2, 61 Causewayside Pend today", ["PF2, 61 Causewayside Pend"]),
    ("leave 1F3, 8 Bruntsfield Wynd? Yes", ["1F3, 8 Bruntsfield Wynd"]),
    ("post to 22 Tanners Tenfoot, Hull", ["22 Tanners Tenfoot, Hull"]),
    ("she lives 4 kirkgate loan, penrith", ["4 kirkgate loan, penrith"]),
    ("Pod 11, Weaver Modular Village, Bobbin Lane", ["Pod 11, Weaver Modular Village, Bobbin Lane"]),
    # A town of several words, everyday ones among them, after the street.
    ("letters go to 17 Cooper Lane Stoke-on-Trent still", ["17 Cooper Lane Stoke-on-Trent"]),
    ("They left 8 Kiln Garth Burton upon Trent in May", ["8 Kiln Garth Burton upon Trent"]),
    ("was at 12 Spindle Lofts, Weaver Haugh, Frome", ["12 Spindle Lofts, Weaver Haugh, Frome"]),
])
def test_premises_and_regional_streets(find, text, expected):
    assert find(text, "STREET_ADDRESS") == expected


@pytest.mark.parametrize("text", [
    "kept the 2 windows shut all day",
    "police forced entry at 6 back doors entry",
    "took out a 500 payday loan last month",
    "bed 12 on ward 4, obs fine",
    "Room 4 at school was noisy",
    "bed 12, ward 4, then lunch with nurse",
    "approved by the panel, 3 premises checked",
    "bed 3, Royal Infirmary, obs stable",
    "Dorm 2 at the residential trip was tidy",
])
def test_ordinary_text_is_no_address(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, expected", [
    ("Guardian's ref Cafcass no. 51200874 on the order", ["51200874"]),
    ("letter filed as LAC/IRO/5521 on the system", ["LAC/IRO/5521"]),
    ("minutes cp-conf-0412 sent", ["cp-conf-0412"]),
])
def test_court_and_review_references(find, text, expected):
    assert find(text, "CASE_REFERENCE") == expected


@pytest.mark.parametrize("text", [
    "The Cafcass officer visited on 12 May",
    "and/or/either 2024 plan",
    "2/3 of sessions attended",
])
def test_no_reference_in_ordinary_text(find, text):
    assert find(text, "CASE_REFERENCE") == []


@pytest.mark.parametrize("text, expected", [
    # A header dated with a Roman month, then who the visit was to: ordinary words as names.
    ("cla visit 14 ix 2026 thistle marrow @ nan's", ["thistle marrow"]),
    ("cin rev 2.XI.2025 - copper whisk - mins", ["copper whisk"]),
])
def test_names_after_roman_dated_headers(names, text, expected):
    assert names(text) == expected


def test_roman_months_are_no_names(names):
    assert names("visit 10 xii 2026 and 3 iv 2026, all well") == []


@pytest.mark.parametrize("text, expected", [
    ("referral from st aidan and st hilda's rc primary school on Monday", ["st aidan and st hilda's rc primary school"]),
    ("Moved to Saint Chad and Saint Anne CE Academy", ["Saint Chad and Saint Anne CE Academy"]),
    ("mum and st mary's rc primary school agreed", ["st mary's rc primary school"]),
])
def test_schools_of_two_saints(find, text, expected):
    assert find(text, "SCHOOL") == expected
