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
    redact.set_defaults(handler=_redact)

    ui = commands.add_parser("ui", help="start the Streamlit app on localhost")
    ui.add_argument("--port", type=int, default=8501)
    ui.add_argument("--address", default="localhost", help="interface to listen on (default localhost)")
    ui.set_defaults(handler=_ui)
    return parser


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
        rows = _read_jsonl(args.jsonl, required=("id", "text"))
        for row in rows:
            spans = redactor.spans(row["text"])
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


def _read_jsonl(path: str, required: tuple[str, ...]) -> list[dict]:
    """Every line of a JSONL file, checked before any is processed, so a bad line costs nothing."""
    file = Path(path)
    if not file.is_file():
        raise HeardError(f"file not found: {path}")
    try:
        lines = file.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise HeardError(f"{path} is not UTF-8 text") from None
    rows = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise HeardError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise HeardError(f"{path}:{number}: expected a JSON object")
        for key in required:
            if key not in row:
                raise HeardError(f"{path}:{number}: missing field {key!r}")
        if not isinstance(row.get("text", ""), str):
            raise HeardError(f"{path}:{number}: field 'text' must be a string")
        rows.append(row)
    return rows


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
