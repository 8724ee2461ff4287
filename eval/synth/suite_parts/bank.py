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
from eval.synth.review_parts.bank import TYPE_CODES, Slots, cap, fill, fits, quickify, tidy  # noqa: F401  (shared)

HERE = Path(__file__).parent
SUITES = ("core", "holdout")
NAME_SPLIT = {"core": "dev", "holdout": "holdout"}


@functools.cache
def load(name: str) -> dict:
    """One YAML bank of this package: "items", "voice" or "frames"."""
    with open(HERE / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def pool(bank: str, key: str, suite: str, record_type: str, age: int, types_key: str = "t") -> list[dict]:
    """The entries of `bank[key]` in the suite's half that fit the type and age."""
    return [e for e in load(bank)[key][suite] if fits(e, record_type, age, types_key)]


def choose(rng: random.Random, items: list, k: int) -> list:
    """`k` distinct items (fewer when there are fewer), in a random order."""
    return rng.sample(items, min(k, len(items)))


def axis_slots(axis: str, value: str | None) -> dict[str, str]:
    """The lexicon phrases of one attribute value, as slots ({place}, {dx}, {heritage}...)."""
    return dict(lexicon()[axis][value]) if value else {}
