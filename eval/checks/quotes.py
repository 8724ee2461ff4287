"""Whose words are quoted: quotes in marks and transcript lines, attributed to the child or an adult.

Who spoke a quote is read the way a person reads it, nearest clue first:
1. an attribution right before it: the subject of a speech verb ("Lian said to me:", "He came to
   me and said"), a possessive ("Her exact words were", "in Amy's words") or a label
   ("direct quote (Clay):", "Kieran -", "Grzegorz was clear:");
2. an attribution right after it: "said Leo", "she told me", "- kareem", "(Clay, in his own words)";
3. any speech verb earlier in the sentence;
4. what the words sound like ("my mum" is a child's, "my son" a parent's), then the section they
   are under (the child's views), else unknown.
A person is an adult when named by a role ("mum", "Mrs Khan", "SW") or tied to one in the text
("Sarah (mum)"); the writer ("I", "we") is an adult; other names are children. A pronoun stands
for the nearest person named before it. Brothers and sisters count as children: their words
matter to the record as much.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from eval.checks import text as T
from eval.checks.base import data, wordlist

# A transcript line, after any bullet or time stamp ("(00:03:22) JENSON: ...", "[14:05] Mum: ...").
_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?(?:[(\[]?\d{1,2}(?:[:.]\d{2}){1,2}[)\]]?\s*)?"
                    r"([^\W\d_][\w' .-]{0,30}?)\s*(?:\(\w+\))?\s*[:：]\s+(\S.*)$")
_PRONOUNS = {"he", "she", "they"}
_OBJECTS = {"me", "us", "him", "her", "them", "you", "it"}
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def quotes(text: str) -> list[T.Quote]:
    """Every quote in a text (marks and transcript lines) with who spoke it."""
    people = _people(text)
    marked = T.quoted(text)
    italic = [(s, e) for s, e in _italics(text) if not any(a < e and s < b for a, b in marked)]
    spans = sorted(marked + italic)
    out = [T.Quote(s, e, text[s:e], _speaker(text, s, e, people, spans)) for s, e in spans]
    out = [q for q in out if (q.start, q.end) not in italic or (q.speaker != "unknown" and _FIRST.search(q.text))]
    labelled = [(line, label) for line in T.lines(text) if (label := _LABEL.match(line.text))]
    transcript = sum(_label_speaker(label.group(1), people) == "adult" for _, label in labelled) >= 2
    counts = Counter(label.group(1).lower() for _, label in labelled)
    for line, label in labelled:  # transcript lines "AISHA: ..." whose speaker is a person
        if T.quoted(line.text) or _header(label.group(2)):
            continue
        speaker = _label_speaker(label.group(1), people, transcript and counts[label.group(1).lower()] > 1)
        if speaker == "child" and not transcript and not _FIRST.search(label.group(2)):
            continue  # "Keaton: can't sleep till 12" in notes is about the child, not surely their words
        if speaker:
            start, end = line.start + label.start(2), line.end
            while end - start > 2 and text[start] in "*_" and text[end - 1] in "*_":  # *in italics*
                start, end = start + 1, end - 1
            out = [q for q in out if not (start <= q.start and q.end <= end)]
            out.append(T.Quote(start, end, text[start:end], speaker))
    for bare in unmarked(text, people, spans):  # an adult's line may pass on the child's words
        if not any(q.start < bare.end and bare.start < q.end and (q.speaker != "adult" or bare.speaker == "adult")
                   for q in out):
            out.append(bare)
    return sorted(out, key=lambda q: q.start)


def _italics(text: str) -> list[tuple[int, int]]:
    """Spans of words in *italics* or _italics_ (markdown), where notes may set speech apart."""
    return [(m.start(2), m.end(2)) for m in re.finditer(
        r"(?:^|(?<=[\s(:>\-–—]))([*_])(?![*_\s])([^*_\n]{3,}?)(?<![\s*_])\1(?![*_\w])", text, re.M)]


def plainly_quoted(quote: T.Quote, text: str) -> bool:
    """Whether a text plainly gives a quote as someone's own words: in quotation marks, as a
    transcript line ("AMY: ..."), or bare words that speak as "I" or "you" ("Amy said, I miss
    Dad"). Bare words that do not ("School is going well, Amy said") may be a summary."""
    line = text[text.rfind("\n", 0, quote.start) + 1:quote.start]
    return (quote.start, quote.end) in set(T.quoted(text) + _italics(text)) or bool(_FIRST.search(quote.text)) or \
        bool(_LABEL.match(line + "x"))


def child_quotes(text: str) -> list[T.Quote]:
    """The quotes spoken by the child (or another child), long enough to matter."""
    return [q for q in quotes(text) if q.speaker == "child" and weighty(q.text)]


def weighty(words: str) -> bool:
    """Whether words are enough to be a quote that must be kept: not a reply as slight as "yes",
    "dunno" or "yeah fine"."""
    tokens = T.words(words)
    return len(tokens) >= data("voice")["min_quote_words"] and (len(tokens) > 2 or not set(tokens) <= _words("slight"))


def _speaker(text: str, start: int, end: int, people: dict[str, str], spans: list[tuple[int, int]]) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) if text.find("\n", end) >= 0 else len(text)
    window = data("voice")["window"]
    since = max([line_start, start - 1 - window] + [e + 1 for s, e in spans if e < start])
    before = text[since: max(start - 1, since)]
    before = re.split(r"(?<=[.!?;])\s+", before)[-1].rstrip("*_")  # this sentence only, no *emphasis*
    upto = min([line_end, end + 1 + window] + [s - 1 for s, e in spans if s > end])
    after = text[end + 1: max(upto, end + 1)].lstrip("*_")
    quote = text[start:end]
    who, at = _before(before, people, adjacent=True)
    if who is None and not (re.search(r"[.!?]$", quote.strip()) and re.match(r"\s+[A-Z]", after)):
        who, at = _after(re.split(r"[.!?;]\s|[:]\s*$", after)[0], people), start
    if who is None:
        who, at = _before(before, people, adjacent=False)
    if who == "pronoun":  # where the pronoun is, for finding who it stands for
        return _by_content(quote) or _pronoun(text, line_start, start - 1 - len(before) + at, people)
    if who:
        return who
    return _by_content(quote) or ("child" if _section_at(text, line_start) == "child_voice" else "unknown")


