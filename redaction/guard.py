"""The egress guard: nothing identifying leaves for a hosted model."""

from __future__ import annotations

import re

from assistant.errors import HeardError
from redaction.vault import Vault


class EgressBlocked(HeardError):
    """An outbound payload still holds identifiers; the message names types, never values."""


def check_egress(payload: str, vault: Vault) -> None:
    """Refuse `payload` if any pseudonymised value appears in it, in any casing."""
    leaked = sorted({kind for kind, value in vault.values()
                     if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", payload, re.IGNORECASE)})
    if leaked:
        raise EgressBlocked(f"blocked a call to a hosted model: the text still holds {', '.join(leaked)}")
