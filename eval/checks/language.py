"""Language: stigmatising labels, jargon, and opinions stated as fact, from lexicons in data/."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from eval.checks import text as T
from eval.checks.align import content, vectors
from eval.checks.base import Finding, Material, check, data, finding, wordlist

# "described him as", "said she was": the words after it are someone else's, reported.
_REPORTED = re.compile(
    r"\b(?:described|called|labelled|referred to|calls|describes)\s+(?:\w+\s+){0,2}(?:as\s+)?(?:being\s+)?$"
    r"|\b(?:said|says|feels|felt|thinks|thought|told me|worries|worried)\s+(?:that\s+)?(?:\w+\s+){1,3}"
    r"(?:is|was|were|are|had been|has been|can be|could be)\s+(?:being\s+)?(?:very\s+|quite\s+|really\s+|a bit\s+)?$",
    re.I)
# "Dad said Mum came to the door drunk": everything after a verb of saying, in the same sentence,
# is the speaker's account (the lexicon check still flags it when the notes lack the word).
_SAID = re.compile(r"\b(?:said|says|told (?:me|us|her|him|them|the \w+)|reported|reports|alleged|alleges|claimed|claims|"
                   r"disclosed|discloses|explained|explains|shared that|described how|recalled|recalls)\s+"
                   r"(?:that\s+)?[^.;:!?\"“”\n]{0,80}$", re.I)
_COMPLEMENT = re.compile(r"\s+(?:to|of)\s+[^\W\d_][\w'’-]*(?:\s+(?:to|with|about|for|at|on|in|up|round|out))?(?=\W|$)", re.I)
# A phrase with a negation says what is not so ("they are often not carried out"): no label.
_DENIED = re.compile(r"\b(?:not|never|no longer|nothing|none)\b|n't\b|n’t\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no longer|n't)\s+(?:\w+\s+)?(?:being\s+)?$", re.I)


@dataclass(frozen=True)
class Term:
    pattern: re.Pattern
    why: str
    instead: str


@check("language.stigmatising")
def stigmatising(material: Material) -> Iterator[Finding]:
    yield from _listed(material)
    # A lexicon always lags the words people use: a judgement of a person in the writer's voice
    # that no list has ("Dad, a placement wrecker, ...") is found by its shape and meaning.
    for span, said in _judged(_unlisted(material)):
        yield finding("language.stigmatising",
                          f"{said!r}: reads as the writer's judgement of the person, and the notes do not say it.",
                          span=span, evidence=said,
                          suggestion="Instead: describe what the person said or did, and what may lie behind it.",
                          severity="medium")


def phrases(material: Material) -> list[str]:
    """The phrases `stigmatising` will embed for this record (judgements no lexicon lists), so
    that a scorer can embed those of many records in one batch first (`eval/score.py`)."""
    return list(dict.fromkeys(phrase for _, phrase in _unlisted(material).values()))


def _listed(material: Material) -> list[Finding]:
    """The lexicon's findings of stigmatising words, once a review."""
    return material.memo("language.listed", lambda: list(_lexicon(material, "stigmatising", "language.stigmatising")))


def _unlisted(material: Material) -> dict[tuple[int, int], tuple[str, str]]:
    """Judgement-shaped phrases the lexicon did not find (no embedding needed to tell), once a review."""
    spans = tuple(f.span for f in _listed(material) if f.span)
    return material.memo("language.unlisted", lambda: _candidates(material.record, material.notes, spans))


@check("language.jargon")
def jargon(material: Material) -> Iterator[Finding]:
    yield from _lexicon(material, "jargon", "language.jargon")


def _lexicon(material: Material, kind: str, check_id: str) -> Iterator[Finding]:
    record = material.record
    inside = T.quoted(record)
    seen: set[tuple[int, int]] = set()
    for span, term in _matches(record, kind):
        if any(s < span[1] and span[0] < e for s, e in seen):
            continue
        seen.add(span)
        said = record[span[0]:span[1]]
        severity, whose = _context(record, span, inside, material.notes)
        yield finding(check_id, f"{said!r}: {term.why}{whose}.", span=span, evidence=said,
                      suggestion=f"Instead: {term.instead}.", severity=severity)


