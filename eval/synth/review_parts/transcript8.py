"""Speaker labels, a second child's voice and export formats of the `fresh8` split's transcripts.

Half the transcripts label people by role, the child with their age beside the name ("Amira (9)"),
a parent who speaks through an interpreter as "Interpreter (for Mum)" (the interpreter speaks in the
first person, as interpreters do), the worker as "Practitioner"; the other half as a meeting app
shows its participants, "Surname, First". When a brother or sister is at a home or child protection
visit they say something too. A quarter of the transcripts are exported as SubRip subtitles (a cue number, then
"00:01:04,200 --> 00:01:09,880", then the turn), a quarter as a meeting app's text file, with the
speaker in brackets and the clock time above what they said ("[Practitioner] 10:04:31").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eval.synth.people import case_name
from eval.synth.review_parts.bank import cap, wording

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer

LABELS = ("interpreter (for mum)", "interpreter (for dad)", "chair")
TURN = re.compile(r"^([^\[\]:\n]{1,40}): (.*)$", re.DOTALL)  # "Label: what they said"


def labels_fresh8(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh8 transcript: roles with the child's age, or "Surname, First"."""
    p, rng = w.src.people, w.rng
    if rng.random() < 0.5:  # a meeting app's participant names
        listed = lambda person: label(f"{person.last}, {person.first}")  # noqa: E731
        return {"sw": listed(p.cast["sw"]), "adult": listed(p.adult), "child": f"{label(p.child.first)} ({p.age})",
                "teacher": listed(p.cast["teacher"]), "mgr": listed(p.cast["mgr"])}
    if p.adult_role == "carer":
        adult = label(p.adult.first)
    else:
        adult = f"Interpreter (for {cap(p.adult_role)})" if rng.random() < 0.6 else cap(p.adult_role)
    return {"sw": "Practitioner", "adult": adult, "child": f"{label(p.child.first)} ({p.age})",
            "teacher": w.src.slots["teacher"], "mgr": rng.choice(["Chair", f"{label(p.cast['mgr'].first)} (manager)"])}


def with_sibling(w: Writer, lines: list[str]) -> list[str]:
    """The lines with a brother or sister, when there at a home or child protection visit, saying
    something of their own (never the child's words, which stay the child's)."""
    if not w.src.with_sib or w.src.code not in ("hv", "cp"):
        return lines
    sib = case_name(w.src.people.cast["sib"].first, "transcript", w.rng, label=True)
    at = w.rng.randint(2, max(2, len(lines) - 3))
    return lines[:at] + [f"{sib}: {wording('sib_line', w.split, w.rng)}"] + lines[at:]


def exported(lines: list[str], rng) -> list[str]:
    """The lines as a subtitle file (a quarter of transcripts), a meeting app's text export (a
    quarter), or as they are; the worker's bracketed notes stay as they are."""
    r = rng.random()
    if r < 0.5:
        return lines
    ms, out, cue, start = rng.randint(1000, 20000), [], 0, rng.randint(9, 16) * 3600
    for line in lines:
        m = TURN.match(line)
        if not m:
            out.append(line)
            continue
        end = ms + rng.randint(1500, 9000)
        if r < 0.75:
            cue += 1
            out.append(f"{cue}\n{_srt(ms)} --> {_srt(end)}\n{line}")
        else:
            clock = start + ms // 1000
            out.append(f"[{m.group(1)}] {clock // 3600:02d}:{clock // 60 % 60:02d}:{clock % 60:02d}\n{m.group(2)}")
        ms = end + rng.randint(200, 4000)
    return out


def _srt(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d},{ms % 1000:03d}"
