"""Structure: the sections the record type requires, and actions with an owner and a timescale.

The required sections come from the record-type templates (prompts/), the same list the
drafting prompt asks the model for: one source.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from eval.checks import text as T
from eval.checks.base import Finding, Material, check, data, finding

_SUBJECT_VERB = re.compile(r"^(?P<who>(?:[\w'’\[\]().-]+\s+){1,6}?)(?:to|will|is to|are to|agreed to|has agreed to|"
                           r"have agreed to|needs to|need to|should|must|is going to|are going to|can)\s", re.I)
_OWNER_LABEL = re.compile(r"\b(?:owner|who|lead|responsible|by whom|action by)\s*[:=–—-]", re.I)
_PASSIVE = re.compile(r"\b(?:to be|will be|is to be|are to be|should be|must be|needs to be|to be)\s+"
                      r"(?:\w+ed|made|sent|done|given|taken|written|held|seen|set|put|sought|undertaken)\b", re.I)
_NAME = r"\b[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+)?\b"
_NOT_PEOPLE = {"a", "an", "the", "this", "that", "these", "those", "referral", "it", "there", "plan",
               "appointment", "meeting", "review", "visit", "letter", "report"}
_BOILERPLATE = re.compile(r"^(none|no (further )?actions?|not (recorded|agreed)|n/?a)\b", re.I)


def present_sections(record: str) -> list[str]:
    """The canonical sections a record has headings for, in order."""
    found = []
    for line in T.lines(record):
        label = re.match(r"^([^:.!?]{2,50}):", line.text)
        heading = T.is_heading(line.text) or line.text.startswith(("#", "**")) or T.names_section(line.text)
        key = T.section_key(line.text) if heading else None
        key = key or (T.section_key(label.group(1)) if label else None)
        if key and key not in found:
            found.append(key)
    return found


@check("structure.missing_section")
def missing_section(material: Material) -> Iterator[Finding]:
    from prompts import get_template

    template = get_template(material.record_type or "")
    have = set(present_sections(material.record))
    for section in template.sections:
        if section.key not in have:
            yield finding("structure.missing_section",
                          f"The {template.title.lower()} record has no '{section.title}' section.",
                          evidence=section.key,
                          suggestion=f"Add '{section.title}': {section.hint}. If the notes do not cover it, "
                                     "say so under the heading.")


def actions(material: Material) -> list[T.Unit]:
    """The record's actions: sentences under the actions heading, or lines starting "Action:"."""
    units = [s for s in material.sentences if s.heading == "actions"]
    if not units:
        units = [T.Unit(m.start(1), m.end(1), m.group(1)) for m in
                 re.finditer(r"^\s*(?:[-*•]\s*)?actions?\s*[:–-]\s*(.+)$", material.record, re.I | re.M)]
    return [u for u in units if not _BOILERPLATE.match(u.text.strip())]


@check("structure.action_incomplete")
def action_incomplete(material: Material) -> Iterator[Finding]:
    for action in actions(material):
        lacking = [what for what, ok in (("owner", has_owner(action.text)),
                                         ("timescale", has_timescale(action.text))) if not ok]
        if lacking:
            yield finding("structure.action_incomplete", f"This action has no {' and no '.join(lacking)}.",
                          span=(action.start, action.end), evidence=action.text,
                          suggestion="Say who will do it and by when, e.g. 'Social worker to ... by 14 June'.")


def has_timescale(action: str) -> bool:
    return any(p.search(action) for p in _timescales())


def has_owner(action: str) -> bool:
    """Whether an action names who will do it: a subject ("Mum to...", "I will..."), a label
    ("owner: Mr Hill"), a tag ("(SW)", "- Ms Patel") or an agent ("to be sent by school")."""
    text = _strip_timescale_prefix(action)
    if _OWNER_LABEL.search(text) or re.search(r"\[PERSON_\d+\]", text) or _leading_owner().match(text):
        return True
    tagged = (re.search(rf"(?:\(|[–—-]\s|\bby\s+(?:the\s+)?)(?:{_owner_words()})\b", text, re.I)
              or re.search(rf"(?:\(|[–—-]\s){_NAME}", text))
    first = T.words(text)[:1]
    if _PASSIVE.search(text) or (first and first[0] in _imperatives()):
        return bool(tagged)
    subject = _SUBJECT_VERB.match(text)
    return bool(tagged) or bool(subject and _is_someone(subject.group("who")))


def _is_someone(who: str) -> bool:
    words = T.words(who)
    if re.search(rf"\b(?:{_owner_words()})\b", who, re.I):
        return True
    if not words or words[0] in _NOT_PEOPLE:
        return False
    return bool(re.search(_NAME, who)) or len(words) <= 2


def _strip_timescale_prefix(action: str) -> str:
    return re.sub(r"^\s*(?:by|before|on|within)\b[^:]{1,40}:\s*", "", action.strip(), flags=re.I)


@functools.cache
def _timescales() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in data("structure")["timescales"])


@functools.cache
def _imperatives() -> frozenset[str]:
    return frozenset(data("structure")["imperatives"])


@functools.cache
def _owner_words() -> str:
    owners = sorted(data("structure")["owners"], key=len, reverse=True)
    return "|".join(re.escape(o) for o in owners)


@functools.cache
def _leading_owner() -> re.Pattern:
    return re.compile(rf"^\s*(?:{_owner_words()})\b[^:–—-]{{0,30}}[:–—-]\s", re.I)
