"""A note unit that shares most of a long record clause's words is the same claim even when the
embedding puts it a little further off than `same_claim_similarity` (polarity.yaml `wordy_*`):
"agreed to fund the independent visitor's outings" and "did not agree to pay for the independent
visitor's outings" flip. The same words with the same polarity do not."""

import pytest

from eval.checks.scope import polarity
from tests.eval.checks.conftest import NOTES, negation_flagged


@pytest.mark.parametrize("line, sentence, flagged", [
    ("- Mr Oubella agreed to fund the independent visitor's outings",
     "My manager did not agree to pay for the independent visitor's outings.", True),
    ("- Ms Opoku agreed to pay for Kai's swimming lessons at the leisure centre",
     "Ms Opoku refused to pay for Kai's swimming lessons at the leisure centre.", True),
    # look-alikes: the same words, the same polarity
    ("- Mr Oubella agreed to fund the independent visitor's outings",
     "My manager agreed to pay for the independent visitor's outings.", False),
    ("- [no-one has seen him near the annexe since the order]",
     "Nobody has seen Titrit's father near the annexe since the court order.", False),
    ("- Ms Scopa did not agree to fund the independent visitor's outings",
     "My manager did not agree to pay for the independent visitor's outings.", False),
])
def test_a_unit_sharing_most_of_a_long_clause_is_the_same_claim(review, line, sentence, flagged):
    assert negation_flagged(review, sentence, NOTES + "\n" + line) is flagged


@pytest.mark.parametrize("text, negative", [
    ("There is a shortage of nappies in the flat.", True),
    ("Mum said there were shortages of food at the end of the month.", True),
    ("There was no shortage of food in the kitchen.", False),
    ("There was plenty of food in the kitchen.", False),
])
def test_a_shortage_is_not_enough(text, negative):
    assert (polarity(text) == -1) is negative
