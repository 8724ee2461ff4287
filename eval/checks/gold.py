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
    claims = compared_claims(material)
    if not claims:
        return
    limits = data("gold")["must_not_state"]
    candidates = _candidates(material)
    similarity = vectors(claims) @ vectors([s.text for s in material.sentences]).T
    for claim, row in zip(claims, similarity, strict=True):
        for index, needs in candidates[claim]:
            if row[index] >= limits["similarity" if needs == "novel" else "flip_similarity"]:
                sentence = material.sentences[index]
                yield finding("accuracy.must_not_state", f"The record states something it must not: {claim}",
                              span=(sentence.start, sentence.end), evidence=claim,
                              suggestion="Remove it: the notes do not say this.")
                break


def compared_claims(material: Material) -> list[str]:
    """The must-not-state claims some record sentence may state by its words (`_candidates`):
    only these are compared by meaning, so only these are embedded."""
    candidates = _candidates(material)
    return [claim for claim in material.must_not_state or [] if candidates[claim]]


def _candidates(material: Material) -> dict[str, list[tuple[int, str]]]:
    """Per must-not-state claim, the record sentences (by index) that carry its words and
    polarity and give no number it does not, each with the similarity it then needs: "novel"
    (the claim's words the notes lack are all in the sentence) or "flip" (the claim has none,
    and the sentence shares nearly all its words)."""
    def make() -> dict[str, list[tuple[int, str]]]:
        limits = data("gold")["must_not_state"]
        vocabulary = note_stems(material)
        out: dict[str, list[tuple[int, str]]] = {}
        for claim in material.must_not_state or []:
            stems = set(content(claim))
            novel = stems - vocabulary
            found = out.setdefault(claim, [])
            for index, sentence in enumerate(material.sentences):
                words = set(content(sentence.text))
                if polarity(claim) != polarity(sentence.text) or not numbers(sentence.text) <= numbers(claim):
                    continue  # denies the claim, or gives a number it does not: another claim
                if novel and novel <= words:
                    found.append((index, "novel"))
                elif not novel and len(stems & words) >= limits["flip_overlap"] * len(stems):
                    found.append((index, "flip"))
        return out
    return material.memo("must_not_state_candidates", make)
