from pathlib import Path

from assistant.config import DEFAULT_MODEL, Settings, load_settings


def test_defaults_derive_every_path_from_the_data_dir(tmp_path):
    s = Settings(data_dir=tmp_path)
    assert s.model == DEFAULT_MODEL
    assert s.database_url == f"sqlite:///{tmp_path / 'heard.db'}"
    assert s.chroma_path == tmp_path / "chroma"
    assert s.model_cache_dir == tmp_path / "models"


def test_layers_file_then_environment_then_flags(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text('model = "ollama/from-file"\ntemperature = 0.7\nmax_new_tokens = 50\n')
    monkeypatch.setenv("HEARD_CONFIG", str(config))
    assert Settings().model == "ollama/from-file"

    monkeypatch.setenv("HEARD_MODEL", "openai/from-env")
    s = Settings()
    assert (s.model, s.temperature, s.max_new_tokens) == ("openai/from-env", 0.7, 50)

    flagged = load_settings(model="mock/from-flag", data_dir=None)
    assert flagged.model == "mock/from-flag"
    assert flagged.temperature == 0.7


def test_data_dir_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("HEARD_DATA_DIR", str(tmp_path / "elsewhere"))
    assert Settings().chroma_path == Path(tmp_path / "elsewhere" / "chroma")
