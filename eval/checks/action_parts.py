"""What an action says: who will do it and by when.

Read from its words ("Mum to book the GP by Friday"), its fields ("Lead: Ms Khan", "[due: 3 May]"),
its table cells and its tags ("(SW)", "- Mr Cole"); the lists of roles, timescales and empty
values are data (data/structure.yaml). Used by `structure.action_incomplete`.
"""

from __future__ import annotations

import functools
import re

from eval.checks import text as T
from eval.checks.action_times import CALENDAR, strip_timescale_prefix, time_text, timescales
from eval.checks.base import data

_MODAL = (r"(?:is going to|are going to|am going to|'s going to|'m going to|'re going to|will|'ll|to|is to|are to|agreed to|has agreed to|"
          r"have agreed to|offered to|has offered to|needs to|need to|should|must|shall|can|would|plans to|"
          r"is planning to|(?:has |had )?(?:said|says|promised|confirmed) (?:that )?(?:she|he|they|i|we)(?: will| would|['’]d|['’]ll)|intends to|promised to|"
          r"(?:has |have )?agreed (?:that )?(?:she|he|they|i|we)(?: would| will|['’]d|['’]ll)|(?:is|are|will be) the one to|"
          r"(?:has |have )?(?:undertook|undertaken|undertakes|undertake|committed|commits|volunteered|volunteers|"
          r"pledged|promises|offers|plans|intends|aims|hopes|is due|are due|is expected|are expected) to"
          # Saying yes to a task: "Dad has said yes to fit ...", "Mum is happy to ...", "Nan has signed up to ...".
          r"|(?:has |have |had )?(?:said yes|says yes|consented|signed up|stepped up|stepped in|put (?:herself|himself|themselves|myself) forward|"
          r"given (?:her|his|their|my|our) word|gave (?:her|his|their|my|our) word) to|(?:is|are|am|was|were) (?:happy|willing|ready|keen) to"
          # Taking a task on: "took on the task to", "has taken responsibility for", "is tasked with".
          r"|(?:took|takes|take|has taken|have taken|will take|is taking|are taking|agreed to take|offered to take)\s+"
          r"(?:on|up|over|the lead|responsibility|charge)\b|(?:is|are|was|were|will be|has been|have been)\s+"
          r"(?:responsible|accountable|tasked|charged|asked|allocated|assigned|leading|taking the lead|in charge)\b"
          r"|(?:has|have|had|holds?)\s+(?:the task|the job|responsibility|the lead)\b|(?:leads?|will lead|is to lead|to lead)\s+on\b)")
_SUBJECT_VERB = re.compile(rf"^(?P<who>[^:]{{1,70}}?)(?:\s+|(?=['’]))(?<!\w['’]){_MODAL}\s", re.I)  # "I'm going to"
_PASSIVE = re.compile(r"\b(?:to be|will be|would be|could be|can be|shall be|is to be|are to be|was to be|were to be|"
                      r"should be|must be|needs to be|need to be|has to be|have to be|is being|are being)\s+"
                      r"(?:\w+ed|made|sent|done|given|taken|written|held|seen|set|put|sought|undertaken)\b", re.I)
# What marks a person as a task's owner around their name: "For Dad", "Action for school", "Led by the
# HV", "Mum's task", "Dad's job" (a label before the task, or the subject of "... is to").
_ROLE_OF = re.compile(r"^\s*(?:(?:actions?|tasks?|jobs?)\s+)?(?:for|by|led by|actioned by|owned by|done by)\s+(?:the\s+)?"
                      r"|['’]s\s+(?:task|tasks|job|jobs|action|actions|responsibility|role|part|bit)\s*$", re.I)
_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|mx|dr|pc|dc|sgt|prof)\.?\s+[^\W\d_]", re.I)
# A subject that is a clause, not a person: "The family were told someone would ...".
_CLAUSE = re.compile(r"\b(?:was|were|is|are|been|told|said|says|agreed|asked|that|if|when|who)\b", re.I)
# After these a new subject may start: "Dad agreed that Mum will ...", "we were told someone would ...".
_SUBJECT_START = re.compile(r",\s*|\b(?:that|told|said|agreed)\s+", re.I)
# The place an arrow or a dash names the owner: "Apply for a grant → Ms Shah, by 9 May".
# A tag ends at the next arrow: "by registration ⇒ Mr Tarpeh ⇒ ...", "2 → Find X a place ⇒ Ms Doumbia ⇒ ...".
_TAG = re.compile(r"(?:\s[–—~-]\s|\s*(?:→|->|=>|⇒|⟶|>>|»|::)\s*|\bby\s+)((?:(?!\s[–—~-]\s|>>|::|->|=>)[^,;.()–—~→»⇒⟶]){1,40})")
# A tag ends where its timescale starts: "to be done by Mrs Ali within ten days".
_TAG_END = re.compile(r"\s+(?:within|before|by|on|until|till|in|no later|not later|over|during|from|this|next|asap|today|"
                      r"tomorrow|at the latest|in good time)\b.*$", re.I)
