"""Homes named by whose they were ("the shepherd's hut, ...", "The Keeper's Cabin, ..."), lofts in
converted works ("Loft 9, Tinplate Factory, ..."), any UK town after a street (gb_places.txt, read
only for addresses), and nurseries named by everyday words written capitalised ("Busy Weeks
Nursery"). True positives and tricky negatives."""

import pytest

from redaction.lexicon import address_towns, lexicon


@pytest.mark.parametrize("text, expected", [
    ("records still give The Keeper's Cabin, Windle Farm, Cobblers Lane as home",
     "The Keeper's Cabin, Windle Farm, Cobblers Lane"),
    ("moved out of the warrener's hut, nab end farm, tinkers wynd last spring",
     "the warrener's hut, nab end farm, tinkers wynd"),
    ("OLD ADDRESS: THE GAMEKEEPER'S BOTHY, HIGH INTAKE FARM, LIMEKILN GATE", "THE GAMEKEEPER'S BOTHY, HIGH INTAKE FARM, LIMEKILN GATE"),
    ("Ms Oyelaran rents Loft 9, Tinplate Factory, 41 Rope Walk Bridport now", "Loft 9, Tinplate Factory, 41 Rope Walk Bridport"),
    ("housed at loft 3b, the old maltings, 7 kilnhouse row, sudbury", "loft 3b, the old maltings, 7 kilnhouse row, sudbury"),
    ("they left 12 Hatbox Warehouse, Spinners Ginnel on 3 May", "12 Hatbox Warehouse, Spinners Ginnel"),
])
def test_named_and_converted_homes_are_addresses(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == [expected]


@pytest.mark.parametrize("text", [
    "we walked past the farmer's barn, then the field and the lane",
    "the keeper's hut, the pond and the woods were on the walk",
    "loft conversion planned, then the kitchen",
    "the factory, the canal and the park are near school",
])
def test_huts_and_lofts_in_passing_are_no_address(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, town", [
    ("the police hold 31 Ostler Street Leyland as his address", "Leyland"),
    ("lives at 7 Coopers Row Saltburn-by-the-Sea with nan", "Saltburn-by-the-Sea"),
    ("letters to 19 wheelwright close, crediton, please", "crediton"),
])
def test_any_uk_town_ends_the_street_address(find, text, town):
    (address,) = find(text, "STREET_ADDRESS")
    assert address.rstrip(",. ").endswith(town)


def test_gazetteer_towns_are_no_clue_against_names():
    # gb_places.txt names addresses' towns only: a place that is also a given name stays a name.
    assert "leyland" in address_towns() and "crediton" in address_towns()
    assert not lexicon().weak("Leyland") and not lexicon().weak("Crediton")
    assert "hope" not in address_towns() and "march" not in address_towns()  # everyday words left out


@pytest.mark.parametrize("text, school", [
    ("The referral came from Busy Weeks Nursery on 2 March.", "Busy Weeks Nursery"),
    ("She started at Seven Oaks Day Nursery in September", "Seven Oaks Day Nursery"),
    ("held at Happy Days Pre-School, mapped on paper", "Happy Days Pre-School"),
])
def test_capitalised_everyday_words_name_a_nursery(find, text, school):
    assert find(text, "SCHOOL") == [school]


@pytest.mark.parametrize("text", [
    "she has missed three days school and two weeks nursery",
    "She was off for Five Days. School was told.",
    "happy days nursery was mentioned by mum",  # in lower case, everyday words name nothing
])
def test_everyday_words_about_school_are_no_school(find, text):
    assert find(text, "SCHOOL") == []


@pytest.mark.parametrize("text, name", [
    ("Clemency Okwuosa has not engaged since March.", "Clemency Okwuosa"),
    ("Valiant Okonkwo-Reyes rang the office twice.", "Valiant Okonkwo-Reyes"),
    ("✓ Ms Amity Thatcher: settled in reading group", "Amity Thatcher"),
    ("Dr Noble Carver: weight on the 9th centile", "Noble Carver"),
])
def test_word_given_names_before_a_surname_or_a_colon(names, text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, kept", [
    ("Nurse Okafor said the weight is fine.", "Nurse"),
    ("Today Okafor said the weight is fine.", "Today"),
    ("Mum Adeyemi: we have moved.", "Mum"),
])
def test_roles_and_days_before_a_surname_stay(redactor, text, kept):
    assert not any(s.start == 0 for s in redactor.spans(text) if text[s.start:s.end].startswith(kept))
