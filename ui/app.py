"""heard's Streamlit app: `heard ui` (or `streamlit run ui/app.py`).

Signed out, the only page is the sign-in form. Signed in, the navigation holds the pages the
person's role uses; the library still checks every record operation, so a page reached any
other way gets a clear refusal, never someone else's data.
"""

from pathlib import Path

import streamlit as st

import assistant  # noqa: F401  (sets the offline environment before any model library loads)
from ui import auth

PAGES = Path(__file__).parent / "pages"
# key: (file, title, icon)
PAGE_FILES = {
    "draft": ("draft.py", "Draft a record", ":material/edit_note:"),
    "records": ("records.py", "My records", ":material/folder_open:"),
    "queue": ("queue.py", "Supervisor queue", ":material/task_alt:"),
    "evaluate": ("evaluate.py", "Evaluate", ":material/bar_chart:"),
    "audit": ("audit.py", "Audit log", ":material/manage_search:"),
    "settings": ("settings.py", "Settings", ":material/settings:"),
    "users": ("users.py", "Users", ":material/group:"),
}
# The pages each role sees, the first one being where they land.
ROLE_PAGES = {
    "social_worker": ("draft", "records"),
    "supervisor": ("queue", "draft", "records"),
    "evaluator": ("evaluate",),
    "admin": ("audit", "users", "settings"),
}


def pages_for(role: str) -> list[st.Page]:
    return [st.Page(PAGES / PAGE_FILES[key][0], title=PAGE_FILES[key][1], icon=PAGE_FILES[key][2],
                    default=n == 0) for n, key in enumerate(ROLE_PAGES[role])]


st.set_page_config(page_title="heard", page_icon=":material/edit_note:", layout="wide")
who = auth.current()
auth.keep_in_browser()  # the session survives a reload (see ui/auth.py)
if who is None:
    page = st.navigation([st.Page(auth.sign_in_page, title="Sign in", icon=":material/login:", url_path="signin")],
                         position="hidden")
else:
    page = st.navigation(pages_for(who.role))
    with st.sidebar:
        st.caption(f"Signed in as **{auth.describe(who)}**")
        st.button("Sign out", on_click=auth.sign_out)
page.run()
