"""A person line: one person's details as fields split by " / ", the name first:

    ▪ Kaylane Coutinho / 7436 075072 / kaylane_c@yahoo.com
    ◦ Abdisalam Samatar / Thursday 22nd December 2022 / MARF/2017/8841

Such a line is a cue for what its fields are: a date alone in a field is the person's date of
birth, and ten digits alone in a field are their phone number even with the trunk 0 dropped. It
counts as one only when its first field is a name (two or three words, one of them a given name,
a surname or no English word, none a word of the trade) and another field holds an identifier (an
e-mail or a run of digits), so "Supervision / Rumana Jadhav / 3.1.26" and "Tulip Nightingale /
home visit / 8-Dec-26" are no person lines and their dates stay.
"""

from __future__ import annotations

import re

_SEPARATOR = re.compile(r"[ \t]+/[ \t]+")
_BULLET = re.compile(r"^[ \t]*(?:[^\w\s]+[ \t]*)?")
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")


def person_field(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole field, not the first, of a person line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if not (re.search(r"[ \t]+/[ \t]*$", before) and re.match(r"^[ \t]*(?:/[ \t]|$)", after)):
        return False
    fields = _SEPARATOR.split(text[line_start:line_end])
    if len(fields) < 3 or not _names_a_person(_BULLET.sub("", fields[0])):
        return False
    value = text[start:end].strip()
    return any(("@" in f or sum(c.isdigit() for c in f) >= 5) for f in fields[1:] if f.strip() != value)


def _names_a_person(field: str) -> bool:
    from redaction.lexicon import lexicon

    lex = lexicon()
    words = field.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
        return False
    if not (all(w[:1].isupper() for w in words) or all(w.islower() for w in words)):
        return False
    lows = [w.casefold() for w in words]
    if any(w in lex.not_names or w in lex.calendar or w in lex.relations or w.rstrip(".") in lex.titles
           for w in lows):
        return False
    return any(lex.first_name(w) or lex.surname(w) or w.casefold() in lex.word_surnames or not lex.common(w)
               for w in words)
