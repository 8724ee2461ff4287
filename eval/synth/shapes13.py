"""Identifier shapes and addresses of the `fresh13` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: the characters a spreadsheet, a web page or an autocorrecting editor leaves inside a number
copied out of it, a tab between cells pasted into a case note ("943\t476\t5919"), the invisible word
joiner (U+2060) a web page puts inside a number to keep it on one line, and the em dash (U+2014) a
word processor makes of a typed double hyphen ("01226—765432"); a National Insurance number with its
suffix letter set apart ("AB123456 C"); mobiles as "+44-7912-345678" and in threes after the first
five ("07912 345 678"); dates of birth as a letter of the court writes them ("3rd of April, 2015"),
a form's long date with a comma ("Thursday, 3 April 2015") and a system's short month with a two-digit
year ("03/Apr/15"); and addresses in a toll house, a shepherd's hut on a farm, a signal box cottage,
a loft in a converted factory, a lower ground floor flat and a converted barn on a farmstead. Blocks of
flats are drawn as fresh5 to fresh12 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh13"
TAB = "\t"  # a tab between spreadsheet cells pasted into the notes
WJ = "\u2060"  # a word joiner, invisible, that a web page keeps inside a number
EM = "\u2014"  # the em dash a word processor makes of a typed double hyphen


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits 3-3-4 split by tabs, with a word joiner inside, with em dashes, or plainly."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"{a}{TAB}{b}{TAB}{c}", f"{a} {b}{WJ} {c}", f"{a}{WJ}{b}{WJ}{c}", EM.join([a, b, c]),
                       f"{a} {b} {c}", digits])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with the suffix letter set apart, split by a tab, or plain."""
    return rng.choice([f"{prefix}{digits} {suffix}", f"{prefix}{digits} {suffix}",
                       f"{prefix}{TAB}{digits}{TAB}{suffix}", f"{prefix}{WJ}{digits}{suffix}", f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` ("07912345678") as "+44-7912-345678", in threes after the first
    five, with a word joiner or an em dash inside, or plain."""
    return rng.choice([f"+44-{d[1:5]}-{d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}", f"{d[:5]}{WJ}{d[5:]}",
                       f"{d[:5]}{EM}{d[5:]}", f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with an em dash after the area code, as "+44-...", split by a tab, or plain."""
    return rng.choice([f"{area}{EM}{local}", f"+44-{area[1:]}-{local}", f"{area}{TAB}{local}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth: "3rd of April, 2015" (a court's letter), "Thursday, 3 April 2015" (a form's
    long date), "03/Apr/15" (a system's short date), or a common form."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([f"{d}{suffix} of {month}, {y}", f"{day.strftime('%A')}, {d} {month} {y}", f"{d:02d}/{month[:3]}/{y % 100:02d}",
                       f"{d}{suffix} of {month}, {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{f}-{s}", f"{s[0]}{f}{rng.randint(100, 999)}", f"{f}{s}.{rng.randint(1, 31)}",
                       f"mum.of.{rng.randint(2, 5)}.{f}", f"{s}.family"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh13 address: often a plain house, but also a toll house, a shepherd's hut on a farm, a
    signal box cottage, a loft in a converted factory, a lower ground floor flat, a converted barn on a
    farmstead or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "toll", "hut", "signal", "loft", "lower", "barn", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "toll":
        return f"The Toll House, {street}"
    if kind == "hut":
        return f"The Shepherd's Hut, {own('farmsteads')}, {street}"
    if kind == "signal":
        return f"Signal Box Cottage, {street}"
    if kind == "loft":
        return f"Loft {flat}, {own('buildings')}, {number} {street}"
    if kind == "lower":
        return f"Lower Ground Floor Flat, {number} {street}"
    if kind == "barn":
        return f"Barn {rng.randint(1, 6)}, {own('farmsteads')}, {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
