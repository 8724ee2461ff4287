"""Language: stigmatising labels, jargon, and opinions stated as fact.

The lexicons of data/ are matched in `lexicon.py`; this module adds the checks, and the fallback
for judgements of a person that no lexicon lists (found by shape, weighed by meaning)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np

from eval.checks import text as T
from eval.checks.align import content, vectors
from eval.checks.base import Finding, Material, check, data, finding
from eval.checks.lexicon import REPORTED, ROLE, a_person, alternation, an_object, label_when, lexicon_findings, top_level

_COMPLEMENT = re.compile(r"\s+(?:to|of)\s+[^\W\d_][\w'’-]*(?:\s+(?:to|with|about|for|at|on|in|up|round|out))?(?=\W|$)", re.I)
# "Dad was blunt: “...”", "Mum was frank: '...'": an adjective before a colon and the person's
# quoted words says how they spoke, and the words are there for the reader to judge.
_QUOTE_AFTER = re.compile(r"\s*:\s*[\"“‘'«„]")
# A phrase with a negation says what is not so ("they are often not carried out"): no label.
# Where a label may be put on whoever lives there ("the bus, home of a squatter as the yard owner put it,")
_DWELLINGS = r"home|house|flat|place|den|digs|pad|lair|haunt|base|abode|squat|camp|patch|kingdom"
_DENIED = re.compile(r"\b(?:not|never|no longer|nothing|none)\b|n't\b|n’t\b", re.I)


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
    return list(dict.fromkeys(phrase for _, phrase, _ in _unlisted(material).values()))


def _listed(material: Material) -> list[Finding]:
    """The lexicon's findings of stigmatising words, once a review."""
    return material.memo("language.listed", lambda: list(lexicon_findings(material, "stigmatising", "language.stigmatising")))


def _unlisted(material: Material) -> dict[tuple[int, int], tuple[str, str, bool]]:
    """Judgement-shaped phrases the lexicon did not find (no embedding needed to tell), once a review."""
    spans = tuple(f.span for f in _listed(material) if f.span)
    return material.memo("language.unlisted", lambda: _candidates(material.record, material.notes, spans))


@check("language.jargon")
def jargon(material: Material) -> Iterator[Finding]:
    yield from lexicon_findings(material, "jargon", "language.jargon")


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
    return (any(f" {' '.join(T.words(m))} " in flat for m in lexicon["owned"] + lexicon["evidenced"] + lexicon["asked"])
            or bool(_owned_forms().search(sentence)))


@functools.cache
def _owned_forms() -> re.Pattern:
    """A view the writer owns however it is put, negated or hedged ("I do not think ...", "we are
    not convinced ...") (data/opinion.yaml `owned_forms`)."""
    return re.compile("|".join(data("opinion")["owned_forms"]), re.I)


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
                skip: tuple[tuple[int, int], ...] = ()) -> dict[tuple[int, int], tuple[str, str, bool]]:
    """Each phrase said of a person that `evaluations` weighs: span -> (the phrase, what it
    means bare, with its complement, whether it is owed to someone else's words). Found by shape
    alone: no embedding."""
    known = set(content(notes or ""))
    inside = T.quoted(record)
    found: dict[tuple[int, int], tuple[str, str, bool]] = {}
    for n, shape in enumerate(_shapes()):
        for match in shape.finditer(record):
            span, said = match.span("x"), match.group("x")
            # "The stay with his uncle was a success": said of the stay (an apposition, "with Dad, a
            # X," is still said of Dad).
            if n == 0 and an_object(record, match.start("subject")):
                continue
            subject, owed = match.groupdict().get("subject"), match.groupdict().get("owed")
            if (span in found or (subject is not None and not a_person(subject)) or _DENIED.search(said)
                    or any(s <= span[0] < e for s, e in inside)
                    or REPORTED.search(record[max(0, match.start() - 80): match.start()])):
                continue
            if _praise(said) or ROLE.match(record, span[1]):
                continue  # "smartly dressed", "a caring mum": a description, or praise, not a label
            if _QUOTE_AFTER.match(record, span[1]) and not _marked(said):
                continue  # "Mum was blunt: “...”": how she put what the record goes on to quote
            words = set(content(said)) - _person_stems()
            framed = _owed_to_another(owed)
            if words and not _told(said, words, known, framed) and not re.search(r"\d", said):
                # "easy | to talk to", "hard | of hearing": an adjective means what its complement makes it.
                # (Not after an attribution: "a second mum | to the girls" is whose view, not a complement.)
                complement = _COMPLEMENT.match(record, span[1]) if not record[span[1]:match.end()].strip(" ,") else None
                found[span] = (said, _bare(said + (complement.group() if complement else "")), framed)
    return {span: found[span] for span in found if not any(s < span[1] and span[0] < e for s, e in skip)}


def _told(phrase: str, words: set[str], known: set[str], framed: bool = False) -> bool:
    """Whether the notes already say the phrase: one of its words for a phrase weighed by meaning,
    all its words but the kind ("typical") for a label by its frame (the notes' "picks" does not
    tell "a man-picking disaster")."""
    if framed or _marked(phrase):
        return words - _kind_stems() <= known
    return bool(words & known)


