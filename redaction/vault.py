"""Consistent, reversible pseudonyms: the same value always gets the same placeholder.

The vault maps `[PERSON_1]` back to the real text. It is kept per case, so a person keeps one
placeholder across notes and later prompts; at rest it is only ever stored encrypted (Fernet,
with the key from settings), and its repr never shows a value.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from redaction.spans import Span


PLACEHOLDER = re.compile(r"\[[A-Z][A-Z_]*_\d+\]")


class Vault:
    """Placeholder <-> original value, per entity type, case-insensitive on the value."""

    def __init__(self) -> None:
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counts: Counter[str] = Counter()

    def placeholder(self, entity_type: str, value: str) -> str:
        """The value's placeholder, the same for every casing of it; the vault keeps the best
        written form ("Ayesha" over "AYESHA" or "ayesha") to put back."""
        key = (entity_type, _normal(value))
        if not _mixed_case(value):  # "AYESHA" after "Ayesha Khan": put back "Ayesha"
            value = self._known_casing(value)
        if key not in self._by_value:
            self._counts[entity_type] += 1
            tag = f"[{entity_type}_{self._counts[entity_type]}]"
            self._by_value[key] = tag
            self._by_placeholder[tag] = value
        tag = self._by_value[key]
        if _mixed_case(value) and not _mixed_case(self._by_placeholder[tag]):
            self._by_placeholder[tag] = value
        return tag

    def _known_casing(self, value: str) -> str:
        words = {w.casefold(): w for v in self._by_placeholder.values() for w in v.split() if _mixed_case(w)}
        return " ".join(words.get(w.casefold(), w) for w in value.split())

    def values(self) -> list[tuple[str, str]]:
        """(entity type, original value) pairs: what must never leave unprotected."""
        return [(t, self._by_placeholder[p]) for (t, _), p in self._by_value.items()]

    def counts(self) -> dict[str, int]:
        """How many distinct values of each type were pseudonymised."""
        return dict(self._counts)

    def __repr__(self) -> str:
        return f"Vault({dict(self._counts)})"  # counts only: values never reach a log

    def encrypt(self, key: bytes) -> bytes:
        """The vault as an encrypted token for storage."""
        from cryptography.fernet import Fernet

        items = [[kind, self._by_placeholder[tag]] for (kind, _), tag in self._by_value.items()]
        return Fernet(key).encrypt(json.dumps(items).encode())

    @classmethod
    def decrypt(cls, token: bytes, key: bytes) -> Vault:
        """A vault from `encrypt`'s token; placeholders come back exactly as they were."""
        from cryptography.fernet import Fernet, InvalidToken

        from assistant.errors import HeardError

        try:
            items = json.loads(Fernet(key).decrypt(token))
        except (InvalidToken, ValueError):
            raise HeardError("cannot open the case's pseudonym vault: wrong vault key or damaged data") from None
        vault = cls()
        for kind, value in items:
            vault.placeholder(kind, value)
        return vault

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def mentions(self, text: str) -> list[Span]:
        """Where values already in the vault occur in `text` (any casing): what one note of a
        case has revealed is redacted in every other note, even where the detector misses it."""
        found = []
        for (kind, value), _tag in self._by_value.items():
            pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, value.split())) + r"(?!\w)"
            found += [Span(m.start(), m.end(), kind, 0.5) for m in re.finditer(pattern, text, re.IGNORECASE)]
        return found

    def restore(self, text: str) -> str:
        """Put the real values back, accepting placeholders as models tend to echo them:
        `[PERSON_1]`, `[Person 1]`, `PERSON_1`, `[person-1]`."""
        if not self._counts:
            return text
        types = sorted(self._counts, key=len, reverse=True)
        names = "|".join(re.escape(t).replace("_", "[_ -]") for t in types)
        loose = re.compile(rf"\[?\b({names})[_ -](\d+)\b\]?", re.IGNORECASE)

        def swap(match: re.Match[str]) -> str:
            kind = re.sub(r"[ -]", "_", match.group(1)).upper()
            return self._by_placeholder.get(f"[{kind}_{match.group(2)}]", match.group(0))

        return loose.sub(swap, text)


def _mixed_case(value: str) -> bool:
    return any(c.isupper() for c in value) and any(c.islower() for c in value)


def _normal(value: str) -> str:
    return " ".join(value.casefold().split())
