"""Who the people in a text are: names tied to an adult or a child (used by speakers.py, quotes.py
and speech.py to tell whose words a quote is).

A cast list is read first, as the writer gave it ("Speakers on the tape: Nayeli (SW), Mother
(Oluwakemi), Mamadou, FATOUMATA (sister)", "people there - mum, me, ms cole (school), kimone"):
a name with a role in brackets is an adult, with a brother's or sister's tie or an age a child,
and a bare name a child (the adults in a cast list come with their role). Then the ties in the
running text: "Aisha (8)", "Mrs Khan", "Sarah (mum)", "saw Aisha", "Aisha said". Also here: the
voice lexicon (data/voice.yaml) as the sets and alternations the speaker code reads.
"""

from __future__ import annotations

import functools
import re

from eval.checks import text as T
from eval.checks.base import data, wordlist
from eval.checks.mediated import means_only, mediated

# A line that lists who was there or who speaks, and the list after it (maybe after a sentence or
# with an aside: "Visit 2/4. On the call (per attendance list): ...").
_CAST = re.compile(r"^\s*(?:[^\n.!?]{1,40}[.!?][ \t]+)?(?:[-*•]\s*)?(?:[A-Za-z' /]{0,30}\b)?(?i:speakers?|speaking|(?:took|taking|takes)\s+part|recorded|recording|present|"
                   r"people|ppl|persons|saw|seen|there|attendees|attended|attending|attendance|participants|talking|speaks|"
                   r"in\s+the\s+(?:room|house|home|flat|meeting|conversation|interview|discussion|session)|conversation|"
                   r"typed|tape|transcribed|transcript|voices|on\s+the\s+(?:call|line|phone|tape|recording))\b[A-Za-z' /]{0,25}?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:[:：]|\s[-–—]+)[ \t]*(\S.*)$",
                   re.M)
# A label a transcript gives a speaker in place of a name: "Q", "A", "Int", "Speaker 2".
_CODE = re.compile(r"^(?:[a-z]{1,3}\d?|(?:speaker|spkr?|voice|person|participant|respondent|interviewee|caller|p)[\s_]*(?:\d{0,2}|[a-d]))$")
# A legend of a recording's codes: "Speaker 1 = SW", "S2 - Mum", "Speaker B is Kacper", "Voice 3 → Dad".
_CODES = r"(?:speaker|spkr?|voice|person|participant|respondent|p|s)[ _]?(?:\d{1,2}|[a-d])\b"
_LEGEND = re.compile(rf"(?i:({_CODES}))\s*(?:=|≡|→|-+>|:|[-–—]+|\s(?i:is|was)\s)\s*([^,;:=\n]{{1,40}})", re.I)
_LEGEND_AT = re.compile(r"(?:\d|\b[a-dA-D])[ \t]*(?:=|≡|→|-+>|[ \t](?i:is|was)[ \t])")  # cheap: then the code itself
_LEGEND_CODE = re.compile(rf"\b(?i:{_CODES})$")
_NUMBERED = re.compile(r"(?:speaker|spkr?|voice|person|participant|s|p)[\s_]*(?:\d|[a-d]$)")  # says no role, unlike Q / A
PRONOUNS = {"he", "she", "they"}
_WRITER = re.compile(r"(?:i|we)['’](?:ve|re|ll|d|m)$")
OBJECTS = {"me", "us", "him", "her", "them", "you", "it"}
_WORD = re.compile(r"(?<![\w-])(?<!\w['’])[^\W\d_][\w'’-]*")
_NAME = r"(?<![\w-])(?<!\w['’])([^\W\d_][\w'’-]*)"  # from a word's start: never matched mid-word
# A role in brackets that makes a listed person a child: a brother or sister, a son or daughter.
_KIN = {"brother", "sister", "sibling", "son", "daughter", "cousin", "child", "twin", "half-brother", "half-sister",
        "stepbrother", "stepsister", "step-brother", "step-sister", "yp", "cyp", "subject", "young"}  # "(young person)"


