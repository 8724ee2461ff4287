"""Access control in the library: every role x operation, on SQLite and PostgreSQL.

Each row makes a fresh record owned by `ana` (social worker, team north) in the given status and
has one person try one operation: allowed rows must work, denied rows must raise AccessDenied,
leave the record as it was and add a `denied` entry to the audit log.
"""

from __future__ import annotations

import pytest

from assistant import accounts
from assistant.access import AccessDenied, Principal, denial
from assistant.accounts import Accounts
from assistant.errors import HeardError
from assistant.records import Records, RecordStateError
from assistant.storage import Store

PEOPLE = {  # username: (role, team)
    "ana": ("social_worker", "north"),
    "bilal": ("social_worker", "north"),
    "chidi": ("social_worker", "south"),
    "sup.north": ("supervisor", "north"),
    "sup.north2": ("supervisor", "north"),
    "sup.south": ("supervisor", "south"),
    "eve": ("evaluator", None),
    "root": ("admin", None),
}
NOTES = "Visit to Precious Adeyemi (7). She said 'I want to stay with nan'. Bedroom tidy."


@pytest.fixture(scope="module")
def world(module_db_settings):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "_SCRYPT", {"n": 2**10, "r": 8, "p": 1})  # cheap hashes for tests
        store = Store(module_db_settings)
        people = {name: Accounts(store).add_user(name, role, "correct horse 9", team=team)
                  for name, (role, team) in PEOPLE.items()}
    return store, people


def make(world, status: str, owner: str = "ana") -> int:
    """A fresh record of `owner`'s, brought to `status` by the right people."""
    store, people = world
    records = Records(store)
    d = records.create(people[owner], NOTES, "home_visit", "Precious was seen alone.", {"model": "mock/test"})
    supervisor = people["sup.north2"] if owner == "sup.north" else people["sup.north"]
    if status in ("submitted", "returned", "approved"):
        records.submit(people[owner], d.id)
    if status == "returned":
        records.send_back(supervisor, d.id, "add the child's words")
    if status == "approved":
        records.approve(supervisor, d.id)
    return d.id


OPERATIONS = {
    "view": lambda r, u, i: r.get(u, i),
    "export": lambda r, u, i: r.export(u, i, "docx"),
    "edit": lambda r, u, i: r.add_version(u, i, "A new text."),
    "submit": lambda r, u, i: r.submit(u, i),
    "approve": lambda r, u, i: r.approve(u, i, "fine"),
    "return": lambda r, u, i: r.send_back(u, i, "more detail please"),
}

TABLE = [
    # who, operation, status of ana's record, allowed
    ("ana", "view", "draft", True),
    ("ana", "view", "approved", True),
    ("ana", "export", "approved", True),
    ("ana", "edit", "draft", True),
    ("ana", "edit", "returned", True),
    ("ana", "submit", "draft", True),
    ("ana", "submit", "returned", True),
    ("ana", "approve", "submitted", False),
    ("ana", "return", "submitted", False),
    ("bilal", "view", "draft", False),
    ("bilal", "view", "submitted", False),
    ("bilal", "export", "approved", False),
    ("bilal", "edit", "draft", False),
    ("bilal", "submit", "draft", False),
    ("bilal", "approve", "submitted", False),
    ("chidi", "view", "submitted", False),
    ("sup.north", "view", "draft", False),
    ("sup.north", "export", "draft", False),
    ("sup.north", "view", "submitted", True),
    ("sup.north", "view", "returned", True),
    ("sup.north", "view", "approved", True),
    ("sup.north", "export", "approved", True),
    ("sup.north", "edit", "submitted", False),
    ("sup.north", "submit", "draft", False),
    ("sup.north", "approve", "submitted", True),
    ("sup.north", "return", "submitted", True),
    ("sup.south", "view", "submitted", False),
    ("sup.south", "approve", "submitted", False),
    ("sup.south", "return", "submitted", False),
    ("eve", "view", "draft", False),
    ("eve", "view", "approved", False),
    ("eve", "export", "approved", False),
    ("eve", "approve", "submitted", False),
    ("root", "view", "draft", False),
    ("root", "view", "approved", False),
    ("root", "edit", "draft", False),
    ("root", "approve", "submitted", False),
]


