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

_MODAL = (r"(?:is going to|are going to|am going to|'s going to|will|'ll|to|is to|are to|agreed to|has agreed to|"
          r"have agreed to|offered to|has offered to|needs to|need to|should|must|shall|can|would|plans to|"
          r"is planning to|said (?:she|he|they) will|has said (?:she|he|they) will|intends to|promised to|"
          r"(?:has |have )?agreed (?:that )?(?:she|he|they|i|we) (?:would|will|'d|'ll)|(?:is|are|will be) the one to|"
          r"(?:has |have )?(?:undertook|undertaken|undertakes|undertake|committed|commits|volunteered|volunteers|"
          r"pledged|promises|offers|plans|intends|aims|hopes|is due|are due|is expected|are expected) to)")
_SUBJECT_VERB = re.compile(rf"^(?P<who>.{{1,70}}?)\s+{_MODAL}\s", re.I)
_PASSIVE = re.compile(r"\b(?:to be|will be|is to be|are to be|should be|must be|needs to be|to be)\s+"
                      r"(?:\w+ed|made|sent|done|given|taken|written|held|seen|set|put|sought|undertaken)\b", re.I)
_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|pc|dc|sgt|prof)\.?\s+[^\W\d_]", re.I)
_BOILERPLATE = re.compile(r"^(none|no (further )?actions?|not (recorded|agreed)|n/?a)\b", re.I)
# A subject that is a clause, not a person: "The family were told someone would ...".
_CLAUSE = re.compile(r"\b(?:was|were|is|are|been|told|said|says|agreed|asked|that|if|when|who)\b", re.I)
# After these a new subject may start: "Dad agreed that Mum will ...", "we were told someone would ...".
_SUBJECT_START = re.compile(r",\s*|\b(?:that|told|said)\s+", re.I)
# The place an arrow or a dash names the owner: "Apply for a grant → Ms Shah, by 9 May".
_TAG = re.compile(r"(?:\s[–—-]\s|\s*(?:→|->|=>|⇒|⟶)\s*|\bby\s+)((?:(?!\s[–—-]\s)[^,;.()–—→]){1,40})")
# A wish about an event is no deadline: "ask Kai who he would like at the next meeting".
_WISH = re.compile(r"\b(?:who|what|whom|which|where|how|whether|if)\s+(?:[\w'’-]+\s+){1,2}(?:would like|'d like|wants?|"
                   r"would want|likes?|needs?|hopes?|would prefer|prefers?)\b[^,;.()→|]{0,50}?\b(?:at|for|in|during)\s+"
                   r"(?:the|his|her|their|our|this|each)\s+(?:next\s+)?(?:meeting|review|visit|appointment|conference|"
                   r"session|hearing|core group|pep|supervision)s?\b", re.I)
_ACTION_LABEL = re.compile(r"^\s*(?:action\s*\d*\s*[:–—-]\s*)", re.I)
# A field inside one line: after the start, a sentence stop, a bracket, a cell bar, a slash, a comma
# or a spaced dash ("[owner: Mum; due: Friday]", "{who: Dad}", "task / lead - Ms Obi").
_FIELD = re.compile(r"(?:^|[.;|/(\[{,]\s*|(?<=\s)[–—-]\s)([A-Za-z][A-Za-z ]{0,24}?)\s*(?:[:=]|\s[–—-])\s*([^.;|/()\[\]{}–—]*)")
_BARE_FIELD = re.compile(r"(?:[/;|\[{(]\s*|(?<=\s)[–—-]\s)([A-Za-z]+ [^.;|/()\[\]{}–—:]+)")
_LAST_PART = re.compile(r"(?:\s[|/]\s|\s[–—-]\s|;\s)([^|/;–—]+?)[\s|.]*$")
# The person after the last colon of "Task: Mr Elmi, in three weeks" (an owner named after the task).
_AFTER_COLON = re.compile(r":\s*([^:,;()\[\]]{1,40}?)\s*(?:[,;]|$)")
_BRACKETED = re.compile(r"[(\[{]([^()\[\]{}]{1,80})[)\]}]")  # "(Mum, by Friday)", "[SW]", "{school}"
_COLON_TAIL = re.compile(r":\s*([^:,;()\[\]]{1,40}?)\s*,\s*([^:]+?)\s*$")  # "Task: Mr Elmi, in three weeks"
_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")  # "| --- | :--: |"
_CELL = re.compile(r"\s+\|\s+|\s+/\s+(?=\w+\s*:)")  # "task | owner | when", "who: X / what: Y"


