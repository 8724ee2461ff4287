"""Negation in a register above the notes' usual one (scope.cue_count, units.clauses and the
`cues`, `scope.phrase` and `clause_breaks` of data/polarity.yaml).

Classes (examples of our own, not from any split):
- "devoid of", "bereft of", "void of" say "no", as "free of" and "without" do: "the fridge was
  devoid of milk" is what "there was no milk in the fridge" says;
- "anything but relaxed" is "not relaxed", one clause ("but" joins nothing there), as "far from"
  says it; "didn't eat anything, but she drank" is two clauses, with one negative;
- "not so much as a missed curfew", "without so much as a phone call" are one clause: "not even
  one", not "not so much" and a claim beside it.
"""

import pytest

from eval.checks.clauses import cue_count
from eval.checks.units import clauses
from tests.eval.checks.conftest import NOTES, negation_flagged


@pytest.mark.parametrize("text, count", [
    ("kitchen devoid of food for the baby", 1),
    ("the bedroom was bereft of toys or books", 1),
    ("a plan void of any dates", 1),
    ("the cottage is anything but suitable in winter", 1),
    ("Ayitey was anything but relaxed", 2),  # "relaxed" is "no worry": not relaxed is worried
    ("not so much as a missed curfew since March", 2),
    # near misses: "anything" then a new clause; a void in a wall is no denial
    ("she wouldn't eat anything but she drank her squash", 1),
    ("there is a void under the floor", 0),
])
def test_cue_counts(text, count):
    assert cue_count(text) == count


@pytest.mark.parametrize("text, parts", [
    ("the cottage is anything but suitable in winter", 1),
    ("dad left without so much as a goodbye", 1),
    ("not so much as a missed curfew since March", 1),
    ("not even as much as a text from dad", 1),
    # near misses: a real "but", "so" and "as" still start a clause
    ("he ate nothing but he drank", 2),
    ("she was tired so she went to bed", 2),
    ("mum was out as it was late", 2),
])
def test_clauses(text, parts):
    assert len(clauses(text)) == parts


@pytest.mark.parametrize("line, sentence, flagged", [
    ("- fridge devoid of milk for the baby", "There was no milk for the baby in the fridge.", False),
    ("- the flat bereft of toys for the twins", "There were no toys for the twins in the flat.", False),
    ("- the flat is anything but warm in winter", "I do not think the flat is warm in winter.", False),
    ("- kai - not so much as a missed session since May", "Kai has not missed a session since May.", False),
    # the same wording, flipped by the record
    ("- fridge devoid of milk for the baby", "There was milk for the baby in the fridge.", True),
    ("- the flat is anything but warm in winter", "I think the flat is warm in winter.", True),
])
def test_literary_negatives_against_plain_ones(review, line, sentence, flagged):
    assert negation_flagged(review, sentence, NOTES + "\n" + line) is flagged
