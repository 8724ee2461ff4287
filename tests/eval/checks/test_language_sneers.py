"""Words that make a child their illness ("this sickly child"), a father one act ("Dad, a sperm
donor"), people a kind ("these liars") and slang that sneers at the police ("the plod"); the same
words of a smell, a clinic's donor, a farm's animals or a slow pace are left alone."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]].lower() for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("The preventer inhaler has improved the asthma of this sickly child.", "sickly"),
    ("Mum said Jonas was a weakling and always ill.", "a weakling"),
    ("Dad, a sperm donor, has not been in touch since the scan.", "a sperm donor"),
    ("The police closed the call-out, as neither of these liars gave a statement.", "liars"),
    ("Both parents are liars in my view.", "liars"),
    ("My manager noted that the plod have sent nothing for the file.", "the plod"),
    ("The Old Bill came round at midnight and took Dad away.", "the old bill"),
    ("The pigs turned up at 2am after the neighbour rang.", "the pigs turned up"),
])
def test_sneering_words_are_flagged(review, sentence, term):
    assert any(term in found for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "The kitchen had a sickly sweet smell of bins.",
    "Mum conceived Aisha with the help of a sperm donor through the fertility clinic.",
    "We plod on with the plan; progress is slow but steady.",
    "The pigs at the city farm were Aisha's favourite.",
    "The filth in the sink had been cleared by the next visit.",
])
def test_the_same_words_of_other_things_are_not_labels(review, sentence):
    assert _medium(review, sentence) == []