def _matches(record: str, kind: str) -> Iterator[tuple[tuple[int, int], Term]]:
    """Where the record uses a term of the lexicon: anywhere for a term, and for a word that is a
    label only of a person (`labels`), after "is/was/seems ..." with a person as subject or
    right before a person word."""
    # Matched on a lower-cased copy without re.I (half the time); a text whose lower case changes
    # length ("İ") is matched as it is.
    lower = record.lower()
    same = len(lower) == len(record)
    for term, fast in zip(_terms(kind), _lower_terms(kind), strict=True):
        for match in (fast.finditer(lower) if same else term.pattern.finditer(record)):
            yield match.span(), term
    if kind != "stigmatising":
        return
    said_of, before, entries = _labels()
    for match in said_of.finditer(record):
        if _a_person(match.group("subject")):
            yield match.span("term"), _label_term(match.group("term"), entries)
    for match in before.finditer(record):
        yield match.span("term"), _label_term(match.group("term"), entries)


def _a_person(word: str) -> bool:
    """Whether the subject of "... is weak" is a person: a pronoun, a family or role word, or a
    name (a capitalised word that is not a common word)."""
    lower = word.lower().replace("’", "'")
    if lower in _label_when("subjects") or re.sub(r"'s$", "", lower) in _label_when("subjects"):
        return True
    common = wordlist("words", "stopwords") | wordlist("words", "glue") | wordlist("voice", "not_speakers")
    return word[:1].isupper() and lower not in common and re.sub(r"'s$", "", lower) not in common


def _context(record: str, span: tuple[int, int], inside: list[tuple[int, int]],
             notes: str | None) -> tuple[str | None, str]:
    """Lower the severity when the word is quoted, reported (as the notes have it) or negated,
    and say why."""
    if any(s <= span[0] and span[1] <= e for s, e in inside):
        return "info", " (in a quotation: someone else's words)"
    before = record[max(0, span[0] - 80): span[0]]
    if _NEGATED.search(before):
        return "low", " (negated)"
    if _REPORTED.search(before) or _SAID.search(before):
        if notes and record[span[0]:span[1]].lower() not in notes.lower():
            return None, " (reported as someone's view, but the notes do not have this word)"
        return "low", " (reported as someone else's view)"
    return None, ""


@functools.cache
def _label_when(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in data("language")[f"label_{key}"])


