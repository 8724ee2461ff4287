"""Benchmark cases (the Case JSONL contract in DESIGN.md) and system outputs, validated.

Every error names the file, the line (or the YAML item) and the field, so an evaluator can fix
their data without reading our code.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import HeardError
from eval.jsonl import OnError, read_jsonl

SUITES = Path(__file__).parent / "suites"
_LISTS = ("facts", "child_quotes", "must_not_state")


@dataclass(frozen=True)
class Case:
    id: str
    record_type: str
    notes: str
    facts: list[str] = field(default_factory=list)
    child_quotes: list[str] = field(default_factory=list)
    must_not_state: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    pair_id: str | None = None
    reference: str | None = None
    pii: list[dict[str, Any]] = field(default_factory=list)

    @property
    def digest(self) -> str:
        """A hash of everything scoring reads, so a cached score is never reused for changed data."""
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:16]


def load_cases(path: str | Path, on_error: OnError = "stop") -> list[Case]:
    """Cases from a JSONL (or .yaml/.yml: a list of case mappings) file."""
    file = Path(path)
    if file.suffix in (".yaml", ".yml"):
        rows = _yaml_rows(file, on_error)
    else:
        rows = read_jsonl(file, {"id": (str, int), "record_type": str, "notes": str}, on_error, check=case_problem)
    cases = [case_from_row(row) for row in rows]
    seen: set[str] = set()
    for case in cases:
        if case.id in seen:
            raise HeardError(f"{path}: case id {case.id!r} appears more than once")
        seen.add(case.id)
    return cases


def suite_path(name: str) -> Path:
    """The file of a benchmark suite shipped in eval/suites/."""
    path = SUITES / f"{name}.jsonl"
    if not path.is_file():
        known = sorted(p.stem for p in SUITES.glob("*.jsonl"))
        raise HeardError(f"unknown suite {name!r} (shipped: {', '.join(known) or 'none'})")
    return path


def case_problem(row: dict[str, Any]) -> str | None:
    """Why a case row breaks the contract, or None (required fields are checked by the reader)."""
    from prompts.templates import get_template

    try:
        get_template(row["record_type"])
    except HeardError as exc:
        return f"field 'record_type': {exc}"
    if not row["notes"].strip():
        return "field 'notes' is empty"
    for name in _LISTS:
        value = row.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            return f"field {name!r} must be a list of non-empty strings"
    for name in ("pair_id", "reference"):
        if row.get(name) is not None and not isinstance(row[name], str | int):
            return f"field {name!r} must be a string"
    attributes = row.get("attributes", {})
    if not isinstance(attributes, dict) or not all(isinstance(v, str | None) for v in attributes.values()):
        return "field 'attributes' must be an object of strings"
    return _pii_problem(row.get("pii", []), len(row["notes"]))


def _pii_problem(spans: Any, length: int) -> str | None:
    if not isinstance(spans, list):
        return "field 'pii' must be a list"
    for n, span in enumerate(spans):
        if not (isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int)
                and 0 <= span["start"] < span["end"] <= length):
            return f"field 'pii' item {n}: needs integer start < end within the notes"
    return None


def case_from_row(row: dict[str, Any]) -> Case:
    """A `Case` from one dataset row that `case_problem` found no fault with (record type
    normalised, optional lists and fields filled in)."""
    from prompts import get_template

    return Case(id=str(row["id"]), record_type=get_template(row["record_type"]).id, notes=row["notes"],
                **{name: list(row.get(name) or []) for name in _LISTS},
                attributes={k: v for k, v in (row.get("attributes") or {}).items() if v is not None},
                pair_id=None if row.get("pair_id") is None else str(row["pair_id"]),
                reference=row.get("reference"), pii=list(row.get("pii") or []))


def _yaml_rows(file: Path, on_error: OnError) -> list[dict[str, Any]]:
    if not file.is_file():
        raise HeardError(f"file not found: {file}")
    try:
        text = file.read_text(encoding="utf-8-sig")
        root = yaml.compose(text)
        items = yaml.safe_load(text)
    except UnicodeDecodeError as exc:
        raise HeardError(f"{file} is not UTF-8 text (bad byte at {exc.start})") from None
    except yaml.YAMLError as exc:
        raise HeardError(f"{file}: not valid YAML ({exc})") from None
    if isinstance(items, dict) and "cases" in items:
        items, root = items["cases"], next(v for k, v in root.value if k.value == "cases")
    if not isinstance(items, list):
        raise HeardError(f"{file}: expected a list of cases (or a mapping with 'cases')")
    rows = []
    for item, node in zip(items, root.value, strict=True):
        where = f"{file}:{node.start_mark.line + 1}"
        reason = _yaml_problem(item)
        if reason is None:
            rows.append(item)
        elif on_error == "stop":
            raise HeardError(f"{where}: {reason}")
        else:
            import sys

            print(f"heard: skipped {where}: {reason}", file=sys.stderr)
    if not rows:
        raise HeardError(f"{file}: no usable cases")
    return rows


def _yaml_problem(item: Any) -> str | None:
    if not isinstance(item, dict):
        return "expected a mapping"
    for key, kind in (("id", (str, int)), ("record_type", str), ("notes", str)):
        if not isinstance(item.get(key), kind):
            return f"missing field {key!r}" if key not in item else f"field {key!r} must be a string"
    return case_problem(item)


def load_outputs(path: str | Path, on_error: OnError = "stop") -> dict[str, str]:
    """System outputs, `{"id", "output"}` a line, by case id (a repeated id is an error)."""
    rows = read_jsonl(path, {"id": (str, int), "output": str}, on_error)
    outputs: dict[str, str] = {}
    for row in rows:
        key = str(row["id"])
        if key in outputs:
            raise HeardError(f"{path}: output for id {key!r} appears more than once")
        outputs[key] = row["output"]
    return outputs
