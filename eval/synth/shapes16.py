"""Identifier shapes and addresses of the `fresh16` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: the shapes a hurried typist, a Chinese keyboard, an e-mail signature and a Home Office letter
leave, an NHS number with its first three digits in brackets as a phone number is typed ("(943) 476
5919") or in full-width digits as a parent's message typed on a Chinese keyboard carries them
("９４３ ４７６ ５９１９"); a National Insurance number with hyphens round the digits
("AB-123456-C") or one before the suffix ("AB 123456-C"); a mobile or landline copied from a signature
with the "+44" cut off but the "(0)" kept ("(0)7912 345678", "(0)1566 772345"), or hyphenated after the
dialling code ("07912-345678"); dates of birth in capitals as a Home Office or age assessment letter
prints them ("03 APRIL 2015") or with the month cut short between full stops ("03.Apr.2015"); and
homes on a pitch of a council Gypsy and Traveller site, in a room of a hotel used as contingency
asylum accommodation, on a plot of a residential park home estate and in a coach house. Blocks of
flats are drawn as fresh5 to fresh15 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh16"


FULL_WIDTH = {ord(str(i)): chr(0xFF10 + i) for i in range(10)}


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits 3-3-4 with the first three in brackets as a phone number is typed, in full-width
    digits as a Chinese keyboard types them (a parent's message the worker copied), spaced, or plain."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"({a}) {b} {c}", f"{a} {b} {c}".translate(FULL_WIDTH), f"({a}) {b} {c}", f"{a} {b} {c}", digits])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with hyphens round the digits, one before the suffix, or plain."""
    pairs = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    return rng.choice([f"{prefix}-{digits}-{suffix}", f"{prefix} {digits}-{suffix}", f"{prefix}-{digits}-{suffix}",
                       f"{prefix} {pairs} {suffix}", f"{prefix}{digits}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` ("07912345678") as "(0)7912 345678", "07912-345678", or plain."""
    return rng.choice([f"(0){d[1:5]} {d[5:]}", f"{d[:5]}-{d[5:]}", f"(0){d[1:5]} {d[5:]}", f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with the area code's 0 in brackets, hyphenated after the code, or plain."""
    return rng.choice([f"(0){area[1:]} {local}", f"{area}-{local}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth as a Home Office or age assessment letter prints it ("03 APRIL 2015"), with the
    month cut short between full stops ("03.Apr.2015"), or a common form."""
    d, y = day.day, day.year
    return rng.choice([f"{d:02d} {month.upper()} {y}", f"{d:02d}.{month[:3]}.{y}", f"{d:02d} {month.upper()} {y}",
                       f"{d:02d}.{month[:3]}.{y}", f"{d:02d}/{day.month:02d}/{y}", f"{d}{suffix} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{f}.{s}{rng.randint(1, 9)}", f"{s}{f[0]}", f"{f}{rng.randint(2000, 2012)}",
                       f"mrs.{s}", f"{f[0]}.{s}.{rng.randint(10, 99)}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh16 address: often a plain house, but also a pitch on a Traveller site, a room in a hotel
    used as asylum accommodation, a plot on a park home estate, a coach house or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "pitch", "hotel", "plot", "coach", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "pitch":
        return f"Pitch {rng.randint(1, 18)}, {own('traveller_sites')}, {street}"
    if kind == "hotel":
        return f"Room {rng.randint(101, 340)}, {own('hotels')}, {number} {street}"
    if kind == "plot":
        return f"Plot {rng.randint(1, 60)}, {own('park_homes')}, {street}"
    if kind == "coach":
        return f"The Coach House, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
