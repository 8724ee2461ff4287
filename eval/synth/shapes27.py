"""Identifier shapes and addresses of the `fresh27` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: NHS numbers typed on a phone whose keyboard puts a space after every full stop ("943. 476.
5919") or as a spreadsheet shows a long number in a column too narrow for it ("9.434765919E+09");
National Insurance numbers with the suffix letter in brackets, as a payslip prints it ("AB 12 34 56 (C)",
"AB123456(C)"); phone numbers copied out of an e-mail signature's link ("tel:+447912345678",
"tel:01638123456") and work landlines with a spaced "x" before the extension ("01638 812345 x 22");
postcodes with the space typed one place too early ("CB 85AB") or with the inward letters left in lower
case after the digit ("CB8 5ab"); dates of birth from a web form's JSON export ("2015-04-03T00:00:00.000Z")
or typed on a phone with no spaces at all ("3April2015"); personal e-mail addresses copied with their
"mailto:" link or with a birth year first ("2009gaetanoi@..."); and homes no older split writes this way:
the warden's flat of a sheltered housing scheme ("the warden's flat, Gallops Court (sheltered), 4 Stable
Lad's Slade"), a room at a Salvation Army lifehouse ("room 14, Booth House Lifehouse, 3 Needle Scourer's
Street"), a yurt on a smallholding ("the yurt, Windmill Hill Smallholding, 2 Heath Watcher's Tump"), an
Airbnb flat used as an emergency placement ("Airbnb, flat 3, 19 Ribbon Weaver's Road"), the granthi's
flat at a gurdwara ("the granthi's flat, Guru Nanak Gurdwara, 40 Salt Glazer's Bank") and a bed in a
racing yard's hostel for stable staff ("bed 6, the stable lads' hostel, 11 Work Rider's Gallops").
Blocks of flats are drawn as fresh5 to fresh26 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh27"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits with a space after each full stop, as a spreadsheet's scientific notation, or 3-3-4."""
    return rng.choice([f"{digits[:3]}. {digits[3:6]}. {digits[6:]}", f"{digits[0]}.{digits[1:]}E+09",
                       f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with its suffix letter in brackets, spaced or tight, or as usual."""
    pairs = [digits[:2], digits[2:4], digits[4:]]
    return rng.choice([f"{prefix} {' '.join(pairs)} ({suffix})", f"{prefix}{digits}({suffix})",
                       f"{prefix} {' '.join(pairs)} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` as an e-mail signature's link ("tel:+447912345678", "tel:07912345678"),
    or plain."""
    return rng.choice([f"tel:+44{d[1:]}", f"tel:{d}", f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A work landline with a spaced "x" before the extension, as a signature's link, or plain."""
    ext = f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    return rng.choice([f"{area} {local} x {ext}", f"tel:+44{area[1:]}{local}", f"{area} {grouped}"])


def postcode(outward: str, inward: str, rng: random.Random) -> str:
    """A postcode with the space typed one place too early, with the inward letters in lower case, or as usual."""
    return rng.choice([f"{outward[:-1]} {outward[-1]}{inward}", f"{outward} {inward[0]}{inward[1:].lower()}",
                       f"{outward} {inward}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth as a web form's JSON export prints it ("2015-04-03T00:00:00.000Z"), typed with no
    spaces ("3April2015", "3april2015"), or as usual."""
    d, y = day.day, day.year
    return rng.choice([f"{y}-{day.month:02d}-{d:02d}T00:00:00.000Z", f"{d}{month}{y}", f"{d}{month.lower()}{y}",
                       f"{d} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII), copied with
    its "mailto:" link or with a birth year first."""
    return rng.choice([f"mailto:{f}.{s}", f"{rng.randint(2005, 2013)}{f}{s[0]}", f"{f}{s}", f"mailto:{s}{f[0]}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh27 address: often a plain house, but also the warden's flat of a sheltered scheme, a room at a
    lifehouse, a yurt on a smallholding, an Airbnb flat, the granthi's flat at a gurdwara, a bed in a
    racing yard's hostel or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "warden", "lifehouse", "yurt", "airbnb", "granthi", "hostel", "block"])
    if kind == "warden":
        return f"the warden's flat, {rng.choice(p['schemes'][SPLIT])}, {number} {street}"
    if kind == "lifehouse":
        return f"room {rng.randint(1, 30)}, {rng.choice(p['lifehouses'][SPLIT])}, {number} {street}"
    if kind == "yurt":
        return f"the yurt, {rng.choice(p['smallholdings'][SPLIT])}, {number} {street}"
    if kind == "airbnb":
        return f"Airbnb, flat {rng.randint(1, 12)}, {number} {street}"
    if kind == "granthi":
        return f"the granthi's flat, {rng.choice(p['gurdwaras'][SPLIT])}, {number} {street}"
    if kind == "hostel":
        return f"bed {rng.randint(1, 16)}, the stable lads' hostel, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
