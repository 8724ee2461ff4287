"""Harms in everyday words, as hearsay tells them, and what only looks like them
(accuracy.invented_risk; risk.yaml terms and `shorthand`, risk_support._spelt_out).

Classes (examples of our own, not from any split):
- a child out alone in the small hours; gifts from an adult nobody names; slipping away to meet
  a man; county lines slang ("doing drops"); pictures sent by a man met on a game or server;
- a breach of licence or bail conditions; a child left with an adult nobody has assessed, or by
  the worker meant to supervise contact; a young carer kept off to care for a parent;
- a baby left in a car while the carer plays the machines; parties into the small hours;
  things thrown at the children after drinking; a stunt done for a dare;
- the notes' shorthand for a kind ("cce", "yot", "rhi", "zero food", "without heating", "3
  missing eps") records it, so a record spelling it out tells nothing new.
"""

import pytest

from eval.checks.risk_support import _spelt_out
from eval.checks.risk_terms import mentions, risk_kinds


@pytest.mark.parametrize("text, kind", [
    ("Kofi was seen sitting on the wall by the takeaway at two am.", "missing"),
    ("Ola was spotted wandering near the station after midnight.", "missing"),
    ("Kofi was given a new phone by a man at the bowling alley.", "exploitation"),
    ("Ola was bought vapes by some older lads from the estate.", "exploitation"),
    ("Ola has been staying out to meet an older man behind the leisure centre.", "exploitation"),
    ("Kofi has been doing drops for his cousin's friend.", "exploitation"),
    ("Ola has been sent pictures by a man she met on a gaming site.", "online_harm"),
    ("Kofi talks to a man he met on a Minecraft server.", "online_harm"),
    ("Dad has been staying at the flat in breach of his licence conditions.", "abduction"),
    ("Dad keeps visiting despite his bail conditions.", "abduction"),
    ("Nan leaves Ola with her lodger, who has not been checked, on Saturdays.", "neglect"),
    ("Mum's new partner is an unassessed adult who babysits.", "neglect"),
    ("The supervisor left Kofi on his own with his mum for twenty minutes.", "neglect"),
    ("Ola is kept home to look after her little brother.", "neglect"),
    ("The twins were left sleeping in the car while Mum went to the casino.", "neglect"),
    ("Mum plays the fruit machines most afternoons.", "gambling"),
    ("There were parties at the flat until three in the morning.", "neglect"),
    ("Dad throws plates at the kids.", "violence"),
    ("Dad shouts at the children when he has been drinking.", "alcohol"),
    ("Kofi jumped off the bridge into the canal for a dare.", "dangerous_challenge"),
])
def test_hearsay_harms(text, kind):
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "Ola was given new trainers by her grandad for her birthday.",
    "Dad has kept to his licence conditions and lives at his sister's.",
    "Kofi plays on a gaming server with his cousins.",
    "The family went to the arcade and played on the 2p pushers.",
    "Mum had a party for Ola's birthday until seven in the evening.",
    "Kofi does a paper round and drops the papers off before school.",
    "Ola went to meet her dad at the station.",
    "The school has referred Kofi to the young carers service.",
    "Kofi is kept off school when he has a temperature.",
    "The contact worker never leaves Ola alone with her father.",
    "The contact worker did not leave Kofi alone with his mum.",
    "Mum left Ola with her father while she went to the shop.",
    "The baby was asleep in the car seat when I arrived.",
    "Ola and her friends played truth or dare at the sleepover.",
])
def test_hearsay_look_alikes(text):
    assert not risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("note, kind", [
    ("3 missing eps since May", "missing"),
    ("RHI - back from missing", "missing"),
    ("strat if missing again", "missing"),
    ("zero food in the cupboards, payday fri", "neglect"),
    ("flat without heating bar the gas fire", "neglect"),
])
def test_note_shorthand_records_its_kind(note, kind):
    assert kind in risk_kinds(note, skip_negated=True)


@pytest.mark.parametrize("sentence, notes, told", [
    ("The exploitation screening is due next week.", "cce screening tool done by sup", True),
    ("The youth justice service is working with Kofi.", "joint visit w/ yot", True),
    ("A return home interview was held after her missing episode.", "rhi done", True),
    # the shorthand of another kind, or none, spells nothing out
    ("The exploitation screening is due next week.", "yot screening done", False),
    ("Kofi was arrested on Friday.", "yot case manager", False),
    ("The youth justice service is working with Kofi.", "joint visit w/ school", False),
])
def test_a_term_spelt_out_from_the_notes_shorthand(sentence, notes, told):
    words = frozenset(notes.lower().replace("/", " ").split())
    assert any(_spelt_out(m, words) for m in mentions(sentence)) is told


@pytest.mark.parametrize("text", [
    "Dad does the school drop-offs now.",
    "Mum does the drop-offs at nursery.",
    "Mum does Kofi's eye drops every morning.",
    "The children played on the machines at the arcade on holiday.",
])
def test_everyday_drops_and_machines(text):
    assert not risk_kinds(text, skip_negated=True)
