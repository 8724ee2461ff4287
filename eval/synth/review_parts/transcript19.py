"""Speaker labels and layouts of the `fresh19` split's transcripts (see transcript.py).

The conversation is written up from a youth justice or family support worker's joint visit: the
social worker is "CSW (author)", a parent "Mother (through interpreter)" when an interpreter was on
the line or "Mother (M.)" / "Father (F.)", a carer "Kinship carer", a manager "Duty TM", a school
"School DSL" and a nursery "Setting manager"; the child is the first name followed by the age in
brackets ("Amara (9)") or the first name alone. A brother or sister at a home or child protection
visit says something too (transcript8.with_sibling). A third of the transcripts were pasted out of a
two-column table in a Word template, each turn between pipes ("| CSW (author) | ... |"), a third were
copied out of the same table so that a tab stands between the speaker and the words, a third as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("csw (author)", "mother (through interpreter)", "mother (m.)", "father (f.)", "kinship carer", "duty tm", "school dsl",
          "setting manager")


def labels_fresh19(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh19 transcript: roles as a written-up joint visit names them, and
    the child by first name, with the age in brackets about half the time."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Kinship carer"
    elif p.adult_role == "mum":
        adult = rng.choice(["Mother (through interpreter)", "Mother (M.)"])
    else:
        adult = "Father (F.)"
    first = label(p.child.first)
    return {"sw": "CSW (author)", "adult": adult, "child": rng.choice([first, f"{first} ({p.age})"]),
            "teacher": "Setting manager" if p.age <= 4 else "School DSL", "mgr": "Duty TM"}


def tabled(rng) -> Write | None:
    """How a two-column Word table pastes a turn (the speaker and the words between pipes), how the same
    table copies it (a tab between the speaker and the words), or None as typed (see
    transcript.restyled)."""
    kind = rng.choice(["pipes", "tab", "typed"])
    if kind == "typed":
        return None
    return (lambda speaker, words: f"| {speaker} | {words} |") if kind == "pipes" else (lambda speaker, words: f"{speaker}\t{words}")
