"""The counterfactual swapper's shared parts: the axes, the text fields a swap edits, the swap
lexicon (eval/counterfactual_data/lexicon.yaml) and the `Plan` of one swap."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

import yaml

AXES = ("gender", "ethnicity", "religion", "disability", "family")
TEXT_FIELDS = ("notes", "facts", "child_quotes", "must_not_state", "reference", "record")
LEXICON = Path(__file__).parent / "counterfactual_data" / "lexicon.yaml"
SPLIT_ORDER = ("dev", "holdout", "fresh")


@functools.cache
def lexicon() -> dict:
    """The swap lexicon (eval/counterfactual_data/lexicon.yaml)."""
    with open(LEXICON, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    for axis in ("religion", "disability", "ethnicity"):
        for value, slots in data[axis].items():
            phrases = [p.lower() for p in slots.values()]
            if len(set(phrases)) != len(phrases):  # a phrase must say which slot it fills
                raise ValueError(f"{LEXICON}: {axis}.{value} uses one phrase for two slots")
    return data


@dataclass
class Plan:
    """One swap, decided once per case and applied to each of its texts."""

    value: str  # the axis's new value (for `attributes`)
    phrases: dict[str, str] = field(default_factory=dict)  # lexicon phrase -> its counterpart
    names: list[tuple[str, str, bool]] = field(default_factory=list)  # (old, new, ordinary word)
    pronouns: tuple[str, str] | None = None  # (from gender, to gender): the child's pronouns
    sibling: dict[str, str] = field(default_factory=dict)  # "sister" -> "brother" before "to"
    people: list[dict] | None = None  # the variant's `people`

    def add_name(self, old: str, new: str, ordinary_word: bool) -> None:
        self.names.append((old, new, ordinary_word))


def check_axis(axis: str) -> None:
    """Raise ValueError naming the known axes unless `axis` is one."""
    if axis not in AXES:
        raise ValueError(f"unknown axis {axis!r}: choose one of {', '.join(AXES)}")