# Where the one a task is handed to ends, besides a timescale: "rests with Mum ahead of the review".
_HELD_END = re.compile(r"\s+(?:ahead of|prior to|in time for|in advance of|ready for|after|once|as soon as|so that|because)\b.*$", re.I)
# Someone named as the lead after the task: "..., Miss Tetteh to lead", "- Ms Roy leading", "(Dad to do)".
_LEADS = re.compile(r"(?:^|[,;(\[–—-]|\s-)\s*([^,;()\[\]–—]{2,40}?)\s+(?:to\s+|will\s+|is\s+|as\s+)?(?:lead|leading|leads|"
                    r"lead on this|do it|do this|doing it|action|action this|actioning|complete|completing|arrange|"
                    r"follow up|responsible|accountable|owner)\b(?!\s*:)", re.I)  # "Audit action: ..." is a label
# Someone named as the lead after the word that says so, with no colon: "ring the school - lead Mr Cole - by 4 May",
# "(owner Mum)", "; responsible: school" is a field.
_LEAD_NAMED = re.compile(r"(?:^|[,;(\[–—]|\s-)\s*(?:lead|leading|led by|owner|owned by|responsible|lead person|lead professional)\s+"
                         r"(?!(?:on|to|in|for|the way|by)\b)([^,;:()\[\]–—]{2,40}?)\s*(?=$|[,;.)\]–—]|\s-\s|\s+(?:by|within|before|on)\b)", re.I)
# A question the list asks of every row before its answer: "(1.0) Who's picking this up? Mum, by 7 May:
# apply ...", "No.1 • Who is doing this? Ms Roy ...". The answer after it names the owner, as a field's value does.
_QUESTION_LEAD = re.compile(r"^[\W\d_]*(?:(?:no|item|action|step|point|task)\.?[\W\d_]*)?"
                            r"(?:who|whose|by when|when)\b[^?.!;:\n]{0,60}\?\s*", re.I)
# Who and by when before the task, the way a row answers its list's question: "Mum, by Friday: ring the GP".
_OWNER_THEN_WHEN = re.compile(r"^(?P<who>[^:,–—|]{1,60}?),\s+(?P<when>[^:–—|]{2,100}?)\s*:\s*\S")
# A numbered label before the task: "Action 2:", "Action point 3 -", "Task no. 1:", "AP2 -", "Item #4:".
_ACTION_LABEL = re.compile(r"^\s*(?:(?:agreed\s+)?(?:action|task|item|step|point|ap)(?:\s+(?:point|item|no\.?|number))?"
                           r"\s*#?\s*\d*[a-z]?\s*[:–—-]\s*)", re.I)
# A list's own numbering before an item, in marks `text.bullet` leaves: "A1 - ", "1// ", "AP3: ", "2.1) ", "Rec 2 :: ",
# "A/1 " (action 1 of the list), "A.2 ", "(A3) ", "[2] ".
_ITEM_NUMBER = re.compile(r"^\s*(?:[(\[]?(?:[A-Za-z]{1,3}\s?\d{1,3}[a-z]?|\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*(?:[.)\]]|::?|//?|\s[–—-])"
                          r"|[A-Za-z]{1,3}[/.]\d{1,3}[a-z]?\b[:.)]?)\s+")
# Where a sentence hands the task to someone: "this sits with Ms Roy", "it falls to school",
# "responsibility rests with Dad", "the lead is with the HV", "allocated to the FSW", "-- signed off to Ms Roy, target ...".
_HELD_BY = re.compile(r"(?:\b(?:sits?|sat|sitting|rests?|rested|resting|lies|lay|lying)\s+(?:firmly\s+|squarely\s+|jointly\s+)?with"
                      r"|\b(?:falls?|fell|falling|is down|is over|is left|has been left|was left|has been (?:allocated|assigned|delegated|given)"
                      r"|(?:is|was|will be|to be) (?:allocated|assigned|delegated|handed over|passed over|given over)|allocated|assigned|delegated"
                      r"|signed off|handed over|passed over)\s+to"
                      r"|\b(?:responsibility|ownership|the lead|lead|owner|accountability)\s+(?:for (?:this|it|that)\s+)?"
                      r"(?:is|will be|lies|sits|rests|stays|remains|goes)(?:\s+with)?)"
                      r"\s+((?:(?!\s+to\s|\s-\s)[^,;.()\[\]–—→:]){1,40})", re.I)  # "- assigned to Mrs Handoko - due ..."