def _alternation(words: frozenset[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _label_term(said: str, entries: tuple[Term, ...]) -> Term:
    """The entry of `labels` whose words these are (the first, as the scan prefers it)."""
    return next((term for term in entries if term.pattern.fullmatch(said)), entries[0])


@functools.cache
def _labels() -> tuple[re.Pattern, re.Pattern, tuple[Term, ...]]:
    """One scan for every word of `labels` said of a person, one for it before a person word, and
    each entry (its words as `pattern`, to tell which entry a match is). One pattern for all the
    entries, not one each: the subject-and-copula part is the costly part of the scan."""
    copulas, more = _alternation(_label_when("copulas")), _alternation(_label_when("intensifiers"))
    persons = _alternation(_label_when("persons"))
    table = data("language")["labels"]
    words = "|".join(f"(?:{entry['term']})" for entry in table)
    # "Mum is (very) needy", "Mum, who is needy", and "Mum, a liar, said".
    said_of = re.compile(rf"(?P<subject>[^\W\d_][\w'’-]*)(?:(?:,?\s+who)?\s+(?:{copulas})|,(?=\s+an?\s))\s+(?:(?:{more})\s+)*"
                         rf"(?P<term>\b(?:{words}))\b(?![-'’])", re.I)
    before = re.compile(rf"(?<![\w-])(?P<term>(?:{words}))\s+(?:{persons})\b", re.I)
    entries = tuple(Term(re.compile(rf"(?:{e['term']})", re.I), e["why"], e["instead"]) for e in table)
    return said_of, before, entries


@functools.cache
def _lower_terms(kind: str) -> tuple[re.Pattern, ...]:
    """Each term's pattern for lower-case text: its letters lower-cased (not an escape's: "\\W"),
    compiled without re.I."""
    def lower(pattern: str) -> str:
        return re.sub(r"\\.|[A-Z]", lambda m: m.group() if m.group()[0] == "\\" else m.group().lower(), pattern)
    return tuple(re.compile(lower(term.pattern.pattern)) for term in _terms(kind))


@functools.cache
def _terms(kind: str) -> tuple[Term, ...]:
    terms = []
    for entry in data("language")[kind]:
        pattern = entry.get("only_when") or entry["term"]
        terms.append(Term(re.compile(rf"\b(?:{pattern})\b", re.I), entry["why"], entry["instead"]))
    return tuple(terms)


@check("language.opinion_as_fact")
def opinion_as_fact(material: Material) -> Iterator[Finding]:
    lexicon = data("opinion")
    for sentence in material.sentences:
        match = _judgements().search(sentence.text)
        if not match or _owned_or_evidenced(sentence.text, lexicon):
            continue
        if any(s <= sentence.start + match.start() < e for s, e in T.quoted(material.record)):
            continue
        yield finding("language.opinion_as_fact", f"A judgement stated as fact: {match.group()!r}.",
                      span=(sentence.start, sentence.end), evidence=sentence.text,
                      suggestion='Own it and give the evidence: "I think ... because ...", '
                                 "or say who holds this view.")


def _owned_or_evidenced(sentence: str, lexicon: dict) -> bool:
    flat = " " + " ".join(T.words(sentence)) + " "
    return any(f" {' '.join(T.words(m))} " in flat for m in lexicon["owned"] + lexicon["evidenced"])


@functools.cache
def _judgements() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(data("opinion")["judgements"]) + r")\b", re.I)


def evaluations(record: str, notes: str | None,
                skip: tuple[tuple[int, int], ...] = ()) -> list[tuple[tuple[int, int], str]]:
    """Judgements of a person in the writer's voice that no lexicon lists: a phrase said of a
    person ("Dad, a X, ...", "Mum, who is X, ...", "she is/comes across as X", "Mum, X as
    usual, ..."), outside quotation marks and reported speech, whose words the notes do not
    use, and whose meaning is closer to labels of data/language.yaml than to neutral
    descriptions. Phrases overlapping a span of `skip` (already found) are not weighed.
    Returns (span, phrase) pairs."""
    return _judged(_candidates(record, notes, skip))


def _candidates(record: str, notes: str | None,
                skip: tuple[tuple[int, int], ...] = ()) -> dict[tuple[int, int], tuple[str, str]]:
    """Each phrase said of a person that `evaluations` weighs: span -> (the phrase, what it
    means bare, with its complement). Found by shape alone: no embedding."""
    known = set(content(notes or ""))
    inside = T.quoted(record)
    found: dict[tuple[int, int], tuple[str, str]] = {}
    for shape in _shapes():
        for match in shape.finditer(record):
            span, said = match.span("x"), match.group("x")
            if (span in found or not _a_person(match.group("subject")) or _DENIED.search(said)
                    or any(s <= span[0] < e for s, e in inside)
                    or _REPORTED.search(record[max(0, match.start() - 80): match.start()])):
                continue
            words = set(content(said)) - _person_stems()
            if words and not words & known and not re.search(r"\d", said):
                # "easy | to talk to", "hard | of hearing": an adjective means what its complement makes it.
                complement = _COMPLEMENT.match(record, span[1])
                found[span] = (said, _bare(said + (complement.group() if complement else "")))
    return {span: pair for span, pair in found.items() if not any(s < span[1] and span[0] < e for s, e in skip)}


def _judged(found: dict[tuple[int, int], tuple[str, str]]) -> list[tuple[tuple[int, int], str]]:
    """The phrases of `_candidates` whose meaning is nearer the labels than the neutral words."""
    if not found:
        return []
    limits = data("language")["judgement"]
    negative, neutral = _seeds()
    top = limits["neighbours"]
    rows = vectors([phrase for _, phrase in found.values()])
    near_bad = np.sort(rows @ negative.T, axis=1)[:, -top:].mean(axis=1)
    near_ok = np.sort(rows @ neutral.T, axis=1)[:, -top:].mean(axis=1)
    return [(span, said) for (span, (said, _)), bad, ok in zip(found.items(), near_bad, near_ok, strict=True)
            if bad - ok >= limits["margin"]]


def _bare(phrase: str) -> str:
    """A phrase without its article and intensifiers: what it says of the person."""
    trailing_tag, leading = _bare_patterns()
    return leading.sub("", trailing_tag.sub("", phrase.strip())).strip()


@functools.cache
def _bare_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A habitual tag ending a phrase; intensifiers and tags starting one."""
    more, tags = _alternation(_label_when("intensifiers")), _alternation(frozenset(data("language")["judgement"]["habitual"]))
    return re.compile(rf"\s+(?:{tags})$", re.I), re.compile(rf"^(?:(?:{more}|{tags})\s+)+", re.I)


@functools.cache
def _shapes() -> tuple[re.Pattern, ...]:
    """Where a phrase is said of a person: after a copula, as an apposition, in a "who is"
    clause, or in a parenthesis marked as habitual ("as usual") or typical."""
    table = data("language")["judgement"]
    copulas, more = _alternation(frozenset(table["copulas"])), _alternation(_label_when("intensifiers"))
    tags = _alternation(frozenset(table["habitual"]))
    stop = _alternation(frozenset(table["phrase_ends"]))
    subject = r"(?P<subject>[^\W\d_][\w'’-]*)"
    # The phrase: up to five words, not starting with a function word or a verb in -ing.
    phrase = (rf"(?P<x>(?:(?:{more})\s+)*(?!(?:{stop}|not|no|never|much|far|less|more|no longer|a lot)\b|[^\W\d_]+ing\b)[^\W\d_][\w'’-]*"
              rf"(?:\s+(?!(?:{stop})\b)[\w'’-]+){{0,4}}?)")
    end = rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:{stop})\b)"
    return (
        re.compile(rf"\b{subject}\s+(?:{copulas})\s+{phrase}{end}", re.I),
        re.compile(rf"\b{subject},\s+(?:who|whom)\s+(?:{copulas})\s+{phrase}{end}", re.I),  # "..., who is X by nature,"
        re.compile(rf"\b{subject}(?:\s+and\s+[^\W\d_][\w'’-]*)?,\s+(?P<x>(?:an?|the)\s+[^,;.()]{{2,40}}?),", re.I),
        re.compile(rf"\b{subject},\s+(?P<x>(?:{tags})\s+[^,;.()]{{2,40}}?),", re.I),
        re.compile(rf"\b{subject},\s+(?P<x>[^,;.()]{{2,40}}?\s+(?:{tags})),", re.I),
    )


@functools.cache
def _person_stems() -> frozenset[str]:
    return frozenset(T.stem(w) for w in _label_when("persons") | _label_when("subjects"))


@functools.cache
def _seeds() -> tuple[np.ndarray, np.ndarray]:
    """Embeddings of the labels this module lists (every plain-word alternative of a label
    pattern) and of the neutral descriptions of data/language.yaml `judgement`."""
    table = data("language")
    negative = set(table["judgement"]["labels"])
    for entry in (e for e in table["labels"] + table["stigmatising"] if e.get("seed", True)):
        negative |= {_bare(alt) for alt in _top_level(entry["term"]) if re.fullmatch(r"[\w' -]+", alt)}
    return vectors(sorted(negative - {""})), vectors(table["judgement"]["neutral"])


def _top_level(pattern: str) -> list[str]:
    """The alternatives of a regular expression at its outer level."""
    out, depth, begin = [], 0, 0
    for i, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            out.append(pattern[begin:i])
            begin = i + 1
    return [*out, pattern[begin:]]
