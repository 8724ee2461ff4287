"""Risk terms in a text: which kinds of safeguarding content it mentions (risk.yaml), where, and
whether the text denies them. Each kind's terms are one alternation over a lower-cased copy of the
text, run only when a word of the text begins the way one of the kind's terms can begin."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from eval.checks import text as T
from eval.checks.align import content
from eval.checks.base import data
from eval.checks.clauses import cue_count, negated, polarity
from eval.checks.openings import Scanner
from eval.checks.scope import scoped

def risk_kinds(text: str, skip_negated: bool = False) -> dict[str, str]:
    """The kinds of safeguarding content a text mentions, each with the first term found."""
    found: dict[str, str] = {}
    for m in mentions(text):
        if m.kind not in found and not (skip_negated and m.denied):
            found[m.kind] = m.term
    return found


class Mention(NamedTuple):
    """A risk term in a text: its kind, where it is, its words as written, whether the text denies it."""

    kind: str
    start: int
    end: int
    term: str
    denied: bool


@functools.lru_cache(maxsize=T.TEXTS)
def mentions(text: str) -> tuple[Mention, ...]:
    """Every risk term in a text, by kind in risk.yaml order. The terms are matched on a
    lower-cased copy of the text (much faster than re.I on these long alternations), each kind's
    alternation tried only at the words where one of its terms can begin (`openings.Scanner`), the
    words taken from the text itself, a curly apostrophe read as a straight one; a text whose
    lower case changes its length ("İ") is matched as it is. A term after a title is a name ("Ms Dealer")."""
    lower = text.lower().replace("’", "'")  # "didn’t" as "didn't" (the same length)
    if len(lower) == len(text):
        kinds = list(_risk_patterns())
        found = ((kinds[number], match) for number, match in _scanner().finditer(lower))
    else:
        found = ((kind, match) for kind, pattern in _risk_patterns(False).items() for match in pattern.finditer(text))
    return tuple(Mention(kind, m.start(), m.end(), text[m.start():m.end()], _negated(text, m.start(), m.end()))
                 for kind, m in found if not _TITLED.search(text, max(0, m.start() - 6), m.start())
                 and not _said_of_a_thing(kind, lower, m.start()))


def _said_of_a_thing(kind: str, lower: str, start: int) -> bool:
    """A term whose kind says it is not itself after the words before it (risk.yaml `not_after`):
    "the health visitor's report is missing", "her passport has gone missing" tell of a thing
    lost, not of a child gone."""
    pattern = _not_after().get(kind)
    return bool(pattern and pattern.search(lower, max(0, start - 40), start))


@functools.cache
def _not_after() -> dict[str, re.Pattern]:
    return {kind: re.compile(rf"\b(?:{entry['not_after']})\s+$") for kind, entry in data("risk").items()
            if entry.get("not_after")}


# A term after a title is a surname: "Ms Dealer (team manager)", "Mr Burns", "Dr Cutting"
_TITLED = re.compile(r"(?<![\w'])(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+$", re.I)


@functools.cache
def _scanner() -> Scanner:
    terms = {kind: [t.replace("A-Z", "a-z") for t in entry.get("terms") or []] for kind, entry in data("risk").items()}
    return Scanner(list(_risk_patterns().values()), parts=[terms[kind] for kind in _risk_patterns()])


@functools.cache
def _risk_patterns(folded: bool = True) -> dict[str, re.Pattern]:
    """Each kind's terms as one pattern: for lower-cased text (`folded`), or any case."""
    out = {}
    for kind, entry in data("risk").items():
        terms = [t.replace("A-Z", "a-z") for t in entry.get("terms") or []]
        capitals = [t for t in terms if re.search("[A-Z]", re.sub(r"\\.", "", t))]
        if capitals:
            raise ValueError(f"risk.yaml: {kind} terms are matched on lower-cased text; "
                             f"write these in lower case: {', '.join(capitals)}")
        if terms:
            out[kind] = re.compile(r"\b(?:" + "|".join(terms) + r")\b", 0 if folded else re.I)
    return out


# Where a negation's reach ends before a risk term: a new line of notes, or a new predicate
# after "and"/"then" ("did not return from school and was reported missing").
_NEW_CLAUSE = re.compile(r"\n|\b(?:and|then|so)\s+(?=(?:was|were|is|are|has|have|had|later|now|she|he|they|it|i|we)\b)",
                         re.I)
# A negation of an account of the term, not of the term: "nobody has explained the mark", "no
# explanation for the bruise", "mum could not say how he got the burn", "no one knows why she was
# hurt", "was told not to tell the doctor how she hurt her arm"
_ACCOUNTED = re.compile(r"\b(?:explain(?:s|ed|ing)?|explanations?|account(?:s|ed)? for|accounts? (?:of|for)|"
                        r"(?:say|says|said|tell|tells|told|know|knows|knew|sure|idea|clear) (?:\w+ ){0,2}?(?:how|why|where|when|what caused))\b", re.I)
