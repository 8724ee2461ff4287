"""How words look when they are someone's own, whatever their spelling: inside quotation marks (of
any print's style), speaking as "I" or "you", written as young people text ("ngl", "deffo"), put
together from a symbol board's symbols ("want - park - swing"); and the writer's own looking at the
end of a line ("wrists clear when I saw"), whose "I" is no one else's voice (used by speech.py and
quotes.py).
"""

from __future__ import annotations

import functools
import re

from eval.checks import text as T
from eval.checks.base import data
from eval.checks.people import voice_words

FIRST_PERSON = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|i'll|i’ll|i'd|i’d|im|ive|me|my|mine|myself|we|we're|we’re|"
                          r"us|our|ours|you|your|you're|you’re|ya|yer)\b", re.I)
# The writer's own looking, closing a line of notes about the child: "wrists clear when I saw", "no
# bruising as far as I could see", "calm once we arrived". Only with no object: "... when I saw her" may
# be the child's. Its "I" is the writer's, not the child's voice.
WRITER_SAW = re.compile(r"\b(?:when|as|while|once|after|before|whenever|each\s+time|(?:as\s+)?far\s+as)\s+(?:I|we)\s+"
                        r"(?:could\s+|did\s+|have\s+|had\s+)?(?:saw|see|seen|checked|check|looked|look|visited|arrived|left|"
                        r"observed|asked|called|rang|came|went|got\s+there|was\s+there|were\s+there)"
                        r"(?:\s+(?:today|earlier|this\s+time|last\s+time|in|round|out|there))?\s*[.!]?\s*$", re.I)


def speaks_as_i(words: str) -> bool:
    """Whether words speak as "I", "my" or "we", leaving out the writer's looking at their end."""
    return bool(FIRST_PERSON.search(WRITER_SAW.sub("", words)))


THIRD_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their|he's|she's|they're)\b", re.I)


@functools.cache
def _MARKS() -> re.Pattern:
    """The quotation marks of data/voice.yaml `quote_marks`, one group each for the words inside:
    an opening mark after no letter or digit (nor another of its marks), a closing one before
    none; the words hug the marks unless the marks are `spaced`; the words never hold a closing
    mark of one character (but an apostrophe: "don’t") nor a mark of its `bars`, so two quotes on a line stay two."""
    parts = []
    for mark in data("voice")["quote_marks"]:
        edge = re.escape("".join(sorted(set(mark["open"] + "".join(mark["close"])))))
        closing = "".join(c for c in mark["close"] if len(c) == 1 and c not in "'’") + mark.get("bars", "")  # words hold apostrophes
        body = rf"[^\n{re.escape(closing)}]" if closing else r"[^\n]"
        pad = r"[ \t]*" if mark.get("spaced") else ""
        closes = "|".join(map(re.escape, mark["close"]))
        parts.append(rf"(?<![\w{edge}]){re.escape(mark['open'])}{pad}(?=[^\s{edge}])({body}{{2,}}?)(?<=[^\s{edge}])"
                     rf"{pad}(?:{closes})(?![\w{edge}])")
    return re.compile("|".join(parts))


@functools.cache
def MARK_CHARACTERS() -> str:
    """Every character of every quotation mark, for stripping the marks off the words around a quote."""
    table = data("voice")["quote_marks"]
    return "".join(sorted(set("\"“”«»'‘’" + "".join(m["open"] + "".join(m["close"]) for m in table))))


def marks(text: str) -> list[tuple[int, int]]:
    """Spans of the words inside quotation marks, the marks text.quoted reads and those of the
    table (which win where both read a span), without the spaces inside the marks."""
    more = [m.span(g) for m in _MARKS().finditer(text) for g in range(1, len(m.groups()) + 1) if m.group(g) is not None]
    spans = more + [(s, e) for s, e in T.quoted(text) if not any(a - 2 <= e and s <= b + 2 for a, b in more)]
    return sorted(_trimmed(text, s, e) for s, e in spans)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces at its ends (« I want to go home »)."""
    words = text[start:end]
    return start + len(words) - len(words.lstrip()), end - len(words) + len(words.rstrip())


# Words put together from a symbol board's or an app's symbols: "want - park - swing", "me / hungry".
SYMBOLS = re.compile(r"[\w'’]+(?:[ \t][\w'’]+){0,3}(?:[ \t]+[-–/+>|][ \t]+[\w'’]+(?:[ \t][\w'’]+){0,3}){1,8}")


@functools.cache
def TEXT_SPEAK() -> re.Pattern:
    """A chat word of data/voice.yaml `text_speak` after a space, where it may open someone's words."""
    words = "|".join(sorted(map(re.escape, _own_talk()), key=len, reverse=True))
    return re.compile(rf"(?<=\s)(?i:{words})\b")


def text_speak(words: str) -> bool:
    """Whether words are written as young people text or talk ("ngl", "tbh", "deffo", "innit", "well
    better"): direct speech."""
    tokens = _LOWER.findall(words.lower())
    if not _own_talk().isdisjoint(tokens):
        return True
    return len(tokens) > 1 and bool(_YOUTH_PHRASES().search(words))


@functools.cache
def _own_talk() -> frozenset[str]:
    """Chat words, dialect words and a young child's words: a child's own talk, whoever writes it down."""
    return voice_words("text_speak") | voice_words("dialect") | voice_words("early_speech")


@functools.cache
def _YOUTH_PHRASES() -> re.Pattern:
    """The two-word phrases of young people's talk, their words next to each other ("well, better" is not one)."""
    phrases = sorted(data("voice")["youth_phrases"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"[ \t]+".join(map(re.escape, p.split())) for p in phrases) + r")\b", re.I)


_LOWER = re.compile(r"[a-z]+")
