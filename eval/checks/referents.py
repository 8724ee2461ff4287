"""Who a pronoun in an attribution stands for, and whose words a quote sounds like (used by
speakers.py and speech.py).

"He said" is read the way a person reads it: in an adult's transcript turn or under the child's
views it is the child being reported; otherwise the nearest person named before it whom the
pronoun can stand for ("she" is not Dad; the writer "I" never is). With no attribution at all, the
words themselves may tell: "my mum" is a child's, "my son" a parent's.
"""

from __future__ import annotations

import re

from eval.checks import text as T
from eval.checks.people import PRONOUNS, phrases, voice_words
from eval.checks.transcripts import TRANSCRIPT_LINE, label_speaker, turn_at

# A heading over the child's own words that the sections table does not know.
_CHILD_HEADING = re.compile(r"\b(?:child|children|young\s+person|yp|cyp)(?:['’]s)?\b.{0,20}\b(?:words|voice|views?|"
                            r"wishes|feelings|said|says)\b|\bvoice\s+of\s+the\s+(?:child|young\s+person)", re.I)


def pronoun_speaker(text: str, line_start: int, at: int, people: dict[str, str], formula: bool = False) -> str:
    """Who "he said" means. In an adult's transcript turn ("Teacher: he told me '...'", "SW said: he told me", or the
    words under "Worker  3:02") it is the child being reported; under the child's views too.
    Otherwise the nearest person named before whom the pronoun can stand for ("she" is not Dad).
    A recording `formula` ("In her own words, ...", "He said it word for word") marks the child's
    words: with no one named earlier in its sentence, it is the child's."""
    label = TRANSCRIPT_LINE.match(text[line_start:at] + " -")
    turn = turn_at(text, at)
    said = _SAID_LABEL.match(text, line_start, at)  # "SW (allocated) said: I wrote it down as he said it: '...'"
    said = said if said and not _NAMED_ADULT.search(text, said.end(), at) else None  # not "SW said: Mr Li told me he ..."
    if any(lab and label_speaker(lab, people) == "adult" for lab in (label and label.group(1), turn and turn.label,
                                                                     said and said.group(1))):
        return "child"
    if section_at(text, line_start) == "child_voice":  # "He told me" under the child's views
        return "child"
    return _resolve(text[:at], people, text[at:at + 5], formula)


# A speaker's label with its speech verb, as minutes give each turn: "SW (allocated) said: ...", "TM asked: ...".
_SAID_LABEL = re.compile(r"[ \t]*([^\W\d_][\w' .-]{0,30}?)[ \t]*(?:\([^()\n]{1,25}\))?[ \t]+"
                         r"(?:said|says|asked|added|replied|explained)[ \t]*[:：]", re.I)

_NAMED_ADULT = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|mum|dad|nan|gran|teacher|carer)\b", re.I)


def section_at(text: str, line_start: int) -> str | None:
    """The record section a line is in: the nearest heading above it that names a section
    ("IN THE CHILD'S OWN WORDS:" is the child's views)."""
    for line in reversed(text[:line_start].splitlines()):
        if T.is_heading(line) or line.lstrip().startswith(("#", "**")) or T.names_section(line):
            return T.section_key(line) or ("child_voice" if _CHILD_HEADING.search(line) else None)
    return None


def _resolve(before: str, people: dict[str, str], pronoun: str = "", formula: bool = False) -> str:
    """Who "he/she/they" is: the nearest earlier person named whom the pronoun can stand for
    (the writer "I" never is; "she" is not Dad; "to chair" is no chairperson). In a `formula`
    whose sentence names no one before it, the child."""
    adults, children = voice_words("adults") - {"i", "me", "we"}, voice_words("children") - PRONOUNS - {"him", "her", "them", "his", "hers", "their"}
    gender = _gender(re.match(r"\W*(\w*)", pronoun).group(1).lower())
    sentence = len(re.split(r"[.!?;]\s|\n", before)[-1])  # notes' items end at ";" as sentences do
    tokens = list(re.finditer(r"[\w'’-]+", before[-400:]))
    offset = len(before) - len(before[-400:])
    for i in reversed(range(len(tokens))):
        token = re.sub(r"['’]s$", "", tokens[i].group().lower())
        if formula and offset + tokens[i].start() < len(before) - sentence:
            return "child"
        previous = tokens[i - 1].group().lower() if i else ""
        kind = "adult" if token in adults or people.get(token) == "adult" else (
            "child" if token in children or people.get(token) == "child" else None)
        if kind is None or (previous in _INFINITIVE and token in voice_words("role_verbs")):
            continue
        if gender and _gender(token) not in (None, gender) or gender and _gender(previous) not in (None, gender):
            continue  # "she" after "Mr Kaye" or "Dad" stands for someone else
        return kind
    return "child"


_INFINITIVE = {"to", "will", "would", "can", "could", "shall", "should", "may", "might"}


def _gender(word: str) -> str | None:
    return "m" if word in voice_words("male") else "f" if word in voice_words("female") else None


def speaker_by_content(quote: str) -> str | None:
    """Whose words these sound like: "my mum", "my school" are a child's; "my son" a parent's. A
    child says "my" as they speak at home: "me mam", "ma gran", "our kid" (a brother or sister)."""
    words = T.words(quote)
    own = voice_words("possessives")
    pairs = {f"my {b}" for a, b in zip(words, words[1:]) if a in own}
    if pairs & phrases("child_speech") or {f"{a} {b}" for a, b in zip(words, words[1:])} & voice_words("child_sayings"):
        return "child"
    if pairs & phrases("adult_speech"):
        return "adult"
    return None
