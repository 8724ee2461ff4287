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
                       r"|taking[ \t]+part(?:[ \t]+in[ \t]+the[ \t]+(?:visit|meeting|call))?[ \t]+(?:were|was|:)"
                       r"|(?:spoke|spoken|talked|chatted|met)[ \t]+(?:to|with|w/)[ \t]*[:\-–]?"
                       r"|(?:met|saw)[ \t]*[:\-–]"
                       r"|in[ \t]+the[ \t]+room(?:[ \t]+(?:at|with)[ \t]+[^\n:]{1,30}?)?[ \t]*:)[ \t]*")
_ITEM_SEPARATORS = {",", "&", "+", "and", "/"}
# A pair of people split by a slash, closing its line: "aldane lendor/chikondi nyirenda".
_SLASH_PAIR = re.compile(rf"(?<![\w/])({_WORD}[ \t]+{_WORD})(?:[ \t]*/|[ \t]+w/)[ \t]*({_WORD}[ \t]+{_WORD})[ \t]*$", re.M)
# A person and who they are, in brackets or after a comma: "tiffin crumpet (nana)", "saddle
# chimney (Bal Maidens Infant School) - ...", "VISIT TO POPPET TROUT, A CHILD IN OUR CARE".
_SCHOOLING = r"[^()\n]{2,60}\b(?:school|academy|college|nursery|playgroup|pre-school|preschool|pru)"
_DESCRIBED = re.compile(rf"(?i)(?:^[ \t]*(?:[-*•>·▪◦✱]+[ \t]*|\d+[.)][ \t]*|[a-z][.)][ \t]+)?|[,;:/][ \t]*|\b(?:to|of|for|with)[ \t]+)"
                        rf"({_WORD}[ \t]+{_WORD})(?:[ \t]*\((?:%s|{_SCHOOLING})[ \t]*\)"
                        rf"|,[ \t]+(?:a|an|the|our)[ \t]+(?:child|young[ \t]+person|boy|girl|baby|toddler|teenager)\b)", re.M)
# What only a person does, after the words opening a clause.
_PERSON_DOES = (r"[ \t]+(?:chairing|chaired|not[ \t]+seen(?:[ \t]+since)?|missing[ \t]+since"
                r"|(?:to[ \t]+)?(?:ring|call|phone|text|email)[ \t]+(?:mrs?|ms|miss|dr)\.?[ \t])")
_CLAUSE_OPENING = re.compile(rf"(?:^|[,;:(]|[.!?][ \t]|[ \t][/|\-–][ \t])[ \t]*(?:[-*•>·▪◦]+[ \t]*)?"
                             rf"({_WORD}(?:[ \t]+{_WORD})?)(?={_PERSON_DOES})", re.M | re.I)
_EMAIL = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")


def people(d: TokenView, text: str) -> set[int]:
    """Tokens of the people in the slots above."""
    return (_lists(d, text) | _slash_pairs(d, text) | _doers(d, text) | _subjects(d, text) | _bracketed(d, text)
            | _towned(d, text) | _mailed(d, text))


