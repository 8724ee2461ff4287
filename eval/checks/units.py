"""Clauses of record sentences and units of note lines, for the negation check (clauses.py).

A record sentence is compared clause by clause; a note line by its clauses, each pair of adjacent
clauses and the whole line (notes are terse: "alarm hanging off, no battery" is one claim).
Clauses are split at punctuation, dashes and the conjunctions of data/polarity.yaml.
"""

from __future__ import annotations

import functools
import re

from eval.checks import text as T
from eval.checks.base import data, wordlist
from eval.checks.scope import ROLES, breaks, cue_count, cues, scoped

__all__ = ["clauses", "directive", "fragment", "goal", "note_units", "only_cue", "sign", "spans", "spoken", "todo", "unquoted"]


def clauses(text: str) -> list[str]:
    """The clauses of a text: split at punctuation, dashes and the conjunctions of polarity.yaml.
    A text of one clause is returned whole (its embedding is then already cached)."""
    parts = [text[s:e] for s, e in spans(text)]
    return [text.strip()] if len(parts) == 1 else parts


@functools.lru_cache(maxsize=T.TEXTS)
def spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each clause of a text, without the spaces around it."""
    out, begin = [], 0
    for cut in [*(c for c in breaks().finditer(text) if not _joins_people(text, c)), None]:
        end = cut.start() if cut else len(text)
        piece = text[begin:end]
        if _WORDY.search(piece):
            lead = len(piece) - len(piece.lstrip())
            out.append((begin + lead, begin + len(piece.rstrip())))
        begin = cut.end() if cut else end
    return tuple(out)


@functools.lru_cache(maxsize=T.TEXTS)
def spoken(text: str) -> tuple[str, ...]:
    """Each clause of a text as it is embedded: a clause whose subject is elided ("Mum said
    Kai was poorly but | went to school on Monday", "Dad used again in May and | has used
    since") with the subject of the clause before it ("Kai went to school on Monday"). A
    subject is a person, a name or a pronoun before a verb; the embedding model reads a bare
    verb phrase as about nothing in particular, and a flipped claim looks far from its note."""
    parts, out, subject = clauses(text), [], None
    for part in parts:
        if subject and _ELIDED.match(part):
            out.append(f"{subject} {part}")
        else:
            out.append(part)
            # (in a text in capitals, capitals say nothing about names: pronouns and roles only)
            subjects, leading = (_KIN_SUBJECT, None) if text.isupper() else (_SUBJECT, _LEAD_SUBJECT)
            found = [m.group(1) for m in subjects.finditer(part) if _a_subject(m.group(1))]
            lead = leading.match(part) if leading else None
            subject = found[-1] if found else (lead.group(1) if lead and _a_subject(lead.group(1)) else None)
    return tuple(out)


def _a_subject(words: str) -> bool:
    """Whether words found before a verb can be its subject: not "In May", "The", "Monday"."""
    first = words.split()[0].lower()
    return first in ("i", "he", "she", "they", "we") or (first not in wordlist("words", "stopwords") and first not in _DATES)


def _joins_people(text: str, cut: re.Match) -> bool:
    """Whether a break is the "and" of "Mum and Dad", "Kofi and his sister", "cuts and bruises":
    one clause."""
    if cut.group().lower() not in ("and", "+"):
        return False
    # "did not do the wishes and feelings cards": a fixed pair names one thing
    if any(m.start() < cut.start() and cut.end() <= m.end() for m in _binomials().finditer(text)):
        return True
    if cut.group() == "+":
        return False
    # "Both the school and the health visitor think ...": "both ... and" joins two subjects.
    if _BOTH.search(text, 0, cut.start()):
        return True
    # "free of marks and bruises", "tired and hungry": "and" joins two words, not two clauses.
    # "without heating and hot water", "no food and nappies": a cue of the next words ("no",
    # "without", "lack of") governs the nouns "and" joins, as long as no new clause starts.
    if _PHRASE_CUE.search(text, 0, cut.start()) and (nxt := _NEXT_WORD.match(text[cut.end():])) \
            and nxt.group(1).lower() not in wordlist("words", "stopwords") and not _a_person(nxt.group(1)):
        return True
    rest = breaks().search(text, cut.end())
    if len(T.words(text[cut.end():rest.start() if rest else len(text)])) <= 1:
        return True
    before = _LAST_WORD.search(text[:cut.start()])
    after = _NEXT_WORD.match(text[cut.end():])
    return bool(before and after) and all(_a_person(m.group(1)) for m in (before, after))


def _a_person(word: str) -> bool:
    lower = word.lower()
    # ("Kofi and I", "Mum and me": the worker is one of a pair of subjects too)
    return (lower in ROLES or lower in _KIN or word in ("I", "me")
            or (word[0].isupper() and lower not in wordlist("words", "stopwords")))


def fragment(clause: str, joined: bool = False) -> bool:
    """Whether a clause has no verb of its own, only what qualifies the clause beside it: an
    adjunct of time or occasion ("for the third week running", "On both visits", "again this
    term") or, `joined` by "and"/"or" to what follows, the first half of a subject ("The front
    door | and the windows cannot be locked"). It claims nothing to compare."""
    if cue_count(clause) or _VERB.search(clause):
        return False
    return bool(_ADJUNCT.match(clause)) or (joined and bool(_NOUN_PHRASE.fullmatch(clause.strip())))


def unquoted(text: str) -> str:
    """A text without the words inside its quotation marks (a quote is checked as a quote). A
    quote in doubled single marks (‘‘I put it on the app’’, ''like this'') is read as one in double
    marks; one that only closes ("... nobody told me.’’ Mum has started") ends a quote begun
    before the text."""
    closed = _DOUBLED_CLOSE.search(text)
    text = _DOUBLED_OPEN.sub(" “", _DOUBLED_CLOSE.sub("” ", text))
    if closed and "“" not in text[:closed.start()]:
        text = text[closed.end():]
    for start, end in reversed(T.quoted(text)):
        text = text[:start] + text[end:]
    return text


# doubled single marks (same length as what replaces them, so offsets hold)
_DOUBLED_OPEN = re.compile(r"‘‘|(?<![\w'])''(?=\w)")
_DOUBLED_CLOSE = re.compile(r"’’|(?<=[\w.!?,])''(?![\w'])")


@functools.lru_cache(maxsize=T.TEXTS)
def note_units(line: str) -> tuple[str, ...]:
    """A note line's clauses, each pair of adjacent clauses ("alarm hanging off, no battery" is
    one claim), and the whole line: notes are terse, a record spells a claim out."""
    merged = _merged(line)
    if len(merged) <= 2:
        units = [line.strip(), *(line[s:e] for s, e in merged)] if len(merged) == 2 else [line.strip()]
    else:
        pairs = [line[a[0]:b[1]] for a, b in zip(merged, merged[1:], strict=False)]
        units = list(dict.fromkeys([*(line[s:e] for s, e in merged), *pairs, line.strip()]))
    # A question asks, it claims nothing: "Has mum been to the house?", "[plan still needed?]"
    return tuple(u for u in units if not _QUESTION_END.sub("", u).endswith("?"))


def _merged(line: str) -> list[tuple[int, int]]:
    """A line's clause spans, a clause that is only a count of none ("- zero", "- none") joined
    to the one before it: "late marks this half term - zero", "housing decision - not yet" are
    one claim ("chickenpox last month, all cleared up" is two)."""
    out: list[tuple[int, int]] = []
    for s, e in spans(line):
        piece = line[s:e]
        if out and only_cue(piece) and _NONE.fullmatch(cues().search(piece.lower()).group()):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


@functools.lru_cache(maxsize=T.TEXTS)
def only_cue(piece: str) -> bool:
    """Whether a clause is only one cue that denies what comes before it ("none", "- nil",
    "zero"), with no word of its own besides stop words: "Yurley says she forgot" and "nothing
    outstanding" are clauses of their own."""
    lower = piece.lower().replace("’", "'")
    found = cues().findall(lower)
    stop = wordlist("words", "stopwords")
    return (len(found) == 1 and bool(scoped("before").fullmatch(found[0]))
            and not [w for w in T.words(cues().sub(" ", lower)) if w not in stop])


@functools.lru_cache(maxsize=T.TEXTS)
def sign(unit: str) -> int | None:
    """-1 when a note unit's clauses with cues all say the negative, 1 when all say the positive,
    0 when it has no cue, None when its clauses differ. Clause by clause, not by the parity of
    all its cues: "no exclusions + no isolation" is two negatives, not a double one."""
    counts: list[int] = []
    for s, e in spans(unit):
        n = cue_count(unit[s:e])
        if counts and n and only_cue(unit[s:e]):
            counts[-1] += n  # "unauthorised absence this term - none": "none" ends the clause before
        elif n:
            counts.append(n)
    if not counts:
        return -1 if cue_count(unit) % 2 else (1 if cue_count(unit) else 0)
    odd = {n % 2 for n in counts}
    return None if len(odd) > 1 else (-1 if odd == {1} else 1)


def directive(unit: str) -> bool:
    """Whether a note unit says what is to be done ("mum to sign", "will call", "agreed: ..."),
    polarity.yaml `directives`, not what is so."""
    return bool(_directives().search(unit))


def todo(line: str) -> bool:
    """Whether a note line is headed as a task: "me to: ...", "SW to - ...", "next steps: ..."."""
    return bool(_TODO.match(line))


def goal(unit: str) -> bool:
    """Whether a note unit only names a goal or an aim, with nothing about how it stands: "goal:
    bedroom for Meron", "outcome - Kai in school every day". It claims no fact, so a record that
    says the goal is not met yet contradicts nothing ("goal: school every day - met" has a status)."""
    return bool(_GOAL.match(unit)) and not cue_count(unit) and not _STATUS.search(unit)


_WORDY = re.compile(r"\w")
_AUX = (r"(?:is|are|was|were|am|be|been|has|have|had|did|does|do|can|could|will|would|should|may|might|must|"
        r"isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|didn't|doesn't|don't|can't|couldn't|won't|wouldn't|"
        r"went|came|got|said|told|saw|made|took|gave|kept|left|ate|slept|spoke|sat|ran|felt|found|brought|"
        r"bought|began|became|knew|thought|met|heard|lost|paid|sent|spent|stood|woke|wrote|drove|fell|forgot|hid|held|rang)")
_VERB = re.compile(rf"(?<![\w'’])(?i:{_AUX}|[a-z]{{2,}}ed|[a-z]+n[’']t)(?![\w'’])")
_ADJUNCT = re.compile(r"^\W*(?i:for|on|in|at|during|over|across|throughout|by|every|each|again|once|twice|all|both|"
                      r"this|last|since|from|until|till|"
                      # ... or of reason, what is left of "because of", "in spite of", "due to": "[because] | of her licence conditions"
                      r"of|under|due to|owing to|thanks to)\b")
_NOUN_PHRASE = re.compile(r"\W*(?i:the|a|an|his|her|their|its|my|our|your|both|all|each|every)(?:\s+[\w'’-]+){1,3}")
_ADVERB = r"(?:(?:also|then|still|now|later|just|never|always|often|sometimes|usually|soon|again|even|finally)\s+)*"
# A clause that opens with a verb: its subject is the one before ("... and | has used since")
_ELIDED = re.compile(rf"^{_ADVERB}(?:{_AUX}|[a-z]+ed)\b", re.I)
# A person before a verb: "Dad said | he used", "Mum said | Kai was poorly", "Mum and Dad split up"
_PERSON = r"(?:(?i:he|she|they|we)|I|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|(?i:mum|dad|nan|grandad|grandma|mother|father|carers?))"
_SUBJECT = re.compile(rf"(?<![\w'’])({_PERSON}(?:\s*(?:and|\+|&)\s*{_PERSON})?)\s+(?=(?i:{_ADVERB}(?:{_AUX}|[a-z]+ed))\b)")
_DATES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
                    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "today", "yesterday", "tonight",
                    "according", "after", "before", "during", "since", "last", "next", "this", "on", "in", "at"})
