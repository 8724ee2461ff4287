"""The `heard` command: a thin door onto the library. Heavy imports happen inside each command."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from assistant.errors import HeardError

Handler = Callable[[argparse.Namespace], int]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.handler(args)
    except HeardError as exc:
        print(f"heard: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("heard: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `heard draft ... | head`
        sys.stderr.close()
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="heard",
        description="Draft and review children's social care case records with a local or hosted "
                    "LLM; identifiers are pseudonymised before any model sees the notes.",
    )
    parser.add_argument("--data-dir", type=Path, help="where heard keeps its state (HEARD_DATA_DIR)")
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    draft = commands.add_parser("draft", help="draft a case record from visit notes")
    draft.add_argument("notes", help="notes file (.txt UTF-8 or .docx), or - for standard input")
    draft.add_argument("--type", required=True, dest="record_type",
                       help="record type, e.g. home_visit, child_protection_visit, child_in_need_review, "
                            "looked_after_child_visit, supervision")
    draft.add_argument("--model", help="PROVIDER/NAME, e.g. local/smollm2-135m, ollama/llama3.1, openai/gpt-4o-mini")
    draft.add_argument("--case", dest="case_reference", help="case reference to file the draft under")
    draft.add_argument("--json", action="store_true", help="print {text, sent, findings, provenance} as JSON")
    draft.set_defaults(handler=_draft)

    redact = commands.add_parser("redact", help="pseudonymise identifiers in text")
    redact.add_argument("file", nargs="?", default="-", help="text file, or - for standard input (default)")
    redact.add_argument("--json", action="store_true", help='print {"text", "entities": [...]}')
    redact.add_argument("--jsonl", metavar="FILE",
                        help='lines {"id","text"} in; lines {"id","text","entities"} out (spans index the input)')
    _on_error_flag(redact)
    redact.set_defaults(handler=_redact)

    check = commands.add_parser("review", help="review a record against its notes with the checks catalogue")
    check.add_argument("record", nargs="?", help="record file (.txt UTF-8 or .docx), or - for standard input")
    check.add_argument("--notes", help="the notes the record was written from (without them, only the "
                                       "checks that need no notes run)")
    check.add_argument("--type", dest="record_type", help="record type, for the required sections")
    check.add_argument("--json", action="store_true", help='print {"findings", "scores", "skipped", "citations"}')
    check.add_argument("--jsonl", metavar="FILE",
                       help='lines {"id","record","notes","type"} in; lines {"id","findings","scores"} out')
    check.add_argument("--judge", metavar="PROVIDER/NAME", help="also ask this model the judge rubrics (off by default)")
    check.add_argument("--fail-on", choices=["high", "medium", "low"],
                       help="exit 1 when a finding of this severity or worse is found")
    _on_error_flag(check)
    check.set_defaults(handler=_review)

    evaluate = commands.add_parser("eval", help="measure heard (and other systems) on datasets")
    evals = evaluate.add_subparsers(title="evaluations", required=True, metavar="WHAT")
    red = evals.add_parser("redaction", help="recall, over-redaction and speed of redaction on gold spans")
    red.add_argument("--dataset", required=True, help="Case JSONL with notes and gold pii spans")
    red.add_argument("--json", action="store_true", help="print the report as JSON")
    _on_error_flag(red)
    red.set_defaults(handler=_eval_redaction)

    rev = evals.add_parser("review", help="detection of injected defects and false alarms of the review checks")
    rev.add_argument("--dataset", required=True, help='JSONL lines {"id","record_type","notes","record","defect"}')
    rev.add_argument("--json", action="store_true", help="print the report as JSON (with every miss and alarm)")
    _on_error_flag(rev)
    rev.set_defaults(handler=_eval_review)

    from eval.cli import add_commands

    add_commands(evals, _on_error_flag)

    ui = commands.add_parser("ui", help="start the Streamlit app on localhost")
    ui.add_argument("--port", type=int, default=8501)
    ui.add_argument("--address", default="localhost", help="interface to listen on (default localhost)")
    ui.set_defaults(handler=_ui)

    from assistant.admin_cli import register  # `heard user ...` and `heard audit ...`
    register(commands)
    return parser


def _on_error_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--on-error", choices=["stop", "skip"], default="stop",
                        help="a malformed JSONL line stops everything (default) or is reported and skipped")


def _settings(args: argparse.Namespace, **overrides: object):
    from assistant.config import load_settings

    try:
        return load_settings(data_dir=args.data_dir, **overrides)
    except ValueError as exc:  # pydantic's validation error, from a bad TOML value or variable
        raise HeardError(f"bad settings: {' '.join(str(exc).split())[:300]}") from None


def _draft(args: argparse.Namespace) -> int:
    from assistant.inputs import read_notes
    from assistant.pipeline import draft

    settings = _settings(args, model=args.model)
    notes, source = read_notes(args.notes, settings.max_notes_bytes)
    stream = None if args.json or not sys.stderr.isatty() else _echo_to_stderr
    result = draft(notes, args.record_type, settings, on_token=stream,
                   case_reference=args.case_reference, source=source)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        if stream:
            print("\n", file=sys.stderr)
        print(result.text)
    return 0


def _echo_to_stderr(token: str) -> None:
    sys.stderr.write(token)
    sys.stderr.flush()


def _redact(args: argparse.Namespace) -> int:
    from assistant.inputs import read_notes
    from redaction import Redactor

    settings = _settings(args)
    redactor = Redactor(settings.redaction_score)
    if args.jsonl:
        from eval.jsonl import read_jsonl

        rows = read_jsonl(args.jsonl, {"id": (str, int), "text": str}, args.on_error)
        for row, spans in zip(rows, redactor.spans_many(row["text"] for row in rows), strict=True):
            entities = [{"start": s.start, "end": s.end, "type": s.type} for s in spans]
            print(json.dumps({"id": row["id"], "text": row["text"], "entities": entities}, ensure_ascii=False))
        return 0
    text, _ = read_notes(args.file, settings.max_notes_bytes)
    result = redactor.redact(text)
    if args.json:
        entities = [{"start": e.start, "end": e.end, "type": e.type, "placeholder": e.placeholder}
                    for e in result.entities]
        print(json.dumps({"text": result.text, "entities": entities}, ensure_ascii=False))
    else:
        print(result.text)
    return 0


def _eval_redaction(args: argparse.Namespace) -> int:
    from eval.redaction import evaluate, format_report, load_pii_dataset
    from redaction import Redactor

    settings = _settings(args)
    rows = load_pii_dataset(args.dataset, args.on_error)
    report = evaluate(rows, Redactor(settings.redaction_score).spans_many).as_json()
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else format_report(report))
    return 0


def _review(args: argparse.Namespace) -> int:
    from assistant.inputs import read_notes
    from assistant.review import review

    settings = _settings(args)
    if args.jsonl:
        if args.record:
            raise HeardError("give a RECORD file or --jsonl FILE, not both")
        return _review_jsonl(args, settings)
    if not args.record:
        raise HeardError("give a RECORD file (or - for standard input), or --jsonl FILE")
    record, _ = read_notes(args.record, settings.max_notes_bytes, what="record")
    notes = read_notes(args.notes, settings.max_notes_bytes)[0] if args.notes else None
    result = review(record, notes, args.record_type, settings=settings, judge=args.judge)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        from assistant.report import format_review

        print(format_review(record, result))
    return _exit_for(result.worst(), args.fail_on)


def _review_jsonl(args: argparse.Namespace, settings) -> int:
    from assistant.review import review
    from eval.jsonl import read_jsonl

    rows = read_jsonl(args.jsonl, {"id": (str, int), "record": str}, args.on_error, check=_review_row)
    errors, worst = 0, None
    for row in rows:
        try:
            result = review(row["record"], row.get("notes"), row.get("type"), settings=settings, judge=args.judge)
        except HeardError as exc:  # one unusable row: its own output line says why, the rest go on
            errors += 1
            print(json.dumps({"id": row["id"], "error": str(exc)}, ensure_ascii=False), flush=True)
            continue
        print(json.dumps({"id": row["id"], **result.as_json()}, ensure_ascii=False), flush=True)
        worst = min(filter(None, (worst, result.worst())), key=_rank, default=None)
    if errors:
        print(f"heard: {errors} of {len(rows)} records could not be reviewed (see their \"error\" lines)",
              file=sys.stderr)
        return 2
    return _exit_for(worst, args.fail_on)


def _review_row(row: dict) -> str | None:
    for name in ("notes", "type"):
        if row.get(name) is not None and not isinstance(row[name], str):
            return f'"{name}" must be a string'
    return None


def _rank(severity: str) -> int:
    return ("high", "medium", "low", "info").index(severity)


def _exit_for(worst: str | None, fail_on: str | None) -> int:
    return 1 if fail_on and worst and _rank(worst) <= _rank(fail_on) else 0


def _eval_review(args: argparse.Namespace) -> int:
    from eval.review import evaluate, format_report, load_review_dataset

    report = evaluate(load_review_dataset(args.dataset, args.on_error)).as_json()
    print(json.dumps(report, indent=2, ensure_ascii=False) if args.json else format_report(report))
    return 0


def _ui(args: argparse.Namespace) -> int:
    import os
    import subprocess

    app = Path(__file__).resolve().parent.parent / "ui" / "app.py"
    env = dict(os.environ)
    if args.data_dir:
        env["HEARD_DATA_DIR"] = str(args.data_dir)
    command = [sys.executable, "-m", "streamlit", "run", str(app),
               "--server.port", str(args.port), "--server.address", args.address,
               "--server.headless", "true", "--browser.gatherUsageStats", "false",
               "--client.toolbarMode", "minimal"]
    try:
        return subprocess.call(command, env=env)
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
