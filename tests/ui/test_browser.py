"""The real app in a real browser: `heard ui` as a subprocess, driven by headless Chromium.

Uses Debian's Chromium (`make browser` installs it); playwright never downloads a browser here.
Each step is saved as a full-page screenshot in test-artifacts/ at the repository root.
The accounts are made with `heard user add ... --password-stdin` against the server's data
directory before it starts, as an admin would.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STARTUP_TIMEOUT = 60  # seconds for the server to answer its health check
DRAFT_TIMEOUT = 180_000  # ms: the first draft loads spaCy and the embedding model

NOTES = """Home visit 14 Nov, 10am. Present: Ayesha Khan (9) and her mum Fatima Khan.
I saw Ayesha alone in her bedroom. She said "I like my new school and I have a friend called Mia."
Mum said things are calmer since the family support worker started. NHS 943 476 5919."""
IDENTIFIERS = ["Ayesha Khan", "Fatima Khan", "943 476 5919"]
PASSWORD = "browser test 9"
ACCOUNTS = [  # username, role, team, display name
    ("ana", "social_worker", "north", "Ana Lima"),
    ("sup.north", "supervisor", "north", "Nkechi Obi"),
    ("eve", "evaluator", None, "Eve Kowalski"),
]
MINI_SUITE = ROOT / "tests" / "eval" / "data" / "mini_suite.jsonl"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("localhost", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode().strip() == "ok"
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


SERVER_ENV = {"HEARD_MODEL": "mock/browser", "PYTHONUNBUFFERED": "1"}


def add_account(data: Path, username: str, role: str, team: str | None, name: str) -> None:
    """`heard user add ... --password-stdin`, as an admin does on the server."""
    add = [sys.executable, "-m", "assistant.cli", "--data-dir", str(data), "user", "add",
           username, "--role", role, "--name", name, "--password-stdin"] + (["--team", team] if team else [])
    done = subprocess.run(add, cwd=ROOT, env={**os.environ, **SERVER_ENV}, input=PASSWORD + "\n",
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def server(tmp_path, request):
    """`heard --data-dir <tmp> ui --port <free port>` with the mock model and the three everyday
    accounts; yields the app's URL."""
    for account in ACCOUNTS:
        add_account(tmp_path / "data", *account)
    return start_server(tmp_path, request)


@pytest.fixture
def empty_server(tmp_path, request):
    """The same server on a fresh data directory: no accounts at all (a first `make run`)."""
    return start_server(tmp_path, request)


