"""The harness end to end on a small hand-written suite: scoring, sensitivity to bad systems,
bad input, runs that resume, reports and comparisons."""

import json
import re
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import load_settings
from assistant.errors import HeardError
from assistant.llm import mock
from eval import report, systems
from eval.cases import load_cases
from eval.compare import compare
from eval.runner import RESULTS, RunSpec, run
from eval.score import score

MINI = Path(__file__).parent / "data" / "mini_suite.jsonl"
CONTRACT = ("fact_recall", "unsupported_rate", "invented_risk_rate", "quote_recall", "invented_quote_rate",
            "stigmatising_rate", "structure_completeness", "identifier_leak_rate")


@pytest.fixture(scope="module")
def cases():
    return load_cases(MINI)


@pytest.fixture(scope="module")
def scored(cases):
    """Each reference system's scores on the mini suite."""
    named = {"faithful": systems.faithful, "drops_quotes": systems.drops_quotes,
             "invents_risk": systems.invents_risk, "biased": systems.biased("gender", "female")}
    return {name: score(cases, {c.id: system(c) for c in cases}) for name, system in named.items()}


def means(result):
    return {name: m["mean"] for name, m in result.summary()["metrics"].items()}


def test_a_faithful_system_scores_clean(scored):
    m = means(scored["faithful"])
    assert m["fact_recall"] == m["quote_recall"] == m["structure_completeness"] == 1.0
    assert all(m[name] == 0.0 for name in m if name.endswith("_rate") and name != "unsupported_rate")
    # Known limit (issue 4): the analysis sentence "X appears settled at home and her routine is
    # helping her sleep" is an inference the unsupported check flags for some names (2 of 8).
    assert m["unsupported_rate"] <= 0.25
    assert scored["faithful"].summary()["bias"]["flagged"] is False


@pytest.mark.parametrize("system, metric, value", [
    ("drops_quotes", "quote_recall", 0.0),
    ("invents_risk", "invented_risk_rate", 1.0),
])
def test_each_bad_system_is_caught_by_its_metric(scored, system, metric, value):
    assert means(scored[system])[metric] == value
    assert means(scored["faithful"])[metric] != value


def test_a_system_biased_against_girls_shows_in_the_group_analysis(scored):
    groups = scored["biased"].summary()["groups"]["gender"]
    stigma = groups["stigmatising_rate"]["groups"]
    assert (stigma["female"]["mean"], stigma["male"]["mean"]) == (1.0, 0.0)
    oriented = scored["biased"].summary()["bias"]["groups"]["gender=female"]["stigmatising_rate"]
    assert oriented["diff"] == 1.0 and oriented["n"] == 4


def test_the_score_json_follows_the_contract(cases, tmp_path, capsys):
    outputs = tmp_path / "out.jsonl"
    outputs.write_text("".join(json.dumps({"id": c.id, "output": c.reference}) + "\n" for c in cases[:-1])
                       + json.dumps({"id": "stranger", "output": "x"}) + "\n", encoding="utf-8")
    code = main(["--data-dir", str(tmp_path / "data"), "eval", "score", "--dataset", str(MINI),
                 "--outputs", str(outputs), "--json", "--out", str(tmp_path / "run")])
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert code == 0 and result["n"] == len(cases) - 1
    assert set(CONTRACT) <= set(result["metrics"]) and {"mean", "ci"} <= set(result["metrics"]["fact_recall"])
    assert {"pairs", "flagged", "metrics"} <= set(result["bias"]) and result["bias"]["pairs"] == 3
    assert {"diff", "ci", "p", "p_adj", "significant"} <= set(result["bias"]["metrics"]["quote_recall"])
    assert result["missing"] == [cases[-1].id] and result["unknown"] == ["stranger"]
    assert "1 cases have no output" in captured.err and "1 outputs name no known case" in captured.err
    assert len(result["cases"]) == len(cases) - 1
    assert {p.name for p in (tmp_path / "run").iterdir()} == {"run.json", "summary.json", "cases.jsonl"}


def test_a_check_that_breaks_on_one_output_leaves_the_rest_scored(cases, monkeypatch):
    import eval.score as score_module

    real = score_module.case_metrics

    def flaky(case, output, *prepared):
        if case.id == cases[0].id:
            raise RuntimeError("check fell over")
        return real(case, output, *prepared)

    monkeypatch.setattr(score_module, "case_metrics", flaky)
    result = score(cases, {c.id: c.reference for c in cases})
    assert result.unscorable == {cases[0].id: "RuntimeError: check fell over"}
    assert len(result.rows) == len(cases) - 1


def test_scores_are_cached_by_case_output_and_checks(cases, tmp_path, monkeypatch):
    from eval.cache import Cache
    import eval.score as score_module

    cache = Cache(tmp_path / "cache.sqlite")
    outputs = {c.id: c.reference for c in cases[:2]}
    first = score(cases[:2], outputs, cache=cache)
    real, calls = score_module.case_metrics, []
    monkeypatch.setattr(score_module, "case_metrics", lambda *a: calls.append(a) or real(*a))
    assert score(cases[:2], outputs, cache=cache).rows == first.rows and calls == []
    score(cases[:1], {cases[0].id: cases[0].reference + " Changed."}, cache=cache)
    assert len(calls) == 1


# --- eval run: drafting with the mock model, resume, cache, failures ---------------------------

