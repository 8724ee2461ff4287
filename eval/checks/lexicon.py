"""The lexicon half of the language checks: where a record uses a word of data/language.yaml
(`stigmatising`, `jargon`, and `labels` said of a person), and how the context (a quotation,
reported speech, a negation) lowers the finding."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from eval.checks import text as T
from eval.checks.base import Finding, Material, data, finding, wordlist
from eval.checks.openings import Scanner

# "described him as", "said she was": the words after it are someone else's, reported.
REPORTED = re.compile(
    r"\b(?:described|called|labelled|referred to|calls|describes)\s+(?:\w+\s+){0,2}(?:as\s+)?(?:being\s+)?$"
    r"|\b(?:said|says|feels|felt|thinks|thought|told me|worries|worried)\s+(?:that\s+)?(?:\w+\s+){1,3}"
    r"(?:is|was|were|are|had been|has been|can be|could be)\s+(?:being\s+)?(?:very\s+|quite\s+|really\s+|a bit\s+)?$",
    re.I)
# "Dad said Mum came to the door drunk": everything after a verb of saying, in the same sentence,
# is the speaker's account (the lexicon check still flags it when the notes lack the word).
_SAID = re.compile(r"\b(?:said|says|told (?:me|us|her|him|them|the \w+)|reported|reports|alleged|alleges|claimed|claims|"
                   r"disclosed|discloses|explained|explains|shared that|described how|recalled|recalls)\s+"
                   r"(?:that\s+)?[^.;:!?\"“”\n]{0,80}$", re.I)
# "the stay with his uncle | was ...": a person after a preposition is not what the sentence is about.
OBJECT_OF = re.compile(r"\b(?:with|to|of|for|from|at|by|about|between|towards?|without|like|than|near|beside|after|before|"
                       r"around|round|into|onto|alongside|behind)\s+(?:(?:his|her|their|the|my|our|its|your|this|that|a|an)\s+)?"
                       r"(?:[\w'’-]+\s+(?:and|&)\s+(?:(?:his|her|their|the|my|our)\s+)?)?$", re.I)  # "with Mum and | Dad"
# "was a princess in the nativity", "played a witch in the school play": a part played, not a label.
ROLE = re.compile(r"\s+(?:in|at|for)\s+(?:the|a|an|her|his|their)\s+(?:[\w'’-]+\s+){0,2}?(?:nativity|play|panto|pantomime|"
                  r"show|production|musical|film|parade|performance|assembly|concert|dress[- ]up|fancy[- ]dress)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no longer|n't)\s+(?:\w+\s+)?(?:being\s+)?$", re.I)


@dataclass(frozen=True)
class Term:
    """One entry of a lexicon: where it matches, why it is a problem, and what to write instead."""

    pattern: re.Pattern
    why: str
    instead: str
    of_people: bool = False  # a judgement of how a person looks, which of a thing describes it


def lexicon_findings(material: Material, kind: str, check_id: str) -> Iterator[Finding]:
    """The findings of one lexicon of data/language.yaml (`stigmatising` or `jargon`) in the
    record, one per place (the first entry that matches it), each lowered by its context.

    Args:
        material: the record (and notes) under review.
        kind: the lexicon's key in data/language.yaml.
        check_id: the check the findings belong to.
    """
    record = material.record
    inside = T.quoted(record)
    seen: set[tuple[int, int]] = set()
    for span, term in _matches(record, kind):
        if (any(s < span[1] and span[0] < e for s, e in seen) or _surname(record, span[0]) or _a_name(record, span)
                or _a_service(record, span) or ROLE.match(record, span[1])):
            continue
        seen.add(span)
        said = record[span[0]:span[1]]
        severity, whose = _context(record, span, inside, material.notes)
        if term.of_people and severity is None and _of_a_thing(record, span):
            severity, whose = "low", " (said of a thing, it describes what was seen)"
        yield finding(check_id, f"{said!r}: {term.why}{whose}.", span=span, evidence=said,
                      suggestion=f"Instead: {term.instead}.", severity=severity)


def _a_service(record: str, span: tuple[int, int]) -> bool:
    """Whether the words matched begin the name of a service or place ("the young offender |
    institution", "the Teen Mums | project"): the next word is one of data/language.yaml
    `label_services`."""
    after = re.match(r"\s+([\w'’-]+)", record[span[1]:span[1] + 40])
    return bool(after) and after.group(1).lower() in label_when("services")


_TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|prof|pc|dc|sgt|cllr)\.?[ \t]+$", re.I)


def _surname(record: str, at: int) -> bool:
    """Whether a word of the lexicon is a name after a title ("Mr Stoner", "Mrs Savage", "Dr Moody")
    or after the first name of someone the record names ("Clemencia Popo - child in need review"); or,
    capitalised, is the family's surname the record gives that way elsewhere ("Mum (Eudora Popo)" in a
    record about "Clemencia Popo")."""
    if not record[at:at + 1].isupper():
        return False
    word = re.match(r"[\w'’-]+", record[at:])
    others = [m.start() for m in re.finditer(rf"(?<![\w'’-]){re.escape(word.group())}(?![\w'’-])", record)] if word else []
    if any(_TITLE.search(record, max(0, other - 8), other) for other in others):
        return True
    firsts = [m.group(1).lower() for other in others if (m := _FIRST_NAME.search(record[max(0, other - 40):other]))]
    if not firsts:
        return False
    from eval.checks.people import people_in

    people = people_in(record)  # once, not once per mention
    return any(first in people for first in firsts)


_FIRST_NAME = re.compile(r"\b([A-Z][a-z'’-]+)[ \t]+$")


def _a_name(record: str, span: tuple[int, int]) -> bool:
    """Whether a word of the lexicon, capitalised, is someone's name in this record ("Snowflake said
    ...", "Snowflake (15)", "saw Snowflake"): a name the record ties to a person (`people.people_in`)."""
    from eval.checks.people import people_in

    word = record[span[0]:span[1]]
    return word[:1].isupper() and word[1:].islower() and word.lower() in people_in(record)


