"""Supervisor queue (ui/pages/queue.py): the team's submitted records, oldest first, with
provenance, findings, the diff from the AI draft, sign-off, and search that respects access."""

from __future__ import annotations

import pytest

from assistant.records import Records
from assistant.storage import Store
from tests.ui.conftest import click, make_record, ok, page_as, texts, widget

AI = "## Purpose\nHome visit to see Kofi (6).\n## Observations\nMum was hostile. Kofi played with cars."
HUMAN = "## Purpose\nHome visit to see Kofi (6).\n## Observations\nMum was upset about the housing. Kofi played with cars."
NOTES = 'Home visit. Saw Kofi (6) with mum. Mum upset about housing. Kofi played with toy cars. Kofi said "I like my cars".'


@pytest.fixture
def queue(env, people):
    return {
        "older": make_record(env, people, "ana", "submitted", text=AI, edit=HUMAN, notes=NOTES),
        "newer": make_record(env, people, "bilal", "submitted", text="## Purpose\nVisit to Zofia (3)."),
        "draft": make_record(env, people, "bilal", "draft", text="## Purpose\nUnsubmitted visit to Tomasz."),
        "south": make_record(env, people, "chidi", "submitted", text="## Purpose\nVisit to Precious.",
                             supervisor="sup.south"),
    }


def run(at):
    at.run()
    return ok(at)


def test_the_queue_lists_the_teams_submitted_records_oldest_first(env, queue):
    at = run(page_as(env, "queue.py", "sup.north"))
    picker = widget(at.selectbox, "Waiting for sign-off (2)")
    assert picker.options[0].startswith(f"#{queue['older']} · Home visit · Ana Lima")
    assert picker.options[1].startswith(f"#{queue['newer']} · Home visit · Bilal Chaudhry")
    assert "Tomasz" not in texts(at) and "Precious" not in texts(at)


def test_provenance_findings_and_the_diff_are_shown(env, queue):
    at = run(page_as(env, "queue.py", "sup.north"))
    shown = [m.value for m in at.markdown]
    for fact in ("**mock/apptest**", "**home_visit v1**", "**2025-11-14 10:05**", "**4**"):
        assert fact in shown, shown
    assert {"Model", "Prompt", "Drafted", "Identifiers replaced"} <= {c.value for c in at.caption}
    metrics = {m.label: m.value for m in at.metric}
    assert any("PERSON: 3, UK_NHS: 1" in c.value for c in at.caption)
    # 16 of the AI draft's 17 words kept ("hostile." removed), 4 added ("upset about the housing.")
    assert metrics["AI-written text kept"] == "94%"
    assert (metrics["Words removed"], metrics["Words added by the social worker"]) == ("1", "4")
    shown = " ".join(m.value for m in at.markdown)
    assert "<del" in shown and "hostile." in shown and "<ins" in shown
    assert "Overall score" in metrics  # the latest version reviewed: findings with their scores
    assert [t.label for t in at.tabs] == ["Record and findings", "What changed from the AI draft", "Notes"]
    assert [v.object_id for v in Store(env).audit_entries(actor="sup.north", action="view")] == [str(queue["older"])]


def test_approve_signs_off_and_the_record_leaves_the_queue(env, queue):
    at = run(page_as(env, "queue.py", "sup.north"))
    widget(at.text_area, "Comment").input("Clear and kind.")
    at = click(at, "Approve")
    assert [s.value for s in at.success] == [f"Record #{queue['older']} approved."]
    assert Store(env).get_draft(queue["older"]).status == "approved"
    (sign_off,) = Store(env).get_draft(queue["older"]).sign_offs
    assert (sign_off.decision, sign_off.comment) == ("approve", "Clear and kind.")
    assert widget(at.selectbox, "Waiting for sign-off (1)").options[0].startswith(f"#{queue['newer']}")


def test_returning_needs_a_comment_then_goes_back_to_the_worker(env, queue):
    at = click(run(page_as(env, "queue.py", "sup.north")), "Return to social worker")
    assert [e.value for e in at.error] == ["say what needs changing: returning a record needs a comment"]
    assert Store(env).get_draft(queue["older"]).status == "submitted"
    widget(at.text_area, "Comment").input("Add Kofi's own words.")
    at = click(at, "Return to social worker")
    assert Store(env).get_draft(queue["older"]).status == "returned"
    assert [s.value for s in at.success] == [f"Record #{queue['older']} returned to the social worker."]


def test_a_record_signed_off_elsewhere_meanwhile_is_a_clear_message(env, people, queue):
    at = run(page_as(env, "queue.py", "sup.north"))
    Records(Store(env)).approve(people["sup.north"], queue["older"])  # another tab, another supervisor
    at = click(at, "Approve")
    assert not at.error
    assert [i.value for i in at.info][0].startswith(f"Record #{queue['older']} is no longer waiting for sign-off")
    assert Store(env).get_draft(queue["newer"]).status == "submitted"  # the click did not land on the next one
    assert len(Store(env).get_draft(queue["older"]).sign_offs) == 1


def test_an_empty_queue_says_so(env, people):
    at = run(page_as(env, "queue.py", "sup.south"))
    assert [i.value for i in at.info] == ["Nothing is waiting for your sign-off."]


@pytest.mark.parametrize("who", ["ana", "eve", "root"])
def test_only_supervisors_use_the_queue(env, queue, who):
    at = run(page_as(env, "queue.py", who))
    (error,) = [e.value for e in at.error]
    assert error.startswith("This page is for supervisors")
    assert not at.selectbox and "Zofia" not in texts(at)


def test_search_finds_only_records_the_supervisor_may_see(env, queue):
    at = run(page_as(env, "queue.py", "sup.north"))
    widget(at.text_input, "Search for").input("visit to a child")
    at = run(at)
    found = [m.value for m in at.markdown if m.value.startswith("**#")]
    ids = {int(v.split("**")[1][1:]) for v in found}
    assert ids == {queue["older"], queue["newer"]}  # not the unsubmitted draft, not team south
    assert "Precious" not in texts(at) and "Tomasz" not in texts(at)


def test_search_hits_shown_and_opened_are_audited_as_views_once(env, queue):
    store = Store(env)
    at = run(page_as(env, "queue.py", "sup.north"))
    widget(at.text_input, "Search for").input("visit to a child")
    at = run(at)
    shown = [e for e in store.audit_entries(actor="sup.north", action="view") if e.details.get("via") == "search"]
    assert sorted(int(e.object_id) for e in shown) == sorted([queue["older"], queue["newer"]])
    at = run(at)  # any other click reruns the page: the same hits are not logged again
    again = [e for e in store.audit_entries(actor="sup.north", action="view") if e.details.get("via") == "search"]
    assert len(again) == len(shown)
    widget(at.button, f"Open #{queue['newer']}").click()
    at.run()
    # AppTest cannot follow st.switch_page; the page is asked to open the record as the switch would.
    assert at.session_state["records_open"] == (queue["newer"], "search")
    opened = ok(page_as(env, "records.py", "sup.north", records_open=(queue["newer"], "search")).run())
    assert "Zofia" in texts(opened)
    entry = store.audit_entries(actor="sup.north", action="view")[0]
    assert (entry.object_id, entry.details) == (str(queue["newer"]), {"status": "submitted", "via": "search"})
