"""Speaker labels and layouts of the `fresh27` split's transcripts (see transcript.py).

The conversation is typed up as a private fostering visit, a lifehouse visit, a return home interview
or a racing yard visit writes it: the social worker is "SW (visiting)", a mother "Mum (lifehouse)" or
"Mum (smallholding)", a father "Dad (yard)", a carer "Carer (PF)" or "Gran (SGO)", a manager "Head of
service", a school "DSL" and a nursery "Nursery key person"; the child is the first name followed by a
comma and the age ("Sunisa, 9"), or the first name alone. A brother or sister at a home or child
protection visit says something too (transcript8.with_sibling). A third of the transcripts come from a
transcription app that numbers each turn ("T3 SW (visiting): ..."); a third put an arrow between the
speaker and the words as a form's text box does ("SW (visiting) ⟶ ..."); a third as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("sw (visiting)", "mum (lifehouse)", "mum (smallholding)", "dad (yard)", "carer (pf)", "gran (sgo)", "head of service",
          "dsl", "nursery key person")


def labels_fresh27(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh27 transcript: roles as a private fostering, a lifehouse or a
    racing yard visit names them, and the child by first name, with ", 9" (the age) about half the time."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = rng.choice(["Carer (PF)", "Gran (SGO)"])
    elif p.adult_role == "mum":
        adult = rng.choice(["Mum (lifehouse)", "Mum (smallholding)"])
    else:
        adult = "Dad (yard)"
    first = label(p.child.first)
    child = rng.choice([first, f"{first}, {p.age}"])
    return {"sw": "SW (visiting)", "adult": adult, "child": child,
            "teacher": "Nursery key person" if p.age <= 4 else "DSL", "mgr": "Head of service"}


def numbered_or_arrowed(rng) -> Write | None:
    """How a transcription app writes a turn (its number first, "T3 "), how a form's text box does (an
    arrow between the speaker and the words), or None as typed (see transcript.restyled)."""
    kind = rng.choice(["numbered", "arrowed", "typed"])
    if kind == "typed":
        return None
    if kind == "arrowed":
        return lambda speaker, words: f"{speaker} \u27f6 {words}"
    turns = iter(range(1, 1000))
    return lambda speaker, words: f"T{next(turns)} {speaker}: {words}"
