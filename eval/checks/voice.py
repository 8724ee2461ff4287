"""The child's voice: their words kept exactly, nothing put in their mouth, their views recorded."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from eval.checks import text as T
from eval.checks.base import Finding, Material, check, data, finding
from eval.checks.quotes import child_quotes, quotes

_ALTERED = 0.5  # word-level similarity above which a changed quote is "altered", not "other words"
_PARAPHRASE = 0.6  # or embedding similarity: the same words of the child, paraphrased


def _flat(text: str) -> str:
    return " " + " ".join(T.words(text)) + " "


def _kept(quote: str, flat: str) -> bool:
    return _flat(quote) in flat


def _similarity(a: str, b: str) -> float:
    """Word-for-word likeness, or likeness of meaning for a paraphrased quote."""
    from eval.checks.align import vectors

    words = difflib.SequenceMatcher(None, T.words(a), T.words(b), autojunk=False).ratio()
    if words >= _ALTERED:
        return words
    meaning = float((vectors([a]) @ vectors([b]).T)[0, 0])
    return meaning if meaning >= _PARAPHRASE else words


def _voice(material: Material) -> dict:
    """Match the child's quotes in the notes to the quotes of the record, once per review."""
    def make() -> dict:
        notes, record = material.notes or "", material.record
        source = child_quotes(notes)
        said = [q for q in quotes(record) if q.speaker != "adult" and len(T.words(q.text)) >= 2]
        flat_record, flat_notes = _flat(record), _flat(notes)
        # A record quote that is part of a note quote, word for word, is a fair shortening.
        parts = [_flat(q.text) for q in said if len(T.words(q.text)) >= 3]
        lost = [q for q in source if not _kept(q.text, flat_record) and not any(p in _flat(q.text) for p in parts)]
        fresh = [q for q in said if not _kept(q.text, flat_notes)]
        altered, used = [], set()
        for original in lost:
            scored = [(_similarity(original.text, q.text), i) for i, q in enumerate(fresh) if i not in used]
            score, index = max(scored, default=(0.0, -1))
            if score >= _ALTERED:
                used.add(index)
                altered.append((original, fresh[index]))
        return {"dropped": [q for q in lost if all(q is not a for a, _ in altered)], "altered": altered,
                "invented": [q for i, q in enumerate(fresh) if i not in used and q.speaker == "child"],
                "record_quotes": said}
    return material.memo("voice", make)


@check("voice.quote_dropped")
def quote_dropped(material: Material) -> Iterator[Finding]:
    for quote in _voice(material)["dropped"]:
        yield finding("voice.quote_dropped", "The child's own words from the notes are not in the record.",
                      evidence=quote.text,
                      suggestion=f'Quote them exactly, in quotation marks, and say who said them: "{quote.text}"')


@check("voice.quote_altered")
def quote_altered(material: Material) -> Iterator[Finding]:
    for original, changed in _voice(material)["altered"]:
        yield finding("voice.quote_altered", "The child's words are quoted, but not as the notes have them.",
                      span=(changed.start, changed.end), evidence=f"the notes have: {original.text!r}",
                      suggestion=f'Quote exactly: "{original.text}"')


@check("voice.quote_invented")
def quote_invented(material: Material) -> Iterator[Finding]:
    for quote in _voice(material)["invented"]:
        yield finding("voice.quote_invented", "These words are given as the child's, but the notes do not have them.",
                      span=(quote.start, quote.end), evidence=quote.text,
                      suggestion="Remove the quote, or report what the child said in your own words and say so.")


@check("voice.absent")
def absent(material: Material) -> Iterator[Finding]:
    lexicon = data("voice")
    record = material.record
    heard = _voice(material)["record_quotes"] or any(
        s.heading == "child_voice" and not re.match(r"^not (recorded|covered|discussed)", s.text, re.I)
        for s in material.sentences) or _mentions(record, lexicon["wishes_feelings"])
    if not heard:
        yield finding("voice.absent", "The record has nothing of the child's wishes, feelings, words or daily life.",
                      suggestion="Record what the child said and how they seemed, in their own words where you can.")
    if not _mentions(record, lexicon["seen"]):
        yield finding("voice.absent", "The record does not say whether the child was seen (and seen alone).",
                      suggestion="Say whether the child was seen, seen alone, and where.")


def _mentions(text: str, phrases: list[str]) -> bool:
    flat = _flat(text)
    return any(_flat(p) in flat for p in phrases)
