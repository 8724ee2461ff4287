"""The YAML data of the synthetic corpus: names, places, sentence templates, ordinary words.

All files live beside this module and are read once per process. The `fresh2` split has its own
names, places, ordinary-word sentences, layout and templates in `fresh2/` (written later and blind
to the redaction code), kept apart so that nothing reading the older files sees them.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

HERE = Path(__file__).parent
SPLITS = ("dev", "holdout")
FRESH2 = "fresh2"
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


@functools.lru_cache(maxsize=None)
def fresh2(name: str) -> dict:
    """One YAML file of the `fresh2` split (`fresh2/names.yaml`, `fresh2/places.yaml`...)."""
    return _load(f"fresh2/{name}.yaml")


def name_list(group: str, kind: str, split: str) -> list[str]:
    """The `kind` (female, male, surname) names of `group` in the half `split` (any split)."""
    if split == FRESH2:
        return fresh2("names")[group][kind]
    return names()[group][kind][split]


def places_for(split: str) -> dict:
    """The places of a split: `fresh2/places.yaml` for fresh2, else places.yaml (whose lists are
    split into halves by key, as the fresh2 file's are under the key `fresh2`)."""
    return fresh2("places") if split == FRESH2 else places()


def layout_for(split: str) -> dict:
    """The layout (headings, present-line openings, bullets, role words) of a split."""
    return fresh2("layout") if split == FRESH2 else layout()


def ordinary_for(split: str) -> dict:
    """Ordinary-sense sentences of name-like words (fresh2 has its own file and sentences)."""
    return fresh2("ordinary") if split == FRESH2 else ordinary()


def templates_for(family: str, split: str) -> dict:
    """A template family of a split: section -> {flag: [...]}; fresh2's flag is `fresh2`."""
    return fresh2(f"templates_{family}") if split == FRESH2 else templates(family)


def groups() -> list[str]:
    """The name-origin groups, in file order."""
    return list(names())


def in_split(flag: str, split: str) -> bool:
    """Whether an item flagged `flag` ("dev", "holdout" or "both") may be used in `split`."""
    return flag == "both" or flag == split


def all_first_names(split: str) -> set[str]:
    """Every first name of the half `split`, across groups and genders."""
    return {n for g in groups() for sex in ("female", "male") for n in name_list(g, sex, split)}


@functools.lru_cache(maxsize=1)
def layout() -> dict:
    """Headings, present-line openings, bullets and role words of the styles (layout.yaml)."""
    return _load("layout.yaml")