# Someone asked or told to do the task: "I asked Miss Roy to ...", "we have reminded Dad to ...",
# "the IRO requested school to ..." (a past verb: "Ask Amy to ..." names no owner).
_ASKED = re.compile(r"\b(?:asked|requested|told|reminded|encouraged|invited|advised|instructed|tasked|directed|"
                    r"commissioned|urged|requires|required|expects|expected|got)\s+((?:(?!\s+to\s)[^,;.()\[\]–—→:]){1,40}?)\s+to\s+(?!be\s)", re.I)
# A field inside one line: after the start, a sentence stop, a bracket, a cell bar, a slash, a comma
# or a spaced dash ("[owner: Mum; due: Friday]", "{who: Dad}", "task / lead - Ms Obi").
_FIELD = re.compile(r"(?:^|\n|[.;|/(\[{,]\s*|(?<=\s)[–—~-]\s|\s{2,}|\t|(?:>>|»|=>|->|→)\s*)([A-Za-z](?:[A-Za-z]| (?=[A-Za-z])){0,24}?)\s*(?::|=(?!>)|\s[–—-](?!>))[ \t]*"
                    r"((?:(?!\s{2}|\t|\s?[-~]\s|\s?>>|,\s*[A-Za-z][A-Za-z ]{0,20}:)(?:[^.;|/()\[\]{}–—»\n]|(?<=\w)/(?=\w)))*)")  # "Owner: Mum  Due: 4/5", "Lead: n/a", "~ due: May", "=> owner: -, due: May"
_BARE_FIELD = re.compile(r"(?:[/;|\[{(]\s*|(?<=\s)[–—-]\s)([A-Za-z]+ [^.;|/()\[\]{}–—:]+)")
# The last part of an action laid out in parts: after a bar, a slash, a spaced dash, a semicolon, a tab
# or an arrow ("task | owner | when", "task >> owner >> when", "task<TAB>owner<TAB>when").
_PART_BREAK = r"\s[|/]\s|\s[–—~-]\s|\s[·•∙¦‖]\s|;\s|\t|\s*(?:>>|»|→|=>|->)\s*"  # "task ~ owner ~ when", "when · owner · task" too
_PARTS = re.compile(_PART_BREAK)
_LAST_PART = re.compile(rf"(?:{_PART_BREAK})([^|/;–—~·•∙¦‖\t»→]+?)[\s|.]*$")
# The person after the last colon of "Task: Mr Elmi, in three weeks" (an owner named after the task).
_AFTER_COLON = re.compile(r":\s*([^:,;()\[\]]{1,40}?)\s*(?:[,;]|$)")
_FIELD_CELL = re.compile(r"\s*[A-Za-z][A-Za-z ]{0,24}:")  # "Owner: TBC" is read as a field, not as a person
_BRACKETED = re.compile(r"[(\[{]([^()\[\]{}]{1,80})[)\]}]")  # "(Mum, by Friday)", "[SW]", "{school}"
_COLON_TAIL = re.compile(r":\s*([^:,;()\[\]]{1,40}?)\s*,\s*([^:]+?)\s*$")  # "Task: Mr Elmi, in three weeks"
# "task | owner | when", "who: X / what: Y", "X; Mum; May", "when · owner · task" (a chat or task tool's dots)
# By when, in the slot a clock or a calendar marks: "⏰ by Friday · Mum · Ring the GP", "📅 no date | ...".
_CLOCKED = re.compile(r"[⏰📅🗓⌛⏳]\ufe0f?\s*([^·•∙|;()\[\]\n]+?)\s*(?=\s[·•∙|]\s|;|[()\[\]]|$)")
CELLS = re.compile(r"\s+\|\s+|\s+/\s+(?=\w+\s*:)|;\s+|\s+[·•∙¦‖]\s+|\s{2,}|\t")


