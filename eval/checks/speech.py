"""The child's words without quotation marks: direct speech after a speech verb, a label or an
arrow ("Amy said, I miss my dad", "Dawid's words: ...", "tiago -> ..."), or before an attribution
("..., Rhys said"), told apart from reported speech ("said that ...") and narration by grammar.
"""

from __future__ import annotations

import functools
import re

from eval.checks import speakers as S
from eval.checks import text as T
from eval.checks.people import people_in

_BREAK = re.compile(r"(?:[,:：]|\s*(?:-+>|→|=>)|\s>|\s[-–—]+)\s+")
_END = re.compile(r"[.!?;](?=\s|$)|\s\|\s")
FIRST_PERSON = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|i'll|i’ll|i'd|i’d|im|ive|me|my|mine|myself|we|we're|we’re|"
                    r"us|our|ours|you|your|you're|you’re|ya|yer)\b", re.I)
_THIRD = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their|he's|she's|they're)\b", re.I)
_OPENERS = re.compile(r"^(?:in\s+(?:his|her|their|[\w'’-]+?['’]s)\s+(?:own\s+|exact\s+|very\s+)?words|"
                      r"and\s+i\s+quote|quote|verbatim|word\s+for\s+word)\s*[,:–—-]*\s+", re.I)
# Quotation marks that text.quoted does not read: two apostrophes typed for a double mark
# (''I like it''), low-high German and Polish marks („...“) and single guillemets (‹...›).
_MORE_MARKS = re.compile(r"(?<![\w'’‘])(?:''|‘‘|’’)(?=[^\s'’])([^\n]{2,}?)(?<=[^\s'‘])(?:''|’’)(?![\w'’])"
                         r"|„([^“”\n]{2,}?)[“”]|‹([^›\n]{2,}?)›")
_SUBORDINATE = re.compile(r"^(?:as|if|when|whenever|because|since|though|although|unless|until|till|while|before|after|"
                          r"once|where|which|who|what|so)\b", re.I)
_REPORTED = {"that", "if", "whether", "how", "about", "to", "why", "what"}
# Words that carry narration on ("said little at first, but talked more"), not speech.
_NARRATION = {"and", "but", "because", "when", "while", "although", "though", "then", "so", "or", "little",
              "nothing", "much", "lot", "few", "very", "more", "less", "anything", "something", "later"}


def marks(text: str) -> list[tuple[int, int]]:
    """Spans of the words inside quotation marks, the marks text.quoted reads and those it does not."""
    more = [(m.start(g), m.end(g)) for m in _MORE_MARKS.finditer(text) for g in (1, 2, 3) if m.group(g) is not None]
    if not more:
        return T.quoted(text)
    return sorted(more + [(s, e) for s, e in T.quoted(text) if not any(a - 2 <= e and s <= b + 2 for a, b in more)])


def unmarked(text: str, people: dict[str, str] | None = None,
             marked: list[tuple[int, int]] | None = None) -> list[T.Quote]:
    """Direct speech without quotation marks, with who spoke it (the child's words in notes
    typed from memory, a dictation or a transcript)."""
    people = people_in(text) if people is None else people
    marked = marks(text) if marked is None else marked
    out = []
    for line in T.lines(text):
        begin = line.start
        for end in [m.start() + line.start for m in _END.finditer(line.text)] + [line.end]:
            if end > begin:
                found = _bare(text, begin, end, people)
                if found and not any(s < found.end + 1 and found.start - 1 < e for s, e in marked):
                    out.append(found)
            begin = end + 1
    return out


