"""Synthetic identifier values for the redaction corpus, in the many shapes real notes use.

Every function takes a `random.Random` so that the corpus is reproducible from its seed. Values
are plausible rather than real: NHS numbers carry a valid mod-11 check digit, National Insurance
numbers use prefixes HMRC allows, postcodes use real outward codes of the town with a valid inward
part, and phone numbers use UK mobile and area-code shapes. The `fresh2` split also writes them in
shapes the older splits never use ("0044 7912 345678", "3-Apr-2015", "AB12 34 56 C"), and the
`fresh3` split in shapes no earlier split uses ("07912.345.678", "Tue 3 April 2015", "AB-12-34-56-C",
"Ground Floor Flat, 12 Moor Road"). The `fresh4` split adds yet others ("07912/345678",
"+44 07912 345678", "03042015", "03-APR-2015", "AB 123 456 C") and addresses with no house number
("Brook Farm, Tithe Lane"), in a care home, a hostel room or on a travellers' site. The `fresh5`
split adds more again, the way forms, phone exports and pasted PDFs write them ("447912345678",
"07 912 345 678", a no-break space, "A B 1 2 3 4 5 6 C", a NINO with no suffix letter, "20150403",
"03Apr2015", "Fri, 3 Apr 2015") and addresses on a narrowboat's mooring, in a caravan, a bedsit or
the flat above a shop. Later splits lay their values out in modules of their own (`SHAPES`: fresh6's
dropped zeros and en dashes in `shapes6`, fresh7's narrow spaces and boxed digits in `shapes7`,
fresh8's non-breaking hyphens in `shapes8`, fresh9's in `shapes9`, fresh10's in `shapes10`, fresh11's in `shapes11`, fresh12's in `shapes12`, fresh13's in `shapes13`, fresh14's in `shapes14`, fresh15's in `shapes15`, fresh16's in `shapes16`, fresh17's in `shapes17`, fresh18's in `shapes18`, fresh19's in `shapes19`, fresh20's in `shapes20`, fresh21's in `shapes21`, fresh22's in `shapes22`, fresh23's in `shapes23`, fresh24's in `shapes24`, fresh25's in `shapes25`, fresh26's in `shapes26`, fresh27's in `shapes27`, fresh28's in `shapes28`, fresh29's in `shapes29`); `ADDRESSES` draws
their addresses.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

from eval.synth import shapes6, shapes7, shapes8, shapes9, shapes10, shapes11, shapes12, shapes13, shapes14, shapes15, shapes16, shapes17, shapes18, shapes19, shapes20, shapes21, shapes22, shapes23, shapes24, shapes25, shapes26, shapes27, shapes28, shapes29
from eval.synth.addresses import address_fresh4, address_fresh5, address_fresh6
from eval.synth.data import (FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11, FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29,
                             in_split, places_for)

NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIQUVO")
NINO_BAD_PREFIXES = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
POSTCODE_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NBSP = "\u00a0"  # a no-break space, as text pasted from a word processor or a PDF carries
# the splits whose values are laid out by a module of their own
SHAPES = {FRESH6: shapes6, FRESH7: shapes7, FRESH8: shapes8, FRESH9: shapes9, FRESH10: shapes10, FRESH11: shapes11,
          FRESH12: shapes12, FRESH13: shapes13, FRESH14: shapes14, FRESH15: shapes15, FRESH16: shapes16, FRESH17: shapes17, FRESH18: shapes18,
          FRESH19: shapes19, FRESH20: shapes20, FRESH21: shapes21, FRESH22: shapes22, FRESH23: shapes23, FRESH24: shapes24, FRESH25: shapes25, FRESH26: shapes26, FRESH27: shapes27, FRESH28: shapes28, FRESH29: shapes29}
ADDRESSES = {FRESH4: address_fresh4, FRESH5: address_fresh5, FRESH6: address_fresh6, **{s: SHAPES[s].address for s in SHAPES if s != FRESH6}}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def nhs_check_digit(nine: str) -> int | None:
    """The NHS mod-11 check digit for nine digits, or None when no valid one exists (remainder 10)."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine))
    check = 11 - total % 11
    return {11: 0, 10: None}.get(check, check)