# ... and where a clause ends before a term: a stop, "but", a reason given after "because"
# ("Dad must not come within a mile because of bail conditions": the bail conditions are not
# denied), or an event the clause is dated or set against ("nowt from him since the non-mol",
# "not seen him despite the injunction": the order was made)
_PUNCTUATION = re.compile(r"[.;:,!?]|\b(?:but|because|since|despite)\b", re.I)
# A negation of going to a meeting, not of the meeting: "nobody from housing came to the MARAC",
# "dad did not attend the MARAC" (it was held)
_ATTENDING = re.compile(r"\b(?:came|come|comes|attend(?:s|ed)?|went|go|goes|gone|invited|represented|turned up|showed up|"
                        r"present|there|join(?:s|ed)?)\s+(?:to |at |in )?(?:the |a |an |this |that |today's |last |next )?$", re.I)
_MEETING = re.compile(r"marac|mappa|(?:\w+ )*(?:meeting|conference|panel|hearing)$", re.I)
# ... and a test of it that came back clear: "drug tests have been clear", "alcohol screen negative"
_FREE_AFTER = re.compile(r"[-‐‑]free\b| free\b(?=\s*(?:since|for|now|and|or|zone|home|house|[,.;)]|$))"
                         r"|\s+(?:tests?|testing|screens?|screening|results?|swabs?|samples?)\s+(?:(?:have|has|had|are|is|was|were|been|all|"
                         r"came|come|comes|back|both|now|always|still|consistently|remained|stayed)\s+){0,4}(?:clear|negative|clean)\b", re.I)
# "free of cocaine", "tested negative for cannabis", "clear of alcohol", "clean from heroin": a test
# result or a state that says the substance or harm is absent
# ... and a state of doing without it: "stayed off alcohol", "came off the methadone", "kept off drugs"
_FREE_BEFORE = re.compile(r"(?:\b(?:free|clear|clean|negative) (?:of|from|for) (?:any |all |both )?|\b(?:non|anti)[-‐‑ ]?"
                          r"|\b(?:stay|stays|stayed|staying|kept|keeps|keep|keeping|come|comes|came|coming|been|gone|went) off (?:the |all |her |his |their )?)$",
                          re.I)


def _negated(text: str, start: int, end: int) -> bool:
    """A risk term the text denies: a negative clause leads up to it ("no marks or bruises"), or
    a negation governs its words ("no one hurts her and she has not seen fighting", where the
    two cues of the clause would cancel out). Only a cue before the term counts ("grabbed her
    by the throat when she would not stop crying" is no denial), and only in its own clause. A
    compound that says it is absent denies it too: "alcohol-free", "smoke free", "free from
    drugs", "non-violent"; and a test result that does ("negative for cocaine", "clear of alcohol")."""
    if _FREE_AFTER.match(text, end) or _FREE_BEFORE.search(text, 0, start):
        return True
    begin = max((m.end() for m in _NEW_CLAUSE.finditer(text, 0, start)), default=0)
    lead = _PUNCTUATION.split(text[begin:start])[-1]
    if _ACCOUNTED.search(lead):
        return False  # "nobody has explained the mark": the account is missing, not the mark
    if _ATTENDING.search(lead) and _MEETING.fullmatch(text[start:end]):
        return False  # "nobody came to the MARAC": it was held
    if _denies(lead):
        return True
    if _anchored(text[begin:start]):
        return False  # "nowt from him since the non-mol": what the clause is dated from happened
    term = text[start:end]
    if polarity(term) < 0:
        return False  # the term says it itself: "no food", "not taken to the doctor"
    stems = set(content(term))
    return bool(stems) and stems <= negated(text[begin:end])


def _anchored(before: str) -> bool:
    """The words before a term end their clause at "since" or "despite": the term is the event
    the clause is dated from or set against, which happened."""
    last = None
    for last in _PUNCTUATION.finditer(before):
        pass
    return bool(last) and last.group().lower() in ("since", "despite")


def _denies(clause: str) -> bool:
    """A clause that denies what follows it: an odd number of negation cues, not counting words
    that are a negative only of themselves ("empty lager cans", "unexplained bruising", "absent
    and drunk": polarity.yaml `scope.itself`)."""
    blank = lambda m: " " * len(m.group())  # noqa: E731
    return cue_count(_halts().sub(blank, _itself().sub(blank, clause.lower()))) % 2 == 1


@functools.cache
def _halts() -> re.Pattern:
    """Cue words that halt rather than deny ("stopped by police carrying a machete"; accuracy.yaml
    `invented_risk.not_denials`)."""
    return re.compile(r"\b(?:" + "|".join(data("accuracy")["invented_risk"]["not_denials"]) + r")\b")


@functools.cache
def _itself() -> re.Pattern:
    return re.compile(rf"(?<![\w'])(?:{scoped('itself').pattern})(?![\w'])")
