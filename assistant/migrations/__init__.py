"""The database's migrations (Alembic), run by `Store` on open: `upgrade(engine)` brings any heard
database to the newest schema.

A database made before migrations existed (by `create_all`: tables cases, notes, drafts and
draft_versions, with or without `cases.vault` and `draft_versions.findings`) has no
`alembic_version` table; it is stamped as the first revision, whose tables it has, and upgraded
from there, so its rows are kept.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect

_HERE = Path(__file__).resolve().parent
FIRST = "0001"
# Any 64-bit number that names heard's migration lock among PostgreSQL's advisory locks.
_PG_LOCK = 0x68656172640001


def upgrade(engine: Engine) -> None:
    """Migrate the database to the newest revision, one process at a time."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_HERE))
    # heard_write: on SQLite the transaction starts with BEGIN IMMEDIATE (see storage.py), which
    # makes a second process opening the same new database wait instead of migrating twice.
    with engine.execution_options(heard_write=True).begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
        config.attributes["connection"] = connection
        if _made_by_create_all(connection):
            command.stamp(config, FIRST)
        command.upgrade(config, "head")


def current(engine: Engine) -> str | None:
    """The database's revision (None for an empty or pre-migration database)."""
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head() -> str:
    """The newest revision shipped with this version of heard."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(_HERE))
    return ScriptDirectory.from_config(config).get_current_head()


def _made_by_create_all(connection: Connection) -> bool:
    tables = set(inspect(connection).get_table_names())
    return "alembic_version" not in tables and {"cases", "notes", "drafts", "draft_versions"} <= tables