def _before(before: str, people: dict[str, str], adjacent: bool) -> tuple[str | None, int]:
    """Who an attribution before a quote names, and where in `before` it is. With `adjacent`, only
    an attribution that leads straight into the quote counts."""
    verbs = _verbs()
    tail = _tail() if adjacent else ""
    for match in reversed(list(re.finditer(rf"\b(?:{verbs})\b{tail}", before, re.I))):
        who, at = _subject(before[:match.start()], people)
        if who:
            return who, at
    if not adjacent:
        words = re.search(r"\b(?:in|using)\s+([\w'’-]+?)(?:['’]s)?\s+(?:own\s+|exact\s+)?words\b", before, re.I)
        return (_classify(words.group(1), people), words.start(1)) if words else (None, 0)
    own = re.search(r"([\w'’-]+)\s*\((?:in\s+[\w'’]+\s+)?(?:own|exact|actual|direct|verbatim)\b[^)]*\)[\s:,–—-]*$", before, re.I)
    if own and _label_who(own.group(1), people):  # "Munir (own words) '...'"
        return _label_who(own.group(1), people), own.start(1)
    according = re.search(r"\b(?:according to|from|per)\s+([\w'’-]+(?:\s+[\w'’-]+)?)\s*[:,–—-]+\s*$", before, re.I)
    if according and _label_who(according.group(1), people):  # "According to Amy, '...'", "From mum: '...'"
        return _label_who(according.group(1), people), according.start(1)
    possessive = re.search(r"([\w'’-]+?)(?:['’]s)?\s+(?:(?:exact|own|actual|very)\s+)?(?:words?|view|reply|answer|"
                           r"response|comment|message)\s*(?:were|was|are|is)?\s*[:,–—-]*\s*$", before, re.I)
    if possessive and possessive.group(1).lower() not in ("in", "the", "these", "those", "his own", "own"):
        owner = re.search(r"[\w'’-]+\s*,?\s+in\s+$", before[:possessive.start(1)], re.I)
        if owner and possessive.group(1).lower() in ("his", "her", "their") and not re.search(
                rf"\b(?:{verbs})\b", before[:owner.start()], re.I):  # "brigid in her words", not "Amy told Ms Li, in her words"
            who, at = _subject(before[:owner.start() + len(owner.group().split()[0].rstrip(","))], people)
            if who:
                return who, at
        return _classify(possessive.group(1), people), possessive.start(1)
    label = re.search(r"(?:^|[,;]\s*)([^,;:]{1,50}?)\s*(?:[:–—→]|-+>|=>|\s>|\s-|-\s)[\s:–—>-]*$", before)
    if label:
        return _label_who(label.group(1), people), label.start(1)
    return None, 0


