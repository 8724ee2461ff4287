"""The words a record sentence brings: content words and their stems, the record's own form
words, the notes' vocabulary and abbreviations, deadlines said the record's way, and names.

Used by the alignment to find the words of a sentence that the notes never use.
"""

from __future__ import annotations

import functools
import re

from eval.checks import text as T
from eval.checks.base import Material, data, wordlist


def content(text: str) -> list[str]:
    """Stems of the words that carry a claim (no stop words)."""
    stop = _stopwords()
    return [T.stem(w) for w in T.words(text) if w not in stop and len(w) > 1]


@functools.cache
def glue_stems() -> frozenset[str]:
    """Stems of the record vocabulary that is never evidence of an unsupported claim (words.yaml
    `glue`, and the words a record's actions are written in: accuracy.yaml `action_words`)."""
    words = [*wordlist("words", "glue"), *data("accuracy")["unsupported"]["action_words"]]
    return frozenset(T.stem(w) for w in words)


def note_vocabulary(notes: str) -> set[str]:
    """Stems of every content word of the notes, with their abbreviations spelt out (TM -> team
    manager, "hv's" -> health visitor's). A day written short before a date ("nlt wed 18/2", "sat
    4/5") is a day, not the stem of a word ("wed" is no "wedding"). The notes' idioms give the plain
    words they mean ("safety net": "support"; words.yaml `idioms`)."""
    expansions = data("words")["expansions"]
    notes = _DAY_BEFORE_DATE.sub(" ", notes)
    # "hv's report" is the health visitor's: a shorthand keeps its meaning with an 's
    # (before a comma too: "pre-d/c, exp 30/4"; a full stop may be its own: "no.")
    written = [w for raw in re.findall(r"\S+", notes.lower()) for w in dict.fromkeys((raw, raw.rstrip(",;:!?)")))]
    tokens = T.words(notes) + [w for w in written if w in expansions]
    tokens += [bare for w in tokens if (bare := _POSSESSIVE.sub("", w)) != w and bare in expansions]
    stems = {T.stem(w) for w in tokens}
    for token in set(tokens) & expansions.keys():
        stems.update(T.stem(w) for w in expansions[token])
    for said, plain in _idioms():  # "nan is the family's safety net": "her main support"
        if said.search(notes):
            stems.update(plain)
    return stems


@functools.cache
def _idioms() -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """The notes' idioms (words.yaml `idioms`), each with the stems of the plain words it means."""
    return tuple((re.compile(entry["said"], re.I), frozenset(T.stem(w) for w in entry["plain"]))
                 for entry in data("words")["idioms"])


def note_stems(material: Material) -> frozenset[str]:
    """`note_vocabulary` of a review's notes, made once for all of its checks."""
    return material.memo("note_stems", lambda: frozenset(note_vocabulary(material.notes or "")))


_POSSESSIVE = re.compile(r"['’]s?$")
_DAY_BEFORE_DATE = re.compile(r"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b\.?(?=\s*(?:the\s+)?\d)", re.I)


def initialisms(notes: str) -> frozenset[str]:
    """The notes' own abbreviations, lower-cased: short words written in capitals ("DD", "SALT",
    "EHCP"; not in a line written all in capitals) or of three letters or more with no vowel
    ("cwd", "nfa"), which a record spells out. Shortened single words ("sd" for said, "wks";
    accuracy.yaml `shortened_words`) are not, nor those words.yaml `expansions` spell out already
    ("SW", "GP", "CP")."""
    stop = wordlist("words", "stopwords")
    single = wordlist("accuracy", "shortened_words") | data("words")["expansions"].keys()
    return frozenset(w.lower() for line in notes.splitlines() for w in _SHORT.findall(line)
                     if ((w.isupper() and re.search("[a-z]", line)) or (len(w) > 2 and not _VOWEL.search(w.lower())))
                     and w.lower() not in stop and w.lower() not in single)


