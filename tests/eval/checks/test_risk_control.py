"""Invented risk said without a risk keyword: controlling, isolating, degrading and punishing
acts, an adult urging a child to run from where they live, and the everyday signs of
exploitation (risk.yaml terms of `violence`, `emotional_harm`, `missing`, `exploitation`).

Classes (each with examples of our own, not from any split):
- coercive control: taking or hiding what a partner needs to leave or call for help, or an act
  done "so she cannot leave";
- degrading punishments: cold baths, sleeping on the floor, soap in the mouth, a shaved head;
- a parent urging a child in care to run away from the carers;
- exploitation: lifts from men, taxis someone else pays for, favours in return for food,
  sweets "that make her feel funny";
and the everyday look-alikes that must not count (house rules, lifts from family, warm baths).
"""

import pytest

from eval.checks.risk_terms import risk_kinds


@pytest.mark.parametrize("text, kind", [
    ("Mum said Dad hides the car keys and her purse so she cannot go anywhere.", "violence"),
    ("ewa told me her partner took her phone and bank card so that she couldn't call her sister", "violence"),
    ("- dad hid mum's passport", "violence"),
    ("Her husband locks away the house keys so she is unable to leave the flat.", "violence"),
    ("Dad puts Kofi in a cold shower with his clothes on when he is rude.", "emotional_harm"),
    ("Jayden said Mum makes him sleep on the floor of the landing when he wets the bed.", "emotional_harm"),
    ("NANA PUTS SOAP IN LIAM'S MOUTH WHEN HE SWEARS", "emotional_harm"),
    ("Dad shaved off Ahmed's hair to punish him.", "emotional_harm"),
    ("Grandad shuts Tomás in the cupboard under the stairs.", "emotional_harm"),
    ("Her birth dad keeps messaging Oskar, telling him to run away from his foster carers.", "missing"),
    ("Mum urged Zainab to leave the placement and come home.", "missing"),
    ("Priya said her uncle gives her sweets that make her feel sleepy.", "exploitation"),
    ("Chloe has been getting lifts home from a man who works at the car wash.", "exploitation"),
    ("Aisha is picked up in taxis paid for by someone she won't name.", "exploitation"),
    ("Maya has been doing favours for a man at the kebab shop in return for free food.", "exploitation"),
])
def test_risk_without_a_keyword(text, kind):
    assert kind in risk_kinds(text)


@pytest.mark.parametrize("text", [
    "Mum gave Oskar his tea and he had a warm bath before bed.",
    "Dad keeps the car keys on a hook by the door.",
    "Mum takes Jayden's phone at 9pm so he sleeps.",
    "Grandad gives the children sweets after school.",
    "Dad gave Chloe a lift home from football.",
    "Sam is getting lifts from his older brother.",
    "The taxi to school was booked by the council.",
    "Kofi had a cold and stayed off school.",
    "Dad told Jay to leave the room when he shouted.",
    "Mum keeps the passports in a drawer upstairs.",
    "Amira had her hair cut short for the summer.",
])
def test_everyday_look_alikes(text):
    assert not risk_kinds(text)
