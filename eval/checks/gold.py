"""Evaluation-only checks that read a benchmark case's gold labels (DESIGN.md, Case JSONL)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from eval.checks.align import content, vectors
from eval.checks.base import Finding, Material, check, data, finding

_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|nothing|without|neither|nor|denie[sd]|refused)\b|n't\b", re.I)


@check("accuracy.must_not_state")
def must_not_state(material: Material) -> Iterator[Finding]:
    """A record sentence that says what the case lists as must-not-state: close in meaning, sharing
    most of the claim's words, and of the same polarity ("Mum attended" does not state "Mum did
    not attend")."""
    claims, sentences = material.must_not_state or [], material.sentences
    if not claims or not sentences:
        return
    limits = data("gold")["must_not_state"]
    similarity = vectors(claims) @ vectors([s.text for s in sentences]).T
    for claim, row in zip(claims, similarity, strict=True):
        stems = set(content(claim))
        for sentence, sim in zip(sentences, row, strict=True):
            shared = len(stems & set(content(sentence.text))) / len(stems) if stems else 0.0
            if sim >= limits["similarity"] and shared >= limits["overlap"] and _negated(claim) == _negated(sentence.text):
                yield finding("accuracy.must_not_state", f"The record states something it must not: {claim}",
                              span=(sentence.start, sentence.end), evidence=claim,
                              suggestion="Remove it: the notes do not say this.")
                break


def _negated(text: str) -> bool:
    return len(_NEGATION.findall(text)) % 2 == 1
