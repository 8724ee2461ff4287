"""Speaker labels and exports of the `fresh15` split's transcripts (see transcript.py).

The recording is a meeting held partly on Teams: the worker is "SW1", a manager "ATM" (assistant team
manager), a school "SENCo", a nursery "Nursery practitioner"; a parent who joins from home is "Mum (on
Teams)" or "Dad (on Teams)" in about a third of them; a foster carer or a children's home worker is
"Carer (connected person)"; the child is "YP" after the first name ("Twaambo (YP)") or the first name
alone. A brother or sister at a home or child protection visit says something too
(transcript8.with_sibling). A third of the transcripts are pasted from a Teams export, each turn's
speaker and minutes into the meeting on a line of their own above what was said ("SW1   4:07"); a
third with the minutes in square brackets before the speaker ("[04:07] SW1: ..."); a third as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("sw1", "atm", "senco", "nursery practitioner", "carer (connected person)", "mum (on teams)", "dad (on teams)")


def labels_fresh15(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh15 transcript: roles of a meeting held partly on Teams, a parent
    joining from home in about a third of them, and the child by first name."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Carer (connected person)"
    else:
        role = {"mum": "Mum", "dad": "Dad"}[p.adult_role]
        adult = rng.choice([role, role, f"{role} (on Teams)"])
    return {"sw": "SW1", "adult": adult,
            "child": rng.choice([label(p.child.first), f"{label(p.child.first)} (YP)"]),
            "teacher": "Nursery practitioner" if p.age <= 4 else "SENCo", "mgr": "ATM"}


def exported(rng) -> Write | None:
    """How a Teams export lays out a turn (the speaker and the minutes on a line above what was said),
    with the minutes in square brackets before the speaker, or None as typed; the worker's bracketed
    notes take no time (see transcript.restyled)."""
    kind = rng.choice(["teams", "stamped", "typed"])
    if kind == "typed":
        return None
    seconds = rng.randint(20, 200)

    def write(speaker: str, words: str) -> str:
        nonlocal seconds
        minutes, secs = divmod(seconds, 60)
        line = f"{speaker}   {minutes}:{secs:02d}\n{words}" if kind == "teams" else f"[{minutes:02d}:{secs:02d}] {speaker}: {words}"
        seconds += rng.randint(8, 75)
        return line
    return write
