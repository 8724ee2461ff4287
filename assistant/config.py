"""One settings object for heard, layered: defaults, the deployment's TOML file, the choices an
admin saved in the app, `HEARD_*` environment variables, CLI flags (later layers win).

The deployment's TOML file is `$HEARD_CONFIG` if set, else `~/.config/heard/config.toml` if it
exists. The app's Settings page saves to `<data_dir>/settings.toml` (only the keys in
`APP_EDITABLE`), so a choice made in the app survives a restart yet an environment variable
still wins. Every piece of state lives under `data_dir`; tests point it at `tmp_path`.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_MODEL = "local/smollm2-135m"
APP_SETTINGS_FILE = "settings.toml"
# What an admin may change from the app at run time. Paths and the database are fixed when the
# server starts; secrets (API keys, the vault key) never go through a page or this file.
APP_EDITABLE = ("model", "ollama_base_url", "openai_base_url", "timeout", "temperature",
                "max_new_tokens", "redaction_policy")


def _default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "heard"


def config_file() -> Path:
    """Where the TOML settings file is looked for."""
    return Path(os.environ.get("HEARD_CONFIG") or Path.home() / ".config" / "heard" / "config.toml")


class Settings(BaseSettings):
    """Everything heard can be configured with. Unset paths are derived from `data_dir`."""

    model_config = SettingsConfigDict(env_prefix="HEARD_", extra="ignore")

    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    chroma_path: Path | None = None
    model_cache_dir: Path | None = None

    model: str = DEFAULT_MODEL
    openai_base_url: str | None = None
    openai_api_key: str | None = None
    ollama_base_url: str = "http://localhost:11434"
    timeout: float = Field(120.0, gt=0, description="seconds before a model call is abandoned")
    max_new_tokens: int = Field(600, gt=0)
    temperature: float = Field(0.2, ge=0)
    context_window: int | None = Field(None, description="override the backend's context size")
    local_dtype: Literal["auto", "float32", "bfloat16"] = "auto"

    redaction_policy: Literal["pseudonymise", "allow_raw_local"] = "pseudonymise"
    redaction_score: float = Field(0.4, ge=0, le=1, description="Presidio score to accept")
    vault_key: SecretStr | None = Field(None, description="Fernet key for vaults at rest; else a key file")
    guidance_passages: int = Field(3, ge=0)
    max_notes_bytes: int = 1_000_000

    database_busy_seconds: float = Field(30.0, gt=0, description="how long a write waits for a locked SQLite database")
    session_minutes: int = Field(30, gt=0, description="a signed-in session ends after this long idle")
    login_max_failures: int = Field(5, gt=0, description="failed sign-ins for one username before a pause")
    login_window_minutes: int = Field(15, gt=0, description="how long failed sign-ins count (and the pause)")

    judge_model: str | None = Field(None, description="PROVIDER/NAME of the LLM judge; None = off")
    judge_attempts: int = Field(3, ge=1, description="tries before a rubric is recorded as unscorable")

    @model_validator(mode="after")
    def _derive_paths(self) -> Settings:
        self.data_dir = self.data_dir.expanduser()
        if self.database_url is None:
            self.database_url = f"sqlite:///{self.data_dir / 'heard.db'}"
        self.chroma_path = (self.chroma_path or self.data_dir / "chroma").expanduser()
        self.model_cache_dir = (self.model_cache_dir or self.data_dir / "models").expanduser()
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Earlier sources win: CLI flags (init) > environment > app-saved file > TOML file > defaults.
        deployment = TomlConfigSettingsSource(settings_cls, config_file())
        return (init_settings, env_settings, _AppSettingsSource(settings_cls, init_settings, deployment),
                deployment)

    def ensure_dirs(self) -> None:
        """Create the data directory (called by commands that write state, not on import)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)


