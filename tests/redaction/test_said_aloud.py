"""Numbers written as they were said, digit by digit in words ("oh double seven nine one, five six
four three eight oh"), a mobile with its 0 set apart, the Dales' and the coast's street words, a
room with its kind in brackets opening an address ("Room 3 (HMO), 78 ..."), a boat's licence as a
reference; with look-alikes that stay."""

import pytest


@pytest.mark.parametrize("text, kind, found", [
    ("mam mob as she said it oh double seven nine one, five six four three eight oh, condensation",
     "PHONE_NUMBER", "oh double seven nine one, five six four three eight oh"),
    ("⊞ Park office (msgs) zero one nine eight three, six nine seven oh double one",
     "PHONE_NUMBER", "zero one nine eight three, six nine seven oh double one"),
    ("Mam: 0 7821 148 395.", "PHONE_NUMBER", "0 7821 148 395"),
    ("nhs no seven nine five, five eight nine, six oh one seven", "UK_NHS",
     "seven nine five, five eight nine, six oh one seven"),
    ("NHS: SEVEN OH SIX, OH NINE EIGHT, ONE NINE THREE FOUR", "UK_NHS", "SEVEN OH SIX, OH NINE EIGHT, ONE NINE THREE FOUR"),
    ("Mam: six five one, seven one two, five double one six.", "UK_NHS", "six five one, seven one two, five double one six"),
    ("SW: Still at 16b Towpath Basin Steads Broadstairs?", "STREET_ADDRESS", "16b Towpath Basin Steads Broadstairs"),
    ("post still goes to 49 Old Gang Hope, where a neighbour keeps it", "STREET_ADDRESS", "49 Old Gang Hope"),
    ("done at 28a Tennyson Down Ness, Ingleton.", "STREET_ADDRESS", "28a Tennyson Down Ness, Ingleton"),
    ("⟡ Our ref: CRT boat licence 028060", "CASE_REFERENCE", "028060"),
    ("evicted from Room 3 (HMO), 78 Bathing Machine Ghyll on November 15th, 2025", "STREET_ADDRESS",
     "Room 3 (HMO), 78 Bathing Machine Ghyll"),
    ("last assmt done at room 3 (hmo), 28b chalk pit twitten, shanklin; a moorhen", "STREET_ADDRESS",
     "room 3 (hmo), 28b chalk pit twitten, shanklin"),
])
def test_found(find, text, kind, found):
    assert found in find(text, kind)


@pytest.mark.parametrize("text", [
    "she counted one, two, three, four, five, six, seven stairs",
    "at 0 1234 hours",
    "six five one, seven one two, five double one seven",  # a failed check digit and no cue
    "there is hope, 3 gap years",
    "a boat licence costs 1200 a year",
    "she sat in room 3 (quiet room), then left",
])
def test_left(redactor, text):
    assert [s for s in redactor.spans(text) if s.type != "PERSON"] == []


@pytest.mark.parametrize("text", ["room 3 (hmo)", "yw whatsapp today", "bidding wkly."])
def test_shorthand_is_no_name(names, text):
    assert names(text) == []
