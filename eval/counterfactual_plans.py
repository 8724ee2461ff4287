"""Planning one counterfactual swap: for each axis, what the variant's value is and which
phrases and names change (decided once per case, then applied to each of its texts)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from eval.counterfactual_lexicon import SPLIT_ORDER, TEXT_FIELDS, Plan, lexicon
from eval.synth.data import names as name_groups
from eval.synth.data import ordinary

Names = Callable[[str, str, str], list[str]]
"""Where a planner draws the new names of a variant: (name-origin group, "female", "male" or
"surname", the split of the name it replaces) -> the names to choose from."""


def synth_names(group: str, kind: str, split: str) -> list[str]:
    """The names of eval/synth/names.yaml (the default source)."""
    return name_groups()[group][kind][split]


def _people(case: dict) -> list[dict]:
    return [dict(p) for p in case.get("people") or []]


def _texts(case: dict) -> str:
    parts = []
    for key in TEXT_FIELDS:
        value = case.get(key)
        parts += value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return "\n".join(parts)


def _is_ordinary(name: str) -> bool:
    return name.lower() in ordinary() or any(
        name in sex[split] for sex in (name_groups()["ordinary_words"][k] for k in ("female", "male"))
        for split in sex)


def _split_of(name: str) -> str:
    for split in SPLIT_ORDER:
        if any(name in g[kind][split] for g in name_groups().values() for kind in ("female", "male", "surname")):
            return split
    return "dev"


def _parts(name: str) -> set[str]:
    return {p for p in re.split(r"[\s-]+", name.lower()) if p}


def _new_name(rng: random.Random, group: str, kind: str, split: str, taken: set[str], text: str,
              names: Names) -> str:
    """An unused name: not in the case's text, and sharing no part with a name of the case
    ("Min-jun" beside "Jun" would make the mentions of each ambiguous)."""
    parts = {p for name in taken for p in _parts(name)}
    pool = [n for n in names(group, kind, split)
            if not _parts(n) & parts and not re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text, re.I)]
    if not pool:
        raise ValueError(f"no unused {kind} name left in group {group!r} ({split})")
    name = rng.choice(pool)
    taken.add(name)
    return name


def _plan_gender(case: dict, rng: random.Random, names: Names = synth_names) -> Plan:
    attrs = case.get("attributes") or {}
    people = _people(case)
    child = next((p for p in people if p.get("role") == "child"), None)
    first = child["first"] if child else case.get("child")
    gender = attrs.get("gender") or (child or {}).get("gender")
    if gender not in ("female", "male"):
        raise ValueError(f"case {case['id']}: gender: attributes.gender must be 'female' or 'male', not {gender!r}")
    new_gender = "male" if gender == "female" else "female"
    plan = Plan(value=new_gender, pronouns=(gender, new_gender), people=people or None)
    nouns = lexicon()["gender"]
    plan.phrases = dict(zip(nouns["nouns"][gender], nouns["nouns"][new_gender]))
    plan.sibling = dict(zip(nouns["sibling"][gender], nouns["sibling"][new_gender]))
    if first:
        group = attrs.get("ethnicity") if attrs.get("ethnicity") in name_groups() else _group_of(first)
        taken = {p.get(k, "") for p in people for k in ("first", "last")} | {first}
        new = _new_name(rng, group, new_gender, _split_of(first), taken, _texts(case), names)
        plan.add_name(first, new, _is_ordinary(first))
        if child:
            child.update(first=new, gender=new_gender)
    return plan


def _group_of(name: str) -> str:
    for group, g in name_groups().items():
        if any(name in g[kind][split] for kind in ("female", "male") for split in g[kind]):
            return group
    return "white_british"


def _plan_ethnicity(case: dict, rng: random.Random, names: Names = synth_names) -> Plan:
    attrs = case.get("attributes") or {}
    group, people = attrs.get("ethnicity"), _people(case)
    if group not in name_groups() or not people:
        raise ValueError(f"case {case['id']}: ethnicity: needs attributes.ethnicity (a name-origin group "
                         f"of eval/synth/names.yaml) and the family's names in `people`")
    target = rng.choice([g for g in name_groups() if g != group])
    plan = Plan(value=target, people=people)
    source, dest = lexicon()["ethnicity"][group], lexicon()["ethnicity"][target]
    plan.phrases = {source[k]: dest[k] for k in source if source[k] != dest[k]}
    text, taken = _texts(case), {p.get(k, "") for p in people for k in ("first", "last")}
    split = _split_of(next(p["first"] for p in people if p.get("role") == "child"))
    surnames: dict[str, str] = {}
    for person in people:
        new = _new_name(rng, target, person["gender"], split, taken, text, names)
        plan.add_name(person["first"], new, _is_ordinary(person["first"]))
        person["first"] = new
        last = person.get("last")
        if last:
            if last not in surnames:
                surnames[last] = _new_name(rng, target, "surname", split, taken, text, names)
                plan.add_name(last, surnames[last], _is_ordinary(last))
            person["last"] = surnames[last]
    return plan


def _plan_phrases(axis: str):
    def plan(case: dict, rng: random.Random, names: Names = synth_names) -> Plan:  # names: none change
        value = (case.get("attributes") or {}).get(axis)
        values = lexicon()[axis]
        if value not in values:
            raise ValueError(f"case {case['id']}: {axis}: {value!r} is not one the swapper knows "
                             f"({', '.join(values)}), so the case does not state a {axis} to swap")
        text = _texts(case)
        used = [k for k, p in values[value].items() if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text, re.I)]
        if not used:
            raise ValueError(f"case {case['id']}: {axis}: the text never mentions {value!r}, nothing to swap")
        targets = [v for v in values if v != value and all(k in values[v] for k in used)]
        target = rng.choice(targets)
        return Plan(value=target, phrases={values[value][k]: values[target][k] for k in used})
    return plan


def _plan_family(case: dict, rng: random.Random, names: Names = synth_names) -> Plan:
    fam = lexicon()["family"]
    value = (case.get("attributes") or {}).get("family")
    if value not in fam["structures"]:
        raise ValueError(f"case {case['id']}: family: {value!r} is not a household the swapper knows "
                         f"({', '.join(fam['structures'])})")
    carers = fam["structures"][value]["carers"]
    targets = [s for s, v in fam["structures"].items() if s != value and len(v["carers"]) == len(carers)]
    target = rng.choice(targets)
    new = fam["structures"][target]["carers"]
    perm = dict(zip(carers, new))
    spare = [r for r in carers if r not in perm.values()]
    perm.update(zip([r for r in new if r not in perm], spare))
    plan = Plan(value=target, people=_people(case) or None)
    roles = fam["roles"]
    for old, to in perm.items():
        for form, word in roles[old].items():
            if form != "gender":
                plan.phrases[word] = roles[to].get(form, roles[to]["colloquial"])
    old_house, new_house = fam["structures"][value].get("household"), fam["structures"][target].get("household")
    if old_house and new_house:
        plan.phrases[old_house] = new_house
    text = _texts(case)
    taken = {p.get(k, "") for p in plan.people or [] for k in ("first", "last")}
    for person in plan.people or []:
        role = person.get("role")
        if role in perm:
            person["role"] = perm[role]
            gender = roles[perm[role]]["gender"]
            if gender != person.get("gender") and person.get("first"):
                group = (case.get("attributes") or {}).get("ethnicity")
                group = group if group in name_groups() else _group_of(person["first"])
                name = _new_name(rng, group, gender, _split_of(person["first"]), taken, text, names)
                plan.add_name(person["first"], name, _is_ordinary(person["first"]))
                person.update(first=name, gender=gender)
    return plan


PLANNERS = {"gender": _plan_gender, "ethnicity": _plan_ethnicity, "religion": _plan_phrases("religion"),
             "disability": _plan_phrases("disability"), "family": _plan_family}
