"""Counterfactual variants of benchmark cases: the same case, one protected characteristic changed.

A swap changes one axis (gender, ethnicity, religion, disability or family structure) in every
text field of a case (notes, facts, child_quotes, must_not_state, reference, record), updates
`attributes` and `people`, and moves the `pii` spans of the notes with the text. `verify_pair`
checks that two cases differ in nothing but the terms of one axis.

What each axis changes (the terms are data: eval/counterfactual_data/lexicon.yaml):
- gender: the child's first name (another of the other gender, same name-origin group), the
  pronouns of the child's gender outside the child's own quoted words ("her" as object or
  possessive by its part of speech), and words for the child (girl, daughter, "big sister to").
- ethnicity: the first names and surnames of the child and family (`people`) to another
  name-origin group, and a stated heritage or home language.
- religion, disability: the stated phrases (mosque/church..., autism/ADHD...).
- family: the household's carers, as a permutation of role words (mum, dad, nan...) and the
  household phrase ("mum and dad" -> "two mums"); a carer whose gender changes gets a new name.

A case names its child and family in `people`: [{"role", "first", "last", "gender"}] (role
"child" for the child); without it only the gender axis works, from a `child` first-name field.
A case that does not mention an axis cannot be swapped on it: `swap` raises ValueError naming
the case and the axis, and so does `make_pairs` (callers who want to skip such cases call
`swap` per case and catch it).

The work is in modules beside this one: counterfactual_lexicon (axes, lexicon, Plan),
counterfactual_plans (what each axis changes), counterfactual_edits (editing one text) and
counterfactual_verify (`verify_pair`).
"""

from __future__ import annotations

import copy
import random

from eval.counterfactual_edits import apply_edits, find_edits
from eval.counterfactual_lexicon import AXES, TEXT_FIELDS, Plan, check_axis, lexicon
from eval.counterfactual_plans import PLANNERS, Names, synth_names
from eval.counterfactual_verify import verify_pair

__all__ = ["AXES", "TEXT_FIELDS", "Names", "Plan", "lexicon", "make_pairs", "swap", "synth_names", "verify_pair"]


def make_pairs(cases: list[dict], axis: str, seed: int = 0) -> list[dict]:
    """For each case: the original (pair_id set if absent) and a variant differing only in `axis`.

    Args:
        cases: benchmark cases (Case JSONL rows).
        axis: one of AXES.
        seed: the variants are the same for the same seed and cases.

    Raises:
        ValueError: an unknown axis, or a case that does not mention the axis (named in the message).
    """
    check_axis(axis)
    out = []
    for case in cases:
        original = dict(case)
        original.setdefault("pair_id", str(case["id"]))
        variant = swap(original, axis, random.Random(f"{seed}-{case['id']}-{axis}"))
        out += [original, variant]
    return out


def swap(case: dict, axis: str, rng: random.Random, names: Names = synth_names) -> dict:
    """One variant of `case` differing only in `axis`, with id `<id>-cf-<axis>`; new names
    come from `names` (by default eval/synth/names.yaml).

    The variant keeps the case's pair_id and gains `counterfactual: {"axis", "of"}`.

    Raises:
        ValueError: an unknown axis, or the case does not mention it (or cannot be swapped on it).
    """
    check_axis(axis)
    plan = PLANNERS[axis](case, rng, names)
    out = copy.deepcopy(case)
    out["id"] = f"{case['id']}-cf-{axis}"
    quotes = [q for q in case.get("child_quotes") or [] if q]
    changed = False
    for key in TEXT_FIELDS:
        value = case.get(key)
        if isinstance(value, str):
            spans = [tuple(p[k] for k in ("start", "end")) for p in case.get("pii") or []
                     if p.get("type") == "PERSON"] if key == "notes" and case.get("pii") else None
            edits = find_edits(value, plan, quotes, spans)
            out[key], moved = apply_edits(value, edits)
            changed |= bool(edits)
            if key == "notes" and case.get("pii"):
                out["pii"] = [{**p, "start": moved(p["start"], False), "end": moved(p["end"], True)}
                              for p in case["pii"]]
        elif isinstance(value, list):
            new = []
            for item in value:
                edits = find_edits(item, plan, [item] if key == "child_quotes" else quotes, None)
                new.append(apply_edits(item, edits)[0])
                changed |= bool(edits)
            out[key] = new
    if not changed:
        raise ValueError(f"case {case['id']}: no {axis} term found in its text, nothing to swap")
    out["attributes"] = {**(case.get("attributes") or {}), axis: plan.value}
    if plan.people is not None:
        out["people"] = plan.people
    out["counterfactual"] = {"axis": axis, "of": str(case["id"])}
    out.setdefault("pair_id", str(case["id"]))
    return out
