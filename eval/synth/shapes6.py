"""Identifier shapes of the `fresh6` split: how its values are written, none as an older split writes them.

The values are drawn by `identifiers` as for every split; these functions only lay them out. New
here: numbers whose leading zero a spreadsheet dropped ("7912 345678", "1229 834567"), the en
dashes a word processor puts in place of hyphens ("07912–345678", "485–777–3456", "AB–123456–C"),
"0044 (0)" prefixes, NHS numbers split 3-7 or 6-4 ("485 7773456"), NINOs grouped 2-4 or 4-2 ("AB 12
3456 C"), dates in the spreadsheet's "3-Apr-15", "3.4.15" and "Friday 3rd April 2015", and e-mail
addresses at Portuguese, Brazilian, Baltic, Slovak, Bulgarian, Korean and Hong Kong providers.
"""

from __future__ import annotations

import datetime as dt
import random

EN_DASH = "\u2013"


def nhs(digits: str, rng: random.Random) -> str:
    """Ten NHS digits as 3-3-4 with spaces or en dashes, 3-7, 6-4 or spaced hyphens."""
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return rng.choice([f"{a} {b} {c}", f"{a}{EN_DASH}{b}{EN_DASH}{c}", f"{a} {b}{c}", f"{a}{b} {c}",
                       f"{a} - {b} - {c}", f"{a} {b} {c}"])


def nino(prefix: str, digits: str, suffix: str, rng: random.Random) -> str:
    """A National Insurance number grouped 2-4 or 4-2, with en dashes, or half in lower case."""
    pairs = f"{digits[:2]} {digits[2:4]} {digits[4:]}"
    return rng.choice([f"{prefix} {digits[:2]} {digits[2:]} {suffix}", f"{prefix.lower()}{digits}{suffix}",
                       f"{prefix}{EN_DASH}{digits}{EN_DASH}{suffix}", f"{prefix} {digits[:4]} {digits[4:]} {suffix}",
                       f"{prefix} {pairs} {suffix}", f"{prefix}{digits[:2]}{EN_DASH}{digits[2:4]}{EN_DASH}{digits[4:]}{suffix}"])


def mobile(d: str, rng: random.Random) -> str:
    """An eleven-digit mobile number `d` ("07912345678") as a spreadsheet, a phone or a letter writes it."""
    return rng.choice([d[1:], f"{d[1:5]} {d[5:]}", f"{d[:5]}{EN_DASH}{d[5:]}", f"0044 (0){d[1:5]} {d[5:]}",
                       f"+44 {d[1:]}", f"{d[:5]} {d[5:]}", f"{d[:5]} {d[5:]}"])


def landline(area: str, local: str, grouped: str, rng: random.Random) -> str:
    """A landline with its area code, the leading zero sometimes lost, sometimes after an en dash."""
    return rng.choice([f"{area[1:]} {local}", f"{area}{EN_DASH}{local}", f"0044 (0){area[1:]} {local}",
                       f"{area} {grouped}", f"{area} {local}"])


def date(day: dt.date, month: str, suffix: str, rng: random.Random) -> str:
    """A date of birth: "03 April 2015", "3-Apr-15", "3.4.15", "3–4–2015", "Friday 3rd April 2015"..."""
    d, m, y = day.day, day.month, day.year
    return rng.choice([
        f"{d:02d} {month} {y}", f"{d}-{month[:3]}-{y % 100:02d}", f"{d}.{m}.{y % 100:02d}",
        f"{d}{EN_DASH}{m}{EN_DASH}{y}", f"{day:%A} {d}{suffix} {month} {y}", f"{month} {d}{suffix}, {y}",
        f"{d:02d}/{m:02d}/{y}", f"{d} {month[:3].lower()} {y}",
    ])


def email_local(f: str, s: str, rng: random.Random) -> str:
    """The local part of a personal e-mail address for first name `f` and surname `s` (ASCII)."""
    nn = rng.randint(1, 99)
    return rng.choice([f"{s}.{f}.{nn}", f"{f}_{s}_{nn}", f"{f}.{s[0]}.{rng.randint(1980, 2008)}", f"{s}{f[:2]}",
                       f"{f}-{s}.{nn:02d}", f"{f[0]}{s}{nn:02d}", f"{f}{s}"])