# An owner tagged the way chat and task tools tag people: "@Ms Ndungu", "@Mum", "@school" ("@?" names nobody).
_MENTION = re.compile(r"(?<![\w.@])@([^\W\d_][\w'’.-]*(?:\s+(?:[A-Z][\w'’-]*|\([^()]{1,30}\))){0,3})")
# A whole meeting or family agreeing to a task names nobody to do it ("We, the family, agree to ring the
# landlord", "It was agreed to refer to CAMHS", "All agreed to ...", "The family agreed to ask ..."); "We, the family, agree that Mr Li will"
# names Mr Li, and "Mum agreed to" names Mum.
_COLLECTIVE = re.compile(r"^(?:we\s*,\s*(?:the|as a|as the)\s+(?:family|parents|carers|network|group|meeting|professionals|"
                         r"family network|core group)\s*,|we\s+(?:all|together|jointly)|it\s+(?:was|is|has been|had been)|"
                         r"(?:all|everyone|everybody|all parties|both parties|all present|all agencies|all professionals|"
                         r"the (?:meeting|group|conference|core group|network|panel|(?:whole )?family(?: network| group)?))(?:\s+(?:together|jointly))?)"
                         r"\s+(?:agreed|agrees|agree|decided|decides)\s+to\s+(?!be\s)", re.I)


# Any arrow a list may put between a field's label and its value, or between a row's parts:
# "Owner ⟹ Mum", "task ➔ ring the GP", "date => Friday", "who ~> Dad".
ARROWS = (r"(?:[\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f\u2b00-\u2b4f\u2794-\u27bf\u25b6\u25ba\u27a4\u27e9\u203a\u00bb]+"
          r"|[-=~]+>|>>|\|>)")
# A row's code before its task, and the status tags after it: "A-1 ", "AP-1 ", "1 ⟩ ", "ACT/2 ", "[TO DO] ", "(OPEN) ".
_ROW_CODE = re.compile(rf"^\s*(?:[A-Z]{{1,3}}[-‐/.]?\d{{1,3}}[a-z]?(?:\s*(?:{ARROWS}|[.:)\]|]+)\s*|\s+)|\d{{1,3}}\s*(?:{ARROWS}|[.:)\]|]+)\s+)?")
_STATUS = re.compile(r"^\s*[(\[]([A-Za-z][A-Za-z -]{1,20})[)\]]\s*")
# A field's label, then an arrow: "Owner ⟹ Mum" is "Owner: Mum".
_ARROW_FIELD = re.compile(rf"(?:^|(?<=[;|,/–—•·\t]))(\s*)([A-Za-z][A-Za-z ]{{0,24}}?)\s*{ARROWS}\s*")


def row_text(action: str) -> str:
    """An action row in the plain form the rest of this module reads: without its code and
    status tags ("AP-1 [TO DO] ring ..." -> "ring ..."), a field's arrow read as its colon
    ("Owner ⟹ Mum; task ⟹ ..." -> "Owner: Mum; task: ..."), and cells that a bare semicolon
    parts spaced ("ring the GP;Mum;by Friday" -> "ring the GP; Mum; by Friday")."""
    text = action[T.bullet(action):]
    code = _ROW_CODE.match(text)
    rest = text[code.end():] if code and code.end() else text
    if code and code.end() and not rest.strip():
        rest = text
    while (status := _STATUS.match(rest)) and _status(status.group(1)):
        rest = rest[status.end():]
    rest = re.sub(r";(?=\S)", "; ", rest)
    return _ARROW_FIELD.sub(lambda m: f"{m[1]}{m[2]}: " if T.field_kind(m[2]) else m[0], rest)


def _status(tag: str) -> bool:
    """Whether a bracketed tag is a row's status or rating ("TO DO", "open", "RAG red"), not who does it ("SW")."""
    return " ".join(tag.lower().replace("-", " ").split()) in _words("ratings")


def when_slot(action: str, names: frozenset[str] | None = None) -> str | None:
    """The part of an action its layout keeps for by when: a timescale field ("[due: Friday]",
    "By: 4 May") or what follows the owner after the task ("Task: Mum, within a week"); None when
    the action has no such part."""
    text = row_text(action)
    values = [value for label, value in _fields(text) if field_role(label, value) == "timescale"] + _CLOCKED.findall(text)
    if values:
        return values[0]
    last = _LAST_PART.search(text)  # "... | Miss Vega | before half term", "... — owner: Mum — by Friday"
    if last and any(p.search(last.group(1)) for p in timescales()):
        return last.group(1)
    tail = _COLON_TAIL.search(text)
    return tail.group(2) if tail and _is_someone(tail.group(1), names) else None


