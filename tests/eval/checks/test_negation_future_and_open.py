"""Record sentences that say what the notes say in other words, which the negation check must
not flag, and flips beside them that it must still find (accuracy.negation; `not_negation`,
`same_as` and `negation` of data/polarity.yaml, clauses._OPEN and clauses._wordier_rival).

Classes (examples of our own, not from any split):
- a future "not ... until" says not now, as "unable to ... until" does: "will not see Aisha
  until the new year", "won't start till January" ("did not come home until 2am" is past: he came);
- an open question of when or whether ("do not yet know when they will move", "is not sure
  whether the move will go ahead") denies nothing the notes affirm;
- a note line that shares clearly more of the clause's words, and is nearly as close, says what
  the clause says: a line that shares only a place with it ("no longer at the hostel") is about
  something else; "phones" after its subject is a call.
"""

import pytest

from eval.checks.clauses import _OPEN
from eval.checks.scope import cue_count
from tests.eval.checks.conftest import NOTES, negation_flagged


@pytest.mark.parametrize("text, cues", [
    ("Ms Osei will not see Aisha until the new year.", 1),
    ("The tutor won't start with her until after Easter", 1),
    ("the nursery shall not take him till January", 1),
    ("Mum can't get her up until 11am", 0),  # a clock time: up at 11
    ("Dad did not come home until 2am.", 0),  # past: he came home at 2am
    ("Mum didn't get up until noon", 0),
    ("Mum will not see him until he apologises.", 1),
])
def test_a_future_until_stays_negative(text, cues):
    assert cue_count(text) == cues


@pytest.mark.parametrize("clause, open_", [
    ("The family do not yet know when they will get a flat.", True),
    ("Mum is not sure whether the move will go ahead", True),
    ("Dad has not been told how long the course lasts", True),
    ("The family do not know the housing officer.", False),
    ("Mum does not know where Dad lives.", False),  # a fact that can be flipped
    ("The family know when they will move.", False),
])
def test_an_open_question_claims_nothing(clause, open_):
    assert bool(_OPEN.search(clause)) is open_


_WHEN = NOTES + "\n- housing: family will be in the hostel 6 more wks then get a flat\n- no date yet for a flat\n"
_RINGS = NOTES + "\n- aisha no longer at the hostel, in foster care near school\n- mum rings aisha at the foster home every night at seven\n"
_UNTIL = NOTES + "\n- Ms Osei (CAMHS) unable to offer anything until the new year\n"


@pytest.mark.parametrize("sentence, notes", [
    ("The family do not yet know when they will get a flat.", _WHEN),
    ("Mum phones Aisha at the foster home every evening.", _RINGS),
    ("Ms Osei from CAMHS will not see Aisha until the new year.", _UNTIL),
])
def test_the_same_claim_in_other_words_is_no_flip(review, sentence, notes):
    assert not negation_flagged(review, sentence, notes)


@pytest.mark.parametrize("sentence, notes", [
    ("Aisha is still living at the hostel.", _RINGS),
])
def test_a_flip_beside_them_is_still_found(review, sentence, notes):
    assert negation_flagged(review, sentence, notes)


_SCRIPT = NOTES + "\n- mum on a methadone script from the GP\n"
_OFFER = NOTES + "\n- family have had an offer of a 3-bed house\n- mum won't go back to the old house\n"


@pytest.mark.parametrize("sentence, notes, flagged", [
    # a "script" is a prescription
    ("Mum is not on any prescription.", _SCRIPT, True),
    ("Mum is on a methadone prescription from the GP.", _SCRIPT, False),
    # a unit that shares only "house" is no rival of the one that shares the offer
    ("The family have had no offer of a house.", _OFFER, True),
    ("The family have had an offer of a three-bedroom house.", _OFFER, False),
])
def test_quantified_denials_and_other_words(review, sentence, notes, flagged):
    assert negation_flagged(review, sentence, notes) is flagged
