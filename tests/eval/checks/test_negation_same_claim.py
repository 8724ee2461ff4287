"""Record sentences that say what the notes say, which the negation check must not flag
(accuracy.negation; units.fragment, the cues and `not_negation` of data/polarity.yaml, and the
cancelling of a cue by a state in scope._uncancelled).

Classes (each with examples of our own, not from any split):
- a negative with a tail of repetition or occasion ("did not come, | for the fourth week
  running", "On both visits, | Mum stayed in the room") or a subject split at "and" ("The cooker |
  and the fridge do not work"): the tail, or the first half of the subject, has no verb and
  claims nothing of its own, so it is not compared with a note that says "missed" or "not once";
- a count of a state denied says the opposite state: "no late marks", "not had a single late
  arrival" is "on time every day";
- a move away from a place is "no longer there": "asked for contact to move away from the
  family centre" is "no longer wants contact at the family centre";
- "barely", "hardly", "scarcely" before a clock time say the same as "rarely", "seldom":
  "hardly asleep before 1am" is "asleep after 1am", whichever adverb each side uses;
- someone else's "will not", "will never", "will no longer" is a refusal, a fact to compare,
  not a plan: "Uncle Tomasz will not drive her to contact" flips "uncle drives her to contact";
  the worker's own "I will not be visiting" stays a plan;
- a thing done "with no problem", "without any fuss" worked; a thing done "without being prompted", "without anyone reminding her", "unprompted" was done:
  no negative ("left without telling anyone", "without a coat" still deny).
"""

import pytest

from eval.checks.clauses import _REFUSAL, cue_count
from eval.checks.units import fragment
from tests.eval.checks.conftest import NOTES, negation_flagged


@pytest.mark.parametrize("clause, joined, expected", [
    ("for the fourth week running", False, True),
    ("On both visits", False, True),
    ("again this term", False, True),
    ("FOR THE THIRD TIME", False, True),
    ("every session since March", False, True),
    ("The cooker", True, True),
    ("his bike", True, True),
    ("The cooker", False, False),  # a clause of its own, not half a subject
    ("for weeks she has not eaten", False, False),  # a verb of its own
    ("on Monday Kai went to school", False, False),
    ("not once this term", False, False),  # a cue: a claim to compare
    ("Dad and Mum were late", True, False),
])
def test_fragment(clause, joined, expected):
    assert fragment(clause, joined) is expected


_MISSED = NOTES + "\n- health visitor didn't come - 4th meeting in a row she has missed\n"
_STAYED = NOTES + "\n- never once saw aisha without her nan - nan stayed put, 3 visits now\n"
_BROKEN = NOTES + "\n- neither the cooker nor the fridge works\n"
_LATE = NOTES + "\n- Mr Oyelaran (HT): aisha hasn't had a single late arrival since Easter\n"
_MOVE = NOTES + "\n- AISHA no longer wants her contact with dad at the family centre\n"
_SLEEP = NOTES + "\n- mum: aisha hardly ever asleep before 1am, on her tablet\n"


@pytest.mark.parametrize("sentence, notes", [
    ("The health visitor did not come, for the fourth meeting running.", _MISSED),
    ("The health visitor did not attend again, the fourth time in a row.", _MISSED),
    ("On all three visits, Nan stayed in the room the whole time.", _STAYED),
    ("The cooker and the fridge do not work.", _BROKEN),
    ("the cooker and the fridge are both broken.", _BROKEN),
    ("Mr Oyelaran told me Aisha has been on time every day since Easter.", _LATE),
    ("Aisha has asked for her contact with Dad to move away from the family centre.", _MOVE),
    ("Mum said Aisha rarely gets to sleep before 1am because of her tablet.", _SLEEP),
    ("Mum said Aisha barely sleeps before 1am because of her tablet.", _SLEEP),
])
def test_the_same_claim_is_no_flip(review, sentence, notes):
    assert not negation_flagged(review, sentence, notes)


@pytest.mark.parametrize("sentence, notes", [
    ("The health visitor came to the meeting.", _MISSED),
    ("The cooker and the fridge both work now.", _BROKEN),
    ("Mr Oyelaran told me Aisha has been late several times since Easter.", _LATE),
    ("Aisha wants her contact with Dad to stay at the family centre.", _MOVE),
])
def test_a_flip_beside_them_is_still_found(review, sentence, notes):
    assert negation_flagged(review, sentence, notes)


@pytest.mark.parametrize("sentence, refusal", [
    ("Uncle Tomasz will not drive her to contact.", True),
    ("her nan will never have the boys overnight", True),
    ("THE SCHOOL WILL NO LONGER PROVIDE TRANSPORT", True),
    ("Kai still will not go to bed before ten.", True),
    ("I will not be visiting next week.", False),  # the worker's own plan
    ("We will not hold the meeting in school.", False),
    ("Mum will take Kai to the dentist.", False),
])
def test_a_refusal_is_no_plan(sentence, refusal):
    assert bool(_REFUSAL.search(sentence)) is refusal


_LIFT = NOTES + "\n- Uncle Tomasz drives aisha to contact every other saturday\n"


def test_a_refusal_flips_a_habit(review):
    assert negation_flagged(review, "Uncle Tomasz will not drive Aisha to contact.", _LIFT)
    assert not negation_flagged(review, "Uncle Tomasz drives Aisha to contact every other Saturday.", _LIFT)


@pytest.mark.parametrize("text, cues", [
    ("The family use the food bank without being prompted.", 0),
    ("Mr Nowak takes his medication without anyone reminding him", 0),
    ("OLUWASEUN DID HER HOMEWORK UNPROMPTED", 0),
    ("- mum rang school without me asking", 0),
    ("Mum went out without telling anyone", 1),  # she did not tell
    ("he took the car without asking", 1),
    ("came to contact without a coat", 1),
    ("the front door locks with no problem", 0),  # it works
    ("Kai settled at bedtime without any fuss", 0),
    ("- no problems at school this term", 1),  # a claim: nothing wrong
    ("she has been without trouble at school since May", 1),
])
def test_done_of_ones_own_accord(text, cues):
    assert cue_count(text) == cues


_ACCORD = NOTES + "\n- mum now takes aisha to the breakfast club without being reminded\n"


def test_a_refusal_flips_what_was_done_unprompted(review):
    assert negation_flagged(review, "Mum still will not take Aisha to the breakfast club.", _ACCORD)
    assert not negation_flagged(review, "Mum now takes Aisha to the breakfast club without being reminded.", _ACCORD)