def nhs_number(rng: random.Random) -> str:
    """Ten digits with a valid check digit, starting as English NHS numbers do (4, 6 or 7)."""
    while True:
        nine = rng.choice("467") + "".join(rng.choice("0123456789") for _ in range(8))
        check = nhs_check_digit(nine)
        if check is not None:
            return nine + str(check)


def format_nhs(digits: str, rng: random.Random, split: str | None = None) -> str:
    """`digits` as 3-3-4 with spaces or dashes, or unspaced (fresh4: also with dots or slashes)."""
    if split in SHAPES:
        return SHAPES[split].nhs(digits, rng)
    if split == FRESH5:
        sep = rng.choice([" ", "", "  ", NBSP, "-"])
        return sep.join([digits[:3], digits[3:6], digits[6:]])
    if split == FRESH4:
        sep = rng.choice([" ", " ", "", ".", "/"])
        return sep.join([digits[:3], digits[3:6], digits[6:]])
    sep = rng.choice([" ", " ", " ", "-", ""])
    return sep.join([digits[:3], digits[3:6], digits[6:]])


def nino(rng: random.Random, split: str | None = None) -> str:
    """A National Insurance number with a valid prefix and suffix, in one of its written forms."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        prefix = rng.choice([c for c in letters if c not in NINO_BAD_FIRST]) + \
            rng.choice([c for c in letters if c not in NINO_BAD_SECOND])
        if prefix not in NINO_BAD_PREFIXES:
            break
    digits = "".join(rng.choice("0123456789") for _ in range(6))
    suffix = rng.choice("ABCD")
    pairs = " ".join([digits[:2], digits[2:4], digits[4:]])
    if split in SHAPES:
        return SHAPES[split].nino(prefix, digits, suffix, rng)
    if split == FRESH5:
        boxed = " ".join(prefix + digits + suffix)  # typed into a form's boxes, one character each
        return rng.choice([boxed, f"{prefix} {pairs}", f"{prefix}{digits}", f"{prefix} {pairs.replace(' ', '-')} {suffix}",
                           f"{prefix} {pairs} {suffix.lower()}", f"{prefix.lower()} {digits} {suffix.lower()}"])
    if split == FRESH4:
        return rng.choice([f"{prefix} {digits[:3]} {digits[3:]} {suffix}", f"{prefix} {pairs} {suffix}",
                           f"{prefix}{digits}{suffix.lower()}", f"{prefix}.{pairs.replace(' ', '.')}.{suffix}",
                           f"{prefix[0]}{prefix[1].lower()}{digits}{suffix}", f"{prefix}/{digits}/{suffix}"])
    if split == FRESH3:
        return rng.choice([f"{prefix}-{pairs.replace(' ', '-')}-{suffix}", f"{prefix}{digits}{suffix}",
                           f"{prefix}{pairs}{suffix}", f"{prefix} {pairs} {suffix}".lower(), f"{prefix}-{digits}-{suffix}"])
    if split == FRESH2:
        return rng.choice([f"{prefix}{pairs} {suffix}", f"{prefix} {pairs}{suffix}", f"{prefix} {digits}{suffix}",
                           f"{prefix} {pairs} {suffix}", f"{prefix}{digits}{suffix}"])
    return rng.choice([f"{prefix} {pairs} {suffix}", f"{prefix}{digits}{suffix}",
                       f"{prefix} {digits} {suffix}", f"{prefix}{pairs.replace(' ', '')} {suffix}"])


def postcode(rng: random.Random, town: dict, split: str | None = None) -> str:
    """A postcode in `town` (a real outward code and a valid inward code), spaced or not (fresh19,
    fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28 and fresh29: laid out by their own modules)."""
    inward = rng.choice("123456789") + "".join(rng.choice(POSTCODE_INWARD_LETTERS) for _ in range(2))
    if split in (FRESH19, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29):
        return SHAPES[split].postcode(rng.choice(town["outward"]), inward, rng)
    sep = rng.choice([" ", " ", " ", " ", ""])
    return rng.choice(town["outward"]) + sep + inward


def mobile(rng: random.Random, split: str | None = None) -> str:
    """A UK mobile number in one of the ways people write it."""
    d = "07" + rng.choice("4578") + "".join(rng.choice("0123456789") for _ in range(8))
    if split in SHAPES:
        return SHAPES[split].mobile(d, rng)
    if split == FRESH5:
        return rng.choice([
            f"44{d[1:]}", f"{d[:2]} {d[2:5]} {d[5:8]} {d[8:]}", f"{d[:5]}{NBSP}{d[5:]}", f"{d[:5]}-{d[5:]}",
            f"+44 {d[1:4]} {d[4:7]} {d[7:]}", f"{d[:5]} {d[5:]}", f"+44{d[1:5]} {d[5:]}",
        ])
    if split == FRESH4:
        return rng.choice([
            f"{d[:5]}/{d[5:]}", f"{d[:5]} {d[5:7]} {d[7:9]} {d[9:]}", f"+44(0){d[1:5]}-{d[5:]}", f"{d[:4]} {d[4:]}",
            f"+44 {d[:5]} {d[5:]}", f"{d[:5]} {d[5:]}", f"{d[:3]}-{d[3:7]}-{d[7:]}",
        ])
    if split == FRESH3:
        return rng.choice([
            f"(+44) {d[1:5]} {d[5:]}", f"+44 {d[1:5]} {d[5:8]} {d[8:]}", f"{d[:5]}.{d[5:8]}.{d[8:]}",
            f"{d[:5]} {d[5:8]} {d[8:]}", f"{d[:5]} {d[5:]}", f"{d[:5]}  {d[5:]}", f"{d[:5]}.{d[5:]}",
        ])
    if split == FRESH2:
        return rng.choice([
            f"({d[:5]}) {d[5:]}", f"0044 {d[1:5]} {d[5:]}", f"+44 (0) {d[1:5]}-{d[5:8]}-{d[8:]}",
            f"+44-{d[1:5]}-{d[5:]}", f"{d[:3]} {d[3:7]} {d[7:]}", f"{d[:4]}-{d[4:7]}-{d[7:]}", f"{d[:5]} {d[5:]}", d,
        ])
    return rng.choice([
        f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:]}", d, f"{d[:5]}-{d[5:8]}-{d[8:]}", f"{d[:4]} {d[4:7]} {d[7:]}",
        f"+44 {d[1:5]} {d[5:]}", f"+44{d[1:]}", f"+44 (0){d[1:5]} {d[5:]}", f"{d[:5]} {d[5:8]} {d[8:]}",
    ])


def landline(rng: random.Random, town: dict, split: str | None = None) -> str:
    """A landline number with `town`'s area code, in one of the ways people write it."""
    area = town["area"]
    local = rng.choice("2345689") + "".join(rng.choice("0123456789") for _ in range(town["local"] - 1))
    half = len(local) - 4
    grouped = f"{local[:half]} {local[half:]}" if len(local) > 6 else local
    if split in SHAPES:
        return SHAPES[split].landline(area, local, grouped, rng)
    if split == FRESH5:
        cut = 4 if len(local) == 8 else 3
        return rng.choice([f"{area}-{local[:cut]}-{local[cut:]}", f"44{area[1:]}{local}", f"+44 {area[1:]}-{local}",
                           f"{area}{NBSP}{local}", f"{area} {local}", f"{area} {local[:cut]} {local[cut:]}"])
    if split == FRESH4:
        return rng.choice([f"{area}/{local}", f"{area}/{grouped}", f"+44(0){area[1:]} {local}", f"{area} {grouped}",
                           f"+44 {area} {local}", f"{area} - {local}"])
    if split == FRESH3:
        three = f"{local[:3]} {local[3:]}" if len(local) < 8 else grouped
        return rng.choice([f"{area}.{local[:half]}.{local[half:]}", f"(+44) {area[1:]} {local}",
                           f"{area} {three}", f"{area} {grouped}", f"{area}.{local}"])
    if split == FRESH2:
        return rng.choice([f"({area}) {grouped}", f"+44 (0){area[1:]} {grouped}", f"0044 {area[1:]} {local}",
                           f"{area}-{local}", f"{area} {grouped}"])
    return rng.choice([
        f"{area} {grouped}", f"({area}) {local}", f"{area} {local}", f"{area}-{grouped.replace(' ', '-')}",
        f"+44 {area[1:]} {grouped}", f"{area}{local}",
    ])