def _after(after: str, people: dict[str, str]) -> str | None:
    """Who an attribution straight after a quote names: "said Leo", "she told me", "- kareem",
    "(Clay, in his own words)"."""
    verbs = _verbs()
    said = re.match(rf"^[\s,]*(?:{verbs})\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)", after, re.I)
    if said:
        return _classify(said.group(1), people)
    subject = re.match(rf"^[\s,]*((?:[\w'’-]+\s+){{1,3}}?)(?:\w+ly\s+)?(?:{verbs})\b", after, re.I)
    if subject:
        return _subject(subject.group(1), people)[0]
    tag = re.match(r"^\s*(?:[–—-]+\s*|\()([^()\n,;.]{1,40})", after)
    return _label_who(tag.group(1), people) if tag else None


def _subject(clause: str, people: dict[str, str]) -> tuple[str | None, int]:
    """Who does the speaking verb that follows `clause`: its nearest person word, walking back
    over adverbs, objects ("to me") and other verbs ("came to me and said"). Only the word right
    before the verb may be a name the text has not tied to anyone."""
    tokens = list(_TOKEN.finditer(clause))[-10:]
    first = True
    for match in reversed(tokens):
        word = re.sub(r"['’]s$", "", match.group().lower())
        if word in _adverbs() or (word.endswith("ly") and word not in people and not match.group()[0].isupper()):
            continue  # "then quietly said"; but Lovely, Emily and Holly are names
        who = _person(word)
        if who == "none" and word in _OBJECTS:
            first = False
            continue
        if who is None and word in people:
            who = people[word]
        if who is None and first and _name_like(match, clause):
            who = "child"
        if who:
            return who, match.start()
        first = False
    return None, 0


def _person(word: str) -> str | None:
    """What a single word says about a speaker: adult, child, pronoun, or "none" for an object."""
    if word in ("i", "we"):
        return "adult"  # the writer
    if word in _OBJECTS:
        return "none"
    if word in _words("adults") or word.startswith("step-"):
        return "adult"
    if word in _PRONOUNS:
        return "pronoun"
    if word in _words("children"):
        return "child"
    return None


def _name_like(match: re.Match, clause: str) -> bool:
    """A word that may be a name: not a function word, and capitalised or leading its clause
    ("kieran says" in lower-case notes)."""
    word = match.group().lower()
    if word in _function_words() or word in _words("not_speakers"):
        return False
    return match.group()[0].isupper() or not clause[:match.start()].strip(" -*•–—(")


