"""Identifier shapes and addresses of the `fresh21` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: numbers written down as they were said aloud, word for word ("oh seven seven double oh, nine oh
oh, one two three" for a mobile, "nine four three, four seven six, five nine one nine" for an NHS
number), a mobile with its leading zero set apart ("0 7700 900 123"), a landline in pairs after the
area code ("01434 61 23 45"), a National Insurance number with only its first letter capitalised, as a
phone's keyboard leaves it ("Ab 12 34 56 c"), dates of birth with an unpadded day and month and a
two-figure year ("3/4/17"), the year cut to an apostrophe ("3rd April '17") or the month first ("April
3rd, 2017"), and postcodes run together in capitals or lower case ("NE681AB", "ne681ab"); and homes no
older split writes this way: a room in a house in multiple occupation ("Room 3 (HMO), 14 Smelt Mill
Row"), a static caravan on a holiday park let off-season ("Static 42, Sandy Bay Holiday Park, Shore
Gap") and a narrowboat on a mooring ("NB Kittiwake, Mooring 12, Canal Basin Moorings"). Blocks of flats
are drawn as fresh5 to fresh20 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh21"
WORDS = "oh one two three four five six seven eight nine".split()


def said(groups: list[str], rng: random.Random) -> str:
    """Digit groups as they are read aloud, a word a digit ("0" as "oh", now and then "zero"), a digit
    said twice in a row often as "double", the groups parted by commas ("07700", "900" -> "oh seven
    seven double oh, nine double oh")."""
    out = []
    for group in groups:
        words, i = [], 0
        while i < len(group):
            word = "zero" if group[i] == "0" and rng.random() < 0.15 else WORDS[int(group[i])]
            if i + 1 < len(group) and group[i + 1] == group[i] and rng.random() < 0.7:
                words.append(f"double {word}")
                i += 2
            else:
                words.append(word)
                i += 1
        out.append(" ".join(words))
    return ", ".join(out)


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits read aloud word by word, 3-3-4, or written 3-3-4 as usual."""
    return rng.choice([said([digits[:3], digits[3:6], digits[6:]], rng), said([digits[:3], digits[3:6], digits[6:]], rng),
                       f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with only its first letter a capital, as a phone leaves it, or in pairs."""
    pairs = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    return rng.choice([f"{prefix[0]}{prefix[1].lower()} {pairs} {suffix.lower()}", f"{prefix[0]}{prefix[1].lower()}{digits}{suffix.lower()}",
                       f"{prefix} {pairs} {suffix}", f"{prefix}{digits}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` read aloud word by word, with its leading zero set apart, or plain."""
    return rng.choice([said([d[:5], d[5:8], d[8:]], rng), said([d[:5], d[5:]], rng), f"0 {d[1:5]} {d[5:8]} {d[8:]}",
                       f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with its local number in pairs, read aloud word by word, or plain."""
    pairs = " ".join(local[i:i + 2] for i in range(0, len(local), 2))
    return rng.choice([f"{area} {pairs}", said([area, local], rng), f"{area} {local}", f"{area} {grouped}"])


def postcode(outward: str, inward: str, rng: random.Random) -> str:
    """A postcode run together in capitals or in lower case, or as usual."""
    return rng.choice([f"{outward}{inward}", f"{outward}{inward}".lower(), f"{outward} {inward}", f"{outward} {inward}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth with an unpadded day and month and a two-figure year ("3/4/17"), the year cut to an
    apostrophe ("3rd April '17"), the month first ("April 3rd, 2017") or as usual."""
    d, y = day.day, day.year
    return rng.choice([f"{d}/{day.month}/{y % 100:02d}", f"{d}{suffix} {month} '{y % 100:02d}", f"{month} {d}{suffix}, {y}",
                       f"{d} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    return rng.choice([f"{f[0]}{s}{rng.randint(70, 99)}", f"{s}_{f}", f"{f}.{s}.home", f"{f}{s[0]}x", f"{s}{f[:2]}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh21 address: often a plain house, but also a room in a house in multiple occupation, a static
    caravan on a holiday park, a narrowboat on a mooring or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "hmo", "static", "boat", "block"])
    own = lambda key: rng.choice(p[key][SPLIT])  # noqa: E731 - one of the split's named places
    if kind == "hmo":
        return f"{own('hmos')}, {number} {street}"
    if kind == "static":
        return f"Static {rng.randint(2, 180)}, {own('holiday_parks')}, {street}"
    if kind == "boat":
        return f"{own('boats')}, Mooring {rng.randint(1, 40)}, {own('moorings')}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
