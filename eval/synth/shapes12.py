"""Identifier shapes and addresses of the `fresh12` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: the characters a word processor or a web form leaves inside a number copied out of it, the
Unicode hyphen (U+2010) that Word's and a PDF's typography puts where a hyphen was typed ("943‐476‐5919"),
the soft hyphen (U+00AD) that an auto-hyphenated table keeps inside a long run of digits and the
byte-order mark (U+FEFF) a spreadsheet cell pasted into a case note carries, both invisible; numbers as
voice-to-text dictation writes them down, a National Insurance number in threes ("AB 123 456 C"); mobiles with the first five in brackets
("(07912) 345 678") and "+44 (0) 7912 345 678"; dates of birth from a chronology table in capitals
("03-APR-2015"), from a letter in the American order with a full stop ("Apr. 3, 2015") and from a
scanned form read by OCR with spaces ("2015 04 03"); and addresses in a unit on a trading estate, a
plot on a new-build development not yet numbered, a converted chapel, a cemetery lodge, a granny flat,
a lettered maisonette and an apartment in a converted works. Blocks of flats are drawn as fresh5 to
fresh11 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh12"
HYPHEN = "\u2010"  # the Unicode hyphen a word processor's or a PDF's typography writes
SOFT = "\u00ad"  # a soft hyphen, invisible, left inside a number by an auto-hyphenated table
BOM = "\ufeff"  # a byte-order mark, invisible, carried by a spreadsheet cell pasted into the notes


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits 3-3-4 with Unicode hyphens, with a soft hyphen or a byte-order mark inside, or
    written plainly."""
    hyphened = HYPHEN.join([digits[:3], digits[3:6], digits[6:]])
    return rng.choice([hyphened, hyphened, f"{digits[:5]}{SOFT}{digits[5:]}",
                       f"{digits[:3]} {digits[3:6]}{BOM} {digits[6:]}", f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number dictated in threes, with Unicode hyphens, or plain."""
    return rng.choice([f"{prefix} {digits[:3]} {digits[3:]} {suffix}", HYPHEN.join([prefix, digits, suffix]),
                       f"{prefix}{digits}{suffix}", f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` ("07912345678") with the first five in brackets, as "+44 (0)" with
    the rest in threes, with a Unicode hyphen or a soft hyphen inside, or plain."""
    return rng.choice([f"({d[:5]}) {d[5:8]} {d[8:]}", f"+44 (0) {d[1:5]} {d[5:8]} {d[8:]}", f"{d[:5]}{HYPHEN}{d[5:]}",
                       f"{d[:5]}{SOFT}{d[5:]}", f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with a Unicode hyphen after the area code, as "+44 (0)", or plain."""
    return rng.choice([f"{area}{HYPHEN}{local}", f"+44 (0) {area[1:]} {grouped}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth: "03-APR-2015" (a chronology table), "Apr. 3, 2015" (a letter), "2015 04 03"
    (a scanned form read by OCR), or a common form."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([f"{d:02d}-{month[:3].upper()}-{y}", f"{month[:3]}. {d}, {y}", f"{y} {m:02d} {d:02d}",
                       f"{d:02d}-{month[:3].upper()}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}{suffix} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{f}{s[0]}.{rng.randint(10, 99)}", f"{s}_{f[:1]}", f"{f}.{s}.{rng.randint(1980, 2009)}",
                       f"{s[:5]}{f[:2]}", f"x{f}x{rng.randint(1, 9)}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh12 address: often a plain house, but also a unit on a trading estate, a plot on a
    new-build development, a converted chapel, a cemetery lodge, a granny flat, a lettered maisonette,
    an apartment in a converted works or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "unit", "plot", "chapel", "lodge", "granny", "maisonette",
                       "apartment", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "unit":
        return f"Unit {rng.randint(1, 24)}, {own('trading_estates')}, {street}"
    if kind == "plot":
        return f"Plot {rng.randint(2, 160)}, {own('developments')}, {street}"
    if kind == "chapel":
        return f"The Old Chapel, {street}"
    if kind == "lodge":
        return f"The Lodge, {own('cemeteries')}, {street}"
    if kind == "granny":
        return f"Granny Flat, {number} {street}"
    if kind == "maisonette":
        return f"Maisonette {rng.choice('ABCD')}, {number} {street}"
    if kind == "apartment":
        return f"Apartment {flat}, {own('buildings')}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
