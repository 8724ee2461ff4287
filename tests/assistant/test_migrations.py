"""Migrations: a new database is built by them, and databases made by the old `create_all` are
brought up to date with their rows kept (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import (
    JSON, Column, DateTime, ForeignKey, Integer, LargeBinary, MetaData, String, Table, Text, UniqueConstraint,
    create_engine, inspect, text,
)

from assistant import migrations
from assistant.models import Base
from assistant.storage import Store


def old_schema(vault: bool, findings: bool) -> MetaData:
    """The tables as `create_all` made them before migrations: the walking skeleton had neither
    column, then `cases.vault` came, then `draft_versions.findings`."""
    meta = MetaData()
    Table("cases", meta, Column("id", Integer, primary_key=True), Column("reference", String(64), unique=True),
          *([Column("vault", LargeBinary)] if vault else []), Column("created_at", DateTime(timezone=True)))
    Table("notes", meta, Column("id", Integer, primary_key=True), Column("case_id", ForeignKey("cases.id")),
          Column("source", String(255)), Column("text", Text), Column("created_at", DateTime(timezone=True)))
    Table("drafts", meta, Column("id", Integer, primary_key=True), Column("case_id", ForeignKey("cases.id")),
          Column("note_id", ForeignKey("notes.id")), Column("record_type", String(64)),
          Column("status", String(16)), Column("created_at", DateTime(timezone=True)))
    Table("draft_versions", meta, Column("id", Integer, primary_key=True),
          Column("draft_id", ForeignKey("drafts.id")), Column("number", Integer), Column("author", String(64)),
          Column("text", Text), Column("provenance", JSON),
          *([Column("findings", JSON)] if findings else []), Column("created_at", DateTime(timezone=True)),
          UniqueConstraint("draft_id", "number"))
    return meta


def fill(url: str, meta: MetaData) -> None:
    """Two cases, three drafts, four versions, in an old-schema database (ids from the database's
    own sequences, as the old code made them: 1, 2, ...)."""
    engine = create_engine(url)
    meta.create_all(engine)
    at = datetime(2024, 11, 5, 10, 30, tzinfo=UTC)
    t = meta.tables
    with engine.begin() as c:
        c.execute(t["cases"].insert(), [{"reference": "LCS-001", "created_at": at},
                                        {"reference": "lcs-002", "created_at": at}])
        c.execute(t["notes"].insert(), [{"case_id": 1 + i % 2, "source": f"visit{i}.txt",
                                         "text": f"notes {i}: Dariusz said 'ok'", "created_at": at} for i in (1, 2, 3)])
        c.execute(t["drafts"].insert(), [{"case_id": 1 + i % 2, "note_id": i, "record_type": "home_visit",
                                          "status": "draft", "created_at": at} for i in (1, 2, 3)])
        c.execute(t["draft_versions"].insert(), [
            {"draft_id": d, "number": n, "author": "mock/test" if n == 1 else "social worker",
             "text": f"record {d}.{n}", "provenance": {"model": "mock/test"} if n == 1 else {}, "created_at": at}
            for d, n in ((1, 1), (1, 2), (2, 1), (3, 1))])
    engine.dispose()


@pytest.mark.parametrize(("vault", "findings"), [(False, False), (True, False), (True, True)],
                         ids=["skeleton", "with-vault", "with-findings"])
def test_an_old_create_all_database_is_upgraded_with_its_rows(db_settings, vault, findings):
    db_settings.ensure_dirs()
    fill(db_settings.database_url, old_schema(vault, findings))
    store = Store(db_settings)
    assert migrations.current(store.engine) == migrations.head()
    drafts = {d.id: d for d in store.drafts()}
    assert sorted(drafts) == [1, 2, 3]
    assert [(v.number, v.text, v.author) for v in drafts[1].versions] == \
        [(1, "record 1.1", "mock/test"), (2, "record 1.2", "social worker")]
    assert drafts[1].versions[0].provenance == {"model": "mock/test"}
    assert drafts[2].case.reference == "LCS-001" and drafts[3].case.reference == "lcs-002"
    assert drafts[2].note.text == "notes 2: Dariusz said 'ok'"
    assert all(v.findings in ([], None) for d in drafts.values() for v in d.versions)
    assert all(d.owner_id is None and d.team is None and d.case.vault is None for d in drafts.values())
    assert all(d.updated_at == d.created_at for d in drafts.values())
    # The old rows take part in what came after them.
    store.add_version(1, "an edit after the upgrade", author="social worker")
    assert [v.number for v in store.get_draft(1).versions] == [1, 2, 3]
    new = store.save_draft("new notes", "home_visit", "new text", {"model": "mock/test"}, "LCS-001")
    assert new.case_id == 1 and new.id == 4
    assert store.verify_audit().ok and store.verify_audit().checked == 3


def test_a_new_database_matches_the_models(db_settings):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    store = Store(db_settings)
    with store.engine.connect() as c:
        differences = compare_metadata(MigrationContext.configure(c), Base.metadata)
    assert differences == []


def test_opening_again_changes_nothing(db_settings):
    first = Store(db_settings)
    first.save_draft("n", "home_visit", "t", {}, "C-1")
    with first.engine.connect() as c:
        tables = sorted(inspect(c).get_table_names())
        before = c.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    second = Store(db_settings)
    with second.engine.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == before == ["0003"]
        assert sorted(inspect(c).get_table_names()) == tables
    assert len(second.drafts()) == 1


def test_an_unreachable_database_is_a_clear_error(settings):
    from assistant.storage import StorageError

    down = settings.model_copy(update={"database_url": "postgresql+psycopg://heard:secret@127.0.0.1:1/heard"})
    with pytest.raises(StorageError, match="cannot open: the database at .*127.0.0.1:1.* is not reachable") as caught:
        Store(down)
    assert "secret" not in str(caught.value)
