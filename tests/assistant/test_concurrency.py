"""20 people drafting, editing and submitting at once, then supervisors racing to sign off, each
through their own `Store` (as separate app processes would): no write lost or duplicated, and the
audit chain still verifies. SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from assistant import accounts
from assistant.accounts import Accounts
from assistant.models import AuditEntry, Draft, SignOff, Version
from assistant.records import Records, RecordStateError
from assistant.storage import Store

WORKERS = 20
NAMES = ["amara", "bogdan", "ciaran", "deepa", "efua", "fergus", "gulsen", "hamza", "ines", "jakub",
         "kemi", "liam", "mariam", "niamh", "oskar", "priya", "qasim", "rhiannon", "sani", "tomasz"]


@pytest.fixture
def crowd(db_settings, monkeypatch):
    monkeypatch.setattr(accounts, "_SCRYPT", {"n": 2**10, "r": 8, "p": 1})
    acc = Accounts(Store(db_settings))
    workers = [acc.add_user(n, "social_worker", "long password", team=("red", "blue")[i % 2])
               for i, n in enumerate(NAMES)]
    supervisors = {team: [acc.add_user(f"sup.{team}{k}", "supervisor", "long password", team=team) for k in (1, 2)]
                   for team in ("red", "blue")}
    return db_settings, workers, supervisors


def run_all(jobs) -> list:
    """Start every job at the same moment; return what each returned or raised."""
    start = threading.Barrier(len(jobs))

    def go(job):
        start.wait()
        try:
            return job()
        except Exception as exc:  # noqa: BLE001 - collected and checked by the test
            return exc
    with ThreadPoolExecutor(len(jobs)) as pool:
        return list(pool.map(go, jobs))


def test_concurrent_drafts_submissions_and_sign_offs(crowd):
    settings, workers, supervisors = crowd
    base_seq = Store(settings).verify_audit().head_seq

    def write(worker, i):
        def job():
            records = Records(Store(settings))
            d = records.create(worker, f"Notes of visit {i}.", "home_visit", f"Record {i} by the model.",
                               {"model": "mock/test"}, case_reference=f"CASE-{i:03d}")
            records.add_version(worker, d.id, f"Record {i}, checked by {worker.username}.")
            return records.submit(worker, d.id).id
        return job

    made = run_all([write(w, i) for i, w in enumerate(workers)])
    errors = [r for r in made if isinstance(r, Exception)]
    assert not errors, errors
    assert len(set(made)) == WORKERS

    # Both supervisors of a record's team try to sign it off at the same moment: one wins.
    store = Store(settings)
    by_id = {d.id: d for d in store.drafts(limit=100)}

    def approve(supervisor, draft_id):
        return lambda: Records(Store(settings)).approve(supervisor, draft_id, "ok")

    decisions = run_all([approve(s, d) for d in made for s in supervisors[by_id[d].team]])
    wins = [r for r in decisions if not isinstance(r, Exception)]
    lost = [r for r in decisions if isinstance(r, Exception)]
    assert len(wins) == WORKERS and {w.id for w in wins} == set(made)
    assert len(lost) == WORKERS and all(isinstance(r, RecordStateError) for r in lost), lost

    with store.read() as s:
        found = {
            "drafts": s.scalar(select(func.count()).select_from(Draft)),
            "versions": s.scalar(select(func.count()).select_from(Version)),
            "sign_offs": s.scalar(select(func.count()).select_from(SignOff)),
            "approved": s.scalar(select(func.count()).select_from(Draft).where(Draft.status == "approved")),
        }
        texts = set(s.scalars(select(Version.text).where(Version.number == 2)))
        new = list(s.scalars(select(AuditEntry).where(AuditEntry.seq > base_seq).order_by(AuditEntry.seq)))
    expected = {"drafts": WORKERS, "versions": 2 * WORKERS, "sign_offs": WORKERS, "approved": WORKERS}
    print(f"\n{settings.database_url.split(':')[0]}: expected {expected}, found {found}")
    assert found == expected
    assert texts == {f"Record {i}, checked by {w.username}." for i, w in enumerate(workers)}
    actions = Counter(e.action for e in new)
    # create (case), model_call, draft, edit, submit per worker; one approve per record
    assert actions == {"create": WORKERS, "model_call": WORKERS, "draft": WORKERS, "edit": WORKERS,
                       "submit": WORKERS, "approve": WORKERS}
    assert [e.seq for e in new] == list(range(base_seq + 1, base_seq + 1 + 6 * WORKERS))
    assert len({e.hash for e in new}) == len(new)
    verdict = store.verify_audit()
    print(verdict)
    assert verdict.ok and verdict.checked == base_seq + 6 * WORKERS
