"""Whose words are quoted: quotes in marks and transcript lines, attributed to the child or an adult.

A quote is the child's unless its attribution names an adult ("mum said", "Mrs Khan told me",
"SW:"), a name the text ties to an adult ("mum Sarah", "Sarah (mum)"), or a pronoun whose
nearest earlier person is an adult. Brothers and sisters count as children: their words matter
to the record as much.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from eval.checks import text as T
from eval.checks.base import data, wordlist

_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?([A-Za-z][\w' .-]{0,30}?)\s*(?:\(\w+\))?\s*[:：]\s+(\S.*)$")
_PRONOUNS = {"he", "she", "they"}


def quotes(text: str) -> list[T.Quote]:
    """Every quote in a text (marks and transcript lines) with who spoke it."""
    people = _people(text)
    out = [T.Quote(s, e, text[s:e], _speaker(text, s, e, people)) for s, e in T.quoted(text)]
    labelled = [(line, label) for line in T.lines(text) if (label := _LABEL.match(line.text))]
    transcript = sum(_label_speaker(label.group(1), people) == "adult" for _, label in labelled) >= 2
    counts = Counter(label.group(1).lower() for _, label in labelled)
    for line, label in labelled:  # transcript lines "AISHA: ..." whose speaker is a person
        if T.quoted(line.text) or _header(label.group(2)):
            continue
        speaker = _label_speaker(label.group(1), people, transcript and counts[label.group(1).lower()] > 1)
        if speaker:
            start = line.start + label.start(2)
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
    tail = r"(?:\s+(?:me|us|her|him|them|that|it this way|it like this|this))?[\s:,–—-]*$"
    for pattern, where in ((rf"([\w'’-]+(?:\s+[\w'’()-]+)?)\s+(?:{verbs})\b{tail}", before),
                           (rf"\b(?:in|using)\s+((?:[\w'’-]+\s+)?[\w'’-]+?)(?:['’]s)?\s+(?:own\s+)?words{tail}", before),
                           (rf"^[\s,.!?-]*(?:{verbs})\s+([\w'’-]+(?:\s+[\w'’-]+)?)", after),
                           (rf"^[\s,.!?-]*([\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:{verbs})\b", after),
                           (r"([\w'’-]+(?:\s+[\w'’-]+)?)\s*[:–—-]\s*$", before),
                           (rf"([\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:{verbs})\b", before)):
        match = re.search(pattern, where, re.I)
        if match:
            who = _classify(match.group(1), people)
            if who == "pronoun":  # where the pronoun is, for finding who it stands for
                at = start - 1 - len(before) + match.start(1) if where is before else start
                return _by_content(text[start:end]) or _pronoun(text, line_start, at, people)
            return who
    return _by_content(text[start:end]) or "unknown"


def _pronoun(text: str, line_start: int, at: int, people: dict[str, str]) -> str:
    """Who "he said" means. In an adult's transcript line ("Teacher: he told me '...'") it is
    the child being reported; otherwise the nearest person named before."""
    label = re.match(r"^\s*(?:[-*•]\s*)?([^:\n]{1,30}):", text[line_start:at])
    if label and _label_speaker(label.group(1), people) == "adult":
        return "child"
    if _section_at(text, line_start) == "child_voice":  # "He told me" under the child's views
        return "child"
    return _resolve(text[:at], people)


def _section_at(text: str, line_start: int) -> str | None:
    """The record section a line is in: the nearest heading above it that names a section."""
    for line in reversed(text[:line_start].splitlines()):
        if T.is_heading(line) or line.lstrip().startswith(("#", "**")) or T.names_section(line):
            return T.section_key(line)
    return None


def _by_content(quote: str) -> str | None:
    """Whose words these sound like: "my mum", "my school" are a child's; "my son" a parent's."""
    words = T.words(quote)
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:]) if a == "my"}
    if pairs & _phrases("child_speech"):
        return "child"
    if pairs & _phrases("adult_speech"):
        return "adult"
    return None


def _header(content: str) -> bool:
    """A title or list line ("home visit, 13 April", "ms robinson (carer), bernadette"), not speech."""
    dated = re.search(r"\b\d{1,2}(?:[/.]\d{1,2}|\s+[A-Za-z]{3,9}\s+\d{4})", content)
    roles = re.search(r"\(\s*[\w ]{1,25}\)\s*,", content)
    return bool((dated or roles) and not re.search(r"\b(?:I|I'm|me|my|you)\b", content))


def _label_speaker(label: str, people: dict[str, str], transcript: bool = False) -> str | None:
    """Who a transcript label names: an adult word, or a person the text ties to an adult or a
    child; in a transcript (adults speak in labelled lines), another one-word name is the child.
    Other labels ("Date:", "plan goal 1:", "view:") are not speakers."""
    tokens = [w.lower() for w in re.findall(r"[\w'’-]+", label)]
    if not tokens or len(tokens) > 3 or T.section_key(label) or tokens[0] in _words("not_speakers"):
        return None
    if any(t in _words("adults") for t in tokens):
        return "adult"
    known = [people[t] for t in tokens if t in people]
    if known:
        return known[-1]
    if any(t in _words("children") - _PRONOUNS for t in tokens):
        return "child"
    name = len(tokens) == 1 and tokens[0].isalpha() and tokens[0] not in _function_words()
    return "child" if transcript and name else None


def _classify(words: str, people: dict[str, str]) -> str:
    tokens = [w.lower().strip("'’") for w in re.findall(r"[\w'’-]+", words)]
    adults, children = _words("adults"), _words("children")
    if any(t in adults or t.startswith("step-") for t in tokens):
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
    """Names the text ties to an adult ("mum Sarah", "Sarah Jones (mum)", "Mrs Khan") or to a
    child ("Aisha (8)", "saw Aisha", "Aisha said"); the first tie found wins."""
    adults = "|".join(sorted(_words("adults") - {"i", "me", "we", "head", "key", "health"}, key=len, reverse=True))
    name = r"([^\W\d_][\w'’-]*)"
    verbs = "|".join(_speech_verbs())
    found: dict[str, str] = {}
    ties = ((rf"(?i:\b(?:mr|mrs|ms|miss|mx|dr|pc|dc|sgt)\.?)\s+{name}", "adult", False),  # Mrs Khan, mr lau
            (rf"{name}(?:\s+{name})?\s*\(\s*(?i:(?:{adults}))\b", "adult", False),  # Sarah Jones (mum)
            (rf"{name}\s*(?:\(|,\s*)(?:aged?\s*)?\d{{1,2}}\b", "child", False),  # Aisha (8)
            (rf"(?i:\b(?:seen|saw|see|spoke to|spoke with|met|spent time with|time with))\s+{name}", "child", False),
            (rf"(?i:\b(?:{adults}))\s+{name}", "adult", True),  # mum Sarah (capitalised)
            (rf"{name}\s+(?i:(?:{verbs}))\b", "child", False))
    for pattern, who, capitalised in ties:
        for match in re.finditer(pattern, text):
            for word in filter(None, match.groups()):
                if capitalised and not word[0].isupper():
                    continue
                word = re.sub(r"['’]s$", "", word.lower())
                if word not in _words("adults") and word not in _words("children") and word not in _function_words():
                    found.setdefault(word, who)
    return found


def _words(name: str) -> frozenset[str]:
    return wordlist("voice", name)


@functools.cache
def _phrases(name: str) -> frozenset[str]:
    return frozenset(f"my {w}" for w in data("voice")[name])


@functools.cache
def _speech_verbs() -> tuple[str, ...]:
    return tuple(data("voice")["speech"])


@functools.cache
def _function_words() -> frozenset[str]:
    return wordlist("words", "stopwords") | wordlist("words", "glue")
