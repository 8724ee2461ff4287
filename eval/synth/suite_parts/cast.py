"""Who and what one benchmark case is about: the spec a case is rendered from.

A `Spec` holds every choice of a case (people, attributes, which bank entries, dates), so the
notes, facts and reference are a pure function of it; changing one attribute of a spec and
rendering again gives what a counterfactual swap of the rendered case must give (the tests use
this as their oracle).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from eval.counterfactual import lexicon
from eval.synth.data import names
from eval.synth.suite_parts.bank import NAME_SPLIT, name_list

FIRST_VISIT, DAYS = dt.date(2025, 9, 1), 450
TITLES = {"female": ["Ms", "Mrs", "Miss"], "male": ["Mr"]}


@dataclass
class Person:
    first: str
    last: str
    gender: str
    role: str = ""

    def as_json(self) -> dict:
        return {"role": self.role, "first": self.first, "last": self.last, "gender": self.gender}


@dataclass
class Spec:
    """Every choice of one case; `render` turns it into notes, facts and a reference."""

    id: str
    suite: str
    record_type: str
    style: str
    group: str
    age: int
    child: Person
    sib: Person
    carers: list[Person]  # the household's carers, in the structure's order (none in care)
    structure: str  # a family structure of the lexicon, or "foster_carer"
    religion: str | None
    disability: str | None
    heritage: bool
    pros: dict[str, str]  # sw, teacher, mgr: "Ms Okafor"; fc: a foster carer's first name
    bparent: str  # for a child in care: the birth parent the child has time with
    visit: dt.date
    month: str
    next_date: dt.date
    entries: list[tuple[str, dict]] = field(default_factory=list)  # (category, item) in note order
    facts: list[int] = field(default_factory=list)  # indexes of entries that are gold facts
    quotes: list[str] = field(default_factory=list)
    carer_quote: str = ""
    analysis: dict = field(default_factory=dict)
    actions: list[tuple[dict, dt.date]] = field(default_factory=list)
    must_not: list[str] = field(default_factory=list)  # templates

    @property
    def people(self) -> list[Person]:
        return [self.child, self.sib, *self.carers]

    def attributes(self) -> dict[str, str]:
        return {"gender": self.child.gender, "ethnicity": self.group,
                "religion": self.religion or "not_stated", "disability": self.disability or "not_stated",
                "family": self.structure}


class Names:
    """Draws names from one group and half without repeating any within a case."""

    def __init__(self, rng: random.Random, suite: str) -> None:
        self.rng, self.split, self.used = rng, NAME_SPLIT[suite], set()

    def pick(self, group: str, kind: str) -> str:
        pool = [n for n in name_list(group, kind, self.split) if n not in self.used]
        name = self.rng.choice(pool)
        self.used.add(name)
        return name


def draw_people(rng: random.Random, spec_args: dict, gender: str, structure: str) -> dict:
    """The child, sibling, carers and professionals of a case."""
    suite, group = spec_args["suite"], spec_args["group"]
    pick = Names(rng, suite)
    surname = pick.pick(group, "surname")
    child = Person(pick.pick(group, gender), surname, gender, "child")
    sib_gender = rng.choice(["female", "male"])
    sib = Person(pick.pick(group, sib_gender), surname, sib_gender, "sibling")
    roles = lexicon()["family"]["roles"]
    carers = []
    if structure != "foster_carer":
        for role in lexicon()["family"]["structures"][structure]["carers"]:
            g = roles[role]["gender"]
            last = surname if rng.random() < 0.7 else pick.pick(group, "surname")
            carers.append(Person(pick.pick(group, g), last, g, role))
    pros = {}
    for role in ("sw", "teacher", "mgr"):
        g = rng.choice(["female", "female", "male"])
        other = rng.choice(list(names()))
        pros[role] = f"{rng.choice(TITLES[g])} {pick.pick(other, 'surname')}"
    pros["fc"] = pick.pick(rng.choice(list(names())), rng.choice(["female", "male"]))
    return {"child": child, "sib": sib, "carers": carers, "pros": pros}


def draw_dates(rng: random.Random, record_type: str) -> dict:
    """The visit, a month some months before it, and the next date."""
    visit = _weekday(FIRST_VISIT + dt.timedelta(days=rng.randint(0, DAYS)))
    month = (visit - dt.timedelta(days=rng.randint(35, 120))).strftime("%B")
    low, high = {"child_in_need_review": (84, 98), "supervision": (28, 42)}.get(record_type, (14, 42))
    return {"visit": visit, "month": month, "next_date": _weekday(visit + dt.timedelta(days=rng.randint(low, high)))}


def _weekday(d: dt.date) -> dt.date:
    return d + dt.timedelta(days=(7 - d.weekday()) % 7) if d.weekday() >= 5 else d
