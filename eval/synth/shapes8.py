"""Identifier shapes and addresses of the `fresh8` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: the non-breaking hyphen (U+2011) that a word processor puts in when a number must not break
across a line ("485‑777‑3456", "07912‑345678", "AB‑123456‑C"), NHS numbers grouped 4-3-3 or with
spaced slashes ("485 / 777 / 3456"), NINOs slashed between every pair ("AB/12/34/56/C"), mobiles
grouped the international way ("+44 79 1234 5678") or with the dialling code in brackets before 3-3
digits ("(07912) 345 678"), six-digit landlines read in pairs ("01229 83 45 67"), dates of birth
with spaced hyphens ("03 - 04 - 2015"), Czech and Slovak "3. 4. 2015", the weekday abbreviations
people really write ("Tues", "Weds", "Thurs") and a system export's "2015-04-03T00:00:00"; and
addresses in almshouses, park homes, a canal lock cottage, an initial accommodation centre, a pitch
on a council Traveller site, a holiday-village chalet used as temporary accommodation, a parent and
child unit, the flat over a pub, two rooms let together in a shared house and the gatehouse of a hall.
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

NBH = "\u2011"  # non-breaking hyphen
WEEKDAYS = ("Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun")  # as people abbreviate them, not as strftime does
SPLIT = "fresh8"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits with non-breaking hyphens, spaced slashes, grouped 4-3-3, or plainly spaced."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"{a}{NBH}{b}{NBH}{c}", f"{a} / {b} / {c}", f"{digits[:4]} {digits[4:7]} {digits[7:]}",
                       f"{a} {b} {c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number slashed between pairs, with non-breaking hyphens, a lower-case
    prefix before an upper-case suffix, or plain."""
    pairs = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    return rng.choice([f"{prefix}/{pairs.replace(' ', '/')}/{suffix}", f"{prefix}{NBH}{digits}{NBH}{suffix}",
                       f"{prefix.lower()} {pairs} {suffix}", f"{prefix} {pairs} {suffix}", f"{prefix} {pairs} {suffix}",
                       f"{prefix}{digits}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile number `d` ("07912345678") as a word processor, a signature or a form writes it."""
    return rng.choice([f"{d[:5]}{NBH}{d[5:]}", f"+44 {d[1:3]} {d[3:7]} {d[7:]}", f"({d[:5]}) {d[5:8]} {d[8:]}",
                       f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with its area code: a non-breaking hyphen, a six-digit number read in pairs, or plain."""
    paired = " ".join(local[i:i + 2] for i in range(0, len(local), 2)) if len(local) == 6 else grouped
    return rng.choice([f"{area}{NBH}{local}", f"{area} {paired}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth: "03 - 04 - 2015", "3. 4. 2015", "Thurs 3rd April 2015", "2015-04-03T00:00:00"..."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([
        f"{d:02d} - {m:02d} - {y}", f"{d}. {m}. {y}", f"{WEEKDAYS[day.weekday()]} {d}{suffix} {month} {y}",
        f"{y}-{m:02d}-{d:02d}T00:00:00", f"{d}-{m}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}",
    ])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    nn = rng.randint(1, 99)
    return rng.choice([f"{f}{s[0]}{rng.randint(2000, 2012)}", f"{s}_{f}{nn}", f"{f[:4]}{s[:4]}", f"{f}-{s[0]}-{nn}",
                       f"{s}{f}", f"{f}.{s}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:  # noqa: C901 - one flat table
    """A fresh8 address: often a plain house, but also almshouses, a park home, a canal lock cottage, a
    room in an initial accommodation centre, a pitch on a Traveller site, a holiday-village chalet, a
    flat in a parent and child unit, the flat over a pub, two rooms in a shared house, the gatehouse
    of a hall or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "almshouse", "park_home", "lock", "asylum", "pitch", "chalet",
                       "parent_child", "pub", "rooms", "gatehouse", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "almshouse":
        return f"{rng.randint(1, 12)} {own('almshouses')}, {street}"
    if kind == "park_home":
        return f"Home {rng.randint(1, 80)}, {own('park_homes')}"
    if kind == "lock":
        return f"Lock Cottage, Lock {rng.randint(2, 60)}, {own('canals')}"
    if kind == "asylum":
        return f"Room {rng.randint(101, 340)}, Block {rng.choice('ABCD')}, {own('ia_centres')}, {number} {street}"
    if kind == "pitch":
        return f"Pitch {rng.randint(1, 24)}, {own('traveller_sites')}"
    if kind == "chalet":
        return f"Chalet {rng.randint(1, 90)}, {own('holiday_villages')}"
    if kind == "parent_child":
        return f"Flat {rng.randint(1, 8)}, {own('parent_child_units')}, {number} {street}"
    if kind == "pub":
        return f"Flat over {own('pubs')}, {number} {street}"
    if kind == "rooms":
        return f"Rooms {flat} and {flat + 1}, {number} {street}"
    if kind == "gatehouse":
        return f"The Gatehouse, {own('halls')}, {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
