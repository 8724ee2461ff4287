"""Identifier shapes and addresses of the `fresh28` split, none written as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: NHS numbers from a spreadsheet export, kept as text with a leading apostrophe ("'9434765919",
"'943 476 5919") or turned into a decimal with a trailing ".0" ("9434765919.0"); National Insurance
numbers spelt out in the phonetic alphabet over the phone ("Alpha Bravo 12 34 56 Charlie"); mobile
numbers from a WhatsApp chat export, which wraps each number in invisible direction marks
("\u202a+44 7912 345678\u202c"); work landlines saved in a phone's contacts with a pause before the
extension ("01462 123456,,221", "01462123456;221"); postcodes copied out of a maps link, with a plus or
"%20" for the space ("SG6+3AB", "SG6%203AB"), or with the zero of an outward code typed as a letter O
("BLO 9AB" for BL0); dates of birth from an export that adds a twelve-hour midnight ("03/04/2015
12:00:00 AM", "3/4/2015 12:00 AM"); personal e-mail addresses said aloud and written down ("sharmila
dot sengupta at parsi-net dot co dot uk") or with the "@" hidden from spam robots ("s.sengupta[at]
parsi-net.co.uk") (see `email_address`); and homes no older split writes this way: a Nightstop host's
spare room ("the spare room (Nightstop Herts host), 14 Corset Maker's Glebe"), a family room in a
residential rehab ("family room 2, Willow Bank (residential rehab), 8 Withy Cutter's Plain"), the
groundsman's flat at a sports ground ("the groundsman's flat, Railway Works Rec Ground, 1 Loco
Riveter's Lane"), a converted bus in a yard ("the converted bus, Old Gasworks Yard, 4 Slipper Maker's
Retreat"), the flat behind a takeaway ("the flat behind the takeaway, 22 Pill Roller's Arcade") and a
summerhouse in a relative's garden ("the summerhouse in the garden of 12 Lace Mender's Orchard").
Blocks of flats are drawn as fresh5 to fresh27 draw them (`addresses.in_block`).
"""

from __future__ import annotations

import datetime as dt
import random

from eval.synth.addresses import in_block

SPLIT = "fresh28"
NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
        "H": "Hotel", "I": "India", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November",
        "O": "Oscar", "P": "Papa", "Q": "Quebec", "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform",
        "V": "Victor", "W": "Whiskey", "X": "X-ray", "Y": "Yankee", "Z": "Zulu"}
LRE, PDF = "\u202a", "\u202c"  # the direction marks a WhatsApp export puts round a phone number


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits kept as text by a spreadsheet's leading apostrophe, tight or 3-3-4, exported as a
    decimal ("9434765919.0"), or 3-3-4."""
    return rng.choice([f"'{digits}", f"'{digits[:3]} {digits[3:6]} {digits[6:]}", f"{digits}.0",
                       f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number with its letters spelt in the phonetic alphabet, or as usual."""
    pairs = " ".join([digits[:2], digits[2:4], digits[4:]])
    return rng.choice([f"{NATO[prefix[0]]} {NATO[prefix[1]]} {pairs} {NATO[suffix]}",
                       f"{NATO[prefix[0]]} {NATO[prefix[1]]} {digits} {NATO[suffix]}", f"{prefix} {pairs} {suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile `d` as a WhatsApp export writes it, with its direction marks, or plain."""
    return rng.choice([f"{LRE}+44 {d[1:5]} {d[5:]}{PDF}", f"{LRE}+44 {d[1:5]} {d[5:]}{PDF}", f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A work landline saved with a dialling pause (",,") or a wait (";") before the extension, or plain."""
    ext = f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    return rng.choice([f"{area} {local},,{ext}", f"{area}{local};{ext}", f"{area} {grouped}"])


def postcode(outward: str, inward: str, rng: random.Random) -> str:
    """A postcode from a maps link ("SG6+3AB", "SG6%203AB"), with an outward zero typed as a letter O, or as usual."""
    if "0" in outward and rng.random() < 0.6:
        return f"{outward.replace('0', 'O')} {inward}"
    return rng.choice([f"{outward}+{inward}", f"{outward}%20{inward}", f"{outward} {inward}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth with an export's twelve-hour midnight ("03/04/2015 12:00:00 AM"), or as usual."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([f"{d:02d}/{m:02d}/{y} 12:00:00 AM", f"{d}/{m}/{y} 12:00 AM", f"{d} {month} {y}"])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address (ASCII), as people make them."""
    return rng.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{s}{f}"])


def email_address(local: str, domain: str, rng: random.Random) -> str:
    """A personal e-mail address said aloud and written down ("sharmila dot sengupta at parsi-net dot co dot
    uk"), with its "@" hidden from spam robots ("s.sengupta[at]parsi-net.co.uk"), or as usual."""
    kind = rng.choice(["said", "bracketed", "plain"])
    if kind == "said":
        return f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
    if kind == "bracketed":
        return f"{local}[at]{domain}"
    return f"{local}@{domain}"


def address(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh28 address: often a plain house, but also a Nightstop host's spare room, a family room in a
    residential rehab, a groundsman's flat, a converted bus in a yard, the flat behind a takeaway, a
    summerhouse in a garden or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "nightstop", "rehab", "ground", "bus", "takeaway", "summerhouse",
                       "block"])
    if kind == "nightstop":
        return f"the spare room ({rng.choice(p['nightstops'][SPLIT])} host), {number} {street}"
    if kind == "rehab":
        return f"family room {rng.randint(1, 6)}, {rng.choice(p['rehabs'][SPLIT])}, {number} {street}"
    if kind == "ground":
        return f"the groundsman's flat, {rng.choice(p['grounds'][SPLIT])}, {number} {street}"
    if kind == "bus":
        return f"the converted bus, {rng.choice(p['yards'][SPLIT])}, {number} {street}"
    if kind == "takeaway":
        return f"the flat behind the takeaway, {number} {street}"
    if kind == "summerhouse":
        return f"the summerhouse in the garden of {number} {street}"
    if kind == "block":
        return in_block(rng, p, SPLIT, street, flat)
    return f"{number} {street}"
