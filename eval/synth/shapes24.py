"""Identifier shapes and addresses of the `fresh24` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: NHS numbers with the check digit set apart, as a letter's "NHS no." line or a hand-copied form
writes it ("943 476 591 9", "943-476-591/9"); work
landlines with the extension in words after a comma or after a spaced dash ("01768 772345, extension
2214", "01768 772345 - ext 2214"); mobiles with the "+44 (0)" prefix and dots between the groups ("+44
(0)7912.345.678") or in three groups ("07912 345 678"); National Insurance numbers in lower case with
spaces ("ab 12 34 56 c") or run on with hyphens between the pairs ("AB12-34-56C"); dates of birth in a
form's short figures with full stops or slashes and no leading zeros ("03.05.15", "3/5/15") or a day and
a short month with an apostrophe for the century ("3rd May '15"); postcodes with a full stop for the space
("CA12.5AB") or in lower case with two spaces ("ca12  5ab"); personal e-mail addresses with dots, digits
and hyphens ("lowena.thrower-07@..."); and homes no older split writes this way: a kinship carer's box room
("box room, 14 Reed Cutter's Lode"), a friend's sofa given "c/o" the friend ("c/o friend's flat, 3
Keelman's Gangway"), a room at an emergency placement hotel ("emergency placement, room 212, Lakeside
Ghyll Hotel, 2 Pannier Man's Tarn"), a prison's mother-and-baby unit ("Mother and Baby Unit, HMP Fenmoor, 1
Eel Catcher's Fen") and a bay on a traveller site ("bay 7, Meadow Drove Travellers' Site, Drove Sands").
Blocks of flats are drawn as fresh5 to fresh23 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh24"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits with the check digit set apart after a space or a slash, or 3-3-4 as usual."""
    a, b, c, d = digits[:3], digits[3:6], digits[6:9], digits[9]
    return rng.choice([f"{a} {b} {c} {d}", f"{a}-{b}-{c}/{d}", f"{a} {b} {c}{d}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number in lower case with spaces, run on with hyphens between the pairs, or as usual."""
    pairs = [digits[:2], digits[2:4], digits[4:]]
    return rng.choice([f"{prefix.lower()} {' '.join(pairs)} {suffix.lower()}", f"{prefix}{'-'.join(pairs)}{suffix}",
                       f"{prefix} {' '.join(pairs)} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` with "+44 (0)" and dots between the groups, in three groups, or plain."""
    return rng.choice([f"+44 (0){d[1:5]}.{d[5:8]}.{d[8:]}", f"{d[:5]} {d[5:8]} {d[8:]}", f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A work landline with its extension in words after a comma or after a spaced dash, or plain."""
    ext = f"{rng.randint(2, 9)}{rng.randint(100, 999)}"
    return rng.choice([f"{area} {local}, extension {ext}", f"{area} {grouped} - ext {ext}", f"{area} {local}"])


def postcode(outward: str, inward: str, rng: random.Random) -> str:
    """A postcode with a full stop for the space, in lower case with two spaces, or as usual."""
    return rng.choice([f"{outward}.{inward}", f"{outward}  {inward}".lower(), f"{outward} {inward}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth in a form's short figures ("03.05.15", "3/5/15"), with a short month and an apostrophe
    for the century ("3rd May '15"), or as usual."""
    d, m, yy = day.day, day.month, day.year % 100
    return rng.choice([f"{d:02d}.{m:02d}.{yy:02d}", f"{d}/{m}/{yy:02d}", f"{d}{suffix} {month[:3]} '{yy:02d}", f"{d} {month} {day.year}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII), with dots,
    digits and hyphens."""
    return rng.choice([f"{f}.{s}-{rng.randint(1, 12):02d}", f"{f[0]}.{s}.{rng.randint(70, 99)}", f"{s}-{f}.{rng.randint(2000, 2012)}",
                       f"{f}-{s[0]}.{rng.randint(1, 9)}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh24 address: often a plain house, but also a kinship carer's box room, a friend's flat given
    "c/o", a room at an emergency placement hotel, a prison's mother-and-baby unit, a bay on a traveller
    site or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "boxroom", "sofa", "hotel", "mbu", "site", "block"])
    if kind == "boxroom":
        return f"box room, {number} {street}"
    if kind == "sofa":
        return f"c/o friend's flat, {number} {street}"
    if kind == "hotel":
        return f"emergency placement, room {rng.randint(101, 340)}, {rng.choice(p['hotels'][SPLIT])}, {number} {street}"
    if kind == "mbu":
        return f"Mother and Baby Unit, {rng.choice(p['prisons'][SPLIT])}, {number} {street}"
    if kind == "site":
        return f"bay {rng.randint(1, 24)}, {rng.choice(p['traveller_sites'][SPLIT])}, {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
