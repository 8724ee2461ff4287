"""Numbers written with brackets as a phone number is (an NHS number's first three digits, the
"(0)" left of a "+44 (0)" whose country code was cut off), streets named by rural and regional
words ("Pleck", "Slip", "Tyning"), a school named before another "school" in its sentence, dotted
month-name dates in headers, and surnames that are words or second syllables after a name."""

import pytest


@pytest.mark.parametrize("text, number", [
    ("NHS NO.: (943) 476 5919", "(943) 476 5919"),
    ("health visitor gave the nhs no (401) 023 7411 from the red book", "(401) 023 7411"),
    ("NHS number as (943)476-5919.", "(943)476-5919"),
])
def test_nhs_number_with_its_first_digits_in_brackets(find, text, number):
    assert find(text, "UK_NHS") == [number]


@pytest.mark.parametrize("text", [
    "(943) 476 5918 tickets were sold",  # the check digit fails and no "NHS" is before it
    "Case ref (2024) 117 3355",  # a year in brackets
])
def test_bracketed_numbers_that_are_no_nhs_number(find, text):
    assert find(text, "UK_NHS") == []


@pytest.mark.parametrize("text, number", [
    ("or my mobile, (0)7783 478303.", "(0)7783 478303"),
    ("sponsor landline (0)1460 837712. 1 hotel rm", "(0)1460 837712"),
    ("MOB: (0) 7516 608566", "(0) 7516 608566"),
    ("Is (0)20 7946 0958 still right for you?", "(0)20 7946 0958"),
])
def test_phone_after_a_cut_country_code(find, text, number):
    assert find(text, "PHONE_NUMBER") == [number]


@pytest.mark.parametrize("text", [
    "scored (0) 12 out of 20 on the SDQ",
    "attendance (0)95% this term",
])
def test_a_bracketed_nought_before_a_score_is_no_phone(find, text):
    assert find(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("text, address", [
    ("hfu - 2nd check. 113 moorcroft pleck pitch mobile home", "113 moorcroft pleck"),
    ("Left 139 Kingston Black Slip in May", "139 Kingston Black Slip"),
    ("Last assessment done at 127 damson bank tyning", "127 damson bank tyning"),
    ("pitch 168b redstreak slip crowland pe6 8fb", "168b redstreak slip crowland"),
    ("moved to 4 Cider Drong last week", "4 Cider Drong"),
])
def test_streets_of_rural_and_regional_words(find, text, address):
    assert address in " ".join(find(text, "STREET_ADDRESS"))


@pytest.mark.parametrize("text", [
    "she had 2 bad slips on the ice",
    "gave 3 pay slip copies to housing",
])
def test_everyday_slips_are_no_street(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, school", [
    ("Greengage Junior School shared the school's chronology.", "Greengage Junior School"),
    ("Tremlett Community College sent the school report.", "Tremlett Community College"),
    ("Mr Ode of Redstreak Primary Academy told the school nurse.", "Redstreak Primary Academy"),
])
def test_a_school_named_before_another_school_word(find, text, school):
    assert any(school in found for found in find(text, "SCHOOL"))


@pytest.mark.parametrize("text, expected", [
    ("hfu check 10.jun.2026 15:00 GABARDINE TWILL @ school", ["GABARDINE TWILL"]),
    ("strat 08.Sep.2025 poplin weft\nstrat - mark on cheek", ["poplin weft"]),
    ("IRO note on Biswajit Dash's plan", ["Biswajit Dash"]),
    ("Letters go c/o Sucharita Dash, Pitch 5", ["Sucharita Dash"]),
    ("SW: Where is Yat-hon now?", ["Yat-hon"]),
    ("Pak-hei said he likes the room.", ["Pak-hei"]),
])
def test_names_in_dotted_date_headers_word_surnames_and_syllables(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "DASH completed with the police on 12/03/2026.",
    "the dash to school was late again",
])
def test_the_risk_checklist_and_the_word_stay(names, text):
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "hfu check 10/06/2026 - accommodation fine",
    "Sponsor: Come through, the kettle's on.",
    "The sponsor said the loft room is ready.",
])
def test_the_homes_for_ukraine_words_stay(names, text):
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "Police shared that she was stopped on a train to Brightlingsea at 17:30.",
    "Mum + brother in Kyiv - video Sundays",
    "Came from Kabul in 2022 with an uncle.",
    "Cefndir / background: referred by school",
    "Llais y plentyn / Child's voice",
    "pol - stopped on train, esol 12hrs, ukr ta in class",
])
def test_places_gone_to_welsh_headings_and_shorthand_stay(names, text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("I spoke to Walsh about the plan.", ["Walsh"]),
    ("Sofia lives in Leeds with her nan.", ["Sofia"]),
])
def test_people_beside_places_are_still_names(names, text, expected):
    assert names(text) == expected
