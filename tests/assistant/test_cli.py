"""The `heard` command: contracts from DESIGN.md and one-line errors with exit code 2."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from assistant.llm import mock

NOTES = 'Visited Ayesha Khan at home. Ayesha said "I like my new school". Mum Fatima was there.\n'


@pytest.fixture
def notes_file(tmp_path):
    path = tmp_path / "visit.txt"
    path.write_text(NOTES)
    return path


def test_help_does_not_load_the_model_stack():
    code = ("import sys; from assistant.cli import main\n"
            "try: main(['--help'])\nexcept SystemExit: pass\n"
            "heavy = [m for m in ('torch', 'transformers', 'spacy', 'chromadb', 'presidio_analyzer') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]")


def test_draft_json_contract(cli, notes_file):
    code, out, err = cli("draft", str(notes_file), "--type", "home_visit", "--model", "mock/cli", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert {"text", "sent", "findings", "provenance"} <= set(result)
    assert {"model", "template", "template_version", "template_hash"} <= set(result["provenance"])
    assert result["provenance"]["model"] == "mock/cli"
    assert "Ayesha" in result["text"] and "Ayesha" not in result["sent"] and "Fatima" not in result["sent"]


def test_draft_plain_prints_the_record(cli, notes_file):
    mock.queue("cli", "## Purpose\nA visit to [PERSON_1].")
    code, out, _ = cli("draft", str(notes_file), "--type", "home-visit", "--model", "mock/cli")
    assert (code, out.strip().splitlines()[-1]) == (0, "A visit to Ayesha Khan.")


@pytest.mark.parametrize("args, reason", [
    (["draft", "{notes}", "--type", "court_report", "--model", "mock/x"], "unknown record type 'court_report'"),
    (["draft", "{notes}", "--type", "home_visit", "--model", "nope/x"], "unknown model provider 'nope'"),
    (["draft", "{missing}", "--type", "home_visit", "--model", "mock/x"], "notes file not found"),
    (["draft", "{empty}", "--type", "home_visit", "--model", "mock/x"], "notes are empty"),
    (["draft", "{latin1}", "--type", "home_visit", "--model", "mock/x"], "not UTF-8 text"),
    (["draft", "{huge}", "--type", "home_visit", "--model", "mock/x"], "over 1 MB"),
    (["redact", "--jsonl", "{bad_jsonl}"], r"bad.jsonl:2: not valid JSON"),
    (["redact", "--jsonl", "{no_id_jsonl}"], r"noid.jsonl:1: missing field 'id'"),
])
def test_bad_input_is_one_line_and_exit_2(cli, notes_file, tmp_path, args, reason):
    files = {"notes": notes_file, "missing": tmp_path / "missing.txt", "empty": tmp_path / "empty.txt",
             "latin1": tmp_path / "latin1.txt", "huge": tmp_path / "huge.txt",
             "bad_jsonl": tmp_path / "bad.jsonl", "no_id_jsonl": tmp_path / "noid.jsonl"}
    files["empty"].write_text("  \n")
    files["latin1"].write_bytes("Zoë said hi".encode("latin-1"))
    files["huge"].write_text("word " * 250_000)
    files["bad_jsonl"].write_text('{"id": "a", "text": "fine"}\n{"id": "b", "text": \n')
    files["no_id_jsonl"].write_text('{"text": "no id"}\n')
    code, out, err = cli(*[a.format(**files) for a in args])
    assert code == 2
    assert err.startswith("heard: ") and len(err.strip().splitlines()) == 1
    assert re.search(reason, err), err
    assert out == ""


def test_server_down_is_exit_2_and_stores_nothing(cli, notes_file, monkeypatch, settings):
    monkeypatch.setenv("HEARD_OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    code, _, err = cli("draft", str(notes_file), "--type", "home_visit", "--model", "openai/x")
    assert code == 2 and err.startswith("heard: openai/x: cannot reach the server")
    from assistant.storage import Store

    assert Store(settings).drafts() == []


def test_redact_json_spans_and_placeholders(cli, notes_file):
    code, out, _ = cli("redact", str(notes_file), "--json")
    result = json.loads(out)
    assert code == 0 and "Ayesha" not in result["text"]
    for e in result["entities"]:
        assert e["placeholder"] in result["text"]
        assert NOTES[e["start"]:e["end"]] in {"Ayesha Khan", "Ayesha", "Fatima"}


def test_redact_jsonl_spans_index_the_input(cli, tmp_path):
    rows = [{"id": "1", "text": "Saw Tomasz Kowalski today."}, {"id": "2", "text": "NHS 943 476 5919 noted."}]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    code, out, _ = cli("redact", "--jsonl", str(path))
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [line["id"] for line in lines] == ["1", "2"]
    assert lines[0]["text"] == rows[0]["text"]
    found = {(line["id"], line["text"][e["start"]:e["end"]], e["type"]) for line in lines for e in line["entities"]}
    assert ("1", "Tomasz Kowalski", "PERSON") in found and ("2", "943 476 5919", "UK_NHS") in found


def test_redact_reads_standard_input(settings):
    run = subprocess.run([sys.executable, "-m", "assistant.cli", "--data-dir", str(settings.data_dir),
                          "redact", "-"], input="Grace Okafor phoned.", capture_output=True, text=True)
    assert run.returncode == 0 and "Grace" not in run.stdout and "[PERSON_1]" in run.stdout
