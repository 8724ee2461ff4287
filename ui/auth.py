"""Who is using the app: sign-in with a local account (or the deployment's single sign-on when
Streamlit's `[auth]` secrets are configured), the session behind it, and sign-out.

The session token lives in `st.session_state` and is resumed through `Accounts.resume` on every
run, so an idle session ends after `session_minutes` and a disabled account is out at its next
click. A single sign-on user is let in only if an active heard account has their e-mail (or
preferred username) as its username; heard never creates accounts from the identity provider.
"""

from __future__ import annotations

import time

import streamlit as st

from assistant.access import Principal
from assistant.accounts import Accounts, LoginFailed, SessionExpired
from assistant.errors import HeardError
from ui.state import settings, store

TOKEN = "heard_token"
ENDED = "heard_ended"
OIDC_SEEN = "heard_oidc_seen"
ROLE_NAMES = {"social_worker": "social worker", "supervisor": "supervisor", "evaluator": "evaluator",
              "admin": "admin"}


def accounts() -> Accounts:
    return Accounts(store())


def oidc_configured() -> bool:
    """Whether the deployment set up single sign-on (an `[auth]` section in Streamlit's secrets)."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises rather than answering "no"
        return False


def current() -> Principal | None:
    """The signed-in person, or None (with the reason kept for the sign-in page)."""
    token = st.session_state.get(TOKEN)
    if token:
        try:
            return accounts().resume(token).user
        except SessionExpired as exc:
            st.session_state.pop(TOKEN, None)
            st.session_state[ENDED] = str(exc)
            return None
    if oidc_configured() and getattr(st.user, "is_logged_in", False):
        return _oidc_user()
    return None


def user() -> Principal:
    """For a page: the signed-in person, or a message to sign in and the page stops."""
    who = current()
    if who is None:
        st.warning(st.session_state.get(ENDED) or "Sign in to use heard.", icon=":material/lock:")
        st.stop()
    return who


def require(*roles: str) -> Principal:
    """For a page only some roles use: the person, or a clear refusal and the page stops."""
    who = user()
    if who.role not in roles:
        names = " or ".join(f"{ROLE_NAMES[r]}s" for r in roles)
        st.error(f"This page is for {names}; you are signed in as {who.username} "
                 f"({ROLE_NAMES[who.role]}).", icon=":material/block:")
        st.stop()
    return who


def sign_in_page() -> None:
    """The sign-in form (and the single sign-on button where it is configured)."""
    st.title("heard")
    st.caption("Case recording review for children's social care. Sign in with your heard account.")
    column, _ = st.columns([1, 2])
    with column:
        _sign_in_form()


def _sign_in_form() -> None:
    if st.session_state.get(ENDED):
        st.info(st.session_state[ENDED], icon=":material/timer_off:")
    if oidc_configured() and getattr(st.user, "is_logged_in", False):
        refused = st.session_state.get("heard_oidc_refused")
        if refused:
            st.error(refused)
            st.button("Sign out of single sign-on", on_click=st.logout)
    with st.form("sign-in", clear_on_submit=False):
        username = st.text_input("Username", autocomplete="username")
        password = st.text_input("Password", type="password", autocomplete="current-password")
        submitted = st.form_submit_button("Sign in", type="primary")
    if submitted:
        try:
            signed = accounts().login(username, password)
        except LoginFailed as exc:  # the library's words: never which part was wrong
            st.error(str(exc), icon=":material/block:")
        except HeardError as exc:
            st.error(str(exc), icon=":material/warning:")
        else:
            st.session_state[TOKEN] = signed.token
            st.session_state.pop(ENDED, None)
            st.rerun()
    if oidc_configured():
        st.divider()
        if st.button("Sign in with your organisation's account"):
            st.login()


def sign_out() -> None:
    """End the session in the database and in this browser tab."""
    token = st.session_state.pop(TOKEN, None)
    if token:
        try:
            accounts().logout(token)
        except HeardError:
            pass  # the token is gone from this tab either way
    st.session_state.clear()
    st.session_state[ENDED] = "You have signed out."
    if oidc_configured() and getattr(st.user, "is_logged_in", False):
        st.logout()


def _oidc_user() -> Principal | None:
    """The heard account behind a single sign-on identity, with heard's own idle timeout."""
    seen = st.session_state.get(OIDC_SEEN)
    if seen and time.time() - seen > settings().session_minutes * 60:
        st.session_state.pop(OIDC_SEEN, None)
        st.session_state[ENDED] = "your session has ended: sign in again"
        st.logout()
        return None
    candidates = [str(st.user.get(key) or "").strip().lower() for key in ("email", "preferred_username")]
    for name in dict.fromkeys(c for c in candidates if c):
        try:
            who = accounts().principal(name)
        except HeardError:
            continue
        if not seen:
            store().audit(who.username, "login", "user", who.id, {"via": "single sign-on"})
        st.session_state[OIDC_SEEN] = time.time()
        st.session_state.pop("heard_oidc_refused", None)
        return who
    shown = candidates[0] or candidates[1] or "this identity"
    st.session_state["heard_oidc_refused"] = (f"{shown} has no heard account (or it is disabled): ask an "
                                              "admin to add one with this e-mail as its username.")
    return None


def describe(who: Principal) -> str:
    """`Ana Lima · social worker, team north`: shown in the sidebar."""
    team = f", team {who.team}" if who.team else ""
    return f"{who.display_name or who.username} · {ROLE_NAMES[who.role]}{team}"
