"""Storage: cases, notes, drafts and their versions with provenance, and the audit log
(SQLAlchemy; SQLite by default, PostgreSQL by URL).

Opening a `Store` migrates the database to the newest schema. Each write is one transaction that
also appends its audit entry, so a failure part-way stores nothing half-written and nothing goes
unrecorded. On SQLite a write transaction starts with BEGIN IMMEDIATE (writers queue for the lock
up front rather than failing half-way); on PostgreSQL the audit head row is locked FOR UPDATE.

The methods here are unscoped (the single-user CLI and legacy callers); `assistant.records` is the
door that checks who is asking.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine, event, exc, select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from assistant import audit, migrations
from assistant.access import AccessDenied, Principal
from assistant.config import Settings
from assistant.errors import HeardError
from assistant.models import AuditEntry, AuditHead, Base, Case, Draft, Note, Version, now
from redaction import Vault

__all__ = ["Base", "Case", "Draft", "Note", "Store", "StorageError", "Version", "vault_key"]

class StorageError(HeardError):
    """The database is locked past the wait, unreachable or refused the change; nothing was saved."""


class Store:
    """The library's one door onto the database."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        if settings.database_url.startswith("sqlite:///"):
            settings.ensure_dirs()
        self.engine = _engine(settings.database_url, settings.database_busy_seconds)
        with self._errors("open"):
            migrations.upgrade(self.engine)
        self.session = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.engine.execution_options(heard_write=True), expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction: committed on success, rolled back on any error."""
        with self._errors("save"), self._writer.begin() as s:
            yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._errors("read"), self.session() as s:
            yield s

    def audit(self, actor: str, action: str, object_type: str | None = None, object_id: object = None,
              details: dict[str, Any] | None = None) -> None:
        """Append one audit entry in a transaction of its own (denials, failed sign-ins)."""
        with self.write() as s:
            audit.append(s, actor, action, object_type, object_id, details)

    def case_vault(self, reference: str | None, user: Principal | None = None) -> Vault:
        """The case's pseudonym vault (empty for a new case or no case). With a `user`, a case
        someone else owns is refused (and the refusal audited)."""
        with self.read() as s:
            case = s.scalar(select(Case).where(Case.reference == reference)) if reference else None
        if case is not None and user is not None and case.owner_id != user.id:
            self.audit(user.username, "denied", "case", case.id, {"operation": "draft"})
            raise AccessDenied(f"case {reference} belongs to someone else: choose another case reference")
        return Vault.decrypt(case.vault, vault_key(self.settings)) if case and case.vault else Vault()

    def save_draft(self, notes: str, record_type: str, text: str, provenance: dict[str, Any],
                   case_reference: str | None = None, source: str | None = None,
                   vault: Vault | None = None, findings: list[dict[str, Any]] | None = None,
                   owner: Principal | None = None) -> Draft:
        """Store the notes, the draft, its first (model-written) version and the case's vault
        (encrypted) in one transaction, with their audit entries. With an `owner`, the record is
        theirs and filed under their team; a case someone else owns is refused."""
        actor = owner.username if owner else "local"
        with self.write() as s:
            case = _case(s, case_reference or f"case-{uuid.uuid4().hex[:8]}", owner, actor)
            if vault is not None and len(vault):
                case.vault = vault.encrypt(vault_key(self.settings))
            note = Note(case_id=case.id, source=source, text=notes)
            s.add(note)
            s.flush()
            draft = Draft(case_id=case.id, note_id=note.id, record_type=record_type,
                          owner_id=owner.id if owner else None, team=owner.team if owner else None)
            s.add(draft)
            s.flush()
            s.add(Version(draft_id=draft.id, number=1, author=provenance.get("model", "model"),
                          text=text, provenance=provenance, findings=findings or []))
            if "model" in provenance:
                audit.append(s, actor, "model_call", "draft", draft.id, _model_call(provenance))
            audit.append(s, actor, "draft", "draft", draft.id,
                         {"case": case.id, "record_type": record_type, "findings": len(findings or [])})
        return self.get_draft(draft.id)

    def add_version(self, draft_id: int, text: str, author: str,
                    findings: list[dict[str, Any]] | None = None) -> Version:
        """Save a person's edit (and its review) as the next version of a draft."""
        with self.write() as s:
            draft = s.get(Draft, draft_id, with_for_update={"of": Draft})
            if draft is None:
                raise KeyError(f"no draft {draft_id}")
            version = next_version(s, draft, text, author, findings)
            audit.append(s, author, "edit", "draft", draft_id,
                         {"version": version.number, "chars": len(text), "findings": len(findings or [])})
        return version

    def get_draft(self, draft_id: int) -> Draft | None:
        with self.read() as s:
            return s.get(Draft, draft_id)

    def drafts(self, limit: int = 50) -> list[Draft]:
        with self.read() as s:
            return list(s.scalars(select(Draft).order_by(Draft.id.desc()).limit(limit)))

    def audit_entries(self, *, actor: str | None = None, action: str | None = None,
                      since: str | None = None, object_type: str | None = None,
                      object_id: object = None, limit: int | None = 500,
                      viewer: Principal | None = None) -> list[AuditEntry]:
        """Audit entries, newest first, filtered; `since` is an ISO date or time (UTC). With a
        `viewer` (a page's signed-in user), only an admin may read the log."""
        self._audit_reader(viewer)
        query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
        if actor:
            query = query.where(AuditEntry.actor == actor)
        if action:
            query = query.where(AuditEntry.action == action)
        if since:
            query = query.where(AuditEntry.at >= audit.parse_since(since))
        if object_type:
            query = query.where(AuditEntry.object_type == object_type)
        if object_id is not None:
            query = query.where(AuditEntry.object_id == str(object_id))
        with self.read() as s:
            return list(s.scalars(query))

    def verify_audit(self, viewer: Principal | None = None) -> audit.Verdict:
        """Check the whole chain (see `assistant.audit.verify`); `viewer` as for `audit_entries`."""
        self._audit_reader(viewer)
        with self.read() as s:
            head = s.get(AuditHead, 1)
            entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq).execution_options(yield_per=500))
            return audit.verify(entries, head)

    def _audit_reader(self, viewer: Principal | None) -> None:
        if viewer is not None and viewer.role != "admin":
            self.audit(viewer.username, "denied", "audit_log", None, {"operation": "read", "role": viewer.role})
            raise AccessDenied(f"{viewer.username} cannot read the audit log: only an admin can")

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except exc.OperationalError as error:
            where = make_url(self.settings.database_url).render_as_string(hide_password=True)
            reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            if "locked" in reason or "busy" in reason:
                raise StorageError("the database is busy (another writer holds its lock); nothing "
                                   "was changed, try again") from None
            raise StorageError(f"cannot {doing}: the database at {where} is not reachable ({reason}); "
                               "nothing was changed") from None