def empty_slot(action: str) -> bool:
    """Whether an action leaves the part its layout keeps for by when without a time: a timescale
    field left open ("(lead Mr Li; timescale tbc)", "Due: ??"), or parts besides the task that give
    none ("... >> Mrs Roy >> ??", "...<TAB>Mr Cole<TAB>-", "... — Mum will do this."), whatever time
    words the task itself has ("ring me straight away if ...")."""
    text = row_text(action)
    values = [value for label, value in _fields(text) if field_role(label, value) == "timescale"]
    if values:
        return not any(is_filled(v) and any(p.search(v) for p in timescales()) for v in values)
    parts = [part for part in _PARTS.split(text) if part.strip(" .")]
    if len(parts) < 2:
        return False
    # The task: the longest part that starts with what to do ("Book Mum onto ..."), else the longest.
    # Its time words are what is to be done ("find Rajabu a Saturday club").
    told = [part for part in parts if T.words(part)[:1] and T.words(part)[0] in _imperatives()]
    task = max(told or parts, key=len)
    return not any(p.search(part) for part in parts if part is not task for p in timescales())


def has_timescale(action: str, events: bool = True, occasions: bool = True) -> bool:
    """Whether an action says by when: a date, a weekday, a duration, an event ("before the
    review", "b4 we next meet"), "ongoing", or a filled-in field ("Timescale: ...", "| by Fri"); not
    one that says it has none ("no date set", "TBC", "when possible": structure.yaml `no_timescales`).
    Without `events`, an event or a span of time ("at the next appointment", "for two weeks") is
    part of the task, not its timescale; without `occasions`, only an occasion or a span is. A
    timescale field left open ("(lead Mr Li; timescale tbc)", "Due: ??") says there is none, whatever
    time words the task itself has ("ring me straight away if ...")."""
    action = row_text(action)
    stated = [value for label, value in _fields(action) if field_role(label, value) == "timescale"]
    stated += _CLOCKED.findall(action)  # "⏰ no date · Mr Roy · Book ..."
    if stated and not any(is_filled(value) for value in stated):
        return False
    action, none_said = time_text(action)
    events = events and not none_said
    fields = _fields(action)
    # A field's label is no time: "deadline: n/a" says there is none, though "deadline" in a sentence may.
    for label in {label for label, value in fields if field_role(label, value) == "timescale"}:
        action = re.sub(rf"\b{re.escape(label.strip())}\s*[:=]", " ", action)
    if any(p.search(action) for p in timescales(events, occasions)):
        return True
    return any(field_role(label, value) == "timescale" and is_filled(value) for label, value in fields)


def has_owner(action: str, names: frozenset[str] | None = None) -> bool:
    """Whether an action names who will do it: a subject ("Mum to...", "Ms Nawaz is going
    to..."), a label ("Mr Flynn: make...", "Lead: Mrs Medina", "who: mum"), a table cell
    ("| Ms Warsame |"), a tag ("(SW)", "- Ms Patel") or an agent ("to be sent by school").
    `names` are the names the record uses (capitalised mid-sentence), so that "Talk to Amy" is
    not read as a person called Talk."""
    text = strip_timescale_prefix(_ACTION_LABEL.sub("", _ITEM_NUMBER.sub("", _QUESTION_LEAD.sub("", row_text(action)))))
    text = _RECOMMENDED_LEAD.sub("", text)  # "I recommend: put Jaco on ..." names nobody; "I recommend: Mum to ..." does
    if any(_is_someone(m) for m in _MENTION.findall(text)):
        return True  # "Take Ali to the dentist @Mum by Friday"
    text = _COLLECTIVE.sub("", text, count=1)
    fields = _fields(text)
    owners = [value for label, value in fields if field_role(label, value) == "owner"]
    if any(names_owner(value) for value in owners):
        return True
    if owners and not any(map(is_filled, owners)):
        return False  # "Responsible: n/k", "Lead: none": the form says nobody, whoever the task mentions ("by environmental health")
    if any(T.field_kind(label) == "task" and _is_someone(value, names) for label, value in fields):
        return True  # "ACTION: Mr Cole" on the line above or below the task names who actions it
    if "\n" in text and any(_is_someone(line, names) for line in text.split("\n")):
        return True  # a line of the action's block that is only a name: "ACTION: Mr Cole" with its label gone
    cells = CELLS.split(text)
    firsts = 0 if re.search(r"\s\|\s", text) else 1  # a table row's first cell may name its owner: "Mum | Book it |"
    if len(cells) > 1 and any(_is_someone(c, names) for c in cells[firsts:] if not _FIELD_CELL.match(c)):
        return True
    if any(tag.lower() not in _words("ratings") for tag in re.findall(r"\[(PERSON_\d+|[A-Z]{2,5})\]", text)):
        return True  # "[SW]", "[PERSON_2]"; not "[AMBER]"
    label = re.match(r"^([^:–—|]{1,60}?)\s*(?::|\s[–—-]\s)\s*\S", text)
    if label and _is_someone(_HANDED_TO.sub("", label.group(1)), names) and not _left_open(label.group(1), fields):
        return True  # "Mr Flynn: make ...", "Over to Ms Osagiede: apply ...", "Actioned to Miss Muanza: ask ..."
    lead = _OWNER_THEN_WHEN.match(text)
    if lead and _is_someone(lead["who"], names) and any(p.search(lead["when"]) for p in timescales()):
        return True  # "Mum, no later than noon on Monday 7 September: apply ...", "Social worker (Ms Roy), by 2 May: ..."
    promised = _PROMISED.match(text)
    if promised and _is_someone(promised["who"], names):
        return True
    recommended = _RECOMMEND.match(text)
    if recommended and _recommended_someone(recommended["who"], names):
        return True  # "I recommend Mr Stitch refer the family ...", "I recommend Mum apply ..."
    tags = [part for tag in _BRACKETED.findall(text) for part in re.split(r"[,;|]|\s/\s", tag)]
    tags += _tags(text) + [_HELD_END.sub("", _TAG_END.sub("", t)) for t in _HELD_BY.findall(text)] + _ASKED.findall(text) + _AFTER_COLON.findall(text) + _LEADS.findall(text) + _LEAD_NAMED.findall(text)
    tagged = any(_is_someone(t, names) for t in tags)  # "(Mum, by Friday)", "- Ms Patel", "by school"
    if tagged:
        return True
    # A clause of its own inside the action names its owner wherever it stands: "(Dad to do before
    # the review (3 May))", "[Mrs Ito will sort this]", "...; Grandad is going to drive".
    if any(_subject(text[m.end():], names) for m in _INNER_START.finditer(text)):
        return True
    body = _after_labels(text, names)  # "Next step: Ms Roy will ring ..." -> "Ms Roy will ring ..."
    first = T.words(body)[:1]
    if first and first[0] in _imperatives():
        return False
    # "Mum will...", or after a timescale and a comma: "Within ten days, Mr Mahon will ...".
    return any(_subject(body[start:], names) for start in [0, *(m.end() for m in _SUBJECT_START.finditer(body))])


