"""Identifiers written with any one mark between their parts (a postcode's halves split by a slash
or a dash, an NHS number's groups by underscores, a reference's by underscores); a date of birth
after a form's dot leaders; an NHS number after "health no"; custody and shelter rooms before an
address (a prison's wing or cell, a secure training centre); seldom ordinary words doing what only
a person does. And their look-alikes, which stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("postcode LA5/9AB for the sat nav", ["LA5/9AB"]),
    ("postcode LA5 – 9AB, round the back", ["LA5 – 9AB"]),
    ("pc la5_9ab", ["la5_9ab"]),
    ("pc la5   9ab", ["la5   9ab"]),
])
def test_postcode_halves_split_by_any_mark(find, text, expected):
    assert find(text, "UK_POSTCODE") == expected


@pytest.mark.parametrize("text", ["S20 5th of May was the review", "the ratio was 3/4 and AB agreed"])
def test_no_postcode(find, text):
    assert find(text, "UK_POSTCODE") == []


@pytest.mark.parametrize("text, expected", [
    ("nhs no.943_476_5919 on the letter", ["943_476_5919"]),
    ("health no 94347 65919 from the red book", ["94347 65919"]),
    ("N.H.S. 94347-65919", ["94347-65919"]),
])
def test_nhs_numbers(find, text, expected):
    assert find(text, "UK_NHS") == expected


def test_no_nhs_after_a_version_number(find):
    assert find("the app is v1.9434765919 now", "UK_NHS") == []


@pytest.mark.parametrize("text, expected", [
    ("DOB..........03/05/2015", ["03/05/2015"]),
    ("D.O.B.....3.5.2015 and visit 12.3.2026", ["3.5.2015"]),
])
def test_birth_dates_after_dot_leaders(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize("text, expected", [
    ("Safeguarding ref.: sg_2026_0441", ["sg_2026_0441"]),
    ("FWi number 1120934 is the old one", ["1120934"]),
    ("CPOMS entry 4471230 by the DSL", ["4471230"]),
])
def test_references(find, text, expected):
    assert find(text, "CASE_REFERENCE") == expected


@pytest.mark.parametrize("text, expected", [
    ("Letters to Wing B, HMP Fenmoor, 33 Gaol Lane now", "Wing B, HMP Fenmoor, 33 Gaol Lane"),
    ("at Cell 14, HMPYOI Eastmoor, 2 Warder's Walk since May", "Cell 14, HMPYOI Eastmoor, 2 Warder's Walk"),
    ("now Dorm 3, Oakhill STC, 9 Keeper's Row", "Dorm 3, Oakhill STC, 9 Keeper's Row"),
    ("at Landing 2, HMIRC Brookhouse, 4 Perimeter Rd", "Landing 2, HMIRC Brookhouse, 4 Perimeter Rd"),
    ("Cubicle 8, St Anne's Night Shelter, 17 Tanner Street", "Cubicle 8, St Anne's Night Shelter, 17 Tanner Street"),
])
def test_custody_and_shelter_rooms(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == [expected]


def test_a_wing_of_a_hospital_alone_is_no_address(find):
    assert find("she was on the children's wing for 2 nights", "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, expected", [
    ("anise apologised for the smell of the cooking", ["anise"]),
    ("The cards were out. whist taught the children scopa.", ["whist"]),
    ("- sateen sewed a badge onto the waistband", ["sateen"]),
    ("crewel colouring world map on floor", ["crewel"]),
])
def test_seldom_words_doing_what_people_do(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "toddler giggled at the bubbles",
    "dog chewed the sofa; cat nodded off",
    "paramedic explained the burn",
    "childminder explained the routine",
])
def test_frequent_words_and_roles_doing_them_stay(names, text):
    assert names(text) == []
