"""Counterfactual variants of a suite's cases, with new names from the suite's own half.

`eval.counterfactual.swap` draws the new names of a variant (the child's name for gender, the
family's for ethnicity, a carer's whose gender changes for family) from eval/synth/names.yaml.
The blind suite's names live in blind/names.yaml, which the swapper does not read, so its
variants would bring core names into the blind suite. `swap_case` runs the swapper unchanged
with one difference: each new name of its plan is replaced by an unused name of the same group
and kind from the suite's half, before the plan is applied. The edits land exactly where the
swapper puts them, and the pair is checked by `verify_pair` as any other.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from contextlib import contextmanager

from eval.counterfactual import Plan, swap
from eval.counterfactual_plans import PLANNERS, _parts, _texts
from eval.synth.suite_parts.bank import NAME_SPLIT, name_list

OWN_NAMES = ("blind",)  # suites whose names the swapper does not know


def swap_case(case: dict, axis: str, rng: random.Random, suite: str) -> dict:
    """`swap(case, axis, rng)`, with new names from `suite`'s half when the swapper lacks them."""
    if suite not in OWN_NAMES:
        return swap(case, axis, rng)
    with _renaming(axis, case, suite, random.Random(f"{case['id']}-{axis}-names")):
        return swap(case, axis, rng)


@contextmanager
def _renaming(axis: str, case: dict, suite: str, rng: random.Random) -> Iterator[None]:
    """While active, the planner of `axis` hands out plans renamed by `_rename`."""
    planner = PLANNERS[axis]

    def renamed(c: dict, r: random.Random) -> Plan:
        return _rename(planner(c, r), c, axis, suite, rng)

    PLANNERS[axis] = renamed
    try:
        yield
    finally:
        PLANNERS[axis] = planner


def _rename(plan: Plan, case: dict, axis: str, suite: str, rng: random.Random) -> Plan:
    """`plan` with every new name not of `suite`'s half replaced by one that is."""
    if not plan.names:
        return plan
    group = plan.value if axis == "ethnicity" else case["attributes"]["ethnicity"]
    split = NAME_SPLIT[suite]
    kinds = {}  # a new name -> the kind of name it is, from the variant's people
    for person in plan.people or []:
        kinds.setdefault(person["first"], person["gender"])
        if person.get("last"):
            kinds.setdefault(person["last"], "surname")
    text = _texts(case)
    taken = {p[k] for p in case.get("people") or [] for k in ("first", "last") if p.get(k)}
    taken |= {new for _, new, _ in plan.names}
    chosen: dict[str, str] = {}
    for new, kind in kinds.items():
        own = name_list(group, kind, split)
        if new in own or new in chosen or new not in {n for _, n, _ in plan.names}:
            continue
        used = {p for name in taken | set(chosen.values()) for p in _parts(name)}
        pool = [n for n in own if n not in taken and not _parts(n) & used
                and not re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text, re.I)]
        if not pool:
            raise ValueError(f"case {case['id']}: no unused {kind} name left in group {group!r} ({suite})")
        chosen[new] = rng.choice(pool)
    plan.names = [(old, chosen.get(new, new), ordinary) for old, new, ordinary in plan.names]
    for person in plan.people or []:
        for key in ("first", "last"):
            if person.get(key) in chosen:
                person[key] = chosen[person[key]]
    return plan
