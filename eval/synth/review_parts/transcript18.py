"""Speaker labels and exports of the `fresh18` split's transcripts (see transcript.py).

The recording is a call or a visit typed up from the council's phone system: the worker is
"Allocated worker", a grandmother or foster carer "Proposed guardian" or "Host", a parent "Mum (M)" or
"Dad (F)" as a court transcript marks them, a manager "Legal / TM", a school "DSL (by phone)" and a
nursery "Key person (by phone)"; the child is the first name in capitals ("AMARA") or the first name
alone. A brother or sister at a home or child protection visit says something too
(transcript8.with_sibling). A third of the transcripts are pasted from a messaging app's chat export,
each line opening with the date and time in square brackets ("[03/02/2026, 14:02:11] Allocated
worker: ..."), a third were copied out of a Word document with the speaker in bold ("**Allocated
worker:** ..."), a third as typed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("allocated worker", "proposed guardian", "host", "mum (m)", "dad (f)", "legal / tm", "dsl (by phone)",
          "key person (by phone)")


def labels_fresh18(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh18 transcript: roles as a typed-up call names them, and the
    child by first name, in capitals about half the time."""
    p, rng = w.src.people, w.rng
    adult = (rng.choice(["Proposed guardian", "Host"]) if p.adult_role == "carer"
             else {"mum": "Mum (M)", "dad": "Dad (F)"}[p.adult_role])
    first = label(p.child.first)
    return {"sw": "Allocated worker", "adult": adult, "child": rng.choice([first, first.upper()]),
            "teacher": "Key person (by phone)" if p.age <= 4 else "DSL (by phone)", "mgr": "Legal / TM"}


def chatted(day: dt.date, rng) -> Write | None:
    """How a messaging app's chat export writes a turn (the date and time in square brackets before the
    speaker), with the speaker in bold as a Word document copied them, or None as typed (see
    transcript.restyled)."""
    kind = rng.choice(["chat", "bold", "typed"])
    if kind == "typed":
        return None
    seconds = rng.randint(9 * 3600, 17 * 3600)

    def write(speaker: str, words: str) -> str:
        nonlocal seconds
        hours, rest = divmod(seconds, 3600)
        minutes, secs = divmod(rest, 60)
        line = (f"[{day:%d/%m/%Y}, {hours:02d}:{minutes:02d}:{secs:02d}] {speaker}: {words}" if kind == "chat"
                else f"**{speaker}:** {words}")
        seconds += rng.randint(8, 120)
        return line
    return write
