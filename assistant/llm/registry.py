"""Model backends chosen by `provider/name`, registered by name with a decorator.

Factories import their heavy dependencies inside, so `heard --help` stays fast and a missing
optional extra gives a clear error only when that provider is chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from langchain_core.language_models import BaseChatModel

from assistant.config import Settings
from assistant.errors import HeardError

Factory = Callable[[str, Settings], "Backend"]
_PROVIDERS: dict[str, Factory] = {}


def approx_tokens(text: str) -> int:
    """A conservative token estimate (about 3.5 characters a token for English)."""
    return int(len(text) / 3.5) + 1


@dataclass
class Backend:
    """A chat model and what the pipeline needs to know about it."""

    model_id: str
    chat: BaseChatModel
    hosted: bool
    context_window: int
    description: str = ""
    count_tokens: Callable[[str], int] = field(default=approx_tokens)


def provider(name: str) -> Callable[[Factory], Factory]:
    """Register a backend factory for model ids `name/...`."""

    def register(factory: Factory) -> Factory:
        _PROVIDERS[name] = factory
        return factory

    return register


def providers() -> list[str]:
    _load_builtin()
    return sorted(_PROVIDERS)


def resolve(model_id: str, settings: Settings) -> Backend:
    """Build the backend for `provider/name`, e.g. `local/smollm2-135m` or `ollama/llama3.1`."""
    _load_builtin()
    prefix, sep, name = model_id.partition("/")
    if not sep or not name:
        raise HeardError(f"model must be PROVIDER/NAME, got {model_id!r}")
    if prefix not in _PROVIDERS:
        raise HeardError(
            f"unknown model provider {prefix!r} in {model_id!r} (known: {', '.join(providers())})"
        )
    return _PROVIDERS[prefix](name, settings)


def _load_builtin() -> None:
    # Importing the modules runs their @provider decorators; they import nothing heavy at top level.
    from assistant.llm import hosted, local, mock  # noqa: F401
