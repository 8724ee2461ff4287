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


def test_a_fresh_install_says_how_to_make_the_first_admin(env):
    at = app_as(env, None)
    (hint,) = [i.value for i in at.info]
    assert "No accounts yet" in hint and "heard user add NAME --role admin" in hint


def test_once_an_account_exists_the_sign_in_page_reveals_nothing(env, people):
    at = app_as(env, None)
    assert not at.info and "heard user add" not in " ".join(m.value for m in at.markdown)


def cookie_html(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html")]


def reload_with_cookie(monkeypatch, token: str | None) -> AppTest:
    """A new browser tab session (a reload) whose browser sends this session cookie."""
    monkeypatch.setattr("ui.auth.browser_token", lambda: token)
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    return ok(at)


def test_a_reload_keeps_the_session_through_the_cookie(env, people, monkeypatch):
    at = sign_in(app_as(env, None), "ana", PASSWORD)
    token = at.session_state["heard_token"]
    (script,) = cookie_html(at)  # the browser is told to keep the token for the next reload
    assert f"heard_session={token}; Path=/; SameSite=Strict" in script and "Secure" in script
    again = reload_with_cookie(monkeypatch, token)
    assert again.title[0].value == "Draft a case record"
    assert any("Ana Lima" in c.value for c in again.sidebar.caption)
    assert cookie_html(again) == []  # nothing to write: the browser has it
    assert [e.action for e in Store(env).audit_entries(actor="ana")][:1] == ["login"]  # not a second sign-in


def test_sign_out_revokes_the_token_and_clears_the_cookie(env, people, monkeypatch):
    at = sign_in(app_as(env, None), "sup.north", PASSWORD)
    token = at.session_state["heard_token"]
    at.sidebar.button[0].click()
    at.run()
    ok(at)
    assert_signed_out(at, "You have signed out.")
    # The next run of the app clears the browser's cookie (AppTest re-runs only the page here; the
    # browser journey checks the cookie itself is gone).
    assert "heard_token" not in at.session_state and at.session_state["heard_cookie_written"] == token
    # A copy of the old cookie (another tab, or someone who saw it) no longer signs anyone in.
    copied = reload_with_cookie(monkeypatch, token)
    assert [t.label for t in copied.text_input] == ["Username", "Password"]
    assert "your session has ended: sign in again" in [i.value for i in copied.info]
    assert any("Max-Age=0" in h for h in cookie_html(copied))


def test_a_cookie_from_an_idle_session_has_expired(env, people, monkeypatch):
    token = Accounts(Store(env)).login("bilal", PASSWORD).token
    from datetime import UTC, datetime, timedelta

    later = datetime.now(UTC) + timedelta(minutes=env.session_minutes + 1)
    monkeypatch.setattr("ui.auth.Accounts", lambda store: Accounts(store, clock=lambda: later))
    at = reload_with_cookie(monkeypatch, token)
    assert [t.label for t in at.text_input] == ["Username", "Password"] and not at.sidebar.button


@pytest.mark.parametrize("value", ["", "short", "not a token; Path=/", "x" * 300])
def test_a_malformed_cookie_is_ignored(env, people, monkeypatch, value):
    monkeypatch.setattr("streamlit.context", type("C", (), {"cookies": {"heard_session": value}})())
    from ui.auth import browser_token

    assert browser_token() is None


def test_a_single_sign_on_session_times_out_too(env, people, monkeypatch):
    Accounts(Store(env)).add_user("t.adeyemi@council.gov.uk", "social_worker", PASSWORD, team="north")
    at = ok(sso_app({"is_logged_in": True, "email": "t.adeyemi@council.gov.uk"}).run())
    assert at.title[0].value == "Draft a case record" and "heard_token" in at.session_state
    at.run()
    assert len(Store(env).audit_entries(actor="t.adeyemi@council.gov.uk", action="login")) == 1  # one session
    from datetime import UTC, datetime, timedelta

    later = datetime.now(UTC) + timedelta(minutes=env.session_minutes + 1)
    monkeypatch.setattr("ui.auth.Accounts", lambda store: Accounts(store, clock=lambda: later))
    at.run()
    ok(at)
    # Signed out of heard and of Streamlit's identity cookie, so the provider cannot sign them straight back in.
    assert "heard_token" not in at.session_state
    assert len(Store(env).audit_entries(actor="t.adeyemi@council.gov.uk", action="login")) == 1


def test_single_sign_on_refuses_a_disabled_account_and_offers_to_sign_out(env, people):
    acc = Accounts(Store(env))
    acc.add_user("left@council.gov.uk", "social_worker", PASSWORD, team="north")
    acc.disable("left@council.gov.uk")
    at = ok(sso_app({"is_logged_in": True, "email": "left@council.gov.uk"}).run())
    (error,) = [e.value for e in at.error]
    assert error.startswith("left@council.gov.uk has no heard account, or it is disabled")
    assert "Sign out of single sign-on" in [b.label for b in at.button]
    at.run()  # asked once: the refusal is not written to the log again on every click
    assert len(Store(env).audit_entries(actor="left@council.gov.uk", action="login_failed")) == 1


def test_single_sign_on_without_authlib_says_what_the_server_needs(env, people, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "authlib" else real(name, *a))
    at = ok(sso_app({"is_logged_in": False}).run())
    widget(at.button, "Sign in with your organisation's account").click()
    at.run()
    (error,) = [e.value for e in ok(at).error]
    assert "needs Authlib" in error
