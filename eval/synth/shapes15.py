"""Identifier shapes and addresses of the `fresh15` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: the shapes a case system's export and a phone's keyboard leave, the underscore a database field
or a file name puts between groups of digits ("943_476_5919"); a National Insurance number typed in
lower case on a phone ("ab123456c", "ab 12 34 56 c"); mobiles and landlines with the dialling code in
brackets ("(07912) 345678", "(01751) 612345"), split by a slash ("07912/345678") or by hyphens after
"+44" ("+44-7912-345678") and local numbers read in pairs ("01751 61 23 45"); dates of birth as an
Oracle-backed case system exports them, the month in capitals ("03-APR-2015", "03APR2015",
"03/APR/2015"); and homes in a granny annexe, a numbered cottage on a named farm, the gatehouse of a
hall, an old police house, forge or schoolhouse, a cabin on a holiday park used as temporary
accommodation and a room in a guest house used as bed and breakfast. Blocks of flats are drawn as
fresh5 to fresh14 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh15"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits 3-3-4 split by underscores, by spaces, or plainly."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"{a}_{b}_{c}", f"{a}_{b}_{c}", f"{a} {b} {c}", digits])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number in lower case as a phone types it, in pairs, or plain."""
    pairs = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    return rng.choice([f"{prefix}{digits}{suffix}".lower(), f"{prefix} {pairs} {suffix}".lower(), f"{prefix.lower()}{digits}{suffix.upper()}",
                       f"{prefix} {pairs} {suffix}", f"{prefix}{digits}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` ("07912345678") as "(07912) 345678", "07912/345678",
    "+44-7912-345678", or plain."""
    return rng.choice([f"({d[:5]}) {d[5:]}", f"{d[:5]}/{d[5:]}", f"+44-{d[1:5]}-{d[5:]}", f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with the area code in brackets, after a slash, with the local number in pairs, or plain."""
    pairs = " ".join(local[i:i + 2] for i in range(0, len(local), 2))
    return rng.choice([f"({area}) {local}", f"{area}/{local}", f"{area} {pairs}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth as a case system exports it, the month in capitals ("03-APR-2015", "03APR2015",
    "03/APR/2015"), or a common form."""
    d, mon, y = day.day, month[:3].upper(), day.year
    return rng.choice([f"{d:02d}-{mon}-{y}", f"{d:02d}{mon}{y}", f"{d:02d}/{mon}/{y}", f"{d:02d}-{mon}-{y}",
                       f"{d:02d}/{day.month:02d}/{y}", f"{d}{suffix} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{f}{s[0]}_{rng.randint(1, 99)}", f"{s}.fam", f"{f[0]}{s}{rng.randint(10, 99)}",
                       f"its.{f}", f"{f}-{s}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh15 address: often a plain house, but also a granny annexe, a cottage on a named farm, a
    hall's gatehouse, an old police house, forge or schoolhouse, a cabin on a holiday park, a room in a
    guest house or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "annexe", "farm", "gate", "old", "cabin", "guest", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "annexe":
        return f"Granny Annexe, {number} {street}"
    if kind == "farm":
        return f"{rng.randint(1, 6)} {own('farms')} Cottages, {street}"
    if kind == "gate":
        return f"The Gatehouse, {own('halls')}, {street}"
    if kind == "old":
        return f"{own('old_buildings')}, {number} {street}"
    if kind == "cabin":
        return f"Cabin {flat}, {own('holiday_parks')}, {street}"
    if kind == "guest":
        return f"Room {rng.randint(1, 14)}, {own('guest_houses')}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
