"""The real Presidio analyzer on the embedded spaCy pipeline."""

import socket

import pytest

from redaction import Vault


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("redaction tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.parametrize("text, secrets", [
    ("Visited Ayesha Khan at home with her mum.", ["Ayesha", "Khan"]),
    ("Spoke to Tomasz Kowalski about school. tomasz was quiet.", ["Tomasz", "Kowalski", "tomasz"]),
    ("NHS number 943 476 5919 checked.", ["943 476 5919"]),
    ("Email mum on grace.okafor@example.org", ["grace.okafor@example.org"]),
    ("NI number JG 10 37 22 B given.", ["JG 10 37 22 B"]),
])
def test_identifiers_are_replaced(redactor, no_network, text, secrets):
    result = redactor.redact(text)
    for secret in secrets:
        assert secret not in result.text
    assert result.vault.restore(result.text).casefold() == text.casefold()


def test_spans_index_the_input_and_placeholders_are_consistent(redactor, no_network):
    text = "Ayesha Khan said hello. Later Ayesha Khan went to bed."
    result = redactor.redact(text)
    people = [e for e in result.entities if e.type == "PERSON"]
    assert [text[e.start:e.end] for e in people] == ["Ayesha Khan", "Ayesha Khan"]
    assert people[0].placeholder == people[1].placeholder


def test_a_shared_vault_keeps_placeholders_across_texts(redactor):
    vault = Vault()
    first = redactor.redact("Grace Okafor attended.", vault)
    second = redactor.redact("Later, Grace Okafor phoned.", vault)
    assert first.entities[0].placeholder == second.entities[0].placeholder


def test_visit_details_stay(redactor):
    text = "Home visit on 14 November. The child is 9 and lives with mum and her older brother."
    assert redactor.redact(text).text == text


@pytest.mark.parametrize("text, kept, gone", [
    ("Mum said things are calmer.", "Mum said", None),
    ("Spoke with mum Fatima Khan today.", "mum", "Fatima"),
    ("Dad Tomasz Nowak was at work.", "Dad", "Tomasz"),
])
def test_relationship_words_stay_while_names_go(redactor, text, kept, gone):
    out = redactor.redact(text).text
    assert kept in out
    assert gone is None or gone not in out
