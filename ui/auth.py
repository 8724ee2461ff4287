"""Who is using the app: sign-in with a local account (or the deployment's single sign-on when
Streamlit's `[auth]` secrets are configured), the session behind it, and sign-out.

Every person, however they signed in, holds a heard session token (`Accounts.login` or
`Accounts.open_session_for_identity`), resumed through `Accounts.resume` on every run: an idle
session ends after `session_minutes`, sign-out revokes it, and a disabled account is out at its
next click. heard never creates an account from a single sign-on identity.

A page reload starts a new Streamlit session, so the token is also kept in a browser cookie
(`heard_session`: `SameSite=Strict`, `Secure` over HTTPS, no expiry date, so it goes when the
browser does). It is the random session token itself, which the database holds only as a
SHA-256 hash; it is worth nothing once the session has ended, been revoked at sign-out or the
account disabled. Streamlit reads cookies only when a browser tab connects
(`st.context.cookies`), which is exactly when a reload needs it.
"""

from __future__ import annotations

import importlib.util
import re

import streamlit as st

from assistant.access import Principal
from assistant.accounts import Accounts, LoginFailed, SessionExpired
from assistant.errors import HeardError
from ui.state import store

TOKEN = "heard_token"
ENDED = "heard_ended"
COOKIE = "heard_session"
COOKIE_TRIED = "heard_cookie_tried"    # the tab's cookie is looked at once, when the tab connects
COOKIE_WRITTEN = "heard_cookie_written"  # the token the browser's cookie holds now (as far as we know)
SSO_REFUSED = "heard_sso_refused"      # (identities, message): not asked again for the same identity
ROLE_NAMES = {"social_worker": "social worker", "supervisor": "supervisor", "evaluator": "evaluator",
              "admin": "admin"}
_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{20,100}")


def accounts() -> Accounts:
    return Accounts(store())


def oidc_configured() -> bool:
    """Whether the deployment set up single sign-on (an `[auth]` section in Streamlit's secrets)."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file at all: Streamlit raises rather than answering "no"
        return False


def _sso_signed_in() -> bool:
    return oidc_configured() and bool(getattr(st.user, "is_logged_in", False))


def _identities() -> tuple[str, ...]:
    """What the identity provider says this person is: e-mail first, then preferred username."""
    return tuple(str(st.user.get(key) or "").strip() for key in ("email", "preferred_username"))


def browser_token() -> str | None:
    """The session token in this tab's cookie, if it sent one when it connected."""
    try:
        value = st.context.cookies.get(COOKIE)
    except Exception:  # no browser (AppTest, a bare script run)
        return None
    return value if isinstance(value, str) and _TOKEN_SHAPE.fullmatch(value) else None


def current() -> Principal | None:
    """The signed-in person, or None (with the reason kept for the sign-in page)."""
    token = st.session_state.get(TOKEN)
    if not token and not st.session_state.get(COOKIE_TRIED):
        st.session_state[COOKIE_TRIED] = True
        token = browser_token()
        if token:  # a reload: carry on with the session this browser already had
            st.session_state[TOKEN] = st.session_state[COOKIE_WRITTEN] = token
    if token:
        try:
            return accounts().resume(token).user
        except SessionExpired as exc:
            st.session_state.pop(TOKEN, None)
            st.session_state[ENDED] = str(exc)
            if _sso_signed_in():  # else the identity provider's cookie would sign them straight back in
                st.logout()
            return None
    if _sso_signed_in():
        return _sso_session()
    return None


def _sso_session() -> Principal | None:
    """Open a heard session for the identity the provider vouches for, once."""
    identities = _identities()
    refused = st.session_state.get(SSO_REFUSED)
    if refused and refused[0] == identities:
        return None
    try:
        signed = accounts().open_session_for_identity(list(identities))
    except LoginFailed as exc:
        st.session_state[SSO_REFUSED] = (identities, str(exc))
        return None
    st.session_state[TOKEN] = signed.token
    st.session_state.pop(SSO_REFUSED, None)
    st.session_state.pop(ENDED, None)
    return signed.user


def keep_in_browser() -> None:
    """Write (or clear) the session cookie when the session changed since it was last written.

    Called on every run before the page; emits nothing when there is nothing to change.
    """
    want = st.session_state.get(TOKEN)
    if st.session_state.get(COOKIE_WRITTEN) == want:
        return
    if want and _TOKEN_SHAPE.fullmatch(want):
        value = f"{COOKIE}={want}; Path=/; SameSite=Strict"
    else:
        value = f"{COOKIE}=; Path=/; Max-Age=0; SameSite=Strict"
    st.html(f"<script>document.cookie = {value!r} + (location.protocol === 'https:' ? '; Secure' : '');"
            "</script>", unsafe_allow_javascript=True)
    st.session_state[COOKIE_WRITTEN] = want


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
    try:
        empty = not accounts().has_users()
    except HeardError as exc:  # the database is down: say so here rather than on every sign-in
        st.error(str(exc), icon=":material/warning:")
        empty = False
    if empty:  # only on a fresh install: it says nothing about which usernames exist
        st.info("No accounts yet. On the server, create the first admin:\n\n"
                "`heard user add NAME --role admin`\n\nthen sign in here and add everyone else on "
                "the Users page.", icon=":material/person_add:")
    if st.session_state.get(ENDED):
        st.info(st.session_state[ENDED], icon=":material/timer_off:")
    refused = st.session_state.get(SSO_REFUSED)
    if refused and _sso_signed_in():
        st.error(refused[1], icon=":material/block:")
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
            if importlib.util.find_spec("authlib") is None:
                st.error("Single sign-on is configured but cannot start: the server needs Authlib "
                         "(`pip install 'streamlit[auth]'`). Sign in with a heard password meanwhile.",
                         icon=":material/warning:")
            else:
                st.login()


def sign_out() -> None:
    """End the session in the database, in this tab and in the browser's cookie."""
    token = st.session_state.pop(TOKEN, None)
    written = st.session_state.get(COOKIE_WRITTEN)
    if token:
        try:
            accounts().logout(token)
        except HeardError:
            pass  # the token is gone from this tab either way
    st.session_state.clear()
    st.session_state[ENDED] = "You have signed out."
    st.session_state[COOKIE_TRIED] = True  # the cookie this tab connected with is the one just revoked
    st.session_state[COOKIE_WRITTEN] = written  # so the next run clears it
    if _sso_signed_in():
        st.logout()


def describe(who: Principal) -> str:
    """`Ana Lima · social worker, team north`: shown in the sidebar."""
    team = f", team {who.team}" if who.team else ""
    return f"{who.display_name or who.username} · {ROLE_NAMES[who.role]}{team}"
