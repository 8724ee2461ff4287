"""Evaluate (ui/pages/evaluate.py): run cases through heard with the mock model, or score
uploaded outputs, with a progress bar; headline metrics with CIs, the chart, the bias table;
compare two runs. Evaluators only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.ui.conftest import click, ok, page_as, widget

MINI = Path(__file__).resolve().parents[1] / "eval" / "data" / "mini_suite.jsonl"


def run(at):
    at.run()
    return ok(at)


def cases() -> list[dict]:
    return [json.loads(line) for line in MINI.read_text(encoding="utf-8").splitlines()]


def outputs(kind: str) -> bytes:
    """Outputs of a good system (the gold references) or a bad one (the notes' first line only)."""
    rows = [{"id": c["id"], "output": c["reference"] if kind == "gold" else c["notes"].splitlines()[0]}
            for c in cases()]
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def start(env, upload_outputs: bytes | None = None, model: str = "mock/apptest", limit: int = 0):
    at = run(page_as(env, "evaluate.py", "eve"))
    widget(at.selectbox, "Suite").select("upload cases (JSONL)")
    at = run(at)
    widget(at.file_uploader, "Cases JSONL").upload("mini_suite.jsonl", MINI.read_bytes())
    widget(at.number_input, "First N cases (0 = all)").set_value(limit)
    if upload_outputs is not None:
        widget(at.radio, "Outputs from").set_value("uploaded outputs (JSONL)")
        at = run(at)
        widget(at.file_uploader, "Outputs JSONL: one {\"id\", \"output\"} a line").upload("outputs.jsonl", upload_outputs)
    else:
        widget(at.text_input, "Model").input(model)
    return click(at, "Run evaluation")


def metrics(at) -> dict[str, float]:
    table = at.dataframe[0].value
    return dict(zip(table["metric"], table["mean"], strict=True))


def test_a_run_with_the_mock_model_shows_metrics_chart_and_bias(env, people):
    at = start(env, limit=4)
    assert not at.error, [e.value for e in at.error]
    (done,) = [s.value for s in at.success]
    assert done.startswith("Run saved as ") and "mini-suite-jsonl-mock-apptest" in done
    run_dir = env.data_dir / "runs" / done.removeprefix("Run saved as ")
    assert len((run_dir / "cases.jsonl").read_text().splitlines()) == 4
    table = at.dataframe[0].value
    assert {"fact_recall", "invented_risk_rate", "stigmatising_rate"} <= set(table["metric"])
    assert all(lo <= m <= hi for m, lo, hi in zip(table["mean"], table["95% CI low"], table["95% CI high"], strict=True)
               if lo == lo and m == m)  # NaN (no value) compares false
    (svg,) = svgs(at, "share of cases")
    assert "fact_recall" in svg
    assert any("counterfactual pairs" in m.value for m in at.markdown)
    assert any("4 cases scored" in c.value for c in at.caption)


def test_uploaded_outputs_are_scored_and_a_good_system_beats_a_bad_one(env, people):
    good = start(env, upload_outputs=outputs("gold"))
    assert not good.error, [e.value for e in good.error]
    bad = start(env, upload_outputs=outputs("bad"))
    good_m, bad_m = metrics(good), metrics(bad)  # each page shows its own newest run
    assert good_m["fact_recall"] > bad_m["fact_recall"] + 0.3
    assert good_m["quote_recall"] > bad_m["quote_recall"]
    assert any("8 cases scored" in c.value for c in bad.caption)

    widget(bad.selectbox, "Run A").select(widget(bad.selectbox, "Run A").options[1])
    at = click(bad, "Compare")
    assert any("8 cases in both runs" in c.value for c in at.caption)
    comparison = [d.value for d in at.dataframe if "B - A" in d.value.columns][0]
    row = comparison[comparison["metric"] == "fact_recall"].iloc[0]
    assert row["B - A"] < -0.3 and bool(row["significant"])


@pytest.mark.parametrize("content, message", [
    (b'{"id": "mini-01", "output": "x"}\n{"id": "mini-01", "output": "y"}\n', "appears more than once"),
    (b'{"id": "mini-01"}\n', "output"),
])
def test_bad_outputs_files_are_clear_errors(env, people, content, message):
    at = start(env, upload_outputs=content)
    (error,) = [e.value for e in at.error]
    assert message in error and "Traceback" not in error
    assert not list((env.data_dir / "runs").glob("*/summary.json")) if (env.data_dir / "runs").exists() else True


def test_an_unknown_model_is_a_clear_error(env, people):
    at = start(env, model="nope/x", limit=2)
    (error,) = [e.value for e in at.error]
    assert "unknown model provider 'nope'" in error


def test_with_no_runs_yet_the_page_says_so(env, people):
    at = run(page_as(env, "evaluate.py", "eve"))
    assert [i.value for i in at.info] == ["No runs yet: start one above."]


@pytest.mark.parametrize("who", ["ana", "sup.north", "root"])
def test_only_evaluators_evaluate(env, people, who):
    at = run(page_as(env, "evaluate.py", who))
    (error,) = [e.value for e in at.error]
    assert error.startswith("This page is for evaluators") and not at.button


def biased_outputs() -> bytes:
    """The gold record for girls, the notes' first line for boys: a system worse for boys."""
    rows = [{"id": c["id"], "output": c["reference"] if c["attributes"]["gender"] == "female"
             else c["notes"].splitlines()[0]} for c in cases()]
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def svgs(at, label: str) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith("<svg") and f'aria-label="{label}' in m.value]


