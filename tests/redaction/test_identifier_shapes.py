"""Identifier shapes beyond the common ones: flats described by where they are ("flat over 12
..."), "The Flat,", rooms with a note in brackets, boats and their moorings, regional street words,
NI numbers boxed letter by letter, +44 numbers without the plus, references after "client no.",
and schools with their church and status. True positives in several casings, and look-alikes."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # Where the flat is in the house, then the house number.
    ("post goes to flat over 27 tanners wynd, hexham", ["flat over 27 tanners wynd, hexham"]),
    ("They live in the Flat Above 3C Ropewalk Vennel since June.", ["Flat Above 3C Ropewalk Vennel"]),
    ("ADDR: FLAT BELOW 88 KILN GENNEL", ["FLAT BELOW 88 KILN GENNEL"]),
    # "The Flat," before the house number, in any casing.
    ("Letters to The Flat, 41 Weavers Snicket, Morpeth.", ["The Flat, 41 Weavers Snicket, Morpeth"]),
    ("moved out of the flat, 7 copper shute last week", ["the flat, 7 copper shute"]),
    # A room or flat with a note in brackets before the address.
    ("c/o Room 4 (shared house), 19 Glover Loaning, Penrith", ["c/o Room 4 (shared house), 19 Glover Loaning, Penrith"]),
    ("flat 2 (top), 60 dyers ope", ["flat 2 (top), 60 dyers ope"]),
    # Regional and waterside street words.
    ("from 5 Chandlers Ginnel to 12 Mariners Chare", ["5 Chandlers Ginnel", "12 Mariners Chare"]),
    ("HOME: 14 QUARRY STEPS, WHITBY", ["14 QUARRY STEPS, WHITBY"]),
    ("now at 3 Lockkeepers Parkway, Penkridge", ["3 Lockkeepers Parkway, Penkridge"]),
    # A lower-case district after the comma, before the clause ends.
    ("left 9 cooper rise, moss end - rent arrears", ["9 cooper rise, moss end"]),
    # Boats and where they are moored.
    ("write c/o NB Swallowtail, Mooring 14, Foxton Basin", ["c/o NB Swallowtail, Mooring 14, Foxton Basin"]),
    ("lives on narrowboat Halcyon Days, Berth 3, Kingfisher Marina, Ely",
     ["narrowboat Halcyon Days, Berth 3, Kingfisher Marina, Ely"]),
    ("nb puffin, limehouse basin", ["nb puffin, limehouse basin"]),
    # A site of park homes.
    ("Pitch 12, Oaklands Park Homes, then moved", ["Pitch 12, Oaklands Park Homes"]),
    # Not addresses.
    ("nb mum said the flat is fine; 3 steps forward", []),
    ("the flat above the shop is damp", []),
    ("he lives with his nan and has 2 weeks off", []),
])
def test_address_shapes(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Mum's NI no: w k 4 1 2 2 0 9 d", ["w k 4 1 2 2 0 9 d"]),
    ("NINO (J.E.7.1.3.3.0.2.C) on the form", ["J.E.7.1.3.3.0.2.C"]),
    ("national insurance P-R-3-3-4-0-1-9-A", ["P-R-3-3-4-0-1-9-A"]),
    # Prefixes HMRC never issues, and letters that are words.
    ("GB 11 22 33 A was the old one", []),
    ("she is a b student 3 4 times", []),
])
def test_ni_numbers_with_any_separators(find, text, expected):
    assert find(text, "UK_NINO") == expected


@pytest.mark.parametrize("text, expected", [
    ("dad's number is 447700900461 now", ["447700900461"]),
    ("call nan on 441632960418.", ["441632960418"]),
    # Too short or too long for a UK number after 44.
    ("batch 4412345678 and 44163296041899", []),
])
def test_country_code_without_plus(find, text, expected):
    assert find(text, "PHONE_NUMBER") == expected


@pytest.mark.parametrize("text, expected", [
    ("see Client no. 5520913 for the history", ["5520913"]),
    ("PUPIL NUMBER: 40917733", ["40917733"]),
    ("person id #880142 on the system", ["880142"]),
    ("service user ref 7731205", ["7731205"]),
    # A subject word alone is no cue; counts and dates are no references.
    ("client 2 of 3 seen; 14 clients in 2025", []),
    ("reviewed on 09Sep2026, next 17NOV2026", []),
])
def test_references_after_whose_record(find, text, expected):
    assert find(text, "CASE_REFERENCE") == expected


@pytest.mark.parametrize("text, expected", [
    ("She is at St Aidan's C of E (VA) Primary School now.", ["St Aidan's C of E (VA) Primary School"]),
    ("goes to st wilfrid's rc (vc) infant school", ["st wilfrid's rc (vc) infant school"]),
    ("Moved from Holy Trinity and St Chad Catholic Primary School in May",
     ["Holy Trinity and St Chad Catholic Primary School"]),
    ("attends Busy Bees Playgroup three mornings", ["Busy Bees Playgroup"]),
    ("HE GOES TO TADPOLES KINDERGARTEN MON-WED", ["TADPOLES KINDERGARTEN"]),
    ("a place at Riverside Federation from September", ["Riverside Federation"]),
    # Kinds of schooling and verbs before "school" name no school.
    ("the market sells school shoes; chase school re trip", []),
    ("EDUCATION AND NURSERY: settled", []),
    ("likes playgroup and the kindergarten", []),
])
def test_school_names_with_church_and_status(find, text, expected):
    assert find(text, "SCHOOL") == expected


# Any dash is a separator wherever a hyphen is: en dash (Word's autocorrect), em dash, minus,
# no-break hyphen. Spans index the text as given.
@pytest.mark.parametrize("text, kind, expected", [
    ("NHS number: 943–476–5919 (GP letter)", "UK_NHS", ["943–476–5919"]),
    ("nhs no 401\u2011023\u20112137", "UK_NHS", ["401\u2011023\u20112137"]),
    ("Mob: 07700—900123, after six", "PHONE_NUMBER", ["07700—900123"]),
    ("landline 0113\u2212496\u22120471", "PHONE_NUMBER", ["0113\u2212496\u22120471"]),
    ("Mum's NI: JK41–73–92B", "UK_NINO", ["JK41–73–92B"]),
    ("ni: wr–412873–c", "UK_NINO", ["wr–412873–c"]),
    ("DOB: 14–2–2013", "DATE_OF_BIRTH", ["14–2–2013"]),
    ("born 5—11—09 in Leeds", "DATE_OF_BIRTH", ["5—11—09"]),
])
def test_any_dash_is_a_separator(find, text, kind, expected):
    assert find(text, kind) == expected


@pytest.mark.parametrize("text", [
    "Contact 14:00–15:30 at the family centre.",
    "See pages 12–14 of the plan; rent £1,200–£1,500 a month.",
    "Core group 3–4–2026, review 10—6—2026.",
    "Scores were 7–3 and 12–9; years 2019–2021.",
])
def test_dashes_in_times_pages_money_and_visit_dates_are_not_identifiers(find, text):
    for kind in ("UK_NHS", "PHONE_NUMBER", "UK_NINO", "DATE_OF_BIRTH", "CASE_REFERENCE"):
        assert find(text, kind) == []


# A phone number whose leading 0 a spreadsheet dropped, after a phone cue.
@pytest.mark.parametrize("text, expected", [
    ("dad new no 7912345678 not for mum", ["7912345678"]),
    ("Her number is 1632 960123.", ["1632 960123"]),
    ("TEL: 113 4960471 / email on file", ["113 4960471"]),
    ("Mob. 7700 900 456; call after 5", ["7700 900 456"]),
    ("gave her landline, 2079 460018, as the best number", ["2079 460018"]),
    ("she can be reached on 3001 234567 (council line)", ["3001 234567"]),
    ("RANG GRAN 7402-118822", ["7402-118822"]),
])
def test_phone_without_leading_zero_after_a_cue(find, text, expected):
    assert find(text, "PHONE_NUMBER") == expected


@pytest.mark.parametrize("text", [
    "Paid 7912345678 pence?",                       # no phone cue
    "case no 7912345678 opened",                     # a reference cue
    "NHS no 7912345678",                             # an NHS cue
    "ref 1632960123 on the letter",
    "There were 1234567890 reasons.",
    "number of visits: 12, 14 and 16",
])
def test_ten_digits_without_phone_cue_are_not_phones(find, text):
    assert find(text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("text, expected", [
    # Tenement flats (floor/door) and lettered flats.
    ("left flat 1/1, 118 tollgate rise, yeovil s21 notice", ["flat 1/1, 118 tollgate rise, yeovil"]),
    ("Married quarters (Flat 0/3, 81 Smokehouse Square) since May", ["Flat 0/3, 81 Smokehouse Square"]),
    ("FLAT 2/1, 39 JUTE WALK", ["FLAT 2/1, 39 JUTE WALK"]),
    ("The flat at Flat B, 29 Chainwalk Dene is damp", ["Flat B, 29 Chainwalk Dene"]),
    # The back of a house.
    ("Left Rear of 141a Sailmakers Row after notice", ["Rear of 141a Sailmakers Row"]),
    ("post to back of 12 kiln way", ["back of 12 kiln way"]),
    # An annexe of a named house.
    ("sfa the annexe, toll bar cottage, kipper lane since summer", ["the annexe, toll bar cottage, kipper lane"]),
    ("The Annexe, Rose Villa, Turnpike Gate, Chatham.", ["The Annexe, Rose Villa, Turnpike Gate, Chatham"]),
    # Boats by name, berth and pier.
    ("still at MV Second Chance, Berth 9, Hammersmith Pier with mum", ["MV Second Chance, Berth 9, Hammersmith Pier"]),
    ("room houseboat avocet, berth 8, cadogan pier staff 24/7", ["houseboat avocet, berth 8, cadogan pier"]),
    # Rooms in supervised placements.
    ("now at Room 7, Rosewood Family Assessment Centre, 100 Netmakers Green.",
     ["Room 7, Rosewood Family Assessment Centre, 100 Netmakers Green"]),
    ("a room at ROOM 12, ASHDENE PARENT AND CHILD UNIT, 34B CANNERY SQUARE, where staff",
     ["ROOM 12, ASHDENE PARENT AND CHILD UNIT, 34B CANNERY SQUARE"]),
    # Not addresses.
    ("rear of the house was untidy; back of 12 weeks wait", []),
    ("the annexe, the garden and the shed were checked", []),
    ("Flat A was fine, 2/1 split of care", []),
])
def test_flat_annexe_boat_and_room_shapes(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == expected


@pytest.mark.parametrize("text, expected", [
    ("file them under CHIS no. 877158947.", ["877158947"]),
    ("ContrOCC no. 581853 / D.O.B. 7-NOV-17", ["581853"]),
])
def test_references_after_system_names(find, text, expected):
    assert find(text, "CASE_REFERENCE") == expected


@pytest.mark.parametrize("text, expected", [
    ("DOB 3-Apr-15", ["3-Apr-15"]),
    ("d.o.b. 3.4.15", ["3.4.15"]),
    ("Date of birth: Friday 3rd April 2015", ["Friday 3rd April 2015"]),
    ("Visit on Friday 3rd April 2015, DOB not known", []),
])
def test_date_of_birth_shapes(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == expected
