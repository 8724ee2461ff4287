"""The child's words without quotation marks: direct speech after a speech verb, a label or an
arrow ("Amy said, I miss my dad", "Dawid's words: ...", "tiago -> ..."), or before an attribution
("..., Rhys said"), told apart from reported speech ("said that ...") and narration by grammar.
"""

from __future__ import annotations

import functools
import heapq
import re
from collections.abc import Iterator

from eval.checks import referents as R
from eval.checks import speakers as S
from eval.checks import text as T
from eval.checks.people import people_in, voice_words
from eval.checks.mediated import given_through, mediated
from eval.checks.wording import FIRST_PERSON, SYMBOLS, THIRD_PERSON, TEXT_SPEAK, marks, speaks_as_i, text_speak
from eval.checks.formulas import (after_formula, answers, formula_before, formula_lead, framed, of_the_thing, opens_words,
                                  written_bare, written_by)
from eval.checks.leadins import label_who, lead_who, noted_lead, tag_who, turn_label_who, written_lead
from eval.checks.direct import is_direct
from eval.checks.talk import TOLD_ROLE, VERB_AT, child_talk, home_talk, lower_openings, told_account
from eval.checks.transcripts import is_transcript

@functools.cache
def _BREAK() -> re.Pattern:
    """What parts a lead-in from the words it leads into: a comma or colon, an arrow ("->", ">>"), a
    dash, tilde, spaced slash or spaced full stop ("mum ~ ...", "Shiimi, voice note to my phone / ...", "yjs report quotes velda . the emmets are back"), or the means the
    words came through ("NAZO via interp The boys ...": mediated.py)."""
    return re.compile(rf"(?:[,:：]|\s*(?:-+>|→|=>)|\s(?:>>?|››)|\s(?:[-–—~/]+|\.)|\s(?i:{mediated(plain=True)}))\s+")


# A sentence's end; a full stop with a space before it is quick notes' separator, as a dash is ("Kai age 11 . ...").
_SPACED_STOP = re.compile(r"\s\.\s+$")
_END = re.compile(r"(?<!\s)\.(?=\s|$)|[!?;](?=\s|$)|\s\|\s")
# Where and when the writer took words down: "straight away", "there and then", "into my phone".
_THERE_AND_THEN = (r"(?:straight\s+away|there\s+and\s+then|at\s+once|on\s+the\s+spot|(?:in|into|on|onto)\s+(?:my|the|our|a)\s+"
                   r"(?:work\s+)?(?:phone|mobile|notebook|notepad|pad|tablet|ipad|laptop|hand|device))")
_OPENERS = re.compile(r"^(?:in\s+(?:his|her|their|these|those|[\w'’-]+?['’]s)\s+(?:own\s+|exact\s+|very\s+)?words|"
                      r"(?:and|&)\s*i\s+quote|quote|verbatim|word\s+for\s+word|unasked|unprompted|spontaneously|"
                      r"(?:and\s+)?(?:i|we)\s+(?:wrote|noted|jotted|typed|took)\s+(?:it|this|them)\s+(?:straight\s+|right\s+)?down"
                      rf"(?:\s+(?:word\s+for\s+word|verbatim|exactly|as\s+(?:s?he|they)\s+said\s+it|{_THERE_AND_THEN}))*|"
                      # where and when, up to a colon ("I typed it into my phone there and then: ...")
                      rf"(?:and\s+)?(?:i|we)\s+(?:wrote|noted|jotted|typed)\s+(?:it|this|them)(?:\s+{_THERE_AND_THEN})+(?=\s*[:：])|"
                      # the one told writing the words into a document ("Siah told Miss Jafarov, who wrote it straight
                      # into the LADO referral we came on a boat ...")
                      r"who\s+(?:then\s+)?(?:wrote|typed|noted|jotted|put|copied)\s+(?:it|this|them)(?:\s+(?:straight|right|all))?"
                      r"(?:\s+down)?(?:\s+(?:into|in|onto|on)\s+(?:the|a|an|his|her|their|my|our)\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:referral|report|notes|log|record|statement|form|book|diary|minutes|file|chronology|e-?mail|letter))?|"
                      r"without\s+(?:being\s+)?(?:asked|prompted|prompting)|out\s+of\s+(?:the\s+)?blue|"
                      r"(?:when|once)\s+asked|"
                      # the interpreter giving voice to the signing or speech before the break ("AGHILAS signed, and the
                      # interpreter gave it as I want a flat ...", "Kai signed, and his signer voiced it as ...")
                      r"(?:and\s+|&\s+)?(?:the|an?|his|her|their|our)\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:interpreter|interp\.?|signer|translator|intermediary)\s+(?:then\s+)?"
                      r"(?:voiced|spoke|read|translated|interpreted|gave|put|rendered)(?:\s+(?:it|this|that|them))?"
                      r"(?:\s+(?:out|back|aloud))?\s+as(?=\s)|"
                      # what was going on when they spoke, up to a colon ("Kofi told me, as we walked back: ...")
                      r"(?:while|whilst|when|as|during)\s+[^,:;.!?\n]{1,40}?(?=\s*[:：])|"
                      # a second dash after the break ("jenga block krit picked - — ...")
                      r"[–—~-]+(?=\s))\s*[,:：–—-]*\s+", re.I)


