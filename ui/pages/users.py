"""Users (admins): the accounts, adding one, disabling and enabling one, resetting a password, and
giving records made before accounts existed an owner. Admins manage accounts but do not read records; the library refuses anyone else
(and audits the refusal)."""

from __future__ import annotations

import streamlit as st

from assistant.access import RECORD_ROLES, ROLES, AccessDenied
from assistant.errors import HeardError
from assistant.records import Records
from ui import auth
from ui.state import show_error, store

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


def _account_action(label: str, usernames: list[str], button: str, act, done: str, help: str | None = None) -> None:
    """Pick an account and act on it (disable, enable), with a message for the next rerun."""
    left, right = st.columns([3, 1])
    target = left.selectbox(label, usernames, help=help)
    right.write("")
    if right.button(button):
        try:
            act(target, by=user)
            st.session_state["users_flash"] = done.format(target)
            st.rerun()
        except HeardError as exc:
            show_error(exc)


active = [a.user.username for a in accounts if a.active and a.user.username != user.username]
if active:
    st.subheader("Disable a user")
    _account_action("User to disable", active, "Disable", acc.disable, "Disabled {}: they can no longer sign in.",
                    help="they are signed out at once; records and audit stay")

disabled = [a.user.username for a in accounts if not a.active]
if disabled:
    _account_action("Disabled user to enable again", disabled, "Enable", acc.enable,
                    "Enabled {}: they can sign in again.")

with st.form("reset-password", clear_on_submit=True):
    st.subheader("Reset a password")
    left, right = st.columns(2)
    whose = left.selectbox("Account", [a.user.username for a in accounts])
    fresh = right.text_input("New password", type="password", help="at least 8 characters; tell them in person")
    if st.form_submit_button("Set password"):
        try:
            acc.set_password(whose, fresh, by=user)
            st.session_state["users_flash"] = f"New password set for {whose}; their open sessions have ended."
            st.rerun()
        except HeardError as exc:
            show_error(exc)

# Records from before heard had accounts (or from the single-user CLI) belong to nobody, so nobody
# can open them: an admin gives each to the social worker or supervisor who wrote it. The admin
# sees only what is needed to tell them apart (number, type, case reference, date), not the text.
try:
    unowned = Records(store()).unowned(user)
except HeardError as exc:
    show_error(exc)
    unowned = []
owners = [a.user for a in accounts if a.active and a.user.role in RECORD_ROLES]
if unowned:
    st.subheader(f"Records without an owner ({len(unowned)})")
    st.caption("Made before heard had accounts. Give each to the person who wrote it: it becomes theirs and "
               "their team's, and nobody can open it until then. Each assignment is written to the audit log.")
    st.dataframe([{"#": d.id, "record type": d.record_type, "status": d.status,
                   "case": d.case.reference if d.case else "", "made": f"{d.created_at:%d %b %Y %H:%M}"}
                  for d in unowned], hide_index=True)
    left, right, button = st.columns([3, 2, 1])
    picked = left.multiselect("Records to assign", [d.id for d in unowned], format_func=lambda i: f"#{i}")
    owner = right.selectbox("New owner", [o.username for o in owners], index=None,
                            format_func=lambda u: next(f"{o.display_name} ({u}, {o.team})" for o in owners
                                                       if o.username == u),
                            placeholder="a social worker or supervisor")
    button.write("")
    if button.button("Assign", disabled=not owners):
        if not picked or not owner:
            st.error("Choose the records and the person who will own them.", icon=":material/warning:")
        else:
            done = []
            try:
                for draft_id in picked:
                    Records(store()).assign_owner(user, draft_id, owner)
                    done.append(f"#{draft_id}")
            except HeardError as exc:
                show_error(exc)
            if done:
                st.session_state["users_flash"] = f"Assigned {', '.join(done)} to {owner}."
                st.rerun()
