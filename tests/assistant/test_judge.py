"""The optional LLM judge: JSON verdicts, retries, "unscorable" instead of a crash, redaction
before a hosted model, and the real embedded model answering (or failing) without harm."""

from __future__ import annotations

import json

import pytest

from assistant.judge import judge_record, parse
from assistant.llm import mock
from prompts import get_rubric, rubrics
from tests.servers import Server, openai_stream

NOTES = 'Seen Ayesha Khan (9) alone. ayesha said "I like my new school".'
RECORD = "## Child's views\nAyesha said “I like my new school”."


@pytest.mark.parametrize("reply, score", [
    ('{"score": 4, "reason": "faithful"}', 4),
    ('Sure! Here it is:\n```json\n{"score": "5", "reason": "ok"}\n```', 5),
    ('{"score": 9, "reason": "off the scale"}', None),
    ('{"score": 3.5}', None),
    ("I would give it a four.", None),
    ('{"score": true}', None),
    ("{not json}", None),
])
def test_parse_accepts_only_a_score_on_the_scale(reply, score):
    assert parse(reply, get_rubric("faithfulness"))[0] == score


def test_a_non_compliant_reply_is_retried_then_scored(settings):
    mock.queue("test", "no idea", '{"score": 4, "reason": "It follows the notes."}')
    [verdict] = judge_record(RECORD, NOTES, "mock/test", settings, only=["faithfulness"])
    assert (verdict["status"], verdict["score"], verdict["attempts"]) == ("scored", 4, 2)
    assert "JSON" in mock.sent("test")[1][-1].content  # the retry reminds the model of the format


def test_a_model_that_never_complies_or_fails_is_unscorable_not_a_crash(settings):
    mock.queue("test", "garbage", RuntimeError("server fell over"), "still garbage")
    [verdict] = judge_record(RECORD, NOTES, "mock/test", settings, only=["child_voice"])
    assert verdict["status"] == "unscorable" and verdict["score"] is None
    assert "JSON" in verdict["reason"]


def test_every_rubric_is_asked_and_recorded_with_its_version_and_hash(settings):
    verdicts = judge_record(RECORD, NOTES, "mock/test", settings)
    assert [v["rubric"] for v in verdicts] == sorted(rubrics())
    assert all(v["version"] and len(v["hash"]) == 16 for v in verdicts)


def test_a_hosted_judge_never_sees_the_names(settings):
    mock.queue("hosted-judge", '{"score": 5, "reason": "[PERSON_1] is quoted exactly."}')
    [verdict] = judge_record(RECORD, NOTES, "mock/hosted-judge", settings, only=["child_voice"])
    sent = "\n".join(m.content for m in mock.sent("hosted-judge")[0])
    assert "Ayesha" not in sent and "ayesha" not in sent and "[PERSON_1]" in sent
    assert verdict["reason"].startswith("Ayesha") and "[PERSON" not in verdict["reason"]  # restored locally


def test_an_openai_compatible_server_is_asked_for_json(settings):
    reply = '{"score": 2, "reason": "one invented claim"}'
    server = Server(lambda handler, body: openai_stream(handler, body, pieces=(reply,)))
    try:
        settings.openai_base_url, settings.openai_api_key = f"{server.url}/v1", "test"
        [verdict] = judge_record(RECORD, NOTES, "openai/judge", settings, only=["faithfulness"])
    finally:
        server.close()
    assert verdict["score"] == 2
    assert server.requests[0]["response_format"] == {"type": "json_object"}
    assert "Ayesha" not in json.dumps(server.requests[0])


@pytest.mark.slow
def test_the_real_embedded_model_gives_a_verdict_or_unscorable(settings):
    settings.max_new_tokens, settings.judge_attempts = 60, 2
    [verdict] = judge_record(RECORD, NOTES, "local/smollm2-135m", settings, only=["faithfulness"])
    assert verdict["status"] in ("scored", "unscorable")
    assert verdict["score"] in (None, 1, 2, 3, 4, 5)
    assert verdict["attempts"] in (1, 2)
