"""A benchmark suite: base cases over five record types, five styles and ten name-origin
groups, and counterfactual variants of some of them made by eval/counterfactual.py."""

from __future__ import annotations

import random

from eval.counterfactual import AXES, swap, synth_names, verify_pair
from eval.synth.data import groups
from eval.synth.suite_parts.bank import NAME_SPLIT, SUITES, TYPE_CODES, name_list
from eval.synth.suite_parts.cast import Spec
from eval.synth.suite_parts.content import draw_spec
from eval.synth.suite_parts.notes import STYLES, write_notes
from eval.synth.suite_parts.reference import gold
from eval.synth.suite_parts.slots import strip_marks, unmark

# suite -> (base cases, counterfactual pairs); pairs are spread evenly over the axes
SIZES = {"core": (40, 30), "holdout": (30, 15), "blind": (45, 30)}
MIN_WORDS, MAX_WORDS = 150, 450
FIELDS = ("id", "record_type", "style", "notes", "facts", "child_quotes", "must_not_state",
          "attributes", "pair_id", "counterfactual", "reference", "pii", "people")


def render_case(spec: Spec) -> dict:
    """The Case JSONL row of `spec` (no pair_id)."""
    marked, quotes = write_notes(spec, random.Random(f"{spec.id}-notes"))
    notes, pii = strip_marks(marked)
    child_quotes = [unmark(q) for q in quotes]
    missing = [q for q in child_quotes if q not in notes]
    if missing:
        raise RuntimeError(f"{spec.id}: child quote not verbatim in the notes: {missing[0]!r}")
    row = {"id": spec.id, "record_type": spec.record_type, "style": spec.style, "notes": notes,
           **gold(spec, random.Random(f"{spec.id}-reference")), "child_quotes": child_quotes,
           "attributes": spec.attributes(), "pii": pii, "people": [p.as_json() for p in spec.people]}
    return row


def balanced(values: list, n: int, rng: random.Random) -> list:
    """`n` values, each of `values` used as evenly as possible, in shuffled order."""
    out = (list(values) * (n // len(values) + 1))[:n]
    rng.shuffle(out)
    return out


def _pair_axes(types: list[str], n_pairs: int, rng: random.Random) -> list[str | None]:
    """Which base case gets a variant on which axis (family: never a child in care)."""
    axes = balanced(list(AXES), n_pairs, rng)
    axes.sort(key=lambda a: a != "family")  # place the constrained axis first
    order = list(range(len(types)))
    rng.shuffle(order)
    out: list[str | None] = [None] * len(types)
    for axis in axes:
        i = next(i for i in order if out[i] is None and (axis != "family" or types[i] != "looked_after_child_visit"))
        out[i] = axis
    return out


def generate_suite(suite: str, seed: int) -> list[dict]:
    """The rows of one suite, the same for the same suite and seed.

    Raises:
        ValueError: an unknown suite.
        RuntimeError: a variant failed `verify_pair` (a generator or swapper bug, never shipped).
    """
    if suite not in SUITES:
        raise ValueError(f"suite must be one of {SUITES}, not {suite!r}")
    n, n_pairs = SIZES[suite]
    rng = random.Random(f"suite-{suite}-{seed}")
    types = balanced(list(TYPE_CODES), n, rng)
    styles = balanced(list(STYLES), n, rng)
    origins = balanced(groups(), n, rng)
    genders = balanced(["female", "male"], n, rng)
    axes = _pair_axes(types, n_pairs, rng)
    rows = []
    for i in range(n):
        case_id = f"{suite}-{i + 1:04d}"
        for attempt in range(12):  # redraw notes shorter than MIN_WORDS, with more items
            spec = draw_spec(random.Random(f"{case_id}-{seed}-{attempt}"), case_id, suite, types[i],
                             styles[i], origins[i], genders[i], needs=axes[i], more=min(attempt, 3))
            case = render_case(spec)
            if MIN_WORDS <= len(case["notes"].split()) <= MAX_WORDS:
                break
        else:
            raise RuntimeError(f"{case_id}: notes stay outside {MIN_WORDS}-{MAX_WORDS} words; the banks are too small")
        if axes[i] is None:
            rows.append(case)
            continue
        case["pair_id"] = case_id
        variant = swap(case, axes[i], random.Random(f"{case_id}-{seed}-{axes[i]}"), _names(suite))
        problems = verify_pair(case, variant, axes[i])
        if problems:
            raise RuntimeError(f"{case_id} ({axes[i]}): " + "; ".join(problems))
        rows += [case, variant]
    return [{k: row[k] for k in FIELDS if k in row} for row in rows]


def _names(suite: str):
    """Where a variant's new names come from: the blind suite's own list (names no other list
    has), else eval/synth/names.yaml, as for any dataset."""
    if NAME_SPLIT[suite] != "blind":
        return synth_names
    return lambda group, kind, _split: name_list(group, kind, "blind")