def _label_who(label: str, people: dict[str, str]) -> str | None:
    """Who a label names: "direct quote (Clay)", "Sarah (mum)", "Kieran", "Grzegorz was clear"."""
    inner = re.search(r"\(([^)]*)\)", label)
    for part in ([inner.group(1)] if inner else []) + [re.sub(r"\([^)]*\)", " ", label)]:
        tokens = [m for m in _TOKEN.finditer(part)][:5]
        found = [_person(m.group().lower().removesuffix("'s")) or people.get(m.group().lower()) for m in tokens]
        for who in found:
            if who in ("adult", "child", "pronoun"):
                return who
        names = [m for m in tokens if _name_like(m, part) or m.group()[0].isupper()]
        names = [m for m in names if m.group().lower() not in _function_words() | _words("not_speakers")]
        if names:
            return "child"
    return None


def _pronoun(text: str, line_start: int, at: int, people: dict[str, str]) -> str:
    """Who "he said" means. In an adult's transcript line ("Teacher: he told me '...'") it is
    the child being reported; otherwise the nearest person named before."""
    label = _LABEL.match(text[line_start:at] + " -")
    if label and _label_speaker(label.group(1), people) == "adult":
        return "child"
    if _section_at(text, line_start) == "child_voice":  # "He told me" under the child's views
        return "child"
    return _resolve(text[:at], people)


def _section_at(text: str, line_start: int) -> str | None:
    """The record section a line is in: the nearest heading above it that names a section."""
    for line in reversed(text[:line_start].splitlines()):
        if T.is_heading(line) or line.lstrip().startswith(("#", "**")) or T.names_section(line):
            return T.section_key(line)
    return None


def _by_content(quote: str) -> str | None:
    """Whose words these sound like: "my mum", "my school" are a child's; "my son" a parent's."""
    words = T.words(quote)
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:]) if a == "my"}
    if pairs & _phrases("child_speech"):
        return "child"
    if pairs & _phrases("adult_speech"):
        return "adult"
    return None


def _header(content: str) -> bool:
    """A title or list line ("home visit, 13 April", "ms robinson (carer), bernadette"), not speech."""
    dated = re.search(r"\b\d{1,2}(?:[/.]\d{1,2}|\s+[A-Za-z]{3,9}\s+\d{4})", content)
    roles = re.search(r"\(\s*[\w ]{1,25}\)\s*,", content)
    return bool((dated or roles) and not re.search(r"\b(?:I|I'm|me|my|you)\b", content))


def _label_speaker(label: str, people: dict[str, str], transcript: bool = False) -> str | None:
    """Who a transcript label names: an adult word, or a person the text ties to an adult or a
    child; in a transcript (adults speak in labelled lines), another one-word name is the child.
    Other labels ("Date:", "plan goal 1:", "view:") are not speakers."""
    tokens = [w.lower() for w in re.findall(r"[\w'’-]+", label)]
    if not tokens or len(tokens) > 3 or T.section_key(label) or tokens[0] in _words("not_speakers"):
        return None
    if any(t in ("visit", "review", "meeting", "supervision", "conference", "notes", "record", "transcript")
           for t in tokens):
        return None  # a title ("Looked-after child visit: typed from my recording")
    owned = re.search(r"['’]s\s+([\w-]+)", label)
    if owned and owned.group(1).lower() not in _words("adults") | _words("children"):
        return None  # a field about someone ("José Luis's room: own bed"), not a speaker
    if any(t in _words("adults") for t in tokens):
        return "adult"
    known = [people[t] for t in tokens if t in people]
    if known:
        return known[-1]
    if any(t in _words("children") - _PRONOUNS for t in tokens):
        return "child"
    name = len(tokens) == 1 and tokens[0].isalpha() and tokens[0] not in _function_words()
    return "child" if transcript and name else None


def _classify(words: str, people: dict[str, str]) -> str:
    tokens = [w.lower().strip("'’") for w in re.findall(r"[\w'’-]+", words)]
    tokens = [re.sub(r"['’]s$", "", t) for t in tokens]
    adults, children = _words("adults") - {"me"}, _words("children")
    if any(t in adults or t.startswith("step-") for t in tokens) or tokens[-1:] in (["my"], ["our"]):
        return "adult"  # "my words:" are the writer's
    for token in reversed(tokens):
        if token in people:
            return people[token]
    if tokens and tokens[-1] in _PRONOUNS | {"his", "her", "their"}:
        return "pronoun"
    if any(t in children for t in tokens):
        return "child"
    return "child" if tokens else "unknown"