def date_text(day: dt.date, rng: random.Random, split: str | None = None) -> str:
    """`day` written in one of the common numeric or worded forms."""
    d, m, y = day.day, day.month, day.year
    suffix = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    month = MONTHS[m - 1]
    if split in SHAPES:
        return SHAPES[split].date(day, month, suffix, rng)
    if split == FRESH5:
        return rng.choice([
            f"{d}/{m:02d}/{y}", f"{d} {month[:3].upper()} {y}", f"{day:%a}, {d} {month[:3]} {y}", f"{d}.{m:02d}.{y}",
            f"{y}{m:02d}{d:02d}", f"{d:02d}{month[:3]}{y}", f"{d}-{m}-{y % 100:02d}", f"{d} {month} {y}",
        ])
    if split == FRESH4:
        return rng.choice([
            f"{d:02d}{m:02d}{y}", f"{d:02d}-{month[:3].upper()}-{y}", f"{d} {month}, {y}", f"{y}.{m:02d}.{d:02d}",
            f"{d:02d} {m:02d} {y}", f"{d} {month} '{y % 100:02d}", f"{d}{suffix} {month}, {y}", f"{d:02d}/{m:02d}/{y}",
        ])
    if split == FRESH3:
        return rng.choice([
            f"{d} {month[:3]}. {y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{month} {d}{suffix} {y}", f"{y}/{m:02d}/{d:02d}",
            f"{d:02d}-{m:02d}-{y % 100:02d}", f"{d}{suffix} {month[:3]} {y}", f"{day:%A} {d} {month} {y}",
            f"{day:%a} {d:02d}/{m:02d}/{y}",
        ])
    if split == FRESH2:
        return rng.choice([
            f"{d}.{m}.{y}", f"{d}-{month[:3]}-{y}", f"{d:02d}/{month[:3]}/{y}", f"{d}{suffix} of {month} {y}",
            f"{month[:3]} {d} {y}", f"{d}/{m}/{y % 100:02d}", f"{d:02d}/{m:02d}/{y}", f"{d} {month} {y}",
        ])
    return rng.choice([
        f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
        f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}", f"{d}{suffix} {month} {y}", f"{d} {month} {y}",
        f"{d} {month[:3]} {y}", f"{month} {d}, {y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d} {month[:3].upper()} {y}",
    ])


