"""Speaker labels and layouts of the `fresh23` split's transcripts (see transcript.py).

The conversation is typed up as a refuge, B&B or foyer visit writes it: the social worker is "Allocated
SW", a mother "Mum (refuge)" or "Mum (B&B)", a father "Dad (on bail)", a carer "Foyer KW", a manager
"DTM", a school "HoY (school)" and a nursery "Key person (nursery)"; the child is the first name followed
by "(YP)" from fourteen, or the first name alone. A brother or sister at a home or child protection
visit says something too (transcript8.with_sibling). A third of the transcripts put the time of each
turn in square brackets before the speaker ("[14:02] Allocated SW: ..."), as a text-message log copied
from a work phone does; a third put it in brackets after the speaker ("Allocated SW (14:02): ..."), as
an interview record does; a third as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("allocated sw", "mum (refuge)", "mum (b&b)", "dad (on bail)", "foyer kw", "dtm", "hoy (school)", "key person (nursery)")


def labels_fresh23(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh23 transcript: roles as a refuge, B&B or foyer visit names them, and
    the child by first name, with "(YP)" about half the time from fourteen."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Foyer KW"
    elif p.adult_role == "mum":
        adult = rng.choice(["Mum (refuge)", "Mum (B&B)"])
    else:
        adult = "Dad (on bail)"
    first = label(p.child.first)
    child = rng.choice([first, f"{first} (YP)"]) if p.age >= 14 else first
    return {"sw": "Allocated SW", "adult": adult, "child": child, "teacher": "Key person (nursery)" if p.age <= 4 else "HoY (school)",
            "mgr": "DTM"}


def timed(rng) -> Write | None:
    """How a text-message log copied from a work phone lays out a turn (the time in square brackets before
    the speaker), how an interview record does (the time in brackets after the speaker), or None as typed
    (see transcript.restyled). The clock starts in the working day and moves on a minute or two a turn."""
    kind = rng.choice(["before", "after", "typed"])
    if kind == "typed":
        return None
    clock = [rng.randint(9 * 60, 16 * 60)]

    def write(speaker: str, words: str) -> str:
        stamp = f"{clock[0] // 60:02d}:{clock[0] % 60:02d}"
        clock[0] += rng.randint(0, 2)
        return f"[{stamp}] {speaker}: {words}" if kind == "before" else f"{speaker} ({stamp}): {words}"
    return write
