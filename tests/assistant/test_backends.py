"""Backends and the gateway: the mock, and the real OpenAI/Ollama clients against local servers
that are down, answer garbage, hang, or answer properly."""

from __future__ import annotations

import socket
import time

import pytest

from assistant.errors import BackendError, HeardError
from assistant.llm import call, mock, resolve
from redaction import EgressBlocked, Vault, check_egress
from tests.servers import Server, openai_stream, send

MESSAGES = [("system", "You write records."), ("user", "<notes>\nSaw [PERSON_1].\n</notes>")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(request):
    srv = Server(request.param)
    yield srv
    srv.close()


# ---- the mock provider ---------------------------------------------------------------------

def test_mock_replays_the_queue_and_records_what_it_was_sent(settings):
    mock.queue("test", "first reply", "second reply")
    backend = resolve("mock/test", settings)
    streamed: list[str] = []
    assert call(backend, MESSAGES, streamed.append) == "first reply"
    assert "".join(streamed) == "first reply"
    assert call(backend, MESSAGES) == "second reply"
    assert [m.content for m in mock.sent("test")[0]] == [text for _, text in MESSAGES]


def test_mock_default_reply_echoes_the_notes_under_the_headings(settings):
    reply = call(resolve("mock/test", settings), [("user", "## Purpose\n## Actions\n<notes>\nSaw X.\n</notes>")])
    assert reply == "## Purpose\nSaw X.\n\n## Actions\nNot recorded in the notes."


def test_a_failing_model_is_one_line_naming_the_backend(settings):
    mock.queue("test", RuntimeError("boom\nwith a second line"))
    with pytest.raises(BackendError, match=r"^mock/test: unusable answer .*boom$"):
        call(resolve("mock/test", settings), MESSAGES)


def test_an_empty_reply_is_an_error(settings):
    mock.queue("test", "   ")
    with pytest.raises(BackendError, match="empty reply"):
        call(resolve("mock/test", settings), MESSAGES)


def test_hosted_calls_pass_the_egress_guard_before_anything_is_sent(settings):
    vault = Vault()
    vault.placeholder("PERSON", "Ayesha")
    backend = resolve("mock/hosted-x", settings)
    with pytest.raises(EgressBlocked, match="PERSON"):
        call(backend, [("user", "Saw ayesha today")], guard=lambda text: check_egress(text, vault))
    assert mock.sent("hosted-x") == []
    assert call(backend, MESSAGES, guard=lambda text: check_egress(text, vault))


@pytest.mark.parametrize("model_id, reason", [
    ("smollm2", "PROVIDER/NAME"),
    ("nope/x", "unknown model provider 'nope'"),
    ("local/does-not-exist.gguf", "local model not found"),
    ("openai/gpt-4o-mini", "HEARD_OPENAI_BASE_URL"),
])
def test_bad_model_ids(settings, model_id, reason):
    with pytest.raises(HeardError, match=reason):
        resolve(model_id, settings)


# ---- real clients against local servers ----------------------------------------------------

@pytest.mark.parametrize("server", [openai_stream], indirect=True)
def test_openai_compatible_server_streams_a_reply(settings, server):
    settings.openai_base_url = server.url + "/v1"
    streamed: list[str] = []
    reply = call(resolve("openai/local-test", settings), MESSAGES, streamed.append)
    assert reply == "## Purpose\nVisit to [PERSON_1]."
    assert len(streamed) == 3
    assert server.requests[0]["messages"][1]["content"] == MESSAGES[1][1]


def test_server_down_is_a_quick_one_line_error(settings):
    settings.openai_base_url = f"http://127.0.0.1:{free_port()}/v1"
    started = time.monotonic()
    with pytest.raises(BackendError, match=r"^openai/x: cannot reach the server"):
        call(resolve("openai/x", settings), MESSAGES)
    assert time.monotonic() - started < 30


def test_ollama_down_names_the_backend(settings):
    settings.ollama_base_url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(BackendError, match=r"^ollama/llama3.1: cannot reach the server"):
        call(resolve("ollama/llama3.1", settings), MESSAGES)


@pytest.mark.parametrize("server", [
    lambda h, body: send(h, 200, b"<html>this is not an API</html>", "text/html"),
    lambda h, body: send(h, 200, b'{"surprise": true}'),
    lambda h, body: send(h, 500, b'{"error": {"message": "model exploded"}}'),
], indirect=True)
def test_garbage_answers_are_one_line_errors(settings, server):
    settings.openai_base_url = server.url + "/v1"
    with pytest.raises(BackendError, match=r"^openai/x: ") as err:
        call(resolve("openai/x", settings), MESSAGES)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("server", [lambda h, body: time.sleep(5)], indirect=True)
def test_a_hanging_server_times_out(settings, server):
    settings.openai_base_url = server.url + "/v1"
    settings.timeout = 0.5
    started = time.monotonic()
    with pytest.raises(BackendError, match="timed out"):
        call(resolve("openai/x", settings), MESSAGES, timeout=settings.timeout)
    assert time.monotonic() - started < 4.5
