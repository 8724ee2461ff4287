"""The shape of a check: findings, the material a check reads, and the registry of checks.

A check is a function from `Material` (a record, and its notes when there are any) to findings,
registered by id with `@check`. Its approach, default severity and description are data in
catalogue.yaml; lexicons and thresholds are data in `data/`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from eval.checks import text as T

HERE = Path(__file__).parent
SEVERITIES = ("high", "medium", "low", "info")


@dataclass(frozen=True)
class Finding:
    """One problem in a record (the Finding contract in DESIGN.md)."""

    check: str
    approach: str
    severity: str
    message: str
    span: tuple[int, int] | None = None
    evidence: str = ""
    suggestion: str = ""

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["span"] = list(self.span) if self.span else None
        return out


@dataclass(frozen=True)
class CheckInfo:
    id: str
    approach: str
    severity: str
    needs: tuple[str, ...]
    description: str
    run: Callable[[Material], Iterable[Finding]] | None = None


@dataclass
class Material:
    """What a check reads. Everything but the record is optional: checks that need a missing
    one are skipped (and the review says which). `facts`, `child_quotes` and `must_not_state` are
    the gold labels of a benchmark case (DESIGN.md, Case JSONL)."""

    record: str
    notes: str | None = None
    record_type: str | None = None
    facts: list[str] | None = None
    child_quotes: list[str] | None = None
    must_not_state: list[str] | None = None
    _memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @cached_property
    def sentences(self) -> list[T.Unit]:
        return T.sentences(self.record)

    @cached_property
    def note_lines(self) -> list[T.Unit]:
        """Note lines split into sentences: the units a record sentence is cited to."""
        notes = self.notes or ""
        return [T.Unit(s, e, notes[s:e]) for line in T.lines(notes) for s, e in T.split(notes, line.start, line.end)]

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """Share an expensive analysis (alignment, quotes) between the checks of one review."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def has(self, need: str) -> bool:
        value = {"notes": self.notes, "facts": self.facts, "type": self.record_type,
                 "child_quotes": self.child_quotes, "must_not_state": self.must_not_state}[need]
        return bool(value and (not isinstance(value, str) or value.strip()))


_REGISTRY: dict[str, CheckInfo] = {}


@functools.cache
def _catalogue() -> dict[str, dict[str, Any]]:
    return yaml.safe_load((HERE / "catalogue.yaml").read_text())


@functools.cache
def data(name: str) -> Any:
    """A YAML data file of the checks (lexicons, thresholds), from eval/checks/data/."""
    return yaml.safe_load((HERE / "data" / f"{name}.yaml").read_text(encoding="utf-8"))


@functools.cache
def wordlist(name: str, key: str) -> frozenset[str]:
    """One word list of a data file, as a set: `wordlist("words", "stopwords")`."""
    return frozenset(data(name)[key])


def check(check_id: str) -> Callable:
    """Register a check function under an id that catalogue.yaml describes."""
    if check_id not in _catalogue():
        raise KeyError(f"{check_id} is not in catalogue.yaml")

    def register(fn: Callable[[Material], Iterable[Finding]]) -> Callable:
        _REGISTRY[check_id] = info(check_id, fn)
        return fn

    return register


def info(check_id: str, run: Callable | None = None) -> CheckInfo:
    entry = _catalogue()[check_id]
    return CheckInfo(check_id, entry["approach"], entry["severity"], tuple(entry.get("needs", ())),
                     " ".join(entry["description"].split()), run)


def finding(check_id: str, message: str, *, span: tuple[int, int] | None = None, evidence: str = "",
            suggestion: str = "", severity: str | None = None) -> Finding:
    """A finding of `check_id`, with the catalogue's approach and (unless given) severity."""
    entry = _catalogue()[check_id]
    return Finding(check_id, entry["approach"], severity or entry["severity"], message,
                   span, evidence, suggestion)


def registry() -> dict[str, CheckInfo]:
    """Every registered check, by id, in catalogue order."""
    from eval.checks import accuracy, gold, language, privacy, structure, voice  # noqa: F401  (registers)

    return {key: _REGISTRY[key] for key in _catalogue() if key in _REGISTRY}
