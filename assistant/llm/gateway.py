"""The one door every model call goes through: egress guard, streaming, one-line errors."""

from __future__ import annotations

import time
from collections.abc import Callable

from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from assistant.errors import BackendError, HeardError
from assistant.llm.registry import Backend

Messages = list[tuple[str, str]]
OnToken = Callable[[str], None]


def payload_text(messages: Messages) -> str:
    """Messages as one text: exactly what a model is sent, for display, the guard and provenance."""
    return "\n\n".join(f"[{role}]\n{text}" for role, text in messages)


def call(backend: Backend, messages: Messages, on_token: OnToken | None = None,
         guard: Callable[[str], None] | None = None, timeout: float = 120.0) -> str:
    """Send `messages`, stream the reply through `on_token`, return the whole reply.

    For a hosted backend, `guard` sees the outbound text first and may refuse it. Any failure of
    the backend becomes a BackendError with one line naming the backend.
    """
    if backend.hosted and guard is not None:
        guard(payload_text(messages))
    deadline = time.monotonic() + timeout
    parts: list[str] = []
    try:
        for chunk in backend.chat.stream(_to_langchain(messages)):
            piece = chunk.content if isinstance(chunk.content, str) else "".join(
                part.get("text", "") if isinstance(part, dict) else str(part) for part in chunk.content)
            parts.append(piece)
            if on_token and piece:
                on_token(piece)
            if time.monotonic() > deadline:
                raise BackendError(f"{backend.model_id}: no complete answer within {timeout:g} s")
    except HeardError:
        raise
    except Exception as exc:  # every client library has its own error zoo; name the backend
        raise BackendError(f"{backend.model_id}: {describe(exc, backend)}") from exc
    text = "".join(parts).strip()
    if not text:
        raise BackendError(f"{backend.model_id}: the model returned an empty reply")
    return text


def describe(exc: Exception, backend: Backend) -> str:
    """One line on what went wrong, without a traceback."""
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    if "Timeout" in name:
        return f"timed out ({backend.description})"
    if "Connect" in name or isinstance(exc, ConnectionError):
        return f"cannot reach the server ({backend.description})"
    if status is not None:
        return f"the server answered HTTP {status} ({backend.description})"
    first = (str(exc).strip().splitlines() or [""])[0][:200]
    return f"unusable answer from the server: {name}: {first}" if first else f"failed: {name}"


def _to_langchain(messages: Messages) -> list[BaseMessage]:
    return [SystemMessage(text) if role == "system" else HumanMessage(text) for role, text in messages]
