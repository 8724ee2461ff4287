"""The audit log: append-only, each entry chained to the one before by a SHA-256 hash.

`hash = sha256(previous hash + canonical JSON of the entry)`, where the entry is its sequence
number, time, actor, action, object and details. Changing, deleting or reordering any entry breaks
the chain from that entry on; `verify` names the first bad one. The `audit_head` row records the
last entry, so deleting entries from the end shows too, and its hash can be copied elsewhere to
anchor the log against someone who rewrites the whole chain.

Details hold ids, counts, names of models and templates: never text from notes or records.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.errors import HeardError
from assistant.models import AuditEntry, AuditHead

GENESIS = "0" * 64
ACTIONS = ("create", "draft", "model_call", "edit", "submit", "approve", "return", "export", "view",
           "login", "login_failed", "logout", "denied", "user_add", "user_disable")


def canonical(entry: AuditEntry | dict[str, Any]) -> str:
    """The text an entry's hash covers: sorted keys, no spaces, ASCII only."""
    fields = entry if isinstance(entry, dict) else {
        "seq": entry.seq, "at": entry.at, "actor": entry.actor, "action": entry.action,
        "object_type": entry.object_type, "object_id": entry.object_id, "details": entry.details,
    }
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def chain(prev_hash: str, entry: AuditEntry | dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(entry)).encode()).hexdigest()


def timestamp(when: datetime | None = None) -> str:
    """UTC in one fixed ISO 8601 form, so stored text compares and sorts as time does."""
    when = when or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def append(s: Session, actor: str, action: str, object_type: str | None = None,
           object_id: object = None, details: dict[str, Any] | None = None) -> AuditEntry:
    """Add an entry inside the caller's write transaction (so it is kept exactly when the change
    it records is). The head row is locked first: appends are serialised, the chain stays linear.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    head = s.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    fields = {"seq": head.seq + 1, "at": timestamp(), "actor": actor, "action": action,
              "object_type": object_type, "object_id": None if object_id is None else str(object_id),
              "details": _plain(details or {})}
    entry = AuditEntry(**fields, prev_hash=head.hash, hash=chain(head.hash, fields))
    s.add(entry)
    head.seq, head.hash = entry.seq, entry.hash
    s.flush()
    return entry


@dataclass(frozen=True)
class Verdict:
    """What `verify` found: intact, or the first bad entry and why."""

    ok: bool
    checked: int
    head_seq: int
    head_hash: str
    bad_seq: int | None = None
    reason: str = ""

    def __str__(self) -> str:
        if self.ok:
            return f"audit log intact: {self.checked} entries, head #{self.head_seq} {self.head_hash}"
        return f"audit log broken at entry #{self.bad_seq}: {self.reason}"


def verify(entries: Iterable[AuditEntry], head: AuditHead) -> Verdict:
    """Walk the chain in sequence order and stop at the first entry that does not fit."""
    prev_seq, prev_hash, checked = 0, GENESIS, 0

    def bad(seq: int, reason: str) -> Verdict:
        return Verdict(False, checked, head.seq, head.hash, seq, reason)

    for entry in entries:
        if entry.seq != prev_seq + 1:
            return bad(prev_seq + 1, f"missing (deleted): the log goes from #{prev_seq} to #{entry.seq}")
        if entry.prev_hash != prev_hash:
            return bad(entry.seq, "does not follow the entry before it (an entry was deleted, "
                                  "reordered or rewritten)")
        if chain(prev_hash, entry) != entry.hash:
            return bad(entry.seq, "altered: its contents no longer match its hash")
        prev_seq, prev_hash, checked = entry.seq, entry.hash, checked + 1
    if (prev_seq, prev_hash) != (head.seq, head.hash):
        if prev_seq < head.seq:
            return bad(prev_seq + 1, f"missing (deleted): the log ends at #{prev_seq} but "
                                     f"#{head.seq} was written")
        return bad(prev_seq, "the log's recorded head does not match its last entry")
    return Verdict(True, checked, head.seq, head.hash)


def parse_since(text: str) -> str:
    """`2025-01-31` or an ISO time (local times are taken as UTC) -> the stored form."""
    try:
        return timestamp(datetime.fromisoformat(text.strip()))
    except ValueError:
        raise HeardError(f"--since: not a date or time: {text!r} (use e.g. 2025-01-31 or "
                         "2025-01-31T14:00)") from None


def _plain(details: dict[str, Any]) -> dict[str, Any]:
    """Details must survive a JSON round trip unchanged, or the stored entry would not verify."""
    try:
        return json.loads(json.dumps(details, sort_keys=True))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"audit details must be plain JSON: {exc}") from None
