import sqlite3

import pytest

from assistant.storage import StorageError, Store


def test_versions_follow_the_model_draft(db_settings):
    store = Store(db_settings)
    saved = store.save_draft("notes", "home_visit", "model text", {"model": "mock/test"}, "case-1")
    assert [v.number for v in saved.versions] == [1]
    assert saved.versions[0].author == "mock/test"
    store.add_version(saved.id, "edited", author="social worker")
    store.add_version(saved.id, "edited again", author="social worker")
    versions = store.get_draft(saved.id).versions
    assert [(v.number, v.text) for v in versions] == [(1, "model text"), (2, "edited"), (3, "edited again")]


def test_drafts_of_one_case_share_it(db_settings):
    store = Store(db_settings)
    a = store.save_draft("n1", "home_visit", "t1", {}, "case-7")
    b = store.save_draft("n2", "supervision", "t2", {}, "case-7")
    assert a.case_id == b.case_id
    assert [d.id for d in store.drafts()] == [b.id, a.id]


def test_unknown_draft(db_settings):
    with pytest.raises(KeyError):
        Store(db_settings).add_version(999, "text", "someone")


def test_every_write_is_audited_with_its_change(db_settings):
    store = Store(db_settings)
    saved = store.save_draft("notes", "home_visit", "text", {"model": "mock/test", "template": "home_visit"},
                             "case-2", findings=[{"check": "x"}])
    store.add_version(saved.id, "edit", author="social worker")
    entries = list(reversed(store.audit_entries()))
    assert [(e.action, e.object_type) for e in entries] == [
        ("create", "case"), ("model_call", "draft"), ("draft", "draft"), ("edit", "draft")]
    assert entries[1].details["model"] == "mock/test" and entries[2].details["findings"] == 1
    assert all(e.actor in ("local", "social worker") for e in entries)


def test_a_failed_write_keeps_neither_the_change_nor_its_audit_entry(db_settings):
    store = Store(db_settings)
    saved = store.save_draft("notes", "home_visit", "text", {}, "case-3")
    head = store.verify_audit().head_seq
    with pytest.raises(ValueError), store.write() as s:
        from assistant.audit import append

        append(s, "local", "edit", "draft", saved.id)
        raise ValueError("half-way")
    assert store.verify_audit().head_seq == head and store.verify_audit().ok


def test_a_locked_database_is_a_clear_error_and_nothing_is_lost(settings):
    store = Store(settings.model_copy(update={"database_busy_seconds": 0.3}))
    saved = store.save_draft("notes", "home_visit", "text", {}, "case-4")
    holder = sqlite3.connect(settings.data_dir / "heard.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process holding the write lock
    try:
        with pytest.raises(StorageError, match="busy .*nothing was changed"):
            store.add_version(saved.id, "lost?", author="social worker")
    finally:
        holder.rollback()
        holder.close()
    store.add_version(saved.id, "after the lock", author="social worker")
    assert [v.text for v in store.get_draft(saved.id).versions] == ["text", "after the lock"]