_KIN_SUBJECT = re.compile(rf"(?<![\w'’])((?i:he|she|they|we|i|mum|dad|nan|grandad|grandma|mother|father|carers?))\s+(?=(?i:{_ADVERB}(?:{_AUX}|[a-z]+ed))\b)")
_LEAD_SUBJECT = re.compile(rf"^\W*({_PERSON}(?:\s*(?:and|\+|&)\s*{_PERSON})?)\s+[a-z]")
# ("at both ends and ...": "both" of a plural noun joins nothing)
_BOTH = re.compile(r"\bboth\b(?!\s+\w+s\s*$)[^,;:.()\[\]]*$", re.I)
_PHRASE_CUE = re.compile(r"(?<![\w'])(?:without|w/o|no|free (?:of|from)|lack(?:s|ed|ing)? of|short of|out of)\s+"
                         r"(?:[^\W\d_][\w'’-]*\s+){0,2}$", re.I)
_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\s*$")
_NEXT_WORD = re.compile(r"\s*(?:(?:his|her|their|my|the)\s+)?([^\W\d_][\w'’-]*)")
_QUESTION_END = re.compile(r"[\s\])}'\"”’]+$")
# ("sch place near the refuge - not yet": not given yet, one claim)
_NONE = re.compile(r"none|nil|zero|nothing|nobody|no[- ]one|no(?:thing|ne|body) (?:at all|whatsoever)|no|not yet")
# A line headed as a task: "me to: ...", "SW to - ...", "Actions: ...", "next steps: ..."
# ... or the worker, then an instruction: "me: see Kai alone at nursery", "SW - ring school re attendance"
_TODO = re.compile(r"^\W*(?:(?:[\w'’/-]+\s+){0,2}to\s*[:–-]|(?:actions?|next steps?|to ?do|tasks?|plan)\b\s*[:–-]"
                   r"|(?:me|sw|csw|fsw|worker|social worker|allocated worker)\s*[:–-]\s*(?:see|visit|call|ring|phone|book|arrange|"
                   r"refer|send|check|chase|speak|talk|meet|write|e-?mail|complete|ask|follow up|apply|update|share|go|get|find out|"
                   r"contact|invite|request|make|take|do)\b)", re.I)
