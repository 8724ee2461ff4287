"""`--judge PROVIDER/NAME` on `heard eval score` and `heard eval run`: each rubric's score or
"unscorable" per case, a `judge` block in the summary, verdicts cached like drafts."""

import json
import math
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import load_settings
from assistant.llm import mock
from eval.cache import Cache
from eval.cases import load_cases
from eval.runner import RunSpec, run
from eval.score import JudgeSpec, score
from prompts import rubrics

MINI = Path(__file__).parent / "data" / "mini_suite.jsonl"
RUBRICS = sorted(rubrics())  # the order the judge asks them in


@pytest.fixture(scope="module")
def cases():
    return load_cases(MINI)[:3]


@pytest.fixture()
def settings(tmp_path):
    mock.reset()
    return load_settings(data_dir=tmp_path / "data", judge_attempts=2)


def _reply(score: int) -> str:
    return json.dumps({"score": score, "reason": "Follows the notes."})


def test_a_complying_judge_scores_every_rubric_and_the_summary_averages_them(cases, settings, tmp_path):
    given = {0: [4, 5, 3], 1: [2, 5, 3], 2: [3, 4, 3]}  # case -> one score per rubric, in RUBRICS order
    mock.queue("judge", *(_reply(s) for i in range(len(cases)) for s in given[i]))
    cache = Cache(tmp_path / "cache.sqlite")
    result = score(cases, {c.id: c.reference for c in cases}, cache=cache, judge=JudgeSpec("mock/judge", settings))
    for i, row in enumerate(result.rows):
        assert row["judge"] == dict(zip(RUBRICS, given[i], strict=True))
        assert [v["rubric"] for v in row["judge_verdicts"]] == RUBRICS
    block = result.summary()["judge"]
    assert block["model"] == "mock/judge"
    for j, rubric in enumerate(RUBRICS):
        scores = [given[i][j] for i in given]
        entry = block["rubrics"][rubric]
        assert entry["mean"] == pytest.approx(sum(scores) / len(scores))
        assert (entry["n"], entry["unscorable"]) == (3, 0)
        assert entry["ci"][0] <= entry["mean"] <= entry["ci"][1]
    # cached like generations: the same outputs again ask the model nothing
    asked = len(mock.sent("judge"))
    again = score(cases, {c.id: c.reference for c in cases}, cache=cache, judge=JudgeSpec("mock/judge", settings))
    assert len(mock.sent("judge")) == asked
    assert [r["judge"] for r in again.rows] == [r["judge"] for r in result.rows]
    assert all(v["cached"] for r in again.rows for v in r["judge_verdicts"])


def test_a_judge_that_returns_garbage_is_counted_unscorable_never_nan(cases, settings):
    mock.queue("garbage", *["I'd say it is quite good overall.", "{score: five}", '{"score": 11}'] * 10)
    result = score(cases, {c.id: c.reference for c in cases}, judge=JudgeSpec("mock/garbage", settings))
    assert all(row["judge"] == dict.fromkeys(RUBRICS, "unscorable") for row in result.rows)
    block = result.summary()["judge"]["rubrics"]
    assert all(b["mean"] is None and b["ci"] is None and (b["n"], b["unscorable"]) == (0, 3) for b in block.values())
    assert not any(isinstance(v, float) and math.isnan(v) for b in block.values() for v in b.values())
    json.dumps(result.as_json(), allow_nan=False)  # valid JSON for any consumer


