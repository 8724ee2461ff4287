"""The benchmark commands under `heard eval`: score, run, report, compare, counterfactual, simulate."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.errors import HeardError


def add_commands(evals: argparse._SubParsersAction, on_error_flag) -> None:
    """Register the harness's subcommands on `heard eval`."""
    score = evals.add_parser("score", help="score any system's outputs on benchmark cases")
    score.add_argument("--dataset", required=True, help="Case JSONL (or YAML) with notes, facts, child_quotes...")
    score.add_argument("--outputs", required=True, help='JSONL lines {"id", "output"} from the system under test')
    score.add_argument("--json", action="store_true", help="print the full result (metrics, bias, cases) as JSON")
    score.add_argument("--out", type=Path, help="also write a run directory for `eval report` and `eval compare`")
    score.add_argument("--judge", metavar="PROVIDER/NAME", help="also rate each output with this LLM judge "
                       "(rubrics in prompts/judges/); unscorable replies are counted, never fatal")
    _workers_flag(score)
    on_error_flag(score)
    score.set_defaults(handler=_score)

    run = evals.add_parser("run", help="draft every case with heard and a model, then score the drafts")
    source = run.add_mutually_exclusive_group(required=True)
    source.add_argument("--suite", help="a suite shipped in eval/suites/ (e.g. core, holdout)")
    source.add_argument("--dataset", help="Case JSONL (or YAML)")
    run.add_argument("--model", required=True, help="PROVIDER/NAME, e.g. mock/demo, local/smollm2-135m, openai/gpt-4o-mini")
    run.add_argument("--prompt-version", help="refuse to run unless the templates are at this version")
    run.add_argument("--out", type=Path, help="run directory (default: DATA_DIR/runs/<suite>-<model>)")
    run.add_argument("--resume", action="store_true", help="carry on an interrupted run in --out")
    run.add_argument("--concurrency", type=int, help="model calls at a time (default 4 hosted, 1 local)")
    run.add_argument("--no-cache", action="store_true", help="ask the model again even for a cached prompt")
    run.add_argument("--json", action="store_true", help="print the score result as JSON")
    run.add_argument("--judge", metavar="PROVIDER/NAME", help="also rate each draft with this LLM judge")
    _workers_flag(run)
    run.set_defaults(handler=_run)

    report = evals.add_parser("report", help="a report of a run directory: Markdown, HTML or JSON")
    report.add_argument("run_dir", type=Path)
    report.add_argument("--html", type=Path, metavar="FILE", help="write one self-contained HTML page")
    report.add_argument("--md", type=Path, metavar="FILE", help="write Markdown")
    report.add_argument("--json", action="store_true", help="print the report data as JSON")
    report.set_defaults(handler=_report)

    compare = evals.add_parser("compare", help="two runs side by side: differences, CIs, significance")
    compare.add_argument("run_a", type=Path)
    compare.add_argument("run_b", type=Path)
    compare.add_argument("--json", action="store_true")
    compare.set_defaults(handler=_compare)

    counter = evals.add_parser("counterfactual", help="write counterfactual pairs differing in one characteristic")
    counter.add_argument("--dataset", required=True)
    counter.add_argument("--swap", required=True, choices=["gender", "ethnicity", "religion", "disability", "family"])
    counter.add_argument("--out", type=Path, help="JSONL to write (default: standard output)")
    counter.add_argument("--seed", type=int, default=0)
    counter.set_defaults(handler=_counterfactual)

    simulate = evals.add_parser("simulate", help="outputs of a reference system, to check the harness tells systems apart")
    simulate.add_argument("--dataset", required=True, help="cases with a `reference` record")
    simulate.add_argument("--system", required=True,
                          help="faithful, drops_quotes, invents_risk, or biased:ATTRIBUTE=VALUE")
    simulate.add_argument("--out", type=Path, help="JSONL to write (default: standard output)")
    simulate.set_defaults(handler=_simulate)


def _workers_flag(parser: argparse.ArgumentParser) -> None:
    from eval.pool import default_workers

    parser.add_argument("--workers", type=int, default=default_workers(),
                        help="processes scoring at a time (default: one per CPU, at most 4; 1 = this process only)")


def _settings(args: argparse.Namespace):
    from assistant.cli import _settings as load

    return load(args)


def _score(args: argparse.Namespace) -> int:
    from eval.cache import Cache
    from eval.cases import load_cases, load_outputs
    from eval.runner import judge_spec
    from eval.score import score

    cases = load_cases(args.dataset, args.on_error)
    outputs = load_outputs(args.outputs, args.on_error)
    settings = _settings(args)
    settings.ensure_dirs()
    cache = Cache(settings.data_dir / "eval-cache.sqlite")
    meta = {"system": f"outputs from {args.outputs}", "dataset": args.dataset, "outputs": args.outputs}
    judge = judge_spec(args.judge, settings)
    result = score(cases, outputs, cache=cache, out=args.out, meta=meta, judge=judge, workers=_workers(args))
    _warn(result)
    _print(result, args.json)
    return 0


