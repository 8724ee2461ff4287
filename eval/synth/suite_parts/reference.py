"""The gold record of a case: what a faithful system would write from its notes.

One `## Heading` per section of the record type's template (prompts/sections.yaml), every gold
fact as written in `facts`, every child quote verbatim in quotation marks and attributed to the
child, the carer's words attributed to the carer, the worker's owned analysis, and actions each
with an owner and a date. Names are written as the notes have them.
"""

from __future__ import annotations

import random

from eval.synth.review_parts.cast import long_date
from eval.synth.suite_parts.bank import Slots, cap, fill, load, tidy
from eval.synth.suite_parts.cast import Spec
from eval.synth.suite_parts.slots import carer_names, case_slots, owner
from prompts.templates import sections, templates

SECTION_OF = {"seen": "present", "household": "observations", "lac_home": "observations"}


def record_slots(spec: Spec, rng: random.Random) -> Slots:
    return case_slots(spec, None, rng, mark=False)


def sentence(template: str, slots: Slots, **extra: str) -> str:
    return cap(tidy(fill(template, Slots(slots, **extra))))


def present_line(spec: Spec, slots: Slots) -> str:
    code = spec.record_type
    if code == "supervision":
        items = [f"{slots['mgr']} (team manager)", "me (social worker)"]
    elif code == "looked_after_child_visit":
        items = [slots["child"], f"{slots['fc']} ({slots['his']} foster carer)", "me (social worker)"]
    else:
        carers = [f"{slots['his']} {c[0].lower()}{c[1:]}" for c in carer_names(spec, slots, formal=False)]
        lead = [f"{slots['teacher']} ({slots['school']})"] if code == "child_in_need_review" else [slots["child"]]
        items = lead + carers + ["me (social worker)"]
    joined = ", ".join(items[:-1]) + " and " + items[-1]
    return fill(load("frames")["present"][spec.suite]["record"][0], Slots(list=joined))


def write_reference(spec: Spec, rng: random.Random) -> str:
    """The reference record of `spec`, in markdown."""
    slots, suite = record_slots(spec, rng), spec.suite
    voice, frames = load("voice"), load("frames")
    marks = tuple(rng.choice(voice["marks"]["record"]))
    sup = spec.record_type == "supervision"
    units: dict[str, list[str]] = {key: [] for key in sections()}
    units["purpose"].append(sentence(frames["purpose"][suite][spec.record_type]["f"], slots))
    units["present"].append(present_line(spec, slots))
    for category, entry in spec.entries:
        key = entry.get("sec") or SECTION_OF.get(category, "observations")
        units[key].append(sentence(entry["f"], slots))
    for q in spec.quotes:
        words = tidy(fill(q, slots))
        frame = rng.choice(voice["record"][suite]["sup" if sup else "visit"])
        units["child_voice"].append(sentence(frame, slots, q=words, o=marks[0], c=marks[1]))
    frame = rng.choice(voice["carer_frames"][suite]["record_sup" if sup else "record"])
    units["carers_views"].insert(0, sentence(frame, slots, cq=tidy(fill(spec.carer_quote, slots)),
                                             o=marks[0], c=marks[1]))
    units["analysis"].append(sentence(spec.analysis["f"], slots))
    for task, date in spec.actions:
        units["actions"].append(f"- {owner(spec, task['own'])} to {fill(task['t'], slots)} by {long_date(date)}.")
    what = frames["next_what"][spec.record_type]
    units["next_visit"].append(f"The next {what} is on {long_date(spec.next_date)}.")
    out = []
    for key in templates()[spec.record_type].section_keys:
        joiner = "\n" if key == "actions" else " "
        out.append(f"## {sections()[key].title}\n{joiner.join(units[key])}")
    return "\n\n".join(out) + "\n"


def gold(spec: Spec, rng: random.Random) -> dict:
    """The gold labels of `spec`: facts, must-not-state claims and the reference."""
    slots = record_slots(spec, rng)
    return {"facts": [sentence(spec.entries[i][1]["f"], slots) for i in spec.facts],
            "must_not_state": [sentence(t, slots) for t in spec.must_not],
            "reference": write_reference(spec, rng)}
