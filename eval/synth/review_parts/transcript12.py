"""Speaker labels and exports of the `fresh12` split's transcripts (see transcript.py).

A meeting or dictation app that knows no names labels the voices by number, and the worker keeps its
labels: the worker is "Speaker 1", the parent or carer "Speaker 2", the teacher "Speaker 3" and a
manager "Speaker 4"; only the child's turns are relabelled by hand, by first name or first name and
"(child)". A brother or sister at a home or child protection visit says something too
(transcript8.with_sibling). A third of the transcripts are the app's export, the speaker and the
minutes and seconds into the recording on a line above what they said ("Speaker 1  3:41"); a third are
pasted with the labels in capitals ("SPEAKER 1: ..."), as the app's "copy all" gives them; a third are
as typed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer

LABELS = ("speaker 1", "speaker 2", "speaker 3", "speaker 4")
SPEAKER = re.compile(r"^([^\[\]:\n]{1,40}): (.*)$", re.DOTALL)  # "Label: what they said"


def labels_fresh12(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh12 transcript: numbered voices, and the child by first name."""
    p, rng = w.src.people, w.rng
    return {"sw": "Speaker 1", "adult": "Speaker 2",
            "child": rng.choice([label(p.child.first), f"{label(p.child.first)} (child)"]),
            "teacher": "Speaker 3", "mgr": "Speaker 4"}


def voiced(lines: list[str], rng) -> list[str]:
    """The lines as the app exports them (speaker and "m:ss" above each turn), pasted with capital
    labels, or as typed; the worker's bracketed notes stay as they are."""
    kind = rng.choice(["app", "caps", "typed"])
    if kind == "typed":
        return lines
    seconds, out = rng.randint(1, 30), []
    for line in lines:
        m = SPEAKER.match(line)
        if not m:
            out.append(line)
            continue
        if kind == "app":
            out.append(f"{m.group(1)}  {seconds // 60}:{seconds % 60:02d}\n{m.group(2)}")
        else:
            out.append(f"{m.group(1).upper()}: {m.group(2)}")
        seconds += rng.randint(5, 80)
    return out
