"""How a record is laid out: its headings, the sections they name, its tables and action
fields, and the sentences under each heading.

`text` re-exports the public names (`text.heading`, `text.sentences`, ...), so callers keep one
import; the work is here so each module stays small. Offsets always index the original text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from eval.checks.text import Unit, cells, field_kind, field_labels, lines, normalise, split

# A heading's decoration: any run of marks that are no word, quotation mark or bracket of an aside,
# before or after its words ("## X", "// X", "*** X ***", "[X]", "<< X >>", ":: X ::", "X:", "X -").
# Enclosed numbers ("①", "❶", "➊") are marks too, though Unicode calls them numeric.
_DECOR = r"(?:[^\w\s\"“”'‘’()]|_|[\u2460-\u24ff\u2776-\u2793])"
_LEAD = re.compile(rf"^{_DECOR}+\s*")
_TRAIL = re.compile(rf"\s*{_DECOR}+$")
_CLOSERS = {"]": "[", "}": "{", "»": "«", "】": "【", ">": "<"}
_STYLE_MARK = re.compile(r"[#*_\[{<【«=~/\\:]|.{2,}")  # a lone "-", "•", ">" or "|" is a list or cell mark
# Numbering before the words: "3.", "3.1", "(c)", "iv)", "[3]", "3 |", "6 of 8:", "A3", and labelled
# ("Section 3 -", "Part B:", "Step two", "Q3", "No. 3"), which styles the line as a heading.
_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2})*[a-z]?(?!:\d)|[a-h]|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)"  # not "10:30"
_SEPARATOR = r"\s*(?:[.):/>\]|}–—\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f-]+\s*)+"  # "3 →", "3 ⇒", "3 ⟶"
# Labelled numbering of forms and minutes ("Section 3 -", "Agenda item 3:", "Agenda 2 -") styles a line as
# a heading; "Minute 4 -", "Topic 2:", "Para 5", "Appendix B" are stripped but style nothing ("Minute 4: Mum
# agreed to ring the GP" is a note, "Minute 4: Actions" a heading by its words).
_NUMBER_WORDS = r"(?:agenda\s+)?(?:section|sect\.?|sec\.?|part|pt\.?|heading|step|stage|phase|page|screen|tab|box|field|question|item|number)|agenda(?:\s+(?:point|topic))?"
_NUMBER_PLAIN = r"minute|min|para|paragraph|appendix|annex|schedule|element|domain|area|dimension|point|topic"
# A count after the number: "Step 4 of 8", "Part two of five", "Section 3/8" (a wizard's or a form's steps),
# or the document it is part of: "Part 1 of the record:", "Section 2 of this form -", "Page 3 of the visit report".
_OF = (r"(?:(?:\s+of\s+|\s*/\s*)(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
       r"|\s+of\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:record|form|note|notes|report|template|document|write-up|assessment)(?=\s*[^\w\s]))?")
_NUMBERING = re.compile(rf"^(?:(?P<named>(?:{_NUMBER_WORDS})\s+{_NUMBER}{_OF}\b"
                        rf"|(?:q|no\.?|\#)\s*\d{{1,2}}\b(?!:\d))(?:{_SEPARATOR}|\s*)"
                        rf"|(?:{_NUMBER_PLAIN})\s+{_NUMBER}\b(?:{_SEPARATOR}|\s*)"
                        rf"|[(\[{{]?(?:{_NUMBER}|[a-z]{{1,2}}\d{{1,2}}[a-z]?)(?:\s+of\s+\d{{1,2}})?{_SEPARATOR}"
                        rf"|(?:\d{{1,2}}(?:\.\d{{1,2}})*|[a-z]{{1,2}}\d{{1,2}})\s+(?=[^\W\d_]))", re.I)
# A form's or export's name for the line itself, before the heading's words: "Heading: Purpose",
# "Section title - Analysis", "Sub-heading: Actions", "H2: Purpose". It styles the line as a heading.
_HEADING_LABEL = re.compile(r"^(?:(?:section|sub|main|page|form)[- ]?)?(?:heading|header|headline|title|section|h[1-6])"
                            r"(?:\s+(?:text|name|title))?(?:\s+\d{1,2})?\s*(?::+-?|\s[–—=-]+|=>?|->?)\s*(?=[^\W\d_])", re.I)
# A list item's mark ("- ", "⁃ ", "(•) ", "[ ] "): its line is a heading only when its words name a section.
_LIST_ITEM = re.compile(r"^(?:[-*•·–—▪◦‣⁃⦁∙●○■□◆◇❖♦✓✔✗✘☐~+o]|\([•·*o○●◦▪+~-]\)|\[[ xX✓✔]?\])\s")
_HTML_TAG = re.compile(r"</?(?:b|strong|u|i|em|h[1-6]|p|span|div|font|li|td|th|br)\b[^<>]*>", re.I)
_RULE = re.compile(r"^\s*[-=~_*]{3,}\s*$")  # a line under a heading
# Dictation software that missed a spoken mark leaves its word: "Purpose colon", "Next visit colon".
_SPOKEN_COLON = re.compile(r"\s+colon\s*$", re.I)
# ... and a spoken paragraph break before a line's words: "new paragraph Purpose", "New paragraph, Actions",
# "next para Analysis", "paragraph break Next visit", "new line Who was present" (as dictated, lower case).
_SPOKEN_BREAK = re.compile(r"^\s*(?:(?i:new|next)\s+(?i:paragraph|para)|(?i:paragraph|para)\s+(?i:break)|new\s+line|line\s+break)"
                           r"(?:\s*[,:.;-])?\s+(?=\S)")


def spoken_break(line: str) -> int:
    """How many characters a spoken paragraph break takes at the start of a line ("new paragraph "), or 0."""
    found = _SPOKEN_BREAK.match(line)
    return found.end() if found else 0


@dataclass(frozen=True)
class Heading:
    """A line that names a record section: its words and the canonical section, if any."""

    label: str  # the words, without marks or numbering: "Voice of the child"
    key: str | None  # the section (prompts/sections.yaml) they name: "child_voice"


def heading(line: str, below: str = "") -> Heading | None:
    """The heading a record line is, judged by its shape, or None for a line that says something.

    A heading is short (up to 8 words) with no sentence punctuation inside. Its words name a
    section (section_key), whatever marks, numbering or bullet surround them ("1 | Purpose",
    "// PURPOSE", "[3] Purpose", "(c) Analysis:", "Part B - Who was present"); or it is styled
    as one (markdown "#", "**bold**", "[X]", "--- X ---", "Section 3: X", a trailing colon, ALL
    CAPS, a rule on the line `below`). A bullet ("- Seen alone") or a sentence ending in a full
    stop is no heading unless it names a section.
    """
    bare = line.strip()
    bare = _unspaced(bare[spoken_break(bare):])
    if not bare or len(bare) > 90:
        return None
    spoken = _SPOKEN_COLON.search(bare)
    if spoken and section_key(bare[:spoken.start()]):  # only a section's name: "bowel and colon" stays
        bare = bare[:spoken.start()] + ":"
    words, styled, stop = _unstyle(bare)
    words = _POSITION.sub("", words) or words  # "Child's views in their own words (3 of 8)": nine words, one heading
    prompt = re.search(r"(?<=\w)\s*\([^()]*\)$", words)  # a form's prompt: "Purpose (why are you visiting?)"
    said = words[:prompt.start()] if prompt and section_key(words[:prompt.start()]) else words
    if (not re.search(r"[^\W\d_]", words) or _length(words) > 8 or re.search(r"[.!?;|\"“”]", said)
            or re.search(r"\b\d{1,2}\s+\w+\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", words)
            or len(re.findall(r"\s:(?=\s|$)", bare)) >= 2 or len(re.findall(r"\S(?: {2,}|\t)\s*(?=\S)", bare)) >= 2
            or len(re.findall(r",(?=\S|$)", bare)) >= 2):
        return None  # a sentence, a title line with a date, or a table row ("2 : Book it : Mum :", "WHO  WHAT  WHEN", "Ring GP,Mum,")
    key = section_key(words)
    if stop and key and normalise(words) not in _section_names() and len(words.split()) > 4:
        return None  # "Purpose of the visit was to see Amy." is a sentence
    letters = re.sub(r"[^\w]", "", words)
    shaped = styled or bool(_RULE.match(below)) or (letters.isupper() and len(letters) > 3)
    item = _LIST_ITEM.match(bare)
    if item:  # "- Seen alone" is an item of a list; "• ACTIONS •", "- Actions:" are headings
        shaped = _unstyle(bare[item.end():])[1] or letters.isupper() and len(letters) > 3
        named = normalise(words) in _section_names()  # "◆ Purpose", "• Actions": the bare name of a section
        return Heading(words, key) if key and (shaped or named) else None
    if key or (shaped and not stop and not _a_task(words)):
        return Heading(words, key)
    return None


# Where a heading stands among the record's sections, before or after its words: "(3 of 8)", "[3/8]",
# "- part 3 of 8", "(section 2 of 7)", "3 of 8 |".
_POSITION = re.compile(r"\s*(?:[(\[{]\s*|[-–—|~·•]\s*)?(?:(?:part|section|sect|step|page|pt|no)\.?\s*)?\d{1,2}\s*(?:of|/)\s*\d{1,2}"
                       r"(?:\s*[)\]}])?\s*$|^\s*[(\[{]\s*\d{1,2}\s*(?:of|/)\s*\d{1,2}\s*[)\]}]\s*", re.I)


def _a_task(words: str) -> bool:
    """Whether a line's words, marked up as a heading might be, are a task of an action list ("[--] ▓▓▓
    Give Sabra the coordinator's number (Miss Ali)"): a verb of the task, then no preposition ("Review
    of the plan", "Support for Mum" are headings)."""
    from eval.checks.action_parts import imperatives
    first = words.lower().split()[:2]
    return (len(words.split()) >= 4 and first[0] in imperatives()
            and first[1] not in ("of", "for", "from", "with", "to", "and", "on", "at", "in", "by", "about", "since", "after"))


