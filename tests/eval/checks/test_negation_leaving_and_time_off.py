"""Leaving, regular time off, a sender denied and words counted once, for the negation check
(accuracy.negation; polarity.yaml `same_as` leave, `lessening`, `cues`, `scope.messages`;
agreement.word_overlap, agreement.contrary; clauses._whole).

Classes (examples of our own, not from any split):
- a move away from a place or person is leaving it: "does not want to move away from his nan"
  says what "wouldn't hear of leaving nan's house" says; "wants to move away" flips it;
- a regular time away with what is done instead is an absence: "misses Tuesday mornings to look
  after his mum" ("misses Sundays with his dad" is longing);
- "not a peep from the dentist", "no letter from housing" deny that the sender sent word;
- a note word spelt out ("ward": hospital, stay) confirms one record word, not two;
- a contrary inside a clause of time ("when he leaves hospital") is no claim.
"""

import pytest

from eval.checks.agreement import contrary, word_overlap
from eval.checks.scope import cue_count, negated
from tests.eval.checks.conftest import NOTES, negation_flagged

_LEAVING = NOTES + "\n- aisha - wouldnt hear of leaving nan's house\n"
_MOVING = NOTES + "\n- aisha point blank refuses to move out of her nan's house\n"


@pytest.mark.parametrize("sentence, notes", [
    ("Aisha does not want to move away from her grandmother's house.", _LEAVING),
    ("Aisha does not want to leave her nan's house.", _LEAVING),
    ("Aisha wants to stay at her nan's house.", _MOVING),
])
def test_leaving_said_either_way_is_no_flip(review, sentence, notes):
    assert not negation_flagged(review, sentence, notes)


@pytest.mark.parametrize("sentence, notes", [
    ("Aisha wants to move away from her nan's house.", _LEAVING),
    ("Aisha wants to leave her nan's house.", _LEAVING),
])
def test_wanting_to_leave_flips_it(review, sentence, notes):
    assert negation_flagged(review, sentence, notes)


@pytest.mark.parametrize("text, cues", [
    ("adil misses friday afternoons to help dad with the pitches", 1),
    ("misses most Tuesday mornings to look after his mum", 1),
    ("misses school on Friday afternoons", 1),
    ("misses sundays with dad", 0),  # longing, no absence
    ("she misses her nan", 0),
])
def test_a_regular_time_away(text, cues):
    assert cue_count(text) == cues


_TUESDAYS = NOTES + "\n- aisha misses tuesday mornings to look after mum\n"


def test_time_away_flips_attending_and_agrees_with_missing(review):
    assert negation_flagged(review, "Aisha is in school every Tuesday morning.", _TUESDAYS)
    assert not negation_flagged(review, "Aisha misses school on Tuesday mornings to care for Mum.", _TUESDAYS)


@pytest.mark.parametrize("text, denied", [
    ("There has been not a peep from the dentist since the referral.", "dentist"),
    ("no letter from housing re the bid", "hous"),
    ("not a word from the school about the exclusion", "school"),
])
def test_a_sender_denied(text, denied):
    assert denied in negated(text)


def test_one_note_word_confirms_one_record_word():
    # "ward" spelt out is hospital, stay: beside "the ward sister" it confirms no stay
    assert word_overlap("The ward sister said his mother stays overnight.", "wouldnt hear of going back to the ward")[0] < 0.3
    assert word_overlap("He wants to go back into hospital.", "wouldn't hear of going back to the ward")[0] >= 0.5


def test_a_contrary_in_a_clause_of_time_is_no_claim():
    assert not contrary("He wants to return to his school when he leaves hospital.",
                        "a hospital school plan for when he goes home before the nightstop stay ends")
    assert contrary("He wants to leave his school and the hospital teaching.", "He wants to stay at his school with the hospital teaching")
