"""Homes named by their kind with a relative's word ("granny flat", "nanny annexe"), streets whose
name ends in two street words ("Turnpike Gate Gardens", "Cordwainers Yard Chare"), a town between
the street and a date; dates of birth given as an answer on the line after the question, behind a
speaker's label that holds a number ("Speaker 2: May. 16, 1991"), and a name's date of birth with
their NHS number after it. True positives, and the same words where nothing is identified."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("They moved into Granny Flat, 12 Weaver Close, Leyland last month.",
     ["Granny Flat, 12 Weaver Close, Leyland"]),
    ("dad staying granny flat, 7a kiln road, frome - mum unaware",
     ["granny flat, 7a kiln road, frome"]),
    ("POST TO: NANNY ANNEXE, 40 SADDLERS WAY, KENDAL",
     ["NANNY ANNEXE, 40 SADDLERS WAY, KENDAL"]),
    ("Old address: The Lodge, Northgate Cemetery, Station Road Gardens, which they left.",
     ["The Lodge, Northgate Cemetery, Station Road Gardens"]),
    ("lives unit 6, riverside business park, tanners yard row since the eviction",
     ["unit 6, riverside business park, tanners yard row"]),
    ("Left Plot 14, Meadow Fields, Kiln Lane, Skipton 03-MAR-2026 when the lease ended.",
     ["Plot 14, Meadow Fields, Kiln Lane, Skipton"]),
])
def test_kinds_of_home_and_two_word_streets(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == expected


@pytest.mark.parametrize("text", [
    "nan's house was cold and granny flat roofs leak, she said",
    "mum's flat, kitchen and bathroom were clean",
    "we walked past the station road gardens close to school",
])
def test_no_home_here(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, expected", [
    ("Speaker 1: Your date of birth?\nSpeaker 2: May. 16, 1991.\nSpeaker 1: Thanks.", ["May. 16, 1991"]),
    ("Interviewer: And her date of birth please?\nMum: 2015 04 03\nInterviewer: ok", ["2015 04 03"]),
    ("SW: when was Kacper born?\nDAD: 3rd of June 2017\nSW: thank you", ["3rd of June 2017"]),
    ("Q: DOB?\nA 2: 09/11/2008\nQ: and school?", ["09/11/2008"]),
    ("[00:02:14] Speaker 3: what's your dob\n[00:02:19] Speaker 4: 21-JAN-1988", ["21-JAN-1988"]),
    ("DOB: 03/04/2015", ["03/04/2015"]),
])
def test_an_answer_a_line_after_the_question(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize("text", [
    "Speaker 1: Born in Leeds?\nSpeaker 2: Yes, we moved here on 12/03/2019.",
    "Speaker 1: How was the birth plan meeting?\nSpeaker 2: 14/05/2026 was fine.",
    "Speaker 1: When is the next visit?\nSpeaker 2: 04/06/2026.",
])
def test_no_birth_asked(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, name, dob", [
    ("court ref 22. amara okonjo 14/02/2012 nhs 401 223 4560. home visit", "amara okonjo", "14/02/2012"),
    ("hv notes / Tadeusz Wiśniewski 2 May 2019 NHS no: 943-476-5919 / mum present",
     "Tadeusz Wiśniewski", "2 May 2019"),
])
def test_name_and_date_before_an_nhs_number(find, text, name, dob):
    assert name in find(text, "PERSON")
    assert find(text, "DATE_OF_BIRTH") == [dob]


def test_a_visit_date_before_a_visit_stays(find):
    assert find("cp visit. seen 14/02/2026 with mum, nhs 401 223 4560 on file", "DATE_OF_BIRTH") == []
