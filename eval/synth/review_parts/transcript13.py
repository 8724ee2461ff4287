"""Speaker labels and exports of the `fresh13` split's transcripts (see transcript.py).

The recording is a video call, and the labels are the call's display names: the worker who set the
call up is "Social worker (host)", a manager "Manager (host)", the family and the school join as
guests ("Mum (guest)", "Carer (guest)", "School (guest)"), and the child by first name, "(guest)"
added or not. A deaf parent's words are signed in British Sign Language and voiced by the
interpreter, whose voice the call labels: "BSL interpreter (for Mum)". A brother or sister at a home or
child protection visit says something too (transcript8.with_sibling). A third of the transcripts are
the call's chat and captions pasted in, each turn after the clock time in square brackets ("[14:02]
Mum (guest): ..."); a third are typed up with an em dash after the speaker ("Mum (guest) — ...");
a third are as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("social worker (host)", "manager (host)", "mum (guest)", "dad (guest)", "carer (guest)", "school (guest)",
          "nursery (guest)", "bsl interpreter (for mum)", "bsl interpreter (for dad)")
EM = "\u2014"


def labels_fresh13(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh13 transcript: a video call's hosts and guests, a parent's words
    voiced by a BSL interpreter in about a third of them, and the child by first name."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Carer (guest)"
    else:
        role = {"mum": "Mum", "dad": "Dad"}[p.adult_role]
        adult = rng.choice([f"{role} (guest)", f"{role} (guest)", f"BSL interpreter (for {role})"])
    return {"sw": "Social worker (host)", "adult": adult,
            "child": rng.choice([label(p.child.first), f"{label(p.child.first)} (guest)"]),
            "teacher": "Nursery (guest)" if p.age <= 4 else "School (guest)", "mgr": "Manager (host)"}


def pasted(rng) -> Write | None:
    """How the call's chat and captions paste a turn ("[14:02] Label: ..."), how it is typed up with an
    em dash after the speaker, or None as typed (see transcript.restyled)."""
    kind = rng.choice(["chat", "dash", "typed"])
    if kind == "typed":
        return None
    minutes = rng.randint(9 * 60, 17 * 60)

    def write(speaker: str, words: str) -> str:
        nonlocal minutes
        line = f"[{minutes // 60:02d}:{minutes % 60:02d}] {speaker}: {words}" if kind == "chat" else f"{speaker} {EM} {words}"
        minutes += rng.randint(0, 2)
        return line
    return write
