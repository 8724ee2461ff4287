"""Identifier shapes and addresses of the `fresh22` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: NHS numbers typed between a form's pipes, tight or spaced ("943|476|5919", "943 | 476 |
5919"), mobiles with a spaced slash after the code ("07912 / 345678") or the "0044 (0)" of a
switchboard ("0044 (0) 7912 345678"), landlines with a work extension written "extn. 2214", "ext: 2214"
or "(internal 2214)", National Insurance numbers with hyphens only between the digit pairs ("AB
12-34-56 C") or the prefix run into the first pair ("AB12 34 56C"), dates of birth said month first with
"the" ("May the 3rd 2015"), with a comma before the year ("3rd May, 2015") or with the weekday and an
ordinal ("Sat 3rd May 2015"), postcodes in lower case with their space or as a phone's keyboard
capitalises them ("Ta8 2ab"), and personal e-mail addresses with dots and digits ("k.smith.83@...");
and homes no older split writes this way: a room in a hotel used for asylum seekers, the hotel named first
("Sedgemoor Lodge Hotel, room 214, 3 Withy Stripper's Causey"), a friend's sofa given "c/o" ("c/o 14 Bawley
Hithe"), a host family's lodgings ("Lodgings (host family), 23 Shrimper's Slack") and a mother-and-baby unit ("Mother and baby unit, Flat 4,
9 Jagger's Edge"). Blocks of flats are drawn as fresh5 to fresh21 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh22"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits typed between a form's pipes, tight or spaced as a table pasted as text leaves them,
    or 3-3-4 as usual."""
    return rng.choice([f"{digits[:3]}|{digits[3:6]}|{digits[6:]}", f"{digits[:3]} | {digits[3:6]} | {digits[6:]}",
                       f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with hyphens only between the digit pairs, with the prefix run into the
    first pair, or in pairs as usual."""
    return rng.choice([f"{prefix} {digits[:2]}-{digits[2:4]}-{digits[4:]} {suffix}", f"{prefix}{digits[:2]} {digits[2:4]} {digits[4:]}{suffix}",
                       f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` with a spaced slash after its first five digits, behind a switchboard's
    "0044 (0)", or plain."""
    return rng.choice([f"{d[:5]} / {d[5:]}", f"0044 (0) {d[1:5]} {d[5:]}", f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A work landline with its extension ("extn. 2214", "ext: 2214", "(internal 2214)"), or plain."""
    ext = f"{rng.randint(2, 9)}{rng.randint(100, 999)}"
    return rng.choice([f"{area} {local} extn. {ext}", f"{area} {grouped} ext: {ext}", f"{area} {local} (internal {ext})",
                       f"{area} {local}"])


def postcode(outward: str, inward: str, rng: random.Random) -> str:
    """A postcode in lower case with its space, capitalised by a phone's keyboard ("Ta8 2ab"), or as usual."""
    return rng.choice([f"{outward} {inward}".lower(), f"{outward[0]}{outward[1:].lower()} {inward.lower()}", f"{outward} {inward}",
                       f"{outward} {inward}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth said month first with "the" ("May the 3rd 2015"), with a comma before the year ("3rd
    May, 2015"), with the weekday and an ordinal ("Sat 3rd May 2015") or as usual."""
    d, y = day.day, day.year
    return rng.choice([f"{month} the {d}{suffix} {y}", f"{d}{suffix} {month}, {y}", f"{day:%a} {d}{suffix} {month} {y}", f"{d} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII), with dots
    and digits."""
    return rng.choice([f"{f}.{s}.{rng.randint(1, 99)}", f"{f[0]}.{s}{rng.randint(80, 99)}", f"{s}.{f}{rng.randint(1, 9)}",
                       f"{f}{rng.randint(10, 99)}.{s[:3]}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh22 address: often a plain house, but also a room in a hotel used for asylum seekers, a
    friend's address given "c/o" by someone on the sofa, a host family's lodgings, a mother-and-baby unit or a
    flat in a block."""
    kind = rng.choice(["house", "house", "house", "hotel", "sofa", "lodgings", "unit", "block"])
    if kind == "hotel":
        return f"{rng.choice(p['hotels'][SPLIT])}, room {rng.randint(1, 3)}{rng.randint(10, 40)}, {number} {street}"
    if kind == "sofa":
        return f"c/o {number} {street}"
    if kind == "lodgings":
        return f"Lodgings (host family), {number} {street}"
    if kind == "unit":
        return f"{rng.choice(p['units'][SPLIT])}, Flat {rng.randint(1, 8)}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