_WRITER_TOOK = re.compile(r"(?:and\s+)?(?:i|we)\s+(?:wrote|noted|jotted|typed|took)\b", re.I)


@functools.cache
def _means_opener() -> re.Pattern:
    """The means set off after a speech verb: "She said, through the interpreter, I miss ..."."""
    return re.compile(rf"^(?i:{mediated()})\s*[,:–—-]*\s+")


def unmarked(text: str, people: dict[str, str] | None = None,
             marked: list[tuple[int, int]] | None = None) -> list[T.Quote]:
    """Direct speech without quotation marks, with who spoke it (the child's words in notes
    typed from memory, a dictation or a transcript)."""
    people = people_in(text) if people is None else people
    marked = marks(text) if marked is None else marked
    out = []
    for line in T.lines(text):
        if _titles_words(line.text):
            continue
        begin = line.start
        for end in [m.start() + line.start for m in _END.finditer(line.text)] + [line.end]:
            if end > begin:
                found = _bare(text, begin, end, people)
                if found and (_named_child(found, people, text) or _action_fields(found.text)):
                    found = None
                if found and not any(s < found.end + 1 and found.start - 1 < e for s, e in marked):
                    out.append(found)
            begin = end + 1
    return out


def _named_lead(text: str, start: int, end: int, people: dict[str, str]) -> T.Quote | None:
    """The child's words after their name and a speech verb opening what a pronoun's lead-in leads into
    ("In the letter she wrote back to me, PIROJA said I'm going to be a paramedic")."""
    opening = re.match(rf"([^\W\d_][\w'’-]*)\s+(?:{S.speech_verbs()})\s", text[start:end], re.I)
    if not opening or people.get(opening.group(1).lower()) != "child":
        return None
    inner = _bare(text, start, end, people)
    return inner if inner and inner.speaker == "child" and inner.start > start else None


# A name with the interview or meeting where they spoke set off after it, then a mark: "Mulchand, at the RHI ~ Dad
# drove the van at the fence" (a return home interview), "Kai, in his ABE interview -": their words, whatever they say.
_OCCASION_ASIDE = re.compile(r",\s*(?:at|in|during)\s+(?:the|his|her|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:rhi|return\s+home\s+interview|interview|abe|pep|review|meeting|conference|session)"
                             r"\s*(?:[~:：]|\s[–—-]+)\s*$", re.I)


def _titles_words(line: str) -> bool:
    """Whether a line is a heading over a section of words, ending at its colon or colon-dash ("THE CHILD'S
    OWN WORDS (SIGNED, DRAWN OR SAID):", "THE CHILD'S WORDS (SAID, WRITTEN OR QUOTED):-", "The child's words
    (said, typed or interpreted):"), in capitals or naming a record's section: its speech verbs name the
    section, nobody speaks. Its aside in brackets is no part of what it names. Without the colon, a
    line that names a record's section is one too ("THE CHILD'S WORDS (SAID, SIGNED, WRITTEN OR MESSAGED)");
    not a line in capitals that says something ("AMY SAID I WANT TO GO HOME")."""
    heading = T.heading(_BRACKETED.sub("", line))
    if heading is None:
        return False
    if not _TITLE_END.search(line):
        return heading.key is not None
    return line.isupper() or heading.key is not None


