"""Shared fixtures: every test gets its own data directory and a clean mock provider."""

from __future__ import annotations

import os
from contextlib import contextmanager

import pytest

from assistant.config import Settings
from assistant.llm import mock


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """No user config file or HEARD_* variable leaks into a test; the mock starts empty."""
    import os

    for name in list(os.environ):
        if name.startswith("HEARD_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HEARD_CONFIG", str(tmp_path / "no-such-config.toml"))
    mock.reset()
    yield
    mock.reset()


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory):
    """One converted copy of the embedded GGUF for the whole session (conversion takes ~15 s)."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture
def settings(tmp_path, model_cache) -> Settings:
    return Settings(data_dir=tmp_path / "data", model="mock/test", model_cache_dir=model_cache)


# The PostgreSQL server the storage tests also run against (`.ci/postgres.sh` starts one and
# prints this URL). Read at import: the `_isolated` fixture clears HEARD_* variables per test.
POSTGRES_URL = os.environ.get("HEARD_TEST_POSTGRES_URL")


@pytest.fixture(scope="session")
def _postgres_server():
    """An engine on the test server's maintenance database, or a skip saying why there is none."""
    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL: set HEARD_TEST_POSTGRES_URL (`.ci/postgres.sh` starts a server and prints it)")
    from sqlalchemy import create_engine, exc

    engine = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect():
            pass
    except exc.OperationalError as error:
        pytest.skip(f"PostgreSQL at {POSTGRES_URL} is not reachable: {str(error.orig).strip()[:200]}")
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_settings(request, settings):
    """The test's settings on SQLite (its data directory) or on a fresh PostgreSQL database."""
    with _database(request, settings) as fresh:
        yield fresh


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def module_db_settings(request, tmp_path_factory, model_cache):
    """As `db_settings`, shared by a module's tests (for worlds of users that are slow to hash)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in [n for n in os.environ if n.startswith("HEARD_")]:
            patch.delenv(name)
        data = tmp_path_factory.mktemp("db")
        patch.setenv("HEARD_CONFIG", str(data / "no-such-config.toml"))
        base = Settings(data_dir=data / "data", model="mock/test", model_cache_dir=model_cache)
        with _database(request, base) as fresh:
            yield fresh


@contextmanager
def _database(request, settings: Settings):
    if request.param == "sqlite":
        yield settings
        return
    import uuid

    server = request.getfixturevalue("_postgres_server")
    name = f"heard_t_{uuid.uuid4().hex[:12]}"
    with server.connect() as c:
        c.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = server.url.set(database=name).render_as_string(hide_password=False)
    try:
        yield settings.model_copy(update={"database_url": url})
    finally:
        with server.connect() as c:
            c.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
