"""The record's own form, which makes no claim of its own: heading lines, lines of who took part,
an action's owner and timescale fields, scaling scores, numbered actions and table rows; and the
routines a sentence sets on a day the notes never name."""

from __future__ import annotations

import functools
import re


from eval.checks import text as T
from eval.checks.align import content, note_parts, vectors
from eval.checks.base import Material, data
from eval.checks.numerals import marker

def _heading_line(text: str) -> bool:
    """A line that only names a record section, behind an agenda's or a list's numbering or none
    ("Agenda item 3: Child's views in their own words", "2.1 Who was present", "Wishes and
    feelings"): it makes no claim. A sentence's full stop makes it a claim ("Analysis shows ...")."""
    text = text.strip()
    if len(text) > 90 or text.endswith("."):
        return False  # a heading is short, and a full stop makes a sentence
    rest = _OF_THE_RECORD.sub("", marker().sub("", text, count=1), count=1).strip().rstrip(":").strip()
    return (bool(rest) and not re.search(r"[.!?]$", rest) and len(T.words(rest)) <= 8
            and T.section_key(rest) is not None)


# what a numbered part belongs to, before its title: "Part 3 of the record: Child's views"
_OF_THE_RECORD = re.compile(r"^\s*of (?:the|this) (?:record|form|report|note|notes|log|assessment|plan)\s*[:.–—-]\s*", re.I)


def _form_line(text: str, heading: str | None = None) -> bool:
    """A line whose words are the record's form, not a claim of its own: an action's owner or
    timescale field, a line of who took part, a scaling score, a date in the next-visit section
    (only a number in it can be new)."""
    return (_field_value(text) or _participants(text) or _scaling(text) or _next_visit(text)
            or (heading == "next_visit" and bool(_DATE.search(text))))


# a date: "7 October", "Wednesday", "12.3.26", "1/12"
_DATE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
                   r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?\b", re.I)


def _next_visit(text: str) -> bool:
    """A line that gives the date agreed for the next visit (accuracy.yaml `next_visit`): its words
    ("settled on", "three weeks away") are the form; its date is held to the notes' numbers."""
    return bool(_next_visit_pattern().search(text))


@functools.cache
def _next_visit_pattern() -> re.Pattern:
    return re.compile("|".join(data("accuracy")["unsupported"]["next_visit"]), re.I)


def _scaling(text: str) -> bool:
    """A scaling score ("We scaled safety at seven out of ten, an improvement from five", "Mum
    rates things 6/10"): its words are the scaling template's (accuracy.yaml `scaling`); only its
    numbers are claims, and they are held to the notes'."""
    return bool(_SCORE_HINT.search(text)) and bool(_scaling_pattern().search(text))


_SCORE_HINT = re.compile(r"10|ten\b|scale", re.I)  # every scaling pattern has one: most sentences are out at once


@functools.cache
def _scaling_pattern() -> re.Pattern:
    return re.compile("|".join(data("accuracy")["unsupported"]["scaling"]), re.I)


_ROUTINE = re.compile(r"\b(?:every|each|most|some)\s+(mon|tues|wednes|thurs|fri|satur|sun)days?\b(?!\s*\d)"
                      r"|\b(mon|tues|wednes|thurs|fri|satur|sun)days\b"
                      r"|\b(mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:mornings?|afternoons?|evenings?|nights?|school|club|class)\b"
                      r"|\b(?:next|this coming|later this)\s+(month)\b", re.I)


def _new_routine(text: str, notes_days: frozenset[str] | None) -> str | None:
    """The day or time of a routine or event the sentence gives that the notes never name ("violin
    lessons on Wednesdays", "every Monday", "a Saturday school", "next month"); a deadline's "by
    Friday 9 October" is no routine."""
    if notes_days is None:
        return None
    for match in _ROUTINE.finditer(text):
        day = "mth" if match.group(4) else next(g for g in match.groups() if g).lower()[:3]
        if day not in notes_days:
            return match.group()
    return None