_BRACKETED = re.compile(r"\s*\([^()\n]*\)")
_TITLE_END = re.compile(r"[:：]\s*[-–—]*\s*$")


# An adult turning to the child by name, not the child's label: "TM (chair): Right, Rahila - where are we since last time?"
_VOCATIVE = re.compile(r"\s*(?i:right|ok|okay|so|well|now|hi|hiya|hello|morning|afternoon|thanks|and|then|look|listen)\b"
                       r"[\s,]*[^\W\d_][\w'’-]*\s*[,:：–—-]+\s*$")


# A name turned to after a word that opens a speaker's turn, ending a lead-in: the name is the one spoken to.
_SPOKEN_TO = re.compile(r"(?:^|(?<=[\s>\]):]))(?i:right|ok|okay|so|well|now|hi|hiya|hello|morning|afternoon|thanks|look|listen)"
                        r"[\s,]+[^\W\d_][\w'’-]*\s*[,:：–—-]+\s*$")


def _label_tags(lead: str, tail: str) -> bool:
    """Whether a tag after the words is the labelled adult's own ("dad - no drink in the house since the
    scan, he said"): "he" or "she" after a label of that sex, not another's ("Ms Sousa: I miss mum, he told me")."""
    tag = re.match(r"\s*,\s*(he|she)\b", tail, re.I)
    sex = tag and ("male" if tag.group(1).lower() == "he" else "female")
    return bool(sex) and not voice_words(sex).isdisjoint(T.words(lead))


def _action_fields(words: str) -> bool:
    """Whether bare words are an action's fields, an owner and a time each set off ("lead me - target 21
    days :: 23/2"): a plan's line, not anyone's words."""
    parts = re.split(r"\s[-–—|~]+\s|::|[:：]\s", words)
    kinds = {T.field_kind(part.split()[0]) for part in parts if part.split()}
    return {"owner", "timescale"} <= kinds


def _named_child(found: T.Quote, people: dict[str, str], text: str) -> bool:
    """Whether bare words given as a child's open with a child's name and never speak as "I": narration
    about them ("young carers' card - Kioko can ring home at lunch", "krit hasn't smoked since starting
    boxing, he says"), not their words. A name the text capitalises elsewhere is one ("hiro hasn't vaped
    ..." in notes with "Hiro 10 :: ...")."""
    tokens = T.words(found.text)
    if found.speaker != "child" or not tokens or speaks_as_i(found.text):
        return False
    first = tokens[0]
    if people.get(first) == "child":
        return True
    if first in people or first in S.function_words() or S.person_kind(first) is not None:
        return False
    named = re.compile(rf"(?<![.!?:>\-–—]\s)(?<!^)(?<!\n)\b{re.escape(first.capitalize())}\b")  # mid-sentence, a name
    return bool(named.search(text, 0, found.start) or named.search(text, found.end))


