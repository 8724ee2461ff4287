"""Addresses written "c/o" (care of) with the words of the line, Peak and Pennine street words
(a delph, a cop, a pitch, an edge), a kind of home before a flat and a street of everyday words,
and a date of birth in a person's row beside an NHS number when the row opens with one name. And
their look-alikes, which stay. Also a kind of home after an address cue ("last addr mother and baby
unit, flat 1, ..."), and a name before its age and school year ("Squall (11, Year 7)")."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The last assessment was done at c/o 170 Tulip Parade Lane, Rochford.", "c/o 170 Tulip Parade Lane, Rochford"),
    ("c/o 62b Ray Gut Tor is one hotel room with two double beds,", "c/o 62b Ray Gut Tor"),
    ("last assmt at c/o 175a millstone ridings; close family", "c/o 175a millstone ridings"),
    ("⋮ Placed: C/O 132 Clyce Street, Cheddar, BS27 4WW", "C/O 132 Clyce Street, Cheddar"),
    ("last assmt at 66 Sea Wall Pitch, Hathersage / close family", "66 Sea Wall Pitch, Hathersage"),
    ("SW: The last assessment was done at 6a Free Miner's Delph.", "6a Free Miner's Delph"),
    ("last assmt at c/o 161 Stanage Pole Cop / in uk since spring", "c/o 161 Stanage Pole Cop"),
    ("Mother and baby unit, Flat 1, 10 Windmill Sandhills Edge Castleton.",
     "Mother and baby unit, Flat 1, 10 Windmill Sandhills Edge Castleton"),
    ("last assmt at parent and baby placement, flat 7, 70 wash bank slack",
     "parent and baby placement, flat 7, 70 wash bank slack"),
    ("done at Estuary View Hotel, room 139, 16 Ray Gut Pitch.", "Estuary View Hotel, room 139, 16 Ray Gut Pitch"),
])
def test_care_of_and_pennine_streets(find, text, expected):
    assert any(expected in found for found in find(text, "STREET_ADDRESS")), find(text, "STREET_ADDRESS")


@pytest.mark.parametrize("text", [
    "the 2 kids sat near the edge of the pitch",
    "played 5 games on the pitch",
    "a cop came at 10 and left",
    "she is 3 years from the edge",
])
def test_pitches_and_edges_that_are_no_address(find, text):
    assert find(text, "STREET_ADDRESS") == []


def test_care_of_a_name_leaves_the_name_to_the_name_finder(find):
    assert find("c/o Ama Boateng, 9 The Beeches, Leeds", "STREET_ADDRESS") == ["9 The Beeches, Leeds"]


@pytest.mark.parametrize("text, expected", [
    ("⁂ sirocco | 25 December 2018 | 702 594 1077", "25 December 2018"),
    ("⇛ Ouen | Sun 28th April 2013 | 750|838|2579", "Sun 28th April 2013"),
    ("* Kadiatou-Nene | September the 17th 2014 | 783 192 0331", "September the 17th 2014"),
    ("⁂ Re Weade Toweh | 6th September, 2013 | ASH booking LD-494859", "6th September, 2013"),
])
def test_a_date_in_a_persons_row_beside_an_nhs_number(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == [expected]


def test_one_seldom_word_opening_such_a_row_is_a_name(names):
    assert names("⁂ sirocco | 25 December 2018 | 702 594 1077") == ["sirocco"]


@pytest.mark.parametrize("text", [
    "* Visit | 12 March 2026 | 783 192 0331",
    "* Referral | 12 March 2026 | 783 192 0331",
    "* Mum | 12 March 1990 | 783 192 0331",
    "* Sirocco | 12 March 2026 | room 4",
])
def test_rows_that_are_no_persons_birth(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, found", [
    ("* Squall (11, Year 7) - football mostly", ["Squall"]),
    ("* Sirocco (7, Year 3) - settled at school", ["Sirocco"]),
])
def test_a_name_before_its_age_and_school_year(names, text, found):
    assert names(text) == found


@pytest.mark.parametrize("text, expected", [
    ("dad last addr mother and baby unit, flat 1, 28 ray gut rhyne, rochford. mum mob",
     "mother and baby unit, flat 1, 28 ray gut rhyne, rochford"),
    ("Mr Ono's last known address was Lodgings (host family), 129 Lowther Dune Crescent, Mitcheldean. Meals",
     "Lodgings (host family), 129 Lowther Dune Crescent, Mitcheldean"),
])
def test_a_kind_of_home_after_an_address_cue(find, text, expected):
    assert find(text, "STREET_ADDRESS") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("- at jagger's church of england academy since 25 may 2026", ["jagger's church of england academy"]),
    ("- at amira's primary school since 25 may", []),
    ("- his mate's primary school rang", []),
    ("- the boyfriend's primary school", []),
])
def test_a_school_named_by_a_seldom_possessive(find, text, expected):
    assert find(text, "SCHOOL") == expected
