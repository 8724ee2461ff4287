"""Speaker labels and exports of the `fresh16` split's transcripts (see transcript.py).

The recording is a discussion run like a strategy call: the worker is "Allocated SW", a manager
"Chair", a school "School (DSL)", a nursery "Nursery (key person)"; a parent who speaks through an
interpreter is "Mother (via interpreter)" or "Father (via interpreter)" in about a third of them; a
foster carer or a children's home worker is "Placement"; the child is "YP" before the first name
("YP Sikudhani") or the first name alone. A brother or sister at a home or child protection visit
says something too (transcript8.with_sibling). A third of the transcripts come from a dictation app
that writes the time since the start in hours, minutes and seconds after the speaker ("Chair
(00:04:07): ..."); a third are typed with the speaker in capitals and a dash ("CHAIR - ..."); a third
as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("allocated sw", "chair", "school (dsl)", "nursery (key person)", "placement", "mother (via interpreter)",
          "father (via interpreter)")


def labels_fresh16(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh16 transcript: the roles of a strategy call, a parent speaking
    through an interpreter in about a third of them, and the child by first name."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Placement"
    else:
        role = {"mum": "Mother", "dad": "Father"}[p.adult_role]
        adult = rng.choice([role, role, f"{role} (via interpreter)"])
    return {"sw": "Allocated SW", "adult": adult,
            "child": rng.choice([label(p.child.first), f"YP {label(p.child.first)}"]),
            "teacher": "Nursery (key person)" if p.age <= 4 else "School (DSL)", "mgr": "Chair"}


def dictated(rng) -> Write | None:
    """How a dictation app writes a turn (the time since the start after the speaker), with the speaker
    in capitals and a dash, or None as typed (see transcript.restyled)."""
    kind = rng.choice(["dictated", "capitals", "typed"])
    if kind == "typed":
        return None
    seconds = rng.randint(5, 150)

    def write(speaker: str, words: str) -> str:
        nonlocal seconds
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        line = (f"{speaker} ({hours:02d}:{minutes:02d}:{secs:02d}): {words}" if kind == "dictated"
                else f"{speaker.upper()} - {words}")
        seconds += rng.randint(6, 90)
        return line
    return write