def people_in(text: str) -> dict[str, str]:
    """Names the text ties to an adult ("mum Sarah", "Sarah Jones (mum)", "Mrs Khan") or to a
    child ("Aisha (8)", "saw Aisha", "Aisha said"), a cast list first; the first tie found wins."""
    found = cast(text)
    ties = _ties()
    # A name seen as a child ("siham seen alone") is not the adult a task's owner in brackets
    # seems to make it ("eye test - Siham (dad)").
    last = list(ties[-1][0].finditer(text))
    seen = {_bare(m.group(1)) for m in last}
    for pattern, who, capitalised in ties:
        for match in last if pattern is ties[-1][0] else pattern.finditer(text):
            groups = [g for g in match.groups() if g and not g.isdigit()]
            if any(g.isdigit() and int(g) >= 18 for g in match.groups() if g):
                continue  # an adult's age
            if who == "adult" and "(" in match.group() and (
                    _object_of(text[max(0, match.start() - 20):match.start()] + " " + match.group().split("(")[0])
                    or _owner(match.group().split("(", 1)[1], text[match.end():match.end() + 30])):
                continue  # "book eye test for Philomena (mum)": an action and its owner
            role = match.group().split("(")[1][:-1] if "(" in match.group() else ""
            if who == "adult" and role and (_bare(groups[0]) in seen or means_only(role)):
                continue  # seen as a child; "Adil (through interpreter)" is how Adil spoke, not his role
            for word in groups:
                if not (capitalised and not word[0].isupper()) and _may_name(word):
                    found.setdefault(_bare(word), who)
    # Two more ties read from pairs of words (a set look-up, not a regex alternation of the whole
    # lexicon tried at every word): "mum Sarah" (capitalised), then "Aisha said".
    tokens = list(_WORD.finditer(text))
    # never across a line's end: "shared w/ mum" then "Afua's room" on the next line is no "mum Afua"
    pairs = [(a, b) for a, b in zip(tokens, tokens[1:]) if text[a.end():b.start()] in (" ", "  ", "\t")]
    adults, starts, verb = _adult_words(), _verb_starts(), _verb_at()
    # not the means before the speaker ("Through the interpreter Shadia said ..." is Shadia speaking, not her name)
    means = frozenset(data("voice")["mediated"]["means"])
    for word in [b.group() for a, b in pairs if a.group().lower() in adults and b.group()[0].isupper()
                 and not (a.group().lower() in means and verb.match(text, b.end() + 1)) and not _dated_visit(text, a, b)]:
        if _may_name(word):
            found.setdefault(_bare(word), "adult")
    for word in [a.group() for a, b in pairs if b.group().lower() in starts and verb.match(text, b.start())
                 and (a.group()[0].isupper() or b.group().lower() not in _THINGS_DO) and not _ARTICLE.search(text, max(0, a.start() - 8), a.start())]:
        if _may_name(word):
            found.setdefault(_bare(word), "child")
    if _to_child(text, found):
        found.setdefault("you", "child")  # "Dear Kai, ... You said I miss my dog": in a letter to the child, they are "you"
    return found


def _to_child(text: str, found: dict[str, str]) -> bool:
    """Whether a text is a letter to a child: it opens "Dear Kai," to a name that is no adult's ("Dear Mrs Cole",
    "Dear Mum", "Dear Sarah" of "mum Sarah")."""
    letter = _LETTER_TO_CHILD.search(text)
    name = letter.group(1).lower() if letter else ""
    return bool(name) and name not in _adult_words() and found.get(name) != "adult" and name not in function_words()


# A letter to the child: "Dear Kai," opening a line, the one written to named by a name, not "Dear Mrs Cole" nor "Dear Mum".
_LETTER_TO_CHILD = re.compile(r"(?m)^\s*(?:Dear|Hi|Hiya|Hello)\s+([^\W\d_][\w'’-]*)\s*[,!:]")


# "hv" after a date, in a heading ending at the name, is a home visit, not a health visitor: "29 Jun hv Phaxsi (notes
# typed in the hotel lobby)"; not "12/3 HV Sarah Jones visited".
_DATED_VISIT = re.compile(r"\d[\w/.-]*(?:[ \t]+[A-Za-z]{3,9})?[ \t]+$")
_HEADING_END = re.compile(r"[ \t]*(?:$|\(|[-–—~:])", re.M)


