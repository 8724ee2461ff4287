"""Identifier shapes and addresses of the `fresh23` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: NHS numbers typed with two different separators, as someone copying from a letter mixes a full
stop with a hyphen or a space ("943-476.5919", "943 476.5919"), work landlines with the extension run into
"ext." or put in brackets after an "x" or a hash ("01872 612345 ext.2214", "01872 612345 (x2214)",
"01872 612345 #2214"), mobiles with the first five digits in brackets or a dot after them ("(07912)
345678", "07912.345678"), National Insurance
numbers in lower case with dots ("ab.12.34.56.c") or slashes ("AB/12/34/56/C"), dates of birth with
the weekday and "the ... of" ("Sat the 3rd of May 2015") or with an apostrophe for the century ("3rd
of May '15"), postcodes run together, in capitals or lower case ("TR15AB", "tr15ab"), and personal e-mail
addresses with hyphens and digits ("k-smith-2015@...", "kezia.s-83@..."); and homes no older split
writes this way: a room at a B&B the council pays for ("Harbour Light B&B, room 4, 12 Net Mender's Drong"),
a women's refuge whose post goes to its office ("c/o refuge office, 9 Caulker's Hard"), a secure
children's home ("Fellside Secure Children's Home, 5 Haaf Netter's Raise"), a room in a 16+ foyer
("Room 12, Medway Foyer, 3 Barge Builder's Stairs") and a houseboat at a numbered mooring ("Houseboat
Kittiwake, mooring 7, Salt Boiler's Wharf"). Blocks of flats are drawn as fresh5 to fresh22 draw them
(`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh23"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits with a full stop and another separator, as copied by hand from a letter, or 3-3-4 as usual."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"{a}-{b}.{c}", f"{a} {b}.{c}", f"{a}.{b}-{c}", f"{a} {b} {c}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number in lower case with dots, with slashes, or in pairs as usual."""
    pairs = [digits[:2], digits[2:4], digits[4:]]
    return rng.choice([".".join([prefix.lower(), *pairs, suffix.lower()]), "/".join([prefix, *pairs, suffix]),
                       f"{prefix} {' '.join(pairs)} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` with its first five digits in brackets as a landline's code is written, with
    a dot after them, or plain."""
    return rng.choice([f"({d[:5]}) {d[5:]}", f"{d[:5]}.{d[5:]}", f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A work landline with its extension run into "ext.", after an "x" in brackets or after a hash, or plain."""
    ext = f"{rng.randint(2, 9)}{rng.randint(100, 999)}"
    return rng.choice([f"{area} {local} ext.{ext}", f"{area} {local} (x{ext})", f"{area} {grouped} #{ext}", f"{area} {local}"])


def postcode(outward: str, inward: str, rng: random.Random) -> str:
    """A postcode run together in capitals or lower case, or as usual."""
    return rng.choice([f"{outward}{inward}", f"{outward}{inward}".lower(), f"{outward} {inward}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth with the weekday and "the ... of" ("Sat the 3rd of May 2015"), with an apostrophe for
    the century ("3rd of May '15") or as usual."""
    d, y = day.day, day.year
    return rng.choice([f"{day:%a} the {d}{suffix} of {month} {y}", f"{d}{suffix} of {month} '{y % 100:02d}", f"{d} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII), with
    hyphens and digits."""
    return rng.choice([f"{f}-{s}-{rng.randint(2005, 2016)}", f"{f}.{s[0]}-{rng.randint(80, 99)}", f"{s}-{f}{rng.randint(1, 9)}",
                       f"{f[0]}-{s}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh23 address: often a plain house, but also a room at a B&B, a refuge's office given "c/o", a
    secure children's home, a room in a foyer, a houseboat at a mooring or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "bnb", "refuge", "secure", "foyer", "boat", "block"])
    if kind == "bnb":
        return f"{rng.choice(p['bnbs'][SPLIT])}, room {rng.randint(1, 9)}, {number} {street}"
    if kind == "refuge":
        return f"c/o refuge office, {number} {street}"
    if kind == "secure":
        return f"{rng.choice(p['secure_homes'][SPLIT])}, {number} {street}"
    if kind == "foyer":
        return f"Room {rng.randint(1, 40)}, {rng.choice(p['foyers'][SPLIT])}, {number} {street}"
    if kind == "boat":
        return f"Houseboat {rng.choice(p['houseboats'][SPLIT])}, mooring {rng.randint(1, 30)}, {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
