"""Accuracy: sentences the notes do not support, invented risk, flipped negation, missing facts."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from eval.checks import text as T
from eval.checks.align import Support, alignment, content, glue_stems, vectors
from eval.checks.base import Finding, Material, check, data, finding, wordlist

_BOILERPLATE = re.compile(r"^(not (recorded|covered|discussed|known)\b.*|none\.?|n/?a\.?|nil\.?|not yet set\.?)$", re.I)


def judged(material: Material) -> list[Support]:
    """The sentences that make a claim: not boilerplate ("Not recorded in the notes."), not a
    bare date, not the record's title line above its first section."""
    least = data("accuracy")["unsupported"]["min_words"]
    glue = glue_stems()
    titled = any(s.heading for s in material.sentences)
    return [s for s in alignment(material)
            if not _BOILERPLATE.match(s.sentence.text.strip())
            and not (titled and s.sentence.heading is None and len(T.words(s.sentence.text)) <= 12)
            and len([w for w in content(s.sentence.text) if w not in glue and not w.isdigit()]) >= least]


@check("accuracy.unsupported")
def unsupported(material: Material) -> Iterator[Finding]:
    limits = data("accuracy")["unsupported"]
    for support in judged(material):
        reason, severity = _unsupported_reason(support, limits)
        if reason:
            yield finding("accuracy.unsupported", f"Not supported by the notes: {reason}.",
                          span=(support.sentence.start, support.sentence.end), severity=severity,
                          evidence=_closest(support),
                          suggestion="Check this against the notes; remove it or say where it came from.")


def _unsupported_reason(support: Support, limits: dict) -> tuple[str | None, str | None]:
    """Why a sentence looks unsupported, and how sure: "medium" when no note line is close or a
    number is new, "low" when only its words are new (paraphrase brings new words too)."""
    if support.numbers:
        return f"the notes never give {', '.join(support.numbers)}", "medium"
    if support.similarity >= limits["supported_similarity"] or len(support.novel) < limits["novel_words"]:
        return None, None
    words = "the notes never mention " + ", ".join(support.novel[:5])
    if support.similarity < limits["unsupported_similarity"]:
        return f"no note line says anything like it; {words}", "medium"
    return words, "low"


def _closest(support: Support) -> str:
    best = support.best
    return f"closest note line: {best.text!r}" if best else ""


@check("accuracy.invented_risk")
def invented_risk(material: Material) -> Iterator[Finding]:
    in_notes = set(risk_kinds(material.notes or "", skip_negated=True))
    paraphrase = data("accuracy")["invented_risk"]["paraphrase_similarity"]
    for support in alignment(material):
        sentence = support.sentence
        for kind, term in risk_kinds(sentence.text, skip_negated=True).items():
            if kind in in_notes or support.similarity >= paraphrase:
                continue
            label = data("risk")[kind]["label"]
            yield finding("accuracy.invented_risk",
                          f"The record mentions {label} ({term!r}); the notes do not.",
                          span=(sentence.start, sentence.end), evidence=_closest(support),
                          suggestion=f"Remove it unless the notes or another source record {label}; "
                                     "if so, say where it came from.")


def risk_kinds(text: str, skip_negated: bool = False) -> dict[str, str]:
    """The kinds of safeguarding content a text mentions, each with the first term found."""
    found = {}
    for kind, pattern in _risk_patterns().items():
        for match in pattern.finditer(text):
            if skip_negated and _negated_before(text, match.start()):
                continue
            found[kind] = match.group()
            break
    return found


@functools.cache
def _risk_patterns() -> dict[str, re.Pattern]:
    return {kind: re.compile(r"\b(?:" + "|".join(entry["terms"]) + r")\b", re.I)
            for kind, entry in data("risk").items()}


def _negated_before(text: str, index: int) -> bool:
    clause = re.split(r"[.;:,!?]|\bbut\b", text[:index])[-1]
    return polarity(clause) < 0


def polarity(text: str) -> int:
    """-1 when a text has an odd number of negation cues ("did not", "denied"), else 1."""
    cues = _negation_words()
    count = sum(1 for w in T.words(text) if w in cues or w.endswith("n't"))
    return -1 if count % 2 else 1


@functools.cache
def _negation_words() -> frozenset[str]:
    return wordlist("words", "negators") | wordlist("words", "negative_verbs")


@check("accuracy.negation")
def negation(material: Material) -> Iterator[Finding]:
    limits = data("accuracy")["negation"]
    for support in alignment(material):
        close = [u for u, sim in support.citations if sim >= limits["same_claim_similarity"]]
        flipped = _flipped_clause(support.sentence.text, close, limits["same_claim_overlap"])
        if flipped:
            yield finding("accuracy.negation", "This says the opposite of the notes.",
                          span=(support.sentence.start, support.sentence.end),
                          evidence=f"the notes say: {flipped!r}",
                          suggestion="Check whether it did or did not happen, and say it as the notes do.")


def _flipped_clause(sentence: str, lines: list, overlap: float) -> str | None:
    """The note clause that says the same thing as a clause of the sentence, with the opposite
    polarity. Clauses, not whole lines: "seen alone, but did not eat" is two claims."""
    theirs = [c for line in lines for c in _clauses(line.text)]
    for clause in _clauses(_unquoted(sentence)):
        mine = set(content(clause))
        if len(mine) < 2:
            continue
        scored = [(_shared(mine, set(content(c))), c) for c in theirs]
        share, best = max(scored, default=(0.0, ""))
        if share >= overlap and polarity(clause) != polarity(best):
            return best.strip()
    return None


def _shared(mine: set[str], theirs: set[str]) -> float:
    """How much two clauses share, as a share of the shorter one (a note clause is terse)."""
    if min(len(mine), len(theirs)) < 3:
        return len(mine & theirs) / max(len(mine), len(theirs)) if mine and theirs else 0.0
    return len(mine & theirs) / min(len(mine), len(theirs))


def _clauses(text: str) -> list[str]:
    parts = re.split(r"[,;:\[\]—–+]|\s-\s|\b(?:but|and|because|so|although|though|while|as)\b", text)
    return [c for c in parts if c.strip()]


def _unquoted(text: str) -> str:
    """A sentence without the words inside its quotation marks (a quote is checked as a quote)."""
    for start, end in reversed(T.quoted(text)):
        text = text[:start] + text[end:]
    return text


@check("accuracy.fact_missing")
def fact_missing(material: Material) -> Iterator[Finding]:
    sentences = [s.text for s in material.sentences]
    if not material.facts or not sentences:
        yield from (finding("accuracy.fact_missing", f"Missing: {f}", evidence=f) for f in material.facts or [])
        return
    similarity = vectors(list(material.facts)) @ vectors(sentences).T
    record_stems = set(content(material.record))
    for fact, row in zip(material.facts, similarity, strict=True):
        stems = set(content(fact))
        kept = len(stems & record_stems) / len(stems) if stems else 1.0
        if row.max() < 0.6 and kept < 0.75:
            yield finding("accuracy.fact_missing", f"The record does not carry this fact: {fact}",
                          evidence=fact, suggestion="Add it if it matters for the child.")
