"""Privacy: identifiers left in pseudonymised text, and people the notes never mention.

Uses heard's own redaction detector (Presidio with the UK recognizers), loaded on first use.
Detection is the costly part (a spaCy pass): `prefetch` runs it over many records in one
`nlp.pipe` batch, and the spans of a text are remembered (a bounded cache), so the check of a
record scored before, or prefetched, costs nothing. Where nothing is pseudonymised only a person
the notes never name matters, so only the record's sentences with such a capitalised word are
read (`searched`): about a sixth of a record's text.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator

from eval.checks import text as T
from eval.checks.base import Finding, Material, check, data, finding

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "dc", "sgt", "mx", "prof"}
_CACHE_SIZE = 4096
_spans: OrderedDict[tuple, list] = OrderedDict()
_lock = threading.Lock()


def prefetch(records: Iterable[str]) -> None:
    """Detect identifiers in many records (or the parts of them `searched` gives) with one spaCy
    pass (`nlp.pipe`); `identifier_leak` then reads them from the cache. Same spans as `detect_unredacted`, one text at a time."""
    from redaction.detector import detect_many, extra_patterns
    from redaction.vault import PLACEHOLDER

    extra = extra_patterns()
    with _lock:
        todo = [r for r in dict.fromkeys(records) if r.strip() and (extra, r) not in _spans]
    if not todo:
        return  # nothing new: never load the detector (a fully cached re-run needs no model)
    masked = [PLACEHOLDER.sub(lambda m: " " * len(m.group()), r) for r in todo]
    for record, text, spans in zip(todo, masked, detect_many(masked), strict=True):
        _remember((extra, record), [s for s in spans if re.search(r"\w", text[s.start:s.end])])


def warm() -> None:
    """Load the identifier detector and compile every pattern of its recognizers now. Presidio
    compiles a pattern the first time a text reaches it, and heard's address patterns (street
    names, premises, boats: ~45,000 characters each) are reached only by a line that looks like
    an address, so a scoring worker forked after one warm-up case compiled six of them itself
    (~0.3-0.75 s of CPU each, ~3.5 s a worker). Compiled before the fork, the workers share them."""
    from presidio_analyzer import PatternRecognizer

    from redaction.detector import analyzer, extra_patterns

    for recognizer in analyzer(extra_patterns()).registry.recognizers:
        if isinstance(recognizer, PatternRecognizer):
            # the base class's analyze runs every pattern (a subclass may skip some lines)
            PatternRecognizer.analyze(recognizer, " ", recognizer.supported_entities)


def unredacted(record: str) -> list:
    """`redaction.detector.detect_unredacted(record)`, remembered."""
    from redaction.detector import detect_unredacted, extra_patterns

    if not record.strip():
        return []
    key = (extra_patterns(), record)
    with _lock:
        if key in _spans:
            _spans.move_to_end(key)
            return _spans[key]
    return _remember(key, detect_unredacted(record))


def _remember(key: tuple, spans: list) -> list:
    with _lock:
        _spans[key] = spans
        while len(_spans) > _CACHE_SIZE:
            _spans.popitem(last=False)
    return spans


def searched(material: Material) -> str:
    """The text `identifier_leak` reads identifiers in: the record where the record or the notes
    are pseudonymised; else only its sentences with a capitalised word the notes never use (titles
    and stopwords aside), one a line, as only a person the notes never name is reported then
    (about a fifth of a record's text, and detection costs by the word); nothing without notes."""
    return "\n".join(material.record[start:end] for start, end in _pieces(material))


def _pieces(material: Material) -> list[tuple[int, int]]:
    """Where in the record the parts of `searched` are."""
    return material.memo("privacy_pieces", lambda: _find_pieces(material))


def _find_pieces(material: Material) -> list[tuple[int, int]]:
    from redaction.vault import PLACEHOLDER

    record, notes = material.record, material.notes or ""
    if PLACEHOLDER.search(record) or PLACEHOLDER.search(notes):
        return [(0, len(record))]
    if not notes.strip():
        return []
    in_notes, ignore = set(T.words(notes)), _TITLES | set(data("words")["stopwords"])
    return [m.span() for m in _SENTENCE.finditer(record)
            if any(w not in ignore and len(w) > 1 and w not in in_notes and w.removesuffix("'s") not in in_notes
                   for w in T.words(" ".join(_capitalised(m.group()))))]


def _in_record(spans: list, pieces: list[tuple[int, int]]) -> list:
    """Spans of `searched`'s text as spans of the record (its parts are joined by one newline)."""
    read, offset = [], 0  # where each part starts in the text read
    for start, end in pieces:
        read.append(offset)
        offset += end - start + 1
    out = []
    for span in spans:
        k = bisect.bisect_right(read, span.start) - 1
        shift = pieces[k][0] - read[k]
        out.append(dataclasses.replace(span, start=span.start + shift, end=span.end + shift))
    return out


# A line, or a sentence of one: up to a full stop, question or exclamation mark before a space
# (not a title's: "Mr. Okafor" is one name)
_SENTENCE = re.compile("[^\n]+?(?:" + "".join(rf"(?<!\b{t}\.)" for t in sorted(_TITLES)) + r"(?<=[.!?])(?=\s)|$)",
                       re.M | re.I)
_WORD = re.compile(r"(?<![\w'’])[^\W\d_][\w'’-]*")


def _capitalised(text: str) -> list[str]:
    """The words of `text` that start with a capital letter."""
    return [w for w in _WORD.findall(text) if w[0].isupper()]


@check("privacy.identifier_leak")
def identifier_leak(material: Material) -> Iterator[Finding]:
    from redaction.vault import PLACEHOLDER

    record, notes = material.record, material.notes or ""
    spans = _in_record(unredacted(searched(material)), _pieces(material))
    if PLACEHOLDER.search(record) or PLACEHOLDER.search(notes):
        for span in spans:
            kind = span.type.replace("_", " ").lower()
            yield finding("privacy.identifier_leak", f"A {kind} is left in text that is meant to be pseudonymised.",
                          span=(span.start, span.end), evidence=span.type,
                          suggestion="Replace it with its placeholder before the text leaves this machine.")
        return
    if not notes.strip():
        return
    in_notes = set(T.words(notes))
    ignore = _TITLES | set(data("words")["stopwords"])
    for span in spans:
        if span.type != "PERSON":
            continue
        name = [w for w in T.words(record[span.start:span.end]) if w not in ignore and len(w) > 1]
        if name and not any(w in in_notes or w.removesuffix("'s") in in_notes for w in name):
            yield finding("privacy.identifier_leak",
                          f"{record[span.start:span.end]!r} is named in the record but appears nowhere in the notes.",
                          span=(span.start, span.end), evidence=record[span.start:span.end], severity="low",
                          suggestion="Check who this is: a name from another case, or one the model made up.")
