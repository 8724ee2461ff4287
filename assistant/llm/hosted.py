"""Backends on a server: `openai/<model>` (any OpenAI-compatible server: vLLM, llama.cpp server,
LM Studio, Azure OpenAI's v1 endpoint) and `ollama/<model>`. Both count as hosted: every call
to them passes the egress guard."""

from __future__ import annotations

from assistant.config import Settings
from assistant.errors import HeardError
from assistant.llm.registry import Backend, provider


@provider("openai")
def openai_backend(name: str, settings: Settings) -> Backend:
    from langchain_openai import ChatOpenAI

    if not (settings.openai_base_url or settings.openai_api_key):
        raise HeardError(
            f"openai/{name} needs a server: set HEARD_OPENAI_BASE_URL (and HEARD_OPENAI_API_KEY if it asks for one)"
        )
    chat = ChatOpenAI(
        model=name,
        base_url=settings.openai_base_url,
        # Local OpenAI-compatible servers accept any key; the client insists on one.
        api_key=settings.openai_api_key or "not-needed",
        timeout=settings.timeout,
        max_retries=1,
        temperature=settings.temperature,
        max_completion_tokens=settings.max_new_tokens,
    )
    where = settings.openai_base_url or "api.openai.com"
    return Backend(f"openai/{name}", chat, hosted=True, context_window=settings.context_window or 8192,
                   description=f"OpenAI-compatible server at {where}")


@provider("ollama")
def ollama_backend(name: str, settings: Settings) -> Backend:
    from langchain_ollama import ChatOllama

    chat = ChatOllama(
        model=name,
        base_url=settings.ollama_base_url,
        temperature=settings.temperature,
        num_predict=settings.max_new_tokens,
        client_kwargs={"timeout": settings.timeout},
    )
    return Backend(f"ollama/{name}", chat, hosted=True, context_window=settings.context_window or 8192,
                   description=f"Ollama at {settings.ollama_base_url}")
