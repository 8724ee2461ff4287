"""The phrase banks (YAML beside this module) and the small text tools the generator shares.

Every bank is split into `dev`, `holdout`, `fresh` and `fresh2` to `fresh7` parts; `half()` hands out
one of them, so the holdout corpus never uses a phrasing the dev corpus uses. The `fresh` halves
were written later, without looking at the checks, as an unseen test of them; the `fresh2` parts
later still, blind to the checks again, once the fresh split had been used to improve them; the
`fresh3` parts later, blind again, once every older split had been used; the `fresh4` parts once
fresh3 had been used too; the `fresh5` parts blind again, while fresh4 was being used; the `fresh6`
parts blind again, while fresh3 and fresh5 were being used; the `fresh7` parts blind again, while
fresh6 was being used; the `fresh8` parts blind again, while fresh7 was being used; the `fresh9` parts blind
again, while fresh8 was being used; the `fresh10` parts blind again, while fresh9 was being used; the `fresh11` parts blind
again, while fresh10 was being used; the `fresh12` parts blind again, while fresh11 was being used; the
`fresh13` parts blind again, while fresh12 was being used; the `fresh14` parts blind again, while
fresh13 was being used; the `fresh15` parts blind again, while fresh14 was being used; the `fresh16` parts
blind again, while fresh15 was being used; the `fresh17` parts blind again, while fresh16 was being
used; the `fresh18` parts blind again, while fresh17 was being used;
the `fresh19` parts blind again, while fresh18 was being used;
the `fresh20` parts blind again, while fresh19 was being used;
the `fresh21` parts blind again, while fresh20 was being used;
the `fresh22` parts blind again, while fresh21 was being used;
the `fresh23` parts blind again, while fresh22 was being used;
the `fresh24` parts blind again, while fresh23 was being used;
the `fresh25` parts blind again, while fresh24 was being used;
the `fresh26` parts blind again, while fresh25 was being used;
the `fresh27` parts blind again, while fresh26 was being used;
the `fresh28` parts blind again, while fresh27 was being used;
the `fresh29` parts last, blind again, while fresh28 was being used. The fresh3 to fresh29 parts live in
eval/synth/<split>/review/ (one file per bank, the same tree holding only that split's keys) and
are merged into the bank when it is loaded.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).parent
TYPE_CODES = {"home_visit": "hv", "child_protection_visit": "cp", "child_in_need_review": "cin",
              "looked_after_child_visit": "lac", "supervision": "sup"}
FACT_FILES = ("facts_visit", "facts_people")
SPLITS = ("dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10",
          "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29")
LATER = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
         "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
         "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29")  # the splits written blind to the checks, each with its own tables
# folders of bank parts kept apart from the banks
OVERLAYS = tuple(HERE.parent / split / "review" for split in ("fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                                                                  "fresh9", "fresh10", "fresh11", "fresh12",
                                                                  "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29"))
_SLOT = re.compile(r"\{([A-Za-z_]+)\}")


@functools.cache
def load(name: str) -> dict:
    """One YAML bank, e.g. `load("quotes")`, with the parts kept in OVERLAYS merged in."""
    with open(HERE / f"{name}.yaml", encoding="utf-8") as fh:
        bank = yaml.safe_load(fh)
    for folder in OVERLAYS:
        if (folder / f"{name}.yaml").exists():
            with open(folder / f"{name}.yaml", encoding="utf-8") as fh:
                _merge(bank, yaml.safe_load(fh), f"{name}.yaml")
    return bank


def _merge(bank: dict, extra: dict, where: str) -> None:
    """Add `extra`'s keys to `bank`, recursing into the dicts both have; a key `extra` would
    overwrite is an error (an overlay adds parts, it never replaces one)."""
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(bank.get(key), dict):
            _merge(bank[key], value, f"{where}/{key}")
        elif key in bank:
            raise ValueError(f"overlay {where} would replace {key!r}")
        else:
            bank[key] = value


@functools.cache
def fact_categories() -> dict[str, dict[str, list[dict]]]:
    """Every fact category (seen, home, carer, ...) with its dev and holdout halves."""
    out: dict[str, dict[str, list[dict]]] = {}
    for name in FACT_FILES:
        out.update(load(name))
    return out


def half(node: dict, split: str) -> list:
    """The `split` part of a bank node ({"dev": [...], "holdout": [...], "fresh": [...], ...})."""
    return node[split]


def fitting(items: list, age: int) -> list[str]:
    """The templates of `items` that fit a child of `age`: a plain string fits any child; a
    {t: template, age: [min, max]} (fresh16 on) only a child of those ages, so that a three-year-old
    is never said to have texted. A list of plain strings comes back as it is (older splits draw the same)."""
    return [i if isinstance(i, str) else i["t"] for i in items if isinstance(i, str) or i["age"][0] <= age <= i["age"][1]]


def wording(key: str, split: str, rng: random.Random) -> str:
    """A fixed piece of the notes' wording (frames.yaml `wording`): the `shared` choices, or the
    split's own when it has them. A single choice draws nothing from `rng`."""
    node = load("frames")["wording"][key]
    items = node.get(split, node["shared"])
    return items[0] if len(items) == 1 else rng.choice(items)


