"""Local accounts: users with roles, salted scrypt password hashes, rate-limited sign-in, sessions.

A wrong username and a wrong password get the same answer, in about the same time. After
`login_max_failures` failures for one username within `login_window_minutes`, that username is
refused (even with the right password) until the oldest of them is older than the window.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import undefer

from assistant.access import LOCAL, ROLES, AccessDenied, Principal
from assistant.audit import append
from assistant.errors import HeardError
from assistant.models import LoginFailure, LoginSession, User
from assistant.storage import Store

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}  # ~16 MiB and ~50 ms a hash on one core
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._@-]{1,63}")
MIN_PASSWORD = 8
WRONG = "wrong username or password"


class LoginFailed(HeardError):
    """Sign-in refused; the message never says which part was wrong."""


class SessionExpired(HeardError):
    """The session token is unknown, ended, or its user was disabled: sign in again."""


@dataclass(frozen=True)
class SignedIn:
    """A session: its token (the page keeps it), who it is, and when it ends unless used."""

    token: str
    user: Principal
    expires_at: datetime


@dataclass(frozen=True)
class Account:
    user: Principal
    active: bool
    created_at: datetime


def hash_password(password: str) -> str:
    """`scrypt$n$r$p$salt$hash`, with a fresh 16-byte salt (base64)."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, dklen=32, **_SCRYPT)
    return "$".join(["scrypt", str(_SCRYPT["n"]), str(_SCRYPT["r"]), str(_SCRYPT["p"]), _b64(salt), _b64(digest)])


