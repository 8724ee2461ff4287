"""Harms that hearsay tells in everyday words, and what only looks like them
(accuracy.invented_risk; risk.yaml terms).

Classes (examples of our own, not from any split):
- a child pulled or dragged by a limb or the hair; a couple who fight; a fight filmed and shared;
- holding a phone for others (county lines); a child seen in a car with men nobody names;
- a parent let out of prison; something smuggled in a baby's bag or clothes;
- a generator or barbecue run where people sleep; looking up how to stop eating;
- the worker's own "work phone" is no lines phone.
"""

import pytest

from eval.checks.risk_terms import risk_kinds


@pytest.mark.parametrize("text, kind", [
    ("Ola said her stepdad drags her out of bed by her arm.", "violence"),
    ("Mum's partner grabbed Kofi by the collar and shouted at him.", "violence"),
    ("He yanks her by the hair when she answers back.", "violence"),
    ("Neighbours say Mum and her boyfriend fight most nights.", "violence"),
    ("Dad fights with his girlfriend when he has had a drink.", "violence"),
    ("Ola was in a video of a fight that was shared on Snapchat.", "violence"),
    ("A clip of the fight went viral; footage of a beating that circulated at school.", "violence"),
    ("Apparently Kofi holds a phone for some older lads.", "exploitation"),
    ("Ola has been minding a mobile for someone from the estate.", "exploitation"),
    ("Kofi was seen in a car with three men outside the chip shop.", "exploitation"),
    ("Ola was seen sitting in a van with older men at the retail park.", "exploitation"),
    ("Kofi has a work phone that keeps ringing.", "exploitation"),
    ("Dad was released early and has been seen near the school.", "offending"),
    ("Mum was released from prison last week.", "offending"),
    ("Her visitor slipped a package to her hidden in the baby's nappy.", "offending"),
    ("Dad passed something to Mum in the changing bag at contact.", "offending"),
    ("The generator is kept inside the caravan at night.", "neglect"),
    ("Dad runs a generator indoors when the electric goes.", "neglect"),
    ("The family lit a disposable barbecue inside the tent to keep warm.", "neglect"),
    ("Ola has been looking up ways to make herself sick after meals.", "self_harm"),
    ("Kofi has been googling tips to stop eating.", "self_harm"),
])
def test_rumoured_harms(text, kind):
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "Nan took Ola by the hand and walked her to school.",
    "Mum pulled the blind down and drew the curtains.",
    "Mum and her partner argue over whose turn it is to do the school run.",
    "Mum and her ex fought for custody in the family court last year.",
    "Kofi watched a video of a boxing match with his uncle.",
    "Ola holds the phone for her nan to video call her aunt.",
    "Kofi keeps his phone for emergencies in his bag.",
    "Ola was seen in a car with her dad outside school.",
    "Lachmi, WhatsApp to my work phone: the FGC was long.",
    "Mum rang the duty work phone to say she was late; Dad's work phone was off.",
    "The baby was released early from hospital after a week.",
    "Mum brought nappies in the changing bag.",
    "Dad handed Mum the bottle from the changing bag.",
    "The generator runs the lights in the trailer from the yard.",
    "The generator is kept outside the trailer.",
    "Dad cooked on the barbecue in the garden.",
    "Ola has been looking up recipes to cook with her nan.",
    "Kofi looked up ways to eat more healthily for football.",
])
def test_rumoured_harm_look_alikes(text):
    assert not risk_kinds(text, skip_negated=True)
