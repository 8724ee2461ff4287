"""Privacy: identifiers left in pseudonymised text, and people the notes never mention.

Uses heard's own redaction detector (Presidio with the UK recognizers), loaded on first use.
Detection is the costly part (a spaCy pass): `prefetch` runs it over many records in one
`nlp.pipe` batch, and the spans of a text are remembered (a bounded cache), so the check of a
record scored before, or prefetched, costs nothing.
"""

from __future__ import annotations

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
    """Detect identifiers in many records with one spaCy pass (`nlp.pipe`); `identifier_leak`
    then reads them from the cache. Same spans as `detect_unredacted`, one text at a time."""
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


def unredacted(record: str) -> list:
    """`redaction.detector.detect_unredacted(record)`, remembered."""
    from redaction.detector import detect_unredacted, extra_patterns

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


@check("privacy.identifier_leak")
def identifier_leak(material: Material) -> Iterator[Finding]:
    from redaction.vault import PLACEHOLDER

    record, notes = material.record, material.notes or ""
    spans = unredacted(record)
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
