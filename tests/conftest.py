"""Shared fixtures: every test gets its own data directory and a clean mock provider."""

from __future__ import annotations

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
