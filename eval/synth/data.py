"""The YAML data of the synthetic corpus: names, places, sentence templates, ordinary words.

All files live beside this module and are read once per process.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

HERE = Path(__file__).parent
SPLITS = ("dev", "holdout")
FAMILIES = ("prose", "bullet", "quick", "transcript")


def _load(name: str) -> dict:
    with open(HERE / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@functools.lru_cache(maxsize=1)
def names() -> dict:
    """Names by group, then `female`/`male`/`surname`, then `dev`/`holdout`."""
    return _load("names.yaml")


@functools.lru_cache(maxsize=1)
def places() -> dict:
    """Towns, streets, schools, e-mail domains and case-reference formats."""
    return _load("places.yaml")


@functools.lru_cache(maxsize=1)
def ordinary() -> dict:
    """Sentences using a name-like word in its ordinary sense, keyed by the lower-case word."""
    return _load("ordinary.yaml")


@functools.lru_cache(maxsize=None)
def templates(family: str) -> dict:
    """A template family: section name -> {"dev": [...], "holdout": [...]}."""
    return _load(f"templates_{family}.yaml")


def groups() -> list[str]:
    """The name-origin groups, in file order."""
    return list(names())


def in_split(flag: str, split: str) -> bool:
    """Whether an item flagged `flag` ("dev", "holdout" or "both") may be used in `split`."""
    return flag == "both" or flag == split


def all_first_names(split: str) -> set[str]:
    """Every first name of the half `split`, across groups and genders."""
    return {n for g in names().values() for sex in ("female", "male") for n in g[sex][split]}


@functools.lru_cache(maxsize=1)
def layout() -> dict:
    """Headings, present-line openings, bullets and role words of the styles (layout.yaml)."""
    return _load("layout.yaml")
