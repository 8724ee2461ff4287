"""Identifier shapes and addresses of the `fresh29` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: NHS numbers copied from the human-readable line under a wristband's or a label's barcode, which a
Code 39 barcode prints between asterisks ("*9434765919*"); National Insurance numbers spelt out over
the phone the way people in England spell, a word for each letter ("A for apple, B for boy, 12 34 56,
C for Charlie"); landlines written as an old letterhead or a grandparent's address book writes them,
with the exchange's town for the dialling code ("Harrogate 567123", "St Albans 834512") (see
`EXCHANGES`); postcodes with the no-break space a word processor puts between the two halves
("AL1\u00a03AB"); dates of birth typed with backslashes for slashes ("03\\04\\2015", "3\\4\\2015");
personal e-mail addresses with a phone's autocorrect spaces round the "@" ("sahithi.reddy @
hyderabad-mail.in") or a capital letter at the start ("Sahithi.reddy@hyderabad-mail.in") (see
`email_address`); and homes no older split writes this way: a school's boarding house ("Abbey House
(boarding house), 14 Straw Boater Maker's Spur"), a university's family flat ("family flat 3, Hillside
Court (university family housing), 8 Compositor's Oval"), a room in a budget hotel used as emergency
housing ("room 214 at the Travelodge Central, 40 Cress Grower's Way"), the imam's flat at a mosque ("the
imam's flat, Madina Masjid, 2 Carpet Weaver's Path"), a trailer in a showmen's winter quarters
("trailer 6, Searle's Yard (showmen's winter quarters), 1 Hat Blocker's Keep") and a mobile home on a
farm's seasonal workers' site ("mobile home 12, Withybed Farm (seasonal workers' site), 3 Sugar Beet
Carter's Leat"). Blocks of flats are drawn as fresh5 to fresh28 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import functools
import random

from eval.synth.addresses import in_block
from eval.synth.data import places_for

SPLIT = "fresh29"
NBSP = "\u00a0"
# The words people in England spell a letter with over the phone ("B for boy"), not the phonetic alphabet.
SPELLING = {"A": "apple", "B": "boy", "C": "Charlie", "D": "David", "E": "Edward", "F": "Freddie", "G": "George",
            "H": "Harry", "I": "igloo", "J": "Jack", "K": "king", "L": "London", "M": "mother", "N": "Nellie",
            "O": "orange", "P": "Peter", "Q": "queen", "R": "Robert", "S": "sugar", "T": "Tommy", "U": "uncle",
            "V": "Victor", "W": "William", "X": "x-ray", "Y": "yellow", "Z": "zebra"}


@functools.cache
def exchanges() -> dict[str, list[str]]:
    """The split's towns by dialling code: the exchange's name an old letterhead writes for the code."""
    out: dict[str, list[str]] = {}
    for town in places_for(SPLIT)["towns"]:
        out.setdefault(town["area"], []).append(town["name"])
    return out


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits as the line under a Code 39 barcode prints them, between asterisks, or 3-3-4, or tight."""
    return rng.choice([f"*{digits}*", f"*{digits}*", f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number spelt a word for each letter ("A for apple, B for boy, 12 34 56, C for
    Charlie"), with or without the commas, or as usual."""
    pairs = " ".join([digits[:2], digits[2:4], digits[4:]])
    a, b, c = (f"{x} for {SPELLING[x]}" for x in (prefix[0], prefix[1], suffix))
    return rng.choice([f"{a}, {b}, {pairs}, {c}", f"{a} {b} {digits} {c}", f"{prefix} {pairs} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` in the usual ways."""
    return rng.choice([f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}", f"+44 {d[1:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with the exchange's town for its dialling code ("Harrogate 567123"), or as usual."""
    town = rng.choice(exchanges().get(area, [area]))
    return rng.choice([f"{town} {local}", f"{town} {local}", f"{area} {grouped}", f"({area}) {local}"])


def postcode(outward: str, inward: str, rng: random.Random) -> str:
    """A postcode with a word processor's no-break space between its halves, or as usual."""
    return rng.choice([f"{outward}{NBSP}{inward}", f"{outward}{NBSP}{inward}", f"{outward} {inward}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth typed with backslashes for slashes ("03\\04\\2015", "3\\4\\2015"), or as usual."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([f"{d:02d}\\{m:02d}\\{y}", f"{d}\\{m}\\{y}", f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address (ASCII), as people make them."""
    return rng.choice([f"{f}.{s}", f"{f}{s[:1]}", f"{s}.{f[:1]}"])


def email_address(local: str, domain: str, rng: random.Random) -> str:
    """A personal e-mail address with a phone's autocorrect spaces round the "@", with a capital letter at
    its start, or as usual."""
    kind = rng.choice(["spaced", "capital", "plain"])
    if kind == "spaced":
        return f"{local} @ {domain}"
    if kind == "capital":
        return f"{local[:1].upper()}{local[1:]}@{domain}"
    return f"{local}@{domain}"


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh29 address: often a plain house, but also a school's boarding house, a university's family
    flat, a budget hotel room, the imam's flat at a mosque, a trailer in a showmen's yard, a mobile home on a
    seasonal workers' site or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "boarding", "campus", "motel", "mosque", "showyard", "seasonal",
                       "block"])
    if kind == "boarding":
        return f"{rng.choice(p['boarding_houses'][SPLIT])}, {number} {street}"
    if kind == "campus":
        return f"family flat {rng.randint(1, 24)}, {rng.choice(p['campuses'][SPLIT])}, {number} {street}"
    if kind == "motel":
        return f"room {rng.randint(101, 340)} at the {rng.choice(p['motels'][SPLIT])}, {number} {street}"
    if kind == "mosque":
        return f"the imam's flat, {rng.choice(p['mosques'][SPLIT])}, {number} {street}"
    if kind == "showyard":
        return f"trailer {rng.randint(1, 14)}, {rng.choice(p['showyards'][SPLIT])}, {number} {street}"
    if kind == "seasonal":
        return f"mobile home {rng.randint(1, 30)}, {rng.choice(p['seasonal'][SPLIT])}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
