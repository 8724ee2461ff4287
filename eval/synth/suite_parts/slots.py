"""Slot values of one case, for its notes (names cased by the style, marked for gold spans) and
for its reference (names as written)."""

from __future__ import annotations

import random

from eval.counterfactual import lexicon
from eval.synth.people import case_name
from eval.synth.suite_parts.bank import Slots, axis_slots
from eval.synth.suite_parts.cast import Spec

# Names in notes are wrapped in these marks while the notes are written; `strip_marks` removes
# them and returns where each name landed (the case's `pii` spans).
OPEN, CLOSE = "\ue000", "\ue001"
OWNERS = {"sw": "Social worker", "school": "School", "fsw": "Family support worker",
          "mgr": "Team manager", "fc": "Foster carer"}


def strip_marks(text: str) -> tuple[str, list[dict]]:
    """`text` without name marks, and the PERSON spans of the marked names."""
    out: list[str] = []
    spans, length, start = [], 0, None
    for ch in text:
        if ch == OPEN:
            start = length
        elif ch == CLOSE:
            spans.append({"start": start, "end": length, "type": "PERSON"})
        else:
            out.append(ch)
            length += 1
    return "".join(out), spans


def unmark(text: str) -> str:
    return text.replace(OPEN, "").replace(CLOSE, "")


def school_word(age: int) -> str:
    return "nursery" if age <= 4 else "college" if age >= 16 else "school"


def case_slots(spec: Spec, casing: str | None, rng: random.Random, mark: bool) -> Slots:
    """The slots of a case.

    Args:
        casing: a style of eval.synth.people.CASING ("formal", "quick_lowercase"...): each
            mention of a name is cased by its odds; None keeps names as written.
        mark: wrap names in OPEN/CLOSE (notes), or not (reference, facts).
    """
    def cased(text: str) -> str:
        return case_name(text, casing, rng) if casing else text

    def name(text: str):
        return lambda: f"{OPEN}{cased(text)}{CLOSE}" if mark else cased(text)

    def pro(text: str):
        def value() -> str:
            title, last = cased(text).split(" ", 1)
            return f"{title} {OPEN}{last}{CLOSE}" if mark else f"{title} {last}"
        return value

    words = lexicon()["gender"]["pronouns"][spec.child.gender]
    slots = Slots(child=name(spec.child.first), sib=name(spec.sib.first), fc=name(spec.pros["fc"]),
                  sw=pro(spec.pros["sw"]), teacher=pro(spec.pros["teacher"]), mgr=pro(spec.pros["mgr"]),
                  he=words["subject"], him=words["object"], his=words["determiner"],
                  himself=words["reflexive"], school=school_word(spec.age), month=spec.month,
                  age=str(spec.age), bparent=spec.bparent)
    fam = lexicon()["family"]
    if spec.carers:
        slots["carer"] = fam["roles"][spec.carers[0].role]["colloquial"]
        slots["carer2"] = fam["roles"][spec.carers[-1].role]["colloquial"]
        slots["household"] = fam["structures"][spec.structure].get("household", slots["carer"])
        for i, person in enumerate(spec.carers):
            slots[f"carer_name{i}"] = name(person.first)
    else:  # a child in care: the foster carer, by first name (cased at each mention)
        slots["carer"] = dict.get(slots, "fc")
    stated = {**axis_slots("religion", spec.religion), **axis_slots("disability", spec.disability),
              **axis_slots("ethnicity", spec.group if spec.heritage else None)}
    slots.update(stated)  # as written, even in lower-case notes ("Eid", "ADHD")
    kin = lexicon()["gender"]
    female = spec.child.gender == "female"
    slots.update(kin=kin["sibling"][spec.child.gender][0], youngster="girl" if female else "boy")
    return slots


def carer_names(spec: Spec, slots: Slots, formal: bool) -> list[str]:
    """The carers as a present list names them: "mum (Fatima)", "Mum (Fatima)"."""
    roles = lexicon()["family"]["roles"]
    out = []
    for i, person in enumerate(spec.carers):
        word = roles[person.role]["colloquial"]
        out.append(f"{word.capitalize() if formal else word} ({slots[f'carer_name{i}']})")
    return out


def owner(spec: Spec, role: str) -> str:
    """Who owns an action in the reference ("Social worker", "Mum")."""
    if role == "carer":
        word = lexicon()["family"]["roles"][spec.carers[0].role]["colloquial"]
        return word.capitalize()
    return OWNERS[role]
