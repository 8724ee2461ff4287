"""Accounts: hashing, sign-in without hints, the rate limit, sessions that time out."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from assistant import accounts
from assistant.access import AccessDenied
from assistant.accounts import WRONG, Accounts, LoginFailed, SessionExpired, check_password, hash_password
from assistant.errors import HeardError
from assistant.models import User
from assistant.storage import Store


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch):
    monkeypatch.setattr(accounts, "_SCRYPT", {"n": 2**10, "r": 8, "p": 1})


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def people(db_settings, clock):
    store = Store(db_settings)
    acc = Accounts(store, clock=clock)
    acc.add_user("Siobhan.OReilly", "social_worker", "Tr1cky pass!", team="north", display_name="Siobhan O'Reilly")
    acc.add_user("kwame", "supervisor", "kwame-secret-2", team="north")
    acc.add_user("admin", "admin", "admin-pass-99")
    return acc


def test_hashes_are_salted_and_checked_in_constant_time():
    a, b = hash_password("same password"), hash_password("same password")
    assert a != b and a.startswith("scrypt$")
    assert check_password("same password", a) and check_password("same password", b)
    assert not check_password("same passworD", a)
    assert not check_password("same password", "not a hash")


def test_the_password_is_never_stored(people):
    with people.store.read() as s:
        row = s.scalar(select(User).where(User.username == "siobhan.oreilly"))
        stored = row.password_hash
    assert "Tr1cky" not in stored and check_password("Tr1cky pass!", stored)


def test_login_opens_a_session(people, clock):
    signed = people.login("Siobhan.OReilly", "Tr1cky pass!")
    assert (signed.user.username, signed.user.role, signed.user.team) == ("siobhan.oreilly", "social_worker", "north")
    assert signed.user.display_name == "Siobhan O'Reilly"
    assert signed.expires_at == clock.now + timedelta(minutes=30)
    assert people.resume(signed.token).user == signed.user
    assert people.store.audit_entries(limit=1)[0].action == "login"


@pytest.mark.parametrize(("username", "password"), [
    ("siobhan.oreilly", "tr1cky pass!"),   # wrong case
    ("siobhan.oreilly", ""),
    ("nobody", "Tr1cky pass!"),            # unknown user, a real password
    ("", ""),
])
def test_a_wrong_username_or_password_gets_the_same_answer(people, username, password):
    with pytest.raises(LoginFailed) as caught:
        people.login(username, password)
    assert str(caught.value) == WRONG
    entry = people.store.audit_entries(limit=1)[0]
    assert entry.action == "login_failed" and entry.details == {"reason": "bad_credentials"}
    assert password not in str(entry.details) or not password


def test_repeated_failures_pause_the_username_even_with_the_right_password(people, clock):
    for _ in range(5):
        with pytest.raises(LoginFailed, match=WRONG):
            people.login("kwame", "guess")
        clock.advance(1)
    with pytest.raises(LoginFailed, match="too many failed sign-ins for kwame: try again in 10 minutes"):
        people.login("kwame", "kwame-secret-2")
    # Another username is not affected; an unknown one is limited the same way.
    assert people.login("siobhan.oreilly", "Tr1cky pass!")
    clock.advance(10.5)  # 9:15:30: the 9:00 failure is outside the 15-minute window, four remain
    assert people.login("kwame", "kwame-secret-2").user.username == "kwame"
    assert people.failures("kwame") == 0  # a good sign-in clears the count
    reasons = [e.details["reason"] for e in people.store.audit_entries(actor="kwame", action="login_failed")]
    assert reasons.count("bad_credentials") == 5 and reasons.count("rate_limited") == 1


def test_unknown_usernames_are_rate_limited_too(people):
    for _ in range(5):
        with pytest.raises(LoginFailed, match=WRONG):
            people.login("ghost", "x")
    with pytest.raises(LoginFailed, match="too many"):
        people.login("ghost", "x")


def test_sessions_time_out_and_activity_refreshes_them(people, clock):
    signed = people.login("kwame", "kwame-secret-2")
    clock.advance(25)
    renewed = people.resume(signed.token)
    assert renewed.expires_at == clock.now + timedelta(minutes=30)
    clock.advance(29)
    people.resume(signed.token)
    clock.advance(31)
    with pytest.raises(SessionExpired, match="sign in again"):
        people.resume(signed.token)
    with pytest.raises(SessionExpired):
        people.resume("made-up-token")


def test_logout_and_disable_end_sessions(people):
    a = people.login("kwame", "kwame-secret-2")
    people.logout(a.token)
    with pytest.raises(SessionExpired):
        people.resume(a.token)
    b = people.login("siobhan.oreilly", "Tr1cky pass!")
    people.disable("siobhan.oreilly")
    with pytest.raises(SessionExpired):
        people.resume(b.token)
    with pytest.raises(LoginFailed, match=WRONG):  # no hint that the account exists but is disabled
        people.login("siobhan.oreilly", "Tr1cky pass!")
    assert {a.user.username: a.active for a in people.users()}["siobhan.oreilly"] is False


@pytest.mark.parametrize(("username", "role", "password", "team", "message"), [
    ("x", "social_worker", "long enough", "north", "bad username"),
    ("has space", "social_worker", "long enough", "north", "bad username"),
    ("newbie", "manager", "long enough", "north", "unknown role 'manager'"),
    ("newbie", "social_worker", "short", "north", "too short"),
    ("newbie", "supervisor", "long enough", None, "needs a team"),
    ("kwame", "supervisor", "long enough", "south", "already a user kwame"),
])
def test_bad_new_accounts_are_refused_with_a_reason(people, username, role, password, team, message):
    with pytest.raises(HeardError, match=message):
        people.add_user(username, role, password, team=team)


def test_only_admins_manage_users(people):
    kwame = people.principal("kwame")
    admin = people.principal("admin")
    with pytest.raises(AccessDenied, match="only an admin"):
        people.add_user("intruder", "admin", "long enough", by=kwame)
    with pytest.raises(AccessDenied):
        people.disable("admin", by=kwame)
    with pytest.raises(AccessDenied):
        people.users(by=kwame)
    assert people.add_user("eval1", "evaluator", "long enough", by=admin).role == "evaluator"
    denied = people.store.audit_entries(actor="kwame", action="denied")
    assert [e.details["operation"] for e in denied] == ["list users", "disable users", "add users"]
    assert people.store.audit_entries(limit=1)[0].actor == "admin"


def test_the_user_commands(cli, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("first secret pw\n"))
    code, out, _ = cli("user", "add", "Nkechi", "--role", "supervisor", "--team", "Leeds West",
                       "--name", "Nkechi Obi", "--password-stdin")
    assert (code, out.strip()) == (0, "added nkechi (supervisor, team Leeds West)")
    monkeypatch.setattr("sys.stdin", io.StringIO("second secret pw\n"))
    assert cli("user", "add", "eval.bot", "--role", "evaluator", "--password-stdin")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, _, err = cli("user", "add", "x.y", "--role", "admin")
    assert code == 2 and "--password-stdin" in err
    monkeypatch.setattr("sys.stdin", io.StringIO("pw\n"))
    code, _, err = cli("user", "add", "nobody", "--role", "social_worker", "--password-stdin")
    assert code == 2 and "needs a team" in err
    code, out, _ = cli("user", "list")
    assert [line.split()[:2] for line in out.splitlines()] == [["eval.bot", "evaluator"], ["nkechi", "supervisor"]]
    assert cli("user", "disable", "nkechi")[0] == 0
    code, out, _ = cli("user", "list", "--json")
    assert {r["username"]: r["active"] for r in json.loads(out)} == {"eval.bot": True, "nkechi": False}
    code, _, err = cli("user", "disable", "ghost")
    assert code == 2 and "no user ghost" in err
    code, out, _ = cli("audit", "list", "--actor", "local")
    assert [line.split()[3] for line in out.splitlines()] == ["user_disable", "user_add", "user_add"]


def test_a_fresh_install_has_no_users_until_the_first_is_added(settings):
    acc = Accounts(Store(settings))
    assert acc.has_users() is False
    acc.add_user("first.admin", "admin", "long enough 1")
    assert acc.has_users() is True


@pytest.fixture
def sso(people):
    """Accounts whose usernames are the e-mails the identity provider sends (and one disabled)."""
    people.add_user("a.okafor@council.gov.uk", "supervisor", "unused pass 1", team="north", display_name="Ada Okafor")
    people.add_user("jmurphy", "social_worker", "unused pass 2", team="south")
    people.add_user("left.council@council.gov.uk", "social_worker", "unused pass 3", team="north")
    people.disable("left.council@council.gov.uk")
    return people


@pytest.mark.parametrize(("identities", "username", "role"), [
    ("A.Okafor@Council.gov.uk", "a.okafor@council.gov.uk", "supervisor"),     # e-mail, any case
    (["  a.okafor@council.gov.uk "], "a.okafor@council.gov.uk", "supervisor"),
    (["j.murphy@other.org", "JMurphy"], "jmurphy", "social_worker"),           # the preferred username
    (["", None, "jmurphy"], "jmurphy", "social_worker"),
])
def test_single_sign_on_opens_a_session_for_the_matching_account(sso, clock, identities, username, role):
    signed = sso.open_session_for_identity(identities)
    assert (signed.user.username, signed.user.role) == (username, role)  # the role is heard's
    assert signed.expires_at == clock.now + timedelta(minutes=30)
    assert sso.resume(signed.token).user == signed.user
    entry = sso.store.audit_entries(limit=1)[0]
    assert (entry.actor, entry.action, entry.details) == (username, "login", {"via": "single sign-on"})


@pytest.mark.parametrize(("identities", "reason"), [
    ("stranger@example.org", "no_account"),
    (["left.council@council.gov.uk"], "disabled"),
    (["LEFT.council@council.gov.uk", "nobody"], "disabled"),
])
def test_single_sign_on_refuses_identities_without_an_enabled_account(sso, identities, reason):
    first = (identities if isinstance(identities, str) else identities[0]).lower()
    with pytest.raises(LoginFailed, match=f"{re.escape(first)} has no heard account, or it is disabled"):
        sso.open_session_for_identity(identities)
    entry = sso.store.audit_entries(limit=1)[0]
    assert (entry.actor, entry.action, entry.details) == (first, "login_failed", {"reason": reason, "via": "single sign-on"})
    with sso.store.read() as s:
        assert s.scalar(select(User.id).where(User.username == "stranger@example.org")) is None  # never created


def test_single_sign_on_needs_an_identity(sso):
    with pytest.raises(LoginFailed, match="no e-mail or username"):
        sso.open_session_for_identity(["", "  "])


def test_single_sign_on_sessions_time_out_and_end_like_any_other(sso, clock):
    signed = sso.open_session_for_identity("a.okafor@council.gov.uk")
    clock.advance(31)
    with pytest.raises(SessionExpired):
        sso.resume(signed.token)
    again = sso.open_session_for_identity("a.okafor@council.gov.uk")
    sso.disable("a.okafor@council.gov.uk")
    with pytest.raises(SessionExpired):
        sso.resume(again.token)
    with pytest.raises(LoginFailed):
        sso.open_session_for_identity("a.okafor@council.gov.uk")


def test_an_admin_resets_a_password_and_the_old_sessions_end(people, clock):
    old = people.login("kwame", "kwame-secret-2")
    for _ in range(3):
        with pytest.raises(LoginFailed):
            people.login("kwame", "forgot it")
    people.set_password("kwame", "a fresh one 7", by=people.principal("admin"))
    with pytest.raises(SessionExpired):
        people.resume(old.token)
    assert people.failures("kwame") == 0
    with pytest.raises(LoginFailed, match=WRONG):
        people.login("kwame", "kwame-secret-2")
    assert people.login("kwame", "a fresh one 7").user.username == "kwame"
    (entry,) = people.store.audit_entries(actor="admin", action="edit")
    assert entry.details == {"password": "reset"} and "fresh" not in str(entry.details)
    with pytest.raises(HeardError, match="too short"):
        people.set_password("kwame", "short")
    with pytest.raises(AccessDenied):
        people.set_password("admin", "taken over 1", by=people.principal("kwame"))


def test_a_disabled_account_can_be_enabled_again(people):
    people.disable("siobhan.oreilly")
    with pytest.raises(AccessDenied):
        people.enable("siobhan.oreilly", by=people.principal("kwame"))
    people.enable("siobhan.oreilly")
    assert people.login("siobhan.oreilly", "Tr1cky pass!").user.role == "social_worker"
    assert people.store.audit_entries(actor="local", action="edit")[0].details == {"active": True}
    with pytest.raises(HeardError, match="no user ghost"):
        people.enable("ghost")


def test_the_enable_and_password_commands(cli, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("first secret pw\n"))
    assert cli("user", "add", "wanjiru", "--role", "evaluator", "--password-stdin")[0] == 0
    assert cli("user", "disable", "wanjiru")[0] == 0
    assert cli("user", "enable", "wanjiru") == (0, "enabled wanjiru\n", "")
    monkeypatch.setattr("sys.stdin", io.StringIO("second secret pw\n"))
    code, out, _ = cli("user", "password", "wanjiru", "--password-stdin")
    assert code == 0 and "their sessions have ended" in out
