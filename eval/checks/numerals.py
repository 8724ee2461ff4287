"""Numbers as a record and its notes write them: digits, number words, clock times, days of
the month, a list's own numbering and a child's age beside a name.

Used by the alignment (a number the notes never give is a claim of the record's own) and by
the gold-fact check.
"""

from __future__ import annotations

import functools
import re

from eval.checks import text as T
from eval.checks.base import data


def numbers(text: str, words: bool = True, months: bool = False) -> set[str]:
    """Numbers in a text, without leading zeros; with `words`, written ones too ("two" -> "2").
    Years (1990-2039) are left out: a record dates itself, the notes often do not. A clock time is
    one number however it is written ("8.30pm", "20:30", "half eight", "half past 8" -> "8:30"),
    with its hour (a record may round it). With `months`, a month named beside a day gives its
    number too ("21 May" -> "21", "5"): notes that say "21 May" give the "5" of a record's "21/5"
    (a record's own "8 April" is not held to the notes' numbers: it is often worked out from
    "in four weeks")."""
    return set(_numbers(text, words, months))


@functools.lru_cache(maxsize=T.TEXTS)  # a review asks for the same sentence's numbers ~3 times
def _numbers(text: str, words: bool, months: bool) -> frozenset[str]:
    text, out = _clock_times(text)
    text = _SHORT_YEAR.sub(r"\1", text)  # "19/10/26": the "26" is a year, like "2026"
    table = data("words")["number_words"]
    out |= {str(int(n)) for n in re.findall(r"\d+", text) if not re.fullmatch(r"(?:199\d|20[0-3]\d)", n)}
    if months:
        out |= _month_numbers(text)
    if words:
        tens = data("accuracy")["numbers"]["tens"]
        spelt = {**table, **tens}
        for match in _COMPOUND.finditer(text):  # "forty-five", "twenty one" ("one" alone is no number: "one of")
            unit = match["unit"].lower()
            out.add(str(tens[match["tens"].lower()] + (1 if unit == "one" else table[unit])))
        # "ninety-two per cent" is 92 alone: its "ninety" and "two" are no numbers of their own
        out.update(str(spelt[w]) for w in T.words(_COMPOUND.sub(" ", text)) if w in spelt)
    return frozenset(out)


_SHORT_YEAR = re.compile(r"\b(\d{1,2}[/.-]\d{1,2})[/.-]\d{2}\b(?![/.:-]\d)")
_COMPOUND = re.compile(r"\b(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
                       r"(?P<unit>one|two|three|four|five|six|seven|eight|nine)\b", re.I)


def _clock_times(text: str) -> tuple[str, set[str]]:
    """The text with its clock times blanked out, and each time as "H:MM" (12-hour) and "H"."""
    found: set[str] = set()

    def replace(match: re.Match) -> str:
        time = _clock(match)
        if time is None:
            return match.group()
        h, minutes = time[0] % 12 or 12, time[1]
        found.update({f"{h}:{minutes:02d}" if minutes else str(h), str(h)})
        return " "

    return _TIME.sub(replace, text), found


def _clock(match: re.Match) -> tuple[int, int] | None:
    """(hour, minutes) of a matched time: "8.30pm", "1930hrs", "half past eight", "quarter to 9",
    "half eight" (British: 8:30), "eight thirty"; None for a near miss ("12.75")."""
    hours = data("accuracy")["numbers"]["hour_words"]
    g = match.groupdict()
    word = next(g[k] for k in ("h", "h24", "hs", "hw") if g[k])
    h = int(word) if word.isdigit() else hours[word.lower()]
    if g["m"] or g["m24"]:
        minutes = int(g["m"] or g["m24"])
    elif g["part"]:
        minutes = 30 if g["part"].lower() == "half" else 15
        if g["to"]:
            h, minutes = h - 1, 60 - minutes
    else:
        minutes = {"thirty": 30, "fifteen": 15}.get(g["mw"].lower(), 45)
    return (h, minutes) if 0 <= h <= 24 and minutes < 60 else None


