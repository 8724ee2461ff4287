"""Speaker labels and layouts of the `fresh25` split's transcripts (see transcript.py).

The conversation is typed up as a ward visit, an annexe visit, a visit in a young offender institution
or a pathway plan review writes it: the social worker is "SW (author)", a mother "Mum (ward)" or "Mum
(home)", a father "Dad (by phone)", a carer "Nan (annexe)", a manager "TM", a school "Head of boarding"
and a nursery "Nursery room lead"; the child is the first name followed by "(YP)" from eleven, "(CYP)"
under eleven, or the first name alone. A brother or sister at a home or child protection visit says
something too (transcript8.with_sibling). A third of the transcripts are typed from a recording with
the time elapsed before each turn ("[00:03:12] SW (author): ..."); a third as a play script, the
speaker in capitals with a full stop ("SW (AUTHOR). ..."); a third as typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("sw (author)", "mum (ward)", "mum (home)", "dad (by phone)", "nan (annexe)", "head of boarding", "nursery room lead")


def labels_fresh25(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh25 transcript: roles as a ward visit, an annexe visit or a
    pathway plan review names them, and the child by first name, with "(YP)" or "(CYP)" about half the
    time."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Nan (annexe)"
    elif p.adult_role == "mum":
        adult = rng.choice(["Mum (ward)", "Mum (home)"])
    else:
        adult = "Dad (by phone)"
    first = label(p.child.first)
    child = rng.choice([first, f"{first} ({'YP' if p.age >= 11 else 'CYP'})"])
    return {"sw": "SW (author)", "adult": adult, "child": child, "teacher": "Nursery room lead" if p.age <= 4 else "Head of boarding",
            "mgr": "TM"}


def play_or_qa(day: dt.date, rng) -> Write | None:
    """How a transcript typed from a recording writes a turn (the time elapsed since the recording
    started, in square brackets, before the speaker), how a play script does (the speaker in capitals
    and a full stop), or None as typed (see transcript.restyled). The recording's clock moves on ten to
    forty seconds a turn. `day` is unused: a recording counts from zero, whatever the date."""
    kind = rng.choice(["stamp", "play", "typed"])
    if kind == "typed":
        return None
    clock = [rng.randint(5, 90)]

    def write(speaker: str, words: str) -> str:
        seconds = clock[0]
        clock[0] += rng.randint(10, 40)
        stamp = f"[{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}]"
        return f"{stamp} {speaker}: {words}" if kind == "stamp" else f"{speaker.upper()}. {words}"
    return write
