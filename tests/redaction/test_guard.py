"""The egress guard in front of a real OpenAI-compatible server on loopback that records what it
receives: a leak never reaches it, a clean payload does."""

import pytest

from assistant.config import Settings
from assistant.knowledge import KnowledgeBase
from assistant.llm import call, resolve
from assistant.pipeline import draft
from redaction import EgressBlocked, Vault, check_egress
from tests.servers import Server, openai_stream


@pytest.fixture
def server():
    srv = Server(openai_stream)
    yield srv
    srv.close()


@pytest.fixture
def hosted(settings, server):
    settings.openai_base_url = server.url + "/v1"
    return resolve("openai/test-model", settings)


def test_a_vault_value_in_any_casing_blocks_the_call_before_it_is_sent(hosted, server):
    vault = Vault()
    vault.placeholder("PERSON", "Ayesha Khan")
    messages = [("user", "<notes>\nSaw [PERSON_1]; later AYESHA   KHAN said hi.\n</notes>")]
    with pytest.raises(EgressBlocked) as blocked:
        call(hosted, messages, guard=lambda text: check_egress(text, vault))
    assert str(blocked.value).endswith("PERSON") and "khan" not in str(blocked.value).lower()
    assert server.requests == []


def test_an_identifier_the_vault_never_saw_is_caught_by_the_rescan(hosted, server):
    messages = [("user", "<notes>\nSaw [PERSON_1]. Her NHS number is 943 476 5919.\n</notes>")]
    with pytest.raises(EgressBlocked, match="UK_NHS"):
        call(hosted, messages, guard=lambda text: check_egress(text, Vault()))
    assert server.requests == []


def test_a_clean_payload_goes_through(hosted, server):
    messages = [("user", "<notes>\nSaw [PERSON_1] at [STREET_ADDRESS_1]; she said she likes school.\n</notes>")]
    assert call(hosted, messages, guard=lambda text: check_egress(text, Vault())) == "## Purpose\nVisit to [PERSON_1]."
    assert len(server.requests) == 1


def test_drafting_with_a_hosted_model_sends_only_placeholders(settings, server, tmp_path):
    settings.openai_base_url = server.url + "/v1"
    notes = "Home visit. Saw Ayesha Khan (DOB 03/04/2015) at 27 Larch Close, Bradford. NHS 943 476 5919."
    result = draft(notes, "home_visit", settings, model="openai/test-model",
                   knowledge=KnowledgeBase(Settings(data_dir=tmp_path / "kb")))
    sent = "\n".join(m["content"] for m in server.requests[0]["messages"])
    for secret in ("Ayesha", "Khan", "03/04/2015", "Larch", "943 476 5919"):
        assert secret not in sent
    assert result.text == "## Purpose\nVisit to Ayesha Khan."


def test_a_hosted_draft_is_not_blocked_by_a_name_that_is_also_a_word(settings, server, tmp_path):
    settings.openai_base_url = server.url + "/v1"
    notes = "Present: Hope (child), mum.\nHope said she was fine. I hope the new school helps."
    draft(notes, "home_visit", settings, model="openai/test-model",
          knowledge=KnowledgeBase(Settings(data_dir=tmp_path / "kb")))
    sent = "\n".join(m["content"] for m in server.requests[0]["messages"])
    notes_sent = sent.split("<notes>")[1]
    assert "hope" not in notes_sent.casefold()
