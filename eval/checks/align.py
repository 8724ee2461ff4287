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

_CACHE_SIZE = 50_000
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_lock = threading.Lock()


@dataclass(frozen=True)
class Support:
    """How well the notes back one record sentence."""

    sentence: T.Unit
    citations: tuple[tuple[T.Unit, float], ...]  # the best note lines, with their similarity
    similarity: float  # to the best note line (or two adjacent lines)
    coverage: float  # share of the sentence's content words found anywhere in the notes
    novel: tuple[str, ...]  # content words, names and numbers the notes never use
    numbers: tuple[str, ...]  # numbers in the sentence the notes never give

    @property
    def best(self) -> T.Unit | None:
        return self.citations[0][0] if self.citations else None


def vectors(texts: list[str]) -> np.ndarray:
    """Unit-length embeddings of `texts` (rows), from the cache where possible."""
    from assistant.embeddings import embed

    with _lock:
        missing = list(dict.fromkeys(t for t in texts if t not in _cache))
    if missing:
        fresh = np.asarray(embed(missing), dtype=np.float32)
        with _lock:
            for text, vector in zip(missing, fresh, strict=True):
                _cache[text] = vector
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    with _lock:
        return np.stack([_cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


def content(text: str) -> list[str]:
    """Stems of the words that carry a claim (no stop words)."""
    stop = _words("stopwords")
    return [T.stem(w) for w in T.words(text) if w not in stop and len(w) > 1]


def numbers(text: str) -> set[str]:
    """Numbers in a text, words and digits alike ("two" -> "2"), without leading zeros."""
    table = data("words")["number_words"]
    out = {str(int(n)) for n in re.findall(r"\d+", text)}
    out.update(str(table[w]) for w in T.words(text) if w in table)
    return out


def alignment(material: Material) -> list[Support]:
    """The support of every record sentence, computed once per review."""
    return material.memo("alignment", lambda: _align(material))


def _align(material: Material) -> list[Support]:
    units = [u for u in material.note_lines if re.search(r"\w", u.text)]
    claims = [s for s in material.sentences if re.search(r"\w", s.text)]
    if not units or not claims:
        return []
    windows = [f"{a.text} {b.text}" for a, b in zip(units, units[1:])]
    matrix = vectors([s.text for s in claims]) @ vectors([u.text for u in units] + windows).T
    note_stems = {stem for u in units for stem in content(u.text)}
    note_numbers = numbers(material.notes or "")
    glue = {T.stem(w) for w in _words("glue")}
    out = []
    for row, sentence in zip(matrix, claims, strict=True):
        stems = content(sentence.text)
        novel = [w for w, s in _content_words(sentence.text) if s not in note_stems and s not in glue]
        order = np.argsort(-row[: len(units)])[:3]
        citations = tuple((units[i], float(row[i])) for i in order)
        missing = sorted(numbers(sentence.text) - note_numbers)
        coverage = 1 - len(novel) / len(stems) if stems else 1.0
        out.append(Support(sentence, citations, float(row.max()), coverage, tuple(novel), tuple(missing)))
    return out


def _content_words(text: str) -> list[tuple[str, str]]:
    """(word, stem) for each distinct content word of a text, in order."""
    stop = _words("stopwords")
    pairs = {T.stem(w): w for w in reversed(T.words(text)) if w not in stop and len(w) > 1}
    return [(w, s) for s, w in reversed(pairs.items())]


def _words(name: str) -> frozenset[str]:
    return frozenset(data("words")[name])
