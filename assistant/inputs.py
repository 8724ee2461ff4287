"""Reading notes (or a record) from a file, standard input or an upload, with errors a person
can act on. `what` names the text in those errors: "notes" or "record"."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from assistant.errors import HeardError

MAX_NOTES_BYTES = 1_000_000


def notes_from_bytes(data: bytes, name: str, limit: int = MAX_NOTES_BYTES, what: str = "notes") -> str:
    """Decode notes (.txt as UTF-8, or .docx) and check they are usable."""
    if len(data) > limit:
        raise HeardError(f"{what} {_are(what)} over {limit // 1_000_000} MB ({len(data):,} bytes): {name}")
    if name.lower().endswith(".docx"):
        text = _docx_text(data, name)
    else:
        if b"\x00" in data[:8192]:
            raise HeardError(f"{what} file looks binary, not text: {name}")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise HeardError(
                f"{what} file is not UTF-8 text (bad byte at {exc.start}): {name}; save it as UTF-8"
            ) from None
    return check_notes(text, name, limit, what)


def check_notes(text: str, name: str = "notes", limit: int = MAX_NOTES_BYTES, what: str = "notes") -> str:
    if not text.strip():
        raise HeardError(f"{what} {_are(what)} empty: {name}")
    if len(text.encode("utf-8")) > limit:
        raise HeardError(f"{what} {_are(what)} over {limit // 1_000_000} MB: {name}")
    return text


def read_notes(path: str, limit: int = MAX_NOTES_BYTES, what: str = "notes") -> tuple[str, str]:
    """(text, source name) from a path, or from standard input when `path` is `-`."""
    if path == "-":
        return notes_from_bytes(sys.stdin.buffer.read(limit + 1), "<stdin>", limit, what), "<stdin>"
    file = Path(path)
    if not file.is_file():
        raise HeardError(f"{what} file not found: {path}")
    if file.stat().st_size > limit:
        raise HeardError(f"{what} {_are(what)} over {limit // 1_000_000} MB ({file.stat().st_size:,} bytes): {path}")
    return notes_from_bytes(file.read_bytes(), path, limit, what), file.name


def _are(what: str) -> str:
    return "are" if what.endswith("s") else "is"


def _docx_text(data: bytes, name: str) -> str:
    from docx import Document

    try:
        document = Document(io.BytesIO(data))
    except Exception:  # python-docx raises several unrelated types for a damaged file
        raise HeardError(f"cannot read .docx (damaged or not a Word file): {name}") from None
    return "\n".join(p.text for p in document.paragraphs)
