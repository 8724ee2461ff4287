"""The admin pages: Audit log (filters, "Verify chain" intact and broken), Users (add, disable)
and Settings (test connection, redaction policy, data directory). Admins only."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from assistant.accounts import Accounts, LoginFailed
from assistant.config import Settings
from assistant.llm import mock
from assistant.storage import Store
from tests.ui.conftest import PASSWORD, click, make_record, ok, page_as, widget


def run(at):
    at.run()
    return ok(at)


def audit_table(at):
    return at.dataframe[0].value


@pytest.fixture
def history(env, people):
    """Some of everything: records made, submitted, viewed and signed off, a failed sign-in."""
    first = make_record(env, people, "ana", "approved", edit="## Purpose\nEdited.")
    make_record(env, people, "bilal", "submitted")
    with pytest.raises(LoginFailed):
        Accounts(Store(env)).login("ana", "not my password")
    return first


def test_the_audit_log_lists_everything_newest_first(env, history):
    at = run(page_as(env, "audit.py", "root"))
    table = audit_table(at)
    assert list(table["#"]) == sorted(table["#"], reverse=True)
    assert {"user_add", "draft", "model_call", "edit", "submit", "approve", "login", "login_failed"} <= set(table["action"])


@pytest.mark.parametrize("actor, action, expected", [
    ("ana", "any", {"draft", "model_call", "create", "edit", "submit", "login_failed"}),
    ("", "approve", {"approve"}),
    ("SUP.NORTH", "any", {"approve"}),
    ("nobody", "any", set()),
])
def test_filters_by_person_and_action(env, history, actor, action, expected):
    at = run(page_as(env, "audit.py", "root"))
    widget(at.text_input, "Person (username)").input(actor)
    widget(at.selectbox, "Action").select(action)
    at = run(at)
    if not expected:
        assert not at.dataframe and [i.value for i in at.info] == ["No entries match these filters."]
        return
    table = audit_table(at)
    assert set(table["action"]) == expected
    if actor:
        assert set(table["who"]) <= {actor.lower()}


def test_verify_says_intact_then_names_the_first_altered_entry(env, history):
    at = click(run(page_as(env, "audit.py", "root")), "Verify chain")
    (ok_message,) = [s.value for s in at.success]
    assert ok_message.startswith("Intact: ") and "entries checked" in ok_message
    store = Store(env)
    target = [e for e in store.audit_entries(action="approve")][0].seq
    with store.engine.begin() as c:  # someone edits the log behind heard's back
        c.execute(text("UPDATE audit_log SET actor = 'someone' WHERE seq = :s"), {"s": target})
    at = click(at, "Verify chain")
    (broken,) = [e.value for e in at.error]
    assert broken.startswith(f"Broken at entry #{target}: altered")


@pytest.mark.parametrize("who", ["ana", "sup.north", "eve"])
def test_only_admins_read_the_log_and_the_refusal_is_audited(env, history, who):
    at = run(page_as(env, "audit.py", who))
    (error,) = [e.value for e in at.error]
    assert error == f"{who} cannot read the audit log: only an admin can"
    assert not at.dataframe
    assert Store(env).audit_entries(actor=who, action="denied")[0].object_type == "audit_log"


def test_users_lists_adds_and_disables(env, people):
    at = run(page_as(env, "users.py", "root"))
    assert set(at.dataframe[0].value["username"]) == set(people)
    widget(at.text_input, "New username").input("oluwaseun.a")
    widget(at.text_input, "Name shown in the app").input("Oluwaseun Adeyemi")
    widget(at.selectbox, "Role").select("supervisor")
    widget(at.text_input, "Team (social workers and supervisors)").input("east")
    widget(at.text_input, "Initial password").input("long enough 1")
    at = click(at, "Add user")
    assert [s.value for s in at.success] == ["Added oluwaseun.a (supervisor)."]
    assert Accounts(Store(env)).login("oluwaseun.a", "long enough 1").user.team == "east"

    widget(at.selectbox, "User to disable").select("bilal")
    at = click(at, "Disable")
    assert [s.value for s in at.success] == ["Disabled bilal: they can no longer sign in."]
    with pytest.raises(LoginFailed):
        Accounts(Store(env)).login("bilal", PASSWORD)
    assert "root" not in widget(at.selectbox, "User to disable").options  # not yourself


@pytest.mark.parametrize("fields, message", [
    ({"New username": "x y", "Initial password": "long enough 1"}, "bad username"),
    ({"New username": "newsw", "Initial password": "long enough 1"}, "needs a team"),
    ({"New username": "ana", "Initial password": "long enough 1", "Team (social workers and supervisors)": "n"},
     "there is already a user ana"),
    ({"New username": "newsw", "Initial password": "short", "Team (social workers and supervisors)": "n"},
     "too short"),
])
def test_adding_a_bad_user_is_a_clear_error(env, people, fields, message):
    at = run(page_as(env, "users.py", "root"))
    for label, value in fields.items():
        widget(at.text_input, label).input(value)
    at = click(at, "Add user")
    (error,) = [e.value for e in at.error]
    assert message in error


@pytest.mark.parametrize("who", ["ana", "sup.north", "eve"])
def test_only_admins_manage_users(env, people, who):
    at = run(page_as(env, "users.py", who))
    (error,) = [e.value for e in at.error]
    assert error == "only an admin can list users" and not at.dataframe


@pytest.fixture
def free_env(env, monkeypatch):
    """As the app runs when nothing in its environment fixes the model."""
    monkeypatch.delenv("HEARD_MODEL")
    return env


def test_settings_shows_the_policy_and_where_data_lives(env, people):
    at = run(page_as(env, "settings.py", "root"))
    model = widget(at.text_input, "Model backend")
    assert model.value == "mock/apptest" and model.disabled  # HEARD_MODEL wins: not editable here
    assert "HEARD_MODEL" in " ".join(c.value for c in at.caption)
    assert widget(at.radio, "Policy").value == "pseudonymise"
    table = at.dataframe[0].value
    where = dict(zip(table["what"], table["where"], strict=True))
    assert where["data directory"] == str(env.data_dir)
    assert where["settings saved from this page"] == str(env.data_dir / "settings.toml")


def test_saved_settings_persist_and_are_audited(free_env, people):
    at = run(page_as(free_env, "settings.py", "root"))
    widget(at.text_input, "Model backend").input("ollama/llama3.1")
    widget(at.text_input, "Ollama server").input("http://gpu-box.council.local:11434")
    widget(at.number_input, "Timeout (seconds)").set_value(45.0)
    widget(at.radio, "Policy").set_value("allow_raw_local")
    at = click(at, "Save settings")
    (saved,) = [s.value for s in at.success]
    assert saved.startswith("Saved model, ollama_base_url, timeout, redaction_policy")
    # A new session (a restart, another admin) reads the saved choices back.
    again = run(page_as(free_env, "settings.py", "root"))
    assert widget(again.text_input, "Model backend").value == "ollama/llama3.1"
    assert widget(again.number_input, "Timeout (seconds)").value == 45.0
    assert widget(again.radio, "Policy").value == "allow_raw_local"
    s = Settings()
    assert (s.model, s.ollama_base_url, s.redaction_policy) == ("ollama/llama3.1", "http://gpu-box.council.local:11434",
                                                                "allow_raw_local")
    entry = Store(free_env).audit_entries(actor="root", action="edit")[0]
    assert entry.object_type == "settings" and entry.details["changed"]["model"] == ["local/smollm2-135m", "ollama/llama3.1"]
    at = click(again, "Save settings")
    assert [s.value for s in at.success] == ["Nothing had changed."]


def test_test_connection_succeeds_with_a_working_model(free_env, people):
    mock.queue("conn", "ready")
    at = run(page_as(free_env, "settings.py", "root"))
    widget(at.text_input, "Model backend").input("mock/conn")
    at = click(at, "Test connection")
    (message,) = [s.value for s in at.success]
    assert message.startswith("mock/conn answered in ") and message.endswith("“ready”")
    assert "single word" in str(mock.sent("conn")[0][0].content)
    assert not (free_env.data_dir / "settings.toml").exists()  # testing saves nothing


@pytest.mark.parametrize("model, server, reply, message", [
    ("mock/down", None, RuntimeError("connection refused by server"), "Cannot use mock/down: mock/down:"),
    ("ollama/llama3.1", "http://127.0.0.1:9", None, "cannot reach the server (Ollama at http://127.0.0.1:9)"),
    ("nope/x", None, None, "unknown model provider 'nope'"),
    ("llama3", None, None, "model must be PROVIDER/NAME"),
])
def test_test_connection_failures_are_one_line(free_env, people, model, server, reply, message):
    if reply is not None:
        mock.queue("down", reply)
    at = run(page_as(free_env, "settings.py", "root"))
    widget(at.text_input, "Model backend").input(model)
    if server:
        widget(at.text_input, "Ollama server").input(server)
    at = click(at, "Test connection")
    (error,) = [e.value for e in at.error]
    assert message in error and "\n" not in error and "Check that the server is running" in error


@pytest.mark.parametrize("who", ["ana", "sup.north", "eve"])
def test_only_admins_see_settings(env, people, who):
    at = run(page_as(env, "settings.py", who))
    (error,) = [e.value for e in at.error]
    assert error.startswith("This page is for admins") and not at.button


def test_records_without_an_owner_are_given_one(env, people):
    store = Store(env)
    old = [store.save_draft("Notes from 2023.", "home_visit", f"## Purpose\nOld record {n}.", {"model": "mock/old"},
                           case_reference=f"MOSAIC-{n}").id for n in range(3)]
    at = run(page_as(env, "users.py", "root"))
    assert "Records without an owner (3)" in [s.value for s in at.subheader]
    table = at.dataframe[1].value
    assert list(table["#"]) == old and list(table["case"]) == ["MOSAIC-0", "MOSAIC-1", "MOSAIC-2"]
    assert "Old record" not in str(table.to_dict())  # the admin does not read them
    owner = widget(at.selectbox, "New owner")
    assert owner.options == ["Ana Lima (ana, north)", "Bilal Chaudhry (bilal, north)", "Chidi Okeke (chidi, south)",
                             "Nkechi Obi (sup.north, north)", "Sean Murphy (sup.south, south)"]  # no evaluator or admin
    widget(at.multiselect, "Records to assign").set_value(old[:2])
    owner.set_value("bilal")
    at = click(at, "Assign")
    assert [s.value for s in at.success] == [f"Assigned #{old[0]}, #{old[1]} to bilal."]
    assert "Records without an owner (1)" in [s.value for s in at.subheader]
    assert {store.get_draft(i).owner.username for i in old[:2]} == {"bilal"}
    assert [e.details["assigned_owner"] for e in store.audit_entries(actor="root", action="edit")] == ["bilal"] * 2
    # bilal can now open it, and ana cannot.
    from assistant.records import Records

    assert Records(store).get(people["bilal"], old[0]).id == old[0]


def test_assigning_without_choosing_is_a_clear_error(env, people):
    Store(env).save_draft("Notes.", "home_visit", "Text.", {"model": "mock/old"})
    at = click(run(page_as(env, "users.py", "root")), "Assign")
    (error,) = [e.value for e in at.error]
    assert error == "Choose the records and the person who will own them."


def test_with_every_record_owned_the_section_is_not_shown(env, people):
    make_record(env, people, "ana")
    at = run(page_as(env, "users.py", "root"))
    assert not any("without an owner" in s.value for s in at.subheader)


def test_an_admin_resets_a_password_and_enables_a_disabled_account(env, people):
    old = Accounts(Store(env)).login("chidi", PASSWORD)
    at = run(page_as(env, "users.py", "root"))
    widget(at.selectbox, "Account").set_value("chidi")
    widget(at.text_input, "New password").input("brand new pw 4")
    at = click(at, "Set password")
    assert [s.value for s in at.success] == ["New password set for chidi; their open sessions have ended."]
    from assistant.accounts import SessionExpired

    with pytest.raises(SessionExpired):
        Accounts(Store(env)).resume(old.token)
    assert Accounts(Store(env)).login("chidi", "brand new pw 4").user.username == "chidi"

    Accounts(Store(env)).disable("bilal")
    at = run(page_as(env, "users.py", "root"))
    widget(at.selectbox, "Disabled user to enable again").set_value("bilal")
    at = click(at, "Enable")
    assert [s.value for s in at.success] == ["Enabled bilal: they can sign in again."]
    assert Accounts(Store(env)).login("bilal", PASSWORD).user.username == "bilal"
    widget(at.text_input, "New password").input("short")
    at = click(at, "Set password")
    assert any("too short" in e.value for e in at.error)