def _bare(text: str, start: int, end: int, people: dict[str, str]) -> T.Quote | None:
    """The bare direct speech in the clause text[start:end], led in ("Amy said, ...") or tagged
    after ("..., Amy said")."""
    clause = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    if (found := _aged(text, start, clause)) is not None:
        return found
    if (found := _unbroken(text, start, end, people)) is not None:
        return found or None
    if (found := _authored(text, start, clause, people)) is not None:
        return found
    for brk in _BREAK().finditer(clause):
        lead, words = _SPACED_STOP.sub(" - ", clause[:brk.end()]), clause[brk.end():]  # "quotes velda . ...": a dash
        who, at, strong = turn_label_who(text, start, start + brk.end(), people) or lead_who(lead, people)
        if who is None or (who != "adult" and _SPOKEN_TO.search(lead)):
            continue  # "<Service manager> Right, ALPHONSUS - where are we?": the one spoken to, not a label
        opener = _OPENERS.match(words) or _means_opener().match(words)
        offset = start + brk.end() + (opener.end() if opener else 0)
        words = text[offset:end].rstrip(" .,!?;:")
        if who == "pronoun" and given_through(lead) and (inner := _bare(text, offset, end, people)):
            return inner  # "In BSL, Ruby signed: ...": the means first, then who
        if who == "pronoun" and (inner := _named_lead(text, offset, end, people)):
            return inner  # "In the letter she wrote back to me, PIROJA said I'm ...": the name, then the words
        took_down = who == "adult" and opener is not None and _WRITER_TOOK.match(opener.group()) is not None
        if took_down:  # "SW: I wrote it down straight away: Auntie Fetu is ...": the writer took down another's words
            who, at = "pronoun", brk.end() + opener.start()
        if who == "pronoun":
            who = R.speaker_by_content(words) or R.pronoun_speaker(text, line_start, start + at, people,
                                                                   given_through(lead) or noted_lead(lead) or took_down)
        # "Mulchand, at the RHI ~ Dad drove the van ...": words given where the child spoke, not narration ("~ was quiet")
        occasion = bool(_OCCASION_ASIDE.search(lead)) and bool(T.words(words)) and T.words(words)[0] not in _NARRATING
        if who == "named":  # "Step: Take Kai bowling", "Child: Kai Lee" are a form's fields
            if not speaks_as_i(words) and not text_speak(words) and not is_transcript(text, people) and not occasion:
                return None
            who = "child"
        if who == "adult":  # an adult may pass on the child's words: "Ms Sousa: He told me, ..."
            inner = _bare(text, offset, end, people)
            if inner and inner.speaker != "adult" and not _label_tags(lead, text[inner.end:end]) and \
                    not _VOCATIVE.match(text, offset, inner.start):
                return inner
        # A colon after a speech verb sets off the words as said, lower case or not ("Bakang texted me
        # afterwards: more bubbles please"), as a tag after them does.
        said = (brk.group().strip() in (":", "：") or bool(opener and opener.group().rstrip()[-1:] in ":：")) and \
            VERB_AT().search(lead) is not None
        formula = formula_lead(lead) or framed(lead) is not None or noted_lead(lead) or occasion or written_lead(lead)
        if (written_lead(lead) or written_by(lead)) and of_the_thing(words):
            return None  # "ajmer's life story book - nowt done since the sgo": how the thing stands, not its words
        if not (is_direct(words, strong, tagged=said, formula=formula) or (given_through(lead) and SYMBOLS.fullmatch(words))) \
                or who == "unknown":
            return None  # the first attribution in a clause decides
        if not opener and (head := framed(lead)) is not None:  # "he said house of worries: dad shouting"
            offset = start + head
            words = text[offset:end].rstrip(" .,!?;:")
        return T.Quote(offset, offset + len(words), words, who)
    tagged = re.match(r"^(.*\S)\s*,\s+([^,]{2,40}?)\s*$", clause.rstrip(" .!?"))
    who = tag_who(tagged.group(2), people) if tagged else None
    if who:
        words = tagged.group(1).strip()
        if len(T.words(words)) >= 3 and is_direct(words, True, tagged=True):
            if who == "pronoun":
                who = R.speaker_by_content(words) or R.pronoun_speaker(text, line_start, start + tagged.start(2), people)
            return T.Quote(start + tagged.start(1), start + tagged.end(1), words, who)
    return _bracketed(text, start, clause, people)


# A child's name with their age or a recording formula in brackets, then their words with no colon
# ("nagarjuna [15] I want to stay here", "Kai (own wds) I'm fed up"), as an item of quick notes.
_AGED = re.compile(r"^\s*(?:[-*•]\s*)?([^\W\d_][\w'’-]*)[ \t]*(?:\[[ \t]*(\d{1,2})[ \t]*(?:yrs?|y/?o|y)?[ \t]*\]|"
                   r"\((?:(?:aged?[ \t]*)?(\d{1,2})[ \t]*(?:yrs?|y/?o|y)?|(?:in[ \t]+\w+[ \t]+)?(?:own|exact|actual)[ \t]+w(?:or)?ds?|verbatim)\)|"
                   rf"[ \t]+(?:aged?[ \t]*(\d{{1,2}})(?:[ \t]*{S.AGE_UNIT})?|(\d{{1,2}})[ \t]*{S.AGE_UNIT})"
                   # "Jasvir, 10 ~ ...": the age set off by a comma wants a mark after it ("Kai, 10, was seen")
                   rf"|,[ \t]*(?:aged?[ \t]*)?(\d{{1,2}})(?:[ \t]*{S.AGE_UNIT})?(?=[ \t]*(?:[:：~–—-]|>>|››))"
                   # "hiro 10 :: ...", "arlindo 4 >> ...": the bare age before a double colon or arrows, a turn's label
                   r"|[ \t]+(?P<bare>\d{1,2})(?=[ \t]*(?:[:：]{2}|>>|››|~)))"
                   r"(?P<mark>(?:[ \t]*(?:[:：]{2}|>>|››|[:：~–—/-]|(?<=[ \t])\.)){0,2})[ \t]+(?=\S)", re.I)  # "Kai (17y) ~ — ..."


