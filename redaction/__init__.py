"""Identifier detection, consistent reversible pseudonyms, and the egress guard."""

from redaction.guard import EgressBlocked, check_egress
from redaction.redactor import Entity, Redaction, Redactor, redact
from redaction.spans import Span
from redaction.vault import Vault

__all__ = ["EgressBlocked", "Entity", "Redaction", "Redactor", "Span", "Vault", "check_egress", "redact"]
