"""Slots that hold people in quick notes, found by the words around them (any word fills them,
so also names that are ordinary words, in lower case):

- an attendee list after "ppl there:", "spoke to -", "met with": "ppl there: saddle & ms mitten",
  "spoke to - undram tserendorj and solongo sanjaasuren, practice supervisor" (each item of one
  to three words up to the next "," "&" "and" "+"; a role or an agency ends the list);
- a pair of people split by a slash closing a line: "supervision 26/09 aldane lendor/chikondi nyirenda";
- the one or two words opening a clause before what only a person does: "thant soe chairing",
  "- jester chimney not seen since 14 august", "undram ring mrs kotecha by 15/12";
- the words before an e-mail address whose local part spells them: "ms snowdrop chimney
  snowdropchimney@nhs.net".

The word as a word stays: "the dog not seen since", "spoke to school", "mum/dad", "bike chairing"
(none of the trade's words, relatives, agencies or closed-class words fill a slot).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from redaction.name_doc import CLOSED_POS, TokenView, joined
from redaction.name_headlines import trade_words

_WORD = r"[^\W\d_][\w'’-]*"
# A cue that a list of the people met follows, then a colon or a dash (or nothing after a verb).
_LIST_CUE = re.compile(r"(?i)(?<![\w'])(?:(?:ppl|people|persons|who(?:'s|’s)?)[ \t]+(?:there|present|seen|met)[ \t]*[:\-–]"
                       r"|(?:spoke|spoken|talked|chatted|met)[ \t]+(?:to|with|w/)[ \t]*[:\-–]?"
                       r"|(?:met|saw)[ \t]*[:\-–])[ \t]*")
_ITEM_SEPARATORS = {",", "&", "+", "and", "/"}
# A pair of people split by a slash, closing its line: "aldane lendor/chikondi nyirenda".
_SLASH_PAIR = re.compile(rf"(?<![\w/])({_WORD}[ \t]+{_WORD})[ \t]*/[ \t]*({_WORD}[ \t]+{_WORD})[ \t]*$", re.M)
# What only a person does, after the words opening a clause.
_PERSON_DOES = (r"[ \t]+(?:chairing|chaired|not[ \t]+seen(?:[ \t]+since)?|missing[ \t]+since"
                r"|(?:to[ \t]+)?(?:ring|call|phone|text|email)[ \t]+(?:mrs?|ms|miss|dr)\.?[ \t])")
_CLAUSE_OPENING = re.compile(rf"(?:^|[,;:(]|[.!?][ \t]|[ \t][/|\-–][ \t])[ \t]*(?:[-*•>·▪◦]+[ \t]*)?"
                             rf"({_WORD}(?:[ \t]+{_WORD})?)(?={_PERSON_DOES})", re.M | re.I)
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")


def people(d: TokenView, text: str) -> set[int]:
    """Tokens of the people in the slots above."""
    return _lists(d, text) | _slash_pairs(d, text) | _doers(d, text) | _mailed(d, text)


def _fills(d: TokenView, i: int) -> bool:
    """A word that may be (part of) a name here: no relative, agency, date, title or closed word."""
    low = d.low(i)
    return (0 <= i < len(d.doc) and d.doc[i].is_alpha and d.candidate(i) and d.doc[i].pos_ not in CLOSED_POS
            and low not in d.lex.relations and low not in d.lex.not_names and low not in d.lex.calendar
            and low not in d.lex.family_heads and low not in trade_words() and low not in _roles()
            and low.rstrip(".") not in d.lex.titles and not d.lex.weak(d.text(i)))


@functools.cache
def _roles() -> frozenset[str]:
    """Words that make an item a role or an agency, not a person ("practice supervisor")."""
    return frozenset("""supervisor manager worker practitioner officer nurse teacher head senco advisor adviser
    coordinator co-ordinator lead chair practice team service services school college nursery gp police camhs
    housing health visitor midwife solicitor iro panel agency staff office admin reception duty everyone all
    both them him her us family""".split())


def _span_tokens(d: TokenView, start: int, end: int) -> list[int]:
    return [t.i for t in d.doc.char_span(start, end, alignment_mode="expand") or []]


def _lists(d: TokenView, text: str) -> set[int]:
    """Items of a list of the people met: up to three words each, a title perhaps first."""
    found: set[int] = set()
    for m in _LIST_CUE.finditer(text):
        k = bisect_left(d.starts, m.end())
        while k < len(d.doc):
            if d.low(k).rstrip(".") in d.lex.titles:
                k += 1
            item = []
            while k < len(d.doc) and len(item) < 3 and _fills(d, k) and (not item or joined(d, item[-1], k)):
                item.append(k)
                k += 1
            ends = k >= len(d.doc) or d.text(k) in _ITEM_SEPARATORS or d.text(k) in {".", ";", ")", "\n"} or (
                "\n" in d.doc[k].text or d.doc[k].like_email)
            if not item or not ends or not _person_item(d, item, m.group()):
                break
            found.update(item)
            if k >= len(d.doc) or d.text(k) not in _ITEM_SEPARATORS:
                break
            k += 1
    return found


def _person_item(d: TokenView, item: list[int], cue: str) -> bool:
    """After "spoke to" (where a thing may follow) one word of the item must be a name or no
    English word; after "ppl there:" any word will do."""
    if re.match(r"(?i)ppl|people|persons|who", cue):
        return True
    return any(d.lex.first_name(d.text(i)) or d.lex.surname(d.text(i)) or not d.lex.common(d.text(i))
               or d.capitalised(i) for i in item)


def _slash_pairs(d: TokenView, text: str) -> set[int]:
    """Both halves of "aldane lendor/chikondi nyirenda" closing a line, when a word of it is a name."""
    found: set[int] = set()
    for m in _SLASH_PAIR.finditer(text):
        tokens = _span_tokens(d, m.start(1), m.end(1)) + _span_tokens(d, m.start(2), m.end(2))
        words = [i for i in tokens if d.doc[i].is_alpha]
        if len(words) == 4 and all(_fills(d, i) for i in words) and any(
                d.lex.first_name(d.text(i)) or d.lex.surname(d.text(i)) or not d.lex.common(d.text(i)) for i in words):
            found.update(words)
    return found


def _doers(d: TokenView, text: str) -> set[int]:
    """The one or two words opening a clause before "chairing", "not seen since", "ring mrs ..."."""
    found: set[int] = set()
    for m in _CLAUSE_OPENING.finditer(text):
        words = [i for i in _span_tokens(d, m.start(1), m.end(1)) if d.doc[i].is_alpha]
        if not words or not all(_fills(d, i) for i in words):
            continue
        # One word alone must be a name or no English word; two read as a whole name.
        if len(words) == 1 and not (d.lex.first_name(d.text(words[0])) or not d.lex.common(d.text(words[0]))
                                    or d.capitalised(words[0])):
            continue
        found.update(words)
    return found


def _mailed(d: TokenView, text: str) -> set[int]:
    """The words just before an e-mail address whose local part spells each of them."""
    found: set[int] = set()
    for m in _EMAIL.finditer(text):
        local = re.sub(r"[\W\d_]", "", m.group(1)).casefold()
        k = bisect_left(d.starts, m.start()) - 1
        while k >= 0 and len(d.low(k)) >= 3 and d.low(k) in local and _fills(d, k) and (
                d.starts[k] + len(d.doc[k].text) < m.start()):
            found.add(k)
            k -= 1
    return found
