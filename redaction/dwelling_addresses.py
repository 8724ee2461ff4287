"""Addresses with no cue before them, opened by a dwelling: "mould bathroom wagon 2, hollins
showmen's yard, huers parade > landlord", "the static caravan, decoy farm, tollgate keepers close".

A dwelling word (a wagon, a bedroom, a flat, a static caravan: `dwellings` in places.yaml) with a
number after it, or "the" before it, then a comma opens a run of comma-separated parts
(cued_addresses' grammar: the run stops at a clause, a verb, a date, a relative). The run is an
address only when it has two parts or more and a later part ends with a street word ("parade",
"close", "rise") or a postcode comes straight after it; so "the flat, kitchen and bedroom" and
"room 4, then lunch" stay, and so does a dwelling with no comma ("room 4 at school", "static warm").
"""

from __future__ import annotations

import functools
import re

import yaml

from redaction.lexicon import PLACES

_WORD = re.compile(r"(?<!\d)[^\W\d_][\w'’-]*")  # not the "a" of "23a"
_POSTCODE_NEXT = re.compile(r"[ \t,]*[a-pr-uwyz][a-hk-y]?\d[a-z\d]?[ \t]?\d[abd-hjlnp-uw-z]{2}\b", re.I)
# A part of a run that is no street even when it ends with a street word: "the back yard", "her park".
_NOT_STREET_START = frozenset("""the a an his her their my our your its this that back front side rear top
bottom garden big small little new old own same""".split())


@functools.cache
def _opening() -> re.Pattern[str]:
    """A dwelling with its number and perhaps its kind ("wagon 2,", "Bedroom 5,", "Room 3 (HMO),"),
    its article ("the static caravan,", "the keeper's cabin,", "the converted bus,") or its name ("alder cottage,",
    "Caretaker's House,")."""
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    dwelling, named, quarters = (_alternation(places[key]) for key in ("dwellings", "named_dwellings", "quarters"))
    article = r"(?:the|a)[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+)?"
    # A home inside a business or a building, named by where it sits: "Flat over Garage, ...",
    # "the rooms above the Red Lion, ...", "bedsit behind Patel's Stores, ...".
    over = (r"(?:[ \t]+(?:over|above|below|beneath|under|behind|at[ \t]+the[ \t]+(?:back|rear|top)[ \t]+of)"
            r"[ \t]+(?:(?:the|a)[ \t]+)?[^\W\d_][\w'’&-]*(?:[ \t]+[^\W\d_][\w'’&-]*){0,3})")
    # A building converted to homes, named by what it was: "The Old Bakehouse, 90 ...", "33 Old
    # Telephone Exchange, Clinker Heap Lane".
    converted = r"(?:the|\d{1,4}[a-z]?)[ \t]+old(?:[ \t]+[^\W\d_][\w'’-]*){1,3}"
    # A numbered room in a hotel by the hotel's name: "room 161 at the Days Inn Services, 21 ...".
    at_the = r"(?:[ \t]+at[ \t]+the[ \t]+(?:[^\W\d_][\w'’&-]*[ \t]+){0,3}[^\W\d_][\w'’&-]*)?"
    # A numbered row of homes keeps its number: "4 keepers' cottages, ...".
    # Any of them may carry its kind or its keeper in brackets: "the spare room (Nightstop host), ...".
    return re.compile(r"(?<![\w'’-])(?:(?:%s)?(?:%s|%s)%s|%s%s|(?:%s)?%s|%s|%s[ \t]+(?:no\.?[ \t]*)?\d{1,4}[a-z]?%s"
                      r"|(?:\d{1,4}[a-z]?[ \t]+)?(?P<name>[^\W\d_][\w'’-]*)[ \t]+%s)(?:[ \t]*\([^()\n,]{1,40}\))?(?=[ \t]*,)"
                      % (article, dwelling, quarters, over, article, dwelling, article, quarters, converted, dwelling,
                         at_the, named), re.I)


def _alternation(words: list[str]) -> str:
    words = sorted({w.casefold() for w in words}, key=len, reverse=True)
    return "(?:%s)" % "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)


@functools.cache
def _sited() -> re.Pattern[str]:
    """A home on someone else's land, up to that land's house number: "Caravan on the drive of ",
    "static in the back garden at ", "the annexe behind ", "mobile home in nan's yard at "."""
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    home, land = _alternation(places["sited_dwellings"]), _alternation(places["sited_on"])
    return re.compile(r"(?<![\w'’-])(?:(?:the|a|our|their|his|her)[ \t]+)?%s[ \t]+(?:(?:on|in|at|off)[ \t]+"
                      r"(?:(?:the|a|[^\W\d_]+['’]s?)[ \t]+)?%s[ \t]+(?:of|at)|behind|beside|next[ \t]+to)[ \t]+"
                      r"(?=\d{1,4}[a-z]?[ \t,]+[^\W\d_])" % (home, land), re.I)


@functools.cache
def _street_types() -> frozenset[str]:
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    return frozenset(w.casefold() for w in places["street_types"] if " " not in w)


def _bare(word: str) -> str:
    low = word.casefold()
    return low[:-2] if low.endswith(("'s", "’s")) else low