def present_sections(record: str) -> list[str]:
    """The canonical sections a record has headings for, in order (headings by shape and by
    meaning, as `text.headings` finds them)."""
    from prompts import sections

    return [h for h in T.headings(record) if h in sections()]


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
    """The record's actions: each item under the actions heading, or lines starting "Action:".

    An item is a list item or table row (bullets, "1:", "1/", "[2]", "→", "Action 2:", "| Mum |
    ... |"), with all its sentences ("Put Amy to bed by 8. Lead: Mum. Timescale: two weeks."); in
    a prose paragraph each sentence is an item, and a sentence that only fills a field ("Lead:
    Mum.") belongs to the one before. Table header rows and "none" are not actions.
    """
    def make() -> list[T.Unit]:
        record = material.record
        units = [s for s in T.sentences(record, fields=True) if s.heading == "actions"]
        if not units:
            units = [T.Unit(m.start(1), m.end(1), m.group(1)) for m in
                     re.finditer(r"^\s*(?:[-*•]\s*)?actions?\s*[:–-]\s*(.+)$", record, re.I | re.M)]
        items: list[T.Unit] = []
        last_line = -1
        for unit in units:
            line = record.rfind("\n", 0, unit.start) + 1
            listed = bool(T.bullet(_line(record, unit.start)) or T.cells(_line(record, unit.start)))
            label = re.search(r"(?:^|[.;|/]\s*)([A-Za-z][A-Za-z ]{0,24}):\s*$", record[line:unit.start])
            fills = _only_fields(unit.text) or (label and T.field_kind(label.group(1)))  # "Owner: " before it
            if items and line == last_line and (listed or fills):
                items[-1] = T.Unit(items[-1].start, unit.end, record[items[-1].start:unit.end], unit.heading)
            else:
                items.append(unit)
            last_line = line
        return [u for u in items if not _BOILERPLATE.match(u.text.strip()) and not _header_row(u.text)]
    return material.memo("actions", make)


def _line(record: str, index: int) -> str:
    start = record.rfind("\n", 0, index) + 1
    end = record.find("\n", index)
    return record[start:end if end >= 0 else len(record)]


def _only_fields(sentence: str) -> bool:
    """A sentence that only fills in a field of the action before it: "Lead: Mum.", "By: Friday"."""
    label = re.match(r"^\s*([^:]{1,25}):", sentence)
    return bool(label) and _field(label.group(1)) is not None


def _header_row(text: str) -> bool:
    cells = [c.strip(" *_:") for c in _CELL.split(text.strip(" |"))]
    return len(cells) > 1 and all(T.field_kind(c) for c in cells)


def _columns(record: str, index: int) -> list[str | None] | None:
    """What each column of the table an action row at `index` is in holds ("owner", "timescale"
    or None), from the table's header row ("| Who | What | When |"); None when there is none."""
    ruled = False  # the line below was "| --- | --- |": this one is the header
    for line in reversed(record[:record.rfind("\n", 0, index) + 1].split("\n")[:-1]):
        if not T.cells(line):
            return None  # the table (or the list) began without a header
        if ruled or _header_row(line):
            return [_field(c) for _, _, c in T.cells(line)]
        ruled = bool(_RULE_ROW.match(line))
    return None


@check("structure.action_incomplete")
def action_incomplete(material: Material) -> Iterator[Finding]:
    names = _names(material)
    items = actions(material)
    slotted = [_when_slot(a.text, names) is not None for a in items]
    for i, action in enumerate(items):
        owner, timescale = has_owner(action.text, names), has_timescale(action.text)
        columns = _columns(material.record, action.start)
        if columns:  # a table: its who and when columns say (an empty cell says nothing)
            cells = [c for _, _, c in T.cells(_line(material.record, action.start))]
            filled = {role for role, cell in zip(columns, cells) if role and _filled(cell)}
            owner = "owner" in filled if "owner" in columns else owner
            timescale = "timescale" in filled if "timescale" in columns else timescale
        if not slotted[i] and _slot_list(slotted, i):
            timescale = timescale and has_timescale(action.text, events=False)
        lacking = [what for what, ok in (("owner", owner), ("timescale", timescale)) if not ok]
        if lacking:
            yield finding("structure.action_incomplete", f"This action has no {' and no '.join(lacking)}.",
                          span=(action.start, action.end), evidence=action.text,
                          suggestion="Say who will do it and by when, e.g. 'Social worker to ... by 14 June'.")


