"""The drafting pipeline with the mock model, the real redactor and the real Chroma index."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from assistant.config import Settings
from assistant.errors import BackendError, HeardError
from assistant.knowledge import KnowledgeBase
from assistant.llm import mock
from assistant.pipeline import draft
from assistant.storage import Draft, Store

NOTES = """Home visit 14 Nov. Present: Ayesha Khan (9), mum Fatima Khan.
Saw Ayesha alone in her bedroom. She said "I like my new school".
Mum said things are calmer. NHS 943 476 5919."""
NAMES = ["Ayesha", "Fatima", "Khan", "943 476 5919"]


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory):
    return KnowledgeBase(Settings(data_dir=tmp_path_factory.mktemp("kb")))


@pytest.fixture
def run(settings, knowledge):
    def go(notes=NOTES, record_type="home_visit", **kw):
        return draft(notes, record_type, settings, knowledge=knowledge, **kw)
    return go


def drafts_stored(settings) -> int:
    with Store(settings).session() as s:
        return s.scalar(select(func.count()).select_from(Draft))


def test_the_model_sees_placeholders_and_the_record_gets_names_back(run, settings):
    mock.queue("test", "## Purpose\nVisit to [PERSON_1]; [Person 2] was there.")
    result = run()
    assert not any(name in result.sent for name in NAMES)
    assert "[PERSON_1]" in result.sent
    sent_to_model = "\n".join(str(m.content) for m in mock.sent("test")[0])
    assert sent_to_model in result.sent.replace("[system]\n", "").replace("\n\n[user]\n", "\n")
    assert "Ayesha Khan" in result.text and "[PERSON" not in result.text


def test_provenance_is_complete_and_the_draft_is_stored(run, settings):
    result = run(case_reference="LCS-1234", source="visit.txt")
    p = result.provenance
    assert p["model"] == "mock/test"
    assert (p["template"], p["template_version"]) == ("home_visit", "1.0.0")
    assert len(p["template_hash"]) == 16
    assert len(p["guidance"]) == settings.guidance_passages
    assert p["redaction"]["distinct"]["PERSON"] >= 2 and p["redaction"]["distinct"]["UK_NHS"] == 1
    assert set(p["timings"]) == {"redaction_s", "retrieval_s", "generation_s", "review_s", "total_s"}
    stored = Store(settings).get_draft(result.draft_id)
    assert stored.case.reference == "LCS-1234"
    assert stored.note.text == NOTES
    assert stored.versions[0].text == result.text and stored.versions[0].provenance == p
    assert stored.versions[0].findings == result.findings


def test_every_draft_is_reviewed_against_its_notes(run):
    """The mock echoes the notes under the first heading and leaves the rest "not recorded":
    the review must see the sections, and cite the notes for the echoed sentences."""
    mock.queue("test", "## Purpose\nA visit.\n\n## Actions\n- Refer to the school nurse.")
    result = run()
    checks = {f["check"] for f in result.findings}
    assert "structure.missing_section" in checks and "structure.action_incomplete" in checks
    assert result.scores["overall"] < 100
    assert all(f["span"] is None or result.text[f["span"][0]:f["span"][1]] for f in result.findings)


def test_guidance_is_retrieved_into_the_prompt(run):
    result = run(record_type="child_protection_visit")
    assert any(pid.startswith("record-child-protection-visit") for pid in result.provenance["guidance"])
    assert "Practice guidance:" in result.sent


def test_a_failed_model_call_stores_nothing(run, settings):
    before = drafts_stored(settings)
    mock.queue("test", ConnectionError("connection refused"))
    with pytest.raises(BackendError, match="mock/test"):
        run()
    assert drafts_stored(settings) == before


@pytest.mark.parametrize("notes, record_type, reason", [
    ("   \n", "home_visit", "notes are empty"),
    ("Saw the child.", "court_report", "unknown record type"),
])
def test_bad_input_is_refused_before_the_model(run, notes, record_type, reason):
    with pytest.raises(HeardError, match=reason):
        run(notes=notes, record_type=record_type)
    assert mock.sent("test") == []


def test_long_notes_are_split_and_combined_not_truncated(settings, knowledge):
    settings.context_window, settings.max_new_tokens = 1600, 100
    notes = "".join(f"Line {i}: the child showed me her drawing of the garden.\n" for i in range(400))
    result = draft(notes, "home_visit", settings, knowledge=knowledge)
    p = result.provenance
    assert p["parts"] > 1 and p["calls"] > p["parts"]
    assert all(f"Line {i}:" in result.sent for i in range(400))
    assert "Combine them into one record" in result.sent


def test_a_window_too_small_for_the_prompt_is_a_clear_error(settings, knowledge):
    settings.context_window = 300
    with pytest.raises(HeardError, match="context window of 300 tokens is too small"):
        draft(NOTES * 20, "home_visit", settings, knowledge=knowledge)


def test_raw_text_only_when_allowed_and_only_to_a_local_model(settings, knowledge):
    settings.redaction_policy = "allow_raw_local"
    assert "Ayesha" in draft(NOTES, "home_visit", settings, knowledge=knowledge).sent
    hosted = draft(NOTES, "home_visit", settings, model="mock/hosted-x", knowledge=knowledge)
    assert "Ayesha" not in hosted.sent


def test_a_case_keeps_its_placeholders_across_notes_and_stores_the_vault_encrypted(settings, knowledge):
    first = draft("Visited Ayesha Khan at home.", "home_visit", settings, knowledge=knowledge,
                  case_reference="LCS-77")
    second = draft("Phoned Tomasz Nowak, then saw Ayesha Khan at school.", "home_visit", settings,
                   knowledge=knowledge, case_reference="LCS-77")
    assert "[PERSON_1]" in first.sent and "[PERSON_1]" in second.sent
    assert "[PERSON_2]" in second.sent and "Ayesha" not in second.sent
    import sqlite3

    raw = sqlite3.connect(settings.database_url.removeprefix("sqlite:///")).execute(
        "select vault from cases where reference = 'LCS-77'").fetchone()[0]
    assert raw and b"Ayesha" not in raw and b"Tomasz" not in raw
    assert Store(settings).case_vault("LCS-77").restore("[PERSON_2]") == "Tomasz Nowak"


def test_a_wrong_vault_key_is_a_clear_error(settings, knowledge):
    draft("Visited Ayesha Khan at home.", "home_visit", settings, knowledge=knowledge, case_reference="C-1")
    from pydantic import SecretStr
    from cryptography.fernet import Fernet

    settings.vault_key = SecretStr(Fernet.generate_key().decode())
    with pytest.raises(HeardError, match="wrong vault key"):
        draft("Saw Ayesha again.", "home_visit", settings, knowledge=knowledge, case_reference="C-1")