_HOUR = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_NOT_A_TIME = r"(?!\s*(?:hours?|hrs|mins?|minutes|days?|weeks?|months?|years?|times?|of|an?|the)\b)"
_TIME = re.compile(
    r"(?<![\d.:/£$€])(?P<h>[01]?\d|2[0-4])[.:](?P<m>[0-5]\d)(?!\d|[.:]\d|[/%])(?:\s*(?:[ap]\.?m\b\.?|hrs\b|h\b))?"
    r"|(?<![\d.:/£$€])(?P<h24>[01]\d|2[0-3])(?P<m24>[0-5]\d)\s*hrs\b"
    rf"|\b(?P<part>half|quarter)\s+(?:(?P<to>to)\s+|past\s+)?(?P<hs>{_HOUR})\b{_NOT_A_TIME}"
    rf"|\b(?P<hw>{_HOUR})\s+(?P<mw>thirty|fifteen|forty[- ]five)\b{_NOT_A_TIME}", re.I)


def named_times(text: str) -> set[str]:
    """The clock hours a text names in words, as `numbers` gives them: close of play ("COP 30/10",
    "EOD Friday", "by close of business", "end of the working day") is the "5pm" a record writes
    for it; midday or noon is "12"; and the hours between two clock times ("sleeps from ten until
    four", "10pm-6am") are the "six hours" or "eight hours" a record counts."""
    out = _spans(text)
    if _FORTNIGHT.search(text):  # "a fortnight" is the "two weeks" (or "14 days") a record writes
        out.update({"2", "14"})
    if _CLOSE_OF_DAY.search(text):
        out.add("5")
    if re.search(r"\b(?:midday|mid-day|noon|lunchtime)\b", text, re.I):
        out.add("12")
    return out


def _spans(text: str) -> set[str]:
    """The hours from one clock time to the next, as `_RANGE` finds them ("from 7 till 7" -> "12")."""
    out = set()
    for match in _RANGE.finditer(text):
        if not (match["until"] or match["am1"] or match["am2"] or match["m1"] or match["m2"]):
            continue  # "from 3 to 5", "between 2 and 4": counts as often as hours
        start, end = (_hour(match[k]) for k in ("h1", "h2"))
        if match["am1"] and match["am2"]:  # "10pm-6am": a 24-hour clock
            start += 12 * (match["am1"][0].lower() == "p") * (start != 12)
            end += 12 * (match["am2"][0].lower() == "p") * (end != 12)
            hours = (end - start) % 24
        else:
            hours = (end - start) % 12
        out.add(str(hours or 12))
    return out


def _hour(word: str) -> int:
    return int(word) if word.isdigit() else data("accuracy")["numbers"]["hour_words"][word.lower()]


_AM = r"\s*(?:[ap]\.?m\b\.?)"
_RANGE = re.compile(
    rf"(?<![\d.:/£$€])\b(?P<h1>{_HOUR})(?:[.:](?P<m1>[0-5]\d))?(?P<am1>{_AM})?(?:\s*o['’]clock)?\s*"
    rf"(?:(?P<until>until|till|til|['’]til|up to)|to|and|[-–—])\s*"
    rf"(?P<h2>{_HOUR})(?:[.:](?P<m2>[0-5]\d))?(?P<am2>{_AM})?(?:\s*o['’]clock)?\b(?![/.:-]?\d){_NOT_A_TIME}", re.I)


_CLOSE_OF_DAY = re.compile(r"(?<![\w/])(?:c\.?o\.?p|e\.?o\.?d|c\.?o\.?b|e\.?o\.?b|e\.?o\.?p)(?![\w/-])"
                           r"|\b(?:close|end) of (?:play|business|(?:the )?(?:working |school |office |business )?day)\b", re.I)


_FORTNIGHT = re.compile(r"\bfortnight(?:ly|s)?\b", re.I)


def without_intervals(text: str) -> str:
    """A text without the length of time it works out between two dates, when it gives the date
    too: "booked for Monday 28 September, in about four weeks", "on 10/8 (five weeks from now)".
    The date is the claim the notes must give; "four weeks" is the record's own sum, which notes
    that say only "see you on the 28th" never write."""
    if not (_month_pattern().search(text) or _NUMERIC_DATE.search(text) or _ORDINAL_DAY.search(text)):
        return text
    return _INTERVAL.sub(" ", text)


