"""What one source note holds: the facts, quotes, actions and dates chosen from the banks.

A `Source` is drawn once and then written twice: as notes in one style (notes.py) and as a
faithful record (record.py). Every fact carries its record sentence, and when it has one, its
polarity flip and its stigmatising rewrite, so the defects can change exactly one sentence.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from eval.synth.review_parts.bank import (Slots, TYPE_CODES, fact_categories, fill, fits, half,
                                          load, pick, tidy)
from eval.synth.review_parts.cast import People, record_slots, weekday

SECTION_OF = {"seen": "present", "absent": "present", "carer": "carers_views",
              "wishes": "child_voice", "analysis": "analysis"}  # every other category: observations
BASE_PLAN = {"seen": (1, 1), "absent": (0, 1), "home": (1, 2), "presentation": (1, 1),
             "school": (1, 1), "health": (1, 1), "family": (1, 1), "carer": (2, 2),
             "wishes": (1, 2), "professional": (0, 1), "analysis": (1, 1)}
PLAN_CHANGES = {
    "cin": {"home": (0, 0), "presentation": (0, 0), "cin": (2, 3), "professional": (1, 1)},
    "sup": {"home": (0, 0), "presentation": (0, 0), "absent": (0, 0), "sup": (2, 3), "carer": (1, 2)},
    "lac": {"absent": (0, 0), "lac": (1, 2)},
}
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                "eighteen", "nineteen", "twenty"]
RISK_SHARE = 0.4
MIN_NEGATED, MIN_FLIPS, MIN_FACTS, MAX_FACTS = 3, 2, 12, 20


@dataclass
class Fact:
    """One fact of the notes, with its record sentence and the defects it allows."""

    category: str
    entry: dict
    section: str
    text: str  # the record sentence
    flip: str | None = None
    stigma: tuple[str, str] | None = None  # (rewritten sentence, label)


@dataclass
class Action:
    """An agreed action: a task, who owns it, and by when."""

    task: dict
    owner: str  # a role: sw adult teacher hv worker gp mgr iro
    when: dict
    date: dt.date
    visit: dt.date

    def when_slots(self) -> dict[str, str]:
        """The values a timescale needs, the same for the notes and the record."""
        days = (self.date - self.visit).days
        weeks, working = max(2, round(days / 7)), min(10, max(5, round(days * 5 / 7)))
        return {"date": f"{self.date.day} {self.date:%B}", "wday": f"{self.date:%A}",
                "wd": f"{self.date:%a}".lower(), "dnum": f"{self.date.day}/{self.date.month}",
                "weeks": NUMBER_WORDS[weeks], "wnum": str(weeks), "days": NUMBER_WORDS[working],
                "wdays": str(working)}


@dataclass
class Source:
    """Everything one source note says, ready to be written as notes and as a record."""

    people: People
    slots: Slots
    purpose: dict
    facts: list[Fact]
    quotes: list[dict]  # {"q": words, "para": paraphrase}
    adult_quote: str
    actions: list[Action]
    next_date: dt.date
    heard: str = "me"  # who heard the child's words: me, teacher or meeting
    with_child: bool = False  # the child was in the meeting (reviews)
    with_sib: bool = False
    with_worker: bool = False
    risks: set[str] = field(default_factory=set)

    @property
    def record_type(self) -> str:
        return self.people.record_type

    @property
    def code(self) -> str:
        return TYPE_CODES[self.record_type]

    @property
    def split(self) -> str:
        return self.people.split


def _draw_facts(rng: random.Random, people: People, slots: Slots) -> list[Fact] | None:
    code = TYPE_CODES[people.record_type]
    plan = {**BASE_PLAN, **PLAN_CHANGES.get(code, {})}
    if rng.random() < RISK_SHARE:
        plan["risk"] = (1, 1)
    facts, groups = [], set()
    for category, (low, high) in plan.items():
        pool = [e for e in half(fact_categories()[category], people.split)
                if fits(e, people.record_type, people.age)]
        for _ in range(rng.randint(low, high)):
            entry = pick(rng, pool, lambda e: e.get("g") in groups or any(f.entry is e for f in facts))
            if entry is None:
                break
            if "g" in entry:
                groups.add(entry["g"])
            stigma = (fill(entry["x"][0], slots), entry["x"][1]) if "x" in entry else None
            section = entry.get("sec", SECTION_OF.get(category, "observations"))
            flip = fill(entry["f"], slots) if "f" in entry else None
            facts.append(Fact(category, entry, section, tidy(fill(entry["r"], slots)), flip, stigma))
    negated = sum(1 for f in facts if f.entry.get("neg"))
    flips = sum(1 for f in facts if f.flip)
    if negated < MIN_NEGATED or flips < MIN_FLIPS or not any(f.stigma for f in facts):
        return None
    return facts


def _draw_quotes(rng: random.Random, people: People, slots: Slots) -> list[dict]:
    pool = [e for e in half(load("quotes")["child"], people.split)
            if fits(e, people.record_type, people.age)]
    n = rng.choices([1, 2, 3], weights=[35, 45, 20])[0]
    chosen = rng.sample(pool, min(n, len(pool)))
    return [{"q": fill(e["q"], slots), "para": fill(e["para"], slots)} for e in chosen]


def _draw_adult_quote(rng: random.Random, people: People, slots: Slots) -> str:
    who = "carer" if people.adult_role == "carer" else "parent"
    pool = [e for e in half(load("quotes")["adult"], people.split) if e["who"] in (who, "any")]
    return fill(rng.choice(pool)["q"], slots)


def owners_available(people: People) -> set[str]:
    """The roles that can own an action for this record type and child."""
    code = TYPE_CODES[people.record_type]
    roles = {"sw", "adult", "teacher", "gp"}
    if people.age <= 4:
        roles.add("hv")
    if code in ("hv", "cp", "cin", "sup"):
        roles.add("worker")
    roles |= {"sup": {"mgr"}, "lac": {"iro"}}.get(code, set())
    return roles


def _draw_actions(rng: random.Random, people: People) -> list[Action]:
    roles = owners_available(people)
    tasks = [t for t in half(load("actions")["tasks"], people.split)
             if fits(t, people.record_type, people.age, "types") and roles & set(t["own"])]
    whens = list(half(load("actions")["when"], people.split))
    rng.shuffle(whens)
    chosen = rng.sample(tasks, min(rng.choice([2, 3, 3, 4]), len(tasks)))
    actions = []
    for i, task in enumerate(chosen):
        owner = rng.choice(sorted(roles & set(task["own"])))
        date = weekday(people.visit + dt.timedelta(days=rng.randint(6, 27)))
        actions.append(Action(task, owner, whens[i % len(whens)], date, people.visit))
    return actions


def draw_source(rng: random.Random, people: People) -> Source:
    """The content of one source note.

    Raises:
        RuntimeError: the banks cannot give this type and age enough facts (a bank too small).
    """
    slots = record_slots(people)
    for _ in range(500):
        facts = _draw_facts(rng, people, slots)
        if facts is None:
            continue
        actions = _draw_actions(rng, people)
        total = len(facts) + len(actions) + 4  # + purpose, present, the adult quote, next visit
        if MIN_FACTS <= total <= MAX_FACTS:
            break
    else:
        raise RuntimeError(f"no acceptable facts for {people.record_type}, age {people.age}")
    purpose = rng.choice(half(load("frames")["purpose"][people.record_type], people.split))
    days = {"cin": (84, 98), "sup": (28, 42)}.get(TYPE_CODES[people.record_type], (14, 42))
    seen = next(f.entry for f in facts if f.category == "seen")
    source = Source(people, slots, purpose, facts, _draw_quotes(rng, people, slots),
                    _draw_adult_quote(rng, people, slots), actions,
                    weekday(people.visit + dt.timedelta(days=rng.randint(*days))),
                    heard="meeting" if seen.get("with_child") else seen.get("heard", "me"),
                    with_child=bool(seen.get("with_child")), with_sib=rng.random() < 0.5,
                    with_worker=rng.random() < 0.5)
    source.risks = {r for f in facts for r in f.entry.get("risk", ())}
    return source