@pytest.fixture()
def settings(tmp_path):
    mock.reset()
    return load_settings(data_dir=tmp_path / "data")


def test_a_run_drafts_scores_and_a_cached_rerun_asks_no_model(cases, settings, tmp_path):
    first = run(cases[:3], RunSpec("mock/eval"), settings, tmp_path / "a", progress=False)
    assert len(first.rows) == 3 and len(mock.sent("eval")) == 3
    rows = [json.loads(line) for line in (tmp_path / "a" / RESULTS).read_text().splitlines()]
    assert {r["cached"] for r in rows} == {False} and all(r["provenance"]["template"] == "home_visit" for r in rows)
    again = run(cases[:3], RunSpec("mock/eval"), settings, tmp_path / "b", progress=False)
    assert len(mock.sent("eval")) == 3  # no new model call
    assert [r["metrics"] for r in again.rows] == [r["metrics"] for r in first.rows]
    fresh = run(cases[:1], RunSpec("mock/eval", use_cache=False), settings, tmp_path / "c", progress=False)
    assert len(mock.sent("eval")) == 4 and len(fresh.rows) == 1


def test_a_killed_run_resumes_without_repeating_or_losing_a_case(cases, settings, tmp_path):
    out = tmp_path / "run"
    run(cases[:2], RunSpec("mock/eval", use_cache=False), settings, out, progress=False)
    with open(out / RESULTS, "a", encoding="utf-8") as fh:
        fh.write('{"id": "half-writ')  # killed mid-line
    with pytest.raises(HeardError, match="already holds a run"):
        run(cases[:4], RunSpec("mock/eval", use_cache=False), settings, out, progress=False)
    result = run(cases[:4], RunSpec("mock/eval", use_cache=False), settings, out, resume=True, progress=False)
    ids = [json.loads(line)["id"] for line in (out / RESULTS).read_text().splitlines()]
    assert sorted(ids) == sorted(c.id for c in cases[:4]) and len(mock.sent("eval")) == 4
    assert len(result.rows) == 4


def test_a_failing_model_is_recorded_and_retried_on_resume(cases, settings, tmp_path):
    mock.queue("flaky", RuntimeError("server fell over"))
    out = tmp_path / "run"
    result = run(cases[:2], RunSpec("mock/flaky", use_cache=False), settings, out, progress=False)
    assert len(result.rows) == 1 and list(result.unscorable.values())[0].startswith("no draft: mock/flaky")
    again = run(cases[:2], RunSpec("mock/flaky", use_cache=False), settings, out, resume=True, progress=False)
    assert len(again.rows) == 2 and not again.unscorable


def test_a_full_disk_stops_the_run_with_what_was_written_kept(cases, settings, tmp_path, monkeypatch):
    import eval.runner as runner

    written = []
    real_write = runner._Appender.write

    def write(self, row):
        if written:
            raise HeardError(f"could not write {self.path} (No space left on device); what was written is kept")
        written.append(row["id"])
        real_write(self, row)

    monkeypatch.setattr(runner._Appender, "write", write)
    with pytest.raises(HeardError, match="No space left"):
        run(cases[:3], RunSpec("mock/eval"), settings, tmp_path / "run", progress=False)
    monkeypatch.setattr(runner._Appender, "write", real_write)
    result = run(cases[:3], RunSpec("mock/eval"), settings, tmp_path / "run", resume=True, progress=False)
    assert len(result.rows) == 3


def test_an_unknown_prompt_version_is_refused_before_any_call(cases, settings, tmp_path):
    with pytest.raises(HeardError, match="prompt version 9.9 is not available for home_visit"):
        run(cases[:1], RunSpec("mock/eval", prompt_version="9.9"), settings, tmp_path / "run", progress=False)
    assert mock.sent("eval") == []


# --- reports and comparisons -------------------------------------------------------------------

@pytest.fixture(scope="module")
def two_runs(cases, tmp_path_factory):
    root = tmp_path_factory.mktemp("runs")
    score(cases, {c.id: c.reference for c in cases}, out=root / "faithful", meta={"system": "faithful"})
    biased = systems.biased("gender", "female")
    score(cases, {c.id: biased(c) for c in cases}, out=root / "biased", meta={"system": "biased"})
    return root / "faithful", root / "biased"


def test_the_html_report_is_one_self_contained_page_with_charts_and_highlights(two_runs):
    page = report.as_html(report.build(two_runs[1]))
    assert "<svg" in page and "<mark" in page and "stigmatising" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert page.count("<details>") == 8


def test_the_markdown_report_states_the_bias_verdict(two_runs):
    text = report.as_markdown(report.build(two_runs[1]))
    assert "| stigmatising_rate |" in text and "flagged: **" in text


def test_compare_shows_the_difference_and_the_cases_that_changed(two_runs):
    result = compare(*two_runs)
    assert result["paired"] == 8
    assert result["metrics"]["stigmatising_rate"]["diff"] == 0.5
    changed = {row["id"] for row in result["changed"] if "stigmatising_rate" in row["moved"]}
    assert changed == {"mini-01", "mini-02-cf", "mini-03-cf", "mini-04"}


def test_report_of_a_folder_that_is_not_a_run_says_so(tmp_path, capsys):
    assert main(["eval", "report", str(tmp_path)]) == 2
    assert "is not a finished eval run" in capsys.readouterr().err
