"""Accuracy: sentences the notes do not support, invented risk, flipped negation, missing facts."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from eval.checks import text as T
from eval.checks.align import Support, alignment, content, glue_stems, vectors
from eval.checks.vocabulary import short_words, shortens, things
from eval.checks.base import Finding, Material, check, data, finding
from eval.checks.clauses import cue_count, flips
from eval.checks.record_form import _action_told, _days, _form_line, _heading_line, _new_routine
from eval.checks.risk_support import told
from eval.checks.risk_terms import Mention, mentions, risk_kinds

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
            and not _heading_line(s.sentence.text)
            and len([w for w in content(s.sentence.text) if w not in glue and not w.isdigit()]) >= least]


@check("accuracy.unsupported")
def unsupported(material: Material) -> Iterator[Finding]:
    limits = data("accuracy")["unsupported"]
    short = material.memo("short_words", lambda: short_words(material.notes or "", 2, 5))
    days = material.memo("note_days", lambda: _days(material.notes or ""))
    for support in judged(material):
        reason, severity = _unsupported_reason(support, limits, short, days)
        if reason and not support.numbers and _action_told(material, support.sentence.text):
            continue
        if reason:
            yield finding("accuracy.unsupported", f"Not supported by the notes: {reason}.",
                          span=(support.sentence.start, support.sentence.end), severity=severity,
                          evidence=_closest(support),
                          suggestion="Check this against the notes; remove it or say where it came from.")


def _unsupported_reason(support: Support, limits: dict, short: frozenset[str] = frozenset(),
                        notes_days: frozenset[str] | None = None) -> tuple[str | None, str | None]:
    """Why a sentence looks unsupported, and how sure: "medium" when a number is new, or when no
    part of the notes picks the sentence out and it brings words the notes never use; "low" (worth
    a look) when only its words are new (paraphrase brings new words too)."""
    if support.numbers:
        return f"the notes never give {', '.join(support.numbers)}", "medium"
    text = support.sentence.text
    if _form_line(text) or support.similarity >= limits["things_similarity"]:
        return None, None
    new = _new_things(support, short)
    when = None if new else _new_routine(text, notes_days)
    if when and len(support.novel) >= limits["routine_novel_words"]:
        return f"it gives a time the notes never give: {when}", "medium"
    if new:  # why a visit happened is often not in its notes (see below): a purpose line is worth a look
        sure = "low" if support.sentence.heading == "purpose" else "medium"
        return f"it brings things the notes never mention: {', '.join(new)}", sure
    if support.similarity >= limits["supported_similarity"]:
        return None, None
    words = "the notes never mention " + ", ".join(support.novel[:5])
    if _unclaimed(support):
        # Why a visit happened (the plan, the diary, the case file) is often not in its notes:
        # a purpose line whose words are new is worth a look, not more
        sure = "low" if support.sentence.heading == "purpose" else "medium"
        return f"no part of the notes is closer to it than to another sentence; {words}", sure
    return (words, "low") if len(support.novel) >= limits["novel_words"] else (None, None)


def _new_things(support: Support, short: frozenset[str] = frozenset()) -> list[str]:
    """The things (vocabulary.things: "a youth club", "the physiotherapist") a sentence names
    that the notes never mention, when they make its claim one of its own: two or more, in a
    sentence no part of the notes claims closely (`things_claimed`), or one in a sentence no
    part of the notes picks at all. A topic close to the notes' ("Dad goes to a walking group"
    beside notes on Dad's week) is no support for a new activity, object, place or person. The
    record's own form words ("a strength is", "the end of the working day") name no thing."""
    limits = data("accuracy")["unsupported"]
    form = _form_things()
    new = [w for w in things(support.sentence.text, support.novel) if T.stem(w) not in form]
    if short:  # the notes' own shorthand for them: "LL" (landlord), "sch" (school), "HST" (hair strand test)
        initials = "".join(w[0] for w in new)
        new = [w for w in new if not any(shortens(t, w) for t in short)
               and not any(len(t) >= 3 and t in initials for t in short)]
    return new if (len(new) >= 2 and support.claimed < limits["things_claimed"]
                   and support.near < limits["things_near"]) else []


@functools.cache
def _form_things() -> frozenset[str]:
    return frozenset(T.stem(w) for w in data("accuracy")["unsupported"]["form_things"])


def _unclaimed(support: Support) -> bool:
    """A sentence no part of the notes picks out, not close to any note line, that brings
    words the notes never use: it came from somewhere else."""
    limits = data("accuracy")["unsupported"]
    if support.near and len(support.novel) < limits["near_claim_novel_words"]:
        return False  # a paraphrase bringing two new words that lost its note part by a hair
    return (support.claimed == 0.0 and support.similarity < limits["supported_similarity"]
            and not _form_line(support.sentence.text)
            and len(support.novel) >= limits["unclaimed_novel_words"])