def fits(entry: dict, record_type: str, age: int, types_key: str = "t") -> bool:
    """Whether a bank entry may be used for this record type and child's age."""
    types = entry.get(types_key)
    if types and TYPE_CODES[record_type] not in types:
        return False
    low, high = entry.get("age", (0, 99))
    return low <= age <= high


def cap(text: str) -> str:
    """`text` with its first letter in capitals (the rest untouched)."""
    return text[:1].upper() + text[1:] if text else text


class Slots(dict):
    """Slot values for `fill`: `{He}` is `{he}` capitalised; a callable value is called per use
    (so a name can be cased differently at each mention)."""

    def __missing__(self, key: str) -> str:
        base = key[0].lower() + key[1:]
        if base != key and base in self:
            return cap(self[base])
        raise KeyError(f"no slot {key!r}")

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key) if key in self else self.__missing__(key)
        return value() if callable(value) else value


def fill(template: str, slots: Slots) -> str:
    """A template with its `{slot}`s replaced (every slot must be known)."""
    return _SLOT.sub(lambda m: str(slots[m.group(1)]), template)


def tidy(text: str) -> str:
    """Punctuation a filled template can leave doubled: `?.`, `?,`, `..`."""
    text = re.sub(r"([?!])([\"'”’]?)[.,]", r"\1\2", text)
    return text.replace("..", ".")


# Hurried note-taking: abbreviations applied to the words of a template, never to its slots.
ABBREVIATIONS = [
    (r"\bsocial worker\b", "sw"), (r"\bappointments?\b", "appt"), (r"\bwith\b", "w/"),
    (r"\bbecause\b", "b/c"), (r"\bweeks\b", "wks"), (r"\bweek\b", "wk"), (r"\bbefore\b", "b4"),
    (r"\babout\b", "abt"), (r"\bhealth visitor\b", "hv"), (r"\bfamily support\b", "fs"),
    (r"\bpeople\b", "ppl"), (r"\bdoesn't\b", "doesnt"), (r"\bdidn't\b", "didnt"),
    (r"\bdon't\b", "dont"), (r"\bcan't\b", "cant"), (r"\bwouldn't\b", "wouldnt"),
    (r"\bhaven't\b", "havent"), (r"\bminutes\b", "mins"), (r"\bthrough\b", "thru"),
    (r"\bchild protection\b", "cp"), (r"\bsupervision\b", "supervision"), (r"\bplease\b", "pls"),
    (r"\bschool\b", "sch"), (r"\binformation\b", "info"), (r"\bsomething\b", "sth"),
]


def quickify(template: str, rng: random.Random) -> str:
    """A template as hurried lower-case notes: abbreviated, fewer articles, no final stop.

    Slots stay as they are (their values carry their own casing), so a quote filled in later
    keeps its exact words.
    """
    parts = re.split(r"(\{[A-Za-z_]+\})", template)
    out = []
    for part in parts:
        if _SLOT.fullmatch(part):
            out.append("{" + part[1].lower() + part[2:])
            continue
        text = part.lower()
        for pattern, short in ABBREVIATIONS:
            if rng.random() < 0.8:
                text = re.sub(pattern, short, text)
        text = re.sub(r"\band\b", lambda m: "&" if rng.random() < 0.4 else "and", text)
        text = re.sub(r"\bthe ", lambda m: "" if rng.random() < 0.35 else "the ", text)
        out.append(text)
    return "".join(out).rstrip(". ")


def pick(rng: random.Random, items: Iterable, used: Callable[[Any], bool] = lambda _: False) -> Any:
    """A random item not `used`, or None when there is none."""
    pool = [item for item in items if not used(item)]
    return rng.choice(pool) if pool else None


def balanced(values: list, n: int, rng: random.Random) -> list:
    """`n` values, each of `values` used as evenly as possible, in shuffled order."""
    out = (list(values) * (n // len(values) + 1))[:n]
    rng.shuffle(out)
    return out
