"""A person filed under a service's category or a slur of where they came from ("a remedial kid", "a
NEET in waiting", "a dole-queue dad", "a DNA family", "a vandal", "this prison baby", "a lag's wife")
is stigmatising; the plain facts those words also name are not. A listed word as the surname of someone
the record names ("Clemencia Popo") is a name."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _found(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"]) if f.span]


@pytest.mark.parametrize("sentence, term", [
    ("Marvi, a remedial kid, was given a reading award by the virtual school.", "remedial kid"),
    ("Asafoetida, a NEET in waiting, has said he would like to train as a farrier.", "a NEET"),
    ("Lovage reads the family's letters out to Dad, a dole-queue dad by all accounts.", "dole-queue dad"),
    ("Nobody from the school came to the review about Sylvestre, a vandal in their eyes.", "a vandal"),
    ("The room in the unit, where this prison baby lives, has a cot and photos on the wall.", "prison baby"),
    ("Mum, a fly-tipping family man like the rest of them, has lived on the next bay since January.", "fly-tipping family"),
    ("The baby, from a DNA family, has missed her immunisations.", "a DNA family"),
    ("My manager expects the outcome about this tick-box family to be on file this week.", "tick-box family"),
    ("Dad, a lag's wife, phones Mirjana at the hotel every evening.", "a lag's wife"),
    ("Her grandmother, a granny dumping ground by her own joke, told me the baby feeds well.", "granny dumping ground"),
    ("Dunja, a care leaver statistic waiting to happen, hopes to have her own flat.", "a care leaver statistic"),
])
def test_a_service_label_is_found(review, sentence, term):
    assert term in _found(review, sentence)


@pytest.mark.parametrize("sentence", [
    "Anis goes to a remedial reading group twice a week.",
    "His NEET status means the leaving care team can fund the course.",
    "Dad has been in the dole queue since the plant shut.",
    "The DNA test results came back this week.",
    "The panel was a tick-box exercise, Mum said.",
    "The council has reported fly-tipping on the site.",
    "The bus shelter was damaged by vandals last week and Anis was not involved.",
    "Mum was moved to the prison mother and baby unit in June.",
    "The prison baby unit has a nursery nurse.",
    "The field is used as a dumping ground for old cars.",
    "Care leaver statistics show fewer young people go to university.",
])
def test_the_plain_fact_is_no_label(review, sentence):
    assert _found(review, sentence) == []


def test_a_listed_word_as_a_surname_is_a_name(review):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\nClemencia Popo was seen at home with her nan. Clemencia was happy.\n")
    assert not [f for f in review(record, only=["language.stigmatising"]) if "Popo" in (f.evidence or "")]