def _days(notes: str) -> frozenset[str]:
    """The days the notes name, by their first three letters ("weds", "Wednesday": "wed"), and
    "mth" for a month they name ("next month", "nxt mth")."""
    days = {w[:3] for w in re.findall(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*", notes.lower())}
    return frozenset(days | ({"mth"} if re.search(r"\b(?:months?|mths?)\b", notes, re.I) else set()))


def _action_told(material: Material, text: str, heading: str | None = None, novel: tuple[str, ...] | None = None) -> bool:
    """A numbered action, a table row or a row of the actions section whose task alone (its
    longest cell, without its numbering, owner and timescale) is close to a part of the notes: in
    the whole row's vector the other cells drown the task ("4 | Let me know the same day if ... |
    By close of business on Monday | Mrs X", "1° ✋ Mum — get a cot from the baby bank — 📅 by
    Friday", "TODO book the meeting @Ms X by Friday", "Refer Mum / lead: Ms X / by: 9 May", "Act#1 ⏰ by
    Friday · Mum · Ring the GP"). A
    task is a plan: the notes support it when they plan it, in their words or others'. A task
    none of whose words is new (`novel`, the sentence's: "Book X's review health assessment" for
    the notes' "RHA booking X") is theirs too, whatever its timescale says ("straight away")."""
    numbered = marker().match(text)
    if not ("|" in text or (numbered and numbered.group().strip()) or heading == "actions" or _ROW_FIELDS.search(text)):
        return False
    row = _SLOTS.sub(" ", _TODO.sub(" ", _RAG.sub(" ", marker().sub("", text, count=1))))
    action = max((c.strip() for c in _CELLS.split(row)), key=lambda c: len(content(c)))
    if not action or action == text.strip():
        return False
    if novel is not None and not set(novel) & set(T.words(action.lower())):
        return True
    parts = material.memo("note_parts", lambda: note_parts([u for u in material.note_lines if re.search(r"\w", u.text)]))
    least = data("accuracy")["unsupported"]["action_similarity"]
    return bool(parts) and float((vectors([action]) @ vectors(parts).T).max()) >= least


# The fields of an action row written on one line: an owner or a deadline after a slash, an
# at sign or a mark ("/ lead: Ms X / by: 9 May", "@Mum", "✋ Mum", "📅 by Friday"), a "TODO"
_ROW_FIELDS = re.compile(r"\s/\s*(?:lead|owner|who|by|when|due)\s*:|(?<![\w.])@\s?[A-Z]|[✋📅👤⏰🗓]|\bTODO\b")
_CELLS = re.compile(r"\||:|;|>>|=>|->|[→⇒⟶]|\s[-–—·•∙]\s|\s/\s|(?<![\w.])@(?=\s?[A-Z])|[✋📅👤⏰🗓»\u2580-\u259f]+")
# a row's timescale in a slot before its task and its owner in brackets after it: "[by 22 December]
# Start the assessment (Miss X)"
_SLOTS = re.compile(r"^\s*\[[^\[\]]{1,80}\]|\([^()]{1,40}\)\s*$")
_TODO = re.compile(r"\bTODO\b:?")
# a row's status, red, amber or green: "A/1 [AMBER] Book the review", "(RAG: green)"
_RAG = re.compile(r"[\[(]\s*(?:rag\s*[:=-]?\s*)?(?:red|amber|green)\s*[\])]", re.I)


def _field_value(text: str) -> bool:
    """An action's owner or timescale in a field of its own ("Who: Ms Nair.", "Target date: by
    the end of Friday."): its words are the form's, its claim is the action it belongs to (only
    a number in it can be new). A form may set a field with "=": "Due=before the review"."""
    label = re.match(r"^\W*([A-Za-z][\w /'’-]{0,25}?)\s*(?::|=(?!>))", text)
    return bool(label) and T.field_kind(label.group(1)) in ("owner", "timescale")


def _participants(text: str) -> bool:
    """A line that says who took part ("Those who took part were Ms Atallah (foster carer) and
    Donna-Marie (6).", "The following people were at the visit: Mum and Zain (5).", "Mum, Dad and
    Ava were present."): its words are the record's form (accuracy.yaml `participant_lines`,
    `participant_tails`); who the people are is the privacy and structure checks' business."""
    lead, tail = _participant_patterns()
    return bool(lead.match(text) or tail.search(text))


@functools.cache
def _participant_patterns() -> tuple[re.Pattern, re.Pattern]:
    limits = data("accuracy")["unsupported"]
    return (re.compile(r"^\W*(?:" + "|".join(limits["participant_lines"]) + ")", re.I),
            re.compile("|".join(limits["participant_tails"]), re.I))