@pytest.mark.parametrize(("who", "operation", "status", "allowed"), TABLE,
                         ids=[f"{w}-{o}-{s}" for w, o, s, _ in TABLE])
def test_role_by_operation(world, who, operation, status, allowed):
    store, people = world
    draft_id = make(world, status)
    before = store.get_draft(draft_id)
    mark = store.audit_entries(limit=1)[0].seq
    if allowed:
        OPERATIONS[operation](Records(store), people[who], draft_id)
        assert not [e for e in store.audit_entries(action="denied") if e.seq > mark]
        return
    with pytest.raises(AccessDenied, match=f"{who} cannot {operation}"):
        OPERATIONS[operation](Records(store), people[who], draft_id)
    after = store.get_draft(draft_id)
    assert (after.status, len(after.versions), len(after.sign_offs)) == \
        (before.status, len(before.versions), len(before.sign_offs))
    new = [e for e in store.audit_entries() if e.seq > mark]
    assert [(e.actor, e.action, e.object_id, e.details["operation"]) for e in new] == \
        [(who, "denied", str(draft_id), operation)]


@pytest.mark.parametrize("who", ["eve", "root"])
def test_evaluators_and_admins_neither_list_nor_create(world, who):
    store, people = world
    records = Records(store)
    with pytest.raises(AccessDenied, match="do not see case records"):
        records.list(people[who])
    with pytest.raises(AccessDenied):
        records.create(people[who], NOTES, "home_visit", "text", {"model": "mock/test"})
    with pytest.raises(AccessDenied):
        records.case_vault(people[who], "LCS-1")
    denied = [e.details["operation"] for e in store.audit_entries(actor=who, action="denied", limit=3)]
    assert denied == ["create", "create", "list"]


def test_a_supervisor_cannot_sign_off_their_own_record(world):
    store, people = world
    own = make(world, "submitted", owner="sup.north")
    with pytest.raises(AccessDenied, match="their own record"):
        Records(store).approve(people["sup.north"], own)
    assert Records(store).approve(people["sup.north2"], own).status == "approved"


def test_a_case_belongs_to_the_worker_who_opened_it(world):
    store, people = world
    records = Records(store)
    records.create(people["ana"], NOTES, "home_visit", "text", {"model": "mock/test"}, case_reference="LCS-ANA")
    mark = store.audit_entries(limit=1)[0].seq
    with pytest.raises(AccessDenied, match="LCS-ANA belongs to someone else"):
        records.case_vault(people["bilal"], "LCS-ANA")
    with pytest.raises(AccessDenied, match="belongs to someone else"):
        records.create(people["bilal"], "other notes", "home_visit", "text", {"model": "m"},
                       case_reference="LCS-ANA")
    assert [e.action for e in store.audit_entries() if e.seq > mark] == ["denied", "denied"]
    assert not records.list(people["bilal"], search="other notes")


def test_lists_show_only_what_each_person_may_see(world):
    store, people = world
    records = Records(store)
    ids = {status: make(world, status, owner="bilal") for status in ("draft", "submitted", "returned", "approved")}
    bilal = {d.id for d in records.list(people["bilal"])}
    assert set(ids.values()) <= bilal
    assert not set(ids.values()) & {d.id for d in records.list(people["ana"])}
    assert not set(ids.values()) & {d.id for d in records.list(people["chidi"])}
    north = {d.id for d in records.list(people["sup.north"], mine=False)}
    assert {ids["submitted"], ids["returned"], ids["approved"]} <= north and ids["draft"] not in north
    assert not set(ids.values()) & {d.id for d in records.list(people["sup.south"])}
    assert ids["submitted"] in {d.id for d in records.queue(people["sup.north"])}
    assert all(d.status == "submitted" for d in records.queue(people["sup.north"]))
    assert {d.id for d in records.list(people["bilal"], status="returned")} >= {ids["returned"]}
    assert all(d.status == "returned" for d in records.list(people["bilal"], status="returned"))


def test_search_matches_any_version_and_respects_access(world):
    store, people = world
    records = Records(store)
    d = make(world, "draft", owner="chidi")
    records.add_version(people["chidi"], d, "Zainab's GRANDAD collects her from school on Fridays.")
    assert [x.id for x in records.list(people["chidi"], search="grandad")] == [d]
    assert records.list(people["ana"], search="grandad") == []


