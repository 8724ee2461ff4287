"""A small persistent key-value cache (SQLite) for model generations and scores of eval runs.

Keys are hashes of everything that decides the value (model, parameters, prompt; case, output,
checks), so a stale entry can never be returned: a change of any input is a new key.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import threading
from pathlib import Path
from typing import Any


class Cache:
    """`get`/`put` JSON values by key in one table per kind; safe across threads."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS entries (kind TEXT, key TEXT, value TEXT, PRIMARY KEY (kind, key))")
        self._lock = threading.Lock()

    def get(self, kind: str, key: str) -> Any | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM entries WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, kind: str, key: str, value: Any) -> None:
        with self._lock, self._db:
            self._db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", (kind, key, json.dumps(value)))

    def close(self) -> None:
        self._db.close()


def key(*parts: Any) -> str:
    """A stable hash of JSON-serialisable parts."""
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


@functools.cache
def checks_version() -> str:
    """A hash of the checks catalogue's code and data: scores cached under it are still valid."""
    root = Path(__file__).parent
    files = sorted([*(root / "checks").rglob("*.py"), *(root / "checks").rglob("*.yaml"),
                    root / "metrics.py", root / "metrics.yaml", root / "tone.yaml"])
    digest = hashlib.sha256()
    for file in files:
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]