_SHORT = re.compile(r"(?<![\w'’])[A-Za-z]{2,6}(?![\w'’])")
_VOWEL = re.compile(r"[aeiou]")


def spelt_out(sentence: str, shorthand: frozenset[str]) -> set[str]:
    """The words of a sentence that spell out one of the notes' abbreviations by their initials,
    counting the small words or not: "direct debit" (DD), "no fixed abode" (NFA), "speech and
    language therapy" (SALT), "Education, Health and Care Plan" (EHCP). Two letters are read
    only from two words side by side ("a walking group in the park" does not spell "GP")."""
    if not shorthand:
        return set()
    stop = wordlist("words", "stopwords")
    tokens = [w.lower() for w in _LETTERS.findall(sentence)]
    runs = (tokens, [w for w in tokens if w not in stop])
    longest = max(map(len, shorthand))
    found: set[str] = set()
    for run in runs:
        initials = "".join(w[0] for w in run)
        for i in range(len(run)):
            for n in range(2 if run is tokens else 3, min(longest, len(run) - i) + 1):
                if initials[i:i + n] in shorthand:
                    found.update(run[i:i + n])
    return found


_LETTERS = re.compile(r"[A-Za-z]+")


def timescale_words(sentence: str) -> set[str]:
    """The words of the deadlines a sentence gives ("within ten working days from today", "ahead
    of the review", "not later than Monday"; structure.yaml `timescales`, `event_timescales`,
    `occasion_timescales`): by when, said the record's way. A time that is part of the claim ("in
    the spring", "for his birthday") is no deadline."""
    said = {w for match in _timescale().finditer(sentence) if _DEADLINE.search(match.group())
            for w in T.words(match.group())}
    # "before the duty desk closes for the weekend on Monday 30 November", "ahead of the court hearing
    # listed for 30 October": an event the record names by the date it falls on; the date is held to
    # the notes' numbers, the event's words are when, said the record's way ("b4 duty desk shuts 30/11");
    # whoever's event it is too ("before nan's hip operation on 16 October", the notes' "b4 nan's op 16/10")
    return said | {w for match in _EVENT_ON_DATE.finditer(sentence) for w in T.words(match.group())}


_DEADLINE = re.compile(r"\b(?:within|by|before|b4|no later than|not later than|nlt|ahead of|in time for|prior to|"
                       r"deadline|from (?:today|now)|at the (?:very )?latest|on or before)\b", re.I)


_DAY_AND_MONTH = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                  r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}[/.]\d{1,2}\b)")
_EVENT_ON_DATE = re.compile(r"\b(?:before|by|b4|ahead of|prior to|in time for|no later than|not later than|pre)\s+"
                            r"(?:the|a|an|his|her|their|our|my|[^\W\d_][\w-]*['’]s)\s+[\w'’ -]{1,60}?(?:,\s*|\s+)"
                            r"(?:(?:likely|probably|expected|listed|booked|set|due|planned|now)\s+)?(?:(?:on|for)\s+)?"
                            + _DAY_AND_MONTH, re.I)


@functools.cache
def _timescale() -> re.Pattern:
    structure = data("structure")
    said = [*structure["timescales"], *structure["event_timescales"], *structure["occasion_timescales"]]
    return re.compile("|".join(f"(?:{p})" for p in said), re.I)


def action_form_words(sentence: str) -> set[str]:
    """The words in which a record hands out an action ("took on the task to", "has taken the
    lead on", "offered to", "the job falls to"; accuracy.yaml `action_forms`), or says a job ("has
    worked as the groundsman", `job_forms`): who does what is the claim, these words are its form."""
    return {w for match in _action_forms().finditer(sentence) for w in T.words(match.group())}


@functools.cache
def _action_forms() -> re.Pattern:
    forms = data("accuracy")["unsupported"]
    return re.compile(r"\b(?:" + "|".join([*forms["action_forms"], *forms["job_forms"]]) + r")\b", re.I)


