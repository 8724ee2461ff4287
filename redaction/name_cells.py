"""Names a note's layout puts where nothing else says they are names:

- the value after a role label of two to four capitals ("CSW: SORREL THATCHER", "| IRO: Maple
  Tinker", "TM: Dove Turner |"): a name-shaped value that ends the field;
- a cell of a header row split by "|" ("HV | BRIAR SLATER | 11/04/2026 | 16:00", "CIN review |
  bay day | 09112026"): two or three words written alike, in a row that also holds a date or a
  time, none of them a word of the trade ("Home visit", "Core group");
- a one- or two-word answer to a "who" question in a transcript ("CSW: Who do you feel safe
  with?" / "Pixie: Maple. It's quiet at hers."), unless it is a relative or "Nobody".
"""

from __future__ import annotations

import re
from bisect import bisect_left

from redaction.lexicon import WORD
from redaction.name_doc import CLOSED_POS, TokenView, same_shape
from redaction.name_frames import field_end, field_value, rare_pair
from redaction.name_headlines import trade_words

# "CSW:", "| IRO:", "- TM:", "⁕ School ::" at a line's start or a field's: a role written in
# capitals, or the agency a person speaks for.
_ROLE_LABEL = re.compile(r"(?m)(?:^[ \t]*(?:[^\w\s(\[{'\"‘“]{1,3}[ \t]*)?|\|[ \t]*|/[ \t]+)"
                         r"(?:[A-Z]{2,4}|(?i:school|nursery|college|teacher|class[ \t]+teacher|head[ \t]*teacher|health[ \t]+visitor))"
                         r"[ \t]*::?[ \t]*")
# A role's value ends where a field does, or where the agency follows: "School: Colander Teaspoon from St Tudno's".
_ROLE_VALUE_END = field_end(r"from[ \t]")
_DATE_OR_TIME = re.compile(r"\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm)\b|\d{1,4}[-/. ]\d{1,2}[-/. ]\d{2,4}|\b\d{8}\b"
                           r"|\d{1,2}(?:st|nd|rd|th)?[ -]?(?:of[ \t]+)?[A-Za-z]{3,9}[ ,-]*\d{2,4}", re.I)
_CELL_PART = re.compile(r"[ \t]+(?:/|w/|&|\+|and)[ \t]+", re.I)
_WHO_ANSWER = re.compile(r"(?im)\bwho(?:'s|’s)?\b[^\n?]*\?[^\S\n]*\n[^\S\n]*[^\n:]{1,40}:[^\S\n]*"
                         r"([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?)[^\S\n]*(?=[.!,]|$)")


def role_fields(d: TokenView, text: str) -> set[int]:
    """The name after a role label: "CSW: SORREL THATCHER", "| IRO: Maple Tinker", "School:
    Colander Teaspoon from St Tudno's"."""
    found: set[int] = set()
    for m in _ROLE_LABEL.finditer(text):
        found |= field_value(d, text, m.end(), ends=_ROLE_VALUE_END)
    return found


def header_cells(d: TokenView, text: str) -> set[int]:
    """Names in the cells of a header row: "HV | BRIAR SLATER | 11/04/2026", "Supervision | dove
    day / Keeley Illingworth | 27 11 2026" (each part of a cell listed with "/", "w/", "&")."""
    found: set[int] = set()
    starts = d.starts
    pos = 0
    for line in text.split("\n"):
        cells = line.split("|")
        if len(cells) < 3:
            found |= _dash_cells(d, pos, line)
        elif any(_DATE_OR_TIME.search(c) for c in cells):
            offset = pos
            for cell in cells:
                part_start = offset
                for part in _CELL_PART.split(cell):
                    at = cell.find(part, part_start - offset)
                    found |= _cell_name(d, starts, offset + at, part)
                    part_start = offset + at + len(part)
                offset += len(cell) + 1
        pos += len(line) + 1
    return found


def _dash_cells(d: TokenView, pos: int, line: str) -> set[int]:
    """The name among a header's parts split by spaced dashes, beside a date and the kind of
    meeting: "CIN review notes - Memory Perch - 11/05/2026", "Minutes - CIN review - makeda
    broomes - 21 February 2026": two or three words written alike, one of them rare."""
    cuts = [0] + [x for m in _DASH.finditer(line) for x in m.span()] + [len(line)]
    parts = [(cuts[k], line[cuts[k]:cuts[k + 1]]) for k in range(0, len(cuts), 2)]
    if len(parts) < 3 or not any(_DATE_OR_TIME.search(p) for _, p in parts):
        return set()
    if not any(p.strip() and all(w.casefold() in trade_words() or _ACRONYM.fullmatch(w) for w in p.split())
               for _, p in parts):
        return set()
    found: set[int] = set()
    for at, part in parts:
        taken = _cell_name(d, d.starts, pos + at, part)
        if taken and rare_pair(d, sorted(k for k in taken if WORD.match(d.text(k)))):
            found |= taken
    return found


_ACRONYM = re.compile(r"[A-Z]{2,4}")  # "CIN", "LAC", "CP": the kind of meeting
_DASH = re.compile(r"[ \t]+[-–—][ \t]+")


def _cell_name(d: TokenView, starts: list[int], start: int, cell: str) -> set[int]:
    """The tokens of a cell that is a whole name: two or three words written alike, none of them
    a word of the trade, a relative, a title or a month."""
    words = cell.split()
    if not 2 <= len(words) <= 3 or not all(WORD.match(w) for w in words):
        return set()
    if not all(same_shape(w, words[0]) for w in words):
        return set()
    lead = len(cell) - len(cell.lstrip())
    k = bisect_left(starts, start + lead)
    taken = []
    while k < len(d.doc) and d.doc[k].idx < start + len(cell):
        if d.text(k) not in {"-", "'", "’"}:
            taken.append(k)
        k += 1
    lex = d.lex
    if any(not d.candidate(k) or d.low(k) in lex.calendar or d.low(k).rstrip(".") in lex.titles
           or (d.doc[k].pos_ in CLOSED_POS and not d.capitalised(k)) for k in taken):
        return set()
    return set(taken) | {k for k in range(min(taken), max(taken) + 1)} if taken else set()


def who_answers(d: TokenView, text: str) -> set[int]:
    """A transcript's answer to "who ...?" that is only a name: "Pixie: Maple. It's quiet."."""
    found: set[int] = set()
    for m in _WHO_ANSWER.finditer(text):
        span = d.doc.char_span(m.start(1), m.end(1), alignment_mode="expand") or []
        taken = [t.i for t in span if WORD.match(d.text(t.i))]
        if taken and all(d.candidate(k) and d.doc[k].pos_ not in CLOSED_POS - {"PUNCT"}
                         and not (d.lex.inflected(d.text(k)) and d.text(k).endswith("s")) for k in taken):
            found.update(taken)
    return found
