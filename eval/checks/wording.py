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


# Quotation marks that text.quoted does not read: two apostrophes typed for a double mark
# (''I like it''), low-high German and Polish marks („...“, ‚...‘), single guillemets (‹...›) and
# guillemets pointing inwards, as German, Danish and Czech print them (»...«, ›...‹): opening after a
# space, closing after a word, so never the words between two French ones («a». Mum: «b»); and
# guillemets typed as two angle brackets (<<...>>), as a phone or a plain-text form leaves them.
_MORE = re.compile(r"(?<![\w'’‘])(?:''|‘‘|’’)(?=[^\s'’])([^\n]{2,}?)(?<=[^\s'‘])(?:''|’’)(?![\w'’])"
                   r"|„([^“”\n]{2,}?)[“”]|‹([^›\n]{2,}?)›|(?<![\w'’])‚([^‚‘’\n]{2,}?)[‘’](?![A-Za-z])"
                   r"|(?:^|(?<=[\s(\[:>-]))»(?=\S)([^«»\n]{2,}?)(?<=\S)«(?!\w)"
                   r"|(?:^|(?<=[\s(\[:>-]))›(?=\S)([^‹›\n]{2,}?)(?<=\S)‹(?!\w)"
                   r"|(?<![<\w])<<[ \t]*(?=[^\s<>])([^<>\n]{2,}?)(?<=\S)[ \t]*>>(?!>)")
_GROUPS = range(1, 8)


def marks(text: str) -> list[tuple[int, int]]:
    """Spans of the words inside quotation marks, the marks text.quoted reads and those it does not."""
    more = [(m.start(g), m.end(g)) for m in _MORE.finditer(text) for g in _GROUPS if m.group(g) is not None]
    if not more:
        return T.quoted(text)
    return sorted(more + [(s, e) for s, e in T.quoted(text) if not any(a - 2 <= e and s <= b + 2 for a, b in more)])


# Words put together from a symbol board's or an app's symbols: "want - park - swing", "me / hungry".
SYMBOLS = re.compile(r"[\w'’]+(?:[ \t][\w'’]+){0,3}(?:[ \t]+[-–/+>|][ \t]+[\w'’]+(?:[ \t][\w'’]+){0,3}){1,8}")


@functools.cache
def TEXT_SPEAK() -> re.Pattern:
    """A chat word of data/voice.yaml `text_speak` after a space, where it may open someone's words."""
    words = "|".join(sorted(voice_words("text_speak"), key=len, reverse=True))
    return re.compile(rf"(?<=\s)(?i:{words})\b")


def text_speak(words: str) -> bool:
    """Whether words are written as young people text ("ngl", "tbh", "deffo"): direct speech."""
    return not voice_words("text_speak").isdisjoint(_LOWER.findall(words.lower()))


_LOWER = re.compile(r"[a-z]+")
