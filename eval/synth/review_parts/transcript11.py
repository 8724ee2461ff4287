"""Speaker labels and exports of the `fresh11` split's transcripts (see transcript.py).

The worker is the "CW" (case worker) or the "Case holder"; a parent is named the way the family
say it ("Mam", "Dad"), a foster carer by "Carer" and the first name in brackets ("Carer (Pat)"); the
child by first name with "aged" and the age in brackets ("Amira (aged 9)") or as a numbered young
person ("YP1"), as a recording typed up for a multi-child family is; a teacher speaks for "School" (or
"Nursery" for a child under five); a manager is the "PS" (practice supervisor). A brother or sister at
a home or child protection visit says something too (transcript8.with_sibling). A third of the
transcripts are exported by a word processor's dictation and transcription tool, the time into the
recording and the speaker on a line above what they said ("00:03:41 CW"); a third are a meeting app's
export with a timestamp on its own line before every few turns ("00:03:41"); a third are as typed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer

LABELS = ("cw", "case holder", "mam", "school", "nursery", "ps")
SPEAKER = re.compile(r"^([^\[\]:\n]{1,40}): (.*)$", re.DOTALL)  # "Label: what they said"


def labels_fresh11(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh11 transcript: case-holder roles, the parent as the family say
    it, a carer by role and first name, and the child with "aged" and the age or as "YP1"."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = f"Carer ({label(p.adult.first)})"
    else:
        adult = {"mum": "Mam", "dad": "Dad"}[p.adult_role]
    return {"sw": rng.choice(["CW", "Case holder"]), "adult": adult,
            "child": rng.choice([f"{label(p.child.first)} (aged {p.age})", "YP1"]),
            "teacher": "Nursery" if p.age <= 4 else "School", "mgr": "PS"}


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def transcribed(lines: list[str], rng) -> list[str]:
    """The lines as a word processor's transcription tool exports them (the time and the speaker
    above each turn), as a meeting app exports them (a timestamp line before every few turns), or as
    typed; the worker's bracketed notes stay as they are."""
    kind = rng.choice(["tool", "meeting", "typed"])
    if kind == "typed":
        return lines
    seconds, out = rng.randint(2, 40), []
    for line in lines:
        m = SPEAKER.match(line)
        if not m:
            out.append(line)
            continue
        if kind == "tool":
            out.append(f"{_clock(seconds)} {m.group(1)}\n{m.group(2)}")
        else:
            if not out or rng.random() < 0.4:
                out.append(_clock(seconds))
            out.append(line)
        seconds += rng.randint(4, 90)
    return out
