"""Identifier shapes and addresses of the `fresh25` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: NHS numbers grouped 4-3-3 with hyphens as copied off a hospital wristband ("9434-765-919") or
with full stops as a GP letter's header prints them ("9434.765.919"); National Insurance numbers with slashes
between the pairs as a payslip export writes them ("AB/12/34/56/C") or with the six digits run together
and the letter apart ("AB 123456 C" in lower case, "ab 123456 c"); mobiles read out in pairs after the
first five digits ("07912 34 56 78") or with a hyphen after the first five ("07912-345678"); work
landlines with a short extension in brackets after "ext." ("01524 812345 (ext. 22)") or after a bare "x"
("01524 812345 x22"); dates of birth with a hyphenated short month ("03-May-2015"), in the American
order with a comma ("May 3rd, 2015") or "3rd of May 2015"; postcodes with a hyphen for the space
("LA5-9AB") or in lower case ("la5 9ab"); personal e-mail addresses with underscores and a plus tag
("curstag_macrury@...", "macrury.c+school@..."); and homes no older split writes this way: a room at a
YMCA ("room 14, YMCA Carnforth, 3 Cockler's Hards"), a bed at a night shelter ("bed 4, St Wilfrid's
Night Shelter, 9 Iron Roller's Sike"), a kinship carer's annexe ("the annexe, 22 Lace Maker's Hoe"), a
hospital ward ("Ward 7, Solent Vale Hospital, 1 Salt Panner's Slipway"), a young offender institution
("Unit C, HMYOI Marshbrook, 1 Tile Maker's End") and a residential special school ("Beech Hanger School
(residential), 40 Chair Bodger's Hatch"). Blocks of flats are drawn as fresh5 to fresh24 draw them
(`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh25"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits grouped 4-3-3 with hyphens or full stops, or 3-3-4 as usual."""
    return rng.choice([f"{digits[:4]}.{digits[4:7]}.{digits[7:]}", f"{digits[:4]}-{digits[4:7]}-{digits[7:]}",
                       f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with slashes between the pairs, with the six digits run together
    and the letters apart (in capitals or lower case), or as usual."""
    pairs = [digits[:2], digits[2:4], digits[4:]]
    return rng.choice([f"{prefix}/{'/'.join(pairs)}/{suffix}", f"{prefix} {digits} {suffix}",
                       f"{prefix} {digits} {suffix}".lower(), f"{prefix} {' '.join(pairs)} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` read out in pairs after the first five, with a hyphen after the first
    five, or plain."""
    return rng.choice([f"{d[:5]} {d[5:7]} {d[7:9]} {d[9:]}", f"{d[:5]}-{d[5:]}", f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A work landline with a short extension in brackets after "ext." or after a bare "x", or plain."""
    ext = f"{rng.randint(1, 9)}{rng.randint(0, 9)}"
    return rng.choice([f"{area} {local} (ext. {ext})", f"{area} {local} x{ext}", f"{area} {grouped}"])


def postcode(outward: str, inward: str, rng: random.Random) -> str:
    """A postcode with a hyphen for the space, in lower case, or as usual."""
    return rng.choice([f"{outward}-{inward}", f"{outward} {inward}".lower(), f"{outward} {inward}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth with a hyphenated short month ("03-May-2015"), in the American order with a comma
    ("May 3rd, 2015"), with "of" ("3rd of May 2015"), or as usual."""
    d = day.day
    return rng.choice([f"{d:02d}-{month[:3]}-{day.year}", f"{month} {d}{suffix}, {day.year}", f"{d}{suffix} of {month} {day.year}",
                       f"{d} {month} {day.year}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII), with
    underscores or a plus tag."""
    return rng.choice([f"{f}_{s}", f"{s}.{f[0]}+school", f"{f[0]}_{s}_{rng.randint(2005, 2013)}", f"{f}.{s}+nhs"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh25 address: often a plain house, but also a room at a YMCA, a bed at a night shelter, a
    kinship carer's annexe, a hospital ward, a young offender institution, a residential school or a flat
    in a block."""
    kind = rng.choice(["house", "house", "house", "ymca", "shelter", "annexe", "ward", "yoi", "school", "block"])
    if kind == "ymca":
        return f"room {rng.randint(2, 48)}, {rng.choice(p['ymcas'][SPLIT])}, {number} {street}"
    if kind == "shelter":
        return f"bed {rng.randint(1, 16)}, {rng.choice(p['shelters'][SPLIT])}, {number} {street}"
    if kind == "annexe":
        return f"the annexe, {number} {street}"
    if kind == "ward":
        return f"Ward {rng.randint(1, 24)}, {rng.choice(p['hospitals'][SPLIT])}, {number} {street}"
    if kind == "yoi":
        return f"Unit {rng.choice('ABCDEF')}, {rng.choice(p['yois'][SPLIT])}, {number} {street}"
    if kind == "school":
        return f"{rng.choice(p['residential_schools'][SPLIT])}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
