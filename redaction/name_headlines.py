"""Who a dated header line is about, whatever the words are (so also names that are ordinary
words, in lower case or capitals): a line that carries a date, then the name as the line's value.

- after a dash: "cin rev 21-03-2026 @ sch - shenika drakes", "Review notes 27/10/2026 (typed
  later) - Marshal Blacklock", "cp unannounced 10/06/2026 9.15am - bandit";
- straight after the date (and a time): "hv 21/06/2026 sunbeam money (from notebook)",
  "sup 2026-03-22 patience cheese + tonderai seck";
- before a family word: "hv 30.7.26 - cellar family";
- between the header's words of the trade and its date: "welcome mtg warden custard 20/04/2026",
  "home visit sailor collier 2026 04 16", "Welcome meeting with yeoman pantry on 21-April-2026".

The value must end its field (the line's end, a bracket, a comma, "+", "/", "@", a date of
birth) and be no word of the trade ("hv 3/2/26 - home visit", "- no concerns", "- cancelled").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

import yaml

from redaction.lexicon import DATA, WORD
from redaction.name_doc import CLOSED_POS, TokenView, joined, same_shape
from redaction.recognizers import DAY_IN_WORDS, YEAR_IN_WORDS

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
# A month in Roman numerals, as many families and workers from Poland, Lithuania or Romania write
# it: "21 vii 2026", "3.IV.2026".
_ROMAN = r"(?:xii|xi|ix|x|viii|vii|vi|iv|v|iii|ii|i)"
_DATE = re.compile(
    r"(?i)(?<![\w/.-])(?:\d{4}-\d{1,2}-\d{1,2}(?:t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?|\d{4}\.\d{1,2}\.\d{1,2}"
    r"|\d{1,2}[ \t]*[./-][ \t]*\d{1,2}[ \t]*[./-][ \t]*\d{2,4}|\d{1,2}[ \t]+\d{1,2}[ \t]+\d{4}|\d{4}[ \t]+\d{1,2}[ \t]+\d{1,2}"
    rf"|(?:the[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?|{DAY_IN_WORDS})(?:[ \t]+of)?[ \t]+{_MONTH}\.?"
    rf"(?:,?[ \t]+(?:'?\d{{2,4}}|{YEAR_IN_WORDS}))?|\d{{1,2}}[./-]?{_MONTH}[./-]?\d{{4}}|\d{{1,2}}[./-]{_MONTH}[./-]\d{{2}}"
    rf"|{_MONTH}[ \t]+(?:the[ \t]+)?\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}(?:[ \t]*[./-][ \t]*|[ \t]+){_ROMAN}(?:[ \t]*[./-][ \t]*|[ \t]+)\d{{2,4}})"
    r"(?![\w/])")
_TIME = re.compile(r"(?i)[ \t]*(?:@[ \t]*)?\d{1,2}(?:[:.]\d{2})?(?:[ \t]*(?:am|pm))?(?![\w/])|[ \t]*\d{1,2}:\d{2}")
# A date that is a plan's deadline or the next visit, not what the line is headed with.
_AHEAD = re.compile(r"(?i)(?:\b(?:nv|next(?:[ \t]+visit)?|by|due|until|till|before|after|from)[ \t]*:?[ \t]*)$")
# The kind of visit or meeting opening a header's value: "supervision, ", "16+ assessment, ".
_KIND = re.compile(r"[\w+& \t]{1,30}?,[ \t]*")
_DASH = re.compile(r"[ \t]+[-–—~|][ \t]+|[ \t]*::[ \t]*")
_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _visit_kind(words: str) -> bool:
    """A visit's or meeting's kind, ending a header's part: words of the trade ("supervision, "),
    or up to three words then one ("narrowboat visit, ", "Static caravan visit, ")."""
    words = re.findall(r"[^\W\d_]+", words)
    return bool(words) and len(words) <= 4 and all(w.casefold() in trade_words() for w in words[-1:]) and (
        len(words) == 1 or all(w.casefold() in trade_words() for w in words) or words[-1].casefold() in _VISITS)


_VISITS = frozenset({"visit", "call", "meeting", "review", "session", "interview", "conference", "supervision"})
# What may follow the value: the field ends.
_END = re.compile(r"(?i)[ \t]*(?:$|[(,;+/&@|]|::|[-–—][ \t]|\.(?:[ \t]|$)|d\.?o\.?b|b\.[ \t]*\d|\d)", re.M)


@functools.cache
def trade_words() -> frozenset[str]:
    """Words of the trade that fill a header instead of a name ("home visit", "no concerns")."""
    return frozenset(yaml.safe_load(DATA.read_text(encoding="utf-8"))["header_words"])


def dated_headers(d: TokenView, text: str) -> set[int]:
    """Tokens of the name a dated header line gives as its value."""
    found: set[int] = set()
    pos = 0
    for line in text.split("\n"):
        for m in _DATE.finditer(line, 0, 60):  # a header's date comes early in its line
            if not _AHEAD.search(line, 0, m.start()):  # "nv 13 dec chase salt": a plan, no header
                found |= _after_date(d, text, pos, line, m.start(), m.end()) | _before_date(d, pos + m.start())
        pos += len(line) + 1
    return found


def regarding(d: TokenView, text: str) -> set[int]:
    """Who a header's "re" names, written as a name (capitalised or in capitals among lower case):
    "Youth worker's WhatsApp :: re VIKASH BEEHARRY :: 9th September", "RE: Norzin Tsomo | EWO-SS/0488";
    or in lower case, two words each a name, no English word or an uncommon one ("nurse" is a surname of the
    word lists): "strategy discussion re anselm nurse |", "exclusion emails re tarragon
    cloveshaker. lado note" (not "re bedroom tax")."""
    found: set[int] = set()
    for m in _REGARDING.finditer(text):
        taken = _value(d, text, m.end(), direct=True)
        if taken and (all(d.capitalised(k) or d.caps_line(k) or d.text(k).isupper() and d.mixed[k] for k in taken)
                      or len(taken) == 2 and all(_rare(d, k) for k in taken)):
            found |= taken
    return found