def test_some_rubrics_scored_some_not_and_backend_failures_are_asked_again(cases, settings, tmp_path):
    # case 1: child_voice fails twice in the backend, the others comply; case 2 complies
    mock.queue("mixed", RuntimeError("down"), RuntimeError("down"), _reply(4), _reply(2), *[_reply(5)] * 3)
    cache = Cache(tmp_path / "cache.sqlite")
    spec = JudgeSpec("mock/mixed", settings)
    first = score(cases[:2], {c.id: c.reference for c in cases[:2]}, cache=cache, judge=spec)
    assert first.rows[0]["judge"] == {RUBRICS[0]: "unscorable", RUBRICS[1]: 4, RUBRICS[2]: 2}
    assert first.summary()["judge"]["rubrics"][RUBRICS[0]] | {"ci": None} == {
        "mean": 5.0, "ci": None, "n": 1, "unscorable": 1, "version": rubrics()[RUBRICS[0]].version,
        "hash": rubrics()[RUBRICS[0]].hash}
    mock.queue("mixed", _reply(3))  # only the failed call is asked again
    again = score(cases[:2], {c.id: c.reference for c in cases[:2]}, cache=cache, judge=spec)
    assert again.rows[0]["judge"] == {RUBRICS[0]: 3, RUBRICS[1]: 4, RUBRICS[2]: 2}
    assert len(mock.sent("mixed")) == 2 + 2 + 3 + 1


def test_without_judge_the_output_is_unchanged(cases):
    result = score(cases[:1], {cases[0].id: cases[0].reference})
    assert "judge" not in result.summary() and "judge" not in result.rows[0]


def test_eval_score_cli_with_judge_prints_the_judge_block(cases, tmp_path, capsys):
    mock.reset()
    outputs = tmp_path / "out.jsonl"
    outputs.write_text("".join(json.dumps({"id": c.id, "output": c.reference}) + "\n" for c in cases), "utf-8")
    mock.queue("cli-judge", *[_reply(4)] * (len(cases) * len(RUBRICS)))
    code = main(["--data-dir", str(tmp_path / "data"), "eval", "score", "--dataset", str(MINI), "--outputs",
                 str(outputs), "--json", "--judge", "mock/cli-judge", "--out", str(tmp_path / "run")])
    result = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {r: result["judge"]["rubrics"][r]["mean"] for r in RUBRICS} == dict.fromkeys(RUBRICS, 4.0)
    assert all(c["judge"] == dict.fromkeys(RUBRICS, 4) for c in result["cases"])
    summary = json.loads((tmp_path / "run" / "summary.json").read_text())
    assert summary["judge"] == result["judge"]
    assert json.loads((tmp_path / "run" / "run.json").read_text())["judge"] == "mock/cli-judge"


def test_an_unknown_judge_is_a_clear_error_before_any_work(cases, tmp_path, capsys):
    outputs = tmp_path / "out.jsonl"
    outputs.write_text(json.dumps({"id": cases[0].id, "output": "x"}) + "\n", "utf-8")
    code = main(["--data-dir", str(tmp_path / "data"), "eval", "score", "--dataset", str(MINI), "--outputs",
                 str(outputs), "--judge", "nosuch/model"])
    assert code == 2 and "nosuch" in capsys.readouterr().err


def test_eval_run_with_judge_rates_each_draft(cases, settings, tmp_path):
    mock.queue("run-judge", *[_reply(3)] * (len(cases) * len(RUBRICS)))
    result = run(cases, RunSpec("mock/eval", use_cache=False, judge="mock/run-judge"), settings, tmp_path / "r",
                 progress=False)
    assert all(row["judge"] == dict.fromkeys(RUBRICS, 3) for row in result.rows)
    assert result.summary()["judge"]["rubrics"][RUBRICS[0]]["n"] == len(cases)
    assert json.loads((tmp_path / "r" / "summary.json").read_text())["judge"]["model"] == "mock/run-judge"


@pytest.mark.slow
def test_the_real_embedded_model_as_judge_gives_scores_or_unscorable(cases, settings):
    settings = settings.model_copy(update={"max_new_tokens": 60, "judge_attempts": 1})
    result = score(cases[:1], {cases[0].id: cases[0].reference}, judge=JudgeSpec("local/smollm2-135m", settings))
    assert set(result.rows[0]["judge"]) == set(RUBRICS)
    assert all(v in (1, 2, 3, 4, 5, "unscorable") for v in result.rows[0]["judge"].values())
    block = result.summary()["judge"]["rubrics"]
    assert all(b["n"] + b["unscorable"] == 1 for b in block.values())