# A verb going on from the name, as narration does ("kai 9yo was seen at school and I spoke to him").
_NARRATING = frozenset({"was", "is", "has", "had", "were", "did", "does", "seen", "seems", "seemed", "appeared", "appears",
                        "looked", "looks", "presented", "presents", "went", "came", "wants", "wanted", "told", "said",
                        "says", "remains", "remained", "continues", "attended", "attends", "spent", "spends"})
_AGE_AT = re.compile(r"[\[(]|\d\s*[yY]|[aA]ged?\s*\d|,\s*\d|\d[ \t]*(?:::|>>|››|~)")  # cheap: then _AGED


def _aged(text: str, start: int, clause: str) -> T.Quote | None:
    """The words after a child's name and age (in brackets, or with its unit: "špela 12yo"), when
    they speak as "I" ("miora [10] I want to go to the mosque"), or after a bare age and a turn's mark,
    whatever they say ("arlindo 4 >> home Mummy sleep", "Hiro 10 :: more biscuit please"); not narration
    ("Kai (7) was seen at school", "kai 9 :: was seen at school")."""
    if not _AGE_AT.search(clause, 0, 60):
        return None
    lead = _AGED.match(clause)
    age = lead and next((g for g in lead.groups()[1:-1] if g), None)  # the last: the mark
    if not lead or (age and int(age) >= 18) or S.person_kind(lead.group(1).lower()) is not None:
        return None
    words = clause[lead.end():].rstrip(" .,!?;:")
    if lead.group("bare") and not S.aged_child(clause[:lead.end()]):
        return None  # "Rec 1 :: ...", "year 5 >> ...": a list's number, no child's age
    turn = bool(lead.group("bare") or lead.group("mark").strip())  # "Kai age 11 . the lady ...": a turn's label
    # after a turn's label, the child's words whatever they say, unless they open on someone else ("Kai 9 - he was quiet")
    formula = turn and not THIRD_PERSON.match(words)
    if not (turn or FIRST_PERSON.search(words) or text_speak(words)) or not is_direct(words, True, tagged=turn, formula=formula) \
            or T.words(words)[0] in _NARRATING:
        return None
    return T.Quote(start + lead.end(), start + lead.end() + len(words), words, "child")


def _authored(text: str, start: int, clause: str, people: dict[str, str]) -> T.Quote | None:
    """The words straight after what someone wrote, sent or recorded ("talk box slip fr Amy the big
    slide is my best"): theirs unless they read as narration about someone else ("... saying he is late")."""
    lead = written_bare(clause) if " " in clause.strip() else None
    who = lead and label_who(lead[0], people)
    words = clause[lead[2]:].rstrip(" .,!?;:") if lead else ""
    if not who or who == "unknown" or not opens_words(words) or not is_direct(words, True, tagged=True):
        return None
    return T.Quote(start + lead[2], start + lead[2] + len(words), words, "child" if who == "named" else who)