# "re" or "regarding" early in a line, before the name it is about.
_REGARDING = re.compile(r"(?im)^[^\n]{0,50}?(?<![\w'’])(?:re|regarding)\b[ \t]*:?[ \t]*(?=\S)")


def _after_date(d: TokenView, text: str, pos: int, line: str, start: int, end: int) -> set[int]:
    """The value straight after the date (and a time), after the next dash on the line, or after a
    comma when the line opens with the visit's kind."""
    found: set[int] = set()
    t = _TIME.match(line, end)
    after = t.end() if t and t.end() > end else end
    dash = _DASH.match(line, after)
    gap = len(line[after:]) - len(line[after:].lstrip(" \t"))
    starts = [dash.end()] if dash else [after + gap] if gap else []
    kind = _KIND.match(line, dash.end()) if dash else None
    if kind and _visit_kind(kind.group()):
        starts.append(kind.end())  # the visit's kind, then the name: "13/06/2026 - supervision, skillet pestle"
    comma = _COMMA.match(line, after)
    if comma and _visit_kind(line[:start]):
        starts.append(comma.end())  # "Static caravan visit, April 22nd, 2026, BUZZARD MOORHEN - recorded"
    for later in _DASH.finditer(line, after):
        between = line[after:later.start()]
        if len(between.split()) <= 3 and not any(p in between for p in (". ", ";", ",", ": ", "/", "|")):
            starts.append(later.end())  # "@ sch - name", "(typed later) - name"; not "pres: ... - drift"
    for s in dict.fromkeys(starts):
        found |= _value(d, text, pos + s, direct=not dash and s == after + gap)
    home = _AT_HOME.search(line, after)
    return found | _home(d, pos + home.end()) if home else found


# The home the visit was at, by its owner's name with the "'s" written as "s", ending the line:
# "pf visit 5 apr 2026 rhapsody awl @ sonata rivets" (not "@ school", "@ nans").
_AT_HOME = re.compile(r"@[ \t]*(?=[^\W\d_][\w'’-]*[ \t]+[^\W\d_][\w-]*s[ \t]*$)")


