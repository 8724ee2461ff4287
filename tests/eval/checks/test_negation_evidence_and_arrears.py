"""Double negatives of evidence and being late with a payment (accuracy.negation; the cues and
`not_negation` of data/polarity.yaml, read by scope.polarity). (AN23, fresh23.)

Classes (examples of our own, not from any split):
- "no trace of / no sign of / no evidence of ... going without" is evidence that they always
  have enough, as "nothing to suggest they go without" is: no negative left;
- "late with the rent / the service charge / her payments" is late as a state, so "never late
  with the rent" says "pays it on time"; "came home late with the kids" says when, no state.
"""

import pytest

from eval.checks.clauses import polarity


@pytest.mark.parametrize("text, sign", [
    ("There is no trace of the children going without food.", 1),
    ("no sign of the kids going without meals at the caravan", 1),
    ("No evidence of Tomasz going without his inhaler.", 1),
    ("I saw nothing to suggest the children go without food.", 1),
    # ... a sign of going without is a negative; a sign of something else stays a denial of it
    ("I saw signs that the children go without food.", -1),
    ("There is no sign of Dad at the flat.", -1),
    ("No trace of cannabis in the hair strand test.", -1),
])
def test_evidence_of_none_going_without_is_no_negative(text, sign):
    assert polarity(text) == sign


@pytest.mark.parametrize("text, sign", [
    ("foyer kw: never once late with the service charge", 1),
    ("Mum has never been late with the rent.", 1),
    ("Dad is often late with his child maintenance payments.", -1),
    ("She is late with the foyer service charge again.", -1),
    # late as a time of day, with company: no state
    ("Dad came home late with the kids.", 1),
    ("We talked late with Nan in the kitchen.", 1),
])
def test_late_with_a_payment_is_a_state(text, sign):
    assert polarity(text) == sign
