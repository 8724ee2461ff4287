"""Given names that are ordinary English words ("Echo", "Blue", "King", "Scarlet") when the text
writes them as names: capitalised in the middle of a sentence, or in capitals among lower case,
on their own rather than inside a title-case phrase ("Burger King", "Early Help", "Universal
Credit"), and in a place a person takes: owning something ("Echo's plan"), doing something
("SAFFRON FISHER rang"), after a word a person follows ("when Dove", "= Reign", "ask Bear"), or
listed with a name or a relative ("BLUE & mum").

Lower-case notes give no such mark, so there the word must be seen in a person's place more
than once in the same note (`repeated_roles`): "talked abt hawk", "sw see hawk @ sch".
"""

from __future__ import annotations

import re

from redaction.name_doc import CLOSED_POS, TokenView, joined

_PLACE_ENTS = {"ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "NORP"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_BULLET = re.compile(r"^\s*(?:[^\w\s]+|o|[0-9]+[.)])?\s*$")
_PERSON_BEFORE = {"=", "when", "if", "until", "while", "whether", "because", "as", "than", "but", "ask", "asked"}


def marked(d: TokenView, i: int) -> bool:
    """Written as a name: capitalised mid-sentence in a line of both cases, or in capitals there
    (three letters at least, so not "OK", "TV"), not opening its line, sentence or field."""
    word = d.text(i)
    if not d.mixed[i] or not word[:1].isupper():
        return False
    if word.isupper():  # capitals mark a name even where a sentence starts ("BEAR has been")
        return len(word) >= 3 and not (i + 1 < len(d.doc) and d.text(i + 1) == ":")
    return i not in d.sent_starts and not _opens_field(d, i)


def _opens_field(d: TokenView, i: int) -> bool:
    """First word of a line, a bullet, a heading's value or a field ("o Moved", "| MOBILE:")."""
    line_start = d.source.rfind("\n", 0, d.doc[i].idx) + 1
    before = d.source[line_start:d.start(i)]
    if _BULLET.match(before) or before.rstrip().endswith((":", "|", " /", "--")):
        return True
    return i + 1 < len(d.doc) and d.text(i + 1) == ":"


def _titlecase_phrase(d: TokenView, i: int) -> bool:
    """Inside a run of capitalised words that is not a name: "Burger King", "Early Help"."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(d.doc) and joined(d, min(i, j), max(i, j)) and d.text(j)[:1].isupper() and d.mixed[j]:
            w = d.text(j)
            if not (d.lex.first_name(w) or not d.lex.ordinary(w) or (w.isupper() and d.text(i).isupper())):
                return True
    return False


def word_name(d: TokenView, i: int) -> bool:
    """An ordinary word written as a name, on its own, where nothing says it is a place or a thing."""
    word, t = d.text(i), d.doc[i]
    low = word.casefold()
    if not marked(d, i) or not d.lex.ordinary(word) or d.lex.first_name(word):
        return False  # first names and words that are not English have their own rules
    if (low in d.lex.calendar or low in d.lex.not_names or d.lex.weak(word) or t.pos_ in CLOSED_POS
            or t.ent_type_ in {"DATE", "TIME"} or _thing(d, i)):
        return False
    if person_place(d, i):
        return True  # NER calls many such words places or firms ("ask Bear Hall", "SCARLET's")
    return not word.isupper() and t.ent_type_ not in _PLACE_ENTS and not _titlecase_phrase(d, i)


def _thing(d: TokenView, i: int) -> bool:
    """After "the", "a", "her"..., before a number ("Flat 3", "Year 5"), or a plural of a day
    ("Thursdays", "Sats"): a thing or a time, not a person."""
    low = d.low(i)
    nxt = d.doc[i + 1] if i + 1 < len(d.doc) else None
    return (d.in_noun_phrase(i) or (nxt is not None and nxt.like_num)
            or (low.endswith("s") and low[:-1] in d.lex.calendar))


def person_place(d: TokenView, i: int) -> bool:
    """Where a person stands in a sentence: owning ("RANGER's"), doing ("SAFFRON FISHER rang",
    "Dove said"), after a word a person follows ("when Dove", "= Reign", "w/ Star", "ask Bear"),
    listed with a name or a relative ("KING + Bear", "BLUE & mum"), or before a role in brackets."""
    j = i + 1
    if j < len(d.doc) and marked(d, j) and joined(d, i, j) and same_case(d.text(i), d.text(j)):
        j += 1  # a surname after it: "SAFFRON FISHER rang"
    nxt = d.doc[j] if j < len(d.doc) else None
    if i >= 1 and d.text(i - 1)[:1].isupper() and d.mixed[i - 1] and not _personal(d, i - 1):
        return False  # inside a title-case phrase: "to Burger King", "Records show"
    if nxt is not None and (nxt.text in _POSSESSIVE or (nxt.tag_ in {"VBD", "VBZ", "MD"} and nxt.text.islower())
                            or d.low(j) in d.lex.speech or d.low(j) in d.lex.addressing):  # "FISHER rang"
        return True
    prev = d.low(i - 1).rstrip(".")
    seen = any(tuple(d.low(k) for k in range(i - len(x), i)) == x for x in d.lex.seeing)
    return (seen or prev in _PERSON_BEFORE or prev in d.lex.addressing
            or (prev in {",", "&", "+", "and", "/"} and i >= 2 and _personal(d, i - 2))
            or (d.low(j) in {",", "&", "+", "and", "/"} and _personal(d, j + 1)))


def _personal(d: TokenView, k: int) -> bool:
    """A relative, or a word written as a name."""
    return 0 <= k < len(d.doc) and (d.low(k) in d.lex.relations or (marked(d, k) and not d.lex.ordinary(d.text(k)))
                                    or d.lex.first_name(d.text(k)))


def same_case(a: str, b: str) -> bool:
    return a.isupper() == b.isupper()