def short_date(day: dt.date, rng: random.Random) -> str:
    """A meeting or visit date as written in passing: "28 Nov", "Thu 28/11", "28th November"."""
    d, m = day.day, day.month
    month = MONTHS[m - 1]
    weekday = day.strftime("%a")
    return rng.choice([f"{d} {month[:3]}", f"{weekday} {d}/{m}", f"{d} {month}", f"{d:02d}/{m:02d}",
                       f"{weekday} {d} {month[:3]}", f"{day.strftime('%A')} {d} {month}", f"{d}/{m}"])


def clock(rng: random.Random) -> str:
    """A time of day: "10:30", "2pm", "4.15pm"."""
    h, mins = rng.randint(8, 18), rng.choice([0, 0, 15, 30, 30, 45])
    twelve = h - 12 if h > 12 else h
    ampm = "pm" if h >= 12 else "am"
    return rng.choice([f"{h:02d}:{mins:02d}", f"{h}:{mins:02d}",
                       f"{twelve}{ampm}" if mins == 0 else f"{twelve}.{mins:02d}{ampm}"])


def _pattern(rng: random.Random, pattern: str, year_last: bool = False) -> str:
    """`pattern` with each "9" a digit, each "A" a letter and "YYYY"/"YY" a year. Older splits fill the
    year first, so a "9" of the year ("2019") is drawn again as a digit; `year_last` (fresh15 on) fills
    the year after the digits, so it stays a year. The older splits keep their order so that their
    shipped files are unchanged."""
    def fill(text: str) -> str:
        return "".join(rng.choice("0123456789") if c == "9" else rng.choice("BDLMSN") if c == "A" else c for c in text)

    def year(text: str) -> str:
        return text.replace("YYYY", str(rng.randint(2019, 2026))).replace("YY", f"{rng.randint(19, 26)}")

    return year(fill(pattern)) if year_last else fill(year(pattern))


