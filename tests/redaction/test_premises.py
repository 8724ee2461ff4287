"""Addresses without a house number (farms, cottages, homes, refuges, hostels, sites, moorings),
pitches and rooms, descriptors in brackets, towns without a comma; and school names that are
someone's school or a count of schools. True positives and tricky negatives."""

import pytest



@pytest.mark.parametrize("text, expected", [
    ("Address: LOWER GREEN FARM, ASHBY LANE, SPALDING, PE11 2AB", ["LOWER GREEN FARM, ASHBY LANE, SPALDING"]),
    ("placed at Rowan Tree Cottage, Fennel Close until March", ["Rowan Tree Cottage, Fennel Close"]),
    ("now at the old smithy, kestrel way, ss1 2xy", ["the old smithy, kestrel way"]),
    ("moved into Appleby Children's Home, 4 Tansy Road, Boston.", ["Appleby Children's Home, 4 Tansy Road, Boston"]),
    ("mum is at Room 12, Ashdown Hostel, 61 Quarry Street", ["Room 12, Ashdown Hostel, 61 Quarry Street"]),
    ("they are on Pitch 9, Marsh Lane Travellers' Site, Wisbech", ["Pitch 9, Marsh Lane Travellers' Site, Wisbech"]),
    ("write c/o Berth 4, Kingfisher Marina, Lock Lane", ["c/o Berth 4, Kingfisher Marina, Lock Lane"]),
    ("left Flat 2 (front), 33b Linnet Holt on Friday", ["Flat 2 (front), 33b Linnet Holt"]),
    ("the garden at 70-72 Teasel Crossway is overgrown", ["70-72 Teasel Crossway"]),
    ("evicted from Plot 5, Mill Lane Caravan Park Hexham after arrears", ["Plot 5, Mill Lane Caravan Park Hexham"]),
    ("Current address: Tanners Farm, Great Yarmouth", ["Tanners Farm, Great Yarmouth"]),
    ("Was Burdock Bungalow, Heron Ct still the best address?", ["Burdock Bungalow, Heron Ct"]),
    # Only the address, not the place near it.
    ("they live off the green, 9 Sorrel Road", ["9 Sorrel Road"]),
    # Not addresses: a farm or a home with no name, a street word alone, counts and sizes.
    ("we went to the farm and then the children's home", []),
    ("Farm visit with school on Friday; Park Lane was busy", []),
    ("13 y9 riding bikes outside", []),
    ("we met in room 12 at the civic centre.", []),
    ("two rooms and a garden, 3 bedrooms, 2 cottages on the lane", []),
])
def test_premises_and_sites(find, text, expected):
    assert find(text, "STREET_ADDRESS") == expected


@pytest.mark.parametrize("text, expected", [
    ("Our Lady Star of the Sea RC Primary School", ["Our Lady Star of the Sea RC Primary School"]),
    ("she starts at Beckett Park First School in May", ["Beckett Park First School"]),
    ("ASW: Three school moves in a year.", []),
    ("Giovana's school rang and Amir's nursery too", []),
    ("St Mary's School; later st anne's school", ["St Mary's School", "st anne's school"]),
])
def test_school_names(find, text, expected):
    assert find(text, "SCHOOL") == expected


@pytest.mark.parametrize("text, kept", [
    ("ASW: How is school?\nMam: Fine.\nASW: Thanks.", ["ASW", "Mam"]),
    ("mam and mammy rang, asw visited", ["mam", "mammy", "asw"]),
    ("PARIS ref 4401734 and Eclipse no. 55213", ["PARIS", "Eclipse"]),
])
def test_roles_and_systems_are_not_names(find, text, kept):
    names = " ".join(find(text, "PERSON"))
    assert not any(word in names for word in kept)


@pytest.mark.parametrize("text, names", [
    # "SURNAME, First" opening a record header or a field.
    ("CHILD: OKORO, DAYO | DOB 02.03.2015", ["OKORO", "DAYO"]),
    ("Nowak, Zofia - home visit, 12/03/2026", ["Nowak", "Zofia"]),
    ("YP: pereira, Thiago (CIN)", ["pereira", "Thiago"]),
    # Copied to: "cc" introduces a name whatever it is.
    ("Minutes by Tom Pryce, cc ROSE WINTER.", ["Tom Pryce", "ROSE WINTER"]),
    # Not a surname: a word before a comma that opens a sentence.
    ("Yesterday, Precious said she was cold.", ["Precious"]),
    ("However, Amara went to school.", ["Amara"]),
])
def test_header_names(find, text, names):
    assert find(text, "PERSON") == names
