"""The phrase banks of the benchmark suites (YAML beside this module) and their three halves.

Every bank has a `core` and a `holdout` half with different content and wording; names come
from the `dev` half of eval/synth/names.yaml for core and the `holdout` half for holdout, so the
holdout suite shares no phrasing and no name with the core suite. The `blind` half was written
later, without reading the checks, and lives apart in blind/ (one file per bank holding only the
`blind` keys, merged in when a bank is loaded, and blind/names.yaml): names and phrasings that
neither core nor holdout has.
"""

from __future__ import annotations

import functools
import random
from pathlib import Path

import yaml

from eval.counterfactual import lexicon
from eval.synth.data import names
from eval.synth.review_parts.bank import TYPE_CODES, Slots, cap, fill, fits, quickify, tidy  # noqa: F401  (shared)

HERE = Path(__file__).parent
SUITES = ("core", "holdout", "blind")
NAME_SPLIT = {"core": "dev", "holdout": "holdout", "blind": "blind"}
BLIND = HERE / "blind"  # the blind suite's banks, kept apart from the core and holdout halves


@functools.cache
def load(name: str) -> dict:
    """One YAML bank of this package: "items", "voice" or "frames", with its blind half merged in."""
    with open(HERE / f"{name}.yaml", encoding="utf-8") as fh:
        bank = yaml.safe_load(fh)
    with open(BLIND / f"{name}.yaml", encoding="utf-8") as fh:
        for key, node in yaml.safe_load(fh).items():
            if key in bank and "blind" in bank[key]:
                raise ValueError(f"blind/{name}.yaml: {key!r} already has a blind half in {name}.yaml")
            bank.setdefault(key, {})["blind"] = node["blind"]
    return bank


@functools.cache
def blind_names() -> dict:
    """The blind suite's names (blind/names.yaml): group -> female/male/surname -> names."""
    with open(BLIND / "names.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def name_list(group: str, kind: str, split: str) -> list[str]:
    """The `kind` names (female, male, surname) of a name-origin group in a suite's half."""
    return blind_names()[group][kind] if split == "blind" else names()[group][kind][split]


def pool(bank: str, key: str, suite: str, record_type: str, age: int, types_key: str = "t") -> list[dict]:
    """The entries of `bank[key]` in the suite's half that fit the type and age."""
    return [e for e in load(bank)[key][suite] if fits(e, record_type, age, types_key)]


def choose(rng: random.Random, items: list, k: int) -> list:
    """`k` distinct items (fewer when there are fewer), in a random order."""
    return rng.sample(items, min(k, len(items)))


def axis_slots(axis: str, value: str | None) -> dict[str, str]:
    """The lexicon phrases of one attribute value, as slots ({place}, {dx}, {heritage}...)."""
    return dict(lexicon()[axis][value]) if value else {}