def check_password(password: str, stored: str) -> bool:
    """Constant-time comparison against a stored hash."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return scheme == "scrypt" and hmac.compare_digest(actual, expected)


class Accounts:
    """Users, sign-in and sessions on one `Store`. `clock` is for tests."""

    def __init__(self, store: Store, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.store = store
        self.settings = store.settings
        self.clock = clock

    def add_user(self, username: str, role: str, password: str, *, team: str | None = None,
                 display_name: str | None = None, by: Principal = LOCAL) -> Principal:
        """Create an account. Social workers and supervisors need a team."""
        self._admin(by, "add users")
        username = _username(username)
        if role not in ROLES:
            raise HeardError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
        if role in ("social_worker", "supervisor") and not (team or "").strip():
            raise HeardError(f"a {role.replace('_', ' ')} needs a team (--team)")
        if len(password) < MIN_PASSWORD:
            raise HeardError(f"the password is too short: at least {MIN_PASSWORD} characters")
        with self.store.write() as s:
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise HeardError(f"there is already a user {username}")
            user = User(username=username, display_name=(display_name or username).strip(), role=role,
                        team=(team or "").strip() or None, password_hash=hash_password(password),
                        active=True, created_at=self.clock())
            s.add(user)
            s.flush()
            append(s, by.username, "user_add", "user", user.id, {"role": role})
            return _principal(user)

    def users(self, by: Principal = LOCAL) -> list[Account]:
        self._admin(by, "list users")
        with self.store.read() as s:
            rows = s.scalars(select(User).order_by(User.username))
            return [Account(_principal(u), u.active, u.created_at) for u in rows]

    def disable(self, username: str, by: Principal = LOCAL) -> None:
        """Stop an account signing in and end its sessions; its records and audit trail stay."""
        self._admin(by, "disable users")
        with self.store.write() as s:
            user = s.scalar(select(User).where(User.username == username.strip().lower()))
            if user is None:
                raise HeardError(f"no user {username}")
            user.active = False
            s.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
            append(s, by.username, "user_disable", "user", user.id)

    def enable(self, username: str, by: Principal = LOCAL) -> None:
        """Let a disabled account sign in again (audited as an `edit` of the user)."""
        self._admin(by, "enable users")
        with self.store.write() as s:
            user = s.scalar(select(User).where(User.username == username.strip().lower()))
            if user is None:
                raise HeardError(f"no user {username}")
            if not user.active:
                user.active = True
                append(s, by.username, "edit", "user", user.id, {"active": True})

    def set_password(self, username: str, password: str, by: Principal = LOCAL) -> None:
        """Give an account a new password (someone forgot theirs): its open sessions end, and
        failed sign-ins counted against it are cleared. Audited as an `edit`; never the password."""
        self._admin(by, "reset passwords")
        if len(password) < MIN_PASSWORD:
            raise HeardError(f"the password is too short: at least {MIN_PASSWORD} characters")
        with self.store.write() as s:
            user = s.scalar(select(User).where(User.username == username.strip().lower()))
            if user is None:
                raise HeardError(f"no user {username}")
            user.password_hash = hash_password(password)
            s.execute(delete(LoginSession).where(LoginSession.user_id == user.id))
            s.execute(delete(LoginFailure).where(LoginFailure.username == user.username))
            append(s, by.username, "edit", "user", user.id, {"password": "reset"})

    def principal(self, username: str) -> Principal:
        """The account of an active user (for tools and tests; pages get it from a session)."""
        with self.store.read() as s:
            user = s.scalar(select(User).where(User.username == username, User.active.is_(True)))
        if user is None:
            raise HeardError(f"no active user {username}")
        return _principal(user)

    def login(self, username: str, password: str) -> SignedIn:
        """Check the password and open a session; failures are counted and audited."""
        username = username.strip().lower()[:64]
        settings, at = self.settings, self.clock()
        with self.store.write() as s:
            window = at - timedelta(minutes=settings.login_window_minutes)
            recent = list(s.scalars(select(LoginFailure.at).where(
                LoginFailure.username == username, LoginFailure.at > window).order_by(LoginFailure.at)))
            if len(recent) >= settings.login_max_failures:
                append(s, username or "-", "login_failed", "user", None, {"reason": "rate_limited"})
                wait = _aware(recent[-settings.login_max_failures]) - window
                refused = LoginFailed(f"too many failed sign-ins for {username}: try again in "
                                      f"{max(1, round(wait.total_seconds() / 60))} minutes")
            else:
                user = s.scalar(select(User).options(undefer(User.password_hash))
                                .where(User.username == username))
                good = check_password(password, user.password_hash if user else _dummy())
                if user is not None and good and user.active:
                    s.execute(delete(LoginFailure).where(LoginFailure.username == username))
                    return self._open(s, user, at)
                s.add(LoginFailure(username=username, at=at))
                append(s, username or "-", "login_failed", "user", None, {"reason": "bad_credentials"})
                refused = LoginFailed(WRONG)
        raise refused  # after the commit, so the failure and its audit entry are kept

    def open_session_for_identity(self, identities: str | list[str], via: str = "single sign-on") -> SignedIn:
        """A session for someone the deployment's identity provider has signed in (Streamlit's
        `st.login`): the first of their identities (e-mail, then preferred username) that is the
        username of a heard account. The account must exist and be enabled; the role, team and
        name are heard's, never the provider's, and heard never creates an account from an identity.

        The session is an ordinary one: it ends after `session_minutes` idle, on sign-out, or when
        the account is disabled. Audited as a `login` with `via`; a refusal as `login_failed`.

        Raises LoginFailed (saying which identity has no usable account) otherwise.
        """
        names = [identities] if isinstance(identities, str) else list(identities)
        names = list(dict.fromkeys(n.strip().lower()[:64] for n in names if n and n.strip()))
        if not names:
            raise LoginFailed("the identity provider gave no e-mail or username to match a heard account")
        at = self.clock()
        with self.store.write() as s:
            found = {u.username: u for u in s.scalars(select(User).where(User.username.in_(names)))}
            user = next((found[n] for n in names if n in found and found[n].active), None)
            if user is not None:
                return self._open(s, user, at, {"via": via})
            reason = "disabled" if found else "no_account"
            append(s, names[0], "login_failed", "user", None, {"reason": reason, "via": via})
        raise LoginFailed(f"{names[0]} has no heard account, or it is disabled: ask an admin to add one "
                          "with this e-mail as its username")

    def has_users(self) -> bool:
        """Whether any account exists (a fresh install has none: the sign-in page then says how to
        make the first admin)."""
        with self.store.read() as s:
            return s.scalar(select(User.id).limit(1)) is not None

    def _open(self, s, user: User, at: datetime, details: dict | None = None) -> SignedIn:
        """A new session for `user` inside the caller's transaction; only the token's hash is kept."""
        token = secrets.token_urlsafe(32)
        expires = at + timedelta(minutes=self.settings.session_minutes)
        s.add(LoginSession(token_hash=_sha(token), user_id=user.id, expires_at=expires, created_at=at))
        append(s, user.username, "login", "user", user.id, details)
        return SignedIn(token, _principal(user), expires)

    def resume(self, token: str) -> SignedIn:
        """The session behind a token, its expiry moved on by this activity."""
        at = self.clock()
        with self.store.write() as s:
            row = s.get(LoginSession, _sha(token or ""))
            user = s.get(User, row.user_id) if row else None
            if row is None or user is None or not user.active or _aware(row.expires_at) <= at:
                if row is not None:
                    s.delete(row)
                ended = SessionExpired("your session has ended: sign in again")
            else:
                row.expires_at = at + timedelta(minutes=self.settings.session_minutes)
                return SignedIn(token, _principal(user), row.expires_at)
        raise ended

    def logout(self, token: str) -> None:
        with self.store.write() as s:
            row = s.get(LoginSession, _sha(token or ""))
            if row is not None:
                user = s.get(User, row.user_id)
                s.delete(row)
                append(s, user.username if user else "-", "logout", "user", row.user_id)

    def failures(self, username: str) -> int:
        """Failed sign-ins counted for a username now (for messages and tests)."""
        window = self.clock() - timedelta(minutes=self.settings.login_window_minutes)
        with self.store.read() as s:
            return s.scalar(select(func.count()).select_from(LoginFailure).where(
                LoginFailure.username == username.strip().lower(), LoginFailure.at > window))

    def _admin(self, by: Principal, what: str) -> None:
        if by.role != "admin":
            self.store.audit(by.username, "denied", "user", None, {"operation": what})
            raise AccessDenied(f"only an admin can {what}")


@functools.cache
def _dummy() -> str:
    """Checked against when the username is unknown, so that case costs what a wrong password does."""
    return hash_password(secrets.token_hex(16))


def _principal(user: User) -> Principal:
    return Principal(id=user.id, username=user.username, role=user.role, team=user.team,
                     display_name=user.display_name)


def _username(text: str) -> str:
    name = text.strip().lower()
    if not _USERNAME.fullmatch(name):
        raise HeardError(f"bad username {text!r}: 2-64 characters, letters, digits and . _ @ - "
                         "(starting with a letter or digit)")
    return name


def _aware(when: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything heard stores is UTC."""
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _sha(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