# A heading typed with its letters spaced out: "A N A L Y S I S", "N E X T  V I S I T" (words two spaces apart),
# with its marks around it ("== P U R P O S E ==", "4/ A C T I O N S"), an apostrophe or a slash spaced out
# as a letter ("C H I L D ' S   V I E W S", "P A R E N T S / C A R E R S '   V I E W S") and words of one
# letter among longer ones ("W H A T   I   S A W").
_SPACED = re.compile(r"(?<![^\W\d_])(?:C(?: C)*(?:\s{2,}C(?: C)*)+|L(?: L){3,})(?![^\W\d_])"
                     .replace("C", r"(?:[^\W\d_]|['’/])").replace("L", r"[^\W\d_]"))


def _unspaced(line: str) -> str:
    """A line with its spaced-out letters closed up ("A N A L Y S I S" -> "ANALYSIS"), else the line."""
    return _SPACED.sub(_closed_up, line)


def _closed_up(spaced: re.Match) -> str:
    """A spaced-out run closed up word by word, unless none of its words has two letters ("Y  N  Y")."""
    words = [w.replace(" ", "") for w in re.split(r"\s{2,}", spaced.group())]
    if not any(len(re.sub(r"[\W\d_]", "", w)) > 1 for w in words):
        return spaced.group()
    return " ".join(words)


