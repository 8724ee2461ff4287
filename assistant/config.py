"""One settings object for heard, layered: defaults, TOML file, `HEARD_*` environment, CLI flags.

The TOML file is `$HEARD_CONFIG` if set, else `~/.config/heard/config.toml` if it exists. Every
piece of state lives under `data_dir`; tests point it at `tmp_path`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_MODEL = "local/smollm2-135m"


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
        # Earlier sources win: CLI flags (init) > environment > TOML file > defaults.
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, config_file()))

    def ensure_dirs(self) -> None:
        """Create the data directory (called by commands that write state, not on import)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)


def load_settings(**overrides: object) -> Settings:
    """Build settings with CLI-flag overrides; `None` values mean "flag not given"."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