def _home(d: TokenView, start: int) -> set[int]:
    """The two words of a home's owner after "@" (tags guess at them: "sonata" a conjunction)."""
    k = bisect_left(d.starts, start)
    if k + 1 >= len(d.doc) or d.doc[k].idx != start or not joined(d, k, k + 1):
        return set()
    pair = [k, k + 1]
    return set(pair) if all(_no_other_word(d, j) for j in pair) and any(_rare(d, j) or d.capitalised(j) for j in pair) else set()


def _before_date(d: TokenView, date: int) -> set[int]:
    """The name between a header's words of the trade and its date: "welcome mtg warden custard
    20/04/2026" (one to three words, each of which could be a name, after a word of the trade)."""
    k = bisect_left(d.starts, date) - 1
    if k < 0 or d.source[d.doc[k].idx + len(d.doc[k].text):date] not in {" ", "\t"}:
        return set()
    if d.low(k) == "on" and k >= 1 and joined(d, k - 1, k):
        k -= 1  # "VISIT TO DARLING NETTLE ON 09/11/2025"
    taken: list[int] = []
    while k >= 0 and len(taken) < 3 and _could(d, k) and (
            not taken or (joined(d, k, taken[0]) and same_shape(d.text(taken[0]), d.text(k)))):
        taken.insert(0, k)
        k -= 1
    if k >= 1 and d.low(k) in {"to", "with", "for", "re"} and joined(d, k - 1, k):
        k -= 1  # "meeting with yeoman pantry on ...", "yw whatsapp re steamer teaspoon 30 november"
    if not taken or k < 0 or d.low(k) not in trade_words() or not joined(d, k, k + 1):
        return set()
    if _one_english_word(d, taken) and d.text(taken[0]).islower():
        return set()  # "visit kitchen 3/3/26"
    return set(taken) if _could_name(d, taken) else set()


def _value(d: TokenView, text: str, start: int, direct: bool = False) -> set[int]:
    """The name starting at `start`: one to three words ending the field. Straight after a date
    with no dash, one English word is not enough ("a&e 18-02-2026 sprain")."""
    k = bisect_left(d.starts, start)
    if k >= len(d.doc) or d.doc[k].idx != start:
        return set()
    taken: list[int] = []
    while k < len(d.doc) and len(taken) < 3 and _could(d, k) and (not taken or (
            joined(d, taken[-1], k) and d.source[d.doc[k].idx - 1] == " " and same_shape(d.text(taken[0]), d.text(k)))):
        taken.append(k)
        k += 1
    if k < len(d.doc) and d.low(k) in d.lex.family_heads and taken and joined(d, taken[-1], k):
        return set(taken[-1:]) if _namely(d, taken[-1]) else set()  # "cellar family"
    while taken:
        end = d.doc[taken[-1]].idx + len(d.doc[taken[-1]].text)
        if _one_english_word(d, taken) and (direct or _describes(d, taken[0])) and d.text(taken[0]).islower():
            return set()  # "a&e 18-02-2026 sprain", "01/09/2026 - chatty"
        pair = len(taken) > 1 and all(_seldom(d, j) for j in taken)
        if _ends_field(d, text, end, taken[-1] + 1, pair) and _could_name(d, taken):
            return set(taken)
        taken.pop()
    return set()


def _one_english_word(d: TokenView, taken: list[int]) -> bool:
    return len(taken) == 1 and d.lex.ordinary(d.text(taken[0])) and not d.lex.first_name(d.text(taken[0]))


def _could_name(d: TokenView, taken: list[int]) -> bool:
    """Every word could be a name where it stands, and one is rare, capitalised or in capitals."""
    return all(_namely(d, j, n > 0) for n, j in enumerate(taken)) and any(
        _rare(d, j) or d.capitalised(j) or d.text(j).isupper() for j in taken)


