"""A length of time the record works out between two dates is no number of its own
(accuracy.unsupported; numerals `without_intervals`, `named_times`).

Class (examples of our own): the notes give a date ("see you Monday the 28th", "next HV 3/6"),
the record adds "in about four weeks" beside it; a fortnight is two weeks and 14 days. A number
that is a fact of its own ("excluded for five days on 3 March") still counts.
"""

import pytest

from eval.checks.numerals import named_times, numbers, without_intervals


@pytest.mark.parametrize("text, kept", [
    ("Ariana's next visit is booked for Tuesday 3 June, in about five weeks.", {"3"}),
    ("Next home visit: 14/7 (six weeks from now)", {"14", "7"}),
    ("I will see Tomás again on the 21st, in three weeks' time.", {"21"}),
    ("NEXT REVIEW 2 MARCH, IN ROUGHLY 8 WEEKS", {"2"}),
    ("Luca was excluded for five days on 3 March.", {"5", "3"}),
    ("I will visit again in four weeks.", {"4"}),  # no date: the four weeks is the claim
])
def test_an_interval_beside_its_date(text, kept):
    assert numbers(without_intervals(text)) == kept


@pytest.mark.parametrize("notes, given", [
    ("review in a fortnight", {"2", "14"}),
    ("- fortnightly contact at the family centre", {"2", "14"}),
    ("review next week", set()),
])
def test_a_fortnight_is_two_weeks(notes, given):
    assert given <= named_times(notes) and (given or not named_times(notes))
