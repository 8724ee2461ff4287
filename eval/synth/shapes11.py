"""Identifier shapes and addresses of the `fresh11` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: the invisible characters that text copied out of other programs carries inside a number, a PDF
table's figure space (U+2007, as wide as a digit, "943 476 5919" with its two gaps figure spaces) and
the zero-width space a chat or web app puts in to allow a line break ("07912\u200b345678" looks like
"07912345678"); mobiles in the pairs families from France and West Africa write ("07912 34 56 78") or
split 3-4-4 ("079 1234 5678"), and numbers in full international form with no spaces ("+447912345678",
"+441539723456"), as a phone's share button gives them; National Insurance numbers all in lower case,
as typed on a phone ("ab 12 34 56 c"); dates of birth from a system export ("2015-Apr-03") and from a
court order ("3rd day of April 2015"); and addresses in a short breaks unit for disabled children, a
ward of an adolescent inpatient unit, a cellar flat, keepers' cottages on an estate, a bothy on a farm,
a staff flat at a care home and a caravan on a relative's drive. Blocks of flats are drawn as fresh5 to
fresh10 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh11"
FIGURE = "\u2007"  # a figure space, as a PDF's table of numbers carries
ZWSP = "\u200b"  # a zero-width space, as text copied from a chat or web app carries


def _gap(rng: random.Random) -> str:
    """The gap between two groups of digits: a figure space, a zero-width space or a plain space."""
    return rng.choice([FIGURE, ZWSP, " ", " "])


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits grouped 3-3-4 with figure spaces or zero-width spaces, or written plainly."""
    gap = rng.choice([FIGURE, ZWSP, FIGURE, " ", ""])
    return gap.join([digits[:3], digits[3:6], digits[6:]])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number all in lower case, with figure spaces, or plain."""
    p1, p2, p3 = digits[:2], digits[2:4], digits[4:]
    return rng.choice([f"{prefix.lower()} {p1} {p2} {p3} {suffix.lower()}", f"{prefix.lower()}{digits}{suffix.lower()}",
                       FIGURE.join([prefix, p1, p2, p3, suffix]), f"{prefix} {p1} {p2} {p3} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` ("07912345678") in pairs, split 3-4-4, in full international form,
    with an invisible gap, or plain."""
    return rng.choice([f"{d[:5]} {d[5:7]} {d[7:9]} {d[9:]}", f"{d[:3]} {d[3:7]} {d[7:]}", f"+44{d[1:]}",
                       f"{d[:5]}{_gap(rng)}{d[5:]}", f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline in full international form, with a figure space after the area code, or plain."""
    return rng.choice([f"+44{area[1:]}{local}", f"{area}{FIGURE}{local}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth: "2015-Apr-03" (a system export), "3rd day of April 2015" (a court order), or a
    common form."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([f"{y}-{month[:3]}-{d:02d}", f"{d}{suffix} day of {month} {y}", f"{y}-{month[:3]}-{d:02d}",
                       f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}", f"{d}/{m}/{y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{f}_{s}{rng.randint(1, 99)}", f"{s}{f[0]}{rng.randint(1975, 2010)}", f"{f[:3]}.{s[:4]}",
                       f"{f}-{s}", f"{s}.{f}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh11 address: often a plain house, but also a short breaks unit, a ward of an adolescent
    unit, a cellar flat, keepers' cottages on an estate, a bothy on a farm, a staff flat at a care
    home, a caravan on a relative's drive or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "short_breaks", "ward", "cellar", "keepers", "bothy", "staff",
                       "drive", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "short_breaks":
        return f"Bedroom {rng.randint(1, 8)}, {own('short_breaks')}, {number} {street}"
    if kind == "ward":
        return f"{own('wards')}, {own('adolescent_units')}, {number} {street}"
    if kind == "cellar":
        return f"Cellar Flat, {number} {street}"
    if kind == "keepers":
        return f"{rng.randint(1, 4)} Keepers' Cottages, {own('estates')}, {street}"
    if kind == "bothy":
        return f"The Bothy, {own('farms')}, {street}"
    if kind == "staff":
        return f"Staff Flat, {own('care_homes')}, {number} {street}"
    if kind == "drive":
        return f"Caravan on the drive of {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
