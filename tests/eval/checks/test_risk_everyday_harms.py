"""Invented risk in everyday words and what only looks like it (accuracy.invented_risk;
risk.yaml terms, accuracy.yaml `alarm_leads`, `lead_margin`, `everyday`, and `_initialled`).

Classes (examples of our own, not from any split):
- hitting a child with an object, pushing a child down the stairs, swearing a child to
  secrecy, lifts from strangers on mopeds, a child asked by an older youth to mind a bag, a
  child left uncollected at the gate until late;
- a parent's maintenance ("not paid anything towards the children") is no unpaid work;
- lead-ins that present a concern ("Tellingly,", "It emerged that");
- a service the notes name by its initials ("the IDVA", "the DA notification").
"""

import pytest

from eval.checks import Material
from eval.checks.accuracy import _alarm_leads, _initialled
from eval.checks.risk_terms import mentions, risk_kinds


@pytest.mark.parametrize("text, kind", [
    ("Dad smacks the little ones with a wooden spoon when they answer back.", "violence"),
    ("Mum hit her with a belt last week.", "violence"),
    ("It is said that Mum pushed Ola down the stairs.", "violence"),
    ("Her stepdad tells her it is their little secret.", "sexual_harm"),
    ("Kofi gets lifts on the back of an older lad's moped.", "exploitation"),
    ("Kofi was asked by an older boy to look after a parcel.", "exploitation"),
    ("Ola was left at the nursery gate until six.", "neglect"),
])
def test_everyday_harms(text, kind):
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "Dad hit the ball with a stick in the park.",
    "Mum pushed the buggy down the stairs of the flat.",
    "Mum has not paid anything towards the children since the split.",
    "Dad has not paid a penny for the rent this month.",
    "Kofi rides on the back of his dad's scooter to school.",
    "Mum told her it is a surprise for Nan.",
])
def test_everyday_look_alikes(text):
    assert not mentions(text)


@pytest.mark.parametrize("text, lead", [
    ("Tellingly, Ola hides when Dad's name comes up.", True),
    ("It emerged that Kofi has been minding a bag.", True),
    ("It has come to light that Kofi has a second phone.", True),
    ("Apparently, Ola was left at the gate.", True),
    ("Word has it that Kofi carries for an older lad.", True),
    ("Rumour has it Dad is back in the house.", True),
    ("It was let slip that Ola stays out till two.", True),
    ("Rumour is that Dad is back in the house.", True),
    ("Off the record, Kofi sleeps at a friend's most nights.", True),
    ("Reading between the lines, Ola is scared of him.", True),
    ("I was told in confidence that Mum has a new partner.", True),
    ("The record shows Ola reads between the lines well.", False),
    ("Ola told me about her week.", False),
    ("The word for it in Twi is 'ahenkan'.", False),
])
def test_alarm_leads(text, lead):
    assert bool(_alarm_leads().match(text)) is lead


@pytest.mark.parametrize("notes, record, initialled", [
    ("the IDVA has done the safety plan with mum", "The independent domestic violence adviser has completed a safety plan.", True),
    ("the idva sat with mum", "The independent domestic violence adviser sat with Mum.", True),
    ("[visit - day after the DA notification]", "This visit followed the police domestic abuse notification.", True),
    ("me da came round, a nice visit", "There is domestic abuse at home.", False),
    ("visit after the school called", "There is domestic abuse at home.", False),
])
def test_a_term_the_notes_write_in_initials(notes, record, initialled):
    material = Material(record, notes, "visit")
    found = [m for m in mentions(record) if m.kind == "violence"]
    assert found and _initialled(material, record, found[0]) is initialled
