"""A case's notes as a transcript: speaker-labelled lines, observations in brackets.

The child's words are the child's own lines (label: the child's name), the carer speaks the
items that have a spoken form, and the social worker asks, observes and sums up. In supervision
the speakers are the worker and the manager, so the worker reports what was said.
"""

from __future__ import annotations

from eval.synth.review_parts.cast import long_date
from eval.synth.suite_parts.bank import fill, load
from eval.synth.suite_parts.notes import NOTE_OWNERS


def _said(writer, entry: dict) -> str:
    spoken = entry.get("s")
    if writer.sup:
        return f"{writer.sw}: {writer.text(entry['p'])}"
    if spoken:
        who, words = spoken.split("|", 1)
        label = writer.label("carer") if who == "carer" else writer.sw
        return f"{label}: {writer.text(words)}"
    return f"[{writer.text(entry['b'])}]"


def transcript(writer) -> str:
    """The notes of `writer.spec` as a transcript."""
    spec = writer.spec
    asks = load("voice")["ask"][writer.suite]
    lines = [writer.header(), f"Present: {writer.present_list()}", f"[{writer.text(load('frames')['purpose'][writer.suite][spec.record_type]['b'])}]",
             f"[{writer.text(spec.entries[0][1]['b'])}]"]
    for kind, value in writer.body():
        if kind == "item":
            lines.append(_said(writer, value))
        elif kind == "quote" and writer.sup:
            lines.append(f"{writer.sw}: {writer.quote(value)}")
        elif kind == "quote":
            lines += [f"{writer.sw}: {writer.rng.choice(asks)}", f"{writer.label('child')}: {writer.quotes[value]}."]
        elif writer.sup:
            lines.append(f"{writer.sw}: {writer.carer()}")
        else:
            lines.append(f"{writer.label('carer')}: {writer.carer_quote}.")
    lines.append(f"{writer.sw}: {writer.text(spec.analysis['p'])}")
    for task, date in spec.actions:
        if task["own"] == "carer":
            lines.append(f"{writer.label('carer')}: I'll {writer.text(task['t'])} by {long_date(date)}.")
        elif task["own"] == "sw":
            lines.append(f"{writer.sw}: I'll {writer.text(task['t'])} by {long_date(date)}.")
        else:
            owner = fill(NOTE_OWNERS[task["own"]][0], writer.slots)
            lines.append(f"{writer.sw}: {owner} will {writer.text(task['t'])} by {long_date(date)}.")
    lines.append(f"{writer.sw}: Next {writer.what} is {long_date(spec.next_date)}.")
    return "\n".join(line.replace("?.", "?").replace("!.", "!") for line in lines)
