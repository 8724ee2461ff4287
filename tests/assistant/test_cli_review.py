"""`heard review` and `heard eval review`: the DESIGN.md contracts, exit codes and bad input."""

from __future__ import annotations

import json

import pytest

from tests.eval.checks.conftest import FAITHFUL, NOTES

BAD = FAITHFUL + "\nMum was hostile and Aisha has been self-harming."


@pytest.fixture
def files(tmp_path):
    def write(name: str, text: str):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)
    return write


def test_review_json_contract(cli, files):
    code, out, err = cli("review", files("r.txt", BAD), "--notes", files("n.txt", NOTES), "--type", "home_visit",
                         "--json")
    assert code == 0, err
    result = json.loads(out)
    assert {"findings", "scores"} <= set(result)
    finding = next(f for f in result["findings"] if f["check"] == "accuracy.invented_risk")
    assert set(finding) == {"check", "approach", "severity", "message", "span", "evidence", "suggestion"}
    assert BAD[finding["span"][0]:finding["span"][1]].startswith("Mum was hostile")
    assert 0 <= result["scores"]["overall"] < 100


def test_fail_on_gives_exit_1_only_when_asked(cli, files):
    record, notes = files("r.txt", BAD), files("n.txt", NOTES)
    assert cli("review", record, "--notes", notes, "--fail-on", "high")[0] == 1
    assert cli("review", files("ok.txt", FAITHFUL), "--notes", notes, "--fail-on", "high")[0] == 0
    code, out, _ = cli("review", record, "--notes", notes)
    assert code == 0 and "accuracy.invented_risk" in out and "Overall score" in out


def test_without_notes_the_output_says_which_checks_were_skipped(cli, files):
    code, out, _ = cli("review", files("r.txt", BAD), "--json")
    result = json.loads(out)
    assert code == 0
    assert result["skipped"]["voice.quote_dropped"] == "no notes given"
    assert "language.stigmatising" in {f["check"] for f in result["findings"]}


@pytest.mark.parametrize("args, message", [
    (["review", "{empty}"], "record is empty"),
    (["review", "{record}", "--type", "court_report"], "unknown record type 'court_report'"),
    (["review", "{record}", "--notes", "{empty}"], "notes are empty"),
    (["review", "{missing}"], "record file not found"),
    (["review", "{big}"], "record is over 1 MB"),
    (["review", "{latin1}"], "record file is not UTF-8"),
    (["review"], "give a RECORD file"),
    (["review", "{record}", "--jsonl", "{jsonl}"], "not both"),
    (["review", "--jsonl", "{broken}"], ":2: "),
    (["eval", "review", "--dataset", "{broken}"], "b.jsonl:1: missing field 'notes'"),
])
def test_bad_input_is_one_line_and_exit_2(cli, files, tmp_path, args, message):
    (tmp_path / "latin1.txt").write_bytes("Zoë".encode("latin-1"))
    paths = {"empty": files("e.txt", "  \n"), "record": files("r.txt", FAITHFUL), "missing": str(tmp_path / "no.txt"),
             "big": files("big.txt", "x" * 1_000_001), "latin1": str(tmp_path / "latin1.txt"),
             "jsonl": files("ok.jsonl", ""), "broken": files("b.jsonl", '{"id": "a", "record": "x"}\n{oops\n')}
    code, out, err = cli(*[a.format(**paths) for a in args])
    assert code == 2 and message in err and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1


def test_review_jsonl_keeps_every_row_and_reports_the_unusable_ones(cli, files):
    lines = [{"id": "ok", "record": BAD, "notes": NOTES, "type": "home_visit"},
             {"id": "no-notes", "record": FAITHFUL},
             {"id": "bad-type", "record": FAITHFUL, "notes": NOTES, "type": "nope"},
             {"id": "empty", "record": "   "}]
    code, out, err = cli("review", "--jsonl", files("in.jsonl", "".join(json.dumps(x) + "\n" for x in lines)))
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["ok", "no-notes", "bad-type", "empty"]  # nothing silently dropped
    assert "accuracy.invented_risk" in {f["check"] for f in rows[0]["findings"]} and "scores" in rows[0]
    assert "unknown record type" in rows[2]["error"] and "record is empty" in rows[3]["error"]
    assert code == 2 and "2 of 4 records could not be reviewed" in err


def test_review_jsonl_skip_mode_reports_a_malformed_line_and_goes_on(cli, files):
    path = files("in.jsonl", json.dumps({"id": 1, "record": FAITHFUL}) + "\n{broken\n")
    code, out, err = cli("review", "--jsonl", path, "--on-error", "skip")
    assert code == 0 and [json.loads(x)["id"] for x in out.splitlines()] == [1]
    assert ":2:" in err


def test_eval_review_reports_detection_and_false_alarms(cli, files):
    dropped = FAITHFUL.replace("Aisha told me “I like my new school because I have friends”. ", "")
    added = "Aisha has been self-harming."
    risky = FAITHFUL.replace("## Analysis\n", f"## Analysis\n{added}\n")
    start = risky.index(added)
    rows = [{"id": "f", "record_type": "home_visit", "notes": NOTES, "record": FAITHFUL, "defect": None},
            {"id": "d", "record_type": "home_visit", "notes": NOTES, "record": dropped,
             "defect": {"kind": "quote_dropped", "check": "voice.quote_dropped", "span": None,
                        "target": "I like my new school because I have friends"}},
            {"id": "r", "record_type": "home_visit", "notes": NOTES, "record": risky,
             "defect": {"kind": "invented_risk", "check": "accuracy.invented_risk",
                        "span": [start, start + len(added)], "target": added}}]
    code, out, err = cli("eval", "review", "--dataset", files("d.jsonl", "".join(json.dumps(r) + "\n" for r in rows)),
                         "--json")
    report = json.loads(out)
    assert code == 0, err
    assert report["detection"]["quote_dropped"]["rate"] == 1.0
    assert report["detection"]["invented_risk"]["rate"] == 1.0
    assert report["faithful"] == 1 and all(r in (0, None) for r in report["false_alarm_rate"].values())