def test_lifecycle_draft_submit_return_resubmit_approve(world):
    store, people = world
    records, ana, sup = Records(store), people["ana"], people["sup.north"]
    d = make(world, "draft")
    records.add_version(ana, d, "Precious was seen alone in her bedroom.")
    assert records.submit(ana, d).status == "submitted"
    with pytest.raises(RecordStateError, match="submitted"):
        records.add_version(ana, d, "a change after submitting")
    with pytest.raises(HeardError, match="needs a comment"):
        records.send_back(sup, d, "  ")
    returned = records.send_back(sup, d, "Please add what Precious said about nan.")
    assert returned.status == "returned"
    assert [(s.decision, s.comment) for s in returned.sign_offs] == [("return", "Please add what Precious said about nan.")]
    with pytest.raises(RecordStateError, match="returned"):
        records.approve(sup, d)
    records.add_version(ana, d, "Precious said 'I want to stay with nan'.")
    records.submit(ana, d)
    approved = records.approve(sup, d, "Good record.")
    assert approved.status == "approved" and [s.decision for s in approved.sign_offs] == ["return", "approve"]
    assert [v.number for v in approved.versions] == [1, 2, 3]
    with pytest.raises(RecordStateError, match="approved"):
        records.add_version(ana, d, "too late")
    with pytest.raises(RecordStateError, match="approved"):
        records.submit(ana, d)
    actions = [(e.actor, e.action) for e in reversed(store.audit_entries(object_type="draft", object_id=d))]
    assert actions == [("ana", "model_call"), ("ana", "draft"), ("ana", "edit"), ("ana", "submit"),
                       ("sup.north", "return"), ("ana", "edit"), ("ana", "submit"), ("sup.north", "approve")]


def test_views_and_exports_are_audited(world):
    store, people = world
    d = make(world, "approved")
    Records(store).get(people["sup.north"], d)
    Records(store).export(people["ana"], d, "docx")
    entries = store.audit_entries(object_type="draft", object_id=d, limit=2)
    assert [(e.actor, e.action) for e in entries] == [("ana", "export"), ("sup.north", "view")]
    assert entries[0].details == {"format": "docx", "version": 1}


def test_missing_record(world):
    store, people = world
    with pytest.raises(KeyError, match="no record 987654"):
        Records(store).get(people["ana"], 987654)


@pytest.mark.parametrize(("role", "team", "operation", "owner", "record_team", "status", "allowed"), [
    ("supervisor", None, "view", 2, None, "submitted", False),    # a supervisor without a team sees no team
    ("supervisor", "north", "view", 2, None, "submitted", False),  # a legacy record has no team
    ("social_worker", "north", "view", None, "north", "draft", False),  # nor an owner
    ("social_worker", "north", "create", None, None, None, True),
    ("supervisor", "north", "create", None, None, None, True),
])
def test_edges_of_the_rule(role, team, operation, owner, record_team, status, allowed):
    class Record:
        owner_id, team = owner, record_team

    Record.status = status
    user = Principal(id=1, username="x", role=role, team=team)
    assert (denial(user, operation, Record if status else None) is None) is allowed


@pytest.mark.parametrize(("who", "allowed"), [("root", True), ("sup.north", False), ("ana", False), ("eve", False)])
def test_only_admins_read_the_audit_log(world, who, allowed):
    store, people = world
    if allowed:
        assert store.verify_audit(viewer=people[who]).ok
        assert store.audit_entries(viewer=people[who], limit=1)
        return
    with pytest.raises(AccessDenied, match="cannot read the audit log"):
        store.audit_entries(viewer=people[who])
    with pytest.raises(AccessDenied):
        store.verify_audit(viewer=people[who])
    assert [e.object_type for e in store.audit_entries(actor=who, action="denied", limit=2)] == ["audit_log"] * 2


@pytest.mark.parametrize("who", ["eve", "root"])
def test_the_pipeline_refuses_before_the_model_is_called(world, who):
    from assistant.llm import mock
    from assistant.pipeline import draft

    store, people = world
    mock.queue("test", "a record")
    with pytest.raises(AccessDenied, match="do not see case records"):
        draft(NOTES, "home_visit", store.settings, store=store, user=people[who])
    assert mock.sent("test") == []