# "in (about) four weeks", "(five weeks from now)", "six weeks away", "in a month's time": a
# span to a date ("excluded for five days on 3 March" is a fact of its own, and stays)
_SPAN = (r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*(?:days?|weeks?|wks?|months?|mths?)")
_INTERVAL = re.compile(rf"\bin\s+(?:(?:about|around|roughly|approximately|approx\.?|nearly|almost|just (?:over|under)|some|"
                       rf"under|over|a little (?:over|under)|c\.|~)\s*)?{_SPAN}(?:['’]?\s*time)?\b"
                       rf"|\b(?:(?:about|around|roughly|some|nearly|almost|just (?:over|under))\s+)?{_SPAN}['’]?\s*"
                       rf"(?:from (?:now|today|this visit|the visit)|away|hence|time|off|on from (?:now|today)|later|out)\b", re.I)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b")
_ORDINAL_DAY = re.compile(r"\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b", re.I)


def _month_numbers(text: str) -> set[str]:
    """The number of each month named beside a day ("21 May", "May 21st", "3rd of June")."""
    months = data("accuracy")["numbers"]["months"]
    return {str(months[(m["a"] or m["b"]).lower()]) for m in _month_pattern().finditer(text)}


@functools.cache
def _month_pattern() -> re.Pattern:
    names = "|".join(sorted(data("accuracy")["numbers"]["months"], key=len, reverse=True))
    return re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<a>{names})\b\.?"
                      rf"|\b(?P<b>{names})\b\.?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b", re.I)


@functools.cache
def marker() -> re.Pattern:
    """A list item's own numbering at the start of a sentence: "1:", "[1]", "1/", "2>", "1›", "3 -",
    "1- ", "(b)", "iv.", "#2", "◊1 Refer" (a bullet glyph against the number), "Action 2:", "AP1:",
    "Section 3 -", "Q4.", "Action no. 1 -", "A-1", "AP-3", "Act#1", "Task # 2" (accuracy.yaml `list_labels`, with a "no." or "number" of their own), a table row's number cell ("1 | Refer ... |
    Ms Ito | by Friday") or code ("C1 | ...", "R2:", "A/1 Find ..."), and a section's numbering ("1.1 Send", "2.3.1")."""
    labels = "|".join(re.escape(w) for w in sorted(data("accuracy")["numbers"]["list_labels"], key=len, reverse=True))
    # closing marks and the arrows and angles a list puts after its number ("1› Ring Nan", "2 ▸ Book",
    # "1 ⟫ 📅 Hold", "2 ❯ Book", "3 ⮕ Ring"): any arrow, any closing angle or ornamental bracket
    # (and the ordinal's degree sign: "1° ✋ Mum — get a cot")
    arrows = _ARROWS + "°º"
    mark = rf"[\]).:/>|–—{arrows}-]"
    return re.compile(rf"^\W*(?:#\s*\d{{1,3}}\b\s*{mark}?"
                      # "1.1 Send", "2.3.1 Book": a section's numbering (one digit after each
                      # point, so never a clock time), before a capital, in brackets too: "(1.0) Action taken"
                      rf"|\d{{1,2}}(?:\.\d){{1,3}}\.?[)\]]?\s+(?=(?-i:[A-Z]))"
                      # "C1 |", "R2:", "O3 -", "AP1)": a row's or an item's code, capitals then a number
                      rf"|(?-i:[A-Z]{{1,3}})\d{{1,2}}\s*(?:[|:)\]]|\.(?!\d)|\s[–—-]\s)|(?<=[^\w\s£$€(\[+~-])\d{{1,2}}\s+(?=(?-i:[A-Z]))|(?:{labels})\.?\s*(?:(?:no|nr|number)\.?\s*|#\s*)?(?:\d{{1,2}}\b\s*{mark}?|(?:[a-z]|[ivx]{{1,4}})\s*{mark})"
                      # "A/1 Find a nursery", "AP/2 Book": a row's code, capitals, a slash and a number
                      rf"|(?-i:[A-Z]{{1,3}})/\d{{1,2}}\b\s*{mark}?(?=\s)"
                      # "A-1 Owner ⟹ Mum", "AP-3 Find ...", "ACT.2 Book": a code joined to its number by a dash or a point
                      rf"|(?-i:[A-Z]{{1,4}})[-‐.]\d{{1,2}}[a-z]?\b\s*{mark}?(?=\s)"
                      rf"|\d{{1,2}}\s*(?:[\]):/>|{arrows}]|\.(?!\d)|\s[–—-]\s)|\d{{1,2}}[–—-]\s|(?:[a-z]|[ivx]{{1,4}})\s*[\]).:])\s*", re.I)