def _when_slot(action: str, names: frozenset[str] | None = None) -> str | None:
    """The part of an action its layout keeps for by when: a timescale field ("[due: Friday]",
    "By: 4 May") or what follows the owner after the task ("Task: Mum, within a week"); None when
    the action has no such part."""
    text = action[T.bullet(action):]
    values = [value for label, value in _fields(text) if _field(label, value) == "timescale"]
    if values:
        return values[0]
    last = _LAST_PART.search(text)  # "... | Miss Vega | before half term", "... — owner: Mum — by Friday"
    if last and any(p.search(last.group(1)) for p in _timescales()):
        return last.group(1)
    tail = _COLON_TAIL.search(text)
    return tail.group(2) if tail and _is_someone(tail.group(1), names) else None


def _slot_list(slotted: list[bool], index: int) -> bool:
    """Whether the other actions of a list (at least two thirds of them) give by when in a slot."""
    others = slotted[:index] + slotted[index + 1:]
    return bool(others) and 3 * sum(others) >= 2 * len(others)


def has_timescale(action: str, events: bool = True) -> bool:
    """Whether an action says by when: a date, a weekday, a duration, an event ("before the
    review", "b4 we next meet"), "ongoing", or a filled-in field ("Timescale: ...", "| by Fri").
    Without `events`, an event or a span of time ("at the next appointment", "for two weeks") is
    part of the task, not its timescale."""
    action = _WISH.sub(" ", action)
    if any(p.search(action) for p in _timescales(events)):
        return True
    return any(_field(label, value) == "timescale" and _filled(value) for label, value in _fields(action))


def has_owner(action: str, names: frozenset[str] | None = None) -> bool:
    """Whether an action names who will do it: a subject ("Mum to...", "Ms Nawaz is going
    to..."), a label ("Mr Flynn: make...", "Lead: Mrs Medina", "who: mum"), a table cell
    ("| Ms Warsame |"), a tag ("(SW)", "- Ms Patel") or an agent ("to be sent by school").
    `names` are the names the record uses (capitalised mid-sentence), so that "Talk to Amy" is
    not read as a person called Talk."""
    text = _strip_timescale_prefix(_ACTION_LABEL.sub("", action[T.bullet(action):]))
    fields = _fields(text)
    if any(_field(label, value) == "owner" and _filled(value) for label, value in fields):
        return True
    cells = _CELL.split(text)
    if len(cells) > 1 and any(_is_someone(c, names) for c in cells[1:]):
        return True
    if re.search(r"\[(?:PERSON_\d+|[A-Z]{2,5})\]", text):
        return True
    label = re.match(r"^([^:–—|]{1,60}?)\s*(?::|\s[–—-]\s)\s*\S", text)
    if label and _is_someone(label.group(1), names):
        return True
    tags = [part for tag in _BRACKETED.findall(text) for part in re.split(r"[,;|]|\s/\s", tag)]
    tags += _TAG.findall(text) + _AFTER_COLON.findall(text)
    tagged = any(_is_someone(t, names) for t in tags)  # "(Mum, by Friday)", "- Ms Patel", "by school"
    if tagged:
        return True
    first = T.words(text)[:1]
    if first and first[0] in _imperatives():
        return False
    # "Mum will...", or after a timescale and a comma: "Within ten days, Mr Mahon will ...".
    starts = [0, *(m.end() for m in _SUBJECT_START.finditer(text))]
    subjects = (_SUBJECT_VERB.match(text[start:]) for start in starts)
    # "The referral to be made by ..." has no agent: a subject before a passive is what is done.
    return any(s and not _PASSIVE.match(s.string[s.end("who"):].lstrip()) and _is_someone(s.group("who"), names)
               for s in subjects)


def _is_someone(who: str, names: frozenset[str] | None = None) -> bool:
    """A person or service: a role ("school", "Social worker (Mr Ingham)"), a title and name
    ("Miss Ivanova"), "I", or a name the record uses (not an action verb: "Talk")."""
    who = re.sub(r"^\s*(?:the|our|my|a)\s+", "", who.strip(" .,;:*_[]"), flags=re.I)
    if not who or len(who) > 60 or not _filled(who):
        return False
    if any(p.search(who) for p in _timescales()):
        return False  # "by Friday", "- before half term"
    bare = re.sub(r"\([^)]*\)", " ", who).strip()
    if _TITLE.match(bare) or _owner_word().fullmatch(bare) or re.fullmatch(r"\[?PERSON_\d+\]?", bare):
        return True
    if re.search(r"\(([^)]*)\)", who) and _owner_word().search(who):
        return True  # "Mrs Xu (social worker)", "School (Mr Do)"
    words = re.findall(r"[^\W\d_][\w'’-]*", bare)
    if (not words or len(words) > 4 or words[0].lower() in _imperatives() or _CLAUSE.search(bare)
            or words[0].lower() in ("to", "for", "with", "at", "of", "in", "on", "about", "from")):
        return False
    if bare.lower() in _words("nobody"):
        return False
    if _owner_word().fullmatch(words[0]) or _owner_word().fullmatch(words[-1]):
        return True
    capitalised = all(w[0].isupper() or w.lower() in ("de", "da", "dos", "van", "von", "abu", "al", "el", "bin")
                      for w in words)
    return capitalised and (names is None or any(w.lower() in names for w in words))


