"""What the person changed from the AI draft: a word-level diff and the share of AI text kept."""

from __future__ import annotations

import difflib
import html
import re
from dataclasses import dataclass

_TOKEN = re.compile(r"\S+\s*")  # a word with the whitespace after it


@dataclass(frozen=True)
class Change:
    """Counts of words kept from the AI draft, removed from it, and added by the person."""

    kept: int
    removed: int
    added: int

    @property
    def kept_share(self) -> float:
        """Share of the AI draft's words still in the record (1.0 for an empty draft)."""
        total = self.kept + self.removed
        return self.kept / total if total else 1.0

    @property
    def human_share(self) -> float:
        """Share of the record's words the person wrote."""
        total = self.kept + self.added
        return self.added / total if total else 0.0


def _words(text: str) -> list[str]:
    return text.split()


def change(ai: str, human: str) -> Change:
    """How much of `ai` survives in `human`, word by word (whitespace-insensitive)."""
    a, b = _words(ai), _words(human)
    kept = sum(block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return Change(kept=kept, removed=len(a) - kept, added=len(b) - kept)


def diff_html(ai: str, human: str) -> str:
    """The record as HTML, words the person removed struck through in red, added ones in green.
    Words are compared without their spacing; the person's spacing and line breaks are kept."""
    a, b = _TOKEN.findall(ai), _TOKEN.findall(human)
    lead = human[: len(human) - len(human.lstrip())]
    out = [html.escape(lead)]
    matcher = difflib.SequenceMatcher(None, [t.strip() for t in a], [t.strip() for t in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(html.escape("".join(b[j1:j2])))
            continue
        if op in ("delete", "replace"):
            removed = " ".join(t.strip() for t in a[i1:i2])
            out.append(f'<del style="background:#f8c4c4;color:#7a1f1f">{html.escape(removed)}</del> ')
        if op in ("insert", "replace"):
            added = "".join(b[j1:j2])
            spacing = added[len(added.rstrip()):]
            out.append('<ins style="background:#c9efcf;color:#14532d;text-decoration:none">'
                       f'{html.escape(added.rstrip())}</ins>{html.escape(spacing)}')
    body = "".join(out).replace("\n", "<br>")
    return f'<div style="line-height:1.6;font-size:0.95rem">{body}</div>'