def _matches(record: str, kind: str) -> Iterator[tuple[tuple[int, int], Term]]:
    """Where the record uses a term of the lexicon: anywhere for a term, and for a word that is a
    label only of a person (`labels`), after "is/was/seems ..." with a person as subject or
    right before a person word."""
    # Matched on a lower-cased copy without re.I (half the time), each term tried only at the
    # words where it can begin (openings.Scanner); a text whose lower case changes length ("İ")
    # is matched as it is.
    lower = record.lower()
    if len(lower) == len(record):
        terms = _terms(kind)
        for number, match in _scanner(kind).finditer(lower):
            yield match.span(), terms[number]
    else:
        for term in _terms(kind):
            for match in term.pattern.finditer(record):
                yield match.span(), term
    if kind != "stigmatising":
        return
    said_of, before, entries = _labels()
    for match in said_of.finditer(record):
        # "paid by Dad, a waster.": an apposition is said of its person, even one after a preposition.
        if a_person(match.group("subject")) and (match.group("apposed") or not an_object(record, match.start("subject"))):
            yield match.span("term"), _label_term(match.group("term"), entries)
    for match in before.finditer(record):
        yield match.span("term"), _label_term(match.group("term"), entries)


def an_object(record: str, at: int) -> bool:
    """Whether the word at `at` is the object of a preposition ("time with | Dad was hard"): the
    sentence's subject is something else."""
    return bool(OBJECT_OF.search(record, max(0, at - 30), at))


def a_person(word: str) -> bool:
    """Whether the subject of "... is weak" is a person: a pronoun, a family or role word, or a
    name (a capitalised word that is not a common word)."""
    lower = word.lower().replace("’", "'")
    if lower in label_when("subjects") or re.sub(r"'s$", "", lower) in label_when("subjects"):
        return True
    common = wordlist("words", "stopwords") | wordlist("words", "glue") | wordlist("voice", "not_speakers")
    return word[:1].isupper() and lower not in common and re.sub(r"'s$", "", lower) not in common


def _of_a_thing(record: str, span: tuple[int, int]) -> bool:
    """Whether a word of how someone looks is said of a thing: before it ("unwashed (school)
    clothes") or as the subject it is said of ("the bottles (in the sink) were unclean")."""
    after, before = _things()
    ahead = after.match(record, span[1])
    if ahead and not set(ahead.group(1).lower().split()) & _function_words():
        return True
    behind = before.search(record, max(0, span[0] - 60), span[0])
    return bool(behind)


@functools.cache
def _things() -> tuple[re.Pattern, re.Pattern]:
    things = alternation(label_when("things"))
    copulas, more = alternation(label_when("copulas")), alternation(label_when("intensifiers"))
    return (re.compile(rf"[ \t]+((?:[\w'’-]+[ \t]+){{0,2}}?)(?:{things})\b", re.I),
            re.compile(rf"\b(?:{things})(?:[ \t]+(?:in|on|by|at|of|and)[ \t]+(?:the[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?[\w'’-]+)?"
                       rf"[ \t]+(?:(?:{copulas}|looked|looks|look|smelled|smelt)[ \t]+)?(?:(?:{more})[ \t]+)*$", re.I))


@functools.cache
def _function_words() -> frozenset[str]:
    """Words that end a noun phrase: "grubby in his uniform" says it of the child, not the uniform."""
    return wordlist("words", "stopwords") | wordlist("words", "glue")


def _context(record: str, span: tuple[int, int], inside: list[tuple[int, int]],
             notes: str | None) -> tuple[str | None, str]:
    """Lower the severity when the word is quoted, reported (as the notes have it) or negated,
    and say why."""
    if any(s <= span[0] and span[1] <= e for s, e in inside):
        return "info", " (in a quotation: someone else's words)"
    before = record[max(0, span[0] - 80): span[0]]
    if _NEGATED.search(before):
        return "low", " (negated)"
    if REPORTED.search(before) or _SAID.search(before):
        if notes and record[span[0]:span[1]].lower() not in notes.lower():
            return None, " (reported as someone's view, but the notes do not have this word)"
        return "low", " (reported as someone else's view)"
    return None, ""