@functools.lru_cache(maxsize=4096)
def _fields(text: str) -> tuple[tuple[str, str], ...]:
    """The "label: value" fields of an action ("Lead: Mrs Medina. Timescale: by Friday.",
    "[owner: Mum; due: Friday]"), and a field's label and value without the colon after a slash,
    a bar or a bracket when the value is what the label asks for ("/ due within three weeks",
    "| lead Ms Obi")."""
    out = []
    for match in _FIELD.finditer(text):
        if ":" in match.group() or "=" in match.group() or _field(match.group(1)):  # "Owner - Mum" too
            out.append((match.group(1), match.group(2)))
    for match in _BARE_FIELD.finditer(text):
        words = match.group(1).split(" ")
        for n in (1, 2):  # "due within a week", "target date 4 May"
            label, value = " ".join(words[:n]), " ".join(words[n:])
            kind = _field(label, value)
            if ((kind == "timescale" and any(p.search(value) for p in _timescales()))
                    or (kind == "owner" and _is_someone(value))):
                out.append((label, value))
                break
    return tuple(out)


def _field(label: str, value: str | None = None) -> str | None:
    """"owner", "timescale" or None for a field's label; a label that could be either ("By:")
    is read by its `value`: "By: Mrs Ali" names an owner, "By: Friday" a timescale."""
    kind = T.field_kind(label)
    if kind == "timescale" and value and label.strip().lower() in _words("either_fields"):
        if not any(p.search(value) for p in _timescales()) and _is_someone(value):
            return "owner"
    return kind if kind in ("owner", "timescale") else None


def _filled(value: str) -> bool:
    """Whether a field or cell says something: not blank, not a dash or "?", not "TBC"."""
    value = " ".join(value.lower().strip(" .,;:*_").split())
    return bool(re.search(r"[^\W_]", value)) and value not in _words("empty_values")


def _names(material: Material) -> frozenset[str]:
    """Words the record capitalises mid-sentence: its people's names (and other proper nouns)."""
    found = re.findall(r"(?<=[a-z0-9,;)] )([A-Z][\w'’-]+)(?!\w|['’-]|\s*:)", material.record)  # not "Agreed:"
    return frozenset(re.sub(r"['’]s$", "", w).lower() for w in found)


_LEADING_TIME = re.compile(r"^\s*((?:by|before|on|within|inside|over|under|no later than|not later than|as soon as|in|at|"
                           r"from|b4|ahead of|during|after|until|till|this|next|today|tomorrow|tonight|end of|asap|"
                           r"urgently|immediately|ongoing|w/[cb]|\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|"
                           r"satur|sun)day)\b[^:–—]{0,60}?)(?::|\s[–—-])\s*", re.I)


def _strip_timescale_prefix(action: str) -> str:
    """"Before we next meet — Ms Nawaz is going to..." -> "Ms Nawaz is going to..." (a leading
    phrase that gives the timescale, before a colon or a dash)."""
    action = action.strip()
    lead = _LEADING_TIME.match(action)
    if lead and any(p.search(lead.group(1)) for p in _timescales()):
        return action[lead.end():]
    return action


@functools.cache
def _timescales(events: bool = True) -> tuple[re.Pattern, ...]:
    """The timescale patterns; with `events`, those said by an event or a span of time too."""
    raw = data("structure")
    return tuple(re.compile(p, re.I) for p in raw["timescales"] + (raw["event_timescales"] if events else []))


@functools.cache
def _imperatives() -> frozenset[str]:
    return frozenset(data("structure")["imperatives"])


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data("structure")[key])


@functools.cache
def _owner_word() -> re.Pattern:
    owners = sorted(data("structure")["owners"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(o) for o in owners) + r")\b", re.I)
