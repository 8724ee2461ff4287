"""Export of a record: plain text and .docx, each ending with the AI statement (model, prompt)."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from docx import Document

from assistant import accounts
from assistant.access import AccessDenied
from assistant.accounts import Accounts
from assistant.config import Settings
from assistant.export import ai_statement, as_docx, as_text, blocks, filename, plain
from assistant.records import Records
from assistant.storage import Store

PROVENANCE = {"model": "ollama/llama3.1", "template": "home_visit", "template_version": "3",
              "template_hash": "ab12cd34ef56aa77bb88"}


def record(*texts: str, provenance=PROVENANCE, owner="Grace O'Neill"):
    versions = [SimpleNamespace(number=n, text=t, provenance=provenance if n == 1 else {})
                for n, t in enumerate(texts, 1)]
    return SimpleNamespace(id=7, record_type="home_visit", versions=versions,
                           owner=SimpleNamespace(display_name=owner, username="grace"))


@pytest.mark.parametrize("line, kind, text", [
    ("## Purpose of the visit", "heading", "Purpose of the visit"),
    ("### Child's views ###", "heading", "Child's views"),
    ("- Mum to ring the GP by Friday", "bullet", "Mum to ring the GP by Friday"),
    ("* school to share attendance", "bullet", "school to share attendance"),
    ("• SW to visit again", "bullet", "SW to visit again"),
    ("2) Review in 4 weeks", "number", "Review in 4 weeks"),
    ("Kwame said **“I like my room”** and smiled.", "text", "Kwame said “I like my room” and smiled."),
    ("The 2*3 grid and a*b stay as written", "text", "The 2*3 grid and a*b stay as written"),
    ("#hashtag is not a heading", "text", "#hashtag is not a heading"),
])
def test_markdown_lines_become_plain_blocks(line, kind, text):
    (block,) = blocks(line)
    assert (block.kind, block.text) == (kind, text)


def test_runs_of_blank_lines_collapse_and_trailing_ones_go():
    assert [b.kind for b in blocks("## A\n\n\n\ntext\n\n\n")] == ["heading", "blank", "text"]


def test_plain_keeps_single_asterisks_inside_words():
    assert plain("__Safety plan__ agreed; *very* tired; 5*4") == "Safety plan agreed; very tired; 5*4"


@pytest.mark.parametrize("provenance, edited, author, expected", [
    (PROVENANCE, True, "Grace O'Neill",
     "AI assisted: first drafted by heard with the model ollama/llama3.1, prompt home_visit v3 (ab12cd34ef56); "
     "then checked and edited by Grace O'Neill."),
    (PROVENANCE, False, "", "AI assisted: first drafted by heard with the model ollama/llama3.1, prompt "
     "home_visit v3 (ab12cd34ef56); checked without changes."),
    ({"model": "mock/x", "template": "supervision", "template_version": "1"}, True, "",
     "AI assisted: first drafted by heard with the model mock/x, prompt supervision v1; then checked and edited."),
    ({}, True, "Sam", "Written without AI assistance."),
    (None, False, "", "Written without AI assistance."),
])
def test_the_ai_statement(provenance, edited, author, expected):
    assert ai_statement(provenance, edited=edited, author=author) == expected


def test_plain_text_is_the_latest_version_then_the_statement():
    d = record("## Purpose\nModel text.", "## Purpose\nA visit to see **Mei Ling** (6).\n\n## Actions\n"
               "- SW to ring school by 3 May\n1. Review in 6 weeks")
    text = as_text(d)
    assert text == ("Purpose\nA visit to see Mei Ling (6).\n\nActions\n• SW to ring school by 3 May\n"
                    "1. Review in 6 weeks\n\n" + ai_statement(PROVENANCE, edited=True, author="Grace O'Neill") + "\n")
    assert "Model text" not in text and "##" not in text and "**" not in text


def test_an_unchanged_second_version_is_not_called_edited():
    d = record("## Purpose\nSame text.", "## Purpose\nSame text.  \n")
    assert as_text(d).rstrip().endswith("checked by Grace O'Neill without changes.")


def test_docx_has_headings_bullets_and_the_statement_last_in_italics():
    d = record("## Purpose\nModel", "## Purpose\nSeen with dad, Tomasz.\n## ACTIONS\n- dad to call GP\n"
               "- review 12/06\nThe end.")
    document = Document(io.BytesIO(as_docx(d, title="Home visit")))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[:6] == [("Heading 1", "Home visit"), ("Heading 2", "Purpose"), ("Normal", "Seen with dad, Tomasz."),
                              ("Heading 2", "ACTIONS"), ("List Bullet", "dad to call GP"), ("List Bullet", "review 12/06")]
    last = document.paragraphs[-1]
    assert last.text.startswith("AI assisted: first drafted by heard with the model ollama/llama3.1, prompt home_visit v3")
    assert all(run.italic for run in last.runs)


def test_a_record_without_versions_is_an_error_and_the_filename_names_the_version():
    with pytest.raises(ValueError, match="no text"):
        as_text(SimpleNamespace(id=3, versions=[], owner=None))
    assert filename(record("a", "b", "c"), "docx") == "record-7-home_visit-v3.docx"


def test_export_of_a_stored_record_through_the_access_checked_door(tmp_path, monkeypatch):
    monkeypatch.setattr(accounts, "_SCRYPT", {"n": 2**10, "r": 8, "p": 1})
    store = Store(Settings(data_dir=tmp_path / "data"))
    acc = Accounts(store)
    ana = acc.add_user("ana", "social_worker", "correct horse 9", team="north", display_name="Ana Lima")
    other = acc.add_user("ben", "social_worker", "correct horse 9", team="north")
    records = Records(store)
    d = records.create(ana, "notes", "home_visit", "## Purpose\nDrafted.", dict(PROVENANCE, model="mock/e"))
    records.add_version(ana, d.id, "## Purpose\nDrafted, then checked with Ana.")
    text = as_text(records.export(ana, d.id, "text"))
    assert text.startswith("Purpose\nDrafted, then checked with Ana.\n\n")
    assert text.rstrip().endswith("model mock/e, prompt home_visit v3 (ab12cd34ef56); then checked and edited by Ana Lima.")
    with pytest.raises(AccessDenied):
        records.export(other, d.id, "docx")
    exports = store.audit_entries(action="export")
    assert [(e.actor, e.details["format"]) for e in exports] == [("ana", "text")]
