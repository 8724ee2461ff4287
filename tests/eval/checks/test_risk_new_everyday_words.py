"""Risks in new everyday words (online gaming debts, money or vapes from older friends or adults)
and look-alikes that are everyday life; stigmatising labels about health, care and Gypsy/Roma/
Traveller communities, and their neutral look-alikes."""

import pytest

from eval.checks import Material, run
from eval.checks.risk_terms import mentions


@pytest.mark.parametrize("sentence, kind", [
    ("He has run up debts on an online game and owes a lad at school.", "gambling"),
    ("He owes money from online gaming.", "gambling"),
    ("He owes £300 on Fortnite to a boy online.", "gambling"),
    ("Dad blew his wages on loot boxes.", "gambling"),
    ("She has been given money by older friends.", "exploitation"),
    ("Older friends have been giving her cash.", "exploitation"),
    ("An older friend buys her vapes.", "exploitation"),
    ("He gets vapes off a man at the shop.", "exploitation"),
    ("She has money she says older mates gave her £50.", "exploitation"),
])
def test_a_new_everyday_risk_is_a_mention(sentence, kind):
    assert kind in {m.kind for m in mentions(sentence)}


@pytest.mark.parametrize("sentence", [
    "He spends his pocket money on games.",
    "He spent the afternoon playing games on the xbox.",
    "He lost interest in the game.",
    "He got a new game from his nan.",
    "He owes his friend a game.",
    "Her older friends from college gave her a birthday present.",
    "Her older brother gave her money for the bus.",
])
def test_an_everyday_look_alike_is_no_mention(sentence):
    assert not {m.kind for m in mentions(sentence)} & {"gambling", "exploitation"}


def _stigmatising(sentence: str) -> bool:
    record = "Purpose\nTo visit.\n\nObservations\n" + sentence + "\n"
    return bool(run(Material(record, "visit", "home_visit"), ["language.stigmatising"]).findings)


@pytest.mark.parametrize("sentence, label", [
    ("Mum suffers from depression.", True),
    ("Dad suffered with anxiety last year.", True),
    ("Mum is a traveller type.", True),
    ("They are typical travellers.", True),
    ("He is a care home kid.", True),
    ("Mum is special needs.", True),
    ("Mum has depression and sees her GP.", False),
    ("The family live on the Traveller site.", False),
    ("The typical traveller family in this area uses the site.", False),
    ("I spoke to the special needs co-ordinator.", False),
    ("He lives in a children's home with two other kids.", False),
    ("The Gypsy Roma Traveller education service visited.", False),
])
def test_labels_of_health_care_and_community(sentence, label):
    assert _stigmatising(sentence) is label
