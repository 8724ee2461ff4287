"""The audit log: a hash chain that names the first altered, deleted or reordered entry."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from assistant import accounts
from assistant.accounts import Accounts
from assistant.audit import GENESIS, canonical, chain
from assistant.llm import mock
from assistant.pipeline import draft
from assistant.records import Records
from assistant.storage import Store


@pytest.fixture(autouse=True)
def _cheap_hashes(monkeypatch):
    monkeypatch.setattr(accounts, "_SCRYPT", {"n": 2**10, "r": 8, "p": 1})


@pytest.fixture
def logged(db_settings):
    """A store whose log holds ten entries of different kinds."""
    store = Store(db_settings)
    acc = Accounts(store)
    worker = acc.add_user("mei.lin", "social_worker", "a long password", team="east")   # 1
    acc.add_user("tunde", "supervisor", "a long password", team="east")                 # 2
    records = Records(store)
    d = records.create(worker, "notes", "home_visit", "text", {"model": "mock/test"})     # 3-5
    records.add_version(worker, d.id, "edited")                                          # 6
    records.submit(worker, d.id)                                                         # 7
    records.approve(acc.principal("tunde"), d.id)                                        # 8
    acc.login("mei.lin", "a long password")                                              # 9
    with pytest.raises(Exception):
        acc.login("mei.lin", "wrong")                                                    # 10
    assert store.verify_audit().checked == 10
    return store


def sql(store: Store, statement: str, **params) -> None:
    with store.engine.begin() as c:
        c.execute(text(statement), params)


def test_an_untouched_log_verifies(logged):
    verdict = logged.verify_audit()
    assert verdict.ok and verdict.head_seq == 10 and verdict.bad_seq is None
    actions = [e.action for e in reversed(logged.audit_entries())]
    assert actions == ["user_add", "user_add", "create", "model_call", "draft", "edit", "submit",
                       "approve", "login", "login_failed"]


def test_each_hash_covers_the_one_before(logged):
    entries = list(reversed(logged.audit_entries()))
    assert entries[0].prev_hash == GENESIS
    for before, entry in zip(entries, entries[1:]):
        assert entry.prev_hash == before.hash
        assert entry.hash == chain(before.hash, entry)
    assert json.loads(canonical(entries[0]))["seq"] == 1


@pytest.mark.parametrize(("tamper", "bad", "why"), [
    ("UPDATE audit_log SET details = '{\"version\": 9}' WHERE seq = 6", 6, "altered"),
    ("UPDATE audit_log SET actor = 'someone.else' WHERE seq = 8", 8, "altered"),
    ("UPDATE audit_log SET at = '2020-01-01T00:00:00.000000+00:00' WHERE seq = 3", 3, "altered"),
    ("DELETE FROM audit_log WHERE seq = 4", 4, "missing"),
    ("DELETE FROM audit_log WHERE seq = 1", 1, "missing"),
    ("DELETE FROM audit_log WHERE seq = 10", 10, "missing"),
    ("DELETE FROM audit_log WHERE seq >= 7", 7, "missing"),
])
def test_tampering_is_found_at_the_first_bad_entry(logged, tamper, bad, why):
    sql(logged, tamper)
    verdict = logged.verify_audit()
    assert not verdict.ok
    assert verdict.bad_seq == bad and why in verdict.reason
    assert f"#{bad}" in str(verdict)


def test_a_deletion_hidden_by_renumbering_is_found(logged):
    sql(logged, "DELETE FROM audit_log WHERE seq = 5")
    for seq in range(6, 11):
        sql(logged, "UPDATE audit_log SET seq = :new WHERE seq = :old", new=seq - 1, old=seq)
    sql(logged, "UPDATE audit_head SET seq = 9")
    verdict = logged.verify_audit()
    assert (verdict.ok, verdict.bad_seq) == (False, 5)
    assert "does not follow" in verdict.reason


def test_two_entries_swapped_are_found(logged):
    sql(logged, "UPDATE audit_log SET seq = 1000 WHERE seq = 6")
    sql(logged, "UPDATE audit_log SET seq = 6 WHERE seq = 7")
    sql(logged, "UPDATE audit_log SET seq = 7 WHERE seq = 1000")
    verdict = logged.verify_audit()
    assert (verdict.ok, verdict.bad_seq) == (False, 6)


def test_a_rewritten_entry_with_a_fresh_hash_breaks_the_next_link(logged):
    entry = next(e for e in logged.audit_entries() if e.seq == 6)
    entry.details = {"version": 2, "chars": 1, "findings": 0}
    forged = chain(entry.prev_hash, entry)
    sql(logged, "UPDATE audit_log SET details = :d, hash = :h WHERE seq = 6",
        d=json.dumps(entry.details), h=forged)
    verdict = logged.verify_audit()
    assert (verdict.bad_seq, "does not follow" in verdict.reason) == (7, True)


def test_the_cli_verifies_and_lists(cli, logged):
    code, out, _ = cli("audit", "verify")
    assert code == 0 and "intact: 10 entries" in out
    code, out, _ = cli("audit", "list", "--action", "login_failed", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(r["seq"], r["actor"]) for r in rows] == [(10, "mei.lin")]
    code, out, _ = cli("audit", "list", "--actor", "tunde")
    assert code == 0 and len(out.splitlines()) == 1 and "approve" in out
    code, out, _ = cli("audit", "list", "--since", "2999-01-01")
    assert (code, out) == (0, "")
    code, _, err = cli("audit", "list", "--since", "last tuesday")
    assert code == 2 and "not a date" in err
    sql(logged, "UPDATE audit_log SET action = 'view' WHERE seq = 9")
    code, out, err = cli("audit", "verify")
    assert code == 1 and "broken at entry #9" in err


@pytest.fixture
def cli(db_settings, cli, monkeypatch):
    """The shared `cli` fixture, pointed at this test's database."""
    monkeypatch.setenv("HEARD_DATABASE_URL", db_settings.database_url)
    return cli


NOTES = """Home visit 3 March. Present: Oluwaseun Bakare (11) and his aunt Grainne Fitzgerald.
Seun said "I miss my football club". Address 14 Larch Road, Leeds LS6 2QT. Aunt's phone 07700 900123."""
IDENTIFIERS = ["Oluwaseun", "Seun", "Bakare", "Grainne", "Fitzgerald", "Larch", "LS6", "07700", "football"]


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory):
    from assistant.config import Settings
    from assistant.knowledge import KnowledgeBase

    return KnowledgeBase(Settings(data_dir=tmp_path_factory.mktemp("kb")))


def test_a_drafted_record_leaves_no_identifier_from_the_notes_in_the_log(db_settings, knowledge):
    store = Store(db_settings)
    worker = Accounts(store).add_user("jo", "social_worker", "a long password", team="west")
    mock.queue("test", "## Purpose\nVisit to [PERSON_1] with [PERSON_2].")
    result = draft(NOTES, "home_visit", db_settings, store=store, user=worker, case_reference="W-1",
                   knowledge=knowledge)
    Records(store).get(worker, result.draft_id)
    Records(store).export(worker, result.draft_id)
    logged = json.dumps([canonical(e) for e in store.audit_entries()])
    assert not [word for word in IDENTIFIERS if word.lower() in logged.lower()]
    kinds = [e.action for e in reversed(store.audit_entries())]
    assert kinds == ["user_add", "create", "model_call", "draft", "view", "export"]
    assert store.get_draft(result.draft_id).owner_id == worker.id
    assert store.verify_audit().ok