def _left_open(label: str, fields: tuple[tuple[str, str], ...]) -> bool:
    """Whether a label that could be someone ("Lead", "Key worker") is an owner's field left open:
    "Lead: none / Give ...", "Responsible: n/k"."""
    return T.field_kind(label) == "owner" and any(name == label and not is_filled(value) for name, value in fields)


def _recommended_someone(rest: str, names: frozenset[str] | None) -> bool:
    """Someone, then the verb of what they are to do: "Mr Stitch refer ...", "the family attend ..."."""
    words = rest.split()
    return any(_is_someone(" ".join(words[:k]), names) and words[k].lower() in _imperatives()
               for k in range(1, min(5, len(words))))


# A recommendation as a label before the task: "I recommend: ...", "We would suggest - ...".
_RECOMMENDED_LEAD = re.compile(r"^\s*(?:I|we)\s+(?:would\s+)?(?:strongly\s+)?(?:recommend|suggest|propose|advise)\s*(?::|\s[–—-])\s*",
                               re.I)
# Who the task is handed to, before a colon: "Over to Ms Osagiede: apply ...", "Actioned to Miss Muanza: ...".
_HANDED_TO = re.compile(r"^\s*(?:(?:point|item|no\.?)?\s*\d{1,2}\s*[°.)»>]*\s+)?"  # "1° ", "Point 1 »» "
                        r"(?:over|handed|passed|actioned|allocated|assigned|delegated)\s+(?:over\s+)?to\s+", re.I)
# Someone who said they would do it: "Mum said they would register Abla ...", "Dad promised to ring ...".
_PROMISED = re.compile(r"^\s*(?P<who>[^,;:]{1,40}?)\s+(?:(?:said|agreed|promised|offered|confirmed)(?:\s+that)?\s+"
                       r"(?:they|she|he|we|I)\s+(?:would|will|could)|(?:promised|offered|agreed|undertook))\s", re.I)
# A recommendation naming who is to act, with no modal: "I recommend (that) Mr Stitch refer ...".
_RECOMMEND = re.compile(r"^\s*(?:I|we)\s+(?:would\s+)?(?:recommend|suggest|propose|advise)\s+(?:that\s+)?(?P<who>[^:]+)",
                        re.I)


