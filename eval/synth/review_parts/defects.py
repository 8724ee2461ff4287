"""The nine defects: each changes exactly one thing in a copy of the faithful record.

A defect function takes the source, the faithful record, the notes and a seeded rng, and
returns the changed record, the tag of the unit whose text is the gold span (None when the
defect removes something) and the target. `inject` renders it and finds the span.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from eval.synth.review_parts.alter import alter
from eval.synth.review_parts.bank import Slots, fill, fits, half, load, tidy
from eval.synth.review_parts.cast import long_date, new_name, weekday
from eval.synth.review_parts.record import Record, Section, Unit, action_text, render
from eval.synth.review_parts.source import NUMBER_WORDS, Source

CHECKS = {
    "quote_dropped": "voice.quote_dropped", "quote_altered": "voice.quote_altered",
    "quote_invented": "voice.quote_invented", "invented_risk": "accuracy.invented_risk",
    "unsupported": "accuracy.unsupported", "negation": "accuracy.negation",
    "stigmatising": "language.stigmatising", "missing_section": "structure.missing_section",
    "action_incomplete": "structure.action_incomplete",
}
ADDED = "added"


@dataclass
class Context:
    """What a defect may look at: the source, its faithful record and notes, and preferences
    that spread the ways of making a defect evenly over the corpus."""

    src: Source
    record: Record
    record_text: str
    notes: str
    alteration: str  # the preferred quote alteration (alter.OPS)
    incomplete: str  # no_owner or no_when


Result = tuple[Record, str | None, str]


def _section(record: Record, key: str) -> Section:
    return next(s for s in record.sections if s.key == key)


def _find(record: Record, tag: str) -> tuple[Section, int]:
    for section in record.sections:
        for i, unit in enumerate(section.units):
            if unit.tag == tag:
                return section, i
    raise KeyError(tag)


def _add(ctx: Context, key: str, text: str, rng: random.Random) -> Record:
    record = copy.deepcopy(ctx.record)
    units = _section(record, key).units
    units.insert(rng.randint(0, len(units)), Unit(text, ADDED))
    return record


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", text.lower()) if len(w) > 3}


def quote_dropped(ctx: Context, rng: random.Random) -> Result:
    i = rng.randrange(len(ctx.src.quotes))
    record = copy.deepcopy(ctx.record)
    section, k = _find(record, f"quote:{i}")
    del section.units[k]
    return record, None, ctx.src.quotes[i]["q"]


def quote_altered(ctx: Context, rng: random.Random) -> Result:
    i = rng.randrange(len(ctx.src.quotes))
    q, para = ctx.src.quotes[i]["q"], ctx.src.quotes[i]["para"]
    pronouns = {k: ctx.src.slots[k] for k in ("he", "him", "his", "himself")}
    altered, _ = alter(q, para, ctx.alteration, rng, ctx.src.split, pronouns)
    record = copy.deepcopy(ctx.record)
    section, k = _find(record, f"quote:{i}")
    unit = section.units[k]
    section.units[k] = Unit(unit.text.replace(q, altered, 1), unit.tag, quote=altered)
    return record, f"quote:{i}", q


def quote_invented(ctx: Context, rng: random.Random) -> Result:
    src, notes = ctx.src, ctx.notes.lower()
    known = [_words(q["q"]) for q in src.quotes]
    pool = []
    for entry in half(load("quotes")["child"], src.split):
        if not fits(entry, src.record_type, src.people.age):
            continue
        q = fill(entry["q"], src.slots)
        overlap = max((len(_words(q) & k) / max(1, len(_words(q))) for k in known), default=0)
        if q.lower() not in notes and overlap < 0.5:
            pool.append(q)
    q = rng.choice(pool)
    o, c = ctx.record.marks
    template = rng.choice(half(load("inject")["invented_quote"], src.split))
    text = tidy(fill(template, Slots(src.slots, q=q, o=o, c=c)))
    return _add(ctx, "child_voice", text, rng), ADDED, q


def _injectable(ctx: Context, bank: str, slots: Callable[[dict], Slots]) -> list[tuple[dict, str]]:
    src, notes = ctx.src, ctx.notes.lower()
    out = []
    for entry in half(load("inject")[bank], src.split):
        if not fits(entry, src.record_type, src.people.age):
            continue
        if set(entry.get("risk", ())) & src.risks or any(k in notes for k in entry.get("key", ())):
            continue
        text = fill(entry["r"], slots(entry))
        if text not in ctx.record_text:
            out.append((entry, text))
    return out


def invented_risk(ctx: Context, rng: random.Random) -> Result:
    entry, text = rng.choice(_injectable(ctx, "risk", lambda _: ctx.src.slots))
    return _add(ctx, entry["sec"], text, rng), ADDED, text


def unsupported(ctx: Context, rng: random.Random) -> Result:
    src = ctx.src
    day = weekday(src.people.visit + dt.timedelta(days=rng.randint(45, 80)))
    names = {sex: new_name(rng, src.people, ctx.notes, sex) for sex in ("f", "m", None)}
    slots = Slots(src.slots, num=rng.choice(NUMBER_WORDS[3:9]),
                  newdate=long_date(day, weekday=rng.random() < 0.5).replace(f" {day.year}", ""))
    entry, text = rng.choice(_injectable(ctx, "unsupported",
                                         lambda e: Slots(slots, newname=names[e.get("nm")])))
    return _add(ctx, entry["sec"], text, rng), ADDED, text


def _rewrite(ctx: Context, rng: random.Random, has: Callable, new: Callable) -> Result:
    i = rng.choice([i for i, f in enumerate(ctx.src.facts) if has(f)])
    text, target = new(ctx.src.facts[i])
    record = copy.deepcopy(ctx.record)
    section, k = _find(record, f"fact:{i}")
    section.units[k] = Unit(text, f"fact:{i}")
    return record, f"fact:{i}", target


def negation(ctx: Context, rng: random.Random) -> Result:
    return _rewrite(ctx, rng, lambda f: f.flip, lambda f: (f.flip, f.flip))


def stigmatising(ctx: Context, rng: random.Random) -> Result:
    return _rewrite(ctx, rng, lambda f: f.stigma, lambda f: f.stigma)


def missing_section(ctx: Context, rng: random.Random) -> Result:
    record = copy.deepcopy(ctx.record)
    k = rng.randrange(1, len(record.sections))
    key = record.sections[k].key
    del record.sections[k]
    return record, None, key


def action_incomplete(ctx: Context, rng: random.Random) -> Result:
    record = copy.deepcopy(ctx.record)
    section = _section(record, "actions")
    k = rng.randrange(len(section.units))
    unit = section.units[k]
    section.units[k] = Unit(action_text(record.action_format, unit.parts, ctx.incomplete), unit.tag,
                            parts=unit.parts)
    return record, unit.tag, section.units[k].text


MAKERS = {"quote_dropped": quote_dropped, "quote_altered": quote_altered,
          "quote_invented": quote_invented, "invented_risk": invented_risk,
          "unsupported": unsupported, "negation": negation, "stigmatising": stigmatising,
          "missing_section": missing_section, "action_incomplete": action_incomplete}


def line_at(text: str, start: int, end: int) -> str:
    """The whole line of `text` that holds [start, end)."""
    return text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]


def changed(text: str, start: int, end: int, faithful: str) -> bool:
    """Whether the span is new: its text is not in the faithful record, or (for a shortened
    action) its line is not one of the faithful record's lines."""
    return text[start:end] not in faithful or line_at(text, start, end) not in faithful.split("\n")


def inject(kind: str, ctx: Context, rng: random.Random) -> tuple[str, dict]:
    """The record with one `kind` defect, and its gold label ({kind, check, span, target}).

    Raises:
        RuntimeError: no attempt gave a span absent from the faithful record (a bank too small).
    """
    for _ in range(20):
        record, tag, target = MAKERS[kind](ctx, rng)
        text, spans = render(record)
        if tag is None:
            return text, {"kind": kind, "check": CHECKS[kind], "span": None, "target": target}
        start, end = spans[tag]
        if kind == "quote_altered":
            unit = _find(record, tag)[0].units[_find(record, tag)[1]]
            start += unit.text.index(unit.quote)
            end = start + len(unit.quote)
        if changed(text, start, end, ctx.record_text):
            return text, {"kind": kind, "check": CHECKS[kind], "span": [start, end], "target": target}
    raise RuntimeError(f"could not inject {kind} into {ctx.src.people.record_type}")
