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

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer

LABELS = ("allocated sw", "practice supervisor", "dsl", "nursery key person", "key worker",
          "interpreter (phone, for mum)", "interpreter (phone, for dad)")
SPEAKER = re.compile(r"^([^\[\]:\n]{1,40}): (.*)$", re.DOTALL)  # "Label: what they said"


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


def bundled(lines: list[str], rng) -> list[str]:
    """The lines numbered in four digits as a court bundle types them ("0007 Label: ..."), with a
    double angle after the speaker ("Label >> ..."), or as typed; the worker's bracketed notes stay
    as they are (and take no number)."""
    kind = rng.choice(["numbered", "angle", "typed"])
    if kind == "typed":
        return lines
    turn, out = rng.randint(1, 30), []
    for line in lines:
        m = SPEAKER.match(line)
        if not m:
            out.append(line)
            continue
        out.append(f"{turn:04d} {m.group(1)}: {m.group(2)}" if kind == "numbered" else f"{m.group(1)} >> {m.group(2)}")
        turn += 1
    return out