def _fills(d: TokenView, i: int) -> bool:
    """A word that may be (part of) a name here: no relative, agency, date, title or closed word."""
    low = d.low(i)
    t = d.doc[i]
    guessed = t.pos_ == "NUM" and not t.like_num  # a tag's guess in capitals: "POPPET" as a number
    return (0 <= i < len(d.doc) and t.is_alpha and d.candidate(i) and (t.pos_ not in CLOSED_POS or guessed)
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
    English word, or "in the room:" two seldom words ("sumac starflower"); after "ppl there:"
    any word will do."""
    if re.match(r"(?i)ppl|people|persons|who|taking", cue) or (re.match(r"(?i)in\b", cue) and _seldom_pair(d, item)):
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


@functools.cache
def _subject_then_verb() -> re.Pattern[str]:
    """Two words opening a line or a bullet, then what only a person does ("granite larder was
    chatty", "poppet hedge has kids mon-wed", "kofi mensah drew a map"): `person_verbs` and the
    speech verbs that need a person in names.yaml."""
    from redaction.lexicon import lexicon

    lex = lexicon()
    verbs = sorted((lex.person_verbs | _SAYING) - {"is", "was", "has", "had", "and", "ok"}, key=len, reverse=True)
    does = ("|".join(map(re.escape, verbs)) + r"|has[ \t]+(?:the[ \t]+)?(?:kids|children)"
            r"|(?:is|was)[ \t]+(?:chatty|upset|quiet|tearful)")
    return re.compile(rf"(?im)^[ \t]*(?:[-*•>·▪◦✱]+[ \t]*|\d+[.)][ \t]*|[a-z][.)][ \t]+)?({_WORD}[ \t]+{_WORD})"
                      rf"[ \t]+(?:{does})(?![\w'’])")


_SAYING = frozenset({"said", "says", "told", "showed", "disclosed", "explained", "shared"})


def _subjects(d: TokenView, text: str) -> set[int]:
    """Both words of a two-word subject before a person's verb, when neither is a frequent word."""
    return _seldom_pairs(d, [m.span(1) for m in _subject_then_verb().finditer(text)])


def _towned(d: TokenView, text: str) -> set[int]:
    """Both words of a two-word person before their town in brackets (a town of the lists, or one
    word that is no English word, not in capitals), opening a line, a bullet or a clause:
    "chervil peppermill (Windermere) - kinship assessment", "borage cloveshaker (coniston) kinship
    assmt started" (not "school run (Kendal)": frequent words)."""
    from redaction.lexicon import address_towns

    towns = address_towns()
    return _seldom_pairs(d, [m.span(1) for m in _TOWNED.finditer(text) if m.group(2).casefold() in towns
                             or (not m.group(2).isupper() and " " not in m.group(2) and not d.lex.common(m.group(2)))])


_TOWNED = re.compile(rf"(?:^[ \t]*(?:[-*•>·▪◦✱]+[ \t]*)?|[.,;:/][ \t]+)({_WORD}[ \t]+{_WORD})"
                     r"[ \t]*\([ \t]*([^()\n]*?[^\W\d_])[ \t]*\)", re.M)


def _seldom_pairs(d: TokenView, spans: list[tuple[int, int]]) -> set[int]:
    """The words of each span that is a `_seldom_pair`."""
    found: set[int] = set()
    for start, end in spans:
        words = [i for i in _span_tokens(d, start, end) if d.doc[i].is_alpha]
        if _seldom_pair(d, words):
            found.update(words)
    return found


def _seldom_pair(d: TokenView, words: list[int]) -> bool:
    """Two words that may fill a name, written alike, each infrequent (Zipf < 4.0) or no dictionary word."""
    from wordfreq import zipf_frequency

    return (len(words) == 2 and all(_fills(d, i) for i in words) and _alike(d, *words)
            and all(zipf_frequency(d.low(i), "en") < 4.0 or not d.lex.common(d.text(i)) for i in words))


def _alike(d: TokenView, a: int, b: int) -> bool:
    """Both in lower case, or neither: a name is written alike."""
    return d.text(a).islower() == d.text(b).islower()


@functools.cache
def _described() -> re.Pattern[str]:
    from redaction.lexicon import lexicon

    relations = "|".join(sorted(map(re.escape, lexicon().relations), key=len, reverse=True))
    return re.compile(_DESCRIBED.pattern % relations, _DESCRIBED.flags)


def _bracketed(d: TokenView, text: str) -> set[int]:
    """Two words written alike before who they are: "(nana)", "(Glass Cone School)", ", a child"."""
    found: set[int] = set()
    for m in _described().finditer(text):
        words = [i for i in _span_tokens(d, m.start(1), m.end(1)) if d.doc[i].is_alpha]
        if len(words) == 2 and all(_fills(d, i) for i in words) and _alike(d, *words):
            found.update(words)
    return found


def _mailed(d: TokenView, text: str) -> set[int]:
    """The words before an e-mail address, on its line, that its local part spells: right before
    it ("ms snowdrop chimney snowdropchimney@", "GRANITE THIMBLE (thimble.granite@"), or a whole
    name a few words back ("charity blanket mob. 07718 296292 blanket_charity37@", "verity
    windows missing team v.windows@": an initial and a surname)."""
    found: set[int] = set()
    for m in _EMAIL.finditer(text):
        local = re.sub(r"[\W\d_]", "", m.group(1)).casefold()
        line_start = text.rfind("\n", 0, m.start()) + 1
        k = bisect_left(d.starts, m.start()) - 1
        while k >= 0 and d.text(k) in {"(", "<", "[", "-", ":", "–"}:
            k -= 1  # "GRANITE THIMBLE (thimble.granite@...)"
        near = True
        for _ in range(10):
            if k < 0 or d.starts[k] < line_start:
                break
            run = []
            while k >= 0 and d.starts[k] >= line_start and len(d.low(k)) >= 3 and d.low(k) in local and _fills(d, k):
                run.append(k)
                k -= 1
            initial = (len(run) == 1 and k >= 0 and _fills(d, k) and local.startswith(d.low(k)[:1])
                       and local.endswith(d.low(run[0])) and d.starts[k] >= line_start)
            if initial:
                run.append(k)
            if len(run) >= 2 or (run and near):
                found.update(run)
                break
            near = False
            k -= 1
    return found
