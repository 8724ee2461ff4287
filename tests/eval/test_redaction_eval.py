"""`heard eval redaction`: the scorer's arithmetic, and the command on real data and bad data."""

import json
from pathlib import Path

import pytest

from assistant.cli import main
from eval.redaction import evaluate
from redaction.spans import Span

ROOT = Path(__file__).resolve().parents[2]
ROW = {"id": "r1", "group": "g", "notes": "Saw Ayesha Khan at home.", "pii": [{"start": 4, "end": 15, "type": "PERSON"}]}


@pytest.mark.parametrize("spans, strict, chars, over", [
    ([Span(4, 15, "PERSON")], 1.0, 1.0, 0.0),
    ([Span(4, 10, "PERSON")], 0.0, 6 / 10, 0.0),            # half a name is a leaked name
    ([Span(4, 15, "LOCATION")], 1.0, 1.0, 0.0),           # any type covers
    ([Span(0, 15, "PERSON")], 1.0, 1.0, 3 / 13),          # "Saw" redacted too
    ([], 0.0, 0.0, 0.0),
])
def test_scores(spans, strict, chars, over):
    report = evaluate([ROW], lambda texts: [spans]).as_json()
    assert (report["strict_recall"], report["char_recall"]) == (strict, round(chars, 4))
    assert report["over_redaction"] == round(over, 4)


def test_group_gap():
    rows = [dict(ROW, id="a", group="x"), dict(ROW, id="b", group="y")]
    report = evaluate(rows, lambda texts: [[Span(4, 15, "PERSON")], []]).as_json()
    assert report["by_group"]["x"]["recall"] == 1.0 and report["group_gap"] == 1.0


def test_the_command_on_real_notes(tmp_path, capsys):
    sample = tmp_path / "sample.jsonl"
    lines = (ROOT / "eval" / "data" / "redaction_dev.jsonl").read_text().splitlines()[:12]
    sample.write_text("\n".join(lines) + "\n")
    assert main(["--data-dir", str(tmp_path), "eval", "redaction", "--dataset", str(sample), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["docs"] == 12 and report["strict_recall"] > 0.9
    assert {"by_type", "by_group", "group_gap", "over_redaction", "docs_per_s"} <= set(report)


@pytest.mark.parametrize("on_error, code", [("stop", 2), ("skip", 0)])
def test_malformed_lines_stop_or_are_skipped(tmp_path, capsys, on_error, code):
    data = tmp_path / "bad.jsonl"
    data.write_text(json.dumps(ROW) + "\n{not json\n" + json.dumps(dict(ROW, pii=[{"start": 5, "end": 99, "type": "X"}])) + "\n")
    assert main(["--data-dir", str(tmp_path), "eval", "redaction", "--dataset", str(data),
                 "--on-error", on_error]) == code
    err = capsys.readouterr().err
    assert "bad.jsonl:2: not valid JSON" in err
    if on_error == "skip":
        assert "bad.jsonl:3: pii[0] has start/end outside the notes" in err
