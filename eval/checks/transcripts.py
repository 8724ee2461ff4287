"""Transcript turns: which lines of notes are a person's words, and who that person is.

Notes give a transcript in two layouts. A label and the words on one line: "(00:03:22) JENSON:
...", "[14:05] Mum: ...", "Parent/carer: ...". Or, as recorder and meeting apps export it, a
header line with the label and a time stamp ("Parent/carer  0:19", "[00:02:11] Amy Lee") over
the words on the lines below, until a blank line, an aside in brackets or the next header.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from eval.checks import text as T
from eval.checks.mediated import means_only
from eval.checks.people import PRONOUNS, function_words, speech_verbs, voice_words

# A time stamp, after the date as a chat export gives it ("[29/12/2025, 15:32:38]").
_STAMP = r"[(\[]?(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+)?\d{1,2}(?:[:.]\d{2}){1,2}(?:[.,]\d{1,3})?[)\]]?"
_LABEL = r"[^\W\d_](?:[\w' .-]|/(?=[^\W\d_])){0,30}?"
# A name as a directory or an app lists it, surname first: "ABRAHA, BETELHEM", "Cebotari, Dănuț".
# Or a name with the child's age after a comma, as a cast list gives it: "Nilar, 10", "KAI, 7 yrs".
_AGE = r"\d{1,2}(?:[ \t]*(?:(?:yrs?|years?)(?:[ \t]+old)?|y/?o|yo))?"
_SURNAME_FIRST = rf"(?:,[ \t]*(?:[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*)?|{_AGE}))?"
# A speaker's age in square brackets after their name, as a cast list or an app gives it: "Marzipan [16]".
_BRACKET_AGE = rf"\[[ \t]*{_AGE}[ \t]*\]"
# A label in bold, as markdown sets it: "**SHOLTO:** ...", "__Mum__: ...".
_BOLD = r"(?:\*\*|__)?"
# A transcript line, after any bullet, line number ("016  Mum: ...") or time stamp ("(00:03:22) JENSON: ...", "Mum [14:05]: ...",
# "Drakes, Akilah: ..."); its label ends in a colon, arrows set apart ("NARDIN >> ..."), or a dash set apart as a video call's chat export
# gives it ("GODWIN — ...", "Social worker (host) — ..."), or an arrow set apart ("NELLA → ...": quotes.py reads any rightward arrow as "→").
# Bullets as Word's Wingdings and Symbol fonts paste them into plain text: "Ÿ ", "§ ", "Ø ", "ü ", "q ", "v ".
_PASTED_BULLET = r"(?-i:[Ÿ§Øüqv·])[ \t]+(?=\S)"
# "12/03/2026, 19:02 - Kai: ...": a chat exported from an Android phone sets a dash between the time and the label.
TRANSCRIPT_LINE = re.compile(rf"^\s*(?:(?:[-*•]|>>|››)\s*|{_PASTED_BULLET}|\d{{1,4}}[ \t]+(?=[^\W\d_]))?(?:{_STAMP}\s*(?:[-–—][ \t]+)?)?{_BOLD}({_LABEL}{_SURNAME_FIRST})\s*(?:\([^()\n]{{1,25}}\)|{_BRACKET_AGE})?\s*"
                             rf"(?:{_STAMP})?{_BOLD}(?:\s*[:：]|[ \t]+[–—→][ \t]+|[ \t]+(?:>>|››)[ \t]+){_BOLD}\s*(\S.*)$")
# A table's row of two cells, a speaker's label and their words ("| Otim (4) | more biscuit please. |", "| CSW (author) |
# Do you want to tell me? |"), as a transcript typed into a table gives it: read as a labelled line.
_TABLE_TURN = re.compile(rf"^\s*\|[ \t]*{_BOLD}({_LABEL}{_SURNAME_FIRST})[ \t]*(?:\([^()\n]{{1,25}}\)|{_BRACKET_AGE})?[ \t]*"
                         rf"(?:\([^()\n]{{1,25}}\)[ \t]*)?{_BOLD}[ \t]*\|[ \t]*(\S[^|\n]*?)[ \t]*\|?[ \t]*$")
# Whose words an interpreter or a supporter speaks: "Interpreter (for Mum)", "Advocate (on behalf of Kai)".
_FOR = re.compile(r"^\s*(?:interpreting\s+|translating\s+|speaking\s+)?(?:for|on\s+behalf\s+of)\s+(\S.{0,20}?)\s*$", re.I)
# The same without brackets, a role and whom it speaks for as the label: "Interpreter for Amir", "Interp, on behalf of Mum".
_VOICED = re.compile(r"^\s*(?:the\s+)?(?:interpreter|interp\.?|translator|signer|advocate|intermediary|supporter)s?[ \t]*,?[ \t]+"
                     r"(?:interpreting\s+|translating\s+|speaking\s+|signing\s+)?(?:for|on\s+behalf\s+of)\s+(\S.{0,20}?)\s*$", re.I)
# A subtitle cue's number, alone on the line before its time range: the end of the cue above.
_CUE_NUMBER = re.compile(r"^\s*\d{1,5}\s*$")
# A turn's header: a label and a time stamp with the words below ("Q  0:37", "[00:02:11] Amy",
# "[Sarah Jones, Social Worker] 10:02:14").
_HEADER = re.compile(rf"^\s*(?:(?P<a>{_LABEL})(?:\s*\([^()\n]{{1,25}}\))?\s+[-–—|]?\s*{_STAMP}"
                     rf"|\[(?P<c>[^\W\d_][^\]\n]{{0,50}})\]\s*[-–—|]?\s*{_STAMP}"
                     rf"|{_STAMP}\s+[-–—|]?\s*(?P<b>{_LABEL})(?:\s*\([^()\n]{{1,25}}\))?)\s*[:：]?\s*$")
_ASIDE = re.compile(rf"^\s*(?:{_STAMP}\s*)?[\[(].*[\])]\s*$")  # "[Minho went quiet]": the writer's note between turns
# Subtitle exports (WebVTT, SRT): a cue's time range (after its number, with any cue settings); each
# cue's words run on until a blank line, their speaker in a voice tag or a label on the first line.
_CUE = re.compile(rf"^\s*(?:\d{{1,5}}\s+)?{_STAMP}\s*(?:-->|->|–>|→)\s*{_STAMP}(?:\s+\S+:\S+)*\s*$")
# A voice tag ("<v Mum>", "<v.loud Kayden>") or a chat log's nick in angle brackets ("<Lead practitioner> How ...",
# "<MISHARI> hoy us the ball"), or a label in square brackets ("[Worker] Do you ...").
_VOICE = re.compile(r"^\s*(?:[-–]\s*)?(?:<(?:v(?:\.[\w.-]+)?\s+)?(?!(?:v|c|i|b|u|lang)[\s.>])([^\W\d_][^<>\n]{0,40})>"
                    r"|\[([^\W\d_][^\]\n]{0,40})\]\s*[:：-]?)"
                    r"\s*(\S.*?)\s*(?:</v>)?\s*$")
_TAGS = re.compile(r"</?(?:v|c|i|b|u|lang)(?:[.\s][^>]*)?>")


@dataclass(frozen=True)
class Turn:
    """A line of a transcript: the words (from `start` to `end` of the text) and its label."""

    start: int
    end: int
    label: str
    under_header: bool


@functools.lru_cache(maxsize=16)
def turns(text: str) -> tuple[Turn, ...]:
    """The labelled lines of a text, in any of its layouts. Headers count only when a text has two
    or more of them: "Arrived 14:05" alone is a note, not a transcript. A subtitle cue's words that
    wrap onto more lines are one turn."""
    units = T.lines(text)
    headers = {i: m.group("a") or m.group("b") or m.group("c") for i, u in enumerate(units) if (m := _HEADER.match(u.text))}
    if len(headers) < 2:
        headers = _named_headers(units)
    out, label, last_end, cue, in_cue = [], None, 0, None, False
    dialogue = _bracket_dialogue(units)
    play = _play_script(units)
    tagged = _tagged_dialogue(units)
    for i, unit in enumerate(units):
        gap = "\n\n" in text[last_end:unit.start]
        if label and (gap or _ASIDE.match(unit.text) or T.is_heading(unit.text)):
            label = None
        in_cue = in_cue and not gap
        last_end = unit.end
        if _CUE.match(unit.text):
            cue, label, in_cue = None, None, True
            continue
        if cue is not None and not gap and out and out[-1] is cue and not TRANSCRIPT_LINE.match(unit.text) and not \
                _VOICE.match(unit.text) and not _ASIDE.match(unit.text) and not (
                _CUE_NUMBER.match(unit.text) and i + 1 < len(units) and _CUE.match(units[i + 1].text)):
            cue = out[-1] = Turn(cue.start, _end(text, unit.end), cue.label, cue.under_header)  # a wrapped cue line
            continue
        cue = None
        if i in headers:
            label = headers[i].strip()
            continue
        inline, voice = TRANSCRIPT_LINE.match(unit.text) or _TABLE_TURN.match(unit.text), _VOICE.match(unit.text)
        if not inline and play and (scripted := _PLAY_LINE.match(unit.text)) and label_speaker(scripted.group(1), {}, True):
            inline = scripted  # "DAHYUN (CYP). ME HAPPY ...", "SW (AUTHOR). What do you do ...?"
        if inline and label and label_speaker(inline.group(1), {}) is None:
            inline = None  # under "Speaker 1  3:21", "Right, actions: I'll ..." goes on with Speaker 1's words
        if (coded := _coded_child(text, unit)) is not None:
            out.append(coded)
            cue, label = None, None
            continue
        if voice and (voice.group(1) or in_cue or dialogue) and len(re.findall(r"[\w'’-]+", voice.group(1) or voice.group(2))) <= 6:
            # a label in brackets only in a subtitle cue: in notes "[dad] HAF sign-up" gives a task's owner
            out.append(Turn(unit.start + voice.start(3), _end(text, unit.start + voice.end(3)),
                            voice.group(1) or voice.group(2), True))  # the layout, not only the label, says who speaks
            cue = out[-1] if in_cue else None
            label = None
        elif inline and not means_only(inline.group(1)) and (_VOICED.match(inline.group(1)) or all(
                len(re.findall(r"[\w'’-]+", part)) <= 3 for part in inline.group(1).split(","))) and \
                not _speech_lead().search(inline.group(1)):  # "Gantulga volunteered this:" leads into words, a clause's
            # not "I wrote it down as she said it:"
            role = re.search(r"[(\[]([^()\[\]]*)[)\]]", unit.text[inline.end(1):inline.start(2)])
            role = None if role and means_only(role.group(1)) else role  # "CHILD (via interpreter):": the child's
            voiced = (role and _FOR.match(role.group(1))) or _VOICED.match(inline.group(1))  # "Interpreter (for Amir):",
            # "Interpreter for Amir:", "Interpreter, on behalf of Amir:": Amir's words
            if not voiced and role and label_speaker(role.group(1), {}) == "adult":
                voiced = role  # "Drakes, Akilah (head of year):": the role says who speaks
            named = voiced.group(1) if voiced else inline.group(1)
            if role and not voiced and "," not in named and re.fullmatch(rf"\s*{_AGE}\s*", role.group(1)):
                named = f"{named.strip()}, {role.group(1).strip()}"  # "Marzipan [16]:", "Kai (7):" a child and their age
            out.append(Turn(unit.start + inline.start(2), _end(text, unit.start + inline.end(2)), named, False))
            cue = out[-1] if in_cue else None
            label = None
        elif label:
            out.append(Turn(unit.start, unit.end, label, True))
        elif tagged and (tail := _TAGGED_LINE.match(unit.text)) and not _ASIDE.match(unit.text) and \
                label_speaker(tail.group(2), {}, True):
            out.append(Turn(unit.start + tail.start(1), unit.start + tail.end(1), tail.group(2), False))
    return tuple(out)


# A line of words with its speaker's label in brackets at its end, as a caption file or a typed-up call gives it
# ("I help Mum do the bottles. (Shakoor (child, 6))", "What do you learn at home? (SW (writer))", "I want to stay (Arbnora)").
_TAGGED_LINE = re.compile(r"^\s*(?:[-*•]\s*)?(\S.*?\S)\s*\(((?:[^()\n]|\([^()\n]{1,25}\)){1,40})\)\s*$")


def _tagged_dialogue(units: list[T.Unit]) -> bool:
    """Whether lines labelled at their end in brackets are a dialogue: two or more people so labelled, one an
    adult, and one line a question. A list of tasks tags its owners the same way ("Book the dentist (Mum)") but asks nothing."""
    labelled = [m for u in units if (m := _TAGGED_LINE.match(u.text)) and not _ASIDE.match(u.text)]
    labels = {m.group(2).lower() for m in labelled if label_speaker(m.group(2), {}, True)}
    return len(labels) >= 2 and any(label_speaker(m.group(2), {}) == "adult" for m in labelled) and \
        any(m.group(1).rstrip().endswith("?") for m in labelled)


def _bracket_dialogue(units: list[T.Unit]) -> bool:
    """Whether lines labelled in square brackets are a dialogue ("[SW (allocated)] What happened just before the
    bruise?" then "[KENDAL] the hotel food is rice and chicken"): two or more people so labelled, one of them asking.
    A list of tasks labels its owners the same way ("[dad] HAF sign-up") but asks nothing."""
    labelled = [m for u in units if (m := _VOICE.match(u.text)) and m.group(2)]
    return len({m.group(2).lower() for m in labelled}) >= 2 and any(m.group(3).rstrip().endswith("?") for m in labelled)


# A play script's line: a speaker's label in capitals, any role in brackets, then a full stop ("DAHYUN (CYP). ME HAPPY
# SCHOOL NEW FRIEND.", "SW (AUTHOR). What do you do for Mum?", "DAYEON. Are you the lady from the ward?").
_PLAY_LINE = re.compile(rf"^\s*(?:(?:[-*•])\s*)?(?:{_STAMP}\s*(?:[-–—][ \t]+)?)?{_BOLD}((?-i:[A-Z][A-Z' -]{{0,30}}?))[ \t]*"
                        rf"(?:\((?-i:[^()\na-z]{{1,25}})\))?{_BOLD}\.{_BOLD}[ \t]+(\S.*)$")


def _play_script(units: list[T.Unit]) -> bool:
    """Whether lines are a play script's turns, labelled in capitals with a full stop: two or more such lines,
    one of them an adult's ("SW (AUTHOR). ..."), so a sentence in capitals ("NO ACCESS. Left a card.") is not one."""
    labels = [m.group(1) for u in units if (m := _PLAY_LINE.match(u.text))]
    return len(labels) >= 2 and any(label_speaker(label, {}) == "adult" for label in labels)


# A speaker's label alone on its line, in capitals, with any role in brackets ("ALLOCATED SW", "YOBOUE (YP)",
# "MUM (VIA BSL INTERP)"): a typed-up recording's header over the words below, with no time stamp.
_NAMED_HEADER = re.compile(rf"^\s*({_LABEL})(?:\s*\([^()\n]{{1,25}}\))?\s*$")


def _named_headers(units: list[T.Unit]) -> dict[int, str]:
    """The lines that are a speaker's label in capitals, by line: a transcript's headers only when two
    or more lines are and one names an adult ("ALLOCATED SW"), so a heading in capitals over a section
    ("ANALYSIS") is not one."""
    found = {}
    for i, unit in enumerate(units[:-1]):
        named = _NAMED_HEADER.match(unit.text)
        if named and unit.text.isupper() and label_speaker(named.group(1), {}, transcript=True):
            found[i] = named.group(1)
    adults = any(label_speaker(label, {}) == "adult" for label in found.values())
    return found if len(found) >= 2 and adults else {}


# A child's numbered role as a line's label ("YP1:", "CYP2:"), which text.lines takes for a list's
# number ("AP2:") and strips.
_CODED = re.compile(r"[ \t]*([A-Za-z]{1,5}[ \t]?\d{1,2})[ \t]*[:：][ \t]*")


def _coded_child(text: str, unit: T.Unit) -> Turn | None:
    """The turn of a line whose stripped list number was a child's numbered label ("YP1: I want my mam")."""
    line_start = text.rfind("\n", 0, unit.start) + 1
    if line_start == unit.start:
        return None
    coded = _CODED.fullmatch(text, line_start, unit.start)
    if not coded or label_speaker(coded.group(1), {}) != "child":
        return None
    return Turn(unit.start, _end(text, unit.end), coded.group(1), False)


@functools.cache
def _speech_lead() -> re.Pattern:
    """A speech verb in a line's label: "Amy said:", "Gantulga volunteered this:" lead into the
    words of one clause, not a turn that runs to the line's end."""
    return re.compile(rf"\s(?:{speech_verbs()})\b", re.I)


def _end(text: str, end: int) -> int:
    """Where a turn's words end: before a closing voice tag ("</v>")."""
    tag = _TAGS.search(text, max(0, end - 8), end)
    return tag.start() if tag and tag.end() == end else end


def turn_at(text: str, at: int) -> Turn | None:
    """The transcript turn whose words hold position `at`, if any."""
    return next((t for t in turns(text) if t.start - 1 <= at <= t.end), None)


def is_transcript(text: str, people: dict[str, str]) -> bool:
    """Whether a text is a transcript (adults speak in labelled turns), not notes that label a
    line or two ("mum: ok", "Ms Cole: fine"): turns under headers, or labelled lines that make up
    a good share of the lines that are not asides."""
    found = [t for t in turns(text) if not field_value(text[t.start:t.end])]
    adults = sum(label_speaker(t.label, people) == "adult" for t in found)
    if not adults:
        return False
    units = T.lines(text)
    exported = any(t.under_header for t in found) or any(_CUE.match(u.text) for u in units) or _stamped(text, found)
    if adults < (1 if exported else 2):  # a recorder's or subtitle layout is a transcript with one adult in it
        return False
    lines = [u for u in units if not _ASIDE.match(u.text) and not _CUE.match(u.text)]
    return exported or len(found) >= 0.5 * len(lines)


def _stamped(text: str, found: list) -> bool:
    """Whether most turns open on a date and time, as a chat's export sets them ("[12/03/2026, 19:02] Kai: ...",
    "12/03/2026, 19:02 - Kai: ..."): a transcript, though one adult speaks in it."""
    stamped = [t for t in found if _DATED_STAMP.match(text, text.rfind("\n", 0, t.start) + 1)]
    return len(stamped) >= 2 and len(stamped) * 2 > len(found)


_DATED_STAMP = re.compile(r"\s*[\[(]?\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}[:.]\d{2}")


def field_value(content: str) -> bool:
    """Whether a labelled line's words are only a name, as a form's field gives it ("Responsible:
    Ms Lomidze", "Child: Makuei Mayen", "Chair - IRO"), not speech: four words at most, each
    capitalised, none the speaker's "I" or "my", no closing stop."""
    words = content.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words) and not re.search(r"[.!?]\s*$", content) and \
        not re.search(r"\b(?:I|I'm|I’m|I've|I’ve|My|Me|We|You)\b", content)


