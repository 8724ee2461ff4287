"""Speaker labels and cue times of the `fresh7` split's transcripts (see transcript.py).

A recording app labels the voices by number ("Speaker 1" the worker, "Speaker 2" the parent or the
manager, "Speaker 3" the child, "Speaker 4" the teacher), and the present line says who each is;
other transcripts name the adults in full, a parent who speaks through an interpreter as "Mum via
interpreter", the worker as "CSW" or "Social worker". Half the transcripts are exported as WebVTT,
each spoken turn under a cue line of start and end times ("00:01:04.200 --> 00:01:09.880").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eval.synth.review_parts.bank import cap

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer

LABELS = ("speaker 1", "speaker 2", "speaker 3", "speaker 4", "mum via interpreter", "dad via interpreter")
SPOKEN = re.compile(r"^[^\[\]:\n]{1,40}: ")  # "Label: what they said"


def labels_fresh7(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh7 transcript: numbered voices, or names and roles."""
    p, rng = w.src.people, w.rng
    if rng.random() < 0.4:  # an app's numbered voices, the key in the present line
        return {"sw": "Speaker 1", "adult": "Speaker 2", "child": "Speaker 3", "teacher": "Speaker 4",
                "mgr": "Speaker 2"}
    full = lambda person: label(f"{person.first} {person.last}")  # noqa: E731
    if p.adult_role == "carer":
        adult = rng.choice([full(p.adult), label(p.adult.first)])
    else:
        adult = rng.choice([f"{cap(p.adult_role)} via interpreter", full(p.adult), label(p.adult.first)])
    return {"sw": rng.choice(["CSW", "Social worker", full(p.cast["sw"])]), "adult": adult,
            "child": label(p.child.first), "teacher": rng.choice([cap(p.teacher_role), full(p.cast["teacher"])]),
            "mgr": rng.choice(["Team manager", full(p.cast["mgr"])])}


def cued(lines: list[str], rng) -> list[str]:
    """Lines as a WebVTT export: every spoken turn under its cue times, rising from the start of the
    recording; the worker's bracketed notes stay as they are."""
    ms, out = rng.randint(1000, 20000), []
    for line in lines:
        if SPOKEN.match(line):
            end = ms + rng.randint(1500, 9000)
            out.append(f"{_stamp(ms)} --> {_stamp(end)}\n{line}")
            ms = end + rng.randint(200, 4000)
        else:
            out.append(line)
    return out


def _stamp(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"