def start_server(tmp_path: Path, request) -> str:
    port = _free_port()
    env = {**os.environ, **SERVER_ENV}
    log_path = tmp_path / "server.log"
    log = log_path.open("wb")
    command = [sys.executable, "-m", "assistant.cli", "--data-dir", str(tmp_path / "data"),
               "ui", "--port", str(port)]
    # Its own process group: `heard ui` runs streamlit as a child, and both must be stopped.
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)

    def stop() -> None:
        """SIGTERM to heard and streamlit, SIGKILL for whatever is left after 20 s."""
        _signal_group(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 20
        while _group_alive(process.pid) and time.monotonic() < deadline:
            process.poll()  # reap heard itself so it does not linger as a zombie
            time.sleep(0.2)
        _signal_group(process.pid, signal.SIGKILL)
        process.wait()
        log.close()

    request.addfinalizer(stop)

    url = f"http://localhost:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not _healthy(f"{url}/_stcore/health"):
        if process.poll() is not None:
            pytest.fail(f"heard ui exited with {process.returncode}:\n{log_path.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            pytest.fail(f"heard ui not healthy after {STARTUP_TIMEOUT} s:\n{log_path.read_text()[-3000:]}")
        time.sleep(0.5)
    return url


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium not installed: run `make browser`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def browser_page(browser):
    return new_page(browser)


def new_page(browser):
    """A page in a fresh context: its own cookies and its own Streamlit session (another person)."""
    return browser.new_context(viewport={"width": 1440, "height": 1000}).new_page()


def sign_in(page, url: str, username: str, password: str = PASSWORD) -> None:
    from playwright.sync_api import expect

    page.goto(url)
    expect(page.get_by_label("Username")).to_be_visible(timeout=60_000)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password", exact=True).fill(password)
    page.get_by_role("button", name="Sign in").click()


def _content_height(page) -> int:
    return page.evaluate("""() => Math.max(document.body.scrollHeight,
        ...[...document.querySelectorAll('[data-testid=stMain], [data-testid=stAppViewContainer]')]
            .map(e => e.scrollHeight))""")


def shot(page, name: str) -> None:
    """A screenshot of the whole page once the app has finished its run.

    Streamlit scrolls inside its own container, so `full_page` alone would stop at the viewport:
    the viewport is grown to the content's height for the shot, then put back.
    """
    from playwright.sync_api import expect

    status = page.get_by_test_id("stStatusWidget")  # "Running…"
    expect(status).to_be_hidden(timeout=DRAFT_TIMEOUT)
    page.wait_for_timeout(500)  # a page that reruns itself (st.rerun) starts again just after finishing
    expect(status).to_be_hidden(timeout=DRAFT_TIMEOUT)
    expect(page.locator("[data-testid^=stSkeleton]")).to_have_count(0, timeout=30_000)  # elements still loading
    ARTIFACTS.mkdir(exist_ok=True)
    viewport = page.viewport_size
    height, previous = _content_height(page), -1
    while height != previous:  # an expander that was just opened is still growing
        page.wait_for_timeout(300)
        height, previous = _content_height(page), height
    page.set_viewport_size({"width": viewport["width"], "height": max(viewport["height"], height)})
    try:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    finally:
        page.set_viewport_size(viewport)


def test_draft_review_and_save_a_record_in_the_browser(browser_page, server):
    from playwright.sync_api import expect

    page = browser_page
    sign_in(page, server, "ana")
    notes = page.get_by_label("Visit notes")
    expect(notes).to_be_visible(timeout=60_000)
    expect(page.get_by_role("heading", name="Draft a case record")).to_be_visible()
    shot(page, "01-draft-page-empty")

    page.get_by_role("button", name="Draft record").click()
    expect(page.get_by_test_id("stAlertContentError")).to_contain_text("notes are empty")
    expect(page.get_by_label("Edit before saving")).to_have_count(0)
    shot(page, "02-error-no-notes")

    notes.fill(NOTES)
    notes.blur()
    record_type = page.get_by_role("combobox", name="Record type")
    record_type.click()
    page.get_by_role("option", name="Home visit", exact=True).click()
    expect(record_type).to_have_value("Home visit")
    shot(page, "03-notes-pasted-home-visit-chosen")

    page.get_by_role("button", name="Draft record").click()
    record = page.get_by_label("Edit before saving")
    expect(record).to_be_visible(timeout=DRAFT_TIMEOUT)
    expect(page.get_by_role("heading", name="Draft record")).to_be_visible()
    text = record.input_value()
    for name in IDENTIFIERS:
        assert name in text, f"{name!r} was not restored in the draft"
    assert "[PERSON_" not in text and "## Who was present" in text
    shot(page, "04-draft-ready")

    page.get_by_text("Exactly what was sent to the model (pseudonymised)").click()
    sent = page.get_by_test_id("stExpander").filter(has_text="Exactly what was sent").get_by_test_id("stCode")
    expect(sent).to_be_visible()
    sent_text = sent.inner_text()
    assert "[PERSON_1]" in sent_text and "[UK_NHS_1]" in sent_text
    for name in IDENTIFIERS + ["Ayesha", "Fatima", "Khan"]:
        assert name not in sent_text, f"{name!r} was sent to the model"
    shot(page, "05-sent-to-model-expanded")

    page.get_by_role("button", name="Save version").click()
    expect(page.get_by_text("Saved as version 2 of draft #1")).to_be_visible(timeout=30_000)
    shot(page, "06-version-saved")


def test_journeys_social_worker_submits_supervisor_approves_evaluator_runs_a_suite(browser, server):
    """The three everyday journeys on one server, each person in their own browser context."""
    from playwright.sync_api import expect

    # 1. The social worker: a wrong password first, then drafts with the mock model, edits, saves, submits.
    worker = new_page(browser)
    sign_in(worker, server, "ana", "not the password")
    expect(worker.get_by_test_id("stAlertContentError")).to_contain_text("wrong username or password")
    shot(worker, "10-sign-in-wrong-password")
    sign_in(worker, server, "ana")
    notes = worker.get_by_label("Visit notes")
    expect(notes).to_be_visible(timeout=60_000)
    expect(worker.get_by_test_id("stSidebar")).to_contain_text("Ana Lima · social worker, team north")
    notes.fill(NOTES)
    notes.blur()
    worker.get_by_role("button", name="Draft record").click()
    record = worker.get_by_label("Edit before saving")
    expect(record).to_be_visible(timeout=DRAFT_TIMEOUT)
    shot(worker, "11-social-worker-draft-ready")
    edited = record.input_value().replace("Not recorded in the notes.", "Ayesha showed me her new school bag.", 1)
    record.fill(edited)
    record.blur()
    worker.get_by_role("button", name="Save version").click()
    expect(worker.get_by_text("Saved as version 2 of draft #1")).to_be_visible(timeout=60_000)
    shot(worker, "12-social-worker-edited-and-saved")
    worker.get_by_role("button", name="Submit for sign-off").click()
    expect(worker.get_by_text("Submitted draft #1 for sign-off")).to_be_visible(timeout=60_000)
    expect(worker.get_by_label("Edit before saving")).to_be_disabled()
    shot(worker, "13-social-worker-submitted")
    worker.get_by_role("link", name="My records").click()
    expect(worker.get_by_role("heading", name="My records")).to_be_visible(timeout=30_000)
    shot(worker, "14-social-worker-my-records")

    # 2. The supervisor: sees it in the queue, reads the findings and the diff, approves.
    supervisor = new_page(browser)
    sign_in(supervisor, server, "sup.north")
    expect(supervisor.get_by_role("heading", name="Supervisor queue")).to_be_visible(timeout=60_000)
    expect(supervisor.get_by_text("Overall score")).to_be_visible(timeout=DRAFT_TIMEOUT)
    picked = supervisor.get_by_role("combobox", name="Waiting for sign-off (1)")
    expect(picked).to_have_value(re.compile(r"#1 · Home visit · Ana Lima"))
    expect(supervisor.get_by_text("mock/browser", exact=True)).to_be_visible()
    shot(supervisor, "20-supervisor-queue-findings")
    supervisor.get_by_role("tab", name="What changed from the AI draft").click()
    diff = supervisor.locator("ins").filter(has_text="school bag")
    expect(diff.first).to_be_visible()
    kept = supervisor.get_by_test_id("stMetric").filter(has_text="AI-written text kept")
    share = int(re.search(r"(\d+)%", kept.inner_text()).group(1))
    assert 50 < share < 100, share
    shot(supervisor, "21-supervisor-diff")
    supervisor.get_by_label("Comment").fill("Clear, and Ayesha's words are there.")
    supervisor.get_by_label("Comment").blur()
    supervisor.get_by_role("button", name="Approve").click()
    expect(supervisor.get_by_text("Record #1 approved.")).to_be_visible(timeout=60_000)
    expect(supervisor.get_by_text("Nothing is waiting for your sign-off.")).to_be_visible()
    shot(supervisor, "22-supervisor-approved")

    # The social worker sees the approval and exports the record. A reload keeps her signed in.
    worker.reload()
    expect(worker.get_by_test_id("stSidebar")).to_contain_text("Ana Lima · social worker", timeout=60_000)
    expect(worker.get_by_label("Username")).to_have_count(0)
    worker.get_by_role("link", name="My records").click()
    worker.get_by_role("combobox", name="Open a record").click()
    worker.get_by_role("option", name=re.compile(r"#1 · Home visit · approved")).click()
    expect(worker.get_by_text("Clear, and Ayesha's words are there.")).to_be_visible(timeout=30_000)
    worker.get_by_role("button", name="Prepare export").click()
    exported = worker.get_by_test_id("stCode")
    expect(exported).to_contain_text("AI assisted: first drafted by heard with the model mock/browser", timeout=30_000)
    expect(worker.get_by_role("button", name="Download .docx")).to_be_visible()
    shot(worker, "15-social-worker-approved-and-exported")

    # Signing out revokes the session and clears the cookie: a reload, or the old cookie put back
    # by hand, lands on the sign-in page.
    session_cookie = next(c for c in worker.context.cookies() if c["name"] == "heard_session")
    assert session_cookie["sameSite"] == "Strict" and session_cookie["expires"] == -1  # goes with the browser
    worker.get_by_role("button", name="Sign out").click()
    expect(worker.get_by_text("You have signed out.")).to_be_visible(timeout=30_000)
    expect(worker.get_by_label("Username")).to_be_visible()
    worker.wait_for_function("() => !document.cookie.includes('heard_session=')", timeout=30_000)
    worker.context.add_cookies([{k: session_cookie[k] for k in ("name", "value", "domain", "path", "sameSite")}])
    worker.reload()
    expect(worker.get_by_label("Username")).to_be_visible(timeout=60_000)
    expect(worker.get_by_text("your session has ended: sign in again")).to_be_visible()
    expect(worker.get_by_test_id("stSidebar")).to_have_count(0)
    shot(worker, "16-social-worker-signed-out-old-cookie-refused")

    # 3. The evaluator: runs the first cases of a small suite with the mock model and sees the charts.
    evaluator = new_page(browser)
    sign_in(evaluator, server, "eve")
    expect(evaluator.get_by_role("heading", name="Evaluate")).to_be_visible(timeout=60_000)
    expect(evaluator.get_by_test_id("stSidebar")).not_to_contain_text("My records")
    evaluator.get_by_role("combobox", name="Suite").click()
    evaluator.get_by_role("option", name="upload cases (JSONL)").click()
    evaluator.locator("input[type=file]").set_input_files(str(MINI_SUITE))
    expect(evaluator.get_by_text("mini_suite.jsonl")).to_be_visible(timeout=30_000)
    count = evaluator.get_by_label("First N cases (0 = all)")
    count.fill("4")
    count.press("Enter")
    evaluator.get_by_role("textbox", name="Model").fill("mock/browser")
    evaluator.get_by_role("textbox", name="Model").press("Enter")
    shot(evaluator, "30-evaluator-new-run")
    evaluator.get_by_role("button", name="Run evaluation").click()
    expect(evaluator.get_by_text("Run saved as")).to_be_visible(timeout=DRAFT_TIMEOUT)
    chart = evaluator.locator("svg[aria-label^='share of cases']")
    expect(chart).to_be_visible()
    expect(chart).to_contain_text("fact_recall")
    assert chart.locator("rect").count() >= 5
    expect(evaluator.get_by_text("4 cases scored", exact=False)).to_be_visible()
    shot(evaluator, "31-evaluator-results-and-chart")

    # Results by group and the bias analysis, then a second run compared with the first.
    attribute = evaluator.get_by_role("combobox", name="Attribute")
    attribute.click()
    attribute.fill("gender")
    attribute.press("Enter")
    groups = evaluator.locator("svg[aria-label*=' by gender']")
    expect(groups).to_be_visible(timeout=30_000)
    expect(groups).to_contain_text("female")
    expect(evaluator.get_by_text("2 counterfactual pairs ·", exact=False)).to_be_visible()
    shot(evaluator, "32-evaluator-groups-and-bias")
    evaluator.get_by_role("button", name="Run evaluation").click()
    expect(evaluator.get_by_role("combobox", name="Run A")).to_be_visible(timeout=DRAFT_TIMEOUT)
    evaluator.get_by_role("button", name="Compare").click()
    compared = evaluator.locator("svg[aria-label^='B - A']")
    expect(compared).to_be_visible(timeout=60_000)
    expect(compared).to_contain_text("fact_recall")
    expect(evaluator.get_by_text("4 cases in both runs (compared pairwise)", exact=False)).to_be_visible()
    shot(evaluator, "33-evaluator-compare-two-runs")


def test_admin_journey_first_admin_adds_a_user_changes_a_setting_and_checks_the_log(browser, empty_server, tmp_path):
    """A first `make run`: the sign-in page says how to make the first admin; the admin adds a
    social worker on the Users page, saves a setting (it survives a reload), and verifies the log."""
    from playwright.sync_api import expect

    admin = new_page(browser)
    admin.goto(empty_server)
    hint = admin.get_by_test_id("stAlertContentInfo").filter(has_text="No accounts yet")
    expect(hint).to_contain_text("heard user add NAME --role admin", timeout=60_000)
    shot(admin, "40-first-run-sign-in-says-how-to-add-an-admin")

    add_account(tmp_path / "data", "root", "admin", None, "Rhiannon Evans")
    sign_in(admin, empty_server, "root")
    expect(admin.get_by_role("heading", name="Audit log")).to_be_visible(timeout=60_000)
    expect(admin.get_by_text("No accounts yet")).to_have_count(0)
    expect(admin.get_by_test_id("stSidebar")).to_contain_text("Rhiannon Evans · admin")

    admin.get_by_role("link", name="Users").click()
    expect(admin.get_by_role("heading", name="Add a user")).to_be_visible(timeout=30_000)
    admin.get_by_role("textbox", name="New username").fill("ngozi.a")
    admin.get_by_label("Name shown in the app").fill("Ngozi Adeyemi")
    admin.get_by_role("combobox", name="Role").click()
    admin.get_by_role("option", name="social worker", exact=True).click()
    admin.get_by_label("Team (social workers and supervisors)").fill("east")
    admin.get_by_role("textbox", name="Initial password").fill(PASSWORD)
    admin.get_by_role("button", name="Add user").click()
    expect(admin.get_by_text("Added ngozi.a (social worker).")).to_be_visible(timeout=30_000)
    shot(admin, "41-admin-added-a-user")

    admin.get_by_role("link", name="Settings").click()
    expect(admin.get_by_role("heading", name="Settings")).to_be_visible(timeout=30_000)
    expect(admin.get_by_role("textbox", name="Model backend")).to_be_disabled()  # HEARD_MODEL is set for this server
    expect(admin.get_by_text("HEARD_MODEL", exact=False).first).to_be_visible()
    admin.get_by_role("button", name="Test connection").click()
    expect(admin.get_by_text("mock/browser answered in", exact=False)).to_be_visible(timeout=60_000)
    timeout = admin.get_by_role("spinbutton", name="Timeout (seconds)")
    timeout.fill("45")
    timeout.press("Enter")
    admin.get_by_text("Allow raw notes to local models").click()
    admin.get_by_role("button", name="Save settings").click()
    expect(admin.get_by_text("Saved timeout, redaction_policy", exact=False)).to_be_visible(timeout=30_000)
    shot(admin, "42-admin-settings-saved")
    admin.reload()  # still signed in, and the saved choices are what the page shows
    expect(admin.get_by_role("heading", name="Settings")).to_be_visible(timeout=60_000)
    expect(admin.get_by_role("spinbutton", name="Timeout (seconds)")).to_have_value("45.00")
    expect(admin.get_by_role("radio", name="Allow raw notes to local models")).to_be_checked()

    admin.get_by_role("link", name="Audit log").click()
    admin.get_by_role("button", name="Verify chain").click()
    expect(admin.get_by_text("Intact: ", exact=False)).to_be_visible(timeout=30_000)
    table = admin.get_by_test_id("stDataFrame")
    expect(table).to_be_visible()
    shot(admin, "43-admin-audit-log-verified")

    # The new social worker can sign in at once.
    worker = new_page(browser)
    sign_in(worker, empty_server, "ngozi.a")
    expect(worker.get_by_test_id("stSidebar")).to_contain_text("Ngozi Adeyemi · social worker, team east",
                                                               timeout=60_000)
