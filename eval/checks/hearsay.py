"""Hedged hearsay in a record sentence: the words that pass on a suspicion, a rumour or a guess
("Word has reached me that", "Talk in the village is that", "The night staff have a feeling
that", "A neighbour has hinted that", "It may be that", "..., or so the neighbours say").

A concern put this way needs no risk term to be one: "I gather that he takes a shortcut along
the railway line" is a safeguarding claim, and the hedge is how a writer brings in what nobody
recorded. The pieces are data (hearsay.yaml); this module puts them together. A lead whose
subject denies ("Nothing I saw suggested", "No one has hinted that") is no hedge.
"""

from __future__ import annotations

import functools
import re

from eval.checks.base import data
from eval.checks.clauses import cue_count

# who holds the suspicion: a few words, not the worker's own view ("My impression is that" opens
# the worker's analysis, which is theirs to make)
_SUBJECT = r"(?!(?:my|our|in my|in our|i)\b)(?:[\w'’-]+ ){0,6}?"


def hearsay(text: str) -> str | None:
    """The words by which a sentence passes a concern on at second hand, or None."""
    lead = _leads().match(text)
    if lead and not cue_count(lead.group()):
        return lead.group().strip(" ,:")
    tag = _tags().search(text) or _anywhere().search(text)
    return tag.group(1) if tag and not cue_count(tag.group()) else None


def _alternation(words: list[str]) -> str:
    return "|".join(words)


@functools.cache
def _leads() -> re.Pattern:
    d = data("hearsay")
    suspicion, talk, hinting = _alternation(d["suspicion"]), _alternation(d["talk"]), _alternation(d["hinting"])
    guessing = _alternation(d["guessing"])
    forms = [
        *d["openers"], *d["first_person"],
        # "There is some suggestion that", "There has been talk on the estate of"
        rf"there (?:is|are|was|were|has been|have been|had been|'s|remains?) (?:\w+ ){{0,3}}?(?:{suspicion})s? (?:\w+ ){{0,5}}?(?:that|whether)\b",
        rf"there (?:is|are|was|were|has been|have been|had been|'s) (?:\w+ ){{0,3}}?(?:{talk})s? (?:\w+ ){{0,5}}?(?:of|about|re|regarding)\b",
        # "Talk in the village is that", "The word on the estate is", "Local gossip says"
        rf"{_SUBJECT}(?:{suspicion})s? (?:\w+ ){{0,5}}?(?:(?:is|was|are|were|suggests?|indicates?|says?) (?:that|of)|has it|goes)\b",
        # "The night staff have a feeling that", "School has a suspicion that"
        rf"{_SUBJECT}(?:has |have |had |'s |'ve )?(?:got |gets? )?(?:a|an|the|some) (?:\w+ )?(?:{suspicion})s? (?:\w+ ){{0,3}}?that\b",
        # "A neighbour has hinted that", "Staff suspect", "Nan let slip to school that"
        rf"{_SUBJECT}(?:has |have |had |is |are |was |were )?(?:{hinting})(?: to (?:\w+ ){{0,2}}\w+)? (?:that|whether)\b",
        rf"{_SUBJECT}(?:{guessing})\b(?: that)?",
        _unnamed(d),
    ]
    return re.compile(r"\W*(?:" + "|".join(forms) + r")(?![\w'])", re.I)


def _unnamed(d: dict) -> str:
    """A source the record does not name, then a verb of passing on ("One of the agency lads
    reckons", "A resident at the lifehouse mentioned that"): up to three words of who (none a time,
    "A few weeks ago Mum said"), and where they are from. Only a source nobody can place passes a
    thing on by plainly telling it ("Someone on the estate told me"; not "A sister at the convent
    told me the baby sleeps for six hours")."""
    word = rf"(?!(?:{_alternation(d['not_sources'])})s?\b)[\w'’-]+"
    where = r"(?: (?:at|from|in|on|of|down|across|next) (?:the |her |his |their |that )?[\w'’-]+(?: [\w'’-]+)?)?"
    described = rf"(?:{_alternation(d['indefinite'])})(?: {word}){{1,3}}?{where}"
    unplaced = rf"(?:someone|somebody){where}"
    return rf"{described}{_passing(d['saying'])}|{unplaced}{_passing(d['saying'] + d['telling'])}"


def _passing(verbs: list[str]) -> str:
    """One of `verbs`, perhaps after "has", and to whom: "has let on to staff that"."""
    return rf"(?: (?:has|had|have))? (?:{_alternation(verbs)})(?: to (?:\w+ ){{0,2}}\w+)?(?: that)?\b"


@functools.cache
def _anywhere() -> re.Pattern:
    return re.compile(rf"\b({_alternation(data('hearsay')['anywhere'])})\b", re.I)


@functools.cache
def _tags() -> re.Pattern:
    tags = _alternation(data("hearsay")["tags"])
    return re.compile(rf"(?:^|[,;(–—]\s*|\s-\s*)((?:{tags}))\s*(?:[,;).!?–—]|\s-|$)", re.I)