def _bare(text: str, start: int, end: int, people: dict[str, str]) -> T.Quote | None:
    """The bare direct speech in the clause text[start:end], led in ("Amy said, ...") or tagged
    after ("..., Amy said")."""
    clause = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    if (found := _unbroken(text, start, end, people)) is not None:
        return found or None
    for brk in _BREAK.finditer(clause):
        lead, words = clause[:brk.end()], clause[brk.end():]
        who, at, strong = _lead(lead, people)
        if who is None:
            continue
        opener = _OPENERS.match(words)
        offset = start + brk.end() + (opener.end() if opener else 0)
        words = text[offset:end].rstrip(" .,!?;:")
        if who == "pronoun":
            who = S.speaker_by_content(words) or S.pronoun_speaker(text, line_start, start + at, people)
        if who == "adult":  # an adult may pass on the child's words: "Ms Sousa: He told me, ..."
            inner = _bare(text, offset, end, people)
            if inner and inner.speaker != "adult":
                return inner
        if not _direct(words, strong) or who == "unknown":
            return None  # the first attribution in a clause decides
        return T.Quote(offset, offset + len(words), words, who)
    tagged = re.match(r"^(.*\S)\s*,\s+([^,]{2,40}?)\s*$", clause.rstrip(" .!?"))
    who = _tag_who(tagged.group(2), people) if tagged else None
    if who:
        words = tagged.group(1).strip()
        if len(T.words(words)) >= 3 and _direct(words, True, tagged=True):
            if who == "pronoun":
                who = S.speaker_by_content(words) or S.pronoun_speaker(text, line_start, start + tagged.start(2), people)
            return T.Quote(start + tagged.start(1), start + tagged.end(1), words, who)
    return None


def _unbroken(text: str, start: int, end: int, people: dict[str, str]) -> T.Quote | bool | None:
    """Speech straight after its verb with no comma, its first word capitalised as a sentence's
    ("heulwen volunteered My friends are a laugh", "he said I look after my sister"); not
    reported speech ("she said I could ring her", "told me I was welcome"). False when such a
    lead-in is there but names no speaker; None when there is none."""
    clause = text[start:end]
    lead = None
    for word in _CAPITAL.finditer(clause, 1):  # the capitalised word first: cheaper than the verbs at every place
        lead = _VERB_BEFORE().search(clause, max(0, word.start() - 40), word.start())
        if lead:
            break
    label = S.TRANSCRIPT_LINE.match(clause)  # "Me: he said I ...": the label's colon is no break in the speech
    if not lead or _BREAK.search(clause[label.start(2) if label else 0:lead.start()]) or (word.group() == "I" and (
            lead.group("object") or _BACKSHIFT.match(clause, word.end()))):
        return None
    lead_in, words = clause[:word.start()], clause[word.start():].rstrip(" .,!?;:")
    who, at = S.speaker_before(lead_in, people, adjacent=True)
    if who is None or who == "unknown" or not _direct(words, True):
        return False
    if who == "pronoun":
        who = S.speaker_by_content(words) or S.pronoun_speaker(text, text.rfind("\n", 0, start) + 1, start + at, people)
    return T.Quote(start + word.start(), start + word.start() + len(words), words, who)


@functools.cache
def _VERB_BEFORE() -> re.Pattern:
    return re.compile(rf"\b(?i:{S.speech_verbs()})(?P<object>\s+(?i:to\s+)?(?i:me|us))?\s+$")


_CAPITAL = re.compile(r"(?<=\s)(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|My|We|We're|We’re|Our|Me|Mine|Nobody|No\s+one|"
                      r"Everyone|Everybody|He|She|It|It's|It’s|They|There|This|That|You|Your|Can|Why|What|When|Where|"
                      r"How|Please|Don't|Don’t|Stop|Leave)\b")
_BACKSHIFT = re.compile(r"\s+(?:could|would|should|might|must|was|were|had|did|needed|ought|wanted)\b")