def _length(words: str) -> int:
    """How many words a heading has: in a heading in two languages that names a section ("Llais y
    plentyn / Child's views in their own words"), those of its longer half."""
    halves = _BILINGUAL.split(words)
    if len(halves) == 2 and len(words.split()) > 8 and section_key(words):
        return max(len(half.split()) for half in halves)
    return len(words.split())


def is_heading(line: str) -> bool:
    """A line that names a section rather than saying something (see `heading`)."""
    return heading(line) is not None


def _unstyle(line: str) -> tuple[str, bool, bool]:
    """A line's words without heading marks and numbering; whether it was styled as a heading
    (marks around it, "Section n", a trailing colon: a number, a bullet or a bar alone is no
    style); and whether it ended in a sentence's full stop."""
    text, styled, stop = line.strip(), False, False
    if "<" in text:  # an HTML export: "<b>Purpose</b>", "<h3>Actions</h3>"
        plain = _HTML_TAG.sub("", text).strip()
        styled, text = plain != text and bool(plain), plain or text
    for _ in range(4):  # "## **3. Analysis:**", "| 3 | Analysis |"
        before = text
        opened = _LEAD.match(text)
        if opened:
            styled = styled or bool(_STYLE_MARK.fullmatch(opened.group().strip()))
            text = text[opened.end():]
        closed = _TRAIL.search(text)
        if closed and closed.group().strip()[0] in _CLOSERS and _CLOSERS[closed.group().strip()[0]] in text[:closed.start()]:
            closed = None  # "Ring the GP [Mum, 12/05]": the bracket closes words of the line
        if closed:
            mark = closed.group().strip()
            stop = stop or bool(re.fullmatch(r"[.!]", mark))
            styled = styled or mark not in ("|", ".", "!", "?", "...", "…")
            text = text[:closed.start()]
        named = _HEADING_LABEL.match(text)
        if named and (text[named.end()].isupper() or section_key(text[named.end():])):  # "Header: the school said" is prose
            styled, text = True, text[named.end():]
        numbered = _NUMBERING.match(text)
        if numbered and numbered.group("named") and _goes_on(numbered.group(), text[numbered.end():]):
            numbered = None  # "Step 2 of the plan is done", "Part 3 went well": a sentence about the step
        if numbered and numbered.end() < len(text):
            styled = styled or bool(numbered.group("named"))
            text = text[numbered.end():]
        text = text.strip()
        if text == before:
            break
    return text, styled, stop


