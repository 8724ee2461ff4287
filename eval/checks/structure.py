"""Structure: the sections the record type requires, and actions with an owner and a timescale.

The required sections come from the record-type templates (prompts/), the same list the
drafting prompt asks the model for: one source.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from eval.checks import text as T
from eval.checks.action_parts import (CELLS, asks_for_parts, empty_slot, field_role, has_owner, has_timescale, imperatives, is_filled,
                                      is_someone, names_owner, when_slot)
from eval.checks.base import Finding, Material, check, finding

# "None.", "No further actions at present", but not a table row with an empty first cell ("n/a; Ring the GP; May").
_BOILERPLATE = re.compile(r"^(none|no (further )?actions?|not (recorded|agreed)|n/?a)\b(?!.*(?:[;|\t]|\s:\s|,\S))", re.I)
# every field label of a line: "Who: Mum / When: May", "Responsible person - Mum; deadline - open"
_LABELS = re.compile(r"(?:^|[/;|.]\s*)\s*([A-Za-z][A-Za-z ]{0,24}?)\s*(?:[:=]|\s[–—-]\s)")
_FIELD_LINE = re.compile(r"\s*([A-Za-z][A-Za-z ]{0,24}?)\s*(?:[:=]|\s[–—-](?:\s|$))")  # "WHO:", "By when =", "Action - " at a line's start
# A line that only numbers the action below it: "Action 1", "Action point 2:", "Task no. 3", "AP4", "Item (ii)",
# "Next step 1", "Follow-up 2", "Priority action 3 (urgent)", "Pt 2.".
_NUMBER_ONLY = re.compile(r"^\W*(?:(?:(?:agreed|next|further|new|key|planned|proposed|required|priority|follow[- ]?up)\s+)*(?:action|act|task|item|step|point|pt|para|paragraph|ap|objective|goal|outcome|target|no\.?|number|row|follow[- ]?up)s?"
                          r"(?:\s+(?:point|item|no\.?|number))?\s*#?\s*\(?(?:\d{1,3}|[ivx]{1,5})[a-z]?\)?(?:\s+of\s+\d{1,3})?|#\s*\d{1,3})"
                          r"(?:\s*[(\[][^()\[\]\d]{1,30}[)\]])?\W*$", re.I)  # "Step 2 of 4", "Action 3 (urgent)"
_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")  # "| --- | :--: |"


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
        names = _names(material)
        units = [s for s in T.sentences(record, fields=True) if s.heading == "actions"]
        if not units:
            units = [T.Unit(m.start(1), m.end(1), m.group(1)) for m in
                     re.finditer(r"^\s*(?:[-*•]\s*)?actions?\s*[:–-]\s*(.+)$", record, re.I | re.M)]
        items: list[T.Unit] = []
        kinds: list[set[str]] = []  # the fields each item has filled: "owner", "timescale", "task"
        last_line = -1
        ahead = False  # the list gives who (and when) on a line above each task: "ACTION: Mr Cole\n1.1 Ring ..."
        for unit in units:
            line = record.rfind("\n", 0, unit.start) + 1
            text = _line(record, unit.start)
            listed = bool(T.bullet(text) or len(_cells(text)) > 1)
            # "Owner: " before it ("1a) Lead: Mr Roy / Book it / by May") fills a field;
            label = re.search(r"(?:^\s*(?:\(?\w{1,3}[.)]\s+)?|[.;|/]\s*)([A-Za-z][A-Za-z ]{0,24}):\s*$", record[line:unit.start])
            # "Expected: take Ali to the dentist" is a task of its own.
            fills = _only_fields(unit.text) or (label and T.field_kind(label.group(1)) and not _a_task(unit.text)
                                                and not (items and _next_task(label.group(1), items[-1].text)))
            field = _FIELD_LINE.match(text, T.bullet(text)) if line != last_line else None
            kind = field and T.field_kind(field.group(1))
            if kind == "owner" and _a_task(text[field.end():]):
                kind = None  # "Actioned to: ask the hotel ...": the owner's field holds the task, and nobody
            filled = {k for k in map(T.field_kind, _LABELS.findall(text[T.bullet(text):])) if k} if kind else set()
            if kind == "task" and _names_owner(text[field.end():], names):
                kind, filled = "owner", {"owner"}  # "ACTION: Mr Cole" (or a blank "ACTION:") under its task
            next_line = items and not record[items[-1].end:line].strip() and record.count("\n", items[-1].end, line) == 1
            # "(1.0) Who's picking this up? Mum, by Friday: ...": the question's answer and task are its action.
            if items and line == last_line and (listed or fills or asks_for_parts(items[-1].text)):
                items[-1] = T.Unit(items[-1].start, unit.end, record[items[-1].start:unit.end], unit.heading)
            elif ahead and next_line and not kind and "task" not in kinds[-1]:
                # the task under its "ACTION: Mr Cole" / "By: Friday" lines
                items[-1] = T.Unit(items[-1].start, unit.end, record[items[-1].start:unit.end], unit.heading)
                kinds[-1] |= {"task", "under"}
            elif (items and kind and not filled & kinds[-1] and (kind != "task" or "owner" in kinds[-1]) and next_line
                    and not (ahead and "under" in kinds[-1])):
                # "WHO: Ms Li" / "WHAT: ..." / "WHEN: ..." on lines of their own, or "Lead: Mum" under its task
                items[-1] = T.Unit(items[-1].start, unit.end, record[items[-1].start:unit.end], unit.heading)
                kinds[-1] |= filled
            else:
                start = line + T.bullet(text) if kind else unit.start  # keep the label: "WHO: Ms Li"
                if not kind and label and T.field_kind(label.group(1)) in ("task", "owner"):
                    start = line + label.start(1)  # "... need. What will happen: Mum will ...", "1a) Lead: none / Ring ..."
                ahead = ahead or (not items and kind in ("owner", "timescale") and "task" not in filled)
                items.append(T.Unit(start, unit.end, record[start:unit.end], unit.heading))
                kinds.append(filled or {"task"})
            last_line = line
        return [u for u in items if not _BOILERPLATE.match(u.text.strip()) and not _header_row(u.text)
                and not _NUMBER_ONLY.match(u.text)]
    return material.memo("actions", make)


def _names_owner(value: str, names: frozenset[str]) -> bool:
    """Whether what follows a task label only says who actions it ("ACTION: Mr Cole", "Action - Mum and
    school"), or is left blank: the template's line for the owner of the task above."""
    value = value.strip(" .*_")
    return not value or (len(value.split()) <= 6 and all(is_someone(p, names) for p in re.split(r"\s*(?:,|&|\band\b|/)\s*", value) if p))


def _a_task(sentence: str) -> bool:
    """A sentence that starts with what is to be done ("take Ali to the dentist ..."), not a field's value."""
    first = T.words(sentence)[:1]
    return bool(first) and first[0] in imperatives() and len(T.words(sentence)) > 3


def _next_task(label: str, item: str) -> bool:
    """Whether a task's label starts another task after an item that has its own ("What will happen:
    Mum will ... What will happen: Dad will ...", "Action: ... Action: ..."), not a field of that item."""
    return T.field_kind(label) == "task" and any(T.field_kind(other) == "task" for other in _LABELS.findall(item))


def _only_fields(sentence: str) -> bool:
    """A sentence that only fills in a field of the action before it: "Lead: Mum.", "By: Friday",
    "Owner - Mrs Ali.", "Due – 4 May"."""
    label = _FIELD_LINE.match(sentence)
    return bool(label) and field_role(label.group(1)) is not None and not _a_task(sentence[label.end():])


def _header_row(text: str) -> bool:
    """A table's header row: every cell a column name ("| Who | What | When |", "NO. : TASK : OWNER : DUE")."""
    cells = [c.strip(" *_:") for c in CELLS.split(text.strip(" |"))]
    return _separator(text) is not None or (len(cells) > 1 and all(T.field_kind(c) for c in cells))


# What parts a table's cells, in the order tried: bars, tabs, spaced colons ("1 : Book it : Mum : "),
# then, read only under a header row split the same way, semicolons, runs of spaces and commas.
_SPLITS = {"tab": re.compile(r"\t"), "colon": re.compile(r"\s+:(?:\s+|$)"), "semicolon": re.compile(r"\s*;\s*"),
           "spaces": re.compile(r" {2,}|\t"), "csv": re.compile(r",(?=\S|$)"), "comma": re.compile(r"\s*,\s*")}
_SEPARABLE = re.compile(r"[|\t:;,]| {2}")  # what any split needs
_LOOSE = ("semicolon", "spaces", "csv", "comma")  # "csv": "Ring GP, then HV,Mum,May" keeps its task's comma  # these part prose too: a row must have the header's cell count
# The first cell of a row that only numbers it ("Row 2", "3", "#4", "(ii)", "A3", "No. 5").
_ROW_LABEL = re.compile(r"^\W*(?:(?:row|item|line|no\.?|number|#)\s*)?(?:\d{1,3}|[ivx]{1,5}|[a-z]\d{0,2})\W*$", re.I)


def _cells(line: str, split: str | None = None) -> list[str]:
    """The cells of a table row, empty ones too: between bars ("| Mum | Friday |"), tabs
    ("1.\tBook it\tMum") or spaced colons ("2 : Book it : Mum : "), or as `split` names; []
    for a line that is no table row."""
    return list(_cells_of(line, split))


@functools.lru_cache(maxsize=4096)  # a table's lines are split again for each row below them
def _cells_of(line: str, split: str | None = None) -> tuple[str, ...]:
    line = line.strip("\n")
    if split in (None, "bar") and T.cells(line):
        return tuple(c for _, _, c in T.cells(line))
    if split is None:
        split = "tab" if "\t" in line.strip() else "colon" if len(_SPLITS["colon"].findall(line)) >= 2 else None
    if split is None or split == "bar":
        return ()
    cells = tuple(c.strip() for c in _SPLITS[split].split(line.strip(" ") if split != "tab" else line))
    return cells if len(cells) > 1 else ()


@functools.lru_cache(maxsize=4096)
def _separator(line: str) -> str | None:
    """How a header row's cells are parted ("bar", "tab", "colon", "semicolon", "spaces",
    "csv", "comma"), when every cell of the line is a column name; else None."""
    if not _SEPARABLE.search(line):
        return None
    for split in ("bar", *_SPLITS):
        cells = [c.strip(" *_:") for c in _cells(line, split)]
        if len(cells) > 1 and all(T.field_kind(c) for c in cells):
            return split
    return None


def _aligned(cells: list[str], columns: list[str | None]) -> list[str]:
    """A row's cells under its header's columns: a first cell that only numbers the row ("Row 2 |
    Mum | ...") is dropped when the header has no column for it."""
    if len(cells) > len(columns) and _ROW_LABEL.match(cells[0]):
        return cells[1:]
    return cells


def _line(record: str, index: int) -> str:
    start = record.rfind("\n", 0, index) + 1
    end = record.find("\n", index)
    return record[start:end if end >= 0 else len(record)]


def _row(record: str, index: int) -> tuple[list[str | None], list[str]] | None:
    """The columns of the table the action at `index` is a row of ("owner", "timescale" or None
    for each, from its header row: "| Who | What | When |", "Task; Lead; Due") and the row's cells
    under them; None when the action is in no table with a header, or its row does not fit it."""
    row = _line(record, index)
    if not _SEPARABLE.search(row):
        return None  # a line of prose: no cell marks at all
    above = record[:record.rfind("\n", 0, index) + 1].split("\n")[:-1]
    ruled = False  # the line below was "| --- | --- |": this one is the header
    between: list[str] = []
    for line in reversed(above[-40:]):
        split = _separator(line)
        if split or (ruled and _cells(line)):
            split = split or ("bar" if T.cells(line) else None)
            header = _cells(line, split)
            cells = _aligned(_cells(row, split), header)
            if not cells or any(not _cells(b, split) for b in between):
                return None
            if split in _LOOSE and len(cells) != len(header):
                return None
            return [field_role(c.strip(" *_:")) for c in header], cells
        ruled = bool(_RULE_ROW.match(line))
        if not line.strip() or T.is_heading(line) or not (ruled or _cells(line) or len(line.split("  ")) > 1
                                                          or ";" in line or "," in line):
            return None  # the table (or the list) began without a header
        if not ruled:
            between.append(line)
    return None


@check("structure.action_incomplete")
def action_incomplete(material: Material) -> Iterator[Finding]:
    names = _names(material)
    items = actions(material)
    slotted = [when_slot(a.text, names) is not None for a in items]
    dated = [has_timescale(a.text, events=False) for a in items]
    for i, action in enumerate(items):
        owner, timescale = has_owner(action.text, names), has_timescale(action.text)
        table = _row(material.record, action.start)
        if table:  # a table: its who and when columns say (an empty cell or a dash says nothing)
            columns, cells = table
            filled = {role for role, cell in zip(columns, cells)
                      if role and (names_owner(cell) if role == "owner" else is_filled(cell))}
            owner = "owner" in filled if "owner" in columns else owner
            timescale = "timescale" in filled if "timescale" in columns else timescale
        if not slotted[i] and _most(slotted, i, least=1):
            # The list says by when in a slot: an event here is the task's, and a slot left open says none.
            timescale = timescale and dated[i] and not empty_slot(action.text)
        elif _most(dated, i, least=2):
            # The list gives dates: "at the next appointment" alone says when the task happens, and the
            # date it should have carried is missing ("before the review" is still a deadline).
            timescale = timescale and has_timescale(action.text, occasions=False)
        lacking = [what for what, ok in (("owner", owner), ("timescale", timescale)) if not ok]
        if lacking:
            yield finding("structure.action_incomplete", f"This action has no {' and no '.join(lacking)}.",
                          span=(action.start, action.end), evidence=action.text,
                          suggestion="Say who will do it and by when, e.g. 'Social worker to ... by 14 June'.")


def _most(flags: list[bool], index: int, least: int) -> bool:
    """Whether two thirds of the other actions of a list, and at least `least`, have the flag
    (give by when in a slot, or as a date)."""
    others = flags[:index] + flags[index + 1:]
    return sum(others) >= least and 3 * sum(others) >= 2 * len(others)


def _names(material: Material) -> frozenset[str]:
    """Words the record capitalises mid-sentence: its people's names (and other proper nouns)."""
    def make() -> frozenset[str]:
        found = re.findall(r"(?<=[a-z0-9,;)] )([A-Z][\w'’-]+)(?!\w|['’-]|\s*:)", material.record)  # not "Agreed:"
        return frozenset(re.sub(r"['’]s$", "", w).lower() for w in found)
    return material.memo("structure.names", make)


