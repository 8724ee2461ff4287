"""A spaCy doc as the name rules see it: each token's casing, part of speech and closeness to
its neighbours, computed once (`TokenView`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from redaction.lexicon import Lexicon

FUNCTION_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "PART", "NUM", "INTJ", "ADJ"}
CLOSED_POS = {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "NUM", "SYM"}
BULLETS = "-–—*•>"
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "every", "each",
               "her", "his", "their", "my", "our", "your", "its", "much", "more", "less", "little"}
PARTICLES = {"da", "de", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "bin",
             "bint", "ibn", "al", "el", "la", "le", "mac", "ap", "abu", "ben", "st",
             # Irish surnames' particles in their Irish spellings: "Ciarán Ó Dálaigh", "Síle Ní Bhriain".
             "ó", "ní", "nic", "uí", "mhic", "mag"}
# Particles no English sentence uses, so one before a found surname is the name's own even with
# no title or first name before it: "has her as Ó NÉILL, Clodagh".
OWN_PARTICLES = {"ó", "ní", "nic", "uí", "mhic"}


class Tokens:
    """A spaCy doc whose tokens are made once: `doc[i]` and `for t in doc` build a new Token
    object on every call, and the name rules ask for tokens a few thousand times a note.
    Everything else (slices, `char_span`, `sents`, `ents`) is the doc's own."""

    def __init__(self, doc) -> None:
        self._doc = doc
        self._tokens = list(doc)

    def __getitem__(self, i):
        return self._tokens[i] if isinstance(i, int) else self._doc[i]

    def __len__(self) -> int:
        return len(self._tokens)

    def __iter__(self):
        return iter(self._tokens)

    def __getattr__(self, name: str):
        return getattr(self._doc, name)


@dataclass
class TokenView:
    """A spaCy doc with what the rules ask of each token, computed once."""

    doc: object
    mixed: list[bool]  # the token's line has both cases, so capitals carry meaning
    lex: Lexicon
    source: str  # the text (doc.text rebuilds it on every call)
    sent_starts: frozenset[int] = frozenset()  # (token.is_sent_start scans the whole doc each call)

    def __post_init__(self) -> None:
        if not isinstance(self.doc, Tokens):
            self.doc = Tokens(self.doc)
        self._texts = [t.text.lstrip(BULLETS) for t in self.doc]
        self._lows = [w.casefold() for w in self._texts]
        self.starts = [t.idx for t in self.doc]  # each token's offset, for bisecting a match to its token

    def text(self, i: int) -> str:
        """The token without bullet punctuation glued to its front ("-Tuan" -> "Tuan")."""
        return self._texts[i] if 0 <= i < len(self._texts) else ""

    def start(self, i: int) -> int:
        t = self.doc[i]
        return t.idx + len(t.text) - len(t.text.lstrip(BULLETS))

    def caps_line(self, i: int) -> bool:
        """In a line of capitals, where part-of-speech tags are guesses."""
        return not self.mixed[i] and self.text(i).isupper()

    def low(self, i: int) -> str:
        return self._lows[i] if 0 <= i < len(self._lows) else ""

    def capitalised(self, i: int) -> bool:
        return self.mixed[i] and self.text(i)[:1].isupper()

    def candidate(self, i: int) -> bool:
        t, word = self.doc[i], self.text(i)
        if self.lex.never_a_name(word):
            return False
        # After a title even a closed-class word is a name ("Ms do"), unless a verb it helps
        # follows ("the nurse will do it").
        title = self.low(i - 1).rstrip(".") if i > 0 else ""
        titled = (title in self.lex.titles and title not in self.lex.title_nouns and not (
            i + 1 < len(self.doc) and (self.doc[i + 1].tag_ in {"VB", "VBN", "VBG"} or self.low(i + 1) == "not")))
        # A word tagged as a number that is none ("POPPET" in a line of capitals) is a tag's guess.
        guessed = t.pos_ == "NUM" and t.is_alpha and not t.like_num
        if t.pos_ in CLOSED_POS and not guessed and self.lex.ordinary(word) and not self.capitalised(i) and not titled:
            return False
        if self.text(i).casefold() in self.lex.calendar and (self.doc[max(0, i - 1)].like_num or (
                i + 1 < len(self.doc) and (self.doc[i + 1].like_num or self.doc[i + 1].text[:1].isdigit()))
                or (i >= 2 and self.low(i - 1) == "of" and _ORDINAL.fullmatch(self.low(i - 2))
                    and self.low(i + 1) not in {"'s", "’s"})):  # "the Third of May", not "one of May's"
            return False
        return True

    def plain_word(self, i: int) -> bool:
        """Reads as the ordinary English word here, in lower case: a common word that is not a
        noun ("I hope", "will visit"; a first name only if frequent as written, so not "andrés"),
        or any English word inside a noun phrase ("the brook", "a grace period", "the gas bill")."""
        word = self.text(i)
        if self.capitalised(i) or self.caps_line(i):
            return False
        if self.lex.word_like(word) and self.doc[i].pos_ in FUNCTION_POS:
            return True
        return self.in_noun_phrase(i) and (self.lex.word_like(word) or word.casefold() in self.lex.dictionary)

    def in_noun_phrase(self, i: int) -> bool:
        """After "the", "a", "her", "some", "Nan's"..., perhaps with a modifier between ("the gas
        bill", "a small mark", "the boating lake"): a thing, not a person."""
        def after_determiner(j: int) -> bool:
            prev = self.doc[j - 1] if j > 0 else None
            if prev is None or prev.tag_ in {"WDT", "IN"}:  # "the ornament that Maple painted"
                return False
            return (prev.pos_ in {"DET", "NUM"} or prev.tag_ in {"PRP$", "POS", "WP$"}
                    or self.low(j - 1) in DETERMINERS)

        return after_determiner(i) or (i > 1 and (self.doc[i - 1].pos_ in {"ADJ", "NOUN"}
                                                  or self.doc[i - 1].tag_ in {"VBG", "VBN"})  # "the boating lake"
                                       and self.text(i - 1).islower() and after_determiner(i - 1))


_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)|first|second|third|[a-z]+th")


def mixed_case_tokens(doc, text: str) -> list[bool]:
    """For each token, whether its line has both cases (so capitals carry meaning)."""
    mixed_lines, start = [], 0
    for line in text.split("\n"):
        mixed_lines.append((start + len(line), any(c.islower() for c in line) and any(c.isupper() for c in line)))
        start += len(line) + 1
    out, k = [], 0
    for t in doc:
        while mixed_lines[k][0] < t.idx:
            k += 1
        out.append(mixed_lines[k][1])
    return out


def joined(d: TokenView, a: int, b: int) -> bool:
    ta, tb = d.doc[a], d.doc[b]
    gap = d.source[ta.idx + len(ta.text):tb.idx]
    return gap in {"", " ", "-"} and "\n" not in gap


def joined_tight(d: TokenView, a: int, b: int) -> bool:
    return d.doc[a].idx + len(d.doc[a].text) == d.doc[b].idx


def same_shape(a: str, b: str) -> bool:
    """Written alike: both capitalised, both in capitals, or both lower case."""
    return (a.isupper() == b.isupper()) and (a[:1].isupper() == b[:1].isupper())
