"""Speaker labels and exports of the `fresh14` split's transcripts (see transcript.py).

The recording is a meeting round a table with a telephone interpreter on speakerphone: the worker is
"Allocated SW", a manager "Practice supervisor", a school "DSL", a nursery "Nursery key person", the
family's coordinator "TAF lead" is not a speaker of their own; a parent who needs an interpreter
speaks through "Interpreter (phone, for Mum)", whose words are the parent's in the first person; a
foster carer or a children's home worker is "Key worker"; the child is "CYP" after the first name
("Anesu (CYP)") or the first name alone. A brother or sister at a home or child protection visit says
something too (transcript8.with_sibling). A third of the transcripts are typed up as a court bundle
types them, each turn numbered in four digits ("0007 Allocated SW: ..."); a third with a double angle
after the speaker ("Mum >> ..."); a third are as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("allocated sw", "practice supervisor", "dsl", "nursery key person", "key worker",
          "interpreter (phone, for mum)", "interpreter (phone, for dad)")


def labels_fresh14(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh14 transcript: roles round a table, a parent's words through a
    telephone interpreter in about a third of them, and the child by first name."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Key worker"
    else:
        role = {"mum": "Mum", "dad": "Dad"}[p.adult_role]
        adult = rng.choice([role, role, f"Interpreter (phone, for {role})"])
    return {"sw": "Allocated SW", "adult": adult,
            "child": rng.choice([label(p.child.first), f"{label(p.child.first)} (CYP)"]),
            "teacher": "Nursery key person" if p.age <= 4 else "DSL", "mgr": "Practice supervisor"}


def bundled(rng) -> Write | None:
    """How a court bundle numbers a turn in four digits ("0007 Label: ..."), with a double angle after
    the speaker ("Label >> ..."), or None as typed; the worker's bracketed notes take no number (see
    transcript.restyled)."""
    kind = rng.choice(["numbered", "angle", "typed"])
    if kind == "typed":
        return None
    turn = rng.randint(1, 30)

    def write(speaker: str, words: str) -> str:
        nonlocal turn
        line = f"{turn:04d} {speaker}: {words}" if kind == "numbered" else f"{speaker} >> {words}"
        turn += 1
        return line
    return write
