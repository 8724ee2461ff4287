"""Evaluation-only checks that read a benchmark case's gold labels (DESIGN.md, Case JSONL)."""

from __future__ import annotations

from collections.abc import Iterator

from eval.checks.align import content, numbers, vectors
from eval.checks.base import Finding, Material, check, data, finding
from eval.checks.clauses import polarity
from eval.checks.vocabulary import note_stems


@check("accuracy.must_not_state")
def must_not_state(material: Material) -> Iterator[Finding]:
    """A record sentence that says what the case lists as must-not-state.

    What makes such a claim false is either words the notes never use ("fallen", "hurting
    himself") or a flipped polarity ("no food"). So a sentence states the claim when it is close
    in meaning and carries every word of the claim that the notes lack; or, when the claim has no
    such words, when it is very close and shares nearly all its words. Either way it must have the
    claim's polarity, and give no number the claim does not (that is a different claim).
    """
    claims, sentences = material.must_not_state or [], material.sentences
    if not claims or not sentences:
        return
    limits = data("gold")["must_not_state"]
    vocabulary = note_stems(material)
    similarity = vectors(claims) @ vectors([s.text for s in sentences]).T
    for claim, row in zip(claims, similarity, strict=True):
        stems = set(content(claim))
        novel = stems - vocabulary
        for sentence, sim in zip(sentences, row, strict=True):
            words = set(content(sentence.text))
            if polarity(claim) != polarity(sentence.text) or not numbers(sentence.text) <= numbers(claim):
                continue  # denies the claim, or gives a number it does not: another claim
            if novel:
                states = sim >= limits["similarity"] and novel <= words
            else:
                states = sim >= limits["flip_similarity"] and len(stems & words) >= limits["flip_overlap"] * len(stems)
            if states:
                yield finding("accuracy.must_not_state", f"The record states something it must not: {claim}",
                              span=(sentence.start, sentence.end), evidence=claim,
                              suggestion="Remove it: the notes do not say this.")
                break