# Where a clause may start inside an action: an opening bracket, a spaced dash, a semicolon.
_INNER_START = re.compile(r"[(\[{]\s*|\s[–—-]\s+|;\s+")
# A label before the task: "Next step:", "Outstanding -", "Task 3 >>", "Carried over »".
_LEAD_LABEL = re.compile(r"^\s*([^:()\[\]|>»–—]{1,40}?)\s*(?::|>>|»|\s[–—-]\s)\s*")
# "by" before a deadline, unless it follows the verb it is the agent of: "to be agreed by the core group".
_AGENT_BY = re.compile(r"\b(?:[a-z]+ed|done|made|sent|given|taken|written|held|seen|led|run|kept|met|brought|paid|"
                       r"shown|drawn|chosen|undertaken|overseen|signed off)\s*$", re.I)


def _subject(clause: str, names: frozenset[str] | None) -> bool:
    """Whether a clause opens with someone who will do the task: "Mum will ...", "Mr Ali to ..."."""
    s = _SUBJECT_VERB.match(clause)
    # "The referral to be made by ..." has no agent: a subject before a passive is what is done.
    return bool(s) and not _PASSIVE.match(clause[s.end("who"):].lstrip()) and _is_someone(s.group("who"), names)


def _after_labels(text: str, names: frozenset[str] | None) -> str:
    """An action without the labels before its task ("Task 3 >> Outstanding: take ..." -> "take
    ..."): short phrases that name no one, no field of owner or time, and start with no verb."""
    for _ in range(3):
        label = _LEAD_LABEL.match(text)
        words = T.words(label.group(1)) if label else []
        if (not label or not 0 < len(words) <= 4 or words[0] in _imperatives() or field_role(label.group(1))
                or _is_someone(label.group(1), names)):
            break
        text = text[label.end():]
    return text


def _tags(text: str) -> list[str]:
    """Who an arrow, a dash or "by" names after the task ("→ Ms Shah", "- Mum", "by school"); "by
    the TAF on 3 May" gives a deadline, not an agent."""
    out = []
    for m in _TAG.finditer(text):
        tag = _TAG_END.sub("", m.group(1))
        if ":" in tag:
            continue  # "- task: ring the school": a field, read as one (`_fields`)
        if (m.group()[:2].lower() == "by" and any(p.search("by " + tag) for p in timescales())
                and not _AGENT_BY.search(text, 0, m.start())):
            continue
        out.append(tag)
    return out


def is_someone(who: str, names: frozenset[str] | None = None) -> bool:
    """Whether words name a person or service who can own an action (see `_is_someone`)."""
    return _is_someone(who, names)


def _is_someone(who: str, names: frozenset[str] | None = None) -> bool:
    """A person or service: a role ("school", "Social worker (Mr Ingham)"), a title and name
    ("Miss Ivanova"), "I", or a name the record uses (not an action verb: "Talk")."""
    who = _ROLE_OF.sub("", re.sub(r"^\s*(?:the|our|my|a)\s+", "", who.strip(" .,;:*_[]"), flags=re.I))
    if not who or len(who) > 60 or not is_filled(who):
        return False
    titled = re.fullmatch(r"(?i:mr|mrs|ms|miss|mx|dr|prof)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?", who)
    if not titled and any(p.search(who) for p in timescales()):
        return False  # "by Friday", "- before half term"; "Ms Eom" is no "EOM" (end of month)
    if " ".join(re.findall(r"[^\W\d_]+", who.lower())) in _words("ratings"):
        return False  # "[AMBER]", "(RAG: red)", "- High priority -"
    if _open_owner_field(who):
        return False  # "- owner TBC -", "- lead: not agreed -": who owns it is left open
    bare = re.sub(r"\([^)]*\)", " ", who).strip()
    if CALENDAR.fullmatch(bare):
        return False  # "by June", "- Friday": a time, not a person
    if _TITLE.match(bare) or _owner_word().fullmatch(bare) or re.fullmatch(r"\[?PERSON_\d+\]?", bare):
        return True
    if re.search(r"\(([^)]*)\)", who) and _owner_word().search(who):
        return True  # "Mrs Xu (social worker)", "School (Mr Do)"
    words = re.findall(r"[^\W\d_][\w'’-]*", bare)
    if (not words or len(words) > 4 or words[0].lower() in _imperatives() or _CLAUSE.search(bare)
            or words[0].lower() in ("to", "for", "with", "at", "of", "in", "on", "about", "from")):
        return False
    if _nobody(bare) or (len(words) > 1 and words[-1].lower() in _words("said_things")):
        return False  # "someone"; "Manager direction": whose words, not who does it
    if _owner_word().fullmatch(words[0]) or _owner_word().fullmatch(words[-1]):
        return True
    capitalised = all(w[0].isupper() or w.lower() in ("de", "da", "dos", "van", "von", "abu", "al", "el", "bin")
                      for w in words)
    return capitalised and (names is None or any(w.lower() in names for w in words))


