"""Checks on the numbers recognizers.yaml finds: NHS and NI numbers, UK phone numbers and dates
of birth. The patterns there are deliberately loose about layout (any grouping, any separator:
"437/572/6199", "ZP.01.02.34.B", "07912/345678", "03042015"); what decides is here: the NHS
check digit, a cue word before a number whose layout says little, the UK numbering plan, and
whether a date is a real date.

Each check is a refiner: `(text, start, end) -> (start, end) | None`.
"""

from __future__ import annotations

import re
from datetime import date

# A cue word shortly before the number, on the same line ("NHS no. 612.996.5362", "has NHS
# number as ...", "dads ni jk 973 112 a"). Checked in the 48 characters before the match.
# "NHS", "N.H.S." or "health number" ("health no 94347 65919") shortly before.
_NHS_CUE = re.compile(r"(?:\bnhs\b|\bn\.h\.s\b\.?|\bhealth[ \t]+(?:service[ \t]+)?(?:no|num|number|id)\b)[^\n\d]{0,40}$", re.I)
_NI_CUE = re.compile(r"\b(?:ni|nino|n\.i\.?|national[ \t]+insurance)\b[^\n\d]{0,40}$", re.I)
# 3-3-4 with one separator throughout, or two of a space, a full stop and a dash ("616 622.8481", "455.609-6472").
_GROUPED_3_3_4 = re.compile(r"\d{3}(\D*)\d{3}\1\d{4}|\d{10}|\(\d{3}\)[ \t]?\d{3}\D?\d{4}"
                            r"|\d{3}[ .-]\d{3}[ .-]\d{4}|[1-9]\d{3}([.-])\d{3}\2\d{3}")


_WRAP = re.compile(r"[ \t]*\n[ \t]*")
# A digit said twice or three times, as a number is read out: "708 758 double 8 50".
_SPOKEN = re.compile(r"\b(double|triple)[ \t]+(\d)", re.I)
# A switchboard's extension after a landline: "x4331", "ext. 2231", "(ext 214)", "Extension 12",
# "ext: 3665", "extn. 2209", "(internal 8578)"; or dialled after pauses or a wait: ",,228", ";340".
_EXTENSION = re.compile(r"[ \t]*\(?(?:ext(?:ension|n)?\.?|x|internal|int\.|#)[ \t]*:?[ \t]*\d{1,5}\)?$"
                        r"|,?[ \t]*\(?(?:option|opt)\.?[ \t]*\d\)?$|(?:,{1,3}|;)\d{1,5}$", re.I)


_SPOKEN_START = re.compile(r"(?i)(?:oh|zero|nought|one|two|three|four|five|six|seven|eight|nine|double|triple)\b|[Oo]7")
_O_FOR_ZERO = re.compile(r"^[Oo](?=7)")  # "O7912 334567": a mobile typed with a letter O


def spoken(found: str) -> str:
    """A number read out, its digits in words and its "double 8" and "triple 4" written as digits
    ("oh double seven" -> "0 77")."""
    found = _DIGIT_WORD.sub(lambda m: _DIGITS[m.group().casefold()], found)
    return _SPOKEN.sub(lambda m: m.group(2) * (2 if m.group(1).casefold() == "double" else 3), found)


_DIGITS = {w: str(n) for n, w in enumerate("zero one two three four five six seven eight nine".split())} | {
    "oh": "0", "nought": "0"}
_DIGIT_WORD = re.compile(r"(?i)(?<![\w-])(?:%s)(?![\w-])" % "|".join(_DIGITS))


def unwrap(found: str) -> str | None:
    """A number hard-wrapped across one line break, as an e-mail client wraps pasted text
    ("943 476\\n5919"), read with a space for the break; None across two breaks or more."""
    if "\n" not in found:
        return found
    return None if found.count("\n") > 1 else _WRAP.sub(" ", found)


def _before(text: str, start: int, width: int = 48) -> str:
    return text[max(0, start - width):start]