def is_header(content: str) -> bool:
    """A title or list line ("home visit, 13 April", "ms robinson (carer), bernadette"), not speech."""
    dated = re.search(r"\b\d{1,2}(?:[/.]\d{1,2}|\s+[A-Za-z]{3,9}\s+\d{4})", content)
    roles = re.search(r"\(\s*[\w ]{1,25}\)\s*,", content)
    listed = re.sub(r"(?:^|[,&+]|\band\b)\s*(?:me|myself)\s*(?=[,&+]|\band\b|$)", " ", content.strip(" .;"))  # "me" in a list
    return bool((dated or roles) and not re.search(r"\b(?:I|I'm|me|my|you)\b", listed))


_NUMBERED_ROLE = re.compile(r"(?<=[a-z]{2})[_-]?\d{1,2}$")


def label_speaker(label: str, people: dict[str, str], transcript: bool = False) -> str | None:
    """Who a transcript label names: an adult word, a label a cast list gave ("A (Stoyan)"), a
    person the text ties to an adult or a child, the initial of one; in a transcript (adults speak
    in labelled lines), another name ("Kacper", "MINHO KONGSUK") is the child. Other labels
    ("Date:", "plan goal 1:", "view:") are not speakers."""
    if "," in label:  # "Sarah Jones, Social Worker": a name and a role; "Nilar, 10": a child and her age
        if (age := re.fullmatch(rf"\s*{_AGE}\s*", label.split(",")[1])) and int(re.match(r"\s*(\d+)", age.group()).group(1)) < 18:
            words = {w.lower() for w in re.findall(r"[\w'’-]+", label.split(",")[0])}
            return "adult" if words & voice_words("adults") else "child"  # the age says a child, whatever ties the name
        parts = [label_speaker(part, people, transcript) for part in label.split(",")[:2]]
        return "adult" if "adult" in parts else parts[0]
    tokens = [w.lower() for w in re.findall(r"[\w'’-]+", label)]
    if not tokens or len(tokens) > 3:
        return None
    if (coded := people.get("label:" + " ".join(tokens))) is not None:
        return coded
    if (T.section_key(label) or tokens[0] in voice_words("not_speakers")) and not (
            len(tokens) > 1 and tokens[-1] in voice_words("adults")):  # "Case holder:", "School nurse:" name a role
        return None
    if any(t in ("visit", "review", "meeting", "supervision", "conference", "notes", "record", "transcript")
           for t in tokens):
        return None  # a title ("Looked-after child visit: typed from my recording")
    owned = re.search(r"['’]s\s+([\w-]+)", label)
    if owned and owned.group(1).lower() not in voice_words("adults") | voice_words("children"):
        return None  # a field about someone ("José Luis's room: own bed"), not a speaker
    roles = [_NUMBERED_ROLE.sub("", t) for t in tokens]  # "YP1", "SW2", "Child 2": a role numbered apart
    if any(t in voice_words("adults") for t in roles):
        return "adult"
    known = [people[t] for t in tokens if t in people]
    if known:
        return known[-1]
    if any(t in voice_words("children") - PRONOUNS for t in roles):
        return "child"
    if len(tokens) == 1 and len(tokens[0]) == 1:  # an initial: "C:" for Callum, when no adult shares it
        kinds = {kind for name, kind in people.items() if name[:1] == tokens[0] and not name.startswith("label:")}
        return kinds.pop() if len(kinds) == 1 else None
    names = all(t.replace("-", "").isalpha() and t not in function_words() for t in tokens) and (  # "Teddie-Rhys"
        len(tokens) == 1 or all(w[:1].isupper() for w in label.split()))  # "Practice lead" is a role
    return "child" if transcript and names else None