def next_version(s: Session, draft: Draft, text: str, author: str,
                 findings: list[dict[str, Any]] | None) -> Version:
    """Add the draft's next version inside the caller's transaction."""
    number = max((v.number for v in draft.versions), default=0) + 1
    version = Version(draft_id=draft.id, number=number, author=author, text=text, findings=findings or [])
    s.add(version)
    draft.updated_at = now()
    s.flush()
    return version


def vault_key(settings: Settings) -> bytes:
    """The key that encrypts vaults: `HEARD_VAULT_KEY`, else a key file made once in the data
    directory, readable by its owner only."""
    if settings.vault_key:
        return settings.vault_key.get_secret_value().encode()
    path = settings.data_dir / "vault.key"
    if not path.exists():
        from cryptography.fernet import Fernet

        settings.ensure_dirs()
        path.touch(mode=0o600)
        path.write_bytes(Fernet.generate_key())
    return path.read_bytes().strip()


def _case(s: Session, reference: str, owner: Principal | None, actor: str) -> Case:
    case = s.scalar(select(Case).where(Case.reference == reference).with_for_update())
    if case is None:
        case = Case(reference=reference, owner_id=owner.id if owner else None)
        s.add(case)
        s.flush()
        audit.append(s, actor, "create", "case", case.id)
    elif owner is not None and case.owner_id != owner.id:
        raise AccessDenied(f"case {reference} belongs to someone else: choose another case reference")
    return case


def _model_call(provenance: dict[str, Any]) -> dict[str, Any]:
    keys = ("model", "backend", "template", "template_version", "template_hash", "calls", "parts")
    details = {k: provenance[k] for k in keys if k in provenance}
    redaction = provenance.get("redaction") or {}
    details["redaction"] = {"policy": redaction.get("policy"), "mentions": redaction.get("mentions", {})}
    return details


def _engine(url: str, busy_seconds: float):
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": busy_seconds})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # The driver's own transaction handling off, so that _sqlite_begin decides how each begins.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    write = connection.get_execution_options().get("heard_write")
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
