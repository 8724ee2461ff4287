"""Pseudonymise text: identifiers become consistent placeholders recorded in a vault."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from redaction.detector import detect_many, detect_unredacted
from redaction.spans import Span, merge
from redaction.vault import PLACEHOLDER, Vault


@dataclass(frozen=True)
class Entity:
    """One replaced identifier: `start`/`end` index the input text."""

    start: int
    end: int
    type: str
    placeholder: str


@dataclass
class Redaction:
    text: str
    entities: list[Entity]
    vault: Vault = field(repr=False)

    def counts(self) -> dict[str, int]:
        """Mentions replaced, by entity type."""
        out: dict[str, int] = {}
        for e in self.entities:
            out[e.type] = out.get(e.type, 0) + 1
        return out


class Redactor:
    """Finds identifiers and replaces them, sharing one vault across calls when given one."""

    def __init__(self, score: float = 0.4) -> None:
        self.score = score

    def spans(self, text: str) -> list[Span]:
        return self.spans_many([text])[0]

    def spans_many(self, texts: Iterable[str]) -> list[list[Span]]:
        """Identifier spans for each text, one spaCy pass over them all."""
        return list(detect_many(texts, self.score))

    def redact(self, text: str, vault: Vault | None = None) -> Redaction:
        return self.redact_many([text], vault)[0]

    def redact_many(self, texts: Iterable[str], vault: Vault | None = None) -> list[Redaction]:
        """Pseudonymise texts of one case: one vault, so a person keeps one placeholder."""
        vault = vault if vault is not None else Vault()
        texts = list(texts)
        return [self._replace(text, spans, vault) for text, spans in zip(texts, self.spans_many(texts), strict=True)]

    def tighten(self, text: str, vault: Vault) -> str:
        """For a hosted model: also redact what the detector finds in the pseudonymised text
        (placeholders blanked) and every remaining mention of a vault value, even as an ordinary
        word ("I hope" when Hope is in the case), so the egress guard has nothing left to block."""
        masked = PLACEHOLDER.sub(lambda m: " " * len(m.group()), text)
        for span in reversed(merge(detect_unredacted(text, self.score) + vault.mentions(masked))):
            text = text[:span.start] + vault.placeholder(span.type, text[span.start:span.end]) + text[span.end:]
        return text

    @staticmethod
    def _replace(text: str, spans: list[Span], vault: Vault) -> Redaction:
        spans = merge(spans + vault.mentions(text))
        pieces, entities, cursor = [], [], 0
        for span in spans:
            tag = vault.placeholder(span.type, text[span.start:span.end])
            pieces += [text[cursor:span.start], tag]
            entities.append(Entity(span.start, span.end, span.type, tag))
            cursor = span.end
        pieces.append(text[cursor:])
        return Redaction("".join(pieces), entities, vault)


def redact(text: str, vault: Vault | None = None) -> Redaction:
    """Pseudonymise `text` with the default detector."""
    return Redactor().redact(text, vault)
