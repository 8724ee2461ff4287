"""Identifier shapes and addresses of the `fresh14` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: the characters a typesetting program or a form leaves inside a number copied out of it, the
minus sign (U+2212) a PDF typesets where a hyphen was typed ("07912−345678") and the middle dot
(U+00B7) some forms and letters print between groups of digits ("943·476·5919"); a National Insurance
number in pairs with the suffix hyphenated ("AB 12 34 56-C"); mobiles as "+44 7912 345 678" and
"07912-345-678"; dates of birth as a form's "3-April-2015", with middle dots ("03·04·2015") or with
the minus sign; and homes in a numbered almshouse, a lock keeper's cottage at a named lock, a row of
coastguard cottages, a park home on a residential park, a pub's living accommodation and the flat
over a garage. Blocks of flats are drawn as fresh5 to fresh13 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh14"
MINUS = "\u2212"  # the minus sign a PDF typesets where a hyphen was typed
DOT = "\u00b7"  # the middle dot some forms print between groups of digits


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits 3-3-4 split by middle dots, by minus signs, or plainly."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([DOT.join([a, b, c]), MINUS.join([a, b, c]), f"{a} {b} {c}", f"{a}{DOT}{b}{DOT}{c}", digits])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number in pairs with the suffix hyphenated, with minus signs or dots, or plain."""
    pairs = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    return rng.choice([f"{prefix} {pairs}-{suffix}", f"{prefix}{MINUS}{digits}{MINUS}{suffix}", f"{prefix}{DOT}{digits}{DOT}{suffix}",
                       f"{prefix} {pairs} {suffix}", f"{prefix}{digits}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` ("07912345678") as "+44 7912 345 678", "07912-345-678", with a minus
    sign or a middle dot inside, or plain."""
    return rng.choice([f"+44 {d[1:5]} {d[5:8]} {d[8:]}", f"{d[:5]}-{d[5:8]}-{d[8:]}", f"{d[:5]}{MINUS}{d[5:]}",
                       f"{d[:5]}{DOT}{d[5:]}", f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with a minus sign or a middle dot after the area code, as "+44 ...", or plain."""
    return rng.choice([f"{area}{MINUS}{local}", f"{area}{DOT}{local}", f"+44 {area[1:]} {local}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth: "3-April-2015" (a form's), "03·04·2015" (middle dots), "03−04−2015" (minus
    signs), or a common form."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([f"{d}-{month}-{y}", f"{d:02d}{DOT}{m:02d}{DOT}{y}", f"{d:02d}{MINUS}{m:02d}{MINUS}{y}",
                       f"{d}-{month}-{y}", f"{d:02d}/{m:02d}/{y}", f"{d}{suffix} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{f}_{s}{rng.randint(1, 99)}", f"{s}{f[0]}", f"{f}.{rng.randint(1980, 2008)}",
                       f"mrs.{s}", f"{f}{s}.home"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh14 address: often a plain house, but also a numbered almshouse, a lock keeper's cottage, a
    coastguard cottage, a park home, a pub's living accommodation, the flat over a garage or a flat in a
    block."""
    kind = rng.choice(["house", "house", "house", "alms", "lock", "coast", "park", "pub", "garage", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "alms":
        return f"{rng.randint(1, 12)} {own('almshouses')}, {street}"
    if kind == "lock":
        return f"Lock Keeper's Cottage, {own('locks')}, {street}"
    if kind == "coast":
        return f"{rng.randint(1, 8)} Coastguard Cottages, {street}"
    if kind == "park":
        return f"{flat} {own('parks')}, {street}"
    if kind == "pub":
        return f"Living Accommodation, {own('pubs')}, {number} {street}"
    if kind == "garage":
        return f"Flat over Garage, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
