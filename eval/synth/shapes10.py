"""Identifier shapes and addresses of the `fresh10` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: identifiers hard-wrapped across a line, as text pasted from an e-mail client that wraps at a
fixed width carries them ("943 476\\n5919", "AB 12 34\\n56 C", "07912\\n345678"); mobiles grouped the
way a phone's contact card shows them ("+44 7912 345 678"); landlines with a hyphen inside the local
number ("01229 834-567"); dates of birth with the month in Roman numerals, as families from Poland,
Lithuania, Romania and Italy often write them ("3.IV.2015", "3 IV 2015", "03-IV-2015"); and addresses
in an Edinburgh-style tenement flat ("2F1, 14 Rope Walk"), a room in approved premises, a modular
"pod" used as temporary housing, a hospital's nurses' residence, a row of coastguard cottages and a
bed in a night shelter. Blocks of flats are drawn as fresh5 to fresh9 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh10"
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits hard-wrapped before the last four, or written plainly."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"{a} {b}\n{c}", f"{a} {b}\n{c}", f"{a} {b} {c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number hard-wrapped inside the digits, or written plainly."""
    p1, p2, p3 = digits[:2], digits[2:4], digits[4:]
    return rng.choice([f"{prefix} {p1} {p2}\n{p3} {suffix}", f"{prefix} {p1}\n{p2} {p3} {suffix}",
                       f"{prefix} {p1} {p2} {p3} {suffix}", f"{prefix}{digits}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` ("07912345678") as a contact card groups it, hard-wrapped, or plain."""
    return rng.choice([f"+44 {d[1:5]} {d[5:8]} {d[8:]}", f"{d[:5]}\n{d[5:]}", f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with a hyphen inside the local number, hard-wrapped after the area code, or plain."""
    cut = 3 if len(local) <= 7 else 4
    return rng.choice([f"{area} {local[:cut]}-{local[cut:]}", f"{area}\n{local}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth: "3.IV.2015", "3 IV 2015", "03-IV-2015" (the month in Roman numerals), or a common form."""
    d, m, y = day.day, day.month, day.year
    roman = ROMAN_MONTHS[m - 1]
    return rng.choice([f"{d}.{roman}.{y}", f"{d} {roman} {y}", f"{d:02d}-{roman}-{y}", f"{d:02d}/{m:02d}/{y}",
                       f"{d} {month} {y}", f"{d}{suffix} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    yy = rng.randint(80, 99) if rng.random() < 0.5 else rng.randint(0, 12)
    return rng.choice([f"{f}{s[:2]}{yy:02d}", f"{s}.{f}.{rng.randint(1, 9)}", f"{f[0]}{f[-1]}{s}", f"{f}.{s[0]}.{s[-1]}",
                       f"{f}{s}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh10 address: often a plain house, but also an Edinburgh-style tenement flat, a room in
    approved premises, a modular pod, a room in a nurses' residence, a coastguard cottage, a bed in
    a night shelter or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "tenement", "approved", "pod", "nurses", "coastguard", "shelter",
                       "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "tenement":  # floor and door: "2F1" is the second floor, first door
        return f"{rng.randint(1, 4)}F{rng.randint(1, 3)}, {number} {street}"
    if kind == "approved":
        return f"Room {rng.randint(1, 24)}, {own('approved_premises')}, {number} {street}"
    if kind == "pod":
        return f"Pod {rng.randint(1, 36)}, {own('modular_homes')}, {street}"
    if kind == "nurses":
        return f"Room {rng.randint(1, 60)}, Nurses' Residence, {own('hospitals')}, {street}"
    if kind == "coastguard":
        return f"{rng.randint(1, 8)} Coastguard Cottages, {street}"
    if kind == "shelter":
        return f"Bed {rng.randint(1, 14)}, {own('night_shelters')}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