def known(stem: str, note_stems: set[str]) -> bool:
    """A stem the notes use, or one half of a compound the notes use ("bed" in "bedtime")."""
    if stem in note_stems:
        return True
    return len(stem) >= 3 and any(len(n) >= 3 and abs(len(n) - len(stem)) >= 3
                                  and (n.startswith(stem) or stem.startswith(n)) and n not in _CALENDAR
                                  for n in note_stems)


# Day and month names are no compounds: "wed(ding)" is not half of "Wednesday", nor "sat(in)" of "Saturday"
_CALENDAR = frozenset(T.stem(w) for w in "monday tuesday wednesday thursday friday saturday sunday january february "
                      "march april june july august september october november december".split())


def names(sentence: str) -> set[str]:
    """Capitalised words after the first word of a sentence, lower-cased: names of people and
    places. Languages, faiths and the courses named after them ("learn Arabic", "an English
    class", "goes to the Polish Saturday school"; words.yaml `languages`) are what someone does,
    not who they are: they are no name."""
    tokens = re.findall(r"[^\W\d_][\w'’-]*", sentence)
    languages = _languages()
    return {part for w in tokens[1:] if w[0].isupper() and not w.isupper() and w.lower() not in languages
            for part in re.split(r"[-'’]", w.lower()) if part}


@functools.cache
def _stopwords() -> frozenset[str]:
    return wordlist("words", "stopwords")


@functools.cache
def _languages() -> frozenset[str]:
    return wordlist("words", "languages")


def content_words(text: str) -> list[tuple[str, str]]:
    """(word, stem) for each distinct content word of a text, in order."""
    stop = _stopwords()
    pairs = {T.stem(w): w for w in reversed(T.words(text)) if w not in stop and len(w) > 1}
    return [(w, s) for s, w in reversed(pairs.items())]


_DETERMINERS = frozenset("a an the his her their my our your its some this these those another any each every".split())


def things(sentence: str, novel: tuple[str, ...] | list[str]) -> list[str]:
    """The words of `novel` (a sentence's words the notes never use) that name a thing: words of
    a noun phrase that a determiner or a possessive opens, with only new words or names between
    ("goes to a youth club", "booked in with the physiotherapist", "Mum's savings account", "a
    new bunk bed", "a Saturday drama school"; not "comes" in "Ali's case comes back"). A new
    activity, object, place or person is a claim of its own however close the sentence's topic
    is to the notes; a new verb or adverb is more often the record's way of saying the notes'
    own thing ("picks him up" for "collects")."""
    new = set(novel)
    if not new:
        return []
    tokens = re.findall(r"[^\W\d_][\w'’-]*", sentence)
    lower = [w.lower() for w in tokens]
    found = []
    for i, token in enumerate(lower):
        if token not in new:
            continue
        for j in range(i - 1, max(-1, i - 4), -1):
            before = lower[j]
            if before in _DETERMINERS or before.endswith(("'s", "’s")):
                found.append(token)
                break
            if before not in new and not (j and tokens[j][0].isupper()):
                break
    return list(dict.fromkeys(found))


def short_words(notes: str, shortest: int, longest: int) -> frozenset[str]:
    """The notes' short words (`shortest` to `longest` letters, not stop words) that may shorten a
    longer one ("ll", "sch", "appt")."""
    stop = wordlist("words", "stopwords")
    found = re.findall(rf"(?<![\w'’])[a-z]{{{shortest},{longest}}}(?![\w'’])", notes.lower())
    return frozenset(w for w in found if w not in stop)


def shortens(short: str, word: str, head: int = 1) -> bool:
    """`short` can stand for `word`: the same first `head` letters, and the rest of its letters in
    order ("ll", "sch", "bhvr"; with head=2, "appt", "dna")."""
    if len(short) >= len(word) or short[:head] != word[:head]:
        return False
    rest = iter(word[head:])
    return all(c in rest for c in short[head:])