# Arrows (the arrow blocks, dingbat arrows, triangles) and closing angles and ornamental brackets
# ("›", "»", "⟩", "⟫", "❯", "〉", "》"), as characters of a class
_ARROWS = ("\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f\u2b00-\u2b4f\u2b60-\u2bff\u2794-\u27bf\u25b6-\u25bb"
           "\u27e9\u27eb\u27ed\u27ef\u2769\u276b\u276d\u276f\u2771\u2773\u2775\u203a\u00bb\u3009\u300b")


def without_ages(text: str) -> str:
    """A text without the ages it gives beside a name or a quote: "Aisha (8)", "(Pranavi, 4)",
    "(Ahed, aged 15)", "Zain, 6, said", "Mia aged 7", "'I'm scared' (6)", "(4 yrs)",
    "5-year-old Noor", "Javanie, who is 14, said", "Zain, now 6,". A child's age comes from the case file, not from the visit, so it is no
    claim the notes must give ("Session (2)", "Monday, 4" give no age)."""
    return _AGE_BESIDE.sub(_drop_age, text)


def _drop_age(match: re.Match) -> str:
    keep = next((k for k in ("k1", "k2", "k3", "k4") if match[k] is not None), None)
    if keep is None:
        return ""
    name = match["n" + keep[1]]
    if name and not (name[0].isupper() and name.lower() not in _NOT_NAMES):
        # no name: the word stays and what follows it is read again ("a 5-year-old")
        text = match.group()
        return text if keep == "k1" else name + without_ages(text[len(name):])
    return match[keep]


_AGE = r"(?:aged?\s*)?\d{1,2}(?:\s*-?\s*(?:years?|yrs?|y\.?o\.?|y/o|yo)(?:\s*-?\s*old)?)?"
_AGED = r"(?:aged?\s*\d{1,2}|\d{1,2}\s*-?\s*(?:years?|yrs?|y\.?o\.?|y/o|yo)(?:\s*-?\s*old)?)"
_WORD = r"[^\W\d_](?:[\w'’-]*\w)?"
_AGE_BESIDE = re.compile(
    # "(Pranavi, 4)", "(Ahed - aged 15)", "[Mia Khan 7 yrs]": the name stays
    rf"(?P<k1>[(\[]\s*(?P<n1>{_WORD})(?:\s+{_WORD})?)\s*[,;:–—-]?\s*{_AGE}\s*(?=[)\]])"
    # "Aisha (8)", "Noor [8 yrs]", "'...' (6)"
    rf"|(?P<k2>(?<![\w'’-])(?P<n2>{_WORD})|[\"”’'])\s*[(\[]\s*{_AGE}\s*[)\]]"
    # "Zain, 6, said", "Zain, aged 6.", "Mia aged 7"
    rf"|(?P<k3>(?<![\w'’-])(?P<n3>{_WORD}))(?:,\s*{_AGE}(?=\s*(?:[,;:)]|[.!?](?:\s|$)|$))|\s+{_AGED}\b)"
    # "Javanie, who is 14, said", "Mia (who's 7)", "Zain, now 6,", "Ola who turned 15 in May"
    rf"|(?P<k4>(?<![\w'’-])(?P<n4>{_WORD}))\s*[,(]?\s*(?:who(?:['’]s|\s+(?:is|was|has\s+(?:just\s+)?turned|(?:just\s+|recently\s+)?turned|"
    rf"will\s+be|is\s+now|(?:has\s+)?just\s+turned))|now|(?:recently\s+|just\s+)?turned|age)\s+{_AGE}\b(?:\s*\))?"
    rf"(?=\s*(?:[,;:.!?)]|$|in\b|last\b|this\b|and\b|said\b|told\b|says\b))"
    # "(4 yrs)", "(aged 4)" on their own; "5-year-old Noor", "a 5 yr old"
    rf"|[(\[]\s*{_AGED}\s*[)\]]|\b\d{{1,2}}\s*-?\s*(?:years?|yrs?|yo)\s*-?\s*old\b", re.I)
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec week weeks day days session visit page item action actions point part section "
    "year years room flat number no step stage option appendix question".split())