def test_groups_are_charted_and_tabled_and_the_gap_is_shown(env, people):
    at = start(env, upload_outputs=biased_outputs())
    assert not at.error, [e.value for e in at.error]
    assert "By group" in [s.value for s in at.subheader]
    widget(at.selectbox, "Attribute").select("gender")
    at = run(at)
    first = [d.value for d in at.dataframe if "group" in d.value.columns][0]  # opens where the groups differ most
    assert first["mean"].max() - first["mean"].min() >= 0.5, widget(at.selectbox, "Metric").value
    widget(at.selectbox, "Metric").select("fact_recall")
    at = run(at)
    (svg,) = svgs(at, "fact_recall by gender")
    assert ">female<" in svg and ">male<" in svg
    groups = [d.value for d in at.dataframe if "group" in d.value.columns][0]
    means = dict(zip(groups["group"], groups["mean"], strict=True))
    assert means["female"] > means["male"] + 0.3 and list(groups["cases"]) == [4, 4]
    # Four cases a group is below the harness's minimum for a gap: the page says so rather than "no gap".
    assert any(c.value.startswith("No gap is measured between gender groups: each needs at least 5 cases")
               for c in at.caption)
    widget(at.selectbox, "Attribute").select("ethnicity")
    at = run(at)
    groups = [d.value for d in at.dataframe if "group" in d.value.columns][0]
    assert set(groups["group"]) == {"Arab", "Black African", "East Asian", "White British"}


def test_the_bias_analysis_is_charted_with_the_table(env, people):
    at = start(env, upload_outputs=biased_outputs())
    (svg,) = svgs(at, "paired difference")
    table = [d.value for d in at.dataframe if "comparison" in d.value.columns][0]
    row = table[(table["comparison"] == "gender=female") & (table["metric"] == "fact_recall")].iloc[0]
    assert row["diff"] > 0.3  # the girl's record keeps more facts than her counterfactual brother's
    assert "gender=female: fact_recall" in svg
    assert any("4 counterfactual pairs" in m.value for m in at.markdown)


def test_a_comparison_is_charted_and_stays_while_the_same_runs_are_chosen(env, people):
    start(env, upload_outputs=outputs("gold"))
    at = start(env, upload_outputs=outputs("bad"))
    widget(at.selectbox, "Run A").select(widget(at.selectbox, "Run A").options[1])
    at = click(at, "Compare")
    (svg,) = svgs(at, "B - A with 95% CI")
    assert "fact_recall *" in svg  # significantly worse, marked
    widget(at.selectbox, "Attribute").select("ethnicity")  # any other click reruns the page
    at = run(at)
    assert svgs(at, "B - A with 95% CI") and any("B - A" in d.value.columns for d in at.dataframe)
    widget(at.selectbox, "Run B").select(widget(at.selectbox, "Run B").options[1])  # the same run twice now
    at = run(at)
    assert not svgs(at, "B - A with 95% CI")


def _groups_view(groups):
    from ui.eval_views import show_groups

    show_groups(groups, "t")


def test_a_measured_gap_between_large_enough_groups_is_stated():
    from streamlit.testing.v1 import AppTest

    from eval.bias import disparity

    # Six cases a group: recall 0.9 for one, 0.5 for the other (both above the harness's minimum of 5).
    rows = [{"attributes": {"disability": d}, "metrics": {"fact_recall": r}}
            for d, r in [("none", 0.9)] * 6 + [("autism", 0.5)] * 6]
    groups = disparity(rows, ["fact_recall"])
    at = AppTest.from_function(_groups_view, args=(groups,)).run()
    assert not at.exception
    (gap,) = [c.value for c in at.caption if c.value.startswith("Largest gap")]
    assert gap == "Largest gap between disability groups on fact_recall: 0.40 (higher is better)."
    table = at.dataframe[0].value
    assert list(table["group"]) == ["autism", "none"] and "p vs the rest (BH)" in table.columns