def _resolve(before: str, people: dict[str, str]) -> str:
    """Who "he/she/they" is: the nearest earlier person named (the writer "I" never is)."""
    adults, children = _words("adults") - {"i", "me", "we"}, _words("children") - _PRONOUNS - {"him", "her", "them", "his", "hers", "their"}
    for token in reversed(T.words(before[-400:])):
        if token in adults:
            return "adult"
        if people.get(token) == "adult":
            return "adult"
        if token in children or people.get(token) == "child":
            return "child"
    return "child"


def _people(text: str) -> dict[str, str]:
    """Names the text ties to an adult ("mum Sarah", "Sarah Jones (mum)", "Mrs Khan") or to a
    child ("Aisha (8)", "saw Aisha", "Aisha said"); the first tie found wins."""
    adults = "|".join(sorted(_words("adults") - {"i", "me", "we", "head", "key", "health"}, key=len, reverse=True))
    name = r"([^\W\d_][\w'’-]*)"
    verbs = _verbs()
    found: dict[str, str] = {}
    ties = ((rf"{name}\s*(?:\(|,\s*)(?:aged?\s*)?(\d{{1,2}})\b", "child", False),  # Aisha (8), re Trevor, 7
            (rf"(?i:\b(?:mr|mrs|ms|miss|mx|dr|pc|dc|sgt)\.?)\s+{name}", "adult", False),  # Mrs Khan, mr lau
            (rf"{name}(?:\s+{name})?\s*\(\s*(?:[\w-]+\s+)?(?i:(?:{adults}))\b[\w ]{{0,20}}\)", "adult", False),
            (rf"(?i:\b(?:seen|saw|see|spoke to|spoke with|met|spent time with|time with|visit to|visited|"
             rf"visiting|re))\s+{name}", "child", False),  # saw Aisha, visit to Mark, review re Trevor
            (rf"{name}\s+(?i:(?:was\s+|is\s+|not\s+)?(?:seen|spoken to)\b)", "child", False),  # tomás seen alone
            (rf"(?i:\b(?:{adults}))\s+{name}", "adult", True),  # mum Sarah (capitalised)
            (rf"{name}\s+(?i:(?:{verbs}))\b", "child", False))
    for pattern, who, capitalised in ties:
        for match in re.finditer(pattern, text):
            groups = [g for g in match.groups() if g and not g.isdigit()]
            if any(g.isdigit() and int(g) >= 18 for g in match.groups() if g):
                continue  # an adult's age
            if who == "adult" and "(" in match.group() and (
                    _object_of(text[max(0, match.start() - 20):match.start()] + " " + match.group().split("(")[0])
                    or _owner(match.group().split("(", 1)[1], text[match.end():match.end() + 30])):
                continue  # "book eye test for Philomena (mum)": an action and its owner
            for word in groups:
                if capitalised and not word[0].isupper():
                    continue
                word = re.sub(r"['’]s$", "", word.lower())
                if word not in _words("adults") and word not in _words("children") and word not in _function_words() \
                        and word not in _words("not_speakers") and word not in _adverbs():
                    found.setdefault(word, who)
    return found


def _owner(inside: str, after: str) -> bool:
    """Whether "(...)" after a name gives whoever owns a task, not the name's role
    ("dentist - Jéssica (Mrs Weaver) - 2 wks", "views on plan w/ Duaa (sw) - asap")."""
    task = re.match(r"[^)]*\)\s*[-–—/|]\s*(?:asap|eod|eow|by|within|before|tbc|ongoing|next|end|\d|"
                    r"(?:mon|tue|wed|thu|fri|sat|sun)\w*\b)", inside + after, re.I)
    return bool(task)


