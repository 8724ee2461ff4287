"""The phrase banks of the benchmark suites (YAML beside this module) and their two halves.

Every bank has a `core` and a `holdout` half with different content and wording; names come
from the `dev` half of eval/synth/names.yaml for core and the `holdout` half for holdout, so the
holdout suite shares no phrasing and no name with the core suite.
"""

from __future__ import annotations

import functools
import random
from pathlib import Path

import yaml

from eval.counterfactual import lexicon
from eval.synth.review_parts.bank import Slots, cap, fill, quickify, tidy  # noqa: F401  (shared helpers)

HERE = Path(__file__).parent
SUITES = ("core", "holdout")
NAME_SPLIT = {"core": "dev", "holdout": "holdout"}
TYPE_CODES = {"home_visit": "hv", "child_protection_visit": "cp", "child_in_need_review": "cin",
              "looked_after_child_visit": "lac", "supervision": "sup"}


@functools.cache
def load(name: str) -> dict:
    """One YAML bank of this package: "items", "voice" or "frames"."""
    with open(HERE / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def fits(entry: dict, record_type: str, age: int, types_key: str = "t") -> bool:
    """Whether an entry may be used for this record type and child's age."""
    types = entry.get(types_key)
    if types and TYPE_CODES[record_type] not in types:
        return False
    low, high = entry.get("age", (0, 99))
    return low <= age <= high


def pool(bank: str, key: str, suite: str, record_type: str, age: int, types_key: str = "t") -> list[dict]:
    """The entries of `bank[key]` in the suite's half that fit the type and age."""
    return [e for e in load(bank)[key][suite] if fits(e, record_type, age, types_key)]


def choose(rng: random.Random, items: list, k: int) -> list:
    """`k` distinct items (fewer when there are fewer), in a random order."""
    return rng.sample(items, min(k, len(items)))


def axis_slots(axis: str, value: str | None) -> dict[str, str]:
    """The lexicon phrases of one attribute value, as slots ({place}, {dx}, {heritage}...)."""
    return dict(lexicon()[axis][value]) if value else {}
