"""Shapes of the fresh19 blind split: identifiers typed in a hurry or said on the phone (a mobile
with a capital O for its 0, a switchboard's option to press, postcodes with two spaces, a date of
birth as "the 25th of March 2014" or "5th of the 1st 2021"), rooms in contingency hotels ("Lakeside
Inn and Suites"), Black Country street words (Leasowes, Holloway, Batch) and schools named after a
saint of a place ("St Hilda of Whitby"); and what is none of them."""

import pytest


@pytest.mark.parametrize("text, kind, found", [
    ("PF carer Mrs Insaf Fadlalla | O7487 072 628 | insfad@gbg.bg", "PHONE_NUMBER", "O7487 072 628"),
    ("mob o7516 747 069 / no cooking", "PHONE_NUMBER", "o7516 747 069"),
    ("the duty line is 01257 482489 (option 2).", "PHONE_NUMBER", "01257 482489 (option 2)"),
    ("House phone's 01902 239776, opt 4, or my mobile.", "PHONE_NUMBER", "01902 239776, opt 4"),
    ("- hotel welfare desk 01942 625965 option 1\n- wants a room", "PHONE_NUMBER", "01942 625965 option 1"),
    ("approved premises, 65 minton street st7  2ux", "UK_POSTCODE", "st7  2ux"),
    ("Mum: ts23  6ez.", "UK_POSTCODE", "ts23  6ez"),
    ("Clemmie Sunter, date of birth the 25th of March 2014, NHS number 765 046 6086.", "DATE_OF_BIRTH",
     "the 25th of March 2014"),
    ("CHILD: ogwang oloya / DATE OF BIRTH: 5th of the 1st 2021 / NHS: 497/306/5234", "DATE_OF_BIRTH",
     "5th of the 1st 2021"),
    ("Tsumugi Saito dob 7th of the 8th, 2014 nhs 743 716 6747.", "DATE_OF_BIRTH", "7th of the 8th, 2014"),
    ("last assmt at room 344, lakeside inn and suites, marl pit twitchel / a broken ruler", "STREET_ADDRESS",
     "room 344, lakeside inn and suites, marl pit twitchel"),
    ("lives 105 glaze leasowes DY6  4NG / tsumugi", "STREET_ADDRESS", "105 glaze leasowes"),
    ("since the family arrived. 167a Etruria Holloway is one room", "STREET_ADDRESS", "167a Etruria Holloway"),
    ("St Chad of Lichfield Catholic Primary School first raised concerns.", "SCHOOL",
     "St Chad of Lichfield Catholic Primary School"),
    ("Indah Nasution of St Hilda of Whitby CE Junior School made the referral", "SCHOOL",
     "St Hilda of Whitby CE Junior School"),
    ("Indah Nasution of St Hilda of Whitby CE Junior School made the referral", "PERSON", "Indah Nasution"),
])
def test_found(find, text, kind, found):
    assert found in find(text, kind)


@pytest.mark.parametrize("text, kind", [
    ("visit on the 3rd of May 2026 and the 4th of the 5th 2026", "DATE_OF_BIRTH"),
    ("Omar 7 was there; O7 rooms were cold; option 2 on the menu", "PHONE_NUMBER"),
    ("a batch of cakes, 3 batch cookies", "STREET_ADDRESS"),
])
def test_not_found(find, text, kind):
    assert find(text, kind) == []


def test_a_black_country_term_of_address_is_no_name(names):
    assert names("House phone's 01902 239776, opt 4, bab, or me mobile.") == []
