"""Context decides whether a word labels a person (the fresh14 classes, in wording of our own): a
word of how someone looks said of a thing describes what was seen ("unwashed clothes", "the
bottles were unclean"); a person after a preposition is not what a sentence judges ("the stay with
her uncle was a success"); praise is no label ("Nan has been a real help"); and labels for a
parent's beliefs about health ("an anti-vaxxer") are labels."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _flagged(review, sentence):
    """The stigmatising findings (high and medium) on `sentence`, opening the faithful record's observations."""
    record = FAITHFUL.replace("## Observations\n", "## Observations\n" + sentence + "\n", 1)
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span and f.span[0] < record.index(sentence) + len(sentence)
            and f.span[1] > record.index(sentence)]


@pytest.mark.parametrize("sentence", [
    # Said of a thing: a description of what was seen.
    "Nadia was wearing unwashed clothes that I had seen at the last visit.",
    "Olek had on a grubby school jumper and odd socks.",
    "The baby's bottles in the sink were unclean.",
    "the kitchen floor looked a mess, with toys everywhere.",
    "Two unwashed baby bottles stood by the kettle.",
    "His PE kit was grubby and still in his bag.",
    # A person after a preposition: the sentence judges the stay, the call, the time together.
    "Her first overnight stay with her uncle was a success.",
    "Time with his dad on Saturday was difficult.",
    "The phone call to Gran was a disaster, as the line kept dropping.",
    "Family time at the centre with Mum and Dad was hard at first.",
    # Praise.
    "Abuela has been a real help since the baby came.",
    "Mr Van der Berg was a great support at the meeting.",
    "Tomasz's uncle has been a star with the school runs.",
])
def test_description_and_praise_are_no_label(review, sentence):
    assert _flagged(review, sentence) == []


@pytest.mark.parametrize("sentence, word", [
    ("Kofi was grubby when I arrived.", "grubby"),
    ("Amara looked grubby in her uniform.", "grubby"),
    ("Kemal is an unwashed child.", "unwashed"),
    ("Mum looked a mess, in a coat too thin for the cold.", "looked a mess"),
    ("Dad was difficult when I asked about the debts.", "difficult"),
    ("She went to stay with Dad, a waster, for the weekend.", "a waster"),
    # Beliefs about health care turned into a label.
    ("Ruth has not had her MMR, as her anti-vaxxer mum cancelled twice.", "anti-vaxxer"),
    ("Mum is an anti-vaxxer.", "anti-vaxxer"),
    ("Dad is a conspiracy theorist and will not let the nurse in.", "conspiracy theorist"),
    ("A crunchy mum, she will not give Calpol.", "crunchy mum"),
])
def test_labels_of_a_person_are_found(review, sentence, word):
    assert any(word in found for found in _flagged(review, sentence))
