"""A child named by the school they were put out of ("Kersey, an excluded kid", "a PRU kid"), a
person made a monster ("this boat dweller from hell") or a nightmare ("Pao, an attendance
nightmare") (fresh23); and the look-alikes that must not fire."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("Kersey, an excluded kid, has had no school place since December.", "excluded kid"),
    ("Dobromir, a PRU kid, has said he would like to train as a mechanic.", "PRU kid"),
    ("Tia, an expelled kid, is at home all day.", "expelled kid"),
    ("He is one of the alternative provision kids now.", "alternative provision kids"),
    ("The houseboat this boat dweller from hell lives on was warm and dry.", "from hell"),
    ("Mum said the neighbours from hell had moved out.", "from hell"),
    ("Pao, an attendance nightmare, has attended school since July.", "attendance nightmare"),
    ("Deighton is a behaviour nightmare in class.", "behaviour nightmare"),
    ("Dad is an absolute nightmare to work with.", "nightmare to work with"),
    ("This nightmare family have moved again.", "nightmare family"),
])
def test_a_child_named_by_school_or_made_a_monster_is_flagged(review, sentence, term):
    assert any(term in found or found in term for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "The school is supporting an excluded pupil's appeal to the governors.",
    "Kersey was offered a PRU place from January.",
    "The PRU kids club meets on Fridays.",
    "Mum said the excluded pupils panel met on Monday.",
    "Pao had a nightmare about the dog and woke at 3am.",
    "Mum has a real pain in her back since the fall.",
    "Amy has nightmares about the fire and sleeps with the light on.",
    "The family live on a boat on the canal.",
    "The attendance officer visited on Tuesday.",
    "The kids from the hostel play football together on Saturdays.",
])
def test_look_alikes_are_left_alone(review, sentence):
    assert _medium(review, sentence) == []