def _owed_to_another(owed: str | None) -> bool:
    """Whether an apposition's attribution owes the phrase to someone else's words ("Dad, a
    hysteric in the housing officer's email,", "a stray in the host's unkind joke", "as the
    neighbours put it") or to a joke: a label by its frame, nearly whatever the embedding makes of it.
    Nobody attributes a plain fact about a person to a neighbour's post; the writer distances
    themself from words they know are a label, and still puts them in the record: it is weighed
    by a lower bar (`owed_margin`) that only a plainly neutral phrase ("Dad, a devout Catholic in
    his brother's words,") stays under. A person's own account of themself ("Mum, a nurse in her
    own words,") is weighed as any phrase is."""
    if not owed:
        return False
    return bool(re.search(r"\b(?:jokes?|joked|jest|sneer\w*|jeer\w*|mock\w*|scoff\w*|snipe[sd]?|snigger\w*)\b", owed, re.I)
                or not re.search(r"\b(?:own|herself|himself|themselves|themself)\b", owed, re.I))


def _marked(phrase: str) -> bool:
    """Whether a phrase said of a person is a label by its frame alone (data/language.yaml
    `judgement.kinds`, `compounds`): it sorts the person into a kind ("a typical student slacker",
    "yet another care-system statistic"), or is a noun phrase with a compound coined for the
    occasion ("a gone-at-dawn mother", "a wife-batterer"; not "a part-time cleaner")."""
    lower = phrase.lower().replace("’", "'")
    if _kinds().match(lower):
        return True
    return bool(re.match(r"an?\s", lower)) and any(_coined(w) for w in re.findall(r"[\w']+(?:-[\w']+)+", lower))


def _coined(compound: str) -> bool:
    """Whether a hyphenated word is coined, not a plain compound ("24-year-old", "step-dad",
    "self-employed", "Polish-speaking", "stay-at-home")."""
    table = data("language")["judgement"]
    parts = compound.split("-")
    return not (compound in table["compounds"] or re.search(r"\d", compound)
                or parts[0] in table["compound_firsts"] or parts[-1] in table["compound_lasts"])


@functools.cache
def _kinds() -> re.Pattern:
    kinds = alternation(frozenset(data("language")["judgement"]["kinds"]))
    return re.compile(rf"(?:(?:an?|the)\s+)?(?:{kinds})\s+[^\W\d_]", re.I)


@functools.cache
def _kind_stems() -> frozenset[str]:
    return frozenset(content(" ".join(data("language")["judgement"]["kinds"])))


def _praise(phrase: str) -> bool:
    """Whether a phrase said of a person starts (after an article or intensifier) with a word of
    praise or good order (data/language.yaml `judgement.praise`)."""
    words = re.sub(r"^(?:an?|the)\s+", "", _bare(phrase), flags=re.I).lower().split()
    return bool(words) and (words[0] in _praise_words() or " ".join(words[:2]) in _praise_words()
                            or bool(_bases(words[0]) & _kind_words()))


@functools.cache
def _praise_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data("language")["judgement"]["praise"])


@functools.cache
def _kind_words() -> frozenset[str]:
    """Single words of praise or neutral description: "steadier", "calmest", "happier" and
    "quieter" say how a person is in that word's sense, however inflected."""
    table = data("language")["judgement"]
    return _praise_words() | frozenset(w.lower() for w in table["neutral"] if " " not in w)


def _bases(word: str) -> set[str]:
    """The words a comparative or superlative may be made from ("steadier" -> "steady", "safer" ->
    "safe", "bigger" -> "big", "calmest" -> "calm"); empty for a word with neither ending."""
    ending = re.match(r"^([a-z]{2,}?)(i?)(er|est)$", word)
    if not ending:
        return set()
    stem, y, _ = ending.groups()
    if y:
        return {stem + "y"}
    return {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}


def _judged(found: dict[tuple[int, int], tuple[str, str, bool]]) -> list[tuple[tuple[int, int], str]]:
    """The phrases of `_candidates` whose meaning is nearer the labels than the neutral words (by
    `margin`, or by `owed_margin` for one owed to someone else's words), or that are labels by
    their frame."""
    if not found:
        return []
    limits = data("language")["judgement"]
    negative, neutral = _seeds()
    top = limits["neighbours"]
    rows = vectors([phrase for _, phrase, _ in found.values()])
    near_bad = np.sort(rows @ negative.T, axis=1)[:, -top:].mean(axis=1)
    near_ok = np.sort(rows @ neutral.T, axis=1)[:, -top:].mean(axis=1)
    return [(span, said) for (span, (said, _, framed)), bad, ok in zip(found.items(), near_bad, near_ok, strict=True)
            if bad - ok >= (limits["owed_margin"] if framed else limits["margin"]) or _marked(said)]


def _bare(phrase: str) -> str:
    """A phrase without its article and intensifiers: what it says of the person."""
    trailing_tag, leading = _bare_patterns()
    return leading.sub("", trailing_tag.sub("", phrase.strip())).strip()


