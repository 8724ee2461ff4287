"""Speaker labels of the `fresh9` split's transcripts (see transcript.py).

Half the transcripts are typed up the way a court bundle's transcript is, every label in capitals
("SOCIAL WORKER", "MOTHER", the child's first name); the other half label the worker as "Allocated
worker", a parent who speaks through an interpreter as "Mum (interpreted)" (the interpreter speaks
in the first person), and the child with their age after a comma ("Amira, 9"). A brother or sister
at a home or child protection visit says something too (transcript8.with_sibling).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from eval.synth.review_parts.bank import cap

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer

LABELS = ("allocated worker", "mum (interpreted)", "dad (interpreted)")


def labels_fresh9(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh9 transcript: a court bundle's capitals, or roles with the
    child's age after a comma."""
    p, rng = w.src.people, w.rng
    if rng.random() < 0.5:  # a transcript typed up for a court bundle
        adult = p.adult.first.upper() if p.adult_role == "carer" else {"mum": "MOTHER", "dad": "FATHER"}[p.adult_role]
        return {"sw": "SOCIAL WORKER", "adult": adult, "child": p.child.first.upper(),
                "teacher": w.src.slots["teacher"].upper(), "mgr": "MANAGER"}
    if p.adult_role == "carer":
        adult = label(p.adult.first)
    else:
        adult = f"{cap(p.adult_role)} (interpreted)" if rng.random() < 0.5 else cap(p.adult_role)
    return {"sw": "Allocated worker", "adult": adult, "child": f"{label(p.child.first)}, {p.age}",
            "teacher": w.src.slots["teacher"], "mgr": rng.choice(["Supervisor", f"{label(p.cast['mgr'].first)} (TM)"])}