def _open_owner_field(who: str) -> bool:
    """Whether words are an owner's label with its value left open ("owner TBC", "lead worker not
    agreed", "who - nobody yet")."""
    words = who.replace(":", " ").split()
    return any(field_role(" ".join(words[:n])) == "owner" and (not is_filled(" ".join(words[n:])) or _nobody(" ".join(words[n:])))
               for n in (1, 2) if len(words) > n)


@functools.lru_cache(maxsize=4096)
def _fields(text: str) -> tuple[tuple[str, str], ...]:
    """The "label: value" fields of an action ("Lead: Mrs Medina. Timescale: by Friday.",
    "[owner: Mum; due: Friday]"), and a field's label and value without the colon after a slash,
    a bar or a bracket when the value is what the label asks for ("/ due within three weeks",
    "| lead Ms Obi")."""
    out = []
    for match in _FIELD.finditer(text):
        sep, value = text[match.end(1):match.start(2)], match.group(2)
        if ":" in sep or "=" in sep:
            out.append((match.group(1), value))
        elif ":" in value or "=" in value:  # "the task — owner: Mum": the field is in what follows the dash
            out.extend(_fields(value))
        elif field_role(match.group(1)):  # "Owner - Mum"
            out.append((match.group(1), value))
    for match in _BARE_FIELD.finditer(text):
        words = match.group(1).split(" ")
        for n in (1, 2):  # "due within a week", "target date 4 May"
            label, value = " ".join(words[:n]), " ".join(words[n:])
            kind = field_role(label, value)
            if ((kind == "timescale" and (any(p.search(value) for p in timescales()) or not is_filled(value)))
                    or (kind == "owner" and _is_someone(value))):
                out.append((label, value))
                break
    return tuple(out)


def field_role(label: str, value: str | None = None) -> str | None:
    """"owner", "timescale" or None for a field's label; a label that could be either ("By:")
    is read by its `value`: "By: Mrs Ali" names an owner, "By: Friday" a timescale."""
    kind = T.field_kind(label)
    if kind == "timescale" and value and label.strip().lower() in _words("either_fields"):
        if not any(p.search(value) for p in timescales()) and _is_someone(value):
            return "owner"
    return kind if kind in ("owner", "timescale") else None


def asks_for_parts(text: str) -> bool:
    """Whether an action's text is only the question its list asks before each answer ("(1.0) Who's
    picking this up?"): the answer and the task follow it."""
    lead = _QUESTION_LEAD.match(text)
    return bool(lead) and not text[lead.end():].strip()


def is_filled(value: str) -> bool:
    """Whether a field or cell says something: not blank, not a dash or "?", not "TBC", not "nobody yet"."""
    value = _unqualified(value)
    return bool(re.search(r"[^\W_]", value)) and value not in _words("empty_values")


# "nobody yet", "none as yet", "not known at present", "still unallocated": a value left open for now.
_FOR_NOW = re.compile(r"^(?:still|currently|as yet)\s+|\s+(?:yet|as yet|so far|at present|at the moment|for now|"
                      r"for the moment|currently|at this stage|at this point)$")


def _unqualified(value: str) -> str:
    """A field's value lower-cased, without its outer marks and a "(as) yet", "for now" or "still" around it."""
    value = " ".join(value.lower().strip(" .,;:*_").split())
    while (bare := _FOR_NOW.sub("", value)) != value:
        value = bare
    return value


def names_owner(value: str) -> bool:
    """Whether an owner field or cell names someone: filled (`is_filled`), not a placeholder for
    a person ("someone", "a colleague", "whoever is free"), and not the task itself ("Actioned to:
    ask the hotel ...", whose owner was left out: its value opens with a verb of the task)."""
    first = value.split()[:1]
    return is_filled(value) and not _nobody(value) and not (first and first[0] in _imperatives())


def _nobody(who: str) -> bool:
    """Whether words name nobody in particular ("someone", "a member of staff", "the team"), with
    or without their article (structure.yaml `nobody`)."""
    bare = re.sub(r"^(?:the|a|an)\s+", "", _unqualified(who))
    return any(said in _words("nobody") for said in (bare, f"a {bare}", f"the {bare}", f"an {bare}"))


@functools.cache
def _imperatives() -> frozenset[str]:
    return frozenset(data("structure")["imperatives"])


def imperatives() -> frozenset[str]:
    """The verbs an action starts with when nobody is named to do it (structure.yaml `imperatives`)."""
    return _imperatives()


@functools.cache
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in data("structure")[key])


@functools.cache
def _owner_word() -> re.Pattern:
    owners = sorted(data("structure")["owners"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(o) for o in owners) + r")\b", re.I)
