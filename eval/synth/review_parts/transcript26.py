"""Speaker labels and layouts of the `fresh26` split's transcripts (see transcript.py).

The conversation is typed up as a parent and child placement visit, a neonatal unit visit, an approved
premises visit or a Staying Put review writes it: the social worker is "SW (writer)", a mother "Mum (P&C
placement)" or "Mum (family house)", a father "Dad (AP)", a carer "Carer (Staying Put)", a manager
"Service mgr", a school "Hospital school teacher" and a nursery "Nursery manager"; the child is the first
name followed by "(child, 9)", its age after the word child, or the first name alone. A brother or
sister at a home or child protection visit says something too (transcript8.with_sibling). A third of the
transcripts are pasted into an e-mail reply, each turn quoted with a chevron ("> SW (writer): ..."); a third
are typed as captions, the words first and the speaker after them in brackets ("... (SW (writer))"); a third
as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("sw (writer)", "mum (p&c placement)", "mum (family house)", "dad (ap)", "carer (staying put)", "service mgr",
          "hospital school teacher", "nursery manager")


def labels_fresh26(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh26 transcript: roles as a parent and child placement, a neonatal
    unit or an approved premises visit names them, and the child by first name, with "(child, 9)" about
    half the time."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = "Carer (Staying Put)"
    elif p.adult_role == "mum":
        adult = rng.choice(["Mum (P&C placement)", "Mum (family house)"])
    else:
        adult = "Dad (AP)"
    first = label(p.child.first)
    child = rng.choice([first, f"{first} (child, {p.age})"])
    return {"sw": "SW (writer)", "adult": adult, "child": child,
            "teacher": "Nursery manager" if p.age <= 4 else "Hospital school teacher", "mgr": "Service mgr"}


def quoted_or_captioned(rng) -> Write | None:
    """How a transcript pasted into an e-mail reply writes a turn (a chevron before the speaker), how a
    caption file does (the words first, the speaker after them in brackets), or None as typed (see
    transcript.restyled)."""
    kind = rng.choice(["quoted", "caption", "typed"])
    if kind == "typed":
        return None
    if kind == "quoted":
        return lambda speaker, words: f"> {speaker}: {words}"
    return lambda speaker, words: f"{words} ({speaker})"