@functools.cache
def label_when(key: str) -> frozenset[str]:
    """A word list of data/language.yaml `label_<key>` (subjects, persons, copulas,
    intensifiers), lower-cased."""
    return frozenset(w.lower() for w in data("language")[f"label_{key}"])


def alternation(words: frozenset[str]) -> str:
    """A regular-expression alternation of the words, longest first, any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _label_term(said: str, entries: tuple[Term, ...]) -> Term:
    """The entry of `labels` whose words these are (the first, as the scan prefers it)."""
    return next((term for term in entries if term.pattern.fullmatch(said)), entries[0])


@functools.cache
def _labels() -> tuple[re.Pattern, re.Pattern, tuple[Term, ...]]:
    """One scan for every word of `labels` said of a person, one for it before a person word, and
    each entry (its words as `pattern`, to tell which entry a match is). One pattern for all the
    entries, not one each: the subject-and-copula part is the costly part of the scan."""
    copulas, more = alternation(label_when("copulas")), alternation(label_when("intensifiers"))
    persons = alternation(label_when("persons"))
    table = data("language")["labels"]
    words = "|".join(f"(?:{spaced(_intensified(entry['term']))})" for entry in table)
    # "Mum is (very) needy", "Mum, who is needy", and "Mum, a liar, said".
    said_of = re.compile(rf"(?P<subject>[^\W\d_][\w'’-]*)(?:(?:,?\s+who)?\s+(?:{copulas})|(?P<apposed>,)(?=\s+an?\s))\s+(?:(?:{more})\s+)*"
                         rf"(?P<term>\b(?:{words}))\b(?![-'’])", re.I)
    # "a needy mum", and "a hoarder of a mum" (the noun before "of a" is what the person is called).
    before = re.compile(rf"(?<![\w-])(?P<term>(?:{words}))\s+(?:of\s+an?\s+)?(?:{persons})\b", re.I)
    entries = tuple(Term(re.compile(rf"(?:{spaced(_intensified(e['term']))})", re.I), e["why"], e["instead"]) for e in table)
    return said_of, before, entries


@functools.cache
def _lower_terms(kind: str) -> tuple[re.Pattern, ...]:
    """Each term's pattern for lower-case text: its letters lower-cased (not an escape's: "\\W"),
    compiled without re.I."""
    def lower(pattern: str) -> str:
        return re.sub(r"\\.|[A-Z]", lambda m: m.group() if m.group()[0] == "\\" else m.group().lower(), pattern)
    return tuple(re.compile(lower(term.pattern.pattern)) for term in _terms(kind))


@functools.cache
def _scanner(kind: str) -> Scanner:
    return Scanner(_lower_terms(kind))


@functools.cache
def _terms(kind: str) -> tuple[Term, ...]:
    terms = []
    for entry in data("language")[kind]:
        pattern = entry.get("only_when") or entry["term"]
        terms.append(Term(re.compile(rf"\b(?:{spaced(_intensified(pattern))})\b", re.I), entry["why"], entry["instead"],
                          entry.get("of_people", False)))
    return tuple(terms)


# Words that may stand between the article and a noun label without changing it: "a right little
# manipulator", "a real moaner", "a proper little madam" are "a manipulator", "a moaner", "a madam".
_BEFORE_NOUN = r"(?:(?:right|real|proper|total|complete|utter|absolute|little|regular) )*"


def _intensified(pattern: str) -> str:
    """A lexicon pattern whose outer alternatives that start with an article ("a moaner") also match
    with intensifiers after it ("a right little moaner")."""
    return "|".join(re.sub(r"^(an?) (?!\(|\[)", rf"\1 {_BEFORE_NOUN}", alt) for alt in top_level(pattern))


def spaced(pattern: str) -> str:
    """A lexicon pattern whose words may be joined either way: a literal space (outside a character
    class) also matches a hyphen ("hand to mouth family" finds "hand-to-mouth family"), and an
    optional hyphen ("piss-?artist") also a space. A hyphen the pattern requires stays a hyphen
    ("no-show" is not "no show"), and inside a lookbehind one character stays one (its width
    must be fixed)."""
    out, in_class, groups, i = [], False, [], 0
    while i < len(pattern):
        char, after = pattern[i], pattern[i + 1:i + 2]
        if char == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            groups.append(pattern[i:i + 4] in ("(?<=", "(?<!"))
        elif char == ")" and groups:
            groups.pop()
        elif char == " " or (char == "-" and after == "?" and not any(groups)):
            char = r"[-\s]"
        out.append(char)
        i += 1
    return "".join(out)


def top_level(pattern: str) -> list[str]:
    """The alternatives of a regular expression at its outer level: a bar inside a group or a
    character class ("[|]"), or an escaped bracket or bar ("\\(", "\\|"), parts nothing."""
    out, depth, begin, in_class, i = [], 0, 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            out.append(pattern[begin:i])
            begin = i + 1
        i += 1
    return [*out, pattern[begin:]]