# A line headed as a goal: "goal:", "Outcome 2 -", "aim for the plan:", "[target: ...]"
_GOAL = re.compile(r"^\W*(?:(?:plan|cin|cp|pathway|care)\s+)?(?:goals?|aims?|outcomes?|targets?|objectives?|hopes?|wish(?:es)?|desired outcomes?)"
                   r"\b[^:–-]{0,25}[:–-]", re.I)
# ... and what says how a goal stands
_STATUS = re.compile(r"\b(?:met|achieved|reached|done|complete[d]?|progress\w*|partly|partially|on track|ongoing|in hand|"
                     r"started|improv\w*|worse|better|some|not yet|rag|red|amber|green)\b", re.I)
_KIN = frozenset({"sister", "brother", "sisters", "brothers", "siblings", "partner", "grandparents", "nan",
                  "aunt", "uncle", "cousin", "cousins", "stepdad", "stepmum", "children", "son", "daughter"})


@functools.cache
def _binomials() -> re.Pattern:
    pairs = (p.replace(" and ", r"\s*(?:and|&|\+)\s*") for p in data("polarity")["binomials"])
    return re.compile(r"(?<![\w'])(?:" + "|".join(pairs) + r")(?![\w'])", re.I)


@functools.cache
def _directives() -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + "|".join(data("polarity")["directives"]) + r")(?![\w'])", re.I)
