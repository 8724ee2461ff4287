"""Identifier shapes and addresses of the `fresh19` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: slips and habits of people typing numbers fast: a mobile typed with a capital O for its leading
zero ("O7912 334567") or with its first five digits in brackets as if they were an area code
("(07912) 334567"), an NHS number with slashes and no spaces ("943/447/6593"), a switchboard number
with the menu option to press ("0300 123 4567 option 2", "0121 456 7890, opt 3"), a National
Insurance number typed in lower case ("ab 12 34 56 c"), a date of birth said the way a parent says it
on the phone ("3rd of the 4th 2015", "the 3rd of April 2015") and postcodes in lower case or with two
spaces ("b69  3ab"); and homes no older split has: a room in a contingency hotel for asylum-seeking
families, a bed in an approved premises (a bail hostel) and a room in a young people's hostel. Blocks of
flats are drawn as fresh5 to fresh18 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh19"


def _ordinal(n: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th", 23 -> "23rd"."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits 3-3-4 with slashes and no spaces, or 3-3-4 as usual."""
    return rng.choice([f"{digits[:3]}/{digits[3:6]}/{digits[6:]}", f"{digits[:3]}/{digits[3:6]}/{digits[6:]}",
                       f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number typed in lower case, or common forms."""
    low = f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}".lower()
    return rng.choice([low, f"{prefix}{digits}{suffix}".lower(), f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}",
                       f"{prefix}{digits}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` typed with a capital O for its first zero, with its first five digits
    in brackets, or plain."""
    return rng.choice([f"O{d[1:5]} {d[5:]}", f"O{d[1:5]} {d[5:8]} {d[8:]}", f"({d[:5]}) {d[5:]}", f"({d[:5]}) {d[5:8]} {d[8:]}",
                       f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A switchboard number with the option to press, with the area code in brackets, or plain."""
    option = rng.randint(1, 6)
    return rng.choice([f"{area} {local} option {option}", f"{area} {grouped}, opt {option}", f"({area}) {local}",
                       f"{area} {local} (option {option})", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth as a parent says it on the phone ("3rd of the 4th 2015", "the 3rd of April
    2015"), or a common form."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([f"{_ordinal(d)} of the {_ordinal(m)} {y}", f"the {d}{suffix} of {month} {y}", f"{_ordinal(d)} of the {_ordinal(m)}, {y}",
                       f"{d:02d}/{m:02d}/{y}", f"{d}{suffix} {month} {y}"])


def postcode(outward: str, inward: str, rng: random.Random) -> str:
    """A postcode typed in lower case, with two spaces, or both, or as usual."""
    return rng.choice([f"{outward} {inward}".lower(), f"{outward}  {inward}", f"{outward}  {inward}".lower(), f"{outward} {inward}",
                       f"{outward}{inward}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{s}{f[0]}{rng.randint(1, 99)}", f"{f}.{s}.{rng.randint(80, 99)}", f"the.{s}s", f"{f[:3]}{s[:3]}",
                       f"{f}-{s}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh19 address: often a plain house, but also a room in a contingency hotel, a bed in an
    approved premises, a room in a young people's hostel or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "hotel", "premises", "hostel", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "hotel":
        return f"Room {rng.randint(101, 348)}, {own('hotels')}, {street}"
    if kind == "premises":
        return f"Bed {rng.randint(1, 22)}, {own('approved_premises')}, {number} {street}"
    if kind == "hostel":
        return f"Room {rng.randint(1, 9)}, {own('hostels')}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
