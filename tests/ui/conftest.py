"""What the page tests share: a data directory with people in it, signed-in AppTests, and finders
for widgets by label (the pages' widgets mostly have no keys)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant import accounts
from assistant.accounts import Accounts
from assistant.config import Settings
from assistant.storage import Store

UI = Path(__file__).resolve().parents[2] / "ui"
APP = UI / "app.py"
TIMEOUT = 180  # the first run of a page that reviews loads spaCy and the embedding model
PASSWORD = "correct horse 9"
PEOPLE = {  # username: (role, team, display name)
    "ana": ("social_worker", "north", "Ana Lima"),
    "bilal": ("social_worker", "north", "Bilal Chaudhry"),
    "chidi": ("social_worker", "south", "Chidi Okeke"),
    "sup.north": ("supervisor", "north", "Nkechi Obi"),
    "sup.south": ("supervisor", "south", "Sean Murphy"),
    "eve": ("evaluator", None, "Eve Kowalski"),
    "root": ("admin", None, "Rhiannon Evans"),
}


@pytest.fixture
def env(monkeypatch, tmp_path) -> Settings:
    """HEARD_* for the app (the mock model, a fresh data directory) and cheap password hashes."""
    monkeypatch.setenv("HEARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HEARD_MODEL", "mock/apptest")
    monkeypatch.setattr(accounts, "_SCRYPT", {"n": 2**10, "r": 8, "p": 1})
    return Settings()


@pytest.fixture
def people(env) -> dict:
    acc = Accounts(Store(env))
    return {name: acc.add_user(name, role, PASSWORD, team=team, display_name=display)
            for name, (role, team, display) in PEOPLE.items()}


def token(settings: Settings, username: str) -> str:
    return Accounts(Store(settings)).login(username, PASSWORD).token


def page_as(settings: Settings, page: str, username: str | None, **state) -> AppTest:
    """A page file run on its own, signed in as `username` (None: signed out)."""
    at = AppTest.from_file(str(UI / "pages" / page), default_timeout=TIMEOUT)
    if username:
        at.session_state["heard_token"] = token(settings, username)
    for key, value in state.items():
        at.session_state[key] = value
    return at


def app_as(settings: Settings, username: str | None) -> AppTest:
    """The whole app (navigation included), signed in as `username`, after its first run."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    if username:
        at.session_state["heard_token"] = token(settings, username)
    at.run()
    ok(at)
    return at


def ok(at: AppTest) -> AppTest:
    assert not at.exception, [e.value for e in at.exception]
    return at


def widget(widgets, label: str):
    """The one widget in `widgets` with this label."""
    matches = [w for w in widgets if w.label == label]
    assert len(matches) == 1, f"expected one {label!r}, found {[w.label for w in widgets]}"
    return matches[0]


def click(at: AppTest, label: str) -> AppTest:
    widget(at.button, label).click()
    at.run()
    return ok(at)


def texts(at: AppTest) -> str:
    """Everything the page says in markdown, captions, alerts and titles, as one string."""
    parts = [e.value for kind in ("markdown", "caption", "error", "warning", "info", "success", "title",
                                  "subheader") for e in getattr(at, kind)]
    return "\n".join(str(p) for p in parts)


PROVENANCE = {"model": "mock/apptest", "template": "home_visit", "template_version": "1",
              "template_hash": "0123456789abcdef", "created_at": "2025-11-14T10:05:00+00:00",
              "redaction": {"policy": "pseudonymise", "mentions": {"PERSON": 3, "UK_NHS": 1},
                            "distinct": {"PERSON": 2, "UK_NHS": 1}}}


def make_record(settings: Settings, people: dict, owner: str, status: str = "draft", *,
                text: str = "## Purpose\nHome visit.", edit: str | None = None,
                notes: str = "Home visit. Saw the child.", supervisor: str = "sup.north") -> int:
    """A record of `owner`'s (optionally edited once), brought to `status`; returns its id."""
    from assistant.records import Records

    records = Records(Store(settings))
    d = records.create(people[owner], notes, "home_visit", text, dict(PROVENANCE))
    if edit is not None:
        records.add_version(people[owner], d.id, edit)
    if status != "draft":
        records.submit(people[owner], d.id)
    if status == "returned":
        records.send_back(people[supervisor], d.id, "Please add the child's own words.")
    if status == "approved":
        records.approve(people[supervisor], d.id, "Good record.")
    return d.id