def _bracketed(text: str, start: int, clause: str, people: dict[str, str]) -> T.Quote | None:
    """Words in the first person tagged with who said them in brackets at the end: "I get a bit
    anxious about my mocks (THIVAKAR)", "we never go anywhere (mum)"; not a task's owner or date
    ("I'll ring school (Fri)"): the tag is a person the text knows or a person word."""
    if not clause.rstrip(" .!?").endswith(")"):
        return None
    tagged = _BRACKET_TAG.match(clause.rstrip(" .!?"))
    if not tagged or not FIRST_PERSON.search(tagged.group(1)) or len(T.words(tagged.group(1))) < 3:
        return None
    tokens = T.words(re.sub(r",\s*\d{1,2}\b.*$", "", tagged.group(2)))  # "(Nilar, 13)": a name and an age
    kinds = {people.get(t) or S.person_kind(t) for t in tokens}
    tail = re.search(r"(?:(,|&|\+|\band)\s+)?([\w'’-]+)$", tagged.group(1))
    word = tail.group(2) if tail else ""
    named = any(t in people and not S.person_kind(t) for t in tokens)  # "(Nilar, 13)" names its speaker, not a role
    if not tokens or len(tokens) > 2 or not kinds <= {"adult", "child"} or (tail and tail.group(1)) or \
            (not named and word[:1].isupper()) or word.lower() in people or S.person_kind(word.lower()):
        return None  # "I saw mum, Amy and Zanda (sister)": the role of the (last listed) name before it
    lead = re.match(r"\s*(?:[-*•➤>]+\s*|\d{1,2}[.)]\s+)?", tagged.group(1))
    words = tagged.group(1)[lead.end():]
    if not is_direct(words, True, tagged=True):
        return None
    at = start + lead.end()
    return T.Quote(at, at + len(words), words, "adult" if "adult" in kinds else "child")


