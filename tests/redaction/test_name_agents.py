"""Slots only a person fills: who did an act of record ("chaired by", "taken by", "signed off
by"), whom a note went to ("sent to ... for info", "allocated to"), whom nothing was heard from,
and a role's field spelled out ("Worker:", "Chair -"), and relatives' fields holding two
ordinary words ("Mum: Mercy Tallow"). The names are words too; the same slots filled by an
agency, a team, a means or a relative stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Strategy discussion chaired by wren oakapple, police and health present.", ["wren oakapple"]),
    ("CALL TAKEN BY GARNET HAWTHORN.\nCaller was the school DSL.", ["GARNET HAWTHORN"]),
    ("Assessment completed by Comfort Bellringer on 12/05/2026.", ["Comfort Bellringer"]),
    ("plan signed off by Justice Coppersmith, TM", ["Justice Coppersmith"]),
    ("Minutes recorded by Precious Oyelaran.", ["Precious Oyelaran"]),
    ("- Case note sent to Squire for info", ["Squire"]),
    ("Referral forwarded to Marvel Duckett for a view.", ["Marvel Duckett"]),
    ("case allocated to sorrel tumbler on 3 may", ["sorrel tumbler"]),
    ("Nothing from Patience Limpet since 04/02/2026, chased by text.", ["Patience Limpet"]),
    ("no reply from ziyad al-hakim yet", ["ziyad al-hakim"]),
    ("Worker: Favour Gimlet\nDate: 21/10/2026", ["Favour Gimlet"]),
    ("Chair - Loyal Pewter | Minute taker - Bao Tran", ["Loyal Pewter", "Bao Tran"]),
    ("Mum: Mercy Tallow / Dad: Kofi Mensah", ["Mercy Tallow", "Kofi Mensah"]),
    ("NAN: GOLDIE WHEELWRIGHT", ["GOLDIE WHEELWRIGHT"]),
])
def test_names_in_person_slots(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Taken by ambulance to A&E, seen by the duty doctor.",
    "Referral sent to school for info and passed to duty.",
    "Assessment completed by phone on 3/4, approved by team manager.",
    "Case allocated to the Family Support team; escalated to CP chair.",
    "Nothing from housing since Monday. Not heard from Mum since Friday.",
    "Plan agreed by all. Written by hand and sent to print.",
    "Passed to Front Door; sent to Early Years and the Virtual School for info.",
    "Worker: Can you tell me more about that?\nChild: No.",
    "Worker: Good Morning.\nMum: Very Upset about the letter.",
    "Mum: Works Nights / Dad: In Prison / Nan: Not Known",
])
def test_the_same_slots_filled_by_other_things(names, text):
    assert names(text) == []