def street_part(text: str, start: int, end: int) -> int | None:
    """Where a part of a run that names a street ends ("huers parade", "buddle terrace
    wellingborough"), leaving what follows the street and its town ("buddle crescent clean"), or
    None if the part is no street: fewer than two words, or "the back yard" (but "4 Garden Walk" is one)."""
    from redaction.lexicon import lexicon

    words = list(_WORD.finditer(text, start, end))
    numbered = text[start:end].lstrip()[:1].isdigit()  # "122a Garden City Arcade": no "garden" of someone's
    if len(words) < 2 or (words[0].group().casefold() in _NOT_STREET_START and not numbered):
        return None
    streets, lex = _street_types(), lexicon()
    # A street word may carry "'s" ("Caravan on the drive of 21 Cattlemarket Rise's always cold").
    at = next((k for k in range(1, len(words)) if _bare(words[k].group()) in streets), None)
    if at is None:
        return None
    last = at + _known_town(words, at + 1)  # "buddle pit crescent great torrington"
    while last + 1 < len(words) and (not lex.common(words[last + 1].group())
                                     or _street_word_ends(text, words, last + 1)):
        last += 1  # the town after the street: "bishop auckland" is one part, "wellingborough" here
    return words[last].end()


def _known_town(words: list[re.Match[str]], k: int) -> int:
    """How many words from `k` name a town of the UK's list (everyday words too: "great torrington")."""
    from redaction.lexicon import address_towns

    towns = address_towns()
    return next((n for n in (3, 2, 1)
                 if k + n <= len(words) and " ".join(w.group().casefold() for w in words[k:k + n]) in towns), 0)


def _street_word_ends(text: str, words: list[re.Match[str]], k: int) -> bool:
    """A street word after a street word is the street's own ("Turnpike Gate Gardens", "Cordwainers
    Yard Chare"), unless an everyday word follows it straight on ("oak road close to school")."""
    if _bare(words[k].group()) not in _street_types():
        return False
    from redaction.lexicon import lexicon

    after = words[k + 1] if k + 1 < len(words) else None
    return after is None or not text[words[k].end():after.start()].isspace() or not lexicon().common(after.group())


def find(text: str, verbs: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Character spans of the addresses a dwelling opens in `text`.

    Args:
        text: The note.
        verbs: Start offsets of the verbs spaCy tagged (cued_addresses._verbs): a verb ends a run.
    """
    from redaction.cued_addresses import end_of_run, run_parts
    from redaction.lexicon import lexicon

    lex, out = lexicon(), []
    for m in _opening().finditer(text):
        name = m.group("name")
        # Whose home it is ("her house,", "nan's house,") is no name of it; a relative's word
        # bare before the dwelling is its kind: "Granny Flat, 166 ...", "nanny annexe, 4 ...".
        low = name.casefold() if name else ""
        if name and (low in _NOT_STREET_START or (low.rstrip("'’s") in lex.relations and (
                low not in lex.relations or "'" in low or "’" in low))):
            continue
        # The opening is the first part whatever its words ("living accommodation": spaCy may
        # call "living" a verb; "over the Kings Head"): the run's grammar judges what follows.
        end = end_of_run(text, m.end())  # from the opening's end: "Room 3 (HMO)," has its own bracket
        parts = [(m.start(), m.end())] + run_parts(text, m.end(), end, verbs)
        if len(parts) < 2:
            continue
        end = _street_end(text, parts, 1)
        if end is None:
            continue
        # A home with a capitalised name starts at its name ("the Upstairs Flat, 71 Cobbler
        # Row"); "the static caravan" and "The Bothy" are one description, article and all.
        article = re.match(r"(?:the|a)[ \t]+(?=[A-Z])", m.group())
        out.append((m.start() + (article.end() if article else 0), end))
    for m in _sited().finditer(text):  # "caravan on the drive of 62 cokers street, ely"
        parts = run_parts(text, m.end(), end_of_run(text, m.end()), verbs)
        end = _street_end(text, parts, 0) if parts and parts[0][0] == m.end() else None
        if end is not None:
            out.append((m.start(), end))
    return out


def _street_end(text: str, parts: list[tuple[int, int]], first: int) -> int | None:
    """Where an address ends whose street is among `parts[first:]`: the street's part, and a town
    after it ("wych road, Skelmersdale"), or the last part when a postcode follows; None if no
    part is a street."""
    ends = [street_part(text, s, e) for s, e in parts[first:]]
    last = max((k for k, e in enumerate(ends) if e is not None), default=None)
    if last is not None:
        last += first
        if last + 1 < len(parts) and _town(text, *parts[last + 1]):
            return parts[last + 1][1]
        return ends[last - first]
    return parts[-1][1] if parts and _POSTCODE_NEXT.match(text, parts[-1][1]) else None


def _town(text: str, start: int, end: int) -> bool:
    """A part of one to three words that may name a town: capitalised, or no everyday word."""
    from redaction.lexicon import lexicon

    words = [w.group() for w in _WORD.finditer(text, start, end)]
    lex = lexicon()
    return 1 <= len(words) <= 3 and (all(w[:1].isupper() for w in words) or any(not lex.common(w) for w in words)
                                     or " ".join(words).casefold() in lex.towns)
