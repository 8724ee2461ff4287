"""Whose words are quoted: quotes in marks and transcript lines, attributed to the child or an adult.

A quote is the child's unless its attribution names an adult ("mum said", "Mrs Khan told me",
"SW:"), a name the text ties to an adult ("mum Sarah", "Sarah (mum)"), or a pronoun whose
nearest earlier person is an adult. Brothers and sisters count as children: their words matter
to the record as much.
"""

from __future__ import annotations

import functools
import re

from eval.checks import text as T
from eval.checks.base import data

_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?([A-Za-z][\w' .-]{0,30}?)\s*(?:\(\w+\))?\s*[:：]\s+(\S.*)$")
_PRONOUNS = {"he", "she", "they"}


def quotes(text: str) -> list[T.Quote]:
    """Every quote in a text (marks and transcript lines) with who spoke it."""
    people = _people(text)
    out = [T.Quote(s, e, text[s:e], _speaker(text, s, e, people)) for s, e in T.quoted(text)]
    for line in T.lines(text):
        label = _LABEL.match(line.text)
        if not label or T.section_key(label.group(1)) or T.quoted(line.text):
            continue
        start = line.start + label.start(2)
        speaker = _classify(label.group(1), people)
        out.append(T.Quote(start, line.end, text[start:line.end], speaker))
    return sorted(out, key=lambda q: q.start)


def child_quotes(text: str) -> list[T.Quote]:
    """The quotes spoken by the child (or another child), long enough to matter."""
    least = data("voice")["min_quote_words"]
    return [q for q in quotes(text) if q.speaker == "child" and len(T.words(q.text)) >= least]


def _speaker(text: str, start: int, end: int, people: dict[str, str]) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) if text.find("\n", end) >= 0 else len(text)
    window = data("voice")["window"]
    before = text[max(line_start, start - window): max(start - 1, line_start)]
    before = re.split(r"[.!?][\"”’']?\s|[\"”’]", before)[-1]  # this sentence, after any other quote
    after = text[end + 1: min(line_end, end + 1 + window)]
    after = re.split(r"[.!?]\s|[\"“‘]", after)[0]
    verbs = "|".join(_speech_verbs())
    for pattern, where in ((rf"([\w'’-]+(?:\s+[\w'’()-]+)?)\s+(?:{verbs})\b(?:\s+(?:me|us|her|him|them|that))?[\s:,-]*$", before),
                           (rf"^[\s,.!?-]*(?:{verbs})\s+([\w'’-]+(?:\s+[\w'’-]+)?)", after),
                           (rf"^[\s,.!?-]*([\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:{verbs})\b", after),
                           (r"([\w'’-]+(?:\s+[\w'’-]+)?)\s*[:–—-]\s*$", before),
                           (rf"([\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:{verbs})\b", before)):
        match = re.search(pattern, where, re.I)
        if match:
            who = _classify(match.group(1), people)
            if who == "pronoun":
                return _resolve(text[:start - len(before) - 1], people)
            return who
    return "unknown"


def _classify(words: str, people: dict[str, str]) -> str:
    tokens = [w.lower().strip("'’") for w in re.findall(r"[\w'’-]+", words)]
    adults, children = _words("adults"), _words("children")
    if any(t in adults or t.split("-")[0] in ("step",) for t in tokens):
        return "adult"
    for token in reversed(tokens):
        if token in people:
            return people[token]
    if tokens and tokens[-1] in _PRONOUNS:
        return "pronoun"
    if any(t in children for t in tokens):
        return "child"
    return "child" if tokens else "unknown"


def _resolve(before: str, people: dict[str, str]) -> str:
    """Who "he/she/they" is: the nearest earlier person named (the writer "I" never is)."""
    adults, children = _words("adults") - {"i", "me", "we"}, _words("children") - _PRONOUNS - {"him", "her", "them", "his", "hers", "their"}
    for token in reversed(T.words(before[-400:])):
        if token in adults:
            return "adult"
        if people.get(token) == "adult":
            return "adult"
        if token in children or people.get(token) == "child":
            return "child"
    return "child"


def _people(text: str) -> dict[str, str]:
    """Names the text ties to an adult ("mum Sarah", "Sarah (mum)", "Mrs Khan") or a child."""
    adults = "|".join(sorted(_words("adults") - {"i", "me", "we", "head", "key", "health"}, key=len, reverse=True))
    found: dict[str, str] = {}
    name = r"([A-Za-z][a-z'’-]+)"
    for pattern in (rf"\b(?:{adults})\b[,:]?\s+{name}", rf"{name}\s*[(,]\s*(?:{adults})\b"):
        for match in re.finditer(pattern, text, re.I):
            word = match.group(1).lower()
            if word not in _words("adults") and word not in _words("children") and word not in _function_words():
                found.setdefault(word, "adult")
    verbs = "|".join(_speech_verbs())
    for pattern in (rf"{name}\s*(?:\(|,\s*)(?:aged?\s*)?\d{{1,2}}\b",  # Aisha (8)
                    rf"\b(?:seen|saw|see|spoke to|spoke with|met)\s+{name}",
                    rf"^\s*(?:[-*•]\s*)?{name}\s*[:：]",  # a transcript speaker
                    rf"{name}\s+(?:{verbs})\b"):
        for match in re.finditer(pattern, text, re.I | re.M):
            word = match.group(1).lower()
            if word not in _words("adults") and word not in _words("children") and word not in _function_words():
                found.setdefault(word, "child")
    return found


@functools.cache
def _words(name: str) -> frozenset[str]:
    return frozenset(data("voice")[name])


@functools.cache
def _speech_verbs() -> tuple[str, ...]:
    return tuple(data("voice")["speech"])


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(data("words")["stopwords"]) | frozenset(data("words")["glue"])
