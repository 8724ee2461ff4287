import pytest

from assistant.storage import Store


def test_versions_follow_the_model_draft(settings):
    store = Store(settings)
    saved = store.save_draft("notes", "home_visit", "model text", {"model": "mock/test"}, "case-1")
    assert [v.number for v in saved.versions] == [1]
    assert saved.versions[0].author == "mock/test"
    store.add_version(saved.id, "edited", author="social worker")
    store.add_version(saved.id, "edited again", author="social worker")
    versions = store.get_draft(saved.id).versions
    assert [(v.number, v.text) for v in versions] == [(1, "model text"), (2, "edited"), (3, "edited again")]


def test_drafts_of_one_case_share_it(settings):
    store = Store(settings)
    a = store.save_draft("n1", "home_visit", "t1", {}, "case-7")
    b = store.save_draft("n2", "supervision", "t2", {}, "case-7")
    assert a.case_id == b.case_id
    assert [d.id for d in store.drafts()] == [b.id, a.id]


def test_unknown_draft(settings):
    with pytest.raises(KeyError):
        Store(settings).add_version(999, "text", "someone")
