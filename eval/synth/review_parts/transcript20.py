"""Speaker labels and layouts of the `fresh20` split's transcripts (see transcript.py).

The conversation is typed up as a multi-agency meeting's minute-taker or a visiting worker with an
interpreter writes it: the social worker is "Allocated SW", a deaf parent "Mum (via BSL interp)" or
a parent "Mum" / "Dad", a grandmother caring "Nan (carer)", a manager "ATM", a school "DSL" and a
nursery "Nursery lead"; the child is the first name followed by "(YP)" from thirteen, or by "(child)",
or the first name alone. A brother or sister at a home or child protection visit says something too
(transcript8.with_sibling). A third of the transcripts are laid out as a script, the speaker in
capitals on a line of their own and the words on the next; a third with a double chevron between the
speaker and the words ("Allocated SW ›› ..."), as a notes app's template does; a third as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("allocated sw", "mum (via bsl interp)", "mum", "dad", "nan (carer)", "atm", "dsl", "nursery lead")


def labels_fresh20(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh20 transcript: roles as a multi-agency minute names them, and the
    child by first name, with "(YP)" or "(child)" about half the time."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Nan (carer)"
    elif p.adult_role == "mum":
        adult = rng.choice(["Mum (via BSL interp)", "Mum"])
    else:
        adult = "Dad"
    first = label(p.child.first)
    child = rng.choice([first, f"{first} ({'YP' if p.age >= 13 else 'child'})"])
    return {"sw": "Allocated SW", "adult": adult, "child": child, "teacher": "Nursery lead" if p.age <= 4 else "DSL", "mgr": "ATM"}


def scripted(rng) -> Write | None:
    """How a script lays out a turn (the speaker in capitals on a line of their own, the words on the
    next), how a notes app's template does (a double chevron between the speaker and the words), or
    None as typed (see transcript.restyled)."""
    kind = rng.choice(["script", "chevron", "typed"])
    if kind == "typed":
        return None
    return (lambda speaker, words: f"{speaker.upper()}\n{words}") if kind == "script" else (lambda speaker, words: f"{speaker} \u203a\u203a {words}")