@functools.cache
def _bare_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A habitual tag ending a phrase; intensifiers and tags starting one."""
    more, tags = alternation(label_when("intensifiers")), alternation(frozenset(data("language")["judgement"]["habitual"]))
    return re.compile(rf"\s+(?:{tags})$", re.I), re.compile(rf"^(?:(?:{more}|{tags})\s+)+", re.I)


@functools.cache
def _shapes() -> tuple[re.Pattern, ...]:
    """Where a phrase is said of a person: after a copula, as an apposition, in a "who is"
    clause, or in a parenthesis marked as habitual ("as usual") or typical."""
    table = data("language")["judgement"]
    copulas, more = alternation(frozenset(table["copulas"])), alternation(label_when("intensifiers"))
    tags = alternation(frozenset(table["habitual"]))
    stop = alternation(frozenset(table["phrase_ends"]))
    persons = alternation(label_when("persons"))
    owed = "|".join(f"(?:{a})" for a in table["attributions"])
    subject = r"(?P<subject>[^\W\d_][\w'’-]*)"
    # The phrase: up to five words, not starting with a function word or a verb in -ing.
    phrase = (rf"(?P<x>(?:(?:{more})\s+)*(?!(?:{stop}|not|no|never|much|far|less|more|no longer|a lot)\b|[^\W\d_]+ing\b)[^\W\d_][\w'’-]*"
              rf"(?:\s+(?!(?:{stop})\b)[\w'’-]+){{0,4}}?)")
    end = rf"(?=\s*(?:[,.;:!?)]|$)|\s+(?:{stop})\b)"
    return (
        re.compile(rf"\b{subject}\s+(?:{copulas})\s+{phrase}{end}", re.I),
        re.compile(rf"\b{subject},\s+(?:who|whom)\s+(?:{copulas})\s+{phrase}{end}", re.I),  # "..., who is X by nature,"
        re.compile(rf"\b{subject}(?:\s+and\s+[^\W\d_][\w'’-]*)?,\s+(?P<x>(?:an?|the|yet another|just another)\s+[^,;.()]{{2,40}}?)"
                   rf"(?:\s+(?P<owed>{owed}))?,", re.I),
        re.compile(rf"\b{subject},\s+(?P<x>(?:{tags})\s+[^,;.()]{{2,40}}?),", re.I),
        re.compile(rf"\b{subject},\s+(?P<x>[^,;.()]{{2,40}}?\s+(?:{tags})),", re.I),
        # "a cradle-snatcher's grandchild, as one relative sneered,": a label on someone the child is
        # named after, owed to someone else (the writer still chose to put it in the record)
        re.compile(rf"\b(?P<x>an?\s+[^\s,;.()]+(?:\s+[^\s,;.()]+)?)['’]s\s+(?P<subject>{persons}|grandchild|grandson|granddaughter)"
                   rf",?\s+(?:{owed})[,.;]", re.I),
        # "where staff call him a freak", "the other mums have branded her a scrounger": what someone calls a person
        re.compile(rf"\b(?:call|calls|called|calling|brand|brands|branded|dub|dubs|dubbed|nickname|nicknamed|label|labels|labelled|"
                   rf"labeled)\s+(?P<subject>him|her|them|[A-Z][\w'’-]*)\s+(?P<x>an?\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?){end}"),
        # "this ungovernable family", "those hand-to-mouth parents": a demonstrative with a word
        # or two before a person word is how a record sorts a family into a kind.
        # "the bus, home of a squatter as the yard owner put it,": a label owed to someone, put on
        # whoever lives in a place
        re.compile(rf",\s+(?:the\s+)?(?:{_DWELLINGS})\s+(?:of|to)\s+(?P<x>an?\s+[^,;.()]{{2,40}}?)\s+(?P<owed>{owed})[,.;]", re.I),
        re.compile(rf"\b(?:this|that|these|those)\s+(?P<x>(?!(?:{stop}|same|other|whole|particular|very|first|second|next|last)\b)"
                   rf"[^\W\d_][\w'’-]*(?:\s+(?!(?:{stop})\b)[^\W\d_][\w'’-]*)?)\s+(?P<subject>{persons})\b", re.I),
    )


@functools.cache
def _person_stems() -> frozenset[str]:
    return frozenset(T.stem(w) for w in label_when("persons") | label_when("subjects"))


@functools.cache
def _seeds() -> tuple[np.ndarray, np.ndarray]:
    """Embeddings of the labels this module lists (every plain-word alternative of a label
    pattern) and of the neutral descriptions of data/language.yaml `judgement`."""
    table = data("language")
    negative = set(table["judgement"]["labels"])
    for entry in (e for e in table["labels"] + table["stigmatising"] if e.get("seed", True)):
        negative |= {_bare(alt) for alt in top_level(entry["term"]) if re.fullmatch(r"[\w' -]+", alt)}
    return vectors(sorted(negative - {""})), vectors(table["judgement"]["neutral"])
