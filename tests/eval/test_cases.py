"""Benchmark cases and outputs: the Case JSONL contract, with errors naming the line and field."""

import json

import pytest

from assistant.errors import HeardError
from eval.cases import case_from_row, case_problem, load_cases, load_outputs, suite_path

GOOD = {"id": "c1", "record_type": "home_visit", "notes": "Saw Amy at home.", "facts": ["Amy was seen."],
        "child_quotes": [], "must_not_state": [], "attributes": {"gender": "female"}}


def write(tmp_path, *rows, name="cases.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_a_good_case_loads_with_defaults(tmp_path):
    case, = load_cases(write(tmp_path, {"id": 7, "record_type": "Home-Visit", "notes": "Saw Amy."}))
    assert (case.id, case.record_type, case.facts, case.pair_id) == ("7", "home_visit", [], None)



def test_case_from_row_makes_the_case_load_cases_makes(tmp_path):
    row = {**GOOD, "id": 12, "record_type": "Home Visit", "attributes": {"gender": "female", "religion": None},
           "pair_id": 3}
    assert case_problem(row) is None
    case = case_from_row(row)
    assert (case.id, case.record_type, case.pair_id, case.attributes) == ("12", "home_visit", "3", {"gender": "female"})
    assert case == load_cases(write(tmp_path, row))[0]


@pytest.mark.parametrize("row, message", [
    ('{"id": "c1", "record_type": "home_visit"', ":2: not valid JSON"),
    ({k: v for k, v in GOOD.items() if k != "notes"}, ":2: missing field 'notes'"),
    ({**GOOD, "record_type": "court_report"}, ":2: field 'record_type': unknown record type 'court_report'"),
    ({**GOOD, "facts": "Amy was seen."}, ":2: field 'facts' must be a list of non-empty strings"),
    ({**GOOD, "child_quotes": [""]}, ":2: field 'child_quotes' must be a list"),
    ({**GOOD, "notes": "   "}, ":2: field 'notes' is empty"),
    ({**GOOD, "attributes": ["female"]}, ":2: field 'attributes' must be an object"),
    ({**GOOD, "pii": [{"start": 5, "end": 500}]}, ":2: field 'pii' item 0"),
])
def test_bad_lines_are_named_by_line_and_field(tmp_path, row, message):
    path = write(tmp_path, {**GOOD, "id": "c0"}, row)
    with pytest.raises(HeardError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_cases(path)


def test_skip_mode_keeps_the_good_lines_and_reports_the_bad(tmp_path, capsys):
    cases = load_cases(write(tmp_path, GOOD, "{not json", {**GOOD, "id": "c2"}), on_error="skip")
    assert [c.id for c in cases] == ["c1", "c2"]
    assert "cases.jsonl:2" in capsys.readouterr().err


def test_a_repeated_id_is_refused(tmp_path):
    with pytest.raises(HeardError, match="'c1' appears more than once"):
        load_cases(write(tmp_path, GOOD, GOOD))


def test_yaml_cases_load_and_errors_give_the_line(tmp_path):
    path = tmp_path / "cases.yaml"
    path.write_text("cases:\n  - id: a\n    record_type: supervision\n    notes: Talked about Amy.\n"
                    "  - id: b\n    record_type: nonsense\n    notes: x\n", encoding="utf-8")
    with pytest.raises(HeardError, match=r"cases.yaml:5: field 'record_type'"):
        load_cases(path)
    path.write_text("- id: a\n  record_type: supervision\n  notes: Talked about Amy.\n", encoding="utf-8")
    assert load_cases(path)[0].record_type == "supervision"


def test_outputs_load_by_id_and_refuse_repeats(tmp_path):
    path = write(tmp_path, {"id": "c1", "output": "A record."}, {"id": 2, "output": ""}, name="out.jsonl")
    assert load_outputs(path) == {"c1": "A record.", "2": ""}
    with pytest.raises(HeardError, match="'c1' appears more than once"):
        load_outputs(write(tmp_path, {"id": "c1", "output": "a"}, {"id": "c1", "output": "b"}, name="o2.jsonl"))
    with pytest.raises(HeardError, match="field 'output' must be a string"):
        load_outputs(write(tmp_path, {"id": "c1", "output": 3}, name="o3.jsonl"))


def test_an_unknown_suite_names_the_shipped_ones():
    with pytest.raises(HeardError, match="unknown suite 'nope'"):
        suite_path("nope")


def test_a_case_digest_changes_with_any_field(tmp_path):
    a, = load_cases(write(tmp_path, GOOD))
    b, = load_cases(write(tmp_path, {**GOOD, "facts": ["Amy was seen alone."]}, name="b.jsonl"))
    assert a.digest != b.digest
