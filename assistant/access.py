"""Who may do what to a case record: the roles, the one rule table, and the error a denial raises.

The rule is checked in the library (`assistant.records`), so every door (the pages, the CLI, a
script) gets the same answer. The table, by role and operation:

| operation          | social_worker        | supervisor                                        | evaluator | admin |
|--------------------|----------------------|---------------------------------------------------|-----------|-------|
| create, list       | yes (their own)      | yes (their own; list also shows their team's queue) | no      | no    |
| view, export       | own records          | own records; their team's submitted/returned/approved | no    | no    |
| edit, submit       | own, draft/returned  | own, draft/returned                               | no        | no    |
| approve, return    | no                   | their team's submitted records, not their own     | no        | no    |
| manage users       | no                   | no                                                | no        | yes   |
| read the audit log | no                   | no                                                | no        | yes   |
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from assistant.errors import HeardError

ROLES = ("social_worker", "supervisor", "evaluator", "admin")
RECORD_ROLES = ("social_worker", "supervisor")
# A supervisor sees a team record once it has been submitted, and keeps seeing it after sign-off.
SUPERVISOR_SEES = ("submitted", "returned", "approved")
OPERATIONS = ("create", "list", "view", "export", "edit", "submit", "approve", "return")


class AccessDenied(HeardError):
    """The person is not allowed to do this; the denial has been written to the audit log."""


@dataclass(frozen=True)
class Principal:
    """Who is acting: what every record operation is given."""

    id: int
    username: str
    role: str
    team: str | None = None
    display_name: str = ""

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown role {self.role!r}; one of {', '.join(ROLES)}")


# The local operator: whoever runs `heard user ...` or `heard audit ...` on the machine holding the
# database (they could open the file anyway). Never given to a page.
LOCAL = Principal(id=0, username="local", role="admin", display_name="local operator")


class RecordLike(Protocol):
    owner_id: int | None
    team: str | None
    status: str


def denial(user: Principal, operation: str, record: RecordLike | None = None) -> str | None:
    """Why `user` may not do `operation` (to `record`), or None when they may.

    Only who may act is judged here; whether the record's status allows the step (an approved
    record cannot be edited) is the record's own rule (`assistant.records`).
    """
    if operation not in OPERATIONS:
        raise ValueError(f"unknown operation {operation!r}")
    if user.role not in RECORD_ROLES:
        return f"{_plural(user.role)} do not see case records"
    if operation in ("create", "list"):
        return None
    if record is None:
        raise ValueError(f"{operation} needs a record")
    own = record.owner_id is not None and record.owner_id == user.id
    team = (user.role == "supervisor" and user.team is not None and record.team == user.team
            and record.status in SUPERVISOR_SEES)
    if operation in ("view", "export"):
        return None if own or team else "it is not your record" + _team_hint(user, record)
    if operation in ("edit", "submit"):
        return None if own else "only the social worker who wrote it can change or submit it"
    # approve, return
    if user.role != "supervisor":
        return "only a supervisor signs records off"
    if own:
        return "a supervisor cannot sign off their own record"
    if not team:
        return "it is not a record submitted to your team"
    return None


def _team_hint(user: Principal, record: RecordLike) -> str:
    if user.role == "supervisor" and user.team and record.team == user.team:
        return " and it has not been submitted"
    return ""


def _plural(role: str) -> str:
    return {"social_worker": "social workers", "supervisor": "supervisors",
            "evaluator": "evaluators", "admin": "admins"}[role]