def load_settings(**overrides: object) -> Settings:
    """Build settings with CLI-flag overrides; `None` values mean "flag not given"."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})


def app_settings_file(data_dir: Path) -> Path:
    """Where the app's Settings page keeps an admin's choices."""
    return Path(data_dir).expanduser() / APP_SETTINGS_FILE


def read_app_settings(data_dir: Path) -> dict[str, Any]:
    """The choices saved from the app (only `APP_EDITABLE` keys); {} when there are none.

    Raises ValueError naming the file when it is not valid TOML.
    """
    path = app_settings_file(data_dir)
    try:
        with path.open("rb") as f:
            saved = tomllib.load(f)
    except FileNotFoundError:
        return {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path} is not valid TOML ({exc}): fix or delete it") from None
    return {k: v for k, v in saved.items() if k in APP_EDITABLE}


def write_app_settings(data_dir: Path, values: dict[str, Any]) -> Path:
    """Replace the saved choices with `values` (validated first; None removes a key).

    The file is written beside its final place and renamed over it, so a crash leaves the old
    choices or the new ones, never half a file. Raises ValueError for an unknown key or a value
    `Settings` would refuse.
    """
    unknown = sorted(set(values) - set(APP_EDITABLE))
    if unknown:
        raise ValueError(f"cannot be changed from the app: {', '.join(unknown)}")
    kept = {k: v for k, v in values.items() if v is not None}
    Settings.model_validate({"data_dir": data_dir, **kept})  # refuse what would not load later
    path = app_settings_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Saved by heard's Settings page. HEARD_* environment variables still win."]
    lines += [f"{k} = {_toml_value(kept[k])}" for k in APP_EDITABLE if k in kept]
    partial = path.with_suffix(".toml.tmp")
    partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
    partial.replace(path)
    return path


def save_app_settings(store: Any, changes: dict[str, Any], by: Any) -> dict[str, list[Any]]:
    """An admin's changes from the app: merged into the saved choices, written, and audited (an
    `edit` of object `settings`, with each changed key's old and new value; URLs without any
    user or password). Returns {key: [old, new]} for what actually changed ({} for nothing).

    Raises AccessDenied (audited) for anyone but an admin, ValueError for a value heard refuses.
    """
    from assistant.access import AccessDenied
    from assistant.audit import append

    data_dir = store.settings.data_dir
    if by.role != "admin":
        store.audit(by.username, "denied", "settings", APP_SETTINGS_FILE, {"operation": "change"})
        raise AccessDenied(f"{by.username} cannot change settings: only an admin can")
    saved = read_app_settings(data_dir)
    effective = Settings(data_dir=data_dir).model_dump()  # fresh: the store's copy may be old
    changed = {k: [effective.get(k), v] for k, v in changes.items() if v != effective.get(k)}
    if not changed:
        return {}
    try:
        with store.write() as s:  # the entry is kept only if the file was written, and the other way round
            append(s, by.username, "edit", "settings", APP_SETTINGS_FILE,
                   {"changed": {k: [_loggable(k, old), _loggable(k, new)] for k, (old, new) in changed.items()}})
            write_app_settings(data_dir, {**saved, **{k: new for k, (_, new) in changed.items()}})
    except Exception:
        if read_app_settings(data_dir) != saved:
            write_app_settings(data_dir, saved)
        raise
    return changed


def _loggable(key: str, value: Any) -> Any:
    if key.endswith("_url") and isinstance(value, str) and "@" in value:
        scheme, _, rest = value.partition("://")
        return f"{scheme}://{rest.rpartition('@')[2]}"
    return value


def env_overrides(keys: tuple[str, ...] = APP_EDITABLE) -> dict[str, str]:
    """{key: variable} for the settings a `HEARD_*` environment variable fixes (it wins over the app)."""
    set_vars = {k.upper() for k in os.environ}
    return {k: f"HEARD_{k.upper()}" for k in keys if f"HEARD_{k.upper()}" in set_vars}


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=True)  # a JSON string is a TOML basic string


class _AppSettingsSource(PydanticBaseSettingsSource):
    """The app-saved file in the data directory. Which data directory is decided by the layers
    that may set it (flags, environment, the deployment's file), so it is read last of all."""

    def __init__(self, settings_cls: type[BaseSettings], init: PydanticBaseSettingsSource,
                 deployment: PydanticBaseSettingsSource) -> None:
        super().__init__(settings_cls)
        self.init, self.deployment = init, deployment

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # unused: __call__ reads the whole file

    def __call__(self) -> dict[str, Any]:
        data_dir = (getattr(self.init, "init_kwargs", {}).get("data_dir") or os.environ.get("HEARD_DATA_DIR")
                    or self.deployment().get("data_dir") or _default_data_dir())
        return read_app_settings(Path(data_dir))
