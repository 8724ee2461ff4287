"""The span shape every detector produces, and how overlapping spans are merged."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """An identifier found in a text: `text[start:end]` is of entity `type`."""

    start: int
    end: int
    type: str
    score: float = 1.0


def merge(spans: list[Span]) -> list[Span]:
    """Resolve overlaps: where spans overlap, keep one covering their union, typed by the
    longest (then strongest) of them: "Oakfield" inside "Oakfield Academy" is a school."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            prev = out[-1]
            best = max(prev, span, key=lambda s: (s.end - s.start, s.score))
            out[-1] = Span(prev.start, max(prev.end, span.end), best.type, best.score)
        else:
            out.append(span)
    return out
