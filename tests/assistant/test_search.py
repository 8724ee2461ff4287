"""Semantic search over records respects access: a supervisor of team A never gets team B's
records, nor their own team's unsubmitted drafts; social workers get their own; evaluators and
admins are refused. Real embeddings and a real embedded Chroma."""

from __future__ import annotations

import pytest

from assistant import accounts
from assistant.access import AccessDenied
from assistant.accounts import Accounts
from assistant.config import Settings
from assistant.records import Records
from assistant.search import RecordSearch, passages
from assistant.storage import Store

PEOPLE = {
    "amara": ("social_worker", "east"), "wojtek": ("social_worker", "east"),
    "siobhan": ("social_worker", "west"), "sup.east": ("supervisor", "east"),
    "sup.west": ("supervisor", "west"), "eval": ("evaluator", None), "root": ("admin", None),
}
# owner, status, text: the west records match the queries below best, so a leak would rank first
RECORDS = [
    ("siobhan", "submitted", "## Observations\nTIA SAID SHE CUT HER ARM AT SCHOOL ON MONDAY. SELF-HARM "
                             "DISCUSSED WITH MUM; GP APPOINTMENT MADE."),
    ("siobhan", "approved", "## Purpose\nHome visit.\n## Observations\nKitchen had little food; the fridge was "
                            "empty and mum said benefits were delayed. Food bank voucher given."),
    ("amara", "submitted", "## Observations\n- Jayden (8) playing football in the garden\n- said he is "
                           "happy at his dad's at weekends"),
    ("amara", "draft", "## Observations\nRiya disclosed self-harm: scratches on her wrist, she said she "
                       "does it when she is sad. Safety plan agreed."),
    ("wojtek", "returned", "Transcript: SW: how is school? Child: ok I guess. SW: and food at home? "
                           "Child: there is never anything for breakfast."),
]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "_SCRYPT", {"n": 2**10, "r": 8, "p": 1})
        store = Store(Settings(data_dir=tmp_path_factory.mktemp("search") / "data"))
        people = {n: Accounts(store).add_user(n, role, "correct horse 9", team=team)
                  for n, (role, team) in PEOPLE.items()}
    records, ids = Records(store), {}
    for owner, status, text in RECORDS:
        d = records.create(people[owner], "notes", "home_visit", text, {"model": "mock/test"})
        sup = people["sup.east" if PEOPLE[owner][1] == "east" else "sup.west"]
        if status != "draft":
            records.submit(people[owner], d.id)
        if status == "approved":
            records.approve(sup, d.id)
        if status == "returned":
            records.send_back(sup, d.id, "say who will act")
        ids[(owner, status)] = d.id
    search = RecordSearch(store)
    for d in records.store.drafts(limit=100):  # index everything, even drafts: access must still hold
        search.index(d)
    return store, people, search, ids


@pytest.mark.parametrize("who, query, allowed", [
    ("sup.east", "child self-harm, cut arm", {("amara", "submitted"), ("wojtek", "returned")}),
    ("sup.east", "no food in the house", {("amara", "submitted"), ("wojtek", "returned")}),
    ("sup.west", "no food in the house", {("siobhan", "submitted"), ("siobhan", "approved")}),
    ("amara", "self-harm", {("amara", "submitted"), ("amara", "draft")}),
    ("wojtek", "self-harm", {("wojtek", "returned")}),
])
def test_hits_come_only_from_records_the_person_may_see(world, who, query, allowed):
    store, people, search, ids = world
    hits = search.search(people[who], query, k=10)
    assert {h.draft_id for h in hits} == {ids[key] for key in allowed}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_the_best_allowed_match_comes_first(world):
    store, people, search, ids = world
    (first, *_) = search.search(people["sup.west"], "the family has no food", k=2)
    assert first.draft_id == ids[("siobhan", "approved")] and "Food bank" in first.passage
    (own, *_) = search.search(people["amara"], "scratches on her wrist when sad", k=2)
    assert own.draft_id == ids[("amara", "draft")] and own.status == "draft"


@pytest.mark.parametrize("who", ["eval", "root"])
def test_people_who_see_no_records_are_refused_and_audited(world, who):
    store, people, search, _ = world
    before = len(store.audit_entries(actor=who, action="denied"))
    with pytest.raises(AccessDenied):
        search.search(people[who], "self-harm")
    assert len(store.audit_entries(actor=who, action="denied")) == before + 1


def test_a_new_version_is_found_after_sync_and_the_old_text_is_gone(world):
    store, people, search, ids = world
    draft_id = ids[("wojtek", "returned")]
    Records(store).add_version(people["wojtek"], draft_id, "## Observations\nThe budgie sings all day; "
                                                           "the child feeds it seeds.")
    assert search.sync(people["wojtek"]) == 1
    assert search.sync(people["wojtek"]) == 0
    (hit,) = search.search(people["wojtek"], "pet bird", k=1)
    assert hit.draft_id == draft_id and "budgie" in hit.passage and "breakfast" not in hit.passage


def test_every_hit_shown_is_audited_as_a_view_and_opening_one_too(world):
    store, people, search, ids = world
    before = store.audit_entries(limit=1)[0].seq
    hits = search.search(people["sup.east"], "no food at home", k=2)
    shown = [e for e in store.audit_entries(actor="sup.east", action="view") if e.seq > before]
    assert sorted(int(e.object_id) for e in shown) == sorted(h.draft_id for h in hits) and len(hits) == 2
    assert all(e.details["via"] == "search" and "passage" in e.details for e in shown)
    assert all("food" not in str(e.details) for e in shown)  # the query may name people: never logged
    opened = search.open(people["sup.east"], hits[0].draft_id)
    entry = store.audit_entries(limit=1)[0]
    assert opened.id == hits[0].draft_id
    assert (entry.actor, entry.action, entry.object_id, entry.details["via"]) == (
        "sup.east", "view", str(hits[0].draft_id), "search")


@pytest.mark.parametrize("who, key", [
    ("sup.east", ("siobhan", "submitted")),  # another team's
    ("sup.east", ("amara", "draft")),        # own team's, not submitted
    ("wojtek", ("amara", "submitted")),      # a colleague's
])
def test_opening_a_record_one_may_not_see_is_refused_and_audited(world, who, key):
    store, people, search, ids = world
    with pytest.raises(AccessDenied, match="cannot view record"):
        search.open(people[who], ids[key])
    entry = store.audit_entries(limit=1)[0]
    assert (entry.actor, entry.action, entry.object_id) == (who, "denied", str(ids[key]))


def test_no_hits_write_nothing_to_the_log(world):
    store, people, search, _ = world
    before = store.audit_entries(limit=1)[0].seq
    assert search.search(people["sup.east"], "   ") == []
    assert store.audit_entries(limit=1)[0].seq == before


def test_blank_query_finds_nothing(world):
    _, people, search, _ = world
    assert search.search(people["sup.east"], "   ") == []


@pytest.mark.parametrize("text, expected", [
    ("## A\none\n## B\ntwo", ["## A\none", "## B\ntwo"]),
    ("no headings at all", ["no headings at all"]),
    ("", []),
])
def test_passages_split_at_headings(text, expected):
    assert passages(text) == expected


def test_long_sections_are_cut_at_sentence_ends_within_the_limit():
    text = "## Observations\n" + " ".join(f"Sentence number {i} about the visit." for i in range(60))
    parts = passages(text, limit=200)
    assert all(len(p) <= 200 for p in parts) and len(parts) > 5
    assert all(p.endswith(".") for p in parts)
    assert " ".join(parts).replace("\n", " ") == text.replace("\n", " ")