def _closest(support: Support) -> str:
    best = support.best
    return f"closest note line: {best.text!r}" if best else ""


@check("accuracy.invented_risk")
def invented_risk(material: Material) -> Iterator[Finding]:
    lines = _risk_lines(material)
    in_notes = set(lines)  # the kinds the notes record, line by line (the notes are not read twice)
    limits = data("accuracy")["invented_risk"]
    for support in alignment(material):
        sentence = support.sentence
        terms = mentions(sentence.text)
        found = {m.kind: repr(m.term) for m in terms
                 if not m.denied and support.similarity < limits["paraphrase_similarity"]
                 and not (m.kind in in_notes and _retells(sentence.text, m, lines.get(m.kind)))
                 and not _known_elsewhere(sentence.text, m, in_notes)
                 and not told(material, sentence.text, m)}
        found = dict(sorted(found.items(), key=lambda kv: kv[0]))  # one finding per kind, stable order
        if not terms and _unclaimed(support) and cue_count(sentence.text) <= limits["meaning_max_negations"]:
            # No risk words at all (a sentence that denies a risk, "has not needed A&E", or tells one
            # the notes record, has some), but it came from elsewhere and reads like a kind of risk
            kind = _risk_like(sentence.text)
            if kind:
                found = {kind: "in its meaning"}
        for kind, term in found.items():
            label = data("risk")[kind]["label"]
            yield finding("accuracy.invented_risk", f"The record mentions {label} ({term}); the notes do not.",
                          span=(sentence.start, sentence.end), evidence=_closest(support),
                          suggestion=f"Remove it unless the notes or another source record {label}; "
                                     "if so, say where it came from.")


def _risk_lines(material: Material) -> dict[str, list[str]]:
    """The note lines that record each kind of risk (not denying it)."""
    def build() -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for unit in material.note_lines:
            for kind in risk_kinds(unit.text, skip_negated=True):
                out.setdefault(kind, []).append(unit.text)
        return out
    return material.memo("risk_lines", build)


def _retells(text: str, mention: Mention, lines: list[str] | None) -> bool:
    """A mention of a kind the notes record retells the notes' own: it uses the words of the
    note lines of that kind, or its sentence is close to a note line of that kind
    (`retell_similarity`). Notes of past violence at home do not make a new "Dad pulls his hair"
    theirs. The note lines' vectors are the alignment's (cached), so this costs no model pass."""
    if not lines or set(content(mention.term)) <= set(content(" ".join(lines))):
        return True
    least = data("accuracy")["invented_risk"]["retell_similarity"]
    return float((vectors([text]) @ vectors(lines).T).max()) >= least


def _known_elsewhere(text: str, mention: Mention, in_notes: set[str]) -> bool:
    """A term whose words also name a kind the notes record: the record files the notes' own
    risk under another kind ("A&E three times this year" read as fabricated illness, where the
    notes record the A&E visits)."""
    return any(other.kind != mention.kind and other.kind in in_notes
               and other.start < mention.end and mention.start < other.end
               for other in mentions(text) if not other.denied)


def _risk_like(text: str) -> str | None:
    """The kind of risk whose plain description (risk.yaml `describe`) a text is closest to,
    when it is clearly closer to that (by `meaning_margin`) than to any description of everyday
    family life (accuracy.yaml): a near tie is no evidence of risk."""
    kinds, descriptions = _descriptions()
    everyday = data("accuracy")["invented_risk"]["everyday"]
    row = vectors([text]) @ vectors([*descriptions, *everyday]).T
    risk, ordinary = row[0][: len(kinds)], row[0][len(kinds):]
    best = int(risk.argmax())
    margin = data("accuracy")["invented_risk"]["meaning_margin"]
    return kinds[best] if risk[best] > ordinary.max() + margin else None


@functools.cache
def _descriptions() -> tuple[tuple[str, ...], tuple[str, ...]]:
    pairs = [(kind, d) for kind, entry in data("risk").items() for d in entry.get("describe", [])]
    return tuple(k for k, _ in pairs), tuple(d for _, d in pairs)


@check("accuracy.negation")
def negation(material: Material) -> Iterator[Finding]:
    for support, flip in flips(alignment(material)):
        yield finding("accuracy.negation", "This says the opposite of the notes.",
                      span=(support.sentence.start, support.sentence.end),
                      evidence=f"the notes say: {flip.note!r}",
                      suggestion="Check whether it did or did not happen, and say it as the notes do.")


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