def _goes_on(numbering: str, rest: str) -> bool:
    """Whether words after a labelled number with no mark between ("Step 2 of the plan is done") go on
    in lower case as a sentence does, where a heading's own words would start ("Step 2 Actions", "step 2
    actions")."""
    return not re.search(r"[^\w\s]\s*$", numbering) and rest[:1].islower() and not section_key(rest)


def heading_text(line: str) -> str:
    """The words of a heading line, without its marks or numbering."""
    return _unstyle(line)[0].rstrip("?").strip()


@functools.lru_cache(maxsize=8192)
def section_key(label: str) -> str | None:
    """The canonical section (prompts/sections.yaml) a heading names: by title or alias, one that
    starts a longer heading ("Who was present at the visit"), or by meaning, a heading the section
    patterns of structure.yaml match whole ("Voice of the young person", "Reason for today's visit")."""
    heading = normalise(heading_text(label))
    names = _section_names()
    if heading in names:
        return names[heading]
    starts = [name for name in names if heading.startswith(name + " ") and _GOES_ON.match(heading, len(name) + 1)]
    if starts:
        return names[max(starts, key=len)]
    bare = re.sub(r"\s*\([^)]*\)$", "", heading.replace("(s)", "s"))  # "Purpose (statutory visit)", "parent(s)"
    bare = re.sub(r"'s\b|(?<=s)'|'", "", bare).replace(" & ", " and ").replace(" / ", " and ")
    first = re.sub(r"\b([a-z]+)/[a-z]+\b", r"\1", bare)  # "Date of next visit/review": its first choice
    found = next((key for key, pattern in _section_patterns() if pattern.fullmatch(bare) or pattern.fullmatch(first)), None)
    return found or _either_language(heading)


