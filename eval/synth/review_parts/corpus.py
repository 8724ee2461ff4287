"""The labelled review corpus: one faithful record and nine single-defect records per source."""

from __future__ import annotations

import random

from eval.synth.data import groups_for
from eval.synth.review_parts.alter import ops
from eval.synth.review_parts.bank import SPLITS, balanced
from eval.synth.review_parts.cast import make_people
from eval.synth.review_parts.defects import CHECKS, Context, inject
from eval.synth.review_parts.notes import styles as note_styles, write_notes
from eval.synth.review_parts.record import build_record, render
from eval.synth.review_parts.source import draw_source
from prompts.templates import record_types

KINDS = tuple(CHECKS)
NOT_FACTS = ("quote:",)  # child quotes are listed in child_quotes, not in facts


def _facts(record) -> list[str]:
    """The record's sentences that carry facts from the notes, in the notes' order of topics."""
    units = [u for s in record.sections for u in s.units if not u.tag.startswith(NOT_FACTS)]
    order = lambda u: (["purpose", "present", "fact", "aquote", "action", "next"].index(  # noqa: E731
        u.tag.split(":")[0]), int(u.tag.split(":")[1]) if ":" in u.tag else 0)
    return [u.text for u in sorted(units, key=order)]


def generate(n: int, seed: int, split: str = "dev") -> list[dict]:
    """`n` sources x 10 records (faithful + one per defect kind), the same for the same arguments.

    Args:
        n: number of source notes.
        seed: random seed; every choice is drawn from it.
        split: "dev", "holdout", "fresh" or "fresh2" to "fresh29": which parts of the names and
            phrase banks.

    Returns:
        JSONL rows: id, source_id, record_type, notes, record, group, style, child,
        child_quotes, facts, defect.
    """
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    rng = random.Random(f"review-{split}-{seed}")
    types = balanced(record_types(), n, rng)
    row_groups = balanced(groups_for(split), n, rng)
    styles = balanced(list(note_styles(split)), n, rng)
    alterations = balanced(list(ops(split)), n, rng)
    incomplete = balanced(["no_owner", "no_when"], n, rng)
    rows = []
    for i in range(n):
        source_id = f"rv-{split}-{i + 1:04d}"
        seeded = lambda part: random.Random(f"{source_id}-{seed}-{part}")  # noqa: E731
        people = make_people(seeded("people"), types[i], row_groups[i], split)
        src = draw_source(seeded("source"), people)
        notes = write_notes(src, styles[i], seeded("notes"))
        record = build_record(src, seeded("record"))
        text, _ = render(record)
        base = {"source_id": source_id, "record_type": types[i], "notes": notes, "group": row_groups[i],
                "style": styles[i], "child": people.child.first,
                "child_quotes": [q["q"] for q in src.quotes], "facts": _facts(record)}
        rows.append({"id": f"{source_id}-faithful", **base, "record": text, "defect": None})
        ctx = Context(src, record, text, notes, alterations[i], incomplete[i])
        for kind in KINDS:
            defect_text, defect = inject(kind, ctx, seeded(kind))
            rows.append({"id": f"{source_id}-{kind}", **base, "record": defect_text, "defect": defect})
    return [_ordered(r) for r in rows]


FIELDS = ("id", "source_id", "record_type", "notes", "record", "group", "style", "child",
          "child_quotes", "facts", "defect")


def _ordered(row: dict) -> dict:
    return {key: row[key] for key in FIELDS}
