"""The guidance knowledge base on real ChromaDB with the real MiniLM embeddings."""

import pytest

from assistant.config import Settings
from assistant.knowledge import KnowledgeBase, load_guidance


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase(Settings(data_dir=tmp_path_factory.mktemp("kb")))


def test_guidance_parses_into_standalone_passages():
    passages = load_guidance()
    assert len(passages) >= 40
    assert len({p.id for p in passages}) == len(passages)
    assert all(30 <= len(p.text.split()) <= 150 for p in passages)


@pytest.mark.parametrize("query, expected_file", [
    ("child protection visit: was the child seen alone, bedroom, plan actions", "record-child-protection-visit"),
    ("the child's exact words in quotation marks", "childs-voice"),
    ("foster carer, time with family, school, a child in care", "record-looked-after-child-visit"),
    ("words to avoid: abscond, placement, non-compliant", "language-that-cares"),
    ("reflective case discussion with my supervisor", "record-supervision"),
])
def test_search_finds_the_relevant_guidance(kb, query, expected_file):
    hits = kb.search(query, 3)
    assert len(hits) == 3
    assert any(h.id.startswith(expected_file) for h in hits), [h.id for h in hits]
    assert hits[0].score >= hits[-1].score


def test_the_index_persists_and_rebuilds_when_guidance_changes(tmp_path):
    folder = tmp_path / "guidance"
    folder.mkdir()
    (folder / "a.md").write_text("# A\n\n## Bedrooms\nLook at where the child sleeps and say so.\n")
    settings = Settings(data_dir=tmp_path / "data")
    assert [p.id for p in KnowledgeBase(settings, folder).search("bedroom", 5)] == ["a#1"]
    (folder / "b.md").write_text("# B\n\n## Quotes\nQuote the child exactly.\n")
    from assistant.knowledge import _open_collection

    _open_collection.cache_clear()
    assert {p.id for p in KnowledgeBase(settings, folder).search("quote", 5)} == {"a#1", "b#1"}


def test_zero_passages_asked_means_none(kb):
    assert kb.search("anything", 0) == []
