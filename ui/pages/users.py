"""Users (admins): the accounts, adding one, disabling one. Admins manage accounts but do not
read records; the library refuses anyone else (and audits the refusal)."""

from __future__ import annotations

import streamlit as st

from assistant.access import ROLES, AccessDenied
from assistant.errors import HeardError
from ui import auth
from ui.state import show_error

user = auth.user()
acc = auth.accounts()
st.title("Users")
if flash := st.session_state.pop("users_flash", None):
    st.success(flash)
try:
    accounts = acc.users(by=user)
except AccessDenied as exc:
    st.error(str(exc), icon=":material/block:")
    st.stop()

st.dataframe([{"username": a.user.username, "name": a.user.display_name, "role": auth.ROLE_NAMES[a.user.role],
               "team": a.user.team or "", "active": a.active, "since": f"{a.created_at:%d %b %Y}"}
              for a in accounts], hide_index=True)

with st.form("add-user", clear_on_submit=True):
    st.subheader("Add a user")
    left, right = st.columns(2)
    username = left.text_input("New username", help="letters, digits and . _ @ - ; an e-mail works for single sign-on")
    name = right.text_input("Name shown in the app")
    role = left.selectbox("Role", ROLES, format_func=auth.ROLE_NAMES.get)
    team = right.text_input("Team (social workers and supervisors)")
    password = left.text_input("Initial password", type="password", help="at least 8 characters")
    if st.form_submit_button("Add user", type="primary"):
        try:
            added = acc.add_user(username, role, password, team=team or None, display_name=name or None, by=user)
            st.session_state["users_flash"] = f"Added {added.username} ({auth.ROLE_NAMES[added.role]})."
            st.rerun()
        except HeardError as exc:
            show_error(exc)

active = [a.user.username for a in accounts if a.active and a.user.username != user.username]
if active:
    st.subheader("Disable a user")
    left, right = st.columns([3, 1])
    target = left.selectbox("User to disable", active, help="they are signed out at once; records and audit stay")
    right.write("")
    if right.button("Disable"):
        try:
            acc.disable(target, by=user)
            st.session_state["users_flash"] = f"Disabled {target}: they can no longer sign in."
            st.rerun()
        except HeardError as exc:
            show_error(exc)
