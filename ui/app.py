"""heard's Streamlit app: `heard ui` (or `streamlit run ui/app.py`)."""

from pathlib import Path

import streamlit as st

import assistant  # noqa: F401  (sets the offline environment before any model library loads)

PAGES = Path(__file__).parent / "pages"

st.set_page_config(page_title="heard", page_icon="📝", layout="wide")
page = st.navigation([
    st.Page(PAGES / "draft.py", title="Draft a record", icon="📝", default=True),
])
page.run()