# Where a template's heading in two languages parts them: "Diben yr ymweliad / Purpose", "Purpose \\ Diben",
# "Analysis // Dadansoddiad"; a spaced dash parts them only when both halves name the section.
_BILINGUAL = re.compile(r"\s+(?:/{1,2}|\\)\s+")
_BILINGUAL_DASH = re.compile(r"\s+(?:[–—~·•]|-{1,2})\s+")


def _either_language(heading: str) -> str | None:
    """The section a heading in two languages names, by either half ("Ymweliad nesaf / Next visit")."""
    halves = _BILINGUAL.split(heading)
    if len(halves) == 2:
        return section_key(halves[0]) or section_key(halves[1])
    halves = _BILINGUAL_DASH.split(heading)
    if len(halves) == 2 and section_key(halves[0]) == section_key(halves[1]):
        return section_key(halves[0])
    return None


# How a heading goes on after a section's name ("Who was present at the visit", "Purpose of today's
# visit", "Next visit date 4 June", "Actions (agreed)"); "Analysis shows she is safe" is a sentence.
_GOES_ON = re.compile(r"(?:of|for|at|in|on|during|from|with|and|or|&|/|to|by|including|incl|inc|today|today's|this|"
                      r"date|dates|due|planned|booked|arranged|agreed|notes|summary|details|section|record|so far|"
                      r"\d|[^\w\s])(?:\b|\s|$)", re.I)


def names_section(line: str) -> bool:
    """A bare line that names a section by its title, an alias or its meaning ("Parents' views")."""
    return section_key(line) is not None


@functools.cache
def _section_names() -> dict[str, str]:
    from prompts import sections

    names = {}
    for key, section in sections().items():
        for name in (section.title, *section.aliases):
            names[normalise(name)] = key
    return names


@functools.cache
def _section_patterns() -> tuple[tuple[str, re.Pattern], ...]:
    from eval.checks.base import data
    from prompts import sections

    raw = data("structure")
    groups = raw["section_words"]
    out = []
    for key, patterns in raw["section_patterns"].items():
        if key not in sections():
            raise ValueError(f"eval/checks/data/structure.yaml: section_patterns names an unknown section {key!r}")
        for pattern in patterns:
            for name, words in groups.items():
                pattern = pattern.replace("{" + name + "}", words)
            out.append((key, re.compile(pattern, re.I)))
    return tuple(out)


def sentences(text: str, fields: bool = False) -> list[Unit]:
    """The sentences of a text with the section each is under; headings are not units.

    A unit's `heading` is the section key when the heading names a known section, else the
    heading's words. Sentences end at line breaks and at . ! ? followed by a space and a capital,
    never inside double quotation marks, so a quoted child's words stay in one sentence. List
    markers ("1/", "Action 2:") and field labels ("what:") are not part of a unit; a table row is
    one unit (its cells each with `fields`), and its header row is none. Under the actions
    heading, who and by when ("Owner: Mrs Ali.", "Target date: 4 May.") are parts of their
    action, not claims of their own: they are units only with `fields`.
    """
    out: list[Unit] = []
    columns: list[str | None] = []
    for section, line, below, _ in _walk(text):
        # a row of labelled fields is read as a table row's cells for its claim; `fields` (the action's
        # parts) reads it whole, as the line of an action it is
        row = (cells(text[line.start:line.end]) or (_field_row(line.text) if not fields else [])) if line else []
        if not row:
            columns = []
        elif not any(re.search(r"\w", c) for _, _, c in row):
            continue  # "| --- | --- |"
        elif _RULE_ROW.match(below) or all(field_kind(c) or not c for _, _, c in row):
            columns = [field_kind(c) for _, _, c in row]  # "| Who | What | When |"
            continue
        for s, e, kind in _parts(text, line, row, columns, fields) if line else ():
            if fields or kind not in ("owner", "timescale") or section != "actions":
                out.append(Unit(s, e, text[s:e], section))
    return out


