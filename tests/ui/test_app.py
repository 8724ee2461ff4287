"""The app shell under AppTest: sign-in, sessions that end, sign-out, navigation by role, and
single sign-on mapped onto heard accounts."""

from __future__ import annotations

import pytest

from assistant.accounts import Accounts
from assistant.storage import Store
from tests.ui.conftest import APP, PASSWORD, TIMEOUT, app_as, ok, widget
from streamlit.testing.v1 import AppTest

NAV = {
    "ana": ["Draft a record", "My records"],
    "sup.north": ["Supervisor queue", "Draft a record", "My records"],
    "eve": ["Evaluate"],
    "root": ["Audit log", "Users", "Settings"],
}


def sign_in(at: AppTest, username: str, password: str) -> AppTest:
    widget(at.text_input, "Username").input(username)
    widget(at.text_input, "Password").input(password)
    widget(at.button, "Sign in").click()
    at.run()
    return ok(at)


def assert_signed_out(at: AppTest, message: str) -> None:
    """Signed out: the message is shown, and nothing but it and the sign-in form. (In a browser the
    sign-in page replaces the page that was open; AppTest re-runs the page it was on, which then
    stops at its own sign-in check.)"""
    said = [m.value for m in (*at.info, *at.warning)]
    assert message in said, said
    assert not at.sidebar.button and not at.dataframe and not at.error
    assert [t.label for t in at.text_input] in (["Username", "Password"], [])


def test_signed_out_the_only_page_is_sign_in(env, people):
    at = app_as(env, None)
    assert [t.label for t in at.text_input] == ["Username", "Password"]
    assert "Sign in with your organisation" not in [b.label for b in at.button]  # no [auth] configured
    assert not at.sidebar.button


@pytest.mark.parametrize("username, password", [
    ("ana", "wrong password 1"), ("nobody", PASSWORD), ("ANA ", "correct horse"),
])
def test_a_wrong_username_or_password_gets_one_message_with_no_hint(env, people, username, password):
    at = sign_in(app_as(env, None), username, password)
    assert [e.value for e in at.error] == ["wrong username or password"]
    assert "heard_token" not in at.session_state


def test_too_many_failures_pause_sign_in_even_with_the_right_password(env, people):
    at = app_as(env, None)
    for _ in range(env.login_max_failures):
        sign_in(at, "bilal", "not it at all")
    sign_in(at, "bilal", PASSWORD)
    (error,) = [e.value for e in at.error]
    assert error.startswith("too many failed sign-ins for bilal")
    assert "heard_token" not in at.session_state


@pytest.mark.parametrize("username", list(NAV))
def test_signing_in_shows_the_roles_pages_and_who_is_signed_in(env, people, username):
    at = sign_in(app_as(env, None), username, PASSWORD)
    assert "heard_token" in at.session_state
    assert [e.value for e in at.error] == []
    assert any(people[username].display_name in c.value for c in at.sidebar.caption)
    assert [b.label for b in at.sidebar.button] == ["Sign out"]
    assert at.title[0].value == NAV[username][0] or at.title[0].value == "Draft a case record"


TITLES = {"pages/draft.py": "Draft a case record", "pages/records.py": "My records",
          "pages/queue.py": "Supervisor queue", "pages/evaluate.py": "Evaluate", "pages/audit.py": "Audit log",
          "pages/users.py": "Users", "pages/settings.py": "Settings"}


@pytest.mark.parametrize("username, allowed, refused", [
    ("ana", ["pages/draft.py", "pages/records.py"], ["pages/queue.py", "pages/evaluate.py", "pages/audit.py"]),
    ("eve", ["pages/evaluate.py"], ["pages/draft.py", "pages/records.py", "pages/settings.py"]),
    ("root", ["pages/audit.py", "pages/users.py", "pages/settings.py"], ["pages/records.py", "pages/queue.py"]),
])
def test_navigation_holds_only_the_roles_pages(env, people, username, allowed, refused):
    at = app_as(env, username)
    for page in allowed:
        ok(at.switch_page(page).run())
        assert at.title[0].value == TITLES[page]
    for page in refused:
        # AppTest refuses a page this session did not register, unless an earlier test in the same
        # process registered it and AppTest runs it anyway: then the page itself must refuse.
        try:
            at.switch_page(page)
        except ValueError:
            continue
        ok(at.run())
        if TITLES[page] in [t.value for t in at.title]:
            (error,) = [e.value for e in at.error] or [w.value for w in at.warning]
            assert "cannot" in error or "This page is for" in error, error
            assert not at.dataframe


def test_an_idle_session_ends_and_the_sign_in_page_says_so(env, people, monkeypatch):
    at = app_as(env, "ana")
    assert at.title[0].value == "Draft a case record"
    from datetime import UTC, datetime, timedelta

    later = datetime.now(UTC) + timedelta(minutes=env.session_minutes + 1)
    monkeypatch.setattr("ui.auth.Accounts", lambda store: Accounts(store, clock=lambda: later))
    at.run()
    ok(at)
    assert_signed_out(at, "your session has ended: sign in again")
    assert "heard_token" not in at.session_state


def test_sign_out_ends_the_session_in_the_database(env, people):
    at = app_as(env, "sup.north")
    signed = at.session_state["heard_token"]
    at.sidebar.button[0].click()
    at.run()
    ok(at)
    assert_signed_out(at, "You have signed out.")
    from assistant.accounts import SessionExpired

    with pytest.raises(SessionExpired):
        Accounts(Store(env)).resume(signed)
    actions = [e.action for e in Store(env).audit_entries(actor="sup.north")]
    assert actions[:2] == ["logout", "login"]


def test_a_disabled_account_is_out_at_its_next_click(env, people):
    at = app_as(env, "bilal")
    Accounts(Store(env)).disable("bilal")
    at.run()
    ok(at)
    assert_signed_out(at, "your session has ended: sign in again")


SSO = {"auth": {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "s" * 32,
                "client_id": "heard", "client_secret": "x",
                "server_metadata_url": "https://login.example.org/.well-known/openid-configuration"}}


def sso_app(user: dict) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.secrets = dict(SSO)
    at.user = user
    return at


def test_single_sign_on_lets_in_an_identity_with_a_heard_account(env, people):
    Accounts(Store(env)).add_user("grace.hopper@council.gov.uk", "supervisor", PASSWORD, team="north",
                                  display_name="Grace Hopper")
    at = ok(sso_app({"is_logged_in": True, "email": "Grace.Hopper@council.gov.uk", "name": "Grace"}).run())
    assert at.title[0].value == "Supervisor queue"
    assert any("Grace Hopper" in c.value for c in at.sidebar.caption)
    (entry, *_) = Store(env).audit_entries(actor="grace.hopper@council.gov.uk", action="login")
    assert entry.details == {"via": "single sign-on"}


def test_single_sign_on_refuses_an_identity_without_an_account(env, people):
    at = ok(sso_app({"is_logged_in": True, "email": "stranger@example.org"}).run())
    assert [t.label for t in at.text_input] == ["Username", "Password"]
    (error,) = [e.value for e in at.error]
    assert "stranger@example.org has no heard account" in error


def test_with_single_sign_on_configured_the_sign_in_page_offers_it(env, people):
    at = ok(sso_app({"is_logged_in": False}).run())
    assert "Sign in with your organisation's account" in [b.label for b in at.button]