def _dated_visit(text: str, role: re.Match, name: re.Match) -> bool:
    return role.group().lower() == "hv" and bool(_DATED_VISIT.search(text, max(0, role.start() - 20), role.start())) \
        and bool(_HEADING_END.match(text, name.end()))


@functools.cache
def _ties() -> tuple[tuple[re.Pattern, str, bool], ...]:
    """The patterns that tie a name to an adult or a child, with whom they tie it to and whether
    the name must be capitalised (compiled once: the lexicon does not change in a run)."""
    adults = "|".join(sorted(voice_words("adults") - {"i", "me", "we", "head", "key", "health"}, key=len, reverse=True))
    name = _NAME
    ties = ((rf"{name}[ \t]*(?:\(|,[ \t]*)(?:aged?[ \t]*)?(\d{{1,2}})\b", "child", False),  # Aisha (8), re Trevor, 7
            (rf"(?i:\b(?:mr|mrs|ms|miss|mx|dr|pc|dc|sgt)\.?)\s+{name}", "adult", False),  # Mrs Khan, mr lau
            (rf"{name}(?:[ \t]+{name})?[ \t]*\(\s*(?:[\w-]+\s+)?(?i:(?:{adults}))\b[\w ]{{0,20}}\)", "adult", False),
            (rf"(?i:\b(?:seen|saw|see|spoke to|spoke with|met|spent time with|time with|visit to|visited|"
             rf"visiting|re))\s+{name}", "child", False),  # saw Aisha, visit to Mark, review re Trevor
            (rf"{name}\s+(?i:(?:was\s+|is\s+|not\s+)?(?:seen|spoken to)\b)", "child", False))  # tomás seen alone
    return tuple((re.compile(pattern), who, capitalised) for pattern, who, capitalised in ties)


@functools.cache
def _adult_words() -> frozenset[str]:
    return voice_words("adults") - {"i", "me", "we", "head", "key", "health"}


@functools.cache
def _verb_starts() -> frozenset[str]:
    """The first word of each speech verb or phrase ("kept" of "kept saying")."""
    return frozenset(v.split()[0].lower() for v in data("voice")["speech"])


@functools.cache
def _verb_at() -> re.Pattern:
    return re.compile(rf"(?i:(?:{speech_verbs()}))\b")


