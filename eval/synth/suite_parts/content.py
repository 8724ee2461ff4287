"""Drawing one case: its attributes, people, and which bank entries its notes hold."""

from __future__ import annotations

import datetime as dt
import random

from eval.counterfactual import lexicon
from eval.synth.suite_parts.bank import choose, load, pool
from eval.synth.suite_parts.cast import Spec, draw_dates, draw_people

RELIGION_SHARE, DISABILITY_SHARE, HERITAGE_SHARE = 0.45, 0.55, 0.35
# Household structures and how often they are drawn (most children live with one or two parents).
STRUCTURE_WEIGHTS = {"mum_and_dad": 5, "single_mum": 5, "single_dad": 2, "grandmother_carer": 2,
                     "two_mums": 2, "two_dads": 2, "mum_and_stepdad": 2, "grandparent_carers": 1}


def draw_spec(rng: random.Random, case_id: str, suite: str, record_type: str, style: str, group: str,
              gender: str, needs: str | None = None, more: int = 0) -> Spec:
    """One case, with every choice drawn from `rng`.

    Args:
        needs: an axis the case must mention (so that it can be swapped on that axis).
        more: extra general items (for notes that came out too short).
    """
    if record_type == "looked_after_child_visit":
        structure = "foster_carer"
    else:
        structure = rng.choices(list(STRUCTURE_WEIGHTS), weights=list(STRUCTURE_WEIGHTS.values()))[0]
    religion = (rng.choice(list(lexicon()["religion"]))
                if needs == "religion" or rng.random() < RELIGION_SHARE else None)
    disability = (rng.choice(list(lexicon()["disability"]))
                  if needs == "disability" or rng.random() < DISABILITY_SHARE else None)
    heritage = rng.random() < (0.5 if needs == "ethnicity" else HERITAGE_SHARE)
    age = rng.randint(3, 17)
    args = {"suite": suite, "group": group}
    spec = Spec(id=case_id, suite=suite, record_type=record_type, style=style, group=group, age=age,
                structure=structure, religion=religion, disability=disability, heritage=heritage,
                bparent=rng.choice(["mum", "dad"]), **draw_people(rng, args, gender, structure),
                **draw_dates(rng, record_type))
    _draw_entries(rng, spec, more)
    _draw_voice_and_actions(rng, spec)
    return spec


def _entries(rng: random.Random, spec: Spec, key: str, k: int, keep=lambda e: True) -> list[tuple[str, dict]]:
    items = [e for e in pool("items", key, spec.suite, spec.record_type, spec.age) if keep(e)]
    return [(key, e) for e in choose(rng, items, k)]


def _draw_entries(rng: random.Random, spec: Spec, more: int) -> None:
    first = _entries(rng, spec, "seen", 1)
    if not first:
        raise RuntimeError(f"items.yaml has no 'seen' entry for {spec.record_type}, age {spec.age} ({spec.suite})")
    family = (_entries(rng, spec, "lac_home", rng.randint(1, 2)) if spec.structure == "foster_carer"
              else _entries(rng, spec, "household", 1))
    stated = []
    if spec.religion:
        stated += _entries(rng, spec, "religion", rng.randint(1, 2))
    if spec.disability:
        have = set(lexicon()["disability"][spec.disability]) | ({"condition"} if spec.disability != "none" else set())
        stated += _entries(rng, spec, "disability", rng.randint(1, 2),
                           lambda e: set(e.get("needs", ())) <= have)
    if spec.heritage:
        stated += _entries(rng, spec, "heritage", 1)
    general = _entries(rng, spec, "general", rng.randint(4, 6) + more)
    body = family + stated + general
    rng.shuffle(body)
    spec.entries = first + body
    must = [0] + [i + 1 for i, (cat, _) in enumerate(body) if cat != "general"]
    rest = [i + 1 for i, (cat, _) in enumerate(body) if cat == "general"]
    n = max(4, min(8, rng.randint(4, 8), len(must) + len(rest)))
    spec.facts = sorted((must + rng.sample(rest, max(0, min(len(rest), n - len(must)))))[:8])


def _draw_voice_and_actions(rng: random.Random, spec: Spec) -> None:
    quotes = pool("voice", "child", spec.suite, spec.record_type, spec.age)
    spec.quotes = [e["q"] for e in choose(rng, quotes, rng.choices([1, 2, 3], weights=[3, 5, 2])[0])]
    spec.carer_quote = rng.choice(load("voice")["carer"][spec.suite])
    spec.analysis = rng.choice(load("frames")["analysis"][spec.suite])
    tasks = pool("frames", "actions", spec.suite, spec.record_type, spec.age, types_key="types")
    spec.actions = [(t, spec.visit + dt.timedelta(days=rng.randint(6, 27)))
                    for t in choose(rng, tasks, rng.randint(2, 3))]
    spec.actions.sort(key=lambda a: a[1])
    flips = [e["nf"] for i, (_, e) in enumerate(spec.entries) if "nf" in e]
    risks = load("frames")["risks"][spec.suite]
    spec.must_not = choose(rng, risks, rng.randint(1, 2)) + choose(rng, flips, rng.randint(1, 2))