def case_ref(rng: random.Random, split: str) -> list[tuple[str, str | None]]:
    """A case-management reference as (text, type) pieces: a label outside the span, the id inside."""
    formats = [f for f in places_for(split)["case_refs"] if in_split(f["split"], split)]
    if split == "holdout" and rng.random() < 0.4:
        formats = [f for f in formats if f["split"] == "holdout"]
    fmt = rng.choice(formats)
    pieces: list[tuple[str, str | None]] = [(fmt["label"], None)] if fmt.get("label") else []
    return pieces + [(fmt.get("prefix", "") + _pattern(rng, fmt["value"], year_last=split in (FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29)), "CASE_REFERENCE")]


def street_address(rng: random.Random, split: str) -> str:
    """A house or flat number, a street name and a street type: "Flat 3, 27 Larch Close"."""
    p = places_for(split)
    street = f"{rng.choice(p['streets'][split])} {rng.choice(p['street_types'][split])}"
    number = f"{rng.randint(1, 180)}{rng.choice(['', '', '', '', 'a', 'b'])}"
    flat = rng.randint(1, 40)
    if split in ADDRESSES:
        return ADDRESSES[split](rng, p, street, number, flat)
    if split == FRESH3:
        building = rng.choice(p["buildings"][split])
        return rng.choice([
            f"{number} {street}", f"{number}, {street}", f"Ground Floor Flat, {number} {street}",
            f"Basement Flat, {number} {street}", f"{flat} {building}, {street}", f"Flat {flat}/{number} {street}",
            f"Top Flat, {number} {street}", f"Maisonette {flat}, {building}, {street}", f"{number} {street}",
        ])
    if split == FRESH2:
        building = rng.choice(p["buildings"][split])
        return rng.choice([
            f"{number} {street}", f"{number} {street}", f"No. {number} {street}", f"Apt {flat}, {number} {street}",
            f"Room {flat}, {number} {street}", f"{number} {street} (Flat {flat})",
            f"Flat {flat}{rng.choice('ABC')}, {building}, {number} {street}", f"{number} {street}",
        ])
    return rng.choice([
        f"{number} {street}", f"{number} {street}", f"{number} {street}", f"{number} {street}",
        f"Flat {flat}, {number} {street}", f"Flat {flat}, {number} {street}", f"Flat {flat} {number} {street}",
        f"Flat {flat}, {rng.choice(p['buildings'][split])}, {street}", f"{flat}/{number} {street}",
    ])


