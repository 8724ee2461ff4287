"""Storage: cases, notes, drafts and their versions with provenance (SQLAlchemy; SQLite by default).

Each write is one transaction, so a failure part-way stores nothing half-written.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON, DateTime, ForeignKey, LargeBinary, String, Text, UniqueConstraint, create_engine, event, select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship, sessionmaker

from assistant.config import Settings
from redaction import Vault


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    # The case's pseudonym vault, Fernet-encrypted: the same person keeps one placeholder.
    vault: Mapped[bytes | None] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Note(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    source: Mapped[str | None] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Draft(Base):
    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id"))
    record_type: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    versions: Mapped[list[Version]] = relationship(order_by="Version.number", lazy="selectin")
    case: Mapped[Case] = relationship(lazy="joined")
    note: Mapped[Note] = relationship(lazy="joined")


class Version(Base):
    """One text of a draft: number 1 is the model's; later ones are a person's edits."""

    __tablename__ = "draft_versions"
    __table_args__ = (UniqueConstraint("draft_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"))
    number: Mapped[int]
    author: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    provenance: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)  # the review of this text
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)


class Store:
    """The library's one door onto the database."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        if settings.database_url.startswith("sqlite:///"):
            settings.ensure_dirs()
        self.engine = create_engine(settings.database_url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        Base.metadata.create_all(self.engine)
        self.session = sessionmaker(self.engine, expire_on_commit=False)

    def case_vault(self, reference: str | None) -> Vault:
        """The case's pseudonym vault (empty for a new case or no case)."""
        with self.session() as s:
            case = s.scalar(select(Case).where(Case.reference == reference)) if reference else None
            return Vault.decrypt(case.vault, vault_key(self.settings)) if case and case.vault else Vault()

    def save_draft(self, notes: str, record_type: str, text: str, provenance: dict[str, Any],
                   case_reference: str | None = None, source: str | None = None,
                   vault: Vault | None = None, findings: list[dict[str, Any]] | None = None) -> Draft:
        """Store the notes, the draft, its first (model-written) version and the case's vault
        (encrypted) in one transaction."""
        with self.session.begin() as s:
            case = _get_or_create_case(s, case_reference or f"case-{uuid.uuid4().hex[:8]}")
            if vault is not None and len(vault):
                case.vault = vault.encrypt(vault_key(self.settings))
            note = Note(case_id=case.id, source=source, text=notes)
            s.add(note)
            s.flush()
            draft = Draft(case_id=case.id, note_id=note.id, record_type=record_type)
            s.add(draft)
            s.flush()
            s.add(Version(draft_id=draft.id, number=1, author=provenance.get("model", "model"),
                          text=text, provenance=provenance, findings=findings or []))
        return self.get_draft(draft.id)

    def add_version(self, draft_id: int, text: str, author: str,
                    findings: list[dict[str, Any]] | None = None) -> Version:
        """Save a person's edit (and its review) as the next version of a draft."""
        with self.session.begin() as s:
            draft = s.get(Draft, draft_id)
            if draft is None:
                raise KeyError(f"no draft {draft_id}")
            number = max((v.number for v in draft.versions), default=0) + 1
            version = Version(draft_id=draft_id, number=number, author=author, text=text,
                              findings=findings or [])
            s.add(version)
        return version

    def get_draft(self, draft_id: int) -> Draft | None:
        with self.session() as s:
            return s.get(Draft, draft_id)

    def drafts(self, limit: int = 50) -> list[Draft]:
        with self.session() as s:
            return list(s.scalars(select(Draft).order_by(Draft.id.desc()).limit(limit)))


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


def _get_or_create_case(s: Session, reference: str) -> Case:
    case = s.scalar(select(Case).where(Case.reference == reference))
    if case is None:
        case = Case(reference=reference)
        s.add(case)
        s.flush()
    return case


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