def headings(text: str) -> list[str]:
    """The sections a record's headings name, in order, each once (a heading's words when it
    names no known section): headings by shape, and labels that name a section ("Purpose: ...")."""
    out = []
    for section, _, _, named in _walk(text):
        if named and section not in out:
            out.append(section)
    return out


def _walk(text: str) -> Iterator[tuple[str | None, Unit | None, str, bool]]:
    """Each line as (the section it is in, its body or None for a heading line, the next
    non-blank line, whether the line names its section)."""
    section = None
    raw = text.split("\n")
    row, seen = 0, 0  # the row of the line, counted on from the last one
    for line in lines(text):
        row += text.count("\n", seen, line.start)
        seen = line.start
        after = row + 1
        while after < len(raw) and not raw[after].strip():
            after += 1
        below = raw[after] if after < len(raw) else ""
        skip = spoken_break(line.text)
        if skip:  # "new paragraph Purpose", "new paragraph I visited Amy": the break is no word of the line
            line = Unit(line.start + skip, line.end, line.text[skip:])
        label = None if _field_row(line.text) else _label(line.text)  # "Lead: Ms Roy / Action: book it" is no "Action:" label
        found = heading(raw[row], _underline(raw, row)) if not label else None
        if label:  # "Purpose: to see Amy", "PURPOSE - to see Amy" carry a sentence
            section = section_key(_SPOKEN_COLON.sub("", line.text[:label].rstrip()))
            yield section, Unit(line.start + label, line.end, line.text[label:]), below, True
        elif found or re.match(r"^\s*#{1,6}\s", raw[row]):  # a long markdown heading is one too
            section = (found.key or found.label) if found else heading_text(line.text)
            yield section, None, below, True
        else:
            yield section, line, below, False


def _underline(raw: list[str], row: int) -> str:
    """The rule right under line `row` ("Purpose\n=======") or ""; a rule after a blank line, or one
    over the next heading of a boxed style ("=====\nACTIONS\n====="), underlines nothing."""
    under = raw[row + 1] if row + 1 < len(raw) else ""
    if not _RULE.match(under):
        return ""
    if row + 3 < len(raw) and raw[row + 2].strip() and _RULE.match(raw[row + 3]):
        return ""  # "ACTION: Dad\n=====\nNEXT VISIT\n=====": the rule is NEXT VISIT's
    return under


# Where a label that names a section may end and its sentence start: "Purpose: ...", "**Purpose:** ...",
# "PURPOSE - ...", "Analysis :: ...", "Present = ...", "Next visit >> ...", "Purpose.... ...", dictated "Purpose colon ...".
_LABEL_END = re.compile(r"(?:\*\*|__)?\s*(?::+-?|(?<=\s)colon\b|\s(?:[–—=|]|--?|->|=>|→|>>?|::)|\.{3,}|…)\s*(?:\*\*|__)?\s*(?=[^\W_]|[\"“‘'(\[])")


def _label(line: str) -> int | None:
    """Where the sentence after a label that names a section starts in a line, or None."""
    for end in _LABEL_END.finditer(line, 2, 64):
        if _labels_section(line[:end.start()]):
            return end.end()
    return None


def _labels_section(label: str) -> bool:
    """Whether "label:" at the start of a line names a section. One word must be a section's
    title or alias ("Purpose:"): "Update:", "Summary:" or "Plan:" inside a section are notes in it.
    A bracket that names someone makes the label an action's owner, not a section: "ACTION (Mr Cole):"."""
    if _owned(label):
        return False
    if len(label.split()) == 1:
        return normalise(heading_text(label)) in _section_names()
    return section_key(label) is not None


def _owned(label: str) -> bool:
    """Whether a label ends in a bracket that names who does it: "ACTION (Mr Cole)", "Action (Mum)"."""
    from eval.checks.action_parts import is_someone

    bracket = re.search(r"\(([^()]{1,40})\)\W*$", label)
    return bool(bracket) and is_someone(bracket.group(1))


