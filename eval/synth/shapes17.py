"""Identifier shapes and addresses of the `fresh17` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: the shapes a phone set to Arabic and a voice-to-text app leave. An NHS number, a phone number
or a date of birth in Arabic-Indic digits, as a parent's phone with an Arabic keyboard types them into
a message the worker copied ("٩٤٣ ٤٧٦ ٥٩١٩", "٠٣/٠٤/٢٠١٥"); an NHS number or a phone number with a
comma at each pause, as dictation software writes a number read out in groups ("943, 476, 5919",
"07912, 345678"); a National Insurance number with its two letters dictated one at a time ("A B 12 34
56 C"); a date of birth with the month cut short as people in Britain write it, "Sept", "June" and
"July" kept whole ("3 Sept 2015", "3rd Sept. 2015"); and homes in a back-lane house of a Yorkshire or
north-east terrace ("14 Back Lancaster Road"), a bungalow in a supported living scheme, a holiday flat
let off-season as temporary accommodation and a bedspace at a YMCA hostel.
Blocks of flats are drawn as fresh5 to fresh16 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh17"
ARABIC = {ord(str(i)): chr(0x0660 + i) for i in range(10)}  # Arabic-Indic digits, as an Arabic keyboard types them
# How people in Britain cut a month short: four letters for September, June and July left whole.
UK_SHORT = {"September": "Sept", "June": "June", "July": "July"}


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits 3-3-4 in Arabic-Indic digits, with a comma at each pause of a dictated number,
    spaced, or plain."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"{a} {b} {c}".translate(ARABIC), f"{a}, {b}, {c}", f"{a}, {b}, {c}", f"{a} {b} {c}", digits])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with its two letters dictated apart ("A B 12 34 56 C"), or common forms."""
    pairs = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    return rng.choice([f"{prefix[0]} {prefix[1]} {pairs} {suffix}", f"{prefix[0]} {prefix[1]} {pairs} {suffix}",
                       f"{prefix} {pairs} {suffix}", f"{prefix}{digits}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` in Arabic-Indic digits, with a dictated comma ("07912, 345678"), or plain."""
    return rng.choice([f"{d[:5]} {d[5:]}".translate(ARABIC), f"{d[:5]}, {d[5:]}", f"{d[:5]}, {d[5:8]}, {d[8:]}",
                       f"{d[:5]} {d[5:]}", d])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline in Arabic-Indic digits, with a dictated comma after the dialling code, or plain."""
    return rng.choice([f"{area} {local}".translate(ARABIC), f"{area}, {local}", f"{area}, {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth in Arabic-Indic digits, with the month cut short the British way ("3 Sept 2015"),
    or a common form."""
    d, m, y = day.day, day.month, day.year
    short = UK_SHORT.get(month, month[:3])
    return rng.choice([f"{d:02d}/{m:02d}/{y}".translate(ARABIC), f"{d} {short} {y}", f"{d}{suffix} {short}{'.' if short != month else ''} {y}",
                       f"{d} {short} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}{suffix} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{s}{f[0]}{f[-1]}", f"{f}{rng.randint(1, 9)}{s}", f"{f[:2]}{s[:2]}{rng.randint(100, 999)}",
                       f"the.{s}.house", f"{f}.{s}.{rng.randint(1, 12):02d}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh17 address: often a plain house, but also a back-lane house, a bungalow in a supported
    living scheme, a holiday flat used as temporary accommodation, a bedspace in a YMCA hostel or a
    flat in a block."""
    kind = rng.choice(["house", "house", "house", "back", "bungalow", "holiday", "ymca", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "back":
        return f"{number} Back {street}"
    if kind == "bungalow":
        return f"Bungalow {rng.randint(1, 8)}, {own('supported_living')}, {street}"
    if kind == "holiday":
        return f"Holiday Flat {rng.randint(1, 12)}, {own('holiday_lets')}, {number} {street}"
    if kind == "ymca":
        return f"Bedspace {rng.randint(1, 40)}, {own('ymcas')}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
