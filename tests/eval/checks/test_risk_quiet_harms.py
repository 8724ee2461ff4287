"""Invented risk told quietly, and what only looks like it (accuracy.invented_risk; risk.yaml
terms and risk_terms.py denials).

Classes (examples of our own, not from any split):
- exploitation in everyday words: an adult the child calls family who is none, getting into
  cars or taxis with men, a debt others ran up in the child's name;
- financial abuse of a child: a carer keeping the child's benefit or money for themself;
- signs of neglect: a hungry child taking food home from school, a child left overnight with
  a neighbour or strangers;
- contact in breach of a protective order ("despite the non-mol");
- the notes' own wording of the same facts: "nothing whatsoever in the shared fridge",
  "nil heating", "dad - non-mol";
- negations that deny something else: a worker who "has not looked at the referral", nobody
  coming to a MARAC (it was held), no contact since an order (it was made).
"""

import pytest

from eval.checks.risk_terms import mentions, risk_kinds


@pytest.mark.parametrize("text, kind", [
    ("Ola spends most weekends with a man she calls her uncle, who is not related to the family.", "exploitation"),
    ("Kofi calls him his cousin but he is no relation.", "exploitation"),
    ("Ola was seen getting into a car with two men outside the chip shop.", "exploitation"),
    ("Staff saw Kofi climbing into a van with some lads after school.", "exploitation"),
    ("Kofi says he owes money for a phone bill older boys ran up in his name.", "exploitation"),
    ("Mum has been leaving Ola with a neighbour overnight while she goes out.", "neglect"),
    ("Dad left the twins with a lodger all weekend.", "neglect"),
    ("Mum keeps Kofi's DLA and gives him nothing.", "neglect"),
    ("Her aunt spends Ola's child benefit on bingo.", "neglect"),
    ("Ola sneaks bread home from breakfast club in her coat.", "neglect"),
    ("Kofi has been asking other children for their packed lunch.", "neglect"),
    ("There was nothing at all in the kitchen cupboards.", "neglect"),
    ("There was none whatsoever in the fridge.", "neglect"),
    ("Nil heating in the flat.", "neglect"),
    ("Ola has been seeing her father at weekends despite the non-mol.", "abduction"),
    ("Dad still turns up at school in breach of the injunction.", "abduction"),
    ("The burn on his hand was never looked at.", "neglect"),
    ("dad - non-mol, refused entry by refuge staff", "violence"),
])
def test_quiet_harms(text, kind):
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "Ola calls mum's best friend Auntie Jo.",
    "Kofi calls his mum's partner his stepdad.",
    "Ola got into a taxi with her mum to go to the hospital.",
    "Kofi gets into the school taxi with his escort.",
    "Mum leaves Ola with her nan overnight when she works nights.",
    "Nan manages Kofi's DLA and buys his school uniform with it.",
    "Mum keeps his pocket money in a jar for him.",
    "Ola takes her packed lunch to school in her bag.",
    "Mum ran up a catalogue debt in her own name.",
    "Ms Adams has not looked at the referral for Ola yet.",
    "The duty manager has not checked the file.",
    "The tenancy is in her name.",
])
def test_quiet_look_alikes(text):
    assert not mentions(text)


@pytest.mark.parametrize("text", [
    "Nobody from housing came to the MARAC.",
    "Dad did not attend the MARAC meeting.",
    "Nowt from him since the non-mol.",
    "There has been no contact from Dad since the non-molestation order.",
    "Nothing from Dad since the non-molestation order.",
])
def test_event_not_denied(text):
    assert "violence" in risk_kinds(text, skip_negated=True) or "abduction" in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "There was no MARAC referral.",
    "There has never been a non-mol.",
    "Nobody mentioned a non-molestation order.",
])
def test_still_denied(text):
    assert any(m.denied for m in mentions(text))
