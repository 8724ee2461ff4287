"""The Draft page (ui/pages/draft.py) under Streamlit's AppTest, with the mock model.

The page runs for real: the real redactor (spaCy), the real guidance index (Chroma and the
embedding model) and the real database, each in the test's own data directory. Only the model is
`mock/apptest`, which echoes the pseudonymised notes it was sent under the requested headings.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.config import Settings
from assistant.llm import mock
from assistant.storage import Store
from prompts import get_template, record_types

PAGE = Path(__file__).resolve().parents[2] / "ui" / "pages" / "draft.py"
TIMEOUT = 120  # the first run loads spaCy and the embedding model and builds the guidance index

RECORD_TYPE_TITLES = ["Child in need review", "Child protection visit", "Home visit",
                      "Looked-after child visit", "Supervision"]

# (record type, notes, identifiers that must never reach the model)
DRAFT_CASES = [
    pytest.param(
        "home_visit",
        "Home visit 14 Nov. Present: Ayesha Khan (9), mum Fatima Khan.\n"
        'Ayesha said "I like my new school". NHS 943 476 5919.',
        ["Ayesha Khan", "Fatima Khan", "943 476 5919"],
        id="home-visit",
    ),
    pytest.param(
        "supervision",
        "Supervision with Priya Sharma. Discussed Daniel Okafor (7) and his dad Samuel Okafor.",
        ["Priya Sharma", "Daniel Okafor", "Samuel Okafor"],
        id="supervision",
    ),
]


@pytest.fixture
def env(monkeypatch, tmp_path) -> Settings:
    """HEARD_* for the page; returns the Settings the page will read, for checking the store."""
    monkeypatch.setenv("HEARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HEARD_MODEL", "mock/apptest")
    return Settings()


@pytest.fixture
def page(env) -> AppTest:
    at = AppTest.from_file(str(PAGE), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def widget(widgets, label: str):
    """The one widget in `widgets` with this label (the page's widgets have no keys to find them by)."""
    matches = [w for w in widgets if w.label == label]
    assert len(matches) == 1, f"expected one {label!r}, found {[w.label for w in widgets]}"
    return matches[0]


def text_area(at: AppTest, label: str):
    return widget(at.text_area, label)


def button(at: AppTest, label: str):
    return widget(at.button, label)


def draft_notes(at: AppTest, notes: str, record_type: str | None = None, model: str | None = None) -> AppTest:
    text_area(at, "Visit notes").input(notes)
    if record_type is not None:
        widget(at.selectbox, "Record type").select(record_type)
    if model is not None:
        widget(at.text_input, "Model").input(model)
    button(at, "Draft record").click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def stored_drafts(settings: Settings) -> list:
    return Store(settings).drafts()


def test_the_page_shows_its_inputs_and_no_draft_yet(page):
    record_type = widget(page.selectbox, "Record type")
    assert record_type.options == RECORD_TYPE_TITLES
    assert record_type.options == [get_template(t).title for t in record_types()]
    assert text_area(page, "Visit notes").value == ""
    assert widget(page.text_input, "Model").value == "mock/apptest"
    assert [b.label for b in page.button] == ["Draft record", "Review my record"]
    assert not page.error
    assert "Draft record" not in [h.value for h in page.subheader]


@pytest.mark.parametrize("record_type, notes, identifiers", DRAFT_CASES)
def test_a_draft_has_the_names_back_and_the_model_saw_only_placeholders(page, env, record_type, notes,
                                                                         identifiers):
    at = draft_notes(page, notes, record_type)
    assert not at.error, [e.value for e in at.error]
    assert [h.value for h in at.subheader] == ["Draft record", "Review"]

    record = text_area(at, "Edit before saving").value
    for name in identifiers:
        assert name in record, f"{name!r} was not restored in the draft"
    assert "[PERSON_" not in record and "[UK_NHS_" not in record
    for section in get_template(record_type).sections:
        assert f"## {section.title}" in record

    (sent,) = [c.value for c in at.code]
    assert "[PERSON_1]" in sent and "[PERSON_2]" in sent
    for name in identifiers:
        assert name not in sent, f"{name!r} was sent to the model"
    for word in {part for name in identifiers for part in name.split() if part.isalpha()}:
        assert word not in sent, f"{word!r} was sent to the model"

    (provenance,) = [json.loads(j.value) for j in at.json]
    assert provenance["model"] == "mock/apptest"
    assert provenance["template"] == record_type
    assert provenance["redaction"]["policy"] == "pseudonymise"
    assert provenance["redaction"]["distinct"]["PERSON"] >= 2

    assert [e.label for e in at.expander] == ["Model", "Check a record you wrote (no model)",
                                              "Where each sentence comes from in the notes",
                                              "Exactly what was sent to the model (pseudonymised)", "Provenance"]
    assert any("mock/apptest" in c.value and f"template {record_type}" in c.value for c in at.caption)
    (stored,) = stored_drafts(env)
    assert stored.record_type == record_type and [v.number for v in stored.versions] == [1]


def test_save_version_stores_the_edited_text_as_version_2(page, env):
    at = draft_notes(page, DRAFT_CASES[0].values[1], "home_visit")
    (stored,) = stored_drafts(env)
    edited = text_area(at, "Edit before saving").value + "\n\nChecked and edited by the social worker."
    text_area(at, "Edit before saving").input(edited)
    button(at, "Save version").click()
    at.run()

    assert not at.exception and not at.error
    assert [s.value for s in at.success] == [f"Saved as version 2 of draft #{stored.id} (reviewed again)"]
    versions = Store(env).get_draft(stored.id).versions
    assert [(v.number, v.author) for v in versions] == [(1, "mock/apptest"), (2, "social worker")]
    assert versions[1].text == edited
    assert versions[0].text != edited  # the model's version is kept as it was
    assert len(stored_drafts(env)) == 1  # saving a version is not a new draft


@pytest.mark.parametrize("notes, model, message", [
    pytest.param("", None, "notes are empty", id="empty-notes"),
    pytest.param("  \n\t \n", None, "notes are empty", id="blank-notes"),
    pytest.param("Saw Ayesha Khan at home.", "nope/x", "unknown model provider 'nope'", id="unknown-provider"),
    pytest.param("Saw Ayesha Khan at home.", "llama3", "model must be PROVIDER/NAME", id="no-provider"),
])
def test_a_bad_request_shows_a_clear_error_and_stores_nothing(page, env, notes, model, message):
    at = draft_notes(page, notes, model=model)
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and message in errors[0], errors
    assert not at.subheader and not at.code and not at.json  # no draft shown
    assert [b.label for b in at.button] == ["Draft record", "Review my record"]
    assert stored_drafts(env) == []


def test_the_drafts_findings_are_shown_inline_and_stored(page, env):
    mock.queue("apptest", "## Purpose\nA home visit.\n## Observations\n[PERSON_1] was hostile all visit.")
    at = draft_notes(page, DRAFT_CASES[0].values[1], "home_visit")
    (stored,) = stored_drafts(env)
    findings = stored.versions[0].findings
    assert findings, "the mock's echo leaves sections empty: the review must say something"
    overall = [m for m in at.metric if m.label == "Overall score"]
    assert len(overall) == 1 and float(overall[0].value) < 100
    shown = " ".join(m.value for m in at.markdown)
    assert all(f["check"] in shown for f in findings)
    assert "<mark" in shown and "Ayesha Khan was hostile" in shown  # spans highlighted, names restored
    assert "structure.missing_section" in shown


def test_an_edit_is_reviewed_again_and_its_findings_stored(page, env):
    at = draft_notes(page, DRAFT_CASES[0].values[1], "home_visit")
    edited = text_area(at, "Edit before saving").value + "\n\nMum was aggressive and hostile."
    text_area(at, "Edit before saving").input(edited)
    button(at, "Save version").click()
    at.run()
    (stored,) = stored_drafts(env)
    latest = Store(env).get_draft(stored.id).versions[-1]
    assert "language.stigmatising" in {f["check"] for f in latest.findings}
    assert "language.stigmatising" in " ".join(m.value for m in at.markdown)


def test_a_social_worker_can_review_their_own_record_without_the_model(page, env):
    text_area(page, "Visit notes").input('Seen Amira (7) alone. amira said "I miss my dad".')
    text_area(page, "Your record").input("## Child's views\nAmira said “I miss my daddy”. Mum was hostile.")
    button(page, "Review my record").click()
    page.run()
    assert not page.exception and not page.error
    shown = " ".join(m.value for m in page.markdown)
    assert "voice.quote_altered" in shown and "language.stigmatising" in shown
    assert stored_drafts(env) == []  # reviewing is not drafting: nothing stored
