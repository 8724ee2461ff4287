"""Audit log (admins): every create, draft, model call, edit, submit, sign-off, export, view,
sign-in and denial, newest first, filtered by person, action and date; "Verify chain" checks the
hash chain and names the first bad entry if anyone altered, deleted or reordered one."""

from __future__ import annotations

import json

import streamlit as st

from assistant.access import AccessDenied
from assistant.audit import ACTIONS
from assistant.errors import HeardError
from ui import auth
from ui.state import show_error, store

user = auth.user()
st.title("Audit log")

if st.button("Verify chain", type="primary"):
    try:
        verdict = store().verify_audit(viewer=user)
    except AccessDenied as exc:
        st.error(str(exc), icon=":material/block:")
        st.stop()
    except HeardError as exc:
        show_error(exc)
    else:
        if verdict.ok:
            st.success(f"Intact: {verdict.checked} entries checked; the last is #{verdict.head_seq} "
                       f"({verdict.head_hash[:16]}…).", icon=":material/lock:")
        else:
            st.error(f"Broken at entry #{verdict.bad_seq}: {verdict.reason}. {verdict.checked} entries "
                     "before it are intact.", icon=":material/gpp_bad:")

cols = st.columns([2, 2, 2, 1])
actor = cols[0].text_input("Person (username)")
action = cols[1].selectbox("Action", ("any",) + ACTIONS)
since = cols[2].date_input("From", value=None, format="DD/MM/YYYY")
limit = cols[3].number_input("At most", min_value=10, max_value=5000, value=200, step=50)
try:
    entries = store().audit_entries(actor=actor.strip().lower() or None, action=None if action == "any" else action,
                                    since=since.isoformat() if since else None, limit=int(limit), viewer=user)
except AccessDenied as exc:
    st.error(str(exc), icon=":material/block:")
    st.stop()
except HeardError as exc:
    show_error(exc)
    st.stop()

if not entries:
    st.info("No entries match these filters.")
    st.stop()
st.caption(f"{len(entries)} entries, newest first" + (" (limit reached)" if len(entries) == limit else ""))
st.dataframe([{"#": e.seq, "when (UTC)": e.at[:19].replace("T", " "), "who": e.actor, "action": e.action,
               "object": f"{e.object_type or ''} {e.object_id or ''}".strip(),
               "details": json.dumps(e.details, ensure_ascii=False) if e.details else ""} for e in entries],
             hide_index=True, height=min(800, 40 + 35 * max(1, len(entries))))
