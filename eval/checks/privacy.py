"""Privacy: identifiers left in pseudonymised text, and people the notes never mention.

Uses heard's own redaction detector (Presidio with the UK recognizers), loaded on first use.
"""

from __future__ import annotations

from collections.abc import Iterator

from eval.checks import text as T
from eval.checks.base import Finding, Material, check, data, finding

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "pc", "dc", "sgt", "mx", "prof"}


@check("privacy.identifier_leak")
def identifier_leak(material: Material) -> Iterator[Finding]:
    from redaction.detector import detect_unredacted
    from redaction.vault import PLACEHOLDER

    record, notes = material.record, material.notes or ""
    spans = detect_unredacted(record)
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
