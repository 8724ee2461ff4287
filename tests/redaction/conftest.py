"""Fixtures the redaction tests share: a Redactor per test module, and the texts it redacts as one type."""

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


@pytest.fixture(scope="module")
def find(redactor):
    """`find(text, kind)`: the redacted stretches of `text` of that entity type, in order."""
    def spans_of(text: str, kind: str) -> list[str]:
        return [text[s.start:s.end] for s in redactor.spans(text) if s.type == kind]
    return spans_of


@pytest.fixture(scope="module")
def names(redactor):
    """`names(text)`: the stretches of `text` redacted as people's names, in order."""
    return lambda text: [text[s.start:s.end] for s in redactor.spans(text) if s.type == "PERSON"]
