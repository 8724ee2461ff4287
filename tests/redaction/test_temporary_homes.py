"""Where a family lives when it is not a numbered house: hotel and guest-house rooms, bays on a
transit site, hostels and shelters, student halls, a floor of a house, wards; a street with no
street word after an address cue ("lives at 9 Wheal Rose"); NI numbers with punctuation inside;
a date of birth between a name and a reference. True positives and tricky negatives."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Mum and baby are in Room 4, Harbourside Guest House, 22 Quay Parade.",
     ["Room 4, Harbourside Guest House, 22 Quay Parade"]),
    ("placed in rm 7, the white hart inn, 3 coaching way by housing", ["rm 7, the white hart inn, 3 coaching way"]),
    ("Dad booked into Room 15, Kingsway Motel, Bristol Road", ["Room 15, Kingsway Motel, Bristol Road"]),
    ("family at Room 3, Cliff Top B&B, 8 Gull Terrace since friday", ["Room 3, Cliff Top B&B, 8 Gull Terrace"]),
    ("The family's pitch is Bay 6, Sandpit Lane Transit Site, Boston.", ["Bay 6, Sandpit Lane Transit Site, Boston"]),
    ("now in Flat 2C, Weaver Halls, 40 Loom Street", ["Flat 2C, Weaver Halls, 40 Loom Street"]),
    ("Nan moved to Flat 11, Primrose Court, 5 Tansy Road (sheltered)", ["Flat 11, Primrose Court, 5 Tansy Road"]),
    ("they rent the Upstairs Flat, 71 Cobbler Row", ["Upstairs Flat, 71 Cobbler Row"]),
    ("Address: 3rd Floor, 19 Anvil Street", ["3rd Floor, 19 Anvil Street"]),
    ("mum is staying on Ward 4, Northgate Hospital, Moor Lane", ["Ward 4, Northgate Hospital, Moor Lane"]),
    # Street words of marsh, fen and shore.
    ("They've got two rooms at 31 Samphire Marsh.", ["31 Samphire Marsh"]),
    ("hfu sponsor addr 6 gullrock sands. visit ok", ["6 gullrock sands"]),
    ("home is 2 Reedbed Fen, Wisbech", ["2 Reedbed Fen, Wisbech"]),
])
def test_temporary_accommodation(find, text, expected):
    # A full stop after the street word may go with it ("Rd."): only letters and digits matter.
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == expected


@pytest.mark.parametrize("text, expected", [
    # After an address cue, a house number and its street's words, whatever the street is called.
    ("New address: 14 Chywoone Gardens, Penzance.", ["14 Chywoone Gardens, Penzance"]),
    ("Nan lives at 5 The Spinneys with her partner", ["5 The Spinneys"]),
    ("post goes c/o Kofi Mensah, 9 Larkrise, Thetford", ["9 Larkrise, Thetford"]),
    ("addr 23 wagtails. dad present", ["23 wagtails"]),
    ("she is staying at 8 Penrose Vean for now", ["8 Penrose Vean"]),
    ("care of mrs odhiambo 40 kestrels", ["40 kestrels"]),
    # Not addresses: counts, times and ages after the same words.
    ("The address has changed 3 times this year.", []),
    ("He lives at 10 minutes' walk from school", []),
    ("address 12 weeks ago was a hostel", []),
    ("c/o probation. police x3 spring.", []),
    ("Mum said the address was 2 different places in a month.", []),
])
def test_cued_addresses(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == expected


@pytest.mark.parametrize("text", [
    "The transit site was closed so the family moved on.",
    "We met in room 4 at school with the SENCo.",
    "Mum said bay 3 at the hospital was noisy.",
    "She spent 2 nights at the hotel after the fire.",
    "Dad walked 3 miles along the beach with the dog.",
    "The council booked a guest house in town for a week.",
    "Room 2, downstairs, was used for contact.",
    "They have 2 rooms upstairs and a shared kitchen.",
    "Upstairs flat is damp, landlord informed.",
    "Mum has been in temporary accommodation for 6 months.",
])
def test_not_an_address(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, expected", [
    ("the benefits form asks for her NI no., JT. 442193B, and a phone", ["JT. 442193B"]),
    ("national insurance: wr . 61 80 27 . c", ["wr . 61 80 27 . c"]),
    ("NI: AB - 12 - 34 - 56 - C", ["AB - 12 - 34 - 56 - C"]),
    ("ni no pe:40:11:92:d", ["pe:40:11:92:d"]),
    # Not NI numbers: a prefix HMRC never issues, a reference without suffix or cue.
    ("GB. 123456A", []),
    ("Invoice ref AB. 123456 paid", []),
])
def test_ni_number_punctuation(find, text, expected):
    assert find(text, "UK_NINO") == expected


@pytest.mark.parametrize("text, expected", [
    # A date between a name that opens the line, sentence or field and a reference.
    ("all well. kwame boateng 3 / 11 / 2014 CYP5521093 / seen", ["3 / 11 / 2014"]),
    ("• anya petrenko | 02 Feb 16 | EDT ref EDT551203", ["02 Feb 16"]),
    ("step down agreed. liya tesfaye 21 mar 18 NRM-23-55120.", ["21 mar 18"]),
    ("- Priya Nair\t3.4.2016\tLCS 4471123", ["3.4.2016"]),
    # Visit and meeting dates stay: no person first, or no reference after.
    ("Visit: Jane Okafor 12/03/2026 home visit completed", []),
    ("Core Group | 14 March 2026 | ref 55120", []),
    ("Review of Child Protection Plan 12/03/2026 CP-2026-00412", []),
    ("seen at home 4 May 2026 ref 5512093", []),
])
def test_birth_dates_in_rows(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == expected
