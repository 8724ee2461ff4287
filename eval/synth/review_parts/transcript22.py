"""Speaker labels and layouts of the `fresh22` split's transcripts (see transcript.py).

The conversation is typed up as a hotel or unit visit with an interpreter in the room writes it: the
social worker is "SW (allocated)", a mother "Mum (interpreted)" when the family speak through the
interpreter or "Mum (unit)" at a mother-and-baby unit, a father "Dad (by video)", a carer "Lodgings
host", a manager "TM (on call)", a school "DSL (school)" and a nursery "Unit key worker"; the child is
the first name followed by "(16+)" from sixteen, or the first name alone. A brother or sister at a home
or child protection visit says something too (transcript8.with_sibling). A third of the transcripts
write each turn as reported speech ("SW (allocated) said: ..."), as a voice note typed up by someone
else does; a third put the speaker in square brackets ("[SW (allocated)] ..."), as a police report's
interview extract does; a third as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("sw (allocated)", "mum (interpreted)", "mum (unit)", "dad (by video)", "lodgings host", "tm (on call)", "dsl (school)",
          "unit key worker")


def labels_fresh22(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh22 transcript: roles as a hotel or unit visit names them, and the
    child by first name, with "(16+)" about half the time from sixteen."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Lodgings host"
    elif p.adult_role == "mum":
        adult = rng.choice(["Mum (interpreted)", "Mum (unit)"])
    else:
        adult = "Dad (by video)"
    first = label(p.child.first)
    child = rng.choice([first, f"{first} (16+)"]) if p.age >= 16 else first
    return {"sw": "SW (allocated)", "adult": adult, "child": child, "teacher": "Unit key worker" if p.age <= 4 else "DSL (school)",
            "mgr": "TM (on call)"}


def reported(rng) -> Write | None:
    """How a voice note typed up by someone else lays out a turn (as reported speech, "... said: ..."),
    how a police report's interview extract does (the speaker in square brackets), or None as typed (see
    transcript.restyled)."""
    kind = rng.choice(["said", "square", "typed"])
    if kind == "typed":
        return None
    return (lambda speaker, words: f"{speaker} said: {words}") if kind == "said" else (lambda speaker, words: f"[{speaker}] {words}")