def cast(text: str) -> dict[str, str]:
    """The people of a cast list ("Present: Dad, me, Jo (school), Amir (9)"), adult or child by
    the role each is given. A list needs two people or a role in brackets, each of them at most
    three words: "Mum was seen at the clinic - fine" is a sentence, not a list. A recording app's
    codes are read with whom they stand for, in brackets or as a legend ("Speaker 2 (Sowmya)",
    "Speaker 1 = SW, Speaker 2 = Mum"); a code given only a bare name that the notes never use
    again is no one known (the child is the one the notes talk about; a parent is "mum")."""
    found: dict[str, str] = {}
    lines = [(m.start(), m.end(), m.group(1)) for m in _CAST.finditer(text)]
    for m in _LEGEND_AT.finditer(text):  # a legend's line, found from where a code is given its person
        if not _LEGEND_CODE.search(text, max(0, m.start() - 14), m.start() + 1):
            continue
        start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if not any(a <= m.start() <= b for a, b, _ in lines):
            lines.append((start, end, text[start:end]))
    for line_start, line_end, listed in lines:
        listed = re.sub(r"\s*\((?:all\s+)?(?:in\s+person|by\s+phone|online|virtual)\)", "", listed.split(";")[0]
                        if not _LEGEND.search(listed) else listed)
        parts = [p for p in re.split(r"\s*(?:[,;]|\band\b|&|\+)\s*", listed) if p.strip()]
        legend = [m for p in parts if (m := _legend_item(p))]  # "Typed from Otter, Speaker 1 = SW, ...": the codes
        items = legend or [re.fullmatch(r"([^()]{1,40}?)\s*(?:\(([^()]{1,40})\))?[\s.]*", p) for p in parts]
        if not items or not all(m and 1 <= len(T.words(m.group(1))) <= 3 for m in items) or (
                len(items) < 2 and not items[0].group(2)):
            continue
        for item in items:
            outer, role = T.words(item.group(1)), T.words(item.group(2) or "")
            # "I. (Ineza)", "S. (Sipho)": an initial standing for the name in brackets, not the writer "I"
            initial = bool(role) and not role[0].isdigit() and bool(_INITIAL.fullmatch(item.group(1).strip()))
            kinds = {person_kind(w) for w in (role if initial else outer + role)}
            adult = "adult" in kinds or (any(w.isalpha() for w in role) and not set(role) & _KIN)
            code = role and (initial or _CODE.match(" ".join(outer)) and not {person_kind(w) for w in outer} - {None})
            if code:  # "A (Stoyan)", "Q (Mr Lee)", "Speaker 2 (mum)": who a label stands for
                adult = "adult" in kinds
                child = "child" in kinds or set(role) & _KIN or any(w.isdigit() and int(w) < 18 for w in role)
                named = [w for w in re.findall(_NAME, item.group(2)) if _may_name(w)]
                elsewhere = text[:line_start] + text[line_end:]
                if not adult and not child and named and _NUMBERED.match(" ".join(outer)) and not any(
                        re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", elsewhere, re.I) for w in named):
                    found.setdefault("label:" + " ".join(outer), "unknown")
                    continue
                found.setdefault("label:" + " ".join(outer), "adult" if adult else "child")
            elif "adult" in {person_kind(w) for w in role} and len(role) <= 3 and not person_kind(outer[-1]):
                found.setdefault("label:" + " ".join(outer), "adult")  # "Education (Mr Nsiala)": the agency's label
            owner = _PARENT_OF.fullmatch(item.group(1).strip())
            if owner and person_kind(owner.group(2).lower()) == "adult" and person_kind(_bare(owner.group(1))) is None:
                found.setdefault(_bare(owner.group(1)), "child")  # "Sipho's mum (Nandi)": Sipho is the child
            names = item.group(2) if code else item.group(1) + (" " + item.group(2) if adult and item.group(2) else "")
            for word in re.findall(_NAME, names):  # "MARISOL (SW)", "Mother (Oluwakemi)"; "Mamadou", "Ama (sister)"
                if _may_name(word):
                    found.setdefault(_bare(word), "adult" if adult else "child")
    return found


_INITIAL = re.compile(r"[^\W\d_]\.?")
# A child named as the one whose parent a cast item is: "Marzipan's mum".
_PARENT_OF = re.compile(r"([^\W\d_][\w-]*['’]s)\s+([\w-]+)")


# A brother's or sister's tie: "Vithusha (sister)", "Abdeslam (older brother, 15)", "her sister Amal".
_SIBLING = ("sister", "brother", "sibling", "cousin", "twin", "half-brother", "half-sister", "stepbrother", "stepsister",
            "step-brother", "step-sister", "sis", "bro")
SIBLING_WORD = re.compile(rf"\b(?i:{'|'.join(_SIBLING)})s?\b")
_SIBLING_TIE = re.compile(rf"{_NAME}[ \t]*\((?i:[^()\n]{{0,20}}?\b(?:{'|'.join(_SIBLING)})\b)[^()\n]{{0,20}}\)"
                          rf"|(?i:\b(?:{'|'.join(_SIBLING)})\b)[ \t]+(?-i:([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*))")


def siblings(text: str) -> frozenset[str]:
    """The names a text ties to a brother or a sister of the child ("Vithusha (sister)", "his
    brother Amir"): children whose words are theirs, not the child's the record is about."""
    if not SIBLING_WORD.search(text):
        return frozenset()
    return frozenset(_bare(w) for m in _SIBLING_TIE.finditer(text) for w in m.groups() if w and _may_name(w))


def sibling_label(label: str, kin: frozenset[str]) -> bool:
    """Whether a transcript label names a brother or a sister ("Sister", "Vithusha", "AMIR (bro)")."""
    return bool(SIBLING_WORD.search(label)) or any(_bare(w) in kin for w in re.findall(_NAME, label))


def people_list(words: str) -> bool:
    """Whether words only list people ("dad, me, miss lamrani (nursery)", "Mum + me + Ms Cole"): who
    was there, not speech. Every item is a person in three words or fewer, two or more of them a
    person word, the writer ("me") or a titled name."""
    if "," not in words and "+" not in words and "&" not in words and " and " not in words:
        return False
    items = [T.words(i) for i in _LIST_SPLIT.split(re.sub(r"\([^)]*\)", " ", words))]
    items = [i for i in items if i]
    if len(items) < 2 or any(len(i) > 3 or set(i) & _NOT_LISTED for i in items):
        return False
    return sum(person_kind(i[0]) in ("adult", "child") or i[0] in _TITLES or i[0] in ("me", "myself") for i in items) >= 2


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof"})
_LIST_SPLIT = re.compile(r"\s*(?:[,;&+/]|\band\b)\s*")
_NOT_LISTED = frozenset({"i", "i'm", "is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did",
                         "not", "no", "never", "can", "will", "want", "like", "love", "hate", "makes"})


def _legend_item(part: str) -> re.Match | None:
    """A legend's item ("Key: S1 = social worker", "Speaker 2 - Mum"), the code and whom it names."""
    match = _LEGEND.search(part)
    return match if match and not part[match.end():].strip(" .") else None


def _bare(word: str) -> str:
    return re.sub(r"['’]s$", "", word.lower())


def _may_name(word: str) -> bool:
    word = _bare(word)
    if re.search(r"['’](?:ve|re|ll|d|m)$", word):  # "we've", "they'll": a pronoun's contraction, no name
        return False
    return not (word in voice_words("adults") or word in voice_words("children") or word in function_words()
                or word in voice_words("not_speakers") or word in adverbs() or word in _NO_ONE)


# Speech verbs said of things as much as of people: a word in lower case before one is no name ("tractor
# goes brrm", "the bell goes"), though "Kai goes" is.
# An article before the word that speaks: a thing or a body ("whatever the court says", "the report said"), never a name.
_ARTICLE = re.compile(r"(?<![\w'’-])(?i:the|a|an|this|that|these|those)\s+$")
_THINGS_DO = frozenset({"goes", "go", "went", "puts", "reads", "shows", "printed", "spelled", "spelt"})


# Words that stand where a name may ("Nobody told me", "NO. : TASK"), and never are one.
_NO_ONE = frozenset({"no", "yes", "not", "nor", "none", "nobody", "noone", "nothing", "never", "someone", "somebody",
                     "anyone", "anybody", "everyone", "everybody", "something", "anything", "everything"})


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


def person_kind(word: str) -> str | None:
    """What a single word says about a speaker: adult, child, pronoun, or "none" for an object."""
    if word in ("i", "we") or word[:1] in "iw" and _WRITER.match(word):
        return "adult"  # the writer ("we've said", "I'd asked")
    if word in OBJECTS:
        return "none"
    if word in voice_words("adults") or word.startswith("step-"):
        return "adult"
    if word in PRONOUNS:
        return "pronoun"
    if word in voice_words("children"):
        return "child"
    return None


def voice_words(name: str) -> frozenset[str]:
    return wordlist("voice", name)


@functools.cache
def phrases(name: str) -> frozenset[str]:
    return frozenset(f"my {w}" for w in data("voice")[name])


@functools.cache
def speech_verbs() -> str:
    """The speech verbs and phrases of data/voice.yaml as one alternation, longest first; a phrase's
    verb may take an adverb before the rest ("came straight out with", "piped right up"). Words given
    through an interpreter or a symbol board are said too ("Kai via interp ...": mediated.py)."""
    between = rf"(?:\s+(?:{'|'.join(sorted(adverbs() | {'right'}))}))?"
    return mediated() + "|" + "|".join(re.escape(v.split()[0]) + (between if " " in v else "") + "".join(rf"\s+{re.escape(w)}" for w in v.split()[1:])
                    for v in sorted(data("voice")["speech"], key=len, reverse=True))


@functools.cache
def speech_tail() -> str:
    """What may stand between a speech verb and the quote it introduces ("said to me, that")."""
    return data("voice")["speech_tail"]


@functools.cache
def adverbs() -> frozenset[str]:
    return wordlist("voice", "adverbs")


@functools.cache
def function_words() -> frozenset[str]:
    return wordlist("words", "stopwords") | wordlist("words", "glue")
