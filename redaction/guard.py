"""The egress guard: nothing identifying leaves for a hosted model.

Every outbound payload is searched for each value in the vault (any casing), and the notes in it
(the `<notes>` blocks: the prompt around them is heard's own text) are run through the detector
again; anything found blocks the call, and the error names entity types, never values.
"""

from __future__ import annotations

import re

from assistant.errors import HeardError
from redaction.vault import Vault

_NOTES = re.compile(r"<notes>(.*?)</notes>", re.S)


class EgressBlocked(HeardError):
    """An outbound payload still holds identifiers; the message names types, never values."""


def check_egress(payload: str, vault: Vault, rescan: bool = True) -> None:
    """Refuse `payload` if it holds a pseudonymised value, or anything the detector finds."""
    leaked = {span.type for span in vault.mentions(payload)}
    if rescan:
        from redaction.detector import detect_unredacted

        for notes in _NOTES.findall(payload) or [payload]:
            leaked |= {span.type for span in detect_unredacted(notes)}
    if leaked:
        raise EgressBlocked(f"blocked a call to a hosted model: the text still holds {', '.join(sorted(leaked))}")
