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


import pytest

from assistant import accounts
from assistant.access import AccessDenied
from assistant.accounts import Accounts
from assistant.config import (
    app_settings_file, env_overrides, read_app_settings, save_app_settings, write_app_settings,
)
from assistant.storage import Store


def test_the_apps_choices_beat_the_deployment_file_and_lose_to_the_environment(tmp_path, monkeypatch):
    data = tmp_path / "data"
    deployment = tmp_path / "config.toml"
    deployment.write_text(f'data_dir = "{data}"\nmodel = "ollama/from-file"\ntimeout = 60\n')
    monkeypatch.setenv("HEARD_CONFIG", str(deployment))
    write_app_settings(data, {"model": "openai/chosen-in-app", "redaction_policy": "allow_raw_local"})
    s = Settings()  # the data directory comes from the deployment's file, and so does the saved file
    assert (s.model, s.timeout, s.redaction_policy) == ("openai/chosen-in-app", 60, "allow_raw_local")
    monkeypatch.setenv("HEARD_MODEL", "mock/from-env")
    assert Settings().model == "mock/from-env" and env_overrides() == {"model": "HEARD_MODEL"}
    assert load_settings(model="mock/flag").model == "mock/flag"
    elsewhere = Settings(data_dir=tmp_path / "other")  # another data directory has its own choices
    assert elsewhere.redaction_policy == "pseudonymise"


@pytest.mark.parametrize("values, message", [
    ({"data_dir": "/elsewhere"}, "cannot be changed from the app: data_dir"),
    ({"openai_api_key": "sk-1"}, "cannot be changed from the app: openai_api_key"),
    ({"timeout": 0}, "greater than 0"),
    ({"redaction_policy": "none"}, "pseudonymise"),
])
def test_bad_choices_are_refused_and_nothing_is_written(tmp_path, values, message):
    with pytest.raises(ValueError, match=message):
        write_app_settings(tmp_path, values)
    assert not app_settings_file(tmp_path).exists()


def test_a_broken_settings_file_names_itself(tmp_path):
    app_settings_file(tmp_path).write_text("model = \n")
    with pytest.raises(ValueError, match="settings.toml is not valid TOML"):
        read_app_settings(tmp_path)


@pytest.fixture
def admin_store(settings, monkeypatch):
    monkeypatch.setattr(accounts, "_SCRYPT", {"n": 2**10, "r": 8, "p": 1})
    store = Store(Settings(data_dir=settings.data_dir))  # as the app opens it: no flags
    acc = Accounts(store)
    acc.add_user("root", "admin", "long enough 1")
    acc.add_user("kemi", "supervisor", "long enough 2", team="north")
    return store, acc.principal("root"), acc.principal("kemi")


def test_saving_from_the_app_persists_and_is_audited(admin_store):
    store, root, _ = admin_store
    data = store.settings.data_dir
    changed = save_app_settings(store, {"model": "ollama/llama3.1", "timeout": 45.0,
                                        "ollama_base_url": "http://user:secret@gpu-box:11434"}, by=root)
    assert changed == {"model": ["local/smollm2-135m", "ollama/llama3.1"], "timeout": [120.0, 45.0],
                       "ollama_base_url": ["http://localhost:11434", "http://user:secret@gpu-box:11434"]}
    again = Settings(data_dir=data)
    assert (again.model, again.timeout) == ("ollama/llama3.1", 45.0)
    entry = store.audit_entries(limit=1)[0]
    assert (entry.actor, entry.action, entry.object_type) == ("root", "edit", "settings")
    assert entry.details["changed"]["ollama_base_url"][1] == "http://gpu-box:11434"  # no password in the log
    assert "secret" not in str(entry.details)
    # Saving the same again changes nothing and writes nothing to the log.
    assert save_app_settings(store, {"model": "ollama/llama3.1"}, by=root) == {}
    assert store.audit_entries(limit=1)[0].seq == entry.seq
    # A later change keeps the earlier ones.
    save_app_settings(store, {"redaction_policy": "allow_raw_local"}, by=root)
    assert read_app_settings(data) == {"model": "ollama/llama3.1", "timeout": 45.0,
                                       "ollama_base_url": "http://user:secret@gpu-box:11434",
                                       "redaction_policy": "allow_raw_local"}
    assert store.verify_audit().ok


def test_only_an_admin_saves_settings_and_a_bad_value_changes_nothing(admin_store):
    store, root, kemi = admin_store
    with pytest.raises(AccessDenied, match="only an admin"):
        save_app_settings(store, {"model": "ollama/x"}, by=kemi)
    assert store.audit_entries(limit=1)[0].action == "denied"
    before = store.audit_entries(limit=1)[0].seq
    with pytest.raises(ValueError):
        save_app_settings(store, {"temperature": -1.0}, by=root)
    assert store.audit_entries(limit=1)[0].seq == before  # the entry was rolled back with the change
    assert not app_settings_file(store.settings.data_dir).exists()
