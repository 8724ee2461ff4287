"""Evaluate: run a benchmark suite through heard with a model (or score uploaded outputs of any
system), with a progress bar; then the headline metrics with their confidence intervals and
chart, each attribute's groups (chart and table), the bias analysis (paired differences, chart
and table), and a comparison of two runs (B - A, chart and table). Runs are kept under
`<data>/runs/`."""

from __future__ import annotations

import re
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

import streamlit as st

from assistant.errors import HeardError
from eval.cases import SUITES, load_cases, load_outputs, suite_path
from eval.compare import compare
from eval.metrics import metric_info
from eval.report import build, chart, significant_tests
from eval.runner import RunSpec, run
from eval.score import score
from ui import auth
from ui.eval_views import show_bias, show_compare, show_groups
from ui.state import settings, show_error

COMPARED = "eval_compared"  # (run A, run B, result): the last comparison, shown until the runs change

config = settings()
auth.require("evaluator")
RUNS = config.data_dir / "runs"
st.title("Evaluate")
st.caption("Score heard, or any other system's outputs, on benchmark suites of synthetic cases.")


def _runs() -> list[Path]:
    """Finished runs, newest first."""
    found = [p for p in RUNS.glob("*") if (p / "summary.json").is_file()] if RUNS.is_dir() else []
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40]


def _watch(out: Path, total: int, work) -> None:
    """Run `work` in a thread and move a progress bar as its rows reach the run directory
    (drafts to results.jsonl, then scores to cases.jsonl)."""
    bar, failure = st.progress(0.0, text="Starting…"), []

    def target() -> None:
        try:
            work()
        except Exception as exc:  # shown below, in the page's own thread
            failure.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    while thread.is_alive():
        drafted, scored = (_lines(out / name) for name in ("results.jsonl", "cases.jsonl"))
        if scored:
            bar.progress(min(1.0, 0.5 + scored / total / 2), text=f"Scoring: {scored} of {total} cases")
        else:
            bar.progress(min(0.5, drafted / total / 2), text=f"Drafting: {drafted} of {total} cases")
        time.sleep(0.25)
    thread.join()
    if failure:
        raise failure[0]
    bar.progress(1.0, text=f"Done: {total} cases")


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except OSError:
        return 0


with st.container(border=True):
    st.subheader("New run")
    suites = sorted(p.stem for p in SUITES.glob("*.jsonl"))
    left, middle, right = st.columns([2, 2, 1])
    suite = left.selectbox("Suite", suites + ["upload cases (JSONL)"])
    source = middle.radio("Outputs from", ["heard with a model", "uploaded outputs (JSONL)"], horizontal=True)
    limit = right.number_input("First N cases (0 = all)", min_value=0, value=0, step=1)
    cases_file = st.file_uploader("Cases JSONL", type=["jsonl"]) if suite.startswith("upload") else None
    if source == "heard with a model":
        model = st.text_input("Model", value=config.model, help="PROVIDER/NAME, e.g. mock/demo, ollama/llama3.1")
        outputs_file = None
    else:
        model = ""
        outputs_file = st.file_uploader("Outputs JSONL: one {\"id\", \"output\"} a line", type=["jsonl"])
    if st.button("Run evaluation", type="primary"):
        try:
            with tempfile.TemporaryDirectory() as tmp:
                if cases_file is not None:
                    path = Path(tmp) / "cases.jsonl"
                    path.write_bytes(cases_file.getvalue())
                    cases, dataset = load_cases(path), cases_file.name
                elif suite.startswith("upload"):
                    raise HeardError("choose a cases JSONL file to upload, or one of the shipped suites")
                else:
                    cases, dataset = load_cases(suite_path(suite)), suite
                cases = cases[: int(limit)] if limit else cases
                if not cases:
                    raise HeardError("the suite has no cases")
                name = f"{datetime.now():%Y%m%d-%H%M%S}-{_slug(dataset)}-{_slug(model or 'outputs')}"
                out, n = RUNS / name, 1
                while out.exists():  # two runs started within the same second
                    n += 1
                    out = RUNS / f"{name}-{n}"
                name = out.name
                if outputs_file is None and source != "heard with a model":
                    raise HeardError("choose an outputs JSONL file to upload")
                if outputs_file is not None:
                    path = Path(tmp) / "outputs.jsonl"
                    path.write_bytes(outputs_file.getvalue())
                    outputs = load_outputs(path)
                    meta = {"system": f"uploaded outputs ({outputs_file.name})", "dataset": dataset}
                    _watch(out, len(cases), lambda: score(cases, outputs, out=out, meta=meta))
                else:
                    spec = RunSpec(model.strip() or config.model)
                    _watch(out, len(cases), lambda: run(cases, spec, config, out, dataset=dataset, progress=False))
            st.session_state["eval_run"] = str(out)
            st.success(f"Run saved as {name}")
        except HeardError as exc:
            show_error(exc)

runs = _runs()
if not runs:
    st.info("No runs yet: start one above.")
    st.stop()

st.subheader("Results")
names = [p.name for p in runs]
default = Path(st.session_state.get("eval_run", runs[0])).name
shown = st.selectbox("Run", names, index=names.index(default) if default in names else 0)
try:
    report = build(RUNS / shown)
except HeardError as exc:
    show_error(exc)
    st.stop()
meta, summary = report["run"], report["summary"]
st.caption(f"{meta.get('system', '?')} · dataset {meta.get('dataset', '?')} · {summary['n']} cases scored · "
           f"{len(summary.get('missing', []))} missing · {len(summary.get('unscorable', {}))} unscorable · "
           f"checks {meta.get('checks_version', '?')} · {meta.get('created_at', '')}")
info = metric_info()
st.dataframe([{"metric": name, "mean": m["mean"], "95% CI low": (m["ci"] or [None, None])[0],
               "95% CI high": (m["ci"] or [None, None])[1], "n": m.get("n"), "better": info[name]["better"]}
              for name, m in summary["metrics"].items()], hide_index=True,
             height=36 * (len(summary["metrics"]) + 1) + 2,  # every metric without scrolling
             column_config={c: st.column_config.NumberColumn(format="%.2f") for c in
                            ("mean", "95% CI low", "95% CI high")})
unit = {n: m for n, m in summary["metrics"].items() if n.endswith(("_rate", "_recall")) or n == "structure_completeness"}
# Markdown, not st.html: st.html's sanitiser drops inline SVG.
st.markdown(chart(unit, "share of cases / share kept (bars: mean, lines: 95% CI)"), unsafe_allow_html=True)

show_groups(summary.get("groups", {}), key=shown)
show_bias(summary["bias"], significant_tests(summary["bias"], everything=True))

st.subheader("Compare two runs")
if len(runs) < 2:
    st.caption("Make a second run to compare it with this one.")
else:
    left, right = st.columns(2)
    a = left.selectbox("Run A", names, index=1)
    b = right.selectbox("Run B", names, index=0)
    compared = st.session_state.get(COMPARED)
    if st.button("Compare"):
        try:
            compared = (a, b, compare(RUNS / a, RUNS / b))
            st.session_state[COMPARED] = compared
        except HeardError as exc:
            show_error(exc)
    if compared and compared[:2] == (a, b):  # kept while the same two runs are chosen
        show_compare(compared[2], a, b)
