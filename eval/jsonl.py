"""JSON Lines in, with errors that name the file, line and field.

`on_error="stop"` refuses the whole file at the first bad line (nothing is processed, so
nothing is half-done); `"skip"` reports each bad line on stderr and carries on with the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from assistant.errors import HeardError

OnError = Literal["stop", "skip"]
Check = Callable[[dict[str, Any]], str | None]


def read_jsonl(path: str | Path, required: dict[str, type], on_error: OnError = "stop",
               check: Check | None = None) -> list[dict[str, Any]]:
    """Every object in a JSONL file, each with the `required` fields of the given types;
    `check` may add a row-level rule (it returns a reason, or None when the row is fine)."""
    file = Path(path)
    if not file.is_file():
        raise HeardError(f"file not found: {path}")
    try:
        lines = file.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise HeardError(f"{path} is not UTF-8 text (bad byte at {exc.start})") from None
    rows, skipped = [], 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        row, reason = _parse(line, required, check)
        if reason is None:
            rows.append(row)
        elif on_error == "stop":
            raise HeardError(f"{path}:{number}: {reason}")
        else:
            skipped += 1
            print(f"heard: skipped {path}:{number}: {reason}", file=sys.stderr)
    if not rows:
        raise HeardError(f"{path}: no usable lines" + (f" ({skipped} skipped)" if skipped else ""))
    return rows


def _parse(line: str, required: dict[str, type], check: Check | None) -> tuple[Any, str | None]:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg}, column {exc.colno})"
    if not isinstance(row, dict):
        return None, "expected a JSON object"
    for key, kind in required.items():
        if key not in row:
            return None, f"missing field {key!r}"
        if not isinstance(row[key], kind):
            return None, f"field {key!r} must be {_kind_name(kind)}"
    return row, check(row) if check else None


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    names = {str: "a string", list: "a list", dict: "an object", int: "a number", float: "a number"}
    return " or ".join(names.get(k, k.__name__) for k in kinds)