def _object_of(before: str) -> bool:
    """Whether a name (the last words of `before`) is the object of a preposition or an action
    ("for Trevor", "re Yan"), not a person introduced with their role."""
    words = [w.lower() for w in re.findall(r"[\w'’]+", before)][-3:]
    return any(w in ("for", "to", "with", "about", "re", "of", "on", "from", "tell", "ask") for w in words[:-1])


def _words(name: str) -> frozenset[str]:
    return wordlist("voice", name)


@functools.cache
def _phrases(name: str) -> frozenset[str]:
    return frozenset(f"my {w}" for w in data("voice")[name])


@functools.cache
def _verbs() -> str:
    """The speech verbs and phrases of data/voice.yaml as one alternation, longest first."""
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(data("voice")["speech"], key=len, reverse=True))


@functools.cache
def _tail() -> str:
    """What may stand between a speech verb and the quote it introduces ("said to me, that")."""
    return data("voice")["speech_tail"]


@functools.cache
def _adverbs() -> frozenset[str]:
    return wordlist("voice", "adverbs")


@functools.cache
def _function_words() -> frozenset[str]:
    return wordlist("words", "stopwords") | wordlist("words", "glue")


# --- The child's words without quotation marks --------------------------------------------------
# Notes often give speech bare: "Ijeoma said, I'm a big kid", "BERFIN's words: I feel better",
# "ewelina -> I don't like it", "He told me at lunch, More bubbles", "Chippy tea is the best, Bay
# said". Direct speech is told from reported speech ("Bay said nobody hurts him") by its grammar:
# a comma, colon, dash or arrow between the attribution and the words, and words that speak as
# "I" or "you", or start afresh with a capital.
_BREAK = re.compile(r"(?:[,:：]|\s*(?:-+>|→|=>)|\s>|\s[-–—]+)\s+")
_END = re.compile(r"[.!?;](?=\s|$)|\s\|\s")
_FIRST = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|i'll|i’ll|i'd|i’d|im|ive|me|my|mine|myself|we|we're|we’re|"
                    r"us|our|ours|you|your|you're|you’re|ya|yer)\b", re.I)
_THIRD = re.compile(r"\b(?:he|she|him|his|her|hers|they|them|their|he's|she's|they're)\b", re.I)
_OPENERS = re.compile(r"^(?:in\s+(?:his|her|their|[\w'’-]+?['’]s)\s+(?:own\s+|exact\s+|very\s+)?words|"
                      r"and\s+i\s+quote|quote|verbatim|word\s+for\s+word)\s*[,:–—-]*\s+", re.I)
_REPORTED = {"that", "if", "whether", "how", "about", "to", "why", "what"}
# Words that carry narration on ("said little at first, but talked more"), not speech.
_NARRATION = {"and", "but", "because", "when", "while", "although", "though", "then", "so", "or", "little",
              "nothing", "much", "lot", "few", "very", "more", "less", "anything", "something", "later"}


def unmarked(text: str, people: dict[str, str] | None = None,
             marked: list[tuple[int, int]] | None = None) -> list[T.Quote]:
    """Direct speech without quotation marks, with who spoke it (the child's words in notes
    typed from memory, a dictation or a transcript)."""
    people = _people(text) if people is None else people
    marked = T.quoted(text) if marked is None else marked
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
    for brk in _BREAK.finditer(clause):
        lead, words = clause[:brk.end()], clause[brk.end():]
        who, at, strong = _lead(lead, people)
        if who is None:
            continue
        opener = _OPENERS.match(words)
        offset = start + brk.end() + (opener.end() if opener else 0)
        words = text[offset:end].rstrip(" .,!?;:")
        if who == "pronoun":
            who = _by_content(words) or _pronoun(text, line_start, start + at, people)
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
                who = _by_content(words) or _pronoun(text, line_start, start + tagged.start(2), people)
            return T.Quote(start + tagged.start(1), start + tagged.end(1), words, who)
    return None


