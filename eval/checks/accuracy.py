"""Accuracy: sentences the notes do not support, invented risk, flipped negation, missing facts."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from eval.checks import text as T
from eval.checks.align import Support, alignment, content, glue_stems, vectors
from eval.checks.vocabulary import known, names, note_stems, short_words, shortens, things
from eval.checks.base import Finding, Material, check, data, finding
from eval.checks.clauses import cue_count, flips, polarity
from eval.checks.hearsay import hearsay
from eval.checks.record_form import _action_told, _days, _form_line, _heading_line, _new_routine
from eval.checks.risk_support import clause_bounds, contingent, quoted_from_notes, spoken_of, told_all
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
    stems = note_stems(material)
    for support in judged(material):
        reason, severity = _unsupported_reason(support, limits, short, days, _new_names(support, stems, short))
        if reason and not support.numbers and _action_told(material, support.sentence.text, support.sentence.heading, support.novel):
            continue
        if reason:
            yield finding("accuracy.unsupported", f"Not supported by the notes: {reason}.",
                          span=(support.sentence.start, support.sentence.end), severity=severity,
                          evidence=_closest(support),
                          suggestion="Check this against the notes; remove it or say where it came from.")


def _unsupported_reason(support: Support, limits: dict, short: frozenset[str] = frozenset(),
                        notes_days: frozenset[str] | None = None,
                        new_names: tuple[str, ...] = ()) -> tuple[str | None, str | None]:
    """Why a sentence looks unsupported, and how sure: "medium" when a number is new, or when no
    part of the notes picks the sentence out and it brings words the notes never use; "low" (worth
    a look) when only its words are new (paraphrase brings new words too)."""
    if support.numbers:
        return f"the notes never give {', '.join(support.numbers)}", "medium"
    text = support.sentence.text
    if _form_line(text, support.sentence.heading) or support.similarity >= limits["things_similarity"]:
        return None, None
    new = _new_things(support, short)
    when = None if new else _new_routine(text, notes_days)
    if when and len(support.novel) >= limits["routine_novel_words"]:
        return f"it gives a time the notes never give: {when}", "medium"
    if new:  # why a visit happened is often not in its notes (see below): a purpose line is worth a look
        sure = "low" if support.sentence.heading == "purpose" else "medium"
        return f"it brings things the notes never mention: {', '.join(new)}", sure
    compound = _new_compound(support, limits)
    if compound:
        return f"it names a new activity, place or thing: {compound}", "medium"
    if support.similarity >= limits["supported_similarity"]:
        return None, None
    words = "the notes never mention " + ", ".join([*support.novel, *new_names][:5])
    if _unclaimed(support, new_names):
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


def _new_compound(support: Support, limits: dict) -> str | None:
    """Two words side by side that the notes never use ("a breastfeeding cafe", "taken up wild
    swimming", "signed up for driving lessons") in a sentence far from every note line and picked
    by no note part closely: a new activity, place or object, however common its frame ("Mum
    has started going to ..."). A paraphrase keeps the notes' thing and brings one word at a time."""
    if (support.similarity >= limits["compound_similarity"] or support.claimed >= limits["compound_claimed"]
            or support.sentence.heading in limits["compound_free"]):
        return None
    new = set(support.novel)
    words = [w.lower() for w in T.words(support.sentence.text)]
    return next((f"{a} {b}" for a, b in zip(words, words[1:]) if a in new and b in new
                 and not (a.isdigit() or b.isdigit())), None)


@functools.cache
def _form_things() -> frozenset[str]:
    return frozenset(T.stem(w) for w in data("accuracy")["unsupported"]["form_things"])


def _unclaimed(support: Support, new_names: tuple[str, ...] = ()) -> bool:
    """A sentence no part of the notes picks out, not close to any note line, that brings
    words (or names: a new pet, place or person, "a hamster called Nugget", "going to Skegness")
    the notes never use: it came from somewhere else."""
    limits = data("accuracy")["unsupported"]
    new = len(support.novel) + len(new_names)
    if support.near >= limits["near_paraphrase"] and new < limits["near_claim_novel_words"]:
        # a paraphrase bringing two new words that lost its note part by a hair; a note part
        # that is far from every sentence ("passed his theory test" beside "dad works at the
        # depot") is no paraphrase of this one
        return False
    return (support.claimed == 0.0 and support.similarity < limits["supported_similarity"]
            and not _form_line(support.sentence.text, support.sentence.heading)
            and new >= limits["unclaimed_novel_words"])


def _new_names(support: Support, stems: set[str], short: frozenset[str]) -> tuple[str, ...]:
    """The names a sentence gives (capitalised words: a pet, a place, a person, a club, a day)
    that the notes never write, not even in their shorthand; record words ("Mum", "Dad") are no
    names. The alignment leaves names out of its new words (they are the privacy check's), but a
    new one makes a claim of its own."""
    glue = glue_stems()
    people = {w.lower() for span in _PEOPLE.findall(support.sentence.text) for w in re.findall(r"[^\W\d_]+", span)}
    return tuple(n for n in sorted(names(support.sentence.text))
                 if len(n) > 2 and n not in people and T.stem(n) not in glue and not known(T.stem(n), stems)
                 and not any(shortens(t, n) for t in short))


# People, whom the case file names and the privacy check weighs: a name after a title, in
# brackets ("Mum (Jane Doe)"), or a first name with a surname
_PEOPLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][\w'’-]*|\([^)]*\)|\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


def _closest(support: Support) -> str:
    best = support.best
    return f"closest note line: {best.text!r}" if best else ""


@check("accuracy.invented_risk")
def invented_risk(material: Material) -> Iterator[Finding]:
    limits = data("accuracy")["invented_risk"]
    supports = alignment(material)
    new = _new_mentions(material, supports)
    for number, support in enumerate(supports):
        sentence = support.sentence
        found = {m.kind: repr(m.term) for m in new.get(number, [])}
        found = dict(sorted(found.items(), key=lambda kv: kv[0]))  # one finding per kind, stable order
        if (not mentions(sentence.text) and (_unclaimed(support) or _alarmed(support))
                and cue_count(sentence.text) <= limits["meaning_max_negations"]
                and not quoted_from_notes(material, sentence.text)):
            # No risk words at all (a sentence that denies a risk, "has not needed A&E", or tells one
            # the notes record, has some), but it came from elsewhere and reads like a kind of risk
            # an alarm's lead-in is evidence of its own, and noise to the embedding: the rest is weighed
            lead = _alarm_leads().match(sentence.text) if _alarmed(support) else None
            kind = _risk_like(sentence.text[lead.end():] if lead else sentence.text,
                              limits["lead_margin"] if lead else limits["meaning_margin"])
            if kind:
                found = {kind: "in its meaning"}
            elif hedge := _passed_on(support):
                yield finding("accuracy.invented_risk",
                              f"The record passes on a concern at second hand ({hedge!r}); the notes do not raise it.",
                              span=(sentence.start, sentence.end), evidence=_closest(support),
                              suggestion="Remove it unless the notes or another source record it; "
                                         "if so, say who raised it and when.")
        for kind, term in found.items():
            label = data("risk")[kind]["label"]
            yield finding("accuracy.invented_risk", f"The record mentions {label} ({term}); the notes do not.",
                          span=(sentence.start, sentence.end), evidence=_closest(support),
                          suggestion=f"Remove it unless the notes or another source record {label}; "
                                     "if so, say where it came from.")


def _passed_on(support: Support) -> str | None:
    """The hedge by which a sentence the notes do not support passes a concern on ("Word has
    reached me that", "..., or so the neighbours say"; hearsay.yaml): a rumour or a suspicion
    nobody recorded is invented risk whatever its words, and however everyday they read. A row
    of the actions asks, it does not tell ("Query with school whether the EHCP is in place")."""
    least = data("accuracy")["unsupported"]["supported_similarity"]
    if support.similarity >= least or support.sentence.heading == "actions":
        return None
    return hearsay(support.sentence.text)


def _alarmed(support: Support) -> bool:
    """A sentence that opens by presenting a concern or a second-hand report ("Concerningly,",
    "It is understood that", accuracy.yaml `alarm_leads`) and that the notes do not support."""
    least = data("accuracy")["unsupported"]["supported_similarity"]
    return support.similarity < least and bool(_alarm_leads().match(support.sentence.text) or _passed_on(support))


@functools.cache
def _alarm_leads() -> re.Pattern:
    return re.compile(r"\W*(?:" + "|".join(data("accuracy")["invented_risk"]["alarm_leads"]) + r")(?![\w'])", re.I)


def _new_mentions(material: Material, supports: list[Support]) -> dict[int, list[Mention]]:
    """The risk mentions of each sentence (by its number) that the notes do not record: not
    denied, not the condition of a plan (`contingent`), in a sentence that is no close
    paraphrase, not retelling the notes' own risk of that kind or another, and not told by the
    notes in other words (`told_all`, one model call for the whole record)."""
    lines = _risk_lines(material)
    in_notes = set(lines)  # the kinds the notes record, line by line (the notes are not read twice)
    least = data("accuracy")["invented_risk"]["paraphrase_similarity"]
    asked = [(number, m) for number, support in enumerate(supports) if support.similarity < least
             for m in mentions(support.sentence.text)
             if not m.denied
             and not (m.kind in in_notes and _retells(support.sentence.text, m, lines.get(m.kind)))
             and not _known_elsewhere(support.sentence.text, m, in_notes)
             and not _denied_beside(support.sentence.text, m) and not _named_service(support, m)
             and not _initialled(material, support.sentence.text, m)
             and not spoken_of(material, support.sentence.text, m)
             and not contingent(support.sentence.text, m, support.sentence.heading == "actions")]
    told = told_all(material, [(supports[number].sentence.text, m) for number, m in asked])
    new: dict[int, list[Mention]] = {}
    for (number, mention), is_told in zip(asked, told, strict=True):
        if not is_told:
            new.setdefault(number, []).append(mention)
    return new


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
    theirs. A harm named in other words than the notes' own terms of its kind must be closer
    (`retell_other_similarity`): "a burn on the back of his hand" is no retelling of "a bruise on
    his shin from football". The note lines' vectors are the alignment's (cached), so this costs
    no model pass."""
    if not lines or set(content(mention.term)) <= set(content(" ".join(lines))):
        return True
    limits = data("accuracy")["invented_risk"]
    theirs = {w for line in lines for m in mentions(line) if m.kind == mention.kind and not m.denied for w in _term_words(m.term)}
    mine = _term_words(mention.term)
    if mine and theirs and all(any(a.startswith(b) for b in theirs) for a in mine):
        return True  # the notes' shorthand names it: "non-mol order" for "non-molestation order"
    if not theirs or any(a.startswith(b) or b.startswith(a) for a in mine for b in theirs):
        return float((vectors([text]) @ vectors(lines).T).max()) >= limits["retell_similarity"]
    # a note line, or the part of it that tells its harm ("no food in, mum waiting for the
    # voucher", not the child's words after the semicolon)
    parts = [p for line in lines for p in _PARTS.split(line)
             if any(m.kind == mention.kind and not m.denied for m in mentions(p))]
    least = limits["retell_similarity" if _generic(mention) else "retell_other_similarity"]
    return float((vectors([text]) @ vectors([*lines, *parts]).T).max()) >= least


def _generic(mention: Mention) -> bool:
    """A mention in its kind's own general word (risk.yaml `generic`): "the injury", "was injured"
    where the notes record "the fracture" or "a sprained wrist" name no other harm than theirs, so
    it is their retelling when its sentence is as close as any retelling (`retell_similarity`)."""
    return bool(re.fullmatch(data("risk")[mention.kind].get("generic") or r"(?!)", mention.term.lower()))


def _term_words(term: str) -> set[str]:
    """A risk term's words of three letters or more, glue words left out."""
    return {w for w in re.findall(r"[a-z]{3,}", term.lower()) if w not in glue_stems()}


_PARTS = re.compile(r"\s*(?:[;|\n]|\s[-–—~]+\s)\s*")


def _known_elsewhere(text: str, mention: Mention, in_notes: set[str]) -> bool:
    """A term whose words also name a kind the notes record: the record files the notes' own
    risk under another kind ("A&E three times this year" read as fabricated illness, where the
    notes record the A&E visits). Only when that term covers the mention: words beyond it make
    the risk a new one ("missing to meet a man", where the notes record the missing episode)."""
    return any(other.kind != mention.kind and other.kind in in_notes
               and other.start < mention.end and mention.start < other.end
               and not content(text[mention.start:other.start] + " " + text[other.end:mention.end])
               for other in mentions(text) if not other.denied)


def _denied_beside(text: str, mention: Mention) -> bool:
    """A mention whose clause denies its kind in another term, or that a list joins to a denied
    term: the clause is about their absence ("Dad's drug tests have been negative for cocaine",
    "negative for heroin and methadone"). A clause of its own ("smokes cannabis but has never
    taken cocaine") is a claim of its own, and so is a term that says a lack itself ("works for
    no wages", beside a debt the cue of "no" seems to deny)."""
    if polarity(mention.term) < 0:
        return False
    begin, end = clause_bounds(text, mention.start, mention.end)
    same = sorted((m for m in mentions(text) if m.kind == mention.kind), key=lambda m: m.start)
    listed = False  # in a list that a denied term opens
    for before, this in zip([None, *same], same):
        listed = this.denied or bool(listed and _LISTED.fullmatch(text[before.end:this.start]))
        if this.denied and begin <= this.start and this.end <= end or (this is mention and listed):
            return True
    return False


_LISTED = re.compile(r"\s*(?:,|and|or|nor|&|, and|, or)\s*", re.I)


def _named_service(support: Support, mention: Mention) -> bool:
    """A risk word naming the kind of a service, course or group (accuracy.yaml `services`) that
    one of the sentence's closest note lines names by its own name: "the domestic abuse programme" for
    the notes' "Freedom Programme", "her drug worker" for "her CGL worker". A service the notes
    name by another kind ("a parenting course") is another service."""
    after = re.match(r"[\s-]+(?:and [\w-]+ |& [\w-]+ )?([a-z]+)\b", support.sentence.text[mention.end:], re.I)
    if not after or T.stem(after.group(1).lower()) not in _services():
        return False
    noun = T.stem(after.group(1).lower())
    return any(T.stem(m.group(1).lower()) == noun and m.start() > 0
               for unit, _ in support.citations for m in _NAMED.finditer(unit.text))


def _initialled(material: Material, text: str, mention: Mention) -> bool:
    """A risk term the notes write in its initials, alone or with the words of the service it
    names: "DA notification" for "domestic abuse notification", "the idva" for "the independent
    domestic violence adviser". (Two letters count only in capitals: "me da" is a dad.)"""
    before = re.findall(r"[A-Za-z]+", text[:mention.start])[-1:]
    after = re.findall(r"[A-Za-z]+", text[mention.end:])[:1]
    words = re.findall(r"[A-Za-z]+", mention.term)
    if len(words) < 2:
        return False
    forms = {"".join(w[0] for w in [*b, *words, *a]).lower() for b in ([], before) for a in ([], after)}
    caps, lower = _note_initials(material)
    return any(f in caps or (len(f) >= 3 and f in lower) for f in forms)


def _note_initials(material: Material) -> tuple[frozenset[str], frozenset[str]]:
    """The notes' words of two to five letters, those written in capitals and all of them, lower case."""
    def build() -> tuple[frozenset[str], frozenset[str]]:
        found = re.findall(r"(?<![\w'’])[A-Za-z]{2,5}(?![\w'’])", material.notes or "")
        return frozenset(w.lower() for w in found if w.isupper()), frozenset(w.lower() for w in found)
    return material.memo("note_initials", build)


_NAMED = re.compile(r"\b[A-Z][\w&'’-]* (?=([A-Za-z]+)\b)")  # "Freedom Programme", "CGL worker"


@functools.cache
def _services() -> frozenset[str]:
    return frozenset(T.stem(w) for w in data("accuracy")["invented_risk"]["services"])


def _risk_like(text: str, margin: float) -> str | None:
    """The kind of risk whose plain description (risk.yaml `describe`) a text is closest to,
    when it is clearly closer to that (by `meaning_margin`) than to any description of everyday
    family life (accuracy.yaml): a near tie is no evidence of risk."""
    kinds, descriptions = _descriptions()
    everyday = data("accuracy")["invented_risk"]["everyday"]
    row = vectors([text]) @ vectors([*descriptions, *everyday]).T
    risk, ordinary = row[0][: len(kinds)], row[0][len(kinds):]
    best = int(risk.argmax())
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
