"""Speaker labels and layouts of the `fresh29` split's transcripts (see transcript.py).

The conversation is typed up as a budget hotel visit, a student family flat visit, a showmen's yard
visit or a boarding school visit writes it: the social worker is "SW (on rota)", a mother "Mum (hotel)"
or "Mum (student flat)", a father "Dad (showman)", a carer "Houseparent" or "Matron", a manager "Deputy
TM", a school "Housemaster" and a nursery "Campus nursery"; the child is the first name followed by the
age and "yrs" ("Sahithi, 9 yrs"), or the first name alone. A brother or sister at a home or child
protection visit says something too (transcript8.with_sibling). A third of the transcripts come from a
Zoom meeting's chat export ("From SW (on rota) to Everyone: ..."); a third as a phone's dictation app
writes them, a middle dot after the speaker ("SW (on rota) · ..."); a third as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("sw (on rota)", "mum (hotel)", "mum (student flat)", "dad (showman)", "houseparent", "matron", "deputy tm", "housemaster",
          "campus nursery")


def labels_fresh29(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh29 transcript: roles as a hotel, a student flat, a yard or a boarding
    visit names them, and the child by first name, with ", 9 yrs" (the age) about half the time."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = rng.choice(["Houseparent", "Matron"])
    elif p.adult_role == "mum":
        adult = rng.choice(["Mum (hotel)", "Mum (student flat)"])
    else:
        adult = "Dad (showman)"
    first = label(p.child.first)
    child = rng.choice([first, f"{first}, {p.age} yrs"])
    return {"sw": "SW (on rota)", "adult": adult, "child": child,
            "teacher": "Campus nursery" if p.age <= 4 else "Housemaster", "mgr": "Deputy TM"}


def zoom_or_dotted(rng) -> Write | None:
    """How a Zoom meeting's chat export writes a turn ("From SW (on rota) to Everyone: ..."), how a dictation app
    does (a middle dot after the speaker), or None as typed (see transcript.restyled)."""
    kind = rng.choice(["zoom", "dotted", "typed"])
    if kind == "typed":
        return None
    if kind == "zoom":
        return lambda speaker, words: f"From {speaker} to Everyone: {words}"
    return lambda speaker, words: f"{speaker} \u00b7 {words}"
