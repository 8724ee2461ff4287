"""The UK address grammar, phone formats, dates of birth with weekdays, and school names that keep
to their own words: true positives in many shapes and casings, and the look-alikes to leave."""

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def find():
    redactor = Redactor()

    def spans_of(text: str, kind: str) -> list[str]:
        return [text[s.start:s.end].rstrip(".") for s in redactor.spans(text) if s.type == kind]
    return spans_of


@pytest.mark.parametrize("text, expected", [
    # A flat described by where it is in the house.
    ("They moved into First Floor Flat, 17 Hawthorn Dene, Durham last month.",
     ["First Floor Flat, 17 Hawthorn Dene, Durham"]),
    ("post to top flat, 9b heron ride please", ["top flat, 9b heron ride"]),
    ("BASEMENT FLAT, 210 QUARRY BROW, KENDAL, LA9 4QQ", ["BASEMENT FLAT, 210 QUARRY BROW, KENDAL"]),
    # A flat number, then the building, then a street with no house number.
    ("Now at Maisonette 4, Tolpuddle House, Cricket Knoll.", ["Maisonette 4, Tolpuddle House, Cricket Knoll"]),
    ("apt 12, merrow lodge, orchard spinney", ["apt 12, merrow lodge, orchard spinney"]),
    # Flat and house number run together with a slash.
    ("letters to Flat 7/63 Weavers Drove, Stroud.", ["Flat 7/63 Weavers Drove, Stroud"]),
    # A numbered building, then its street.
    ("She stays at 14 Ashdown Mansions, Kestrel Paddock with her aunt.", ["14 Ashdown Mansions, Kestrel Paddock"]),
    ("HOME: 6 WAVERLEY COURT, PELHAM WYND, YORK", ["6 WAVERLEY COURT, PELHAM WYND, YORK"]),
    # Street words beyond the usual few.
    ("found at 3 Tanners Passage yesterday", ["3 Tanners Passage"]),
    ("from 88 Sorrel Leys to 12a Coppergate Garth", ["88 Sorrel Leys", "12a Coppergate Garth"]),
    # A town nobody listed, after a comma and before the end of the address.
    ("now living at 5 Linnet Rise, Ulverston.", ["5 Linnet Rise, Ulverston"]),
    # What follows the comma is the next clause, not a town.
    ("visited 5 Linnet Rise, Tuesday was the review", ["5 Linnet Rise"]),
    ("at 22 Burdock Close, Mum answered the door", ["22 Burdock Close"]),
    # Not addresses: durations, dates, counts, a year before a role.
    ("12 weeks at the park; 2 nights at the hospital", []),
    ("met on 13 december chase the gp about meds", []),
    ("in 2026, camhs dr said the plan was fine", []),
    ("note ends 2026\naddr top", []),
    ("3 bedrooms, a back garden and 1 bathroom", []),
])
def test_street_addresses(find, text, expected):
    assert find(text, "STREET_ADDRESS") == expected


@pytest.mark.parametrize("text, expected", [
    ("tel (+44) 7911 204365 after 5", ["(+44) 7911 204365"]),
    ("landline (+44) 161 496 0732", ["(+44) 161 496 0732"]),
    ("new mob 07988  301246 (do not share)", ["07988  301246"]),
    ("ring 0044 (0) 1632 960 418 or 01632-960418.", ["0044 (0) 1632 960 418", "01632-960418"]),
    ("dad 07700.900.461, nan 020 7946 0958", ["07700.900.461", "020 7946 0958"]),
    # A phone number ends at a full stop: the next sentence's number is not part of it.
    ("gran 01632 960 418. 3 kids at home", ["01632 960 418"]),
    # Not phones: money, scores, counts, a reference.
    ("£1,250.00 owed; 4 of 5 areas improved; ref 2024/56781", []),
])
def test_phone_numbers(find, text, expected):
    assert find(text, "PHONE_NUMBER") == expected


@pytest.mark.parametrize("text, expected", [
    ("dad kofi mensah dob thurs 14/02/1988 nino", ["thurs 14/02/1988"]),
    ("D.O.B. TUE 01/09/2015 | SCHOOL", ["TUE 01/09/2015"]),
    ("She was born on Saturday 3 March 2018 at home.", ["Saturday 3 March 2018"]),
    ("What is your date of birth?\nDad: Friday 9 June 1989.", ["Friday 9 June 1989"]),
    ("DoB: Weds 7 Nov 2012", ["Weds 7 Nov 2012"]),
    # A date alone in brackets right after a person.
    ("CHILD: Oksana Melnyk (19.03.14)", ["19.03.14"]),
    ("re: tomasz wiśniewski (2013/11/02)", ["2013/11/02"]),
    ("Mum (11-05-1991) attended", ["11-05-1991"]),
    # Visit and meeting dates, with or without weekdays, in brackets after an event, stay.
    ("Next visit Tue 12/05/2026; seen Sat 09/05/2026", []),
    ("Core Group (14/05/2026) and review (Thu 02/07/2026)", []),
    ("ICPC held (03.03.26); strategy meeting (01.03.26)", []),
])
def test_dates_of_birth(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize("text, expected", [
    # The name only: not the adjective, verb or number before it.
    ("uniform tidy Larkfield Community Primary School today", ["Larkfield Community Primary School"]),
    ("Year 9 at y9 Ridgeway Studio College", ["Ridgeway Studio College"]),
    ("He enjoys Beech Hill Infant School.", ["Beech Hill Infant School"]),
    ("nursery Puddle Ducks Day Nursery rang back", ["Puddle Ducks Day Nursery"]),
    ("went to St. Aidan's R.C. Primary School", ["St. Aidan's R.C. Primary School"]),
    # Lower-case names in lower-case notes, with the verb before them left out.
    ("misses meadowbank primary school a lot", ["meadowbank primary school"]),
    ("dad said ruby goes to brook farm junior school", ["brook farm junior school"]),
    # A kind of schooling, or school as a thing, is no school's name.
    ("They have moved schools twice. He had two changes of school.", []),
    ("goes to forest school on fridays; meant school was hard; wants school to ring", []),
    ("Maura doing school work at home", []),
])
def test_school_names(find, text, expected):
    assert find(text, "SCHOOL") == expected
