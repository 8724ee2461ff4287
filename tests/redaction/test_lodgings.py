"""Homes booked by the room, the pitch or the lock; dates of birth written with stops and spaces or
as a system exports them; references with few digits or an agency's cue. True positives and
tricky negatives (the same words where nobody lives, visit dates, counts)."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # Rooms in pairs, blocks of initial accommodation, rows of almshouses.
    ("The family share Rooms 11 and 12, 64 Tanner Gate.", ["Rooms 11 and 12, 64 Tanner Gate"]),
    ("housed in room 9, block d, oakridge contingency accommodation, 21 bellfounders way",
     ["room 9, block d, oakridge contingency accommodation, 21 bellfounders way"]),
    ("Nan has moved into 3 Lady Margaret Houses, Chantry Walk.", ["3 Lady Margaret Houses, Chantry Walk"]),
    # A park home, a holiday chalet, a canal cottage by its lock.
    ("They rent Home 17, Brookside Residential Park, Selby.", ["Home 17, Brookside Residential Park, Selby"]),
    ("still at chalet 4, bluebell holiday village", ["chalet 4, bluebell holiday village"]),
    ("Mum moved to Keeper's Cottage, Lock 41, Caldon Canal last spring",
     ["Keeper's Cottage, Lock 41, Caldon Canal"]),
    ("visited at toll house, lock 7, shropshire union canal - all ok",
     ["toll house, lock 7, shropshire union canal"]),
    # A gatehouse of a hall, a flat over a pub by the pub's name.
    ("Placement: The Gatehouse, Brackley Hall, Sexton Lane", ["The Gatehouse, Brackley Hall, Sexton Lane"]),
    ("dad at flat over the fox and hounds, 9 drovers croft tonight", ["flat over the fox and hounds, 9 drovers croft"]),
    # A town ending a form's field before the next one (a tab).
    ("ADDRESS:\t41 Weavers Tye, Stroud\tPOSTCODE:\tGL5 1AA", ["41 Weavers Tye, Stroud"]),
    # After a cue, rooms in pairs.
    ("Her address is Rooms 5 and 6, 30 Glover Street.", ["Rooms 5 and 6, 30 Glover Street"]),
])
def test_lodgings(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == expected


@pytest.mark.parametrize("text", [
    "The transit site was closed for the winter.",
    "Room 4 at school is where the nurture group meets.",
    "She was home 3 days, then back at college.",
    "We walked along the canal to lock 5 and back.",
    "Group work in block 3, then lunch in the hall.",
    "The flat over the chip shop is empty now.",
    "Rooms 2 and 3 at the family centre were booked for contact.",
    "Sponsor's address (Homes for Ukraine) is recorded on the form.",
])
def test_not_lodgings(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, expected", [
    ("Name Lior Ben-David / DOB 7. 9. 2016 / NHS 943 476 5919", ["7. 9. 2016"]),
    ("date of birth: 21 . 03 . 2012", ["21 . 03 . 2012"]),
    ("CHILD:\tSefa Demir\tDOB:\t2011-02-14T00:00:00", ["2011-02-14T00:00:00"]),
    ("dob 2019-10-30t00:00:00.000z per the export", ["2019-10-30t00:00:00.000z"]),
    ("Dad's DOB is 04/11/1986 00:00 on the system", ["04/11/1986 00:00"]),
    ("born 1. 12. 09 at the Royal", ["1. 12. 09"]),
    # A name opening a clause, then the date, then a reference named by its cue.
    ("seen today, kasia nowak 3. 8. 2014 pid rio no. 77120934", ["3. 8. 2014"]),
    ("tomas silva 12/05/2011 hmp no. K4821QT", ["12/05/2011"]),
])
def test_birth_dates(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize("text", [
    "Visit 5. 6. 2026 with mum, DOB checked on file.",
    "Review on 2026-01-05T10:00:00 by the team.",
    "met mum, sarah jones 12/03/2026 about the plan",
    "Core group 3. 4. 2026 at the family hub.",
])
def test_not_birth_dates(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, expected", [
    ("Dad's prison no. is A4417KD at the moment.", ["A4417KD"]),
    ("prisoner number b1234cd, release date unknown", ["b1234cd"]),
    ("Learner's ULN 4830217719 on the college letter", ["4830217719"]),
    ("e-RS booking ref 412093378812", ["412093378812"]),
    ("NASS ref 7731902 for the family", ["7731902"]),
    # A system's prefix in capitals goes with its number, as "LAC 55101" does.
    ("probation CRN X481920 (dad)", ["CRN X481920"]),
])
def test_agency_references(find, text, expected):
    assert find(text, "CASE_REFERENCE") == expected


@pytest.mark.parametrize("text", [
    "Prison visit booked for 2026, a 4 hour trip.",
    "Dad said the prison is 40 miles away; booking 2 weeks ahead.",
    "ref A1234 BC was not found",
    "Review on 2026-01-05T10:00:00 by the team.",
])
def test_not_agency_references(find, text):
    assert find(text, "CASE_REFERENCE") == []
