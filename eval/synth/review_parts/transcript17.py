"""Speaker labels and exports of the `fresh17` split's transcripts (see transcript.py).

The recording is made on a worker's phone at a private fostering, pre-birth or young carer's visit:
the worker is "Assessing SW", a parent "Parent 1 (Mum)" or "Parent 2 (Dad)", a foster carer or a
private foster carer "Carer (household)", a manager "Practice manager", a school "School (breakfast
club)" and a nursery "Nursery staff"; the child is the first name alone, or "(young person)" after it
for a teenager. A brother or sister at a home or child protection visit says something too
(transcript8.with_sibling). A third of the transcripts come from a phone's notes app with an arrow
after the speaker ("Assessing SW >> ..."), a third were typed by someone who writes the speakers in
lower case ("assessing sw: ..."), a third as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("assessing sw", "parent 1 (mum)", "parent 2 (dad)", "carer (household)", "practice manager", "school (breakfast club)",
          "nursery staff")


def labels_fresh17(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh17 transcript: roles as a phone recording's notes name them,
    and the child by first name, with "(young person)" for a teenager."""
    p, rng = w.src.people, w.rng
    adult = "Carer (household)" if p.adult_role == "carer" else {"mum": "Parent 1 (Mum)", "dad": "Parent 2 (Dad)"}[p.adult_role]
    first = label(p.child.first)
    child = rng.choice([first, f"{first} (young person)"]) if p.age >= 13 else first
    return {"sw": "Assessing SW", "adult": adult, "child": child,
            "teacher": "Nursery staff" if p.age <= 4 else "School (breakfast club)", "mgr": "Practice manager"}


def noted(rng) -> Write | None:
    """How a phone's notes app writes a turn (an arrow after the speaker), with the speaker in lower
    case, or None as typed (see transcript.restyled)."""
    kind = rng.choice(["arrows", "lower", "typed"])
    if kind == "typed":
        return None
    return (lambda speaker, words: f"{speaker} >> {words}") if kind == "arrows" else (lambda speaker, words: f"{speaker.lower()}: {words}")