def nhs(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Ten digits. The mod-11 check digit is enough laid out 3-3-4 (the first three perhaps in
    brackets, "(679) 080 9260"), 4-3-3 with dots or dashes ("4201.977.234"), run together, or in four
    groups or more (pairs, "768-346-68-16"), unless it starts with a date; any other layout, or a
    failed check digit, needs "NHS" just before."""
    said = unwrap(text[start:end])
    if said is None:
        return None
    found = spoken(_EXPONENT.sub("", _FLOAT.sub("", said)))
    digits = [int(c) for c in found if c.isdigit()]
    if len(digits) != 10:
        return None
    if _NHS_CUE.search(_before(text, start)):
        return start, end
    check = (11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11) % 11
    if check != digits[9]:
        return None
    lead = _DATE_START.match(found)
    if lead and _is_date(lead.group(1) or lead.group(3), lead.group(2) or lead.group(4), lead.group(5)):
        return None  # a date and a time: "18.10.2026 12", "14062026 14"
    # 3-3-4 or run together; or four groups or more ("768-346-68-16", "76 83 46 68 16"), which
    # no phone number or ticket uses. A number from 0, or three groups another way ("4308 246
    # 288", a phone's or a ticket's), needs the cue.
    groups = re.findall(r"\d+", found)
    laid_out = (_GROUPED_3_3_4.fullmatch(found) or (len(groups) >= 4 and digits[0] != 0)
                or (found != said and _EXPONENT.search(said)))
    return (start, end) if laid_out or found != said else None  # read out, "double 4", it is no ticket


_EXPONENT = re.compile(r"(?i)(?<=\d)e\+0?9$")  # "4.961167053E+09", a spreadsheet's way with ten digits
_FLOAT = re.compile(r"(?<=\d{10})\.0$")  # "6964717730.0", ten digits a spreadsheet stored as a number


_NOT_NI_PREFIXES = frozenset({"bg", "gb", "nk", "kn", "nt", "tn", "zz"})
_PHONETIC = re.compile(r"[a-z]{3,}\s", re.I)  # "Zulu Golf 96 69 00 Alpha": each word stands for its letter
_LETTER_FOR = re.compile(r"\b([a-z])[ \t]+for\b", re.I)  # "C for Charlie, J for Jack, 79 03 97, A for apple"


def nino(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Two prefix letters and six digits (the pattern checks the letters HMRC allows; here, the
    pairs it never issues). The suffix letter may be left off only after an NI cue: "LS 123456"
    alone is more likely a reference. Letters written apart ("y g 8 4 5 ...") are a form's boxes;
    words of the phonetic alphabet stand for their first letters ("Golf Bravo 12 34 56 Alpha"), and so
    do the letters of "C for Charlie, J for Jack, 79 03 97, A for apple"."""
    if unwrap(text[start:end]) is None:
        return None
    found = text[start:end]
    if _LETTER_FOR.match(found):
        letters = _LETTER_FOR.findall(found)
    else:
        letters = [w[0] for w in found.split()] if _PHONETIC.match(found) else [c for c in found if c.isalpha()]
    if "".join(letters[:2]).casefold() in _NOT_NI_PREFIXES:
        return None
    if text[end - 1].isalpha() or text[end - 1] == ")" or _NI_CUE.search(_before(text, start)):
        return start, end
    return None


# The first digit of a UK national number (after the 0 or +44): 1 and 2 landlines, 3
# non-geographic, 5 corporate and VoIP, 7 mobiles, 8 and 9 free and premium rate. Ten digits
# follow the 0, except some 01 area codes with nine ("016977 4xxx").
_NATIONAL = re.compile(r"1\d{8,9}|[235789]\d{9}")
# A date at the start, run together or with separators: "02092026 12:30", "05 12 2026 14:00".
_DATE_START = re.compile(r"\(?(?:(\d{2})(\d{2})|(\d{1,2})[ ./-](\d{1,2})[ ./-])((?:19|20)\d{2})(?!\d)")


# A phone cue shortly before a number whose 0 was dropped, on the same line: "Tel: 1942 642879",
# "dad new no 7574012524", "her number is 1744 833607", "mobile is ...", "reached on ...".
_PHONE_CUE = re.compile(r"\b(?:tel|telephone|phone|ph|mob|mobile|mobile's|landline|number|no|num|contact|"
                        r"call|called|ring|rang|text|texted|whatsapp|voicemail|vm|reached[ \t]+on)\b[^\n\d]{0,30}$",
                        re.I)
# Cues that make a number after them a reference or another identifier, not a phone number.
_NOT_PHONE_CUE = re.compile(r"\b(?:nhs|ni|nino|ref|reference|case|file|id|record|log|crime|incident|account|"
                            r"client|person|child|pupil|claim|chis|controcc|mosaic|lcs|eclipse|upn|order|"
                            r"invoice|payment|rota)\b[^\n\d]{0,30}$", re.I)


def _no_zero_phone(text: str, start: int, end: int, digits: str) -> bool:
    """Ten digits from 7 (mobile) or 1, 2, 3 (landline) whose trunk 0 was dropped: a phone
    number only after a phone cue, and not after an NHS, NI or reference cue, or alone in a
    field of a person line ("Ayo Bello / 7436 075072 / ayo@x.com")."""
    from redaction.person_lines import person_field

    before = _before(text, start, 40)
    if len(digits) != 10 or digits[0] not in "1237" or _NOT_PHONE_CUE.search(before):
        return False
    return bool(_PHONE_CUE.search(before)) or person_field(text, start, end)


# Where a match may have run on into the next field: "0044 (0)1942 539998 / 4 sch moves".
_FIELD_BREAK = re.compile(r"[ \t]+[/|-][ \t]+\d+$|,[ \t]+\d+$")


def uk_phone(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A number the UK numbering plan allows, after the trunk 0 or the country code, or with
    the 0 dropped after a phone cue; not a date followed by a time. A match that ran on into
    the next field (" / 4 ...", ", 1 hotel rm") is tried without it, and so is one that ran on to the next line.
    One line break inside a number is a hard wrap ("07912\\n345678")."""
    if text[start].isalpha() and not _SPOKEN_START.match(text, start):
        return start, end  # an exchange's town and the local number: "Tonbridge 232038"
    wrapped = text.find("\n", start, end)
    found = _phone(text, start, end) if unwrap(text[start:end]) is not None else None
    if found is None and wrapped >= 0:  # a number, then another on the next line
        cut = len(text[start:wrapped].rstrip())
        return _phone(text, start, start + cut) if cut >= 10 else None
    if found is None:
        tail = _FIELD_BREAK.search(text, start, end)
        if tail is not None:
            return _phone(text, start, tail.start())
    return found


def _phone(text: str, start: int, end: int) -> tuple[int, int] | None:
    found = _O_FOR_ZERO.sub("0", _EXTENSION.sub("", spoken(text[start:end])))
    digits = re.sub(r"\D", "", found)
    if found[:1] in "123456789" and not (len(digits) == 12 and digits.startswith("44")):
        if not _no_zero_phone(text, start, end, digits):
            return None
        lead = _DATE_START.match(found)
        if lead and _is_date(lead.group(1) or lead.group(3), lead.group(2) or lead.group(4), lead.group(5)):
            return None
        return start, end
    digits = digits[2:] if digits.startswith("00") else digits
    # The country code with its "+" or "00", or bare before ten digits run together ("447484883453").
    international = found.lstrip("(").startswith(("+", "00")) or (len(digits) == 12 and digits.startswith("44"))
    national = digits[2:] if international else digits
    national = national[1:] if national.startswith("0") else national
    if not _NATIONAL.fullmatch(national):
        return None
    lead = _DATE_START.match(found)
    if lead and _is_date(lead.group(1) or lead.group(3), lead.group(2) or lead.group(4), lead.group(5)):
        return None
    return start, end


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _is_date(day: str = "", month: str = "", year: str = "") -> bool:
    """Whether day, month (a number or a month's name) and year make a real date."""
    if not (day and month and year):
        return False
    m = int(month) if month.isdigit() else _MONTHS.index(month[:3].casefold()) + 1
    y = int(year) if len(year) == 4 else 2000 + int(year)
    try:
        date(y, m, int(day))
    except ValueError:
        return False
    return 1900 <= y <= 2100


_MONTH_NAME = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?)?[ \t./-]*(?:%s)" % "|".join(_MONTHS), re.I)
_NUMERIC = re.compile(r"(\d{1,4})\D+(\d{1,2})\D+(\d{2,4})")


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_MONTH = re.compile(r"(?<![^\W\d_])(?:%s)(?![^\W\d_])" % "|".join(sorted(_ROMAN, key=len, reverse=True)), re.I)
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
          "eighteenth", "nineteenth")
_ORDINAL_DAY = re.compile(r"\b(?:(twenty|thirty)[ \t-]?)?(%s|twentieth|thirtieth)\b" % "|".join(_UNITS + _TEENS), re.I)


def _day_number(m: re.Match[str]) -> str:
    tens, word = (m.group(1) or "").casefold(), m.group(2).casefold()
    if word in ("twentieth", "thirtieth"):
        return "20" if word == "twentieth" else "30"
    base = _UNITS.index(word) + 1 if word in _UNITS else _TEENS.index(word) + 10
    return str(base + {"": 0, "twenty": 20, "thirty": 30}[tens])


def numeric_date(found: str) -> str:
    """A date with its day written as a word or its month in Roman numerals put in numbers:
    "twenty-first of iv 2016" -> "21 of 4 2016", "3.IV.2015" -> "3.4.2015"."""
    found = _ORDINAL_DAY.sub(_day_number, found)
    return _ROMAN_MONTH.sub(lambda m: str(_ROMAN.index(m.group().casefold()) + 1), found)


def real_date(found: str) -> bool:
    """Whether a date the DOB patterns matched is a real one: "31/02/2015" and "45 13 2010" are
    not; "03042015" is 3 April 2015 (or 2015-04-03 written year first); a month's name passes;
    a Roman month or a day in words is read as its number ("3.IV.2015", "third of May 2015")."""
    found = numeric_date(found)
    digits = re.sub(r"\D", "", found)
    if digits == found.strip():  # run together: ddmmyyyy, yyyymmdd, ddmmyy
        if len(digits) == 8:
            return _is_date(digits[:2], digits[2:4], digits[4:]) or _is_date(digits[6:], digits[4:6], digits[:4])
        return len(digits) == 6 and _is_date(digits[:2], digits[2:4], digits[4:])
    m = _NUMERIC.search(found)
    if m is None or _MONTH_NAME.search(found):
        return True  # a month written out: the pattern has checked its shape
    a, b, c = m.groups()
    return _is_date(c, b, a) if len(a) == 4 else _is_date(a, b, c) or _is_date(b, a, c)
