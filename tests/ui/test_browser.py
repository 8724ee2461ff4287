"""The real app in a real browser: `heard ui` as a subprocess, driven by headless Chromium.

Uses Debian's Chromium (`make browser` installs it); playwright never downloads a browser here.
Each step is saved as a full-page screenshot in test-artifacts/ at the repository root.
"""

from __future__ import annotations

import os
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


@pytest.fixture
def server(tmp_path, request):
    """`heard --data-dir <tmp> ui --port <free port>` with the mock model; yields the app's URL."""
    port = _free_port()
    env = {**os.environ, "HEARD_MODEL": "mock/browser", "PYTHONUNBUFFERED": "1"}
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
def browser_page():
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium not installed: run `make browser`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            yield page
        finally:
            browser.close()


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

    expect(page.get_by_test_id("stStatusWidget")).to_be_hidden(timeout=DRAFT_TIMEOUT)  # "Running…"
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
    page.goto(server)
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
