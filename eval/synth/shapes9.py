"""Identifier shapes and addresses of the `fresh9` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: NHS digits with the last four read back in pairs, spaced or hyphenated ("943 476 59 19",
"943-476-59-19"); NINOs with the prefix run into the first pair ("AB12 34 56 C") or
spaced twice over, as text copied out of a justified PDF comes ("AB  12  34  56  C"); mobiles grouped
4-4-3 ("0791 2345 678") or cut by a spaced hyphen ("07912 - 345678"); landlines with the area code
in brackets run into the number ("(01229)834567"); dates of birth as case-management exports write
them, with a midnight time ("03/04/2015 00:00", "2015-04-03 00:00:00"), and "3rd of April, 2015";
and addresses in studio flats, units of semi-independent provision for 16 and 17 year olds, a static
caravan on a farm, a wagon in a Travelling Showpeople's yard, the caretaker's house of a school, a
cottage at a residential special school and a bedroom in a secure children's home.
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh9"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits with the last four read back in pairs (spaced or hyphenated), or plainly spaced."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"{a} {b} {c[:2]} {c[2:]}", f"{a}-{b}-{c[:2]}-{c[2:]}", f"{a} {b} {c[:2]} {c[2:]}", f"{a} {b} {c}", f"{a} {b} {c}",
                       f"{a}{b}{c}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with the prefix run into the first pair, spaced twice over, or plain."""
    p1, p2, p3 = digits[:2], digits[2:4], digits[4:]
    return rng.choice([f"{prefix}{p1} {p2} {p3} {suffix}", f"{prefix}  {p1}  {p2}  {p3}  {suffix}",
                       f"{prefix}{p1} {p2} {p3}{suffix}", f"{prefix} {p1} {p2} {p3} {suffix}", f"{prefix}{digits}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile number `d` ("07912345678") grouped 4-4-3, cut by a spaced hyphen, or plain."""
    return rng.choice([f"{d[:4]} {d[4:8]} {d[8:]}", f"{d[:5]} - {d[5:]}", f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with its area code in brackets run into the number, cut by a spaced hyphen, or plain."""
    return rng.choice([f"({area}){local}", f"{area} - {local}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth: "03/04/2015 00:00", "2015-04-03 00:00:00", "3rd of April, 2015", "03/04/2015"..."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([
        f"{d:02d}/{m:02d}/{y} 00:00", f"{y}-{m:02d}-{d:02d} 00:00:00", f"{d}{suffix} of {month}, {y}",
        f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}{suffix} {month} {y}",
    ])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{f}.{s}{rng.randint(10, 99)}", f"{s}.{f[0]}", f"{f}_{s[:3]}", f"{f[0]}{s}{rng.randint(1, 9)}",
                       f"{f}{s}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh9 address: often a plain house, but also a studio flat, a unit of semi-independent
    provision, a static caravan on a farm, a wagon in a showmen's yard, a school caretaker's house,
    a cottage at a residential school, a bedroom in a secure children's home or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "studio", "semi", "static", "wagon", "caretaker", "res_school",
                       "secure", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "studio":
        return f"Studio {flat}, {number} {street}"
    if kind == "semi":
        return f"Unit {rng.randint(1, 12)}, {own('semi_independent')}, {number} {street}"
    if kind == "static":
        return f"The Static Caravan, {own('farms')}, {street}"
    if kind == "wagon":
        return f"Wagon {rng.randint(1, 20)}, {own('showmen_yards')}, {street}"
    if kind == "caretaker":
        stem = rng.choice(p["schools"]["stems"][SPLIT])
        return f"Caretaker's House, {stem} {rng.choice(p['schools']['primary'])}, {street}"
    if kind == "res_school":
        return f"{own('school_cottages')}, {own('res_schools')}, {street}"
    if kind == "secure":
        return f"Bedroom {rng.randint(1, 12)}, {own('secure_homes')}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
