"""Speaker labels and exports of the `fresh10` split's transcripts (see transcript.py).

The worker is the "Lead professional" or named by first name and the initial of the surname ("Emma
W."), as minutes name people; a parent is named by their relationship to the child ("Amira's mum"),
a foster carer by first name and initial; the child by first name with the age in square brackets
("Amira [9]") or by an initial alone ("A."), as a record that must not name the child in full does;
a teacher speaks for "Education" (or "Early years" for a child under five); a manager is the "Line
manager". A brother or sister at a home or child protection visit says something too
(transcript8.with_sibling). A third of the transcripts are a transcription service's export, each
speaker's label and the minutes and seconds into the recording on a line above what they said
("Lead professional (03:41):"); a third are typed for a bundle with every line numbered ("014  ").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer

LABELS = ("lead professional", "education", "early years", "line manager")
SPEAKER = re.compile(r"^([^\[\]:\n]{1,40}): (.*)$", re.DOTALL)  # "Label: what they said"


def labels_fresh10(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh10 transcript: roles of a meeting, names with an initial, the
    parent by relationship to the child and the child with the age in brackets or an initial alone."""
    p, rng = w.src.people, w.rng
    initial = lambda person: f"{label(person.first)} {person.last[0].upper()}."  # noqa: E731 - "Emma W."
    child = label(p.child.first)
    if p.adult_role == "carer":
        adult = initial(p.adult)
    else:
        adult = f"{child}'s {p.adult_role}"
    return {"sw": rng.choice(["Lead professional", initial(p.cast["sw"])]), "adult": adult,
            "child": rng.choice([f"{child} [{p.age}]", f"{p.child.first[0].upper()}."]),
            "teacher": "Early years" if p.age <= 4 else "Education",
            "mgr": rng.choice(["Line manager", initial(p.cast["mgr"])])}


def laid_out(lines: list[str], rng) -> list[str]:
    """The lines as a transcription service exports them (the label and the time into the recording
    above each turn), numbered for a bundle, or as typed."""
    kind = rng.choice(["service", "numbered", "typed"])
    if kind == "typed":
        return lines
    if kind == "numbered":
        return [f"{n:03d}  {line}" for n, line in enumerate(lines, 1)]
    seconds, out = rng.randint(2, 25), []
    for line in lines:
        m = SPEAKER.match(line)
        if m:
            out.append(f"{m.group(1)} ({seconds // 60:02d}:{seconds % 60:02d}):\n{m.group(2)}")
            seconds += rng.randint(5, 80)
        else:
            out.append(line)
    return out
