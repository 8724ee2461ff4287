"""The people and dates of one source note, and the slot values that put them into text.

The child and family come from one name-origin group and professionals from any group
(`eval.synth.people.make_cast`), always from the split's half of names.yaml. The record names
people one way ("Mum", "Mr Hill"); the notes name them as their style does ("mum", "MR HILL").
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from eval.synth.data import groups_for, name_list, places_for
from eval.synth.people import Person, case_name, make_cast
from eval.synth.review_parts.bank import Slots

FIRST_VISIT, LAST_VISIT = dt.date(2025, 9, 1), dt.date(2026, 11, 30)
NUMBERS = ["two", "three", "four", "five", "six"]
CASING_STYLE = {"bullet": "bullet", "prose": "formal", "transcript": "transcript",
                "quick_lowercase": "quick_lowercase", "caps_headers": "caps_headers"}


@dataclass
class People:
    """Who is in the note, by role, and the dates it mentions."""

    record_type: str
    group: str
    split: str
    age: int
    cast: dict[str, Person]
    adult_role: str  # mum, dad or carer (a foster carer)
    other_role: str  # the parent who is not the adult (mum or dad)
    visit: dt.date
    lastvisit: dt.date
    month: str
    pct: int
    extra: dict = field(default_factory=dict)

    @property
    def child(self) -> Person:
        return self.cast["child"]

    @property
    def adult(self) -> Person:
        return self.cast[self.adult_role]

    @property
    def other(self) -> Person:
        return self.cast[self.other_role]

    @property
    def school(self) -> str:
        return "nursery" if self.age <= 4 else "college" if self.age >= 16 else "school"

    @property
    def teacher_role(self) -> str:
        if self.age <= 4:
            return "nursery key worker"
        if self.age <= 10:
            return "class teacher"
        return "head of year" if self.age <= 15 else "college tutor"

    def first_names(self) -> set[str]:
        return {p.first for p in self.cast.values()}


def make_people(rng: random.Random, record_type: str, group: str, split: str) -> People:
    """The cast, the child's age and the dates of one source."""
    town = rng.choice(places_for(split)["towns"])
    cast = make_cast(rng, group, split, town)
    age = rng.randint(3, 17)
    if record_type == "looked_after_child_visit":
        adult, other = "carer", rng.choice(["mum", "dad"])
    else:
        adult = "mum" if rng.random() < 0.65 else "dad"
        other = "dad" if adult == "mum" else "mum"
    visit = weekday(FIRST_VISIT + dt.timedelta(days=rng.randint(0, (LAST_VISIT - FIRST_VISIT).days)))
    month_date = visit - dt.timedelta(days=rng.randint(35, 120))
    return People(record_type, group, split, age, cast, adult, other, visit,
                  weekday(visit - dt.timedelta(days=rng.randint(14, 35))), month_date.strftime("%B"),
                  rng.randint(78, 89))


def new_name(rng: random.Random, people: People, notes: str, sex: str | None = None) -> str:
    """A first name from the family's group and split that nobody in the note has
    (`sex`: "f", "m" or None for either)."""
    sexes = {"f": ("female",), "m": ("male",)}.get(sex, ("female", "male"))
    unused = lambda group: [n for s in sexes for n in name_list(group, s, people.split)  # noqa: E731
                            if n not in people.first_names() and n.lower() not in notes.lower()]
    # the family's group can run out (ordinary-word names hide in "December", "message"): any group then
    return rng.choice(unused(people.group) or [n for g in groups_for(people.split) for n in unused(g)])


def weekday(d: dt.date) -> dt.date:
    """`d`, or the Monday after it when it falls at a weekend (visits happen on weekdays)."""
    return d + dt.timedelta(days=(7 - d.weekday()) % 7) if d.weekday() >= 5 else d


def long_date(d: dt.date, weekday: bool = False) -> str:
    """ "14 April 2026", or "Tuesday 14 April" with the weekday."""
    return f"{d:%A} {d.day} {d:%B}" if weekday else f"{d.day} {d:%B %Y}"


def note_date(d: dt.date, rng: random.Random) -> str:
    """A date as notes write it: 14/4, 14/04/26, 14 Apr, tues 14/4."""
    return rng.choice([f"{d.day}/{d.month}", f"{d:%d/%m/%y}", f"{d.day} {d:%b}",
                       f"{d:%a}".lower() + f" {d.day}/{d.month}", f"{d.day}.{d.month}.{d:%y}"])


def _pronouns(female: bool, prefix: str = "") -> dict[str, str]:
    words = ("she", "her", "her", "herself") if female else ("he", "him", "his", "himself")
    return {prefix + k: v for k, v in zip(("he", "him", "his", "himself"), words)}


def _relation(role: str) -> str:
    return {"mum": "Mum", "dad": "Dad"}.get(role, "")


def record_slots(people: People) -> Slots:
    """Slot values for the record: "Mum", "Mr Hill", the child's name as written."""
    c = people.cast
    full = lambda p: f"{p.title} {p.last}"  # noqa: E731 - "Mr Hill"
    adult = _relation(people.adult_role) or full(people.adult)
    slots = Slots(
        child=people.child.first, adult=adult, other=_relation(people.other_role),
        orel=people.other_role, afirst=people.adult.first, sib=c["sib"].first,
        sib_rel="sister" if c["sib"].female else "brother", friend=c["friend"].first,
        teacher=full(c["teacher"]), school=people.school, worker=full(c["worker"]),
        hv=full(c["hv"]), gp=full(c["gp"]), camhs=full(c["camhs"]), mgr=full(c["mgr"]),
        iro=full(c["iro"]), sw=full(c["sw"]), month=people.month, pct=str(people.pct),
        lastvisit=long_date(people.lastvisit, weekday=False).rsplit(" ", 1)[0],
        age=str(people.age), last=people.child.last,
    )
    slots.update(_pronouns(people.child.female))
    slots.update(_pronouns(people.adult.female, "a_"))
    slots.update(_pronouns(people.other.female, "o_"))
    slots.update(people.extra)
    return slots


def note_slots(people: People, style: str, rng: random.Random) -> Slots:
    """Slot values for the notes: names cased by the style at each mention, "mum" or "Mum"."""
    slots = record_slots(people)
    casing = CASING_STYLE[style]
    named = lambda text: (lambda: case_name(text, casing, rng))  # noqa: E731
    slots["child"] = named(people.child.first)
    slots["sib"] = named(people.cast["sib"].first)
    slots["friend"] = named(people.cast["friend"].first)
    for role in ("teacher", "worker", "hv", "gp", "camhs", "mgr", "iro", "sw"):
        slots[role] = named(slots[role])
    lower_rel = style in ("bullet", "quick_lowercase") or rng.random() < 0.4
    if style != "prose":
        slots["lastvisit"] = note_date(people.lastvisit, rng)
    for key, role in (("adult", people.adult_role), ("other", people.other_role)):
        rel = _relation(role)
        if rel:
            slots[key] = rel.lower() if lower_rel else rel
        else:
            slots[key] = named(slots[key])
    return slots
