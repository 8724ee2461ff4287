"""Speaker labels and layouts of the `fresh21` split's transcripts (see transcript.py).

The conversation is typed up as a family group conference or a return home interview writes it: the
social worker is "Lead practitioner", a mother "Mam" (a Welsh valleys family) or "Mum (on Teams)", a
father "Dad (on speaker)", a carer "Connected carer", a manager "Practice supervisor", a school "SENCo"
and a nursery "Early years lead"; the child is the first name followed by "(young person)" from
thirteen, or the first name alone. A brother or sister at a home or child protection visit says
something too (transcript8.with_sibling). A third of the transcripts put an em dash between the speaker
and the words ("Lead practitioner — ..."), as a Word document's autocorrect does; a third put the speaker
in angle brackets ("<Lead practitioner> ..."), as a chat log saved as text does; a third as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("lead practitioner", "mam", "mum (on teams)", "dad (on speaker)", "connected carer", "practice supervisor", "senco",
          "early years lead")


def labels_fresh21(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh21 transcript: roles as a family group conference names them, and
    the child by first name, with "(young person)" about half the time from thirteen."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Connected carer"
    elif p.adult_role == "mum":
        adult = rng.choice(["Mam", "Mum (on Teams)"])
    else:
        adult = "Dad (on speaker)"
    first = label(p.child.first)
    child = rng.choice([first, f"{first} (young person)"]) if p.age >= 13 else first
    return {"sw": "Lead practitioner", "adult": adult, "child": child, "teacher": "Early years lead" if p.age <= 4 else "SENCo",
            "mgr": "Practice supervisor"}


def dashed(rng) -> Write | None:
    """How Word's autocorrect lays out a turn (an em dash between the speaker and the words), how a chat
    log saved as text does (the speaker in angle brackets), or None as typed (see transcript.restyled)."""
    kind = rng.choice(["dash", "angle", "typed"])
    if kind == "typed":
        return None
    return (lambda speaker, words: f"{speaker} \u2014 {words}") if kind == "dash" else (lambda speaker, words: f"<{speaker}> {words}")
