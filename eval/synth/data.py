"""The YAML data of the synthetic corpus: names, places, sentence templates, ordinary words.

All files live beside this module and are read once per process. The `fresh2` to `fresh29` splits
each have their own names, places, ordinary-word sentences, layout and templates in a folder of
their own (`fresh2/` ... `fresh29/`: written later, blind to the redaction code), kept apart so that
nothing reading the older files sees them. `fresh4` to `fresh29` also have name-origin groups no
older split has (see `groups_for`).
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

HERE = Path(__file__).parent
SPLITS = ("dev", "holdout")
FRESH2 = "fresh2"
FRESH3 = "fresh3"
FRESH4 = "fresh4"
FRESH5 = "fresh5"
FRESH6 = "fresh6"
FRESH7 = "fresh7"
FRESH8 = "fresh8"
FRESH9 = "fresh9"
FRESH10 = "fresh10"
FRESH11 = "fresh11"
FRESH12 = "fresh12"
FRESH13 = "fresh13"
FRESH14 = "fresh14"
FRESH15 = "fresh15"
FRESH16 = "fresh16"
FRESH17 = "fresh17"
FRESH18 = "fresh18"
FRESH19 = "fresh19"
FRESH20 = "fresh20"
FRESH21 = "fresh21"
FRESH22 = "fresh22"
FRESH23 = "fresh23"
FRESH24 = "fresh24"
FRESH25 = "fresh25"
FRESH26 = "fresh26"
FRESH27 = "fresh27"
FRESH28 = "fresh28"
FRESH29 = "fresh29"
OWN_FILES = (FRESH2, FRESH3, FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9,
             FRESH10, FRESH11, FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29)  # the splits with a folder of data files of their own
OWN_GROUPS = (FRESH4, FRESH5, FRESH6, FRESH7, FRESH8, FRESH9, FRESH10, FRESH11, FRESH12, FRESH13, FRESH14, FRESH15, FRESH16, FRESH17, FRESH18, FRESH19, FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27, FRESH28, FRESH29)  # the splits whose names.yaml lists groups of its own
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
def own(split: str, name: str) -> dict:
    """One YAML file of a split with files of its own (`fresh3/names.yaml`, `fresh2/places.yaml`...)."""
    return _load(f"{split}/{name}.yaml")


def fresh2(name: str) -> dict:
    """One YAML file of the `fresh2` split (`fresh2/names.yaml`, `fresh2/places.yaml`...)."""
    return own(FRESH2, name)


def fresh3(name: str) -> dict:
    """One YAML file of the `fresh3` split (`fresh3/names.yaml`, `fresh3/places.yaml`...)."""
    return own(FRESH3, name)


def fresh4(name: str) -> dict:
    """One YAML file of the `fresh4` split (`fresh4/names.yaml`, `fresh4/places.yaml`...)."""
    return own(FRESH4, name)


def fresh5(name: str) -> dict:
    """One YAML file of the `fresh5` split (`fresh5/names.yaml`, `fresh5/places.yaml`...)."""
    return own(FRESH5, name)


def fresh6(name: str) -> dict:
    """One YAML file of the `fresh6` split (`fresh6/names.yaml`, `fresh6/places.yaml`...)."""
    return own(FRESH6, name)


def fresh7(name: str) -> dict:
    """One YAML file of the `fresh7` split (`fresh7/names.yaml`, `fresh7/places.yaml`...)."""
    return own(FRESH7, name)


def fresh8(name: str) -> dict:
    """One YAML file of the `fresh8` split (`fresh8/names.yaml`, `fresh8/places.yaml`...)."""
    return own(FRESH8, name)


def fresh9(name: str) -> dict:
    """One YAML file of the `fresh9` split (`fresh9/names.yaml`, `fresh9/places.yaml`...)."""
    return own(FRESH9, name)


def fresh10(name: str) -> dict:
    """One YAML file of the `fresh10` split (`fresh10/names.yaml`, `fresh10/places.yaml`...)."""
    return own(FRESH10, name)


def fresh11(name: str) -> dict:
    """One YAML file of the `fresh11` split (`fresh11/names.yaml`, `fresh11/places.yaml`...)."""
    return own(FRESH11, name)


def fresh12(name: str) -> dict:
    """One YAML file of the `fresh12` split (`fresh12/names.yaml`, `fresh12/places.yaml`...)."""
    return own(FRESH12, name)


def fresh13(name: str) -> dict:
    """One YAML file of the `fresh13` split (`fresh13/names.yaml`, `fresh13/places.yaml`...)."""
    return own(FRESH13, name)


def fresh14(name: str) -> dict:
    """One YAML file of the `fresh14` split (`fresh14/names.yaml`, `fresh14/places.yaml`...)."""
    return own(FRESH14, name)


def fresh15(name: str) -> dict:
    """One YAML file of the `fresh15` split (`fresh15/names.yaml`, `fresh15/places.yaml`...)."""
    return own(FRESH15, name)


def fresh16(name: str) -> dict:
    """One YAML file of the `fresh16` split (`fresh16/names.yaml`, `fresh16/places.yaml`...)."""
    return own(FRESH16, name)


def fresh17(name: str) -> dict:
    """One YAML file of the `fresh17` split (`fresh17/names.yaml`, `fresh17/places.yaml`...)."""
    return own(FRESH17, name)


def fresh18(name: str) -> dict:
    """One YAML file of the `fresh18` split (`fresh18/names.yaml`, `fresh18/places.yaml`...)."""
    return own(FRESH18, name)


def fresh19(name: str) -> dict:
    """One YAML file of the `fresh19` split (`fresh19/names.yaml`, `fresh19/places.yaml`...)."""
    return own(FRESH19, name)


def fresh20(name: str) -> dict:
    """One YAML file of the `fresh20` split (`fresh20/names.yaml`, `fresh20/places.yaml`...)."""
    return own(FRESH20, name)


def fresh21(name: str) -> dict:
    """One YAML file of the `fresh21` split (`fresh21/names.yaml`, `fresh21/places.yaml`...)."""
    return own(FRESH21, name)


def fresh22(name: str) -> dict:
    """One YAML file of the `fresh22` split (`fresh22/names.yaml`, `fresh22/places.yaml`...)."""
    return own(FRESH22, name)


def fresh23(name: str) -> dict:
    """One YAML file of the `fresh23` split (`fresh23/names.yaml`, `fresh23/places.yaml`...)."""
    return own(FRESH23, name)


def fresh24(name: str) -> dict:
    """One YAML file of the `fresh24` split (`fresh24/names.yaml`, `fresh24/places.yaml`...)."""
    return own(FRESH24, name)


def fresh25(name: str) -> dict:
    """One YAML file of the `fresh25` split (`fresh25/names.yaml`, `fresh25/places.yaml`...)."""
    return own(FRESH25, name)


def fresh26(name: str) -> dict:
    """One YAML file of the `fresh26` split (`fresh26/names.yaml`, `fresh26/places.yaml`...)."""
    return own(FRESH26, name)


def fresh27(name: str) -> dict:
    """One YAML file of the `fresh27` split (`fresh27/names.yaml`, `fresh27/places.yaml`...)."""
    return own(FRESH27, name)


def fresh28(name: str) -> dict:
    """One YAML file of the `fresh28` split (`fresh28/names.yaml`, `fresh28/places.yaml`...)."""
    return own(FRESH28, name)


def fresh29(name: str) -> dict:
    """One YAML file of the `fresh29` split (`fresh29/names.yaml`, `fresh29/places.yaml`...)."""
    return own(FRESH29, name)


def name_list(group: str, kind: str, split: str) -> list[str]:
    """The `kind` (female, male, surname) names of `group` in the half `split` (any split)."""
    if split in OWN_FILES:
        return own(split, "names")[group][kind]
    return names()[group][kind][split]


def places_for(split: str) -> dict:
    """The places of a split: `<split>/places.yaml` for fresh2 and fresh3, else places.yaml (whose
    lists are split into halves by key, as the later files' are under the split's own key)."""
    return own(split, "places") if split in OWN_FILES else places()


def layout_for(split: str) -> dict:
    """The layout (headings, present-line openings, bullets, role words) of a split."""
    return own(split, "layout") if split in OWN_FILES else layout()


def ordinary_for(split: str) -> dict:
    """Ordinary-sense sentences of name-like words (fresh2 and fresh3 have their own)."""
    return own(split, "ordinary") if split in OWN_FILES else ordinary()


def templates_for(family: str, split: str) -> dict:
    """A template family of a split: section -> {flag: [...]}; a later split's flag is its name."""
    return own(split, f"templates_{family}") if split in OWN_FILES else templates(family)


def groups() -> list[str]:
    """The name-origin groups, in file order."""
    return list(names())


def groups_for(split: str) -> list[str]:
    """The name-origin groups of a split, in file order: those of names.yaml for every split but
    `fresh4` to `fresh29`, whose own names.yaml lists groups of its own (the eight every split has
    first)."""
    return list(own(split, "names")) if split in OWN_GROUPS else groups()


def in_split(flag: str, split: str) -> bool:
    """Whether an item flagged `flag` ("dev", "holdout" or "both") may be used in `split`."""
    return flag == "both" or flag == split


def all_first_names(split: str) -> set[str]:
    """Every first name of the half `split`, across groups and genders."""
    return {n for g in groups_for(split) for sex in ("female", "male") for n in name_list(g, sex, split)}


@functools.lru_cache(maxsize=1)
def layout() -> dict:
    """Headings, present-line openings, bullets and role words of the styles (layout.yaml)."""
    return _load("layout.yaml")
