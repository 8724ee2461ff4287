"""The people of one synthetic note: the child, family and professionals, and how names are cased.

A note's child and family names come from one name-origin group; professionals come from any
group of the split (fresh4 has groups of its own). All names come from the split's half of the names.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from eval.synth.data import groups_for, name_list, places_for

FAMILY = ("child", "sib", "mum", "dad", "nan", "friend")
# role -> (titles for a woman, titles for a man, chance of being a woman, e-mail domain kind)
PROFESSIONALS = {
    "sw": (["Ms", "Mrs", "Miss"], ["Mr"], 0.8, "council"),
    "mgr": (["Ms", "Mrs"], ["Mr"], 0.6, "council"),
    "teacher": (["Mrs", "Miss", "Ms"], ["Mr"], 0.75, "council"),
    "hv": (["Ms", "Mrs"], ["Mr"], 0.95, "health"),
    "gp": (["Dr"], ["Dr"], 0.5, "health"),
    "pc": (["PC", "DC", "Sgt"], ["PC", "DC", "Sgt"], 0.4, "police"),
    "iro": (["Ms", "Mrs"], ["Mr"], 0.6, "council"),
    "worker": (["Ms", "Miss"], ["Mr"], 0.7, "council"),
    "camhs": (["Dr", "Ms"], ["Dr", "Mr"], 0.6, "health"),
    "carer": (["Mrs", "Ms"], ["Mr"], 0.7, None),
}
# Chances of (Title case, lower case, UPPER CASE) for one mention of a name, by style.
CASING = {
    "formal": (0.8, 0.1, 0.1),
    "bullet": (0.72, 0.16, 0.12),
    "transcript": (0.7, 0.12, 0.18),
    "quick_lowercase": (0.2, 0.72, 0.08),
    "caps_headers": (0.45, 0.1, 0.45),
}
LABEL_CASING = (0.5, 0.1, 0.4)


@dataclass
class Person:
    """One person in a note; `title` is used for "Mr Okafor", `domain` for a work e-mail."""

    first: str
    last: str
    female: bool
    title: str = ""
    domain: str | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def case_name(text: str, style: str, rng: random.Random, label: bool = False) -> str:
    """`text` in Title (as written in names.yaml), lower or UPPER case, by the style's odds."""
    title, lower, _ = LABEL_CASING if label and style != "quick_lowercase" else CASING[style]
    r = rng.random()
    if r < title:
        return text
    return text.lower() if r < title + lower else text.upper()


class _Picker:
    """Draws names without repeating a first name or surname within one note."""

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng, self.split, self.used = rng, split, set()

    def pick(self, group: str, kind: str) -> str:
        pool = [n for n in name_list(group, kind, self.split) if n not in self.used]
        if not pool:  # rare: the group's half is used up in this note, borrow from every group
            pool = [n for g in groups_for(self.split) for n in name_list(g, kind, self.split) if n not in self.used]
        name = self.rng.choice(pool)
        self.used.add(name)
        return name


def make_cast(rng: random.Random, group: str, split: str, town: dict) -> dict[str, Person]:
    """The child, family and professionals of one note, keyed by role."""
    pick = _Picker(rng, split)
    any_group = lambda: rng.choice(groups_for(split))  # noqa: E731 - a one-line draw
    female = rng.random() < 0.5
    surname = pick.pick(group, "surname")
    cast = {"child": Person(pick.pick(group, "female" if female else "male"), surname, female)}
    sib_female = rng.random() < 0.5
    cast["sib"] = Person(pick.pick(group, "female" if sib_female else "male"),
                         surname if rng.random() < 0.85 else pick.pick(group, "surname"), sib_female)
    mum_last = surname if rng.random() < 0.65 else pick.pick(group, "surname")
    cast["mum"] = Person(pick.pick(group, "female"), mum_last, True, rng.choice(["Ms", "Mrs", "Miss"]))
    cast["dad"] = Person(pick.pick(group, "male"), surname if rng.random() < 0.75 else pick.pick(group, "surname"),
                         False, "Mr")
    cast["nan"] = Person(pick.pick(group, "female"), rng.choice([mum_last, pick.pick(group, "surname")]),
                         True, "Mrs")
    friend_group = group if rng.random() < 0.5 else any_group()
    friend_female = rng.random() < 0.5
    cast["friend"] = Person(pick.pick(friend_group, "female" if friend_female else "male"), "", friend_female)
    domains = {"council": town["council"], "health": rng.choice(places_for(split)["email_domains"]["health"]),
               "police": rng.choice(places_for(split)["email_domains"]["police"]), None: None}
    for role, (f_titles, m_titles, p_female, domain) in PROFESSIONALS.items():
        g = any_group()
        is_female = rng.random() < p_female
        cast[role] = Person(pick.pick(g, "female" if is_female else "male"), pick.pick(g, "surname"),
                            is_female, rng.choice(f_titles if is_female else m_titles), domains[domain])
    return cast