def _parts(text: str, line: Unit, row: list[tuple[int, int, str]], columns: list[str | None],
           fields: bool) -> Iterator[tuple[int, int, str | None]]:
    """The sentences of a line (a table row whole, or with `fields` each cell), each without a
    field's label ("Owner: Mrs Ali" -> "Mrs Ali"), with the kind of field it fills (`field_kind`,
    or its column's) or None."""
    spans = [(line.start, line.end, None)]
    filled = [(line.start + s, line.start + e, columns[i] if i < len(columns) else None)
              for i, (s, e, c) in enumerate(row) if re.search(r"\w", c)]
    if filled:  # one claim, who does what by when, told as one line of the notes would tell it
        labelled = all(_field_label(text[s:e], False)[1] for s, e, _ in filled)  # "Who: Mum >> What: ring the GP"
        spans = filled if fields or labelled else [(filled[0][0], filled[-1][1], None)]
    for start, end, column in spans:
        parts = split(text, start, end)
        for n, (s, e) in enumerate(parts):
            if s == start:
                s += _item_mark(text[s:e])
                asked = _ROW_QUESTION.fullmatch(text, s, e)
                if asked and n + 1 < len(parts):
                    continue  # "Who's picking this up?" before its answer on the line
            skip, kind = _field_label(text[s:e], fields)
            s += skip
            if e > s:
                yield s, e, kind or column


# A list item's own marks that `text.bullet` leaves at the start of a line or cell: a number with a degree
# or ordinal sign or arrows ("1° ", "2º ", "Point 1 »» ", "Item 3 >> "), a bracketed number ("(1.0) ", "[2] ", "(1/) "),
# a box to tick ("(1/) [ ] "),
# a number before a symbol ("No.1 • ") and symbols or emoji ("⟡ ", "✋ ", "1° ✋ "): they are no words of the
# item, and "1°" is no number the notes must give. A currency sign is a word. Also an action list's own
# numbering ("A/1 ", "Action no. 1 - ", "Task number 2: ") and a rating ("[AMBER] ", "(RAG: red) ").
_ITEM_MARK = re.compile(r"^(?:[a-z]{1,3}/\d{1,2}[a-z]?\s+(?=\S)|\d{1,2}[a-z][).]\s+|(?:agreed\s+)?(?:action|task|step)(?:\s+point)?\s+(?:no\.?|number|#)\s*\d{1,2}[a-z]?\s*[:.)–—-]\s+"
                        r"|(?:pt|part|point|item)\.?\s*\d{1,2}[a-z]?\s*[:)]\s+"  # "Pt 1: ", "Point 2) "
                        r"|[(\[](?:rag:?\s*)?(?:red|amber|green)[)\]]\s+"
                        r"|(?:point|item|no\.?)\s*\d{1,2}\s*(?:[°º]|»+|>{2,})\s*|\d{1,2}\s*[°º]\s+"
                        r"|[(\[]\d{1,2}(?:\.\d{1,2})*/?[)\]]\s+|\[[ xX✓✔]?\]\s+|(?:point|item|no\.?)\s*\d{1,2}\s+(?=[^\x00-\x7f\w\s])"
                        r"|[^\x00-\x7f\w\s\"“”‘’«(\[£€¥]\ufe0f?\s+)+", re.I)
# The question a list asks before each row's answer: "(1.0) Who's picking this up? Mum, by 7 May: apply ...".
# It is no claim of the row, and no action of its own.
_ROW_QUESTION = re.compile(r"(?:(?:who|whose)\b[^?.!;:\n]{0,40}?\b(?:this|it|that|responsible|lead|leading|owner|owns|"
                           r"action|task)\b[^?.!;:\n]{0,20}|by when|when by)\?\s*", re.I)


def _item_mark(sentence: str) -> int:
    """How many characters a list item's own marks take at the start of a line (`_ITEM_MARK`), or 0."""
    found = _ITEM_MARK.match(sentence)
    return found.end() if found and found.end() < len(sentence) else 0