def _run(args: argparse.Namespace) -> int:
    from eval.cases import load_cases, suite_path
    from eval.runner import RunSpec, run

    settings = _settings(args)
    settings.ensure_dirs()
    dataset = str(suite_path(args.suite)) if args.suite else args.dataset
    cases = load_cases(dataset)
    if args.concurrency is not None and args.concurrency < 1:
        raise HeardError("--concurrency must be at least 1")
    out = args.out or settings.data_dir / "runs" / f"{args.suite or Path(dataset).stem}-{args.model.replace('/', '-')}"
    spec = RunSpec(args.model, args.prompt_version, args.concurrency, not args.no_cache, args.judge, _workers(args))
    result = run(cases, spec, settings, out, resume=args.resume, dataset=dataset, progress=not args.json)
    _warn(result)
    _print(result, args.json)
    print(f"heard: run written to {out} (`heard eval report {out} --html report.html`)", file=sys.stderr)
    return 0


def _workers(args: argparse.Namespace) -> int:
    if args.workers < 1:
        raise HeardError("--workers must be at least 1")
    return args.workers


def _report(args: argparse.Namespace) -> int:
    from eval import report

    data = report.build(args.run_dir)
    if args.html:
        args.html.write_text(report.as_html(data), encoding="utf-8")
        print(f"heard: wrote {args.html}", file=sys.stderr)
    if args.md:
        args.md.write_text(report.as_markdown(data), encoding="utf-8")
        print(f"heard: wrote {args.md}", file=sys.stderr)
    if args.json:
        print(report.as_json(data))
    elif not (args.html or args.md):
        print(report.as_markdown(data))
    return 0


def _compare(args: argparse.Namespace) -> int:
    from eval.compare import compare, format_compare

    result = compare(args.run_a, args.run_b)
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else format_compare(result))
    return 0


def _counterfactual(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from eval.cases import load_cases
    from eval.counterfactual import make_pairs, verify_pair

    # each case starts a new pair for this axis (pairs the dataset already has are for other axes)
    cases = [_row({**asdict(c), "pair_id": None}) for c in load_cases(args.dataset)]
    try:
        rows = make_pairs(cases, args.swap, seed=args.seed)
    except ValueError as exc:
        raise HeardError(str(exc)) from None
    seen: dict[str, int] = {}
    for row in rows:  # a variant the dataset already had keeps its id; the new one is numbered
        seen[row["id"]] = seen.get(row["id"], 0) + 1
        if seen[row["id"]] > 1:
            row["id"] = f"{row['id']}-{seen[row['id']]}"
    by_pair: dict[str, list[dict]] = {}
    for row in rows:
        by_pair.setdefault(row["pair_id"], []).append(row)
    problems = [f"{members[0]['id']}: {p}" for members in by_pair.values() if len(members) > 1
                for other in members[1:] for p in verify_pair(members[0], other, args.swap)]
    if problems:
        raise HeardError(f"{len(problems)} pairs differ in more than {args.swap}: " + "; ".join(problems[:3]))
    _write_jsonl(rows, args.out)
    print(f"heard: {len(by_pair)} pairs ({len(rows)} cases) differing only in {args.swap}, verified", file=sys.stderr)
    return 0


def _simulate(args: argparse.Namespace) -> int:
    from eval import systems
    from eval.cases import load_cases

    if args.system.startswith("biased:") and "=" in args.system:
        attribute, value = args.system.removeprefix("biased:").split("=", 1)
        system = systems.biased(attribute, value)
    elif args.system in systems.SYSTEMS:
        system = systems.SYSTEMS[args.system]
    else:
        raise HeardError(f"unknown system {args.system!r} (faithful, drops_quotes, invents_risk, biased:ATTR=VALUE)")
    try:
        rows = [{"id": c.id, "output": system(c)} for c in load_cases(args.dataset)]
    except ValueError as exc:
        raise HeardError(str(exc)) from None
    _write_jsonl(rows, args.out)
    return 0


def _row(case: dict) -> dict:
    """A case as a Case JSONL row (optional fields left out when empty)."""
    return {k: v for k, v in case.items() if v not in (None, [], {}) or k in ("facts", "child_quotes")}


def _write_jsonl(rows: list[dict], out: Path | None) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _warn(result) -> None:
    for label, items in (("cases have no output", result.missing), ("outputs name no known case", result.unknown),
                         ("cases could not be scored", result.unscorable)):
        if items:
            shown = ", ".join(list(items)[:5]) + (" ..." if len(items) > 5 else "")
            print(f"heard: {len(items)} {label}: {shown}", file=sys.stderr)


def _print(result, as_json: bool) -> None:
    from eval.report import as_markdown

    if as_json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return
    summary = result.summary()
    print(as_markdown({"run": result.meta, "summary": summary, "cases": result.rows}))
    if "judge" in summary:
        print(f"\n## LLM judge ({summary['judge']['model']})\n\n| rubric | mean | 95% CI | scored | unscorable |\n"
              "|---|---|---|---|---|")
        for name, m in summary["judge"]["rubrics"].items():
            ci = "-" if m["ci"] is None else f"{m['ci'][0]:.2f}-{m['ci'][1]:.2f}"
            shown = "-" if m["mean"] is None else f"{m['mean']:.2f}"
            print(f"| {name} | {shown} | {ci} | {m['n']} | {m['unscorable']} |")
