"""What every page shares: settings (read fresh each run) and long-lived resources (cached)."""

from __future__ import annotations

import streamlit as st

from assistant.config import Settings, load_settings
from assistant.errors import HeardError
from assistant.storage import Store


def settings() -> Settings:
    try:
        return load_settings()
    except ValueError as exc:
        st.error(f"heard's settings are not valid: {' '.join(str(exc).split())[:300]}")
        st.stop()


@st.cache_resource(show_spinner=False)
def _store(database_url: str, data_dir: str) -> Store:
    return Store(load_settings(database_url=database_url, data_dir=data_dir))


def store() -> Store:
    s = settings()
    return _store(s.database_url, str(s.data_dir))


def show_error(exc: HeardError) -> None:
    st.error(str(exc), icon=":material/warning:")


def index_record(record) -> None:
    """Put a submitted or approved record into the supervisors' search index. Best effort: the
    step itself is done and kept; a failed index update is said, and the next search catches up."""
    from assistant.search import RecordSearch

    try:
        RecordSearch(store()).index(record)
    except Exception as exc:  # the index is a convenience; never undo a sign-off over it
        st.warning(f"The search index was not updated ({type(exc).__name__}); search will catch up.")
