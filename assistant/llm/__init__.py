"""The LLM gateway: backends chosen by `provider/name`, one `call` for every model request."""

from assistant.llm.gateway import call, payload_text
from assistant.llm.registry import Backend, provider, providers, resolve

__all__ = ["Backend", "call", "payload_text", "provider", "providers", "resolve"]