# A field's label before its value: "Owner: Mrs Ali", "Due - 4 May" (a spaced dash only after a field's name),
# after the item's own number ("Step 1 ~ Audit action: ...").
_FIELD_LABEL = re.compile(r"(?:(?:step|item|action|task|no\.?)\s*\d{1,2}[a-z]?\s*[~:.)|–—-]*\s*)?"
                          r"([A-Za-z][A-Za-z ]{1,24}?)\s*(?:(?P<colon>:)|\s[–—-])\s*(?=\S)", re.I)
# A label that names its line a task of some kind: "Audit action:", "Review task:", "Core group action:",
# "Action taken:", "Action agreed:".
_TASK_LABEL = re.compile(r"(?:[A-Za-z]+ ){1,2}(?:action|task)s?|(?:action|task)s? (?:taken|agreed|required|needed|set|planned|"
                         r"proposed|to take|to be taken)", re.I)


def _field_label(sentence: str, fields: bool) -> tuple[int, str | None]:
    """How many characters a field's label takes at the start of a sentence, and the kind of field it
    labels: "Owner: Mrs Ali" ("owner"); as sentences are read for what they claim (not `fields`), also
    "Owner - Mrs Ali", "Due - 4 May" and a task's label after the item's number ("Step 1 ~ Audit action: ...")."""
    label = re.match(r"([A-Za-z][A-Za-z ]{1,24}?)\s*:\s*(?=\S)", sentence) if fields else _FIELD_LABEL.match(sentence)
    if not label:
        return 0, None
    named = normalise(label.group(1)) in field_labels()
    if fields:
        return (label.end() if named else 0), field_kind(label.group(1))
    if not label.group("colon") and not named:
        return 0, None  # "Mum - she will ring the GP"
    task = bool(label.group("colon")) and bool(_TASK_LABEL.fullmatch(label.group(1)))
    return (label.end() if named or task else 0), field_kind(label.group(1)) or ("task" if task else None)


# Where a field's value ends before the next field of its line: "Who: Mum >> What: ring the GP >> By when: 4 May",
# "Responsible: Dad; Deadline: Friday", "Lead: Ms Roy / Action: book it / Due: 4 May".
_FIELD_GAP = re.compile(r"[\s>»→⇒|;,/•·–—-]+$")


def _field_row(line: str) -> list[tuple[int, int, str]]:
    """The fields of a line that gives an action's parts as labelled fields one after another ("Who:
    Mum >> What: ring the GP >> By when: 4 May", "Lead: Dad. Deadline: Friday. Action: book it"), as
    `cells` gives a table row's; [] for a line that does not start with a field's label or has one only."""
    starts = [start for start in map(_label_start(line), (m.start() for m in re.finditer(r":(?!\d)", line)))
              if start is not None]
    if len(starts) < 2 or starts[0] != _item_mark(line):  # "1a) Lead: Ms Roy Action: ..."
        return []
    out = []
    for start, end in zip(starts, [*starts[1:], len(line)]):
        end = start + len(_FIELD_GAP.sub("", line[start:end])) if end < len(line) else len(line.rstrip())
        out.append((start, end, line[start:end]))
    return out


def _label_start(line: str):
    """For a colon of a line, where the field label before it starts (its longest run of up to four
    words that is a field's label, after the line's start or a gap), or None."""
    def start(colon: int) -> int | None:
        words = list(re.finditer(r"[A-Za-z]+", line[max(0, colon - 40):colon]))
        offset = max(0, colon - 40)
        for word in words[-4:]:
            begin = offset + word.start()
            if (line[begin:colon].strip() and normalise(line[begin:colon]) in field_labels()
                    and not line[begin + len(line[begin:colon].rstrip()):colon].strip()
                    and (begin == 0 or line[begin].isupper() and line[:begin].endswith(" ")
                         or re.search(r"[>»→⇒|;,/•·–—.-]\s*$", line[:begin]))):
                return begin
        return None
    return start


_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
