"""Records made before heard had accounts (no owner): an admin lists them and gives each to a social
worker or supervisor, audited; after that the usual access rules hold for it. SQLite and PostgreSQL."""

from __future__ import annotations

import io

import pytest

from assistant import accounts
from assistant.access import AccessDenied
from assistant.accounts import Accounts
from assistant.errors import HeardError
from assistant.records import RecordNotFound, Records, RecordStateError
from assistant.storage import Store

PEOPLE = {"ngozi": ("social_worker", "west"), "tomasz": ("social_worker", "east"),
          "sup.west": ("supervisor", "west"), "sup.east": ("supervisor", "east"),
          "eve": ("evaluator", None), "root": ("admin", None)}


@pytest.fixture
def world(db_settings, monkeypatch):
    monkeypatch.setattr(accounts, "_SCRYPT", {"n": 2**10, "r": 8, "p": 1})
    store = Store(db_settings)
    acc = Accounts(store)
    people = {n: acc.add_user(n, role, "correct horse 9", team=team) for n, (role, team) in PEOPLE.items()}
    # Two records from the single-user days (no owner), and one that has an owner.
    old = [store.save_draft(notes, "home_visit", text, {"model": "mock/old"}, case_reference=ref).id
           for notes, text, ref in [("Saw KAYDEN at home.", "## Purpose\nVisit to Kayden.", "LCS-1001"),
                                    ("- mum ok\n- zara at school", "## Purpose\nCIN review for Zara.", None)]]
    owned = Records(store).create(people["tomasz"], "Notes.", "home_visit", "Text.", {"model": "mock/test"}).id
    return store, people, old, owned


def test_an_admin_lists_and_assigns_records_without_an_owner(world):
    store, people, old, owned = world
    records = Records(store)
    assert [d.id for d in records.unowned(people["root"])] == old
    # Before: nobody but the local operator can see them.
    with pytest.raises(AccessDenied):
        records.get(people["ngozi"], old[0])
    d = records.assign_owner(people["root"], old[0], " Ngozi ")
    assert (d.owner.username, d.team, d.case.owner_id) == ("ngozi", "west", people["ngozi"].id)
    entry = store.audit_entries(limit=1)[0]
    assert (entry.actor, entry.action, entry.object_id) == ("root", "edit", str(old[0]))
    assert entry.details == {"assigned_owner": "ngozi", "team": "west", "status": "draft"}
    # After: hers, with the usual rules; the case's vault is hers too.
    assert records.get(people["ngozi"], old[0]).id == old[0]
    assert records.case_vault(people["ngozi"], "LCS-1001") is not None
    records.submit(people["ngozi"], old[0])
    assert [r.id for r in records.queue(people["sup.west"])] == [old[0]]
    assert records.queue(people["sup.east"]) == []
    assert [d.id for d in records.unowned(people["root"])] == old[1:]
    assert store.verify_audit().ok


@pytest.mark.parametrize("who, target, owner, error, message", [
    ("ngozi", "old", "ngozi", AccessDenied, "only an admin can"),          # no one takes a record themselves
    ("sup.west", "old", "ngozi", AccessDenied, "only an admin can"),
    ("eve", "old", "ngozi", AccessDenied, "only an admin can"),
    ("root", "owned", "ngozi", RecordStateError, "already has an owner"),   # never taken from its owner
    ("root", "old", "eve", HeardError, "only social workers and supervisors own records"),
    ("root", "old", "ghost", HeardError, "no active user ghost"),
    ("root", "missing", "ngozi", RecordNotFound, "no record 9999"),
])
def test_assigning_is_refused_with_a_reason(world, who, target, owner, error, message):
    store, people, old, owned = world
    draft_id = {"old": old[0], "owned": owned, "missing": 9999}[target]
    with pytest.raises(error, match=message):
        Records(store).assign_owner(people[who], draft_id, owner)
    assert store.get_draft(owned).owner.username == "tomasz"
    if target == "old":
        assert store.get_draft(old[0]).owner_id is None
    if error is AccessDenied:
        assert store.audit_entries(limit=1)[0].action == "denied"
        with pytest.raises(AccessDenied):
            Records(store).unowned(people[who])


def test_a_disabled_account_cannot_be_given_records(world):
    store, people, old, _ = world
    Accounts(store).disable("ngozi")
    with pytest.raises(HeardError, match="no active user ngozi"):
        Records(store).assign_owner(people["root"], old[0], "ngozi")


def test_the_record_commands(cli, monkeypatch, settings):
    monkeypatch.setattr(accounts, "_SCRYPT", {"n": 2**10, "r": 8, "p": 1})
    store = Store(settings)
    ids = [store.save_draft("Notes.", "home_visit", f"Record {n}.", {"model": "mock/old"}).id for n in range(3)]
    monkeypatch.setattr("sys.stdin", io.StringIO("long enough 1\n"))
    assert cli("user", "add", "femi", "--role", "social_worker", "--team", "north", "--password-stdin")[0] == 0
    code, out, _ = cli("record", "unowned")
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == [f"#{i}" for i in ids]
    code, out, _ = cli("record", "assign", str(ids[0]), str(ids[2]), "--owner", "femi")
    assert code == 0 and out.splitlines() == [f"record #{ids[0]} now belongs to femi (team north)",
                                              f"record #{ids[2]} now belongs to femi (team north)"]
    code, out, _ = cli("record", "unowned")
    assert [line.split()[0] for line in out.splitlines()] == [f"#{ids[1]}"]
    code, _, err = cli("record", "assign", str(ids[0]), "--owner", "femi")
    assert code == 2 and "already has an owner" in err
    assert [e.details.get("assigned_owner") for e in store.audit_entries(actor="local", action="edit")] == ["femi"] * 2
