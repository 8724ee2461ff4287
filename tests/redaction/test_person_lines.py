"""A person line ("Name / phone / e-mail / DOB / ref") as a cue for its fields, phone numbers
that ran on into the next field, and a boat's mooring written in lower case."""

import pytest


@pytest.mark.parametrize("text, kind, expected", [
    ("▪ Ottilie Marchbanks / 7912 334455 / ottie.m@example.org", "PHONE_NUMBER", ["7912 334455"]),
    ("- Bartosz Wrobel / 1632 960123 / ref 88213", "PHONE_NUMBER", ["1632 960123"]),
    ("◦ Halima Osei / Friday 4th March 2016 / CP/2021/4471", "DATE_OF_BIRTH", ["Friday 4th March 2016"]),
    ("* yusuf mahad / 12.05.2018 / yusuf.m@mail.com", "DATE_OF_BIRTH", ["12.05.2018"]),
    # A number that runs on into the next field of a line is cut where the field ends.
    ("mum working 0044 (0)1632 960123 / 3 school moves", "PHONE_NUMBER", ["0044 (0)1632 960123"]),
    ("ring +44 (0)20 7946 0321 / 2 visits left", "PHONE_NUMBER", ["+44 (0)20 7946 0321"]),
    # A boat's name, its berth and its pier, in lower case.
    ("now on narrowboat heron, berth 12, canary wharf pier since may", "STREET_ADDRESS",
     ["narrowboat heron, berth 12, canary wharf pier"]),
])
def test_person_line_fields(find, text, kind, expected):
    assert find(text, kind) == expected


@pytest.mark.parametrize("text, kind", [
    # No person first, or nothing else that identifies: a visit's date, a count.
    ("Supervision / Amara Quist / 3.1.26 / ref 44120", "DATE_OF_BIRTH"),
    ("Home visit / 14 March 2026 / ref 55120", "DATE_OF_BIRTH"),
    ("Ottilie Marchbanks / home visit / 8-Dec-26", "DATE_OF_BIRTH"),
    ("Core group / 7912 334455 / minutes to follow", "PHONE_NUMBER"),
    ("Ottilie Marchbanks / 7912 334455", "PHONE_NUMBER"),
    ("the barge trip, 12 weeks at the park, was fun", "STREET_ADDRESS"),
])
def test_not_a_person_line(find, text, kind):
    assert find(text, kind) == []
