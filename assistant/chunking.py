"""Splitting notes that do not fit a model's context window, without losing a character."""

from __future__ import annotations

import re
from collections.abc import Callable


def split_to_fit(text: str, max_tokens: int, count: Callable[[str], int]) -> list[str]:
    """Consecutive pieces of `text`, each within `max_tokens`, cut at the largest boundary that
    allows it (paragraph, line, sentence, then word). Joined back, they are `text` exactly."""
    if count(text) <= max_tokens:
        return [text]
    chunks, current = [], ""
    for piece in _pieces(text, max_tokens, count):
        if current and count(current + piece) > max_tokens:
            chunks.append(current)
            current = ""
        current += piece
    return chunks + ([current] if current else [])


_BOUNDARIES = (r"(?<=\n\n)", r"(?<=\n)", r"(?<=[.!?])(?=\s)", r"(?<=\s)")


def _pieces(text: str, max_tokens: int, count: Callable[[str], int], level: int = 0) -> list[str]:
    if count(text) <= max_tokens:
        return [text]
    if level == len(_BOUNDARIES):  # one enormous "word": cut it by characters
        size = max(1, len(text) * max_tokens // count(text))
        return [text[i:i + size] for i in range(0, len(text), size)]
    out = []
    for part in re.split(_BOUNDARIES[level], text):
        out.extend(_pieces(part, max_tokens, count, level + 1) if part else [])
    return out