def _ends_field(d: TokenView, text: str, end: int, k: int, pair: bool = False) -> bool:
    """The field ends at `end`, or a word of the trade or a verb in the past follows the value:
    "hv 15/10/2025 saviour cobbler dictated in car", "cp 30/10/26 wisdom glover unannounced"; after
    a `pair` of rare words any word of the trade: "sup 01/03/2026 masher pestle marac ref by ..."
    (not "review 3 4 2026 - summer holidays plan")."""
    if _END.match(text, end) or d.low(k) in {"and", "&"} and (d.low(k + 1) in d.lex.relations
                                                              or d.low(k + 1) in d.lex.family_heads):
        return True  # "MBU visit, clove chillipepper and baby |"
    return k < len(d.doc) and (pair and d.low(k) in trade_words() or d.text(k).islower() and (
        d.doc[k].tag_ in {"VBN", "VBD"} or (d.low(k) in trade_words() and d.doc[k].pos_ in {"ADJ", "VERB"})))


_ADJECTIVE_ENDS = ("y", "ful", "ous", "ive", "able", "ible", "al", "ic", "less", "ish", "ent", "ant")


def _describes(d: TokenView, k: int) -> bool:
    """Reads as a description (tags guess at a lone word: "- chatty" is tagged a proper noun)."""
    return d.doc[k].pos_ == "ADJ" or d.low(k).endswith(_ADJECTIVE_ENDS)


def _could(d: TokenView, k: int) -> bool:
    return _no_other_word(d, k) and d.candidate(k) and d.doc[k].pos_ not in CLOSED_POS


def _no_other_word(d: TokenView, k: int) -> bool:
    """No word of the trade, the calendar, a family, a title or speech: could be a name whatever its tag."""
    low = d.low(k)
    return (bool(WORD.match(d.text(k))) and low not in trade_words() and low not in d.lex.calendar
            and low not in d.lex.relations and low not in d.lex.not_names and low not in d.lex.family_heads
            and low.rstrip(".") not in d.lex.titles and low not in d.lex.speech and len(low) >= 2)


def _rare(d: TokenView, k: int) -> bool:
    """A name, no English word, or an uncommon one: "sunbeam", "bandit" (not "kitchen clean")."""
    word = d.text(k)
    return d.lex.first_name(word) or d.lex.surname(word) or not d.lex.ordinary(word) or _seldom(d, k)


def _seldom(d: TokenView, k: int) -> bool:
    """An uncommon word, whatever name lists hold it: "masher", "pestle" (not "summer", "holidays")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(d.low(k), "en") < 4.3


def _namely(d: TokenView, k: int, later: bool = False) -> bool:
    """Could be a name here: a name, no English word, or a word that is not a verb or an adverb
    ("- rescheduled", "- ongoing") nor among the most frequent ("- good"; a surname after a
    given name may be: "sunbeam money")."""
    from wordfreq import zipf_frequency

    word = d.text(k)
    if d.lex.first_name(word) or d.lex.surname(word) or not d.lex.ordinary(word):
        return True
    t = d.doc[k]
    if d.low(k).endswith("ing") and d.lex.inflected(d.low(k)):
        return False  # "ploy chairing"
    if t.tag_ in {"VB", "VBP"} and zipf_frequency(d.low(k), "en") < 3.2 and not d.lex.inflected(d.low(k)):
        return True  # tags guess at a rare word: "cobnut mallow", "corkscrew carafe" are no verbs
    low = d.low(k)
    if t.pos_ == "ADV" and zipf_frequency(low, "en") < 2.5 and not (
            low.endswith("ly") and d.lex.ordinary(low[:-2]) or low.endswith("ily") and d.lex.ordinary(low[:-3] + "y")):
        return True  # nor is "mally forster" an adverb ("- sullenly", "- wearily" are)
    # In capitals tags are guesses too ("DARLING NETTLE": a verb?); an inflection still is one.
    guessed = d.caps_line(k) and not d.lex.inflected(d.low(k))
    return ((guessed or t.pos_ not in {"VERB", "ADV", "AUX"} and t.tag_ not in {"VBN", "VBD", "VBG", "JJR", "JJS"})
            and zipf_frequency(d.low(k), "en") < (5.8 if later else 5.0))
