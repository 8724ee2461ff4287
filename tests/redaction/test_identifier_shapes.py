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
    ("c/o Room 4 (shared house), 19 Glover Loaning, Penrith", ["Room 4 (shared house), 19 Glover Loaning, Penrith"]),
    ("flat 2 (top), 60 dyers ope", ["flat 2 (top), 60 dyers ope"]),
    # Regional and waterside street words.
    ("from 5 Chandlers Ginnel to 12 Mariners Chare", ["5 Chandlers Ginnel", "12 Mariners Chare"]),
    ("HOME: 14 QUARRY STEPS, WHITBY", ["14 QUARRY STEPS, WHITBY"]),
    ("now at 3 Lockkeepers Parkway, Penkridge", ["3 Lockkeepers Parkway, Penkridge"]),
    # A lower-case district after the comma, before the clause ends.
    ("left 9 cooper rise, moss end - rent arrears", ["9 cooper rise, moss end"]),
    # Boats and where they are moored.
    ("write c/o NB Swallowtail, Mooring 14, Foxton Basin", ["NB Swallowtail, Mooring 14, Foxton Basin"]),
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