def _tag_who(tag: str, people: dict[str, str]) -> str | None:
    """Who a tag closing a clause names, when it is only an attribution: "Bay said", "said
    his mum", "she told me" (not "says it's unfair", "laughed a lot")."""
    verbs = S.speech_verbs()
    if _SUBORDINATE.match(tag):
        return None  # "..., as he asked", "..., when she told me": a clause, not an attribution
    said = re.match(rf"^(?:{verbs})\s+((?:my\s+|his\s+|her\s+|their\s+)?[^\W\d_][\w'’-]*)$", tag, re.I)
    if said:
        name = said.group(1).split()[-1]
        if S.person_kind(name.lower()) in ("adult", "child") or name.lower() in people or (
                name[0].isupper() and name.lower() not in S.function_words()):
            return S.classify(said.group(1), people)
        return None
    subject = re.match(rf"^((?:[\w'’-]+\s+){{1,3}}?)(?:\w+ly\s+)?(?:{verbs})(?:\s+(?:to\s+)?(?:me|us))?$", tag, re.I)
    return S.speech_subject(subject.group(1), people)[0] if subject else None


def _lead(lead: str, people: dict[str, str]) -> tuple[str | None, int, bool]:
    """Who an attribution ending a lead-in names, where, and whether it is a speech verb or
    "words" (strong) rather than only a label ("ewelina ->", "Ms Sousa:", "Amy, unprompted:")."""
    verbs = S.speech_verbs()
    lead = S.MANNER.sub("", lead)
    if re.search(rf"\b(?:{verbs})\b{S.speech_tail()}", lead, re.I) or re.search(
            r"\b(?:words?|put\s+it|answer|reply|response)\s*(?:were|was|are|is)?\s*[:,–—-]+\s*$", lead, re.I):
        who, at = S.speaker_before(lead, people, adjacent=True)
        return (who, at, True) if who else (None, 0, False)
    loose = re.search(rf"\b(?:{verbs})\b((?:\s+[\w'’-]+){{1,5}})\s*,\s*$", lead, re.I)
    if loose and not set(T.words(loose.group(1))) & (_REPORTED | _NARRATION):
        who, at = S.speech_subject(lead[:loose.start()], people)  # "He told me at lunch, ..."
        return (who, at, False) if who else (None, 0, False)
    label = re.search(r"(?:^|[,;(]\s*)([^,;:()]{1,30}?)\s*(?:\([^)]*\))?\s*(?:[:：]|-+>|→|=>|\s>|\s[-–—]+)\s*$", lead)
    if label and not re.search(rf"\b(?:{verbs})\b", label.group(1), re.I):
        tokens = T.words(label.group(1))
        known = [t for t in tokens if t in people or S.person_kind(t) in ("adult", "child", "pronoun")]
        named = len(tokens) == 1 and label.group(1).strip()[:1].isupper() and tokens[0] not in S.function_words()
        if 1 <= len(tokens) <= 3 and (known or named):
            who = S.label_speaker(label.group(1), people, transcript=True)
            return (who, label.start(1), False) if who else (None, 0, False)
    return None, 0, False


def _direct(words: str, strong: bool, tagged: bool = False) -> bool:
    """Whether bare words are the speaker's own (direct speech), not reported ("that she was
    fine") or narration ("looked at his phone, and told me he was fine")."""
    tokens = T.words(words)
    if len(tokens) < 2 or tokens[0] in _REPORTED | {"and", "but", "then", "so", "or"} or words[:1] in "\"'“‘(" or S.is_header(words) or T.section_key(words):
        return False
    if re.search(r"\b(?:visit|review|meeting|supervision|conference|session)\b.*\d", words, re.I) and not FIRST_PERSON.search(words):
        return False  # a title: "CP visit, 11 Nov"
    if re.search(rf"\b(?:{S.speech_verbs()})\s+(?:to\s+)?(?:me|us)\b", words, re.I) or (
            words[0].islower() and tokens[0].endswith("ed")):
        return False  # the writer's "me" in narration
    bare = re.sub(r"\([^)]*\)", " ", words)
    if tagged:
        return bool(FIRST_PERSON.search(bare)) or not _THIRD.search(bare)
    if FIRST_PERSON.search(bare):
        return True
    capital = words[0].isupper() and not _THIRD.match(words)
    return capital and (strong or tokens[0] not in _person_words())


@functools.cache
def _person_words() -> frozenset[str]:
    return S.voice_words("adults") | S.voice_words("children")
