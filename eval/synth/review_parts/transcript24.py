"""Speaker labels and layouts of the `fresh24` split's transcripts (see transcript.py).

The conversation is typed up as a strategy discussion minute, a kinship visit or a visit to a prison's
mother-and-baby unit writes it: the social worker is "SW (allocated)" in a minute's brackets written
"SW - allocated", a mother "Mum (MBU)" or "Mum (on site)", a father "Dad (police bail)", a carer "Kinship
carer", a manager "TM (chair)", a school "DT (school)" and a nursery "Nursery keyworker"; the child is the
first name followed by "(child)" under eleven, "(young person)" from eleven, or the first name alone. A
brother or sister at a home or child protection visit says something too (transcript8.with_sibling). A
third of the transcripts are a phone's chat export as Android writes it, the date and time and a dash
before the speaker ("03/03/2026, 14:02 - SW - allocated: ..."); a third put an em dash after the speaker
instead of a colon ("SW - allocated — ..."), as a minute typed in Word does; a third as typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("sw - allocated", "mum (mbu)", "mum (on site)", "dad (police bail)", "kinship carer", "tm (chair)", "dt (school)",
          "nursery keyworker")


def labels_fresh24(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh24 transcript: roles as a strategy discussion minute, a kinship
    visit or a visit to a mother-and-baby unit names them, and the child by first name, with "(child)" or
    "(young person)" about half the time."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Kinship carer"
    elif p.adult_role == "mum":
        adult = rng.choice(["Mum (MBU)", "Mum (on site)"])
    else:
        adult = "Dad (police bail)"
    first = label(p.child.first)
    child = rng.choice([first, f"{first} ({'young person' if p.age >= 11 else 'child'})"])
    return {"sw": "SW - allocated", "adult": adult, "child": child, "teacher": "Nursery keyworker" if p.age <= 4 else "DT (school)",
            "mgr": "TM (chair)"}


def chat_or_minute(day: dt.date, rng) -> Write | None:
    """How a phone's chat export writes a turn as Android does (the date and time and a dash before the
    speaker), how a minute typed in Word does (an em dash after the speaker instead of a colon), or None as
    typed (see transcript.restyled). The clock starts in the working day and moves on a minute or two a turn."""
    kind = rng.choice(["android", "em", "typed"])
    if kind == "typed":
        return None
    clock = [rng.randint(9 * 60, 16 * 60)]

    def write(speaker: str, words: str) -> str:
        stamp = f"{clock[0] // 60:02d}:{clock[0] % 60:02d}"
        clock[0] += rng.randint(0, 2)
        return f"{day:%d/%m/%Y}, {stamp} - {speaker}: {words}" if kind == "android" else f"{speaker} \u2014 {words}"
    return write
