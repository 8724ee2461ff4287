"""Which note lines support each record sentence: embeddings, word overlap, names and numbers.

Shared by the accuracy checks (unsupported, negation) and by the UI's citations. Embeddings are
all-MiniLM-L6-v2 (local); vectors are cached by text, so the notes of a case are embedded once
however many records are reviewed against them.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from eval.checks import text as T
from eval.checks.base import Material, data
from eval.checks.numerals import marker, named_times, numbers, without_ages, without_intervals
from eval.checks.vocabulary import (action_form_words, content, content_words, glue_stems, initialisms, known, names,
                                   note_stems, spelt_out, timescale_words)

__all__ = ["Support", "alignment", "content", "glue_stems", "initialisms", "note_parts",
           "numbers", "prefetch", "spelt_out", "vectors"]

_CACHE_SIZE = 8_192  # a chunk of 32 cases needs ~1,000: eight chunks' worth, ~13 MB
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_lock = threading.Lock()
# The catalogue's own phrases that every record may be compared with (`catalogue_phrases`): embedded
# once per process and kept apart from `_cache`, like the model itself (a review clears or churns
# `_cache`, never these: 93 phrases were ~0.35 s of CPU in each warm review that re-embedded them).
_lasting: dict[str, np.ndarray] = {}


@dataclass(frozen=True)
class Support:
    """How well the notes back one record sentence."""

    sentence: T.Unit
    citations: tuple[tuple[T.Unit, float], ...]  # the best note lines, with their similarity
    similarity: float  # to the best note line (or two adjacent lines)
    novel: tuple[str, ...]  # content words, names and numbers the notes never use
    numbers: tuple[str, ...]  # numbers in the sentence the notes never give
    # The highest similarity of a note line (or part of one) for which this sentence is the
    # closest of the record's sentences; 0.0 when it is the closest for none. A record is an
    # account of the notes, so a sentence that no part of the notes picks out came from elsewhere.
    claimed: float = 0.0
    # The same, counting also note parts whose closest record sentence beats this one by less
    # than `claim_margin`: a record that tells one note in two sentences loses one of them to the
    # other by a hair.
    near: float = 0.0

    @property
    def best(self) -> T.Unit | None:
        return self.citations[0][0] if self.citations else None


def vectors(texts: list[str]) -> np.ndarray:
    """Unit-length embeddings of `texts` (rows), from the cache where possible (least recently
    used first out; the rows come from this call's own lookups, so an eviction meanwhile is harmless)."""
    with _lock:
        found = {t: _lasting[t] for t in texts if t in _lasting}
        found.update((t, _cache[t]) for t in texts if t in _cache and t not in found)
        for text in found:
            if text in _cache:
                _cache.move_to_end(text)
    missing = [t for t in dict.fromkeys(texts) if t not in found]
    if missing:
        found.update(zip(missing, _encode(missing), strict=True))
        with _lock:
            for text in missing:
                _cache[text] = found[text]
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    return np.stack([found[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


def prefetch(materials: list[Material]) -> None:
    """Embed, in one batch, every text the checks will compare for many records: note lines and
    their parts, record sentences and gold facts (the must-not-state claims that need it are
    embedded by the caller: `gold.compared_claims`). The checks then find them in the cache (one
    big batch is sorted by length, so it wastes less on padding)."""
    texts: list[str] = []
    for m in materials:
        units = [u for u in m.note_lines if re.search(r"\w", u.text)]
        texts += [u.text for u in units] + [s.text for s in m.sentences] + note_parts(units)
        texts += list(m.facts or [])
    with _lock:
        missing = [t for t in dict.fromkeys(texts) if t.strip() and t not in _cache and t not in _lasting]
        lasting = [t for t in catalogue_phrases() if t not in _lasting]
    vectors(missing)
    if lasting:
        with _lock:
            _lasting.update(zip(lasting, _encode(lasting), strict=True))


def catalogue_phrases() -> list[str]:
    """Phrases of the catalogue's lexicons that records are compared with, whatever the record:
    the plain descriptions of each kind of risk (risk.yaml `describe`) and of everyday family life
    (accuracy.yaml `invented_risk.everyday`)."""
    risk = [d for entry in data("risk").values() for d in entry.get("describe", [])]
    return list(dict.fromkeys([*risk, *data("accuracy")["invented_risk"]["everyday"]]))


def _encode(texts: list[str]) -> np.ndarray:
    from assistant.embeddings import embed

    return np.asarray(embed(texts), dtype=np.float32)


def note_parts(units: list[T.Unit]) -> list[str]:
    """Note lines and their parts: a line of notes often lists several things ("agreed: A; B - C")
    that a record tells in separate sentences."""
    parts = []
    for unit in units:
        pieces = [p.strip() for p in _PARTS.split(unit.text) if re.search(r"\w", p)]
        parts.extend(pieces if len(pieces) > 1 else [])
        parts.append(unit.text)
    return list(dict.fromkeys(parts))


_PARTS = re.compile(r";|\|| [-–—] |(?<=[a-z])\. ")


def alignment(material: Material) -> list[Support]:
    """The support of every record sentence, computed once per review."""
    return material.memo("alignment", lambda: _align(material))


def _align(material: Material) -> list[Support]:
    units = [u for u in material.note_lines if re.search(r"\w", u.text)]
    claims = [s for s in material.sentences if re.search(r"\w", s.text)]
    if not units or not claims:
        return []
    lines = vectors([u.text for u in units])
    # Two adjacent lines together (a summary often merges them): the mean of their vectors,
    # which costs no second pass of the model over the notes.
    pairs = lines[:-1] + lines[1:]
    pairs /= np.maximum(np.linalg.norm(pairs, axis=1, keepdims=True), 1e-9)
    matrix = vectors([s.text for s in claims]) @ np.vstack([lines, pairs]).T
    stems = note_stems(material)
    shorthand = initialisms(material.notes or "")
    note_numbers = numbers(material.notes or "", months=True) | named_times(material.notes or "")
    glue = glue_stems()
    number_words = data("words")["number_words"]
    # A question and the line after it are read together: an answer means what it answers
    asked = [i for i, u in enumerate(units[:-1]) if u.text.rstrip().endswith("?")]
    claimed, near = _claimed(units, claims, pairs[asked])
    # Names weigh heavily in a sentence's vector: the note line that shares most of its other
    # words is cited too, so that the negation check compares it ("Ifeoluwa has needed nights on
    # a hospital ward" with "hospital admissions this year - none at all", not only with the
    # lines that name Ifeoluwa). Names are those the record writes capitalised anywhere.
    people = {T.stem(w) for w in set().union(*(names(c.text) for c in claims))}
    unit_stems = [set(content(u.text)) - people for u in units]
    out = []
    for row, sentence, claim_similarity, near_similarity in zip(matrix, claims, claimed, near, strict=True):
        people = names(sentence.text)  # people are the privacy check's business, not novelty
        # "direct debit" where the notes say "DD"; "within ten working days from today" is when,
        # said the record's way (its numbers still count); "took on the task to" hands out an action
        spelt = spelt_out(sentence.text, shorthand) | timescale_words(sentence.text) | action_form_words(sentence.text)
        novel = [w for w, s in content_words(sentence.text)
                 if s not in glue and w not in people and w not in spelt and not w.isdigit() and not known(s, stems)
                 and str(number_words.get(w)) not in note_numbers]  # "four weeks" for "4 wks"
        order = [int(i) for i in np.argsort(-row[: len(units)])[:3]]
        order += _sharing_words(set(content(sentence.text)) - people, unit_stems, row, order)
        citations = tuple((units[i], float(row[i])) for i in order)
        # "Aisha (8)", "(Pranavi, 4)": an age beside a name comes from the case file, not the
        # visit; "[1]" numbers a list
        # ... and "in about four weeks" beside the date it counts to is the record's own sum
        claim = without_intervals(without_ages(marker().sub("", sentence.text, count=1)))
        missing = numbers(claim, words=False) - note_numbers
        if row.max() >= data("accuracy")["unsupported"]["changed_detail_similarity"]:
            # "six weeks" where the closest line says two; not "every two weeks" for "fortnightly";
            # the record's "19 October" gives the "10" of the line's "19/10"
            given = numbers(units[order[0]].text)
            if given - numbers(claim, months=True):
                missing |= numbers(claim) - note_numbers
        out.append(Support(sentence, citations, float(row.max()), tuple(novel), tuple(sorted(missing)),
                           claim_similarity, near_similarity))
    return out


def _sharing_words(mine: set[str], unit_stems: list[set[str]], row: np.ndarray, cited: list[int]) -> list[int]:
    """The note line (as a list of none or one index) that shares the most content stems
    (`mine`, names aside) with a sentence, at least `citation_shared_words`, when it is not cited
    already; of several, the closest."""
    least = data("accuracy")["unsupported"]["citation_shared_words"]
    if len(mine) < least:
        return []
    shared = [len(mine & stems) for stems in unit_stems]
    best = max(shared, default=0)
    if best < least:
        return []
    top = max((i for i, n in enumerate(shared) if n == best), key=lambda i: row[i])
    return [] if top in cited else [top]


def _claimed(units: list[T.Unit], claims: list[T.Unit], pairs: np.ndarray) -> tuple[list[float], list[float]]:
    """For each record sentence, the best similarity of a note part whose closest record
    sentence it is (0.0 when no note part picks it), and the same counting near ties
    (`claim_margin`). A part that says nothing but names, record words or numbers ("nikhil",
    "by whom: ms maragh", "ACTIONS ARISING:") picks no sentence. A question with its answer
    (`pairs`: the mean vectors of the two lines) is a part too, when it is as close to a
    sentence as a citation must be: "Nobody. My mum's in Leeds" says no one helps only after
    "Is anyone helping you?"."""
    people = set().union(*(names(c.text) for c in claims))
    parts = [p for p in note_parts(units) if _says_something(p, people)]
    if not parts:
        return [0.0] * len(claims), [0.0] * len(claims)
    matrix = np.vstack([vectors(parts), pairs]) @ vectors([c.text for c in claims]).T
    # a question with its answer claims only what it is close to (a transcript asks a lot)
    asked = matrix[len(parts):]
    asked[asked < data("accuracy")["unsupported"]["citation_similarity"]] = 0.0
    best = np.zeros(len(claims), dtype=np.float32)
    closest = matrix.argmax(axis=1)
    np.maximum.at(best, closest, matrix[np.arange(len(matrix)), closest])
    margin = data("accuracy")["unsupported"]["claim_margin"]
    ties = matrix >= matrix.max(axis=1, keepdims=True) - margin
    near = np.where(ties, matrix, 0.0).max(axis=0)
    return [float(b) for b in best], [float(n) for n in near]


def _says_something(part: str, people: set[str]) -> bool:
    """A note part with a content word that is not a name (`people`: the record's), a number or
    record vocabulary."""
    if part.rstrip().endswith(":"):
        return False  # a heading
    glue = glue_stems()
    return any(not w.isdigit() and w not in people and s not in glue for w, s in content_words(part))


