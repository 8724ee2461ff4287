import io

import pytest
from docx import Document

from assistant.errors import HeardError
from assistant.inputs import notes_from_bytes, read_notes


@pytest.mark.parametrize("data, name, reason", [
    (b"", "empty.txt", "notes are empty"),
    (b"  \n\t \n", "blank.txt", "notes are empty"),
    (b"caf\xe9 visit", "latin1.txt", "not UTF-8 text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "picture.txt", "looks binary"),
    (b"x" * 1_000_001, "huge.txt", "over 1 MB"),
    (b"not a zip at all", "broken.docx", "cannot read .docx"),
])
def test_bad_notes_get_a_clear_reason(data, name, reason):
    with pytest.raises(HeardError, match=reason):
        notes_from_bytes(data, name)


def test_utf8_with_bom_and_accents_is_read():
    assert notes_from_bytes("\ufeffZoë said “hi”".encode(), "n.txt") == "Zoë said “hi”"


def test_docx_paragraphs_become_lines():
    doc = Document()
    doc.add_paragraph("Visit to the family home.")
    doc.add_paragraph('She said "I like school".')
    buffer = io.BytesIO()
    doc.save(buffer)
    assert notes_from_bytes(buffer.getvalue(), "visit.docx") == 'Visit to the family home.\nShe said "I like school".'


def test_missing_file(tmp_path):
    with pytest.raises(HeardError, match="not found"):
        read_notes(str(tmp_path / "nope.txt"))
