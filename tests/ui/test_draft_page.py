"""The Draft page (ui/pages/draft.py) under Streamlit's AppTest, with the mock model, signed in
as a social worker.

The page runs for real: the real redactor (spaCy), the real guidance index (Chroma and the
embedding model) and the real database, each in the test's own data directory. Only the model is
`mock/apptest`, which echoes the pseudonymised notes it was sent under the requested headings.
"""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from assistant.config import Settings
from assistant.llm import mock
from assistant.storage import Store
from prompts import get_template, record_types
from tests.ui.conftest import page_as, widget

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
def page(env, people) -> AppTest:
    at = page_as(env, "draft.py", "ana")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


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
    assert [(v.number, v.author) for v in versions] == [(1, "mock/apptest"), (2, "ana")]
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


def test_submit_saves_the_unsaved_edit_and_sends_the_record_for_sign_off(page, env, people):
    at = draft_notes(page, DRAFT_CASES[0].values[1], "home_visit")
    edited = text_area(at, "Edit before saving").value + "\n\nAyesha chose the colour of her new room."
    text_area(at, "Edit before saving").input(edited)
    button(at, "Submit for sign-off").click()
    at.run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    (stored,) = stored_drafts(env)
    record = Store(env).get_draft(stored.id)
    assert record.status == "submitted" and record.versions[-1].text == edited and len(record.versions) == 2
    assert any("Submitted draft" in s.value and "for sign-off" in s.value for s in at.success)
    assert text_area(at, "Edit before saving").disabled
    assert "Save version" not in [b.label for b in at.button]
    actions = [e.action for e in Store(env).audit_entries(actor="ana")]
    assert actions[:2] == ["submit", "edit"]
    from assistant.records import Records

    assert [d.id for d in Records(Store(env)).queue(people["sup.north"])] == [stored.id]


@pytest.mark.parametrize("content", [
    pytest.param(b"PK\x03\x04 this zip was cut short", id="truncated-zip"),
    pytest.param(b"Home visit notes saved as text, renamed .docx", id="renamed-text"),
])
def test_a_corrupt_docx_is_a_clear_error_and_nothing_is_lost(page, env, content):
    """The upload is refused with a message naming the file; nothing is stored, and notes typed
    into the box afterwards draft as normal."""
    widget(page.file_uploader, "Or upload notes").upload("visit.docx", content)
    button(page, "Draft record").click()
    page.run()
    assert not page.exception
    (error,) = [e.value for e in page.error]
    assert "visit.docx" in error and "Traceback" not in error
    assert stored_drafts(env) == [] and not page.code
    at = draft_notes(page, DRAFT_CASES[0].values[1])  # typed notes win over the bad upload
    assert not at.error and len(stored_drafts(env)) == 1


def test_opening_someone_elses_record_through_session_state_is_refused_and_audited(env, people):
    from assistant.records import Records

    records = Records(Store(env))
    theirs = records.create(people["bilal"], "Notes about Zainab (4).", "home_visit", "## Purpose\nVisit.",
                            {"model": "mock/apptest", "template": "home_visit", "template_version": "1"})
    at = page_as(env, "draft.py", "ana", open_record=theirs.id)
    at.run()
    assert not at.exception
    (error,) = [e.value for e in at.error]
    assert error.startswith(f"ana cannot view record {theirs.id}: it is not your record")
    assert not [t for t in at.text_area if t.label == "Edit before saving"]
    assert "Visit." not in " ".join(m.value for m in at.markdown)
    (denied,) = Store(env).audit_entries(actor="ana", action="denied")
    assert denied.object_id == str(theirs.id)


def test_a_returned_record_carries_on_with_the_supervisors_comment(env, people):
    from assistant.records import Records

    records = Records(Store(env))
    mine = records.create(people["ana"], "Saw Kofi (6) at home with his gran.", "home_visit",
                          "## Purpose\nVisit to Kofi.", {"model": "mock/apptest", "template": "home_visit",
                                                         "template_version": "1"})
    records.submit(people["ana"], mine.id)
    records.send_back(people["sup.north"], mine.id, "Add what Kofi said about school.")
    at = page_as(env, "draft.py", "ana", open_record=mine.id)
    at.run()
    assert not at.exception and not at.error
    assert [w.value for w in at.warning] == ["Returned by your supervisor: Add what Kofi said about school."]
    area = text_area(at, "Edit before saving")
    assert area.value == "## Purpose\nVisit to Kofi." and not area.disabled
    area.input("## Purpose\nVisit to Kofi.\n\nKofi said “school is fun”.")
    button(at, "Submit for sign-off").click()
    at.run()
    assert not at.error
    assert Store(env).get_draft(mine.id).status == "submitted"


@pytest.mark.parametrize("who", ["eve", "root"])
def test_people_who_make_no_records_are_refused_on_the_page(env, people, who):
    at = page_as(env, "draft.py", who)
    at.run()
    (error,) = [e.value for e in at.error]
    assert "do not see case records" in error
    assert not at.text_area
