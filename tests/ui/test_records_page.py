"""My records (ui/pages/records.py): each person's list by status and search, opening a record
(versions, findings, the supervisor's comments), export with the AI line, and refusals for a
record that is not theirs, however it is asked for."""

from __future__ import annotations

import pytest

from assistant.storage import Store
from tests.ui.conftest import click, make_record, ok, page_as, texts, widget

EDITED = "## Purpose\nHome visit to see **Kwame** (8).\n\n## Actions\n- SW to ring school by Friday"


@pytest.fixture
def world(env, people):
    return {
        "draft": make_record(env, people, "ana", "draft", text="## Purpose\nA visit about football."),
        "returned": make_record(env, people, "ana", "returned"),
        "approved": make_record(env, people, "ana", "approved", edit=EDITED),
        "bilal": make_record(env, people, "bilal", "submitted", text="## Purpose\nBilal's visit to Zainab."),
        "chidi": make_record(env, people, "chidi", "submitted", supervisor="sup.south"),
    }


def listed(at) -> list[int]:
    (table,) = at.dataframe
    return list(table.value["#"])


def run(at):
    at.run()
    return ok(at)


def test_a_social_worker_lists_only_their_own_records_with_their_status(env, world):
    at = run(page_as(env, "records.py", "ana"))
    assert sorted(listed(at)) == sorted([world["draft"], world["returned"], world["approved"]])
    statuses = dict(zip(at.dataframe[0].value["#"], at.dataframe[0].value["status"], strict=True))
    assert statuses[world["returned"]].endswith("returned") and statuses[world["approved"]].endswith("approved")


@pytest.mark.parametrize("search, status, expected", [
    ("football", "all", ["draft"]),
    ("FOOTBALL", "all", ["draft"]),
    ("kwame", "all", ["approved"]),
    ("", "returned", ["returned"]),
    ("zainab", "all", []),  # bilal's words: never found in ana's list
])
def test_search_and_status_filter_the_list(env, world, search, status, expected):
    at = run(page_as(env, "records.py", "ana"))
    widget(at.text_input, "Search").input(search)
    widget(at.selectbox, "Status").select(status)
    at = run(at)
    if expected:
        assert sorted(listed(at)) == sorted(world[k] for k in expected)
    else:
        assert not at.dataframe and [i.value for i in at.info] == ["No records match."]


def test_a_supervisor_sees_their_teams_submitted_records_not_other_teams(env, world):
    at = run(page_as(env, "records.py", "sup.north"))
    assert set(listed(at)) == {world["returned"], world["approved"], world["bilal"]}


def test_opening_a_returned_record_shows_the_comment_and_is_audited(env, world):
    at = run(page_as(env, "records.py", "ana"))
    widget(at.selectbox, "Open a record").select(world["returned"])
    at = run(at)
    assert [w.value for w in at.warning][0].endswith("Please add the child's own words.")
    assert "Carry on editing on the Draft page" in [b.label for b in at.button]
    views = Store(env).audit_entries(actor="ana", action="view")
    assert [v.object_id for v in views] == [str(world["returned"])]
    run(at)  # a rerun is not a second view
    assert len(Store(env).audit_entries(actor="ana", action="view")) == 1


def test_versions_are_shown_with_the_latest_first_selected(env, world):
    at = run(page_as(env, "records.py", "ana"))
    widget(at.selectbox, "Open a record").select(world["approved"])
    at = run(at)
    version = widget(at.radio, "Version")
    assert version.options == ["1 (mock/apptest)", "2 (ana)"] and version.value == 2
    assert "Kwame" in texts(at) and "Carry on editing on the Draft page" not in [b.label for b in at.button]
    version.set_value(1)
    at = run(at)
    assert "Kwame" not in " ".join(m.value for m in at.markdown)


def test_export_gives_copy_ready_text_and_a_docx_and_is_audited(env, world):
    at = run(page_as(env, "records.py", "ana"))
    widget(at.selectbox, "Open a record").select(world["approved"])
    at = click(run(at), "Prepare export")
    (code,) = [c.value for c in at.code]
    assert code.startswith("Purpose\nHome visit to see Kwame (8).\n\nActions\n• SW to ring school by Friday\n\n")
    assert code.rstrip().endswith("AI assisted: first drafted by heard with the model mock/apptest, prompt "
                                  "home_visit v1 (0123456789ab); then checked and edited by Ana Lima.")
    assert len(at.get("download_button")) == 1
    exports = Store(env).audit_entries(actor="ana", action="export")
    assert sorted(e.details["format"] for e in exports) == ["docx", "text"]


@pytest.mark.parametrize("how", ["query", "session"])
@pytest.mark.parametrize("whose", ["bilal", "chidi"])
def test_someone_elses_record_is_refused_however_it_is_asked_for(env, world, how, whose):
    target = world[whose]
    at = page_as(env, "records.py", "ana", **({"records_open": target} if how == "session" else {}))
    if how == "query":
        at.query_params["record"] = str(target)
    at = run(at)
    (error,) = [e.value for e in at.error]
    assert error.startswith(f"ana cannot view record {target}: it is not your record")
    assert "Zainab" not in texts(at) and not at.code and not at.radio
    (denied,) = Store(env).audit_entries(actor="ana", action="denied")
    assert denied.object_id == str(target)


def test_a_supervisor_cannot_open_another_teams_record_by_number(env, world):
    at = page_as(env, "records.py", "sup.north")
    at.query_params["record"] = str(world["chidi"])
    at = run(at)
    (error,) = [e.value for e in at.error]
    assert f"cannot view record {world['chidi']}" in error


def test_a_missing_record_number_is_a_clear_message(env, world):
    at = page_as(env, "records.py", "ana")
    at.query_params["record"] = "9999"
    assert [e.value for e in run(at).error] == ["no record 9999"]


@pytest.mark.parametrize("who", ["eve", "root"])
def test_evaluators_and_admins_see_no_records(env, world, who):
    at = run(page_as(env, "records.py", who))
    (error,) = [e.value for e in at.error]
    assert "do not see case records" in error
    assert not at.dataframe and not at.selectbox[1:]