def with_town(address: str, town: dict, rng: random.Random) -> str:
    """`address` followed by the town's name, as written on an envelope or in a hurry."""
    return address + rng.choice([", ", ", ", " "]) + town["name"]


def school(rng: random.Random, split: str, age: int) -> str:
    """A school or nursery name fitting a child of `age`."""
    s = places_for(split)["schools"]
    if age <= 4 and rng.random() < 0.7:
        return f"{rng.choice(s['nursery_stems'][split])} {rng.choice(s['nursery'])}"
    if age <= 10:
        if rng.random() < 0.3:
            return f"{rng.choice(s['saints'][split])} {rng.choice(s['saint_primary'])}"
        return f"{rng.choice(s['stems'][split])} {rng.choice(s['primary'])}"
    return f"{rng.choice(s['stems'][split])} {rng.choice(s['secondary'])}"


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters only, for the local part of an e-mail address."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in "-")).lower()


def email(rng: random.Random, first: str, last: str, domain: str | None = None,
          split: str | None = None) -> str:
    """An e-mail address for a person: a work address at `domain`, else a personal one."""
    f, s = ascii_fold(first).replace("-", ""), ascii_fold(last)
    if domain:
        local = rng.choice([f"{f}.{s}", f"{f[0]}.{s}", f"{f}{s}", f"{s}.{f}"])
        return f"{local}@{domain}"
    nn = rng.randint(1, 99)
    if split in SHAPES:
        local, personal = SHAPES[split].email_local(f, s, rng), rng.choice(places_for(split)['email_domains']['personal'])
        if hasattr(SHAPES[split], "email_address"):  # the whole address laid out: said aloud, "[at]" (fresh28); " @ " (fresh29)
            return SHAPES[split].email_address(local, personal, rng)
        return f"{local}@{personal}"
    if split == FRESH5:
        local = rng.choice([f"{f}{s}.{nn:02d}", f"{s[:4]}.{f}", f"{f}-{s}{nn}", f"{f[0]}{s[0]}{rng.randint(1975, 2006)}",
                            f"{s}_{f[0]}", f"mrs.{s}" if rng.random() < 0.5 else f"mr.{s}", f"{f}.{s}.{nn}"])
        return f"{local}@{rng.choice(places_for(split)['email_domains']['personal'])}"
    if split == FRESH4:
        local = rng.choice([f"{f}.{s}{nn:02d}", f"{s}.{f[0]}", f"{f}_{s[0]}{nn}", f"{s}{f}{nn}", f"{f[:3]}{s[:3]}{nn}",
                            f"{f}.{s}", f"{f[0]}.{s}.{nn}"])
        return f"{local}@{rng.choice(places_for(split)['email_domains']['personal'])}"
    if split == FRESH3:
        local = rng.choice([f"{s}-{f}", f"{f}{s[0]}{nn:02d}", f"{f[0]}_{s}", f"{f}.{s[:3]}{nn}", f"{s}{nn}",
                            f"{f}xx{nn}", f"{f}.{s}.{rng.choice(['home', 'family', 'uk'])}"])
        return f"{local}@{rng.choice(places_for(split)['email_domains']['personal'])}"
    if split == FRESH2:
        local = rng.choice([f"{f}-{s}", f"{f}.{s[0]}{nn}", f"{s}{nn}{f[0]}", f"{f}{s[0]}", f"the.{s}s",
                            f"{f}.{s}.{nn:02d}", f"{s}_{f}"])
        return f"{local}@{rng.choice(places_for(split)['email_domains']['personal'])}"
    local = rng.choice([f"{f}.{s}", f"{f}{s}{nn}", f"{f[0]}{s}", f"{f}_{s}{nn:02d}", f"{f}{nn}",
                        f"{s}.{f}", f"{f}.{s}{rng.randint(1975, 2005)}", f"x{f}x", f"{s}{f[0]}{nn}"])
    return f"{local}@{rng.choice(places_for(split or 'dev')['email_domains']['personal'])}"
