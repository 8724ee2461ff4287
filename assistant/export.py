"""A case record for the case-management system: copy-ready plain text, or a .docx, each ending
with a line that says AI assisted, with which model and which prompt version.

The record is the latest version of a stored draft (`assistant.records.Records.export` fetches it,
checked and audited); this module only formats. Markdown the model writes (`## Heading`, `- item`,
`**bold**`) becomes plain headings, bullets and text, because case-management systems take plain
text and Word documents, not Markdown.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_BULLET = re.compile(r"^\s*[-*+•]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


@dataclass(frozen=True)
class Block:
    """One line of a record, as the formats need it: a heading, a bullet, a numbered item, text
    or a blank line."""

    kind: str  # heading | bullet | number | text | blank
    text: str = ""
    number: str = ""


def blocks(record: str) -> list[Block]:
    """The record's lines, read as a small subset of Markdown; runs of blank lines become one."""
    out: list[Block] = []
    for line in record.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            if out and out[-1].kind != "blank":
                out.append(Block("blank"))
            continue
        if m := _HEADING.match(line):
            out.append(Block("heading", plain(m.group(1))))
        elif m := _BULLET.match(line):
            out.append(Block("bullet", plain(m.group(1))))
        elif m := _NUMBERED.match(line):
            out.append(Block("number", plain(m.group(2)), m.group(1)))
        else:
            out.append(Block("text", plain(line.strip())))
    while out and out[-1].kind == "blank":
        out.pop()
    return out


def plain(text: str) -> str:
    """Text without Markdown emphasis markers (`**x**`, `__x__`, `*x*`)."""
    return _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)


def ai_statement(provenance: dict[str, Any] | None, *, edited: bool, author: str = "") -> str:
    """The closing line: whether AI assisted, the model, the prompt template and its version.

    `provenance` is that of the record's first (model-written) version; `edited` says whether a
    person changed the text after the model wrote it.
    """
    provenance = provenance or {}
    model = provenance.get("model")
    if not model:
        return "Written without AI assistance."
    template = provenance.get("template", "unknown template")
    version = provenance.get("template_version", "?")
    digest = str(provenance.get("template_hash") or "")[:12]
    prompt = f"prompt {template} v{version}" + (f" ({digest})" if digest else "")
    who = f" by {author}" if author else ""
    after = f"then checked and edited{who}" if edited else f"checked{who} without changes"
    return f"AI assisted: first drafted by heard with the model {model}, {prompt}; {after}."


def record_parts(draft: Any) -> tuple[str, str]:
    """(latest text, AI statement) of a stored draft (an `assistant.models.Draft`)."""
    versions = list(draft.versions)
    if not versions:
        raise ValueError(f"record {draft.id} has no text to export")
    first, latest = versions[0], versions[-1]
    owner = getattr(draft, "owner", None)
    author = (owner.display_name or owner.username) if owner is not None else ""
    edited = len(versions) > 1 and latest.text.strip() != first.text.strip()
    return latest.text, ai_statement(first.provenance, edited=edited, author=author)


def as_text(draft: Any) -> str:
    """The record as plain text for pasting: headings on their own line, bullets as •, then a
    blank line and the AI statement."""
    record, statement = record_parts(draft)
    return text_of(record, statement)


def text_of(record: str, statement: str) -> str:
    lines = []
    for block in blocks(record):
        if block.kind == "heading":
            if lines and lines[-1] != "":
                lines.append("")
            lines.append(block.text)
        elif block.kind == "bullet":
            lines.append(f"• {block.text}")
        elif block.kind == "number":
            lines.append(f"{block.number}. {block.text}")
        elif block.kind == "blank":
            lines.append("")
        else:
            lines.append(block.text)
    return "\n".join(lines).strip() + "\n\n" + statement + "\n"


def as_docx(draft: Any, title: str | None = None) -> bytes:
    """The record as a Word document: an optional title, headings, bullets and paragraphs, and the
    AI statement last, in italics."""
    record, statement = record_parts(draft)
    return docx_of(record, statement, title)


def docx_of(record: str, statement: str, title: str | None = None) -> bytes:
    from docx import Document

    document = Document()
    if title:
        document.add_heading(title, level=1)
    for block in blocks(record):
        if block.kind == "heading":
            document.add_heading(block.text, level=2)
        elif block.kind == "bullet":
            document.add_paragraph(block.text, style="List Bullet")
        elif block.kind == "number":
            document.add_paragraph(block.text, style="List Number")
        elif block.kind == "text":
            document.add_paragraph(block.text)
    document.add_paragraph().add_run(statement).italic = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def filename(draft: Any, extension: str) -> str:
    """`record-12-home_visit-v3.docx`: what the download is called."""
    number = max((v.number for v in draft.versions), default=0)
    return f"record-{draft.id}-{draft.record_type}-v{number}.{extension}"
