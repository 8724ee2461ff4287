"""Identifier shapes and addresses of the `fresh26` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: NHS numbers split in two halves of five as a phone's keypad groups them ("48577 73456") or with a
spreadsheet's thousands commas, as a number column exported from a tracker prints them ("4,857,773,456");
National Insurance numbers with the six digits split three and three by a hyphen ("AB 123-456 C") or in
hyphenated pairs with no space at all ("AB12-34-56C"); mobiles grouped four, four and three ("0791
2345 678") or with the first five digits in brackets and nothing after ("(07912)345678"); work landlines
with the extension after a comma ("01628 812345, ext 22", ", ext. 22") or with the local number split
three and three by hyphens ("01628-812-345"); dates of birth run together with a short month and a
two-digit year as a GP system prints them ("03May15", "03MAY15") or month first with hyphens as an
American form asks ("May-03-2015"); postcodes with the space typed one place too late ("SL69 AB") or in
a phone's sentence case ("Sl6 9ab"); personal e-mail addresses with capitals ("Gaetano.Iannuzzi@...") or
a hyphenated initial and year ("iannuzzi-g-2009@..."); and homes no older split writes this way: a room
at a children's hospice ("Otter Room, Nene Valley Children's Hospice, 14 Boot Closer's Lock"), a room
at a hospital's family house for the parents of babies on the neonatal unit ("room 9, Thames Valley
Family House, 3 Punt Builder's Weir"), care of a convent ("c/o St Clare's Convent, 22 Broom Squire's
Shaw"), an estate's tied cottage ("the tied cottage, 2 Swan Upper's Ridge") and the flat over a riding
school's stables ("the flat over the stables, 7 Card Setter's Royd"). Blocks of flats are drawn as
fresh5 to fresh25 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh26"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits in two halves of five, with a spreadsheet's thousands commas, or 3-3-4 as usual."""
    return rng.choice([f"{digits[:5]} {digits[5:]}", f"{digits[0]},{digits[1:4]},{digits[4:7]},{digits[7:]}",
                       f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with the digits split three and three by a hyphen, in hyphenated
    pairs with no spaces, or as usual."""
    pairs = [digits[:2], digits[2:4], digits[4:]]
    return rng.choice([f"{prefix} {digits[:3]}-{digits[3:]} {suffix}", f"{prefix}{'-'.join(pairs)}{suffix}",
                       f"{prefix} {' '.join(pairs)} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` grouped 4-4-3, with the first five digits in brackets and no space, or
    plain."""
    return rng.choice([f"{d[:4]} {d[4:8]} {d[8:]}", f"({d[:5]}){d[5:]}", f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A work landline with the extension after a comma, with the local number split three and three by
    hyphens, or plain."""
    ext = f"{rng.randint(1, 9)}{rng.randint(0, 9)}"
    return rng.choice([f"{area} {local}, ext {ext}", f"{area} {local}, ext. {ext}", f"{area}-{local[:3]}-{local[3:]}",
                       f"{area} {grouped}"])


def postcode(outward: str, inward: str, rng: random.Random) -> str:
    """A postcode with the space typed one place too late, in a phone's sentence case, or as usual."""
    return rng.choice([f"{outward}{inward[0]} {inward[1:]}", f"{outward} {inward}".capitalize(), f"{outward} {inward}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth run together with a short month and a two-digit year ("03May15", "03MAY15"),
    month first with hyphens ("May-03-2015"), or as usual."""
    d, yy = day.day, day.year % 100
    return rng.choice([f"{d:02d}{month[:3]}{yy:02d}", f"{d:02d}{month[:3].upper()}{yy:02d}", f"{month[:3]}-{d:02d}-{day.year}",
                       f"{d} {month} {day.year}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII), with
    capitals or a hyphenated initial and year."""
    return rng.choice([f"{f.capitalize()}.{s.capitalize()}", f"{s}-{f[0]}-{rng.randint(2005, 2013)}",
                       f"{f.capitalize()}{s.capitalize()}{rng.randint(1, 9)}", f"{f}-{s}"])


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh26 address: often a plain house, but also a room at a children's hospice, a room at a
    hospital's family house, care of a convent, a tied cottage, the flat over a riding school's stables
    or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "hospice", "family", "convent", "tied", "stables", "block"])
    if kind == "hospice":
        return f"{rng.choice(p['hospice_rooms'][SPLIT])}, {rng.choice(p['hospices'][SPLIT])}, {number} {street}"
    if kind == "family":
        return f"room {rng.randint(1, 20)}, {rng.choice(p['family_houses'][SPLIT])}, {number} {street}"
    if kind == "convent":
        return f"c/o {rng.choice(p['convents'][SPLIT])}, {number} {street}"
    if kind == "tied":
        return f"the tied cottage, {number} {street}"
    if kind == "stables":
        return f"the flat over the stables, {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
