import pytest

from assistant.cli import main


@pytest.fixture
def cli(settings, capsys, monkeypatch):
    """Run `heard ARGS...` in-process against the test's data directory: (exit code, stdout, stderr)."""
    monkeypatch.setenv("HEARD_MODEL_CACHE_DIR", str(settings.model_cache_dir))

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(settings.data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err
    return run