# A log's or an app's name as a line's label, naming no one: "cpoms - Malinda told teacher I'm ...", "yw whatsapp -".
_LOG_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?(?:[\w'’]+\s+){0,2}(?:cpoms|myconcern|whatsapp|snapchat|email|e-mail|text|log|"
                        r"entry|message|dm|sms|teams|chat)\s*[-–—:~]\s*$", re.I)
_BRACKET_TAG = re.compile(r"^(.*?\S)\s*\(([^()]{1,30})\)$")


def _unbroken(text: str, start: int, end: int, people: dict[str, str]) -> T.Quote | bool | None:
    """Speech straight after its verb with no comma, its first word capitalised as a sentence's
    ("heulwen volunteered My friends are a laugh", "he said I look after my sister"); not
    reported speech ("she said I could ring her", "told me I was welcome"). False when such a
    lead-in is there but names no speaker; None when there is none."""
    clause = text[start:end]
    lead = None
    for word in _opening_words(clause):  # the capitalised word first: cheaper than the verbs at every place
        lead = _VERB_BEFORE().search(clause, max(0, word.start() - 60), word.start())
        if lead and not _CAPITAL.match(clause, word.start()) and not TEXT_SPEAK().match(clause, word.start()) and \
                not lead.group("other") and \
                _OBJECT_VERB.search(lead.group()) and not formula_before(clause, word.start()) and \
                not (lead.group("object") and child_talk(clause[word.start():])):
            lead = None  # "told Nadia I ...": the one told, not the words; but "told me the mandem look after me"
        if lead and lead.group("verb") and lead.group("verb")[0].isupper() and _after_name(clause, lead.start()) and not (
                clause[:lead.start()].split()[-1].lower() in people and lead.group("verb").lower() in _SAID):
            lead = None  # the verb in a name ("the Staying Put allowance", "Speak Out group"), not "Kai Said I ..."
        if lead:
            break
    if lead and _THEIRS_SAYS.search(clause, 0, lead.start()):
        return None  # "our kid says he'll bray anyone", "my mum says I can": the one speaking passes it on
    label = S.TRANSCRIPT_LINE.match(clause)  # "Me: he said I ...": the label's colon is no break in the speech
    if not lead or (word.group() == "I" and ((lead.group("object") and not _OWN_ACCOUNT.match(clause, word.end())) or (
            _BACKSHIFT.match(clause, word.end()) and not lead.group("given")
            and not _NOW.search(clause, word.end())))):
        return None  # "she said I could ring", "told me I was welcome"; not "his answer was I was sad but I'm OK now"
    # A lead-in after a break ("Speaking for himself, Hau said I ..."): its speaker is after the break.
    # Not after a label ("Prabina, unprompted: My dad says I'm ..." are Prabina's words): the break loop reads those.
    brk = list(_BREAK().finditer(clause, label.start(2) if label else 0, lead.start()))
    if S.VOICED_BY.search(clause, 0, lead.end()):
        brk = []  # "Kai signed in BSL and the interpreter voiced it as I ...": one lead-in, the signer's
    cut = brk[-1].end() if brk else 0
    if brk and not answers(clause, word.start()) and (
            lead_who(clause[:cut], people)[0] or brk[-1].group().strip() != "," and not _LOG_LABEL.match(clause[:cut])):
        return None
    lead_in, words = clause[cut:lead.end("verb") if lead.group("verb") else lead.end()], clause[word.start():].rstrip(" .,!?;:")
    who, at = S.speaker_before(lead_in, people, adjacent=True)
    if cut and who in (None, "unknown"):
        return None
    if given_through(lead_in) and isinstance(inner := _unbroken(text, start + word.start(), end, people), T.Quote):
        return inner  # "Through the interpreter Shadia said I went ...": the means first, then who said what
    if who is None or who == "unknown" or not is_direct(words, True, formula=formula_before(clause, word.start())
                                                         or told_account(clause, word.start()) or home_talk(words)):
        return False
    if who == "pronoun":
        who = R.speaker_by_content(words) or R.pronoun_speaker(text, text.rfind("\n", 0, start) + 1, start + cut + at,
                                                               people, bool(S.FORMULA.search(lead_in)) or given_through(lead_in))
    return T.Quote(start + word.start(), start + word.start() + len(words), words, who)


def _opening_words(clause: str) -> Iterator[re.Match]:
    """The words that may open speech in a clause: a sentence's opening word ("I", "My", "Nobody"),
    then a capitalised name when words after it speak as "I" or "me" ("Ammy reads me a story"),
    not a title or a name's second word ("Miss Cole"); any word after a formula that gives a
    person's very words ("his exact phrase was bare ...")."""
    yield from heapq.merge(_CAPITAL.finditer(clause, 1), _names_opening(clause), _slang_opening(clause),
                           lower_openings(clause), after_formula(clause), key=lambda m: m.start())


def _slang_opening(clause: str) -> Iterator[re.Match]:
    """Chat words that open a young person's words as "I" does ("texted deffo not going back")."""
    if text_speak(clause):
        yield from TEXT_SPEAK().finditer(clause, 1)


def _names_opening(clause: str) -> Iterator[re.Match]:
    tokens = set(_LOWER_WORD.findall(clause.lower()))  # set tests: cheaper than the regexes at every name
    if _lead_stems().isdisjoint(tokens) or _FIRST_PERSON_WORDS.isdisjoint(tokens):
        return
    for word in _PLAIN.finditer(clause, 1):
        if not word.group()[0].isupper() or _CAPITAL.match(clause, word.start()) or \
                word.group().lower().rstrip(".") in _TITLES or _after_name(clause, word.start()):
            continue
        if not FIRST_PERSON.search(clause, word.end()):
            return
        if _SAYING_AFTER.match(clause, word.end()):
            continue  # "the minutes quote Kai as saying I ...": the one quoted, whose words come after "saying"
        if _COLON_AFTER.match(clause, word.end()):
            continue  # "said at the PEP: my mam's ...": where it was said, the words after its colon
        yield word


@functools.cache
def _lead_stems() -> frozenset[str]:
    """The first words of every lead-in _VERB_BEFORE reads."""
    words = {v.split()[0].lower() for v in S.data("voice")["speech"]}
    return frozenset(words | {"answer", "reply", "response", "words", "comment", "verbatim", "quote"})


_LOWER_WORD = re.compile(r"[a-z]+")
_COLON_AFTER = re.compile(r"[ \t]*[:：]")
_SAYING_AFTER = re.compile(r"\s+(?:as\s+)?(?:saying|writing|telling\s+(?:me|us|him|her|them))\b", re.I)
_FIRST_PERSON_WORDS = frozenset({"i", "im", "ive", "me", "my", "mine", "myself", "we", "us", "our", "ours", "you", "your",
                                 "ya", "yer"})


def _after_name(clause: str, at: int) -> bool:
    """Whether the word before `at` is a title or a capitalised word ("Miss Cole", "Ali Khan")."""
    before = clause[max(0, at - 20):at].split()
    return bool(before) and (before[-1][:1].isupper() or before[-1].lower().rstrip(".") in _TITLES)


@functools.cache
def _VERB_BEFORE() -> re.Pattern:
    """A lead-in that speech follows with no comma: a speech verb, "X's answer was", "verbatim";
    with its object and where it was said ("told Miss Cole in the playground My ...", "wrote in his
    diary at school I ...")."""
    return re.compile(
        rf"\b(?:(?P<verb>(?i:{S.speech_verbs()}))"
        r"(?:\s*\([^()\n]{1,30}\))?"  # an aside: "signed (BSL) ...", "said (in Urdu) ..."
        r"(?P<object>\s+(?i:to\s+)?(?i:me|us))?"
        r"(?P<other>\s+(?i:to\s+)?(?:(?i:mr|mrs|ms|miss|mx|dr)\.?\s+[\w'’-]+|(?i:him|her|them|the\s+\w+(?:\s+\w+)?)|[A-Z][\w'’-]+)|"
        rf"(?:(?<=[Tt]old)|(?<=[Tt]ells))\s+(?i:{TOLD_ROLE}))?"
        r"(?:\s+(?i:in|at|on|during|over|after|before|outside|by)\s+(?i:the\s+|his\s+|her\s+|their\s+|my\s+|our\s+)?"
        r"[\w'’-]+(?:\s+(?-i:[a-z][\w'’-]*)){0,3}){0,2}(?:\s+(?i:today|earlier|later|again|once|afterwards|yesterday|\w+ly))?"
        r"|(?P<given>(?i:answer|reply|response|words|comment|phrase)(?:\s+(?i:to\s+(?:me|us|him|her|them)))?\s+(?i:was|were|is)|"
        r"(?i:words?\s+(?:that\s+)?)[\w'’-]+(?:\s+[\w'’-]+)?\s+(?i:used|chose|gave|picked|spoke)\s+(?i:was|were|is)|"
        r"(?i:verbatim|word\s+for\s+word|quote|in\s+(?:his|her|their)\s+(?:own\s+)?words)))\s+$")


_THEIRS_SAYS = re.compile(r"\b(?:my|our|ma|me(?=\s+(?:mam|mum|dad|da|nan|nana|nanna|gran|brother|sister|kid)\b))\s+"
                          r"(?:[\w'’-]+\s+)?[\w'’-]+\s*$", re.I)
_SAID = {"said", "says", "told", "tells", "asked", "replied"}
_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof"}
_OBJECT_VERB = re.compile(r"^(?i:told|tells?|asked|asks?|texted|messaged|called|showed|reminded|emailed|e-mailed|wrote)\b")
_NOW = re.compile(r"\b(?:I'm|I’m|I\s+am|I've|I’ve|I\s+have|I'll|I’ll|I\s+don't|I\s+don’t|I\s+can't|I\s+can’t)\b")
_PLAIN = re.compile(r"(?<=[^\W\d_A-Z]\s)[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*")  # a capitalised word after a lower-case one
_CAPITAL = re.compile(r"(?<=\s)(?:I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|I|My|We|We're|We’re|Our|Me|Mine|Nobody|No\s+one|No|"
                      r"Everyone|Everybody|He|She|It|It's|It’s|They|There|This|That|You|Your|Can|Why|What|When|Where|"
                      r"How|Please|Don't|Don’t|Stop|Leave)\b")
# After "told me I": words that go on as the speaker's own account, a verb not backshifted nor a modal,
# then "my" ("she told me I sleep on the settee because my bed's broken"), not the writer's ("told me I
# could ring", "told me I need to bring my ID").
_OWN_ACCOUNT = re.compile(r"\s+(?!(?:could|would|should|might|must|was|were|had|did|need|needed|needs|can|will|shall|may|"
                          r"have|has|ought|am|ought|wanted)\b)[a-z]+(?:\s+[\w'’]+){0,6}?\s+(?:my|mine|me|I'm|I’m)\b")
_BACKSHIFT = re.compile(r"\s+(?:could|would|should|might|must|was|were|had|did|needed|ought|wanted)\b")
