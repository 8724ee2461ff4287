"""Identifier shapes and addresses of the `fresh7` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: the narrow no-break space (U+202F) and thin space (U+2009) that text pasted from a phone or a
PDF carries, "00 44" written as two pairs, "(+44) 0..." with the trunk zero kept, phone numbers read
out in pairs of digits ("07912 34 56 78" is fresh4's; here "0791 23 45 678"), NHS numbers typed into a
form's boxes one digit apart ("4 8 5 7 7 7 3 4 5 6"), NINOs with a full stop after the prefix ("AB.
123456C"), dates of birth as "03 Apr 15", "Sat 4th Apr 2015", "3 / 4 / 2015" and "2015.4.3", and
addresses in emergency accommodation (a guest-house room), a floor of a house ("2nd Floor, 14 ..."),
student halls, sheltered housing, a traveller transit site's bay, farm cottages and the
downstairs flat of a house.
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

NNBSP = "\u202f"  # narrow no-break space
THIN = "\u2009"  # thin space


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits as 3-3-4 with narrow or thin spaces, boxed one digit apart, or plainly spaced."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"{a}{NNBSP}{b}{NNBSP}{c}", " ".join(digits), f"{a}{THIN}{b}{THIN}{c}", f"{a} {b} {c}",
                       f"{a} {b} {c}", f"{a}{b}{c}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with a full stop after the prefix, narrow spaces, or plain."""
    pairs = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    return rng.choice([f"{prefix}. {digits}{suffix}", f"{prefix}{NNBSP}{pairs.replace(' ', NNBSP)}{NNBSP}{suffix}",
                       f"{prefix} {pairs} {suffix}", f"{prefix}{digits} {suffix.lower()}", f"{prefix} {pairs} {suffix}",
                       f"{prefix.capitalize()} {digits} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile number `d` ("07912345678") as a letter, a phone or a hurried note writes it."""
    return rng.choice([f"00 44 {d[1:5]} {d[5:]}", f"(+44) {d[:5]} {d[5:]}", f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}",
                       f"{d[:5]}{NNBSP}{d[5:]}", f"+44 (0) {d[1:5]} {d[5:8]} {d[8:]}", f"{d[:5]} {d[5:]}",
                       f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with its area code: "00 44", "(+44) 0...", narrow spaces, or as a letterhead writes it."""
    return rng.choice([f"00 44 {area[1:]} {local}", f"(+44) {area} {grouped}", f"{area}{NNBSP}{local}",
                       f"+44 (0) {area[1:]} {grouped}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth: "03 Apr 15", "Sat 4th Apr 2015", "3 / 4 / 2015", "2015.4.3", "3rd April 2015"..."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([
        f"{d:02d} {month[:3]} {y % 100:02d}", f"{day:%a} {d}{suffix} {month[:3]} {y}", f"{d} / {m} / {y}",
        f"{y}.{m}.{d}", f"{d}{suffix} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d} {month} {y}",
    ])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    nn = rng.randint(1, 99)
    return rng.choice([f"{f}{s}{rng.randint(1980, 2008)}", f"{s[:3]}{f[:3]}{nn}", f"{f}.{s}_{nn:02d}", f"{f[0]}.{s[0]}.{s}",
                       f"{s}-{f[0]}{nn}", f"{f}x{s}", f"{f}.{s}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh7 address: often a plain house, but also a room in a guest house used as emergency
    accommodation, a floor of a house, a flat in student halls or sheltered housing, a bay
    on a transit site, a farm cottage, the downstairs flat of a house or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "hotel", "floor", "halls", "sheltered", "transit", "farm", "downstairs",
                       "block", "apartment"])
    if kind == "hotel":
        return f"Room {rng.randint(1, 30)}, {rng.choice(p['hotels']['fresh7'])}, {number} {street}"
    if kind == "floor":
        return f"{rng.choice(['1st', '2nd', '3rd', 'Top'])} Floor, {number} {street}"
    if kind == "halls":
        return f"Flat {flat}{rng.choice('ABCD')}, {rng.choice(p['halls']['fresh7'])}, {number} {street}"
    if kind == "sheltered":
        return f"Flat {flat}, {rng.choice(p['sheltered']['fresh7'])}, {number} {street}"
    if kind == "transit":
        return f"Bay {rng.randint(1, 20)}, {rng.choice(p['transit_sites']['fresh7'])}"
    if kind == "farm":
        return f"{rng.randint(1, 6)} {rng.choice(p['farm_cottages']['fresh7'])}, {street}"
    if kind == "downstairs":
        return f"Downstairs Flat, {number} {street}"
    if kind == "apartment":
        return f"Apartment {flat}, {rng.choice(p['buildings']['fresh7'])}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, "fresh7", street, flat)
    return f"{number} {street}"
