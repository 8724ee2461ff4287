"""Identifier shapes and addresses of the `fresh20` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: numbers as people punctuate them when they type from a letter or a screen: an NHS number with
full stops between its groups ("943.476.5919"), a mobile with full stops ("07700.900.123"), grouped
4-3-4 as it is read off a phone's contact card ("0770 090 0123") or with a hyphen after the first five
digits ("07700-900123"), a landline with a hyphen or a full stop after the area code ("01736-712345",
"01736.712345"), a National Insurance number with hyphens ("AB-12-34-56-C"), and a date of birth
with its year said in words, as a parent gives it at the door ("12th March twenty fifteen", "the
twelfth of March two thousand and fifteen"); and homes no older split has: a room in a bed and
breakfast used as temporary accommodation ("Rm 4, Seaview Guest House, 12 Wheal Agar Road"), a plot
on a park home estate ("Plot 23, Riverside Park Homes, Marsh Drove") and a pitch on a council
Traveller site ("Pitch 7, Long Drove Traveller Site, 3 Eel Set Loke"). Blocks of flats are drawn as
fresh5 to fresh19 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh20"
UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
DAYS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
        "sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third twenty-fourth "
        "twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first").split()


def _two(n: int) -> str:
    """7 -> "seven", 15 -> "fifteen", 23 -> "twenty-three", 80 -> "eighty" (0 < n < 100)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10 - 2] + (f"-{UNITS[n % 10]}" if n % 10 else "")


def year_words(year: int, rng: random.Random) -> str:
    """2015 -> "twenty fifteen" or "two thousand and fifteen"; 2007 -> "two thousand and seven"; 1986 ->
    "nineteen eighty-six"; 1905 -> "nineteen oh five"."""
    if year < 2000:
        rest = year - 1900
        return f"nineteen {_two(rest)}" if rest >= 10 else f"nineteen oh {UNITS[rest]}"
    rest = year - 2000
    if rest >= 10 and rng.random() < 0.6:
        return f"twenty {_two(rest)}"
    return f"two thousand and {_two(rest)}" if rest else "two thousand"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits 3-3-4 with full stops between the groups, or 3-3-4 with spaces."""
    return rng.choice([f"{digits[:3]}.{digits[3:6]}.{digits[6:]}", f"{digits[:3]}.{digits[3:6]}.{digits[6:]}",
                       f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with hyphens between its pairs, or common forms."""
    return rng.choice([f"{prefix}-{digits[:2]}-{digits[2:4]}-{digits[4:]}-{suffix}", f"{prefix}-{digits[:2]}-{digits[2:4]}-{digits[4:]}-{suffix}".lower(),
                       f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}", f"{prefix}{digits}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` with full stops, grouped 4-3-4, with a hyphen after five digits, or plain."""
    return rng.choice([f"{d[:5]}.{d[5:8]}.{d[8:]}", f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:5]}-{d[5:]}", f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with a hyphen or a full stop after the area code, or plain."""
    return rng.choice([f"{area}-{local}", f"{area}.{local}", f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth with the year said in words ("12th March twenty fifteen", "the twelfth of March
    two thousand and fifteen"), or a common form."""
    d, y = day.day, day.year
    return rng.choice([f"{d}{suffix} {month} {year_words(y, rng)}", f"the {DAYS[d - 1]} of {month} {year_words(y, rng)}",
                       f"{d} {month} {year_words(y, rng)}", f"{d:02d}/{day.month:02d}/{y}", f"{d}{suffix} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{f}{s}{rng.randint(1, 9)}", f"{s}.{f[0]}", f"{f}_{s[:4]}", f"mr.{s}" if rng.random() < 0.5 else f"mrs.{s}",
                       f"{f}{rng.randint(2000, 2015)}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh20 address: often a plain house, but also a room in a bed and breakfast, a plot on a park
    home estate, a pitch on a Traveller site or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "bnb", "park", "pitch", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "bnb":
        return f"Rm {rng.randint(1, 12)}, {own('guest_houses')}, {number} {street}"
    if kind == "park":
        return f"Plot {rng.randint(1, 64)}, {own('park_homes')}, {street}"
    if kind == "pitch":
        return f"Pitch {rng.randint(1, 18)}, {own('traveller_sites')}, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
