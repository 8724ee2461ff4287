"""`mock/<name>`: a real provider for tests that replays queued replies and records what it was sent.

    from assistant.llm import mock
    mock.queue("demo", "## Purpose\\nA reply", RuntimeError("server fell over"))
    ... draft with model "mock/demo" ...
    mock.sent("demo")  # every list of messages the model received

With an empty queue it answers deterministically from the prompt: each section heading it was
asked for, with the notes (as it received them, pseudonymised) under the first one.
A name starting with `hosted` (`mock/hosted-demo`) behaves as a hosted backend, so tests reach
the egress guard without a network.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict, deque
from collections.abc import Iterator
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from assistant.config import Settings
from assistant.llm.registry import Backend, approx_tokens, provider

_lock = threading.Lock()
_queues: dict[str, deque[str | BaseException]] = defaultdict(deque)
_sent: dict[str, list[list[BaseMessage]]] = defaultdict(list)


def queue(name: str, *replies: str | BaseException) -> None:
    """Queue replies for `mock/<name>`; an exception instance is raised instead of answering."""
    with _lock:
        _queues[name].extend(replies)


def sent(name: str) -> list[list[BaseMessage]]:
    """Every message list `mock/<name>` was sent, oldest first."""
    with _lock:
        return list(_sent[name])


def reset() -> None:
    with _lock:
        _queues.clear()
        _sent.clear()


def default_reply(messages: list[BaseMessage]) -> str:
    """A record-shaped echo of the prompt: the requested headings, the notes under the first."""
    prompt = "\n".join(str(m.content) for m in messages)
    notes = re.search(r"<notes>\n?(.*?)\n?</notes>", prompt, re.S)
    body = notes.group(1).strip() if notes else prompt.strip()
    headings = re.findall(r"^## (.+)$", prompt, re.M) or ["Record"]
    parts = [f"## {headings[0]}\n{body}"] + [f"## {h}\nNot recorded in the notes." for h in headings[1:]]
    return "\n\n".join(parts)


class MockChatModel(BaseChatModel):
    name: str = "mock"
    max_tokens: int | None = None  # like a real model, stop after this many (estimated) tokens

    @property
    def _llm_type(self) -> str:
        return "heard-mock"

    def _next_reply(self, messages: list[BaseMessage]) -> str:
        with _lock:
            _sent[self.name].append(list(messages))
            reply = _queues[self.name].popleft() if _queues[self.name] else None
        if isinstance(reply, BaseException):
            raise reply
        text = default_reply(messages) if reply is None else reply
        if self.max_tokens and approx_tokens(text) > self.max_tokens:
            text = text[: int(self.max_tokens * 3.5)]
        return text

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                  **kwargs: Any) -> ChatResult:
        text = self._next_reply(messages)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None,
                **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        text = self._next_reply(messages)
        for piece in re.findall(r"\S+\s*|\s+", text):
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece))


@provider("mock")
def mock_backend(name: str, settings: Settings) -> Backend:
    window = settings.context_window or 8192
    return Backend(f"mock/{name}", MockChatModel(name=name, max_tokens=settings.max_new_tokens), hosted=name.startswith("hosted"),
                   context_window=window,
                   description="replays queued replies (tests)")
