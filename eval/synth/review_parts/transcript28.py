"""Speaker labels and layouts of the `fresh28` split's transcripts (see transcript.py).

The conversation is typed up as a Nightstop host visit, a residential rehab visit, a visit to a family
living in a converted bus or a groundsman's flat, or a football academy placement visit writes it: the
social worker is "SW (duty)", a mother "Mum (rehab)" or "Mum (bus)", a father "Dad (groundsman)", a
carer "Host (Nightstop)" or "Host parent (academy)", a manager "Service manager", a school "Ward
teacher" and a nursery "Crèche worker"; the child is the first name followed by the age in brackets
("Tincy (9)"), or the first name alone. A brother or sister at a home or child protection visit says
something too (transcript8.with_sibling). A third of the transcripts come from a chat log's export,
each speaker in angle brackets ("<SW (duty)> ..."); a third from a voicemail service's transcript, each
speaker in square brackets ("[SW (duty)] ..."); a third as typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer
    from eval.synth.review_parts.transcript import Write

LABELS = ("sw (duty)", "mum (rehab)", "mum (bus)", "dad (groundsman)", "host (nightstop)", "host parent (academy)", "service manager",
          "ward teacher", "crèche worker")


def labels_fresh28(w: Writer, label) -> dict[str, str]:
    """The speaker labels of one fresh28 transcript: roles as a Nightstop, a rehab or a bus visit names
    them, and the child by first name, with " (9)" (the age) about half the time."""
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = rng.choice(["Host (Nightstop)", "Host parent (academy)"])
    elif p.adult_role == "mum":
        adult = rng.choice(["Mum (rehab)", "Mum (bus)"])
    else:
        adult = "Dad (groundsman)"
    first = label(p.child.first)
    child = rng.choice([first, f"{first} ({p.age})"])
    return {"sw": "SW (duty)", "adult": adult, "child": child,
            "teacher": "Cr\u00e8che worker" if p.age <= 4 else "Ward teacher", "mgr": "Service manager"}


def chatlog_or_voicemail(rng) -> Write | None:
    """How a chat log's export writes a turn (the speaker in angle brackets), how a voicemail service's
    transcript does (the speaker in square brackets), or None as typed (see transcript.restyled)."""
    kind = rng.choice(["chatlog", "voicemail", "typed"])
    if kind == "typed":
        return None
    if kind == "chatlog":
        return lambda speaker, words: f"<{speaker}> {words}"
    return lambda speaker, words: f"[{speaker}] {words}"
