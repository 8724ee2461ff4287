"""Homes that are not a plain "number street": a caravan on a relative's drive, a staff flat in a
care home, a cellar or garden flat, a row of estate cottages, a bothy on a farm, a hospital ward,
in any case, with the town after a comma or not at all. The whole home is the address, not just
its street. True positives, and the same words where no address follows."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("They live in the static in the yard of 14 Pennine Close since the fire.",
     ["the static in the yard of 14 Pennine Close"]),
    ("mum + kids in mobile home on nan's land at 3 quarry lane, buxton. cold",
     ["mobile home on nan's land at 3 quarry lane, buxton"]),
    ("AUNT SAYS THE CARAVAN ON THE DRIVEWAY OF 88 MILLBROOK ROAD IS DAMP",
     ["THE CARAVAN ON THE DRIVEWAY OF 88 MILLBROOK ROAD"]),
    ("- annexe behind 5a tanyard walk, hebden bridge - landlord is uncle",
     ["annexe behind 5a tanyard walk, hebden bridge"]),
    ("Home: Warden's Flat, Oakleigh Residential School, 2 Vicarage Mews, Bude",
     ["Warden's Flat, Oakleigh Residential School, 2 Vicarage Mews, Bude"]),
    ("now in basement flat, 41 chantry gardens okehampton; gas safe",
     ["basement flat, 41 chantry gardens okehampton"]),
    ("Post to: 3 Gardeners' Cottages, Holm Park Estate, Fernhill Lane, Malton",
     ["3 Gardeners' Cottages, Holm Park Estate, Fernhill Lane, Malton"]),
    ("- the granary, brook end farm, mill wynd: damp walls",
     ["the granary, brook end farm, mill wynd"]),
    ("Tomasz is on Otter Ward, Riverside Adolescent Unit, 12 Hospital Outgang until Friday.",
     ["Otter Ward, Riverside Adolescent Unit, 12 Hospital Outgang"]),
    ("Moved from Garden Flat, 9 Sorrel Rise on 4th day of March 2026 after the s21.",
     ["Garden Flat, 9 Sorrel Rise"]),
    ("The Bothy, Kirkby Farm, Laithe Lane's always cold, says Ngozi.",
     ["The Bothy, Kirkby Farm, Laithe Lane's"]),
    # A home inside a business, named by where it sits or by the business.
    ("Address: Flat above Shop, 7 Chapel Street, Tring", ["Flat above Shop, 7 Chapel Street, Tring"]),
    ("she has the rooms over the Kings Head, 21 Bridge Street, Bideford now",
     ["the rooms over the Kings Head, 21 Bridge Street, Bideford"]),
    ("- bedsit behind Mirza's Stores, 140 Leek Road (landlord = shop)", ["bedsit behind Mirza's Stores, 140 Leek Road"]),
    ("living quarters, the fox and hounds, 3 market hill, ramsey", ["living quarters, the fox and hounds, 3 market hill, ramsey"]),
    ("STAFF ACCOMMODATION, THE OLD VICARAGE HOTEL, 9 CHURCH LANE", ["STAFF ACCOMMODATION, THE OLD VICARAGE HOTEL, 9 CHURCH LANE"]),
    ("Lodgings, Ward's Farm Shop, 2 Fen Drove, Chatteris: Dad works there.", ["Lodgings, Ward's Farm Shop, 2 Fen Drove, Chatteris"]),
    # A building converted to homes, named by what it was.
    ("now at the old chapel, 4 sion hill, bath (flat 2)", ["the old chapel, 4 sion hill, bath"]),
    ("Mum: We're at 12 Old Fire Station, Carr Lane now.", ["12 Old Fire Station, Carr Lane"]),
    ("ADDRESS: THE OLD SMITHY, 7 FORGE ROW, ALSTON", ["THE OLD SMITHY, 7 FORGE ROW, ALSTON"]),
])
def test_the_whole_home_is_the_address(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == expected


@pytest.mark.parametrize("text", [
    "the caravan on the drive was cold and the flat, kitchen and bedroom were clean",
    "staff flat, then handover, then lunch with the manager",
    "her flat, the stairs and the lift were all clean",
    "the caravan in the garden of the house needs a new gas bottle",
    "ward round, then discharge planning, then home",
    "she lives in the flat over the shop, kitchen is damp",
    "accommodation, food and clothing were talked about",
    "the rooms above the cafe, the yard and the garage were untidy",
    "we met at the park and cafe, then walked home",
    "the old school, the church and the shops were shut",
    "in the old days, mum said, things were hard",
])
def test_home_words_with_no_address_after_them_stay(find, text):
    assert find(text, "STREET_ADDRESS") == []
