"""Negation: refusals until a condition, preferences said by denying every other, things kept
by refusing to hand them over, and a child out when the worker came (accuracy.negation; the
`not_negation` and `same_as` of data/polarity.yaml).

Classes (examples of our own, not from any split):
- "will not see his father until he apologises": an "until" with a present-tense verb after its
  subject ("he apologises", "she says sorry") is a condition still to be met, a negative now
  ("did not come home until he was sixteen", "not home until 2am" happened);
- "nowhere else she'd rather live than the site", "no one he would rather be with than Nan" say
  what is wanted ("nowhere else to go" still denies);
- "refused to hand over her phone at night" is "keeps her phone overnight" (a refusal to hand in
  homework stays a refusal);
- "was nowhere to be found when I arrived", "was out when I called" say absent ("went out at
  four" is no absence).
"""

import pytest

from eval.checks.agreement import agreement
from eval.checks.clauses import cue_count
from eval.checks.scope import canonical


@pytest.mark.parametrize("text, count", [
    ("Tolga has said he will not see his father until he apologises", 1),
    ("Tolga refuses to see dad until he says sorry", 1),
    ("Amal won't go back to the contact centre until she feels safe there", 1),
    ("Nan will not have him overnight until Mum sorts the house out", 1),
    # look-alikes: an "until" that happened, or of a time
    ("Tolga did not come home until 2am", 0),
    ("Tolga did not speak until he was five", 0),
    ("Tolga was not seen until the early hours", 0),
    ("Amal did not settle until Nan came", 0),
    # a preference said by denying every other
    ("nowhere else she'd rather live than the site", 0),
    ("there is no one he would rather be with than his nan", 0),
    ("nothing she would like more than a dog", 0),
    ("no place I'd rather be", 0),
    ("There is nowhere else Rahila would rather live than the site", 0),
    # look-alikes that still deny
    ("nowhere else to go", 1),
    ("no one else to ask", 1),
    ("nobody would rather do the school run", 1),
])
def test_cue_counts(text, count):
    assert cue_count(text) == count


@pytest.mark.parametrize("text, word", [
    ("Amal refused to hand over her phone at night", "keep"),
    ("Tolga would not give up his iPad at bedtime", "keep"),
    ("Dad refuses to hand back the keys to the flat", "keep"),
    ("Tolga was nowhere to be found when I arrived", "absent"),
    ("Amal was out when I called", "absent"),
    ("the children were out when we visited", "absent"),
])
def test_said_as(text, word):
    assert word in canonical(text).lower()


@pytest.mark.parametrize("text", [
    "Tolga refused to hand in his homework",
    "Amal handed over her phone at night",
    "Tolga went out at four",
    "Amal was out of breath when I arrived",
    "the contract was out when we signed it",
])
def test_not_said_as(text):
    canon = canonical(text).lower()
    assert "keep" not in canon and "absent" not in canon


@pytest.mark.parametrize("clause, unit, agrees", [
    ("Tolga has said he will not see his father until he apologises", "Tolga refuses to see dad until he says sorry", True),
    ("The agency staff told me Amal keeps her phone overnight", "agency staff: Amal refused to hand over her phone at night", True),
    ("Amal has told me she wants to keep living on the site", "nowhere else she'd rather live than the site", True),
    ("Tolga was out when I arrived", "Tolga was nowhere to be found when I arrived", True),
    # the flips they must still catch
    ("Tolga has said he will see his father", "Tolga refuses to see dad until he says sorry", False),
    ("Amal has told me she does not want to live on the site", "nowhere else she'd rather live than the site", False),
    ("Tolga was at home when I arrived", "Tolga was nowhere to be found when I arrived", False),
])
def test_agreement(clause, unit, agrees):
    assert bool(agreement(clause, [unit])[0]) is agrees
