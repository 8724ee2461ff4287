"""Identifier shapes and addresses of the `fresh18` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: the shapes a number takes when it is read aloud and typed as heard: an NHS number with a run of
one digit said as "double" ("943 double 4 7 6593" for "943 447 6593"), a mobile with a run said as
"double" or "triple" ("07912 double 3 4 567" for "07912 334 567"), a work landline with its extension
("01709 212345 ext. 2231", "01709 212345 (ext 214)", "01709 212 345 x214"), a National Insurance number
grouped three and three as a payslip prints it ("AB 123 456 C"), and a date of birth with its day
written as a word ("third of April 2015", "Twenty-first March 2014"); and homes in a pod of a modular
homes scheme for homeless families, a room in university halls for a care leaver and supported
lodgings in a host's house. Blocks of flats are drawn as fresh5 to fresh17 draw them
(`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random
import re

from eval.synth.addresses import in_block

SPLIT = "fresh18"
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
            "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
            "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth "
            "thirty-first").split()
_RUN = re.compile(r"(\d)\1{1,2}")  # two or three of the same digit, as a reader says "double" or "triple"


def dictated(number: str, start: int = 1) -> str:
    """`number` (digits and spaces) with its first run of a repeated digit from `start` (after a
    mobile's leading 0) read as "double" or "triple" ("07912 334 567" -> "07912 double 3 4 567");
    unchanged if it has none."""
    m = _RUN.search(number, start)
    if not m:
        return number
    word = "double" if len(m.group(0)) == 2 else "triple"
    return re.sub(" +", " ", f"{number[:m.start()]} {word} {m.group(1)} {number[m.end():]}").strip()


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits 3-3-4 with a run of one digit said as "double" or "triple" where there is one,
    or 3-3-4 as usual."""
    spaced = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    return rng.choice([dictated(spaced, 0), dictated(spaced, 0), dictated(spaced, 0), dictated(spaced, 0), spaced])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number grouped three and three as a payslip prints it, or common forms."""
    return rng.choice([f"{prefix} {digits[:3]} {digits[3:]} {suffix}", f"{prefix} {digits[:3]} {digits[3:]} {suffix}",
                       f"{prefix}{digits[:3]} {digits[3:]}{suffix}", f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` as typed from a voice note, with "double" or "triple" for a run of a
    digit where it has one, or plain."""
    return rng.choice([dictated(f"{d[:5]} {d[5:8]} {d[8:]}"), dictated(f"{d[:5]} {d[5:]}"), dictated(d), f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A work landline with its extension, or plain."""
    ext = str(rng.randint(200, 4999))
    return rng.choice([f"{area} {local} ext. {ext}", f"{area} {local} (ext {ext})", f"{area} {grouped} x{ext}",
                       f"{area} {local} Ext {ext}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth with the day as a word, as it is said ("third of April 2015"), or a common form."""
    d, m, y = day.day, day.month, day.year
    word = ORDINALS[d - 1]
    return rng.choice([f"{word} of {month} {y}", f"{word.capitalize()} {month} {y}", f"{word} {month} {y}",
                       f"{d}{suffix} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {month[:3]} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{f[0]}{s}{rng.randint(10, 99)}", f"{s}.{f}", f"{f}_{s[:3]}{rng.randint(1, 9)}",
                       f"mrs.{s}", f"{f}{s}{rng.randint(2000, 2012)}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh18 address: often a plain house, but also a pod in a modular homes scheme, a room in
    university halls, supported lodgings in a host's house or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "pod", "halls", "lodgings", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "pod":
        return f"Pod {rng.randint(1, 24)}, {own('modular_homes')}, {street}"
    if kind == "halls":
        return f"Room {rng.randint(1, 40)}{rng.choice('ABCDEF')}, {own('halls')}, {number} {street}"
    if kind == "lodgings":
        return f"Supported lodgings, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