def _tag_who(tag: str, people: dict[str, str]) -> str | None:
    """Who a tag closing a clause names, when it is only an attribution: "Bay said", "said
    his mum", "she told me" (not "says it's unfair", "laughed a lot")."""
    verbs = _verbs()
    said = re.match(rf"^(?:{verbs})\s+((?:my\s+|his\s+|her\s+|their\s+)?[^\W\d_][\w'’-]*)$", tag, re.I)
    if said:
        name = said.group(1).split()[-1]
        if _person(name.lower()) in ("adult", "child") or name.lower() in people or (
                name[0].isupper() and name.lower() not in _function_words()):
            return _classify(said.group(1), people)
        return None
    subject = re.match(rf"^((?:[\w'’-]+\s+){{1,3}}?)(?:\w+ly\s+)?(?:{verbs})(?:\s+(?:to\s+)?(?:me|us))?$", tag, re.I)
    return _subject(subject.group(1), people)[0] if subject else None


def _lead(lead: str, people: dict[str, str]) -> tuple[str | None, int, bool]:
    """Who an attribution ending a lead-in names, where, and whether it is a speech verb or
    "words" (strong) rather than only a label ("ewelina ->", "Ms Sousa:")."""
    verbs = _verbs()
    if re.search(rf"\b(?:{verbs})\b{_tail()}", lead, re.I) or re.search(
            r"\b(?:words?|put\s+it|answer|reply|response)\s*(?:were|was|are|is)?\s*[:,–—-]+\s*$", lead, re.I):
        who, at = _before(lead, people, adjacent=True)
        return (who, at, True) if who else (None, 0, False)
    loose = re.search(rf"\b(?:{verbs})\b((?:\s+[\w'’-]+){{1,5}})\s*,\s*$", lead, re.I)
    if loose and not set(T.words(loose.group(1))) & (_REPORTED | _NARRATION):
        who, at = _subject(lead[:loose.start()], people)  # "He told me at lunch, ..."
        return (who, at, False) if who else (None, 0, False)
    label = re.search(r"(?:^|[,;(]\s*)([^,;:()]{1,30}?)\s*(?:\([^)]*\))?\s*(?:[:：]|-+>|→|=>|\s>|\s[-–—]+)\s*$", lead)
    if label and not re.search(rf"\b(?:{verbs})\b", label.group(1), re.I):
        tokens = T.words(label.group(1))
        known = [t for t in tokens if t in people or _person(t) in ("adult", "child", "pronoun")]
        named = len(tokens) == 1 and label.group(1).strip()[:1].isupper() and tokens[0] not in _function_words()
        if 1 <= len(tokens) <= 3 and (known or named):
            who = _label_speaker(label.group(1), people, transcript=True)
            return (who, label.start(1), False) if who else (None, 0, False)
    return None, 0, False


def _direct(words: str, strong: bool, tagged: bool = False) -> bool:
    """Whether bare words are the speaker's own (direct speech), not reported ("that she was
    fine") or narration ("looked at his phone, and told me he was fine")."""
    tokens = T.words(words)
    if len(tokens) < 2 or tokens[0] in _REPORTED | {"and", "but", "then", "so", "or"} or words[:1] in "\"'“‘(" or _header(words) or T.section_key(words):
        return False
    if re.search(r"\b(?:visit|review|meeting|supervision|conference|session)\b.*\d", words, re.I) and not _FIRST.search(words):
        return False  # a title: "CP visit, 11 Nov"
    if re.search(rf"\b(?:{_verbs()})\s+(?:to\s+)?(?:me|us)\b", words, re.I) or (
            words[0].islower() and tokens[0].endswith("ed")):
        return False  # the writer's "me" in narration
    bare = re.sub(r"\([^)]*\)", " ", words)
    if tagged:
        return bool(_FIRST.search(bare)) or not _THIRD.search(bare)
    if _FIRST.search(bare):
        return True
    capital = words[0].isupper() and not _THIRD.match(words)
    return capital and (strong or tokens[0] not in _person_words())


@functools.cache
def _person_words() -> frozenset[str]:
    return _words("adults") | _words("children")
