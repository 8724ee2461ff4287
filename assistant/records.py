"""Case records as people see them: every operation takes the `Principal` acting, is checked
against `assistant.access`, and is written to the audit log (denials included).

Lifecycle: draft -> submitted -> approved | returned; a returned record is edited and submitted
again; an approved record is final.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from assistant import audit
from assistant.access import RECORD_ROLES, SUPERVISOR_SEES, AccessDenied, Principal, denial
from assistant.errors import HeardError
from assistant.models import STATUSES, Case, Draft, SignOff, User, Version, now
from assistant.storage import Store, next_version
from redaction import Vault

T = TypeVar("T")
EDITABLE = ("draft", "returned")


class RecordNotFound(HeardError, KeyError):
    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


class RecordStateError(HeardError):
    """The step does not fit the record's status (e.g. editing an approved record)."""


class Records:
    """The access-checked, audited door onto case records."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def authorize_create(self, user: Principal) -> None:
        """Refuse (and audit) before any work is done for someone who may not make records."""
        self._check(user, "create", None, "draft", None)

    def create(self, user: Principal, notes: str, record_type: str, text: str, provenance: dict[str, Any],
               *, case_reference: str | None = None, source: str | None = None,
               vault: Vault | None = None, findings: list[dict[str, Any]] | None = None) -> Draft:
        """Store a new record owned by `user` (see `Store.save_draft`)."""
        self.authorize_create(user)
        try:
            return self.store.save_draft(notes, record_type, text, provenance, case_reference, source,
                                         vault, findings, owner=user)
        except AccessDenied:  # the case is someone else's: the save was rolled back, the denial kept
            self.store.audit(user.username, "denied", "case", None, {"operation": "create", "role": user.role})
            raise

    def case_vault(self, user: Principal, case_reference: str | None) -> Vault:
        """The pseudonym vault of a case `user` owns (empty for a new one)."""
        self.authorize_create(user)
        return self.store.case_vault(case_reference, user)

    def list(self, user: Principal, *, status: str | None = None, search: str | None = None,
             mine: bool | None = None, limit: int = 200) -> list[Draft]:
        """The records `user` may see, newest change first. `mine=True` only their own,
        `mine=False` only their team's (supervisors); `search` matches any version's text or
        the record type, case-insensitively."""
        self._check(user, "list", None, "draft", None)
        if status is not None and status not in STATUSES:
            raise HeardError(f"unknown status {status!r}: one of {', '.join(STATUSES)}")
        own = Draft.owner_id == user.id
        team = (Draft.team == user.team) & Draft.status.in_(SUPERVISOR_SEES)
        if user.role != "supervisor" or not user.team or mine:
            scope = own
        else:
            scope = (team & (Draft.owner_id != user.id)) if mine is False else or_(own, team)
        query = select(Draft).where(scope).order_by(Draft.updated_at.desc(), Draft.id.desc()).limit(limit)
        if status:
            query = query.where(Draft.status == status)
        if search and search.strip():
            pattern = f"%{search.strip()}%"
            query = query.where(or_(Draft.versions.any(Version.text.ilike(pattern)),
                                    Draft.record_type.ilike(pattern)))
        with self.store.read() as s:
            return list(s.scalars(query).unique())

    def queue(self, supervisor: Principal) -> list[Draft]:
        """A supervisor's team records waiting for sign-off, oldest first."""
        waiting = self.list(supervisor, status="submitted", mine=False)
        return sorted(waiting, key=lambda d: (d.updated_at or d.created_at, d.id))

    def get(self, user: Principal, draft_id: int, via: str | None = None) -> Draft:
        """Open a record (audited as a view; `via` says from where, e.g. "search")."""
        def view(s: Session, d: Draft) -> Draft:
            audit.append(s, user.username, "view", "draft", d.id,
                         {"status": d.status, **({"via": via} if via else {})})
            return d
        return self._step(user, "view", draft_id, view)

    def unowned(self, admin: Principal, limit: int = 500) -> list[Draft]:
        """Records with no owner (made before heard had accounts, or by the single-user CLI),
        oldest first, for an admin to give to someone. Nobody else can see them."""
        self._admin(admin, "list records without an owner")
        with self.store.read() as s:
            return list(s.scalars(select(Draft).where(Draft.owner_id.is_(None))
                                  .order_by(Draft.created_at, Draft.id).limit(limit)))

    def assign_owner(self, admin: Principal, draft_id: int, username: str) -> Draft:
        """Give a record that has no owner to a social worker or supervisor: it becomes theirs and
        their team's, as if they had made it (and its case too, if the case has no owner either).
        Only an admin may, only once (a record that has an owner keeps them). Audited as an
        `edit` with the new owner and team; the admin still does not read the record."""
        self._admin(admin, "assign records")
        with self.store.write() as s:
            owner = s.scalar(select(User).where(User.username == username.strip().lower()))
            if owner is None or not owner.active:
                raise HeardError(f"no active user {username.strip().lower()}")
            if owner.role not in RECORD_ROLES:
                raise HeardError(f"{owner.username} is {owner.role.replace('_', ' ')}: only social workers "
                                 "and supervisors own records")
            d = s.get(Draft, draft_id, with_for_update={"of": Draft})
            if d is None:
                raise RecordNotFound(f"no record {draft_id}")
            if d.owner_id is not None:
                raise RecordStateError(f"record {draft_id} already has an owner: only records without "
                                       "one can be assigned")
            d.owner_id, d.team = owner.id, owner.team
            case = s.get(Case, d.case_id)
            if case is not None and case.owner_id is None:
                case.owner_id = owner.id
            audit.append(s, admin.username, "edit", "draft", d.id,
                         {"assigned_owner": owner.username, "team": owner.team, "status": d.status})
        return self.store.get_draft(draft_id)

    def _admin(self, user: Principal, what: str) -> None:
        if user.role != "admin":
            self._deny_plain(user, what)

    def export(self, user: Principal, draft_id: int, fmt: str = "text") -> Draft:
        """Fetch a record for export (audited with its format); the caller formats it."""
        def export(s: Session, d: Draft) -> Draft:
            audit.append(s, user.username, "export", "draft", d.id, {"format": fmt, "version": _latest(d)})
            return d
        return self._step(user, "export", draft_id, export)

    def add_version(self, user: Principal, draft_id: int, text: str,
                    findings: list[dict[str, Any]] | None = None) -> Version:
        """Save the owner's edit (and its review) as the next version."""
        if not text.strip():
            raise HeardError("the record is empty: nothing to save")

        def edit(s: Session, d: Draft) -> Version:
            _require(d, EDITABLE, "edited")
            version = next_version(s, d, text, user.username, findings)
            audit.append(s, user.username, "edit", "draft", d.id,
                         {"version": version.number, "chars": len(text), "findings": len(findings or [])})
            return version
        return self._step(user, "edit", draft_id, edit)

    def submit(self, user: Principal, draft_id: int) -> Draft:
        """Send the owner's record to their team's supervisor."""
        def step(s: Session, d: Draft) -> None:
            _require(d, EDITABLE, "submitted")
            d.status, d.updated_at = "submitted", now()
            audit.append(s, user.username, "submit", "draft", d.id, {"version": _latest(d)})
        return self._step(user, "submit", draft_id, step, reload=True)

    def approve(self, supervisor: Principal, draft_id: int, comment: str = "") -> Draft:
        """Sign a submitted record off."""
        return self._decide(supervisor, draft_id, "approve", comment)

    def send_back(self, supervisor: Principal, draft_id: int, comment: str) -> Draft:
        """Return a submitted record to its author with a comment saying what to change."""
        if not comment.strip():
            raise HeardError("say what needs changing: returning a record needs a comment")
        return self._decide(supervisor, draft_id, "return", comment)

    def _decide(self, supervisor: Principal, draft_id: int, decision: str, comment: str) -> Draft:
        def step(s: Session, d: Draft) -> None:
            _require(d, ("submitted",), "approved" if decision == "approve" else "returned")
            d.status = "approved" if decision == "approve" else "returned"
            d.updated_at = now()
            s.add(SignOff(draft_id=d.id, supervisor_id=supervisor.id, decision=decision,
                          comment=comment.strip(), at=now()))
            # The comment may name people: the log keeps only that there was one.
            audit.append(s, supervisor.username, decision, "draft", d.id,
                         {"version": _latest(d), "comment_chars": len(comment.strip())})
        return self._step(supervisor, decision, draft_id, step, reload=True)

    def _step(self, user: Principal, operation: str, draft_id: int,
              work: Callable[[Session, Draft], T], reload: bool = False) -> Any:
        """Load the record locked, check `user` may do `operation`, do it, all in one transaction.
        A denial is audited in a transaction of its own (the step's is rolled back)."""
        reason, result = None, None
        with self.store.write() as s:
            # FOR UPDATE OF drafts only: PostgreSQL refuses to lock the outer-joined case/owner.
            d = s.get(Draft, draft_id, with_for_update={"of": Draft})
            if d is None:
                raise RecordNotFound(f"no record {draft_id}")
            reason = denial(user, operation, d)
            if reason is None:
                result = work(s, d)
        if reason is not None:
            self._deny(user, operation, "draft", draft_id, reason)
        return self.store.get_draft(draft_id) if reload or result is None else result

    def _check(self, user: Principal, operation: str, record: Any, object_type: str, object_id: object) -> None:
        reason = denial(user, operation, record)
        if reason is not None:
            self._deny(user, operation, object_type, object_id, reason)

    def _deny_plain(self, user: Principal, what: str) -> None:
        self.store.audit(user.username, "denied", "draft", None, {"operation": what, "role": user.role})
        raise AccessDenied(f"{user.username} cannot {what}: only an admin can")

    def _deny(self, user: Principal, operation: str, object_type: str, object_id: object, reason: str) -> None:
        self.store.audit(user.username, "denied", object_type, object_id, {"operation": operation, "role": user.role})
        what = f"record {object_id}" if object_type == "draft" and object_id is not None else "case records"
        raise AccessDenied(f"{user.username} cannot {operation} {what}: {reason}")


def _require(d: Draft, allowed: tuple[str, ...], doing: str) -> None:
    if d.status not in allowed:
        raise RecordStateError(f"record {d.id} is {d.status}: only a record that is "
                               f"{' or '.join(allowed)} can be {doing}")


def _latest(d: Draft) -> int:
    return max((v.number for v in d.versions), default=0)
