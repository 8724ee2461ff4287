"""When an action is to be done: the words of a timescale ("by Friday", "before the review"), and
the words that only look like one (the date a task was agreed, a wish about a meeting, "asap").

The patterns are data (data/structure.yaml `timescales`, `event_timescales`, `occasion_timescales`,
`vague_timescales`, `no_timescales`). `action_parts` reads an action's fields and owner with these.
"""

from __future__ import annotations

import functools
import re

from eval.checks.base import data

# Names of the calendar, which a capital letter does not make a person: "Ring the GP by June".
CALENDAR = re.compile(r"(?:(?:this|next|last|on|by)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|"
                      r"april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|"
                      r"oct|nov|dec|christmas|xmas|easter|eid|diwali|new year|half[- ]term)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?",
                      re.I)
# A wish about an event is no deadline: "ask Kai who he would like at the next meeting".
_WISH = re.compile(r"\b(?:who|what|whom|which|where|how|whether|if)\s+(?:[\w'’-]+\s+){1,2}(?:would like|'d like|wants?|"
                   r"would want|likes?|needs?|hopes?|would prefer|prefers?)\b[^,;.()→|]{0,50}?\b(?:at|for|in|during)\s+"
                   r"(?:the|his|her|their|our|this|each)\s+(?:next\s+)?(?:meeting|review|visit|appointment|conference|"
                   r"session|hearing|core group|pep|supervision)s?\b", re.I)
# A period that says which time a thing is for, not by when: "send Mum the timetable for the next month",
# "the rota for next week", "a plan for the coming term" (a noun phrase, then "for" and the period).
_FOR_PERIOD = re.compile(r"\b(?:the|a|an|his|her|their|our|its|this)\s+(?:(?!(?:to|at|in|on|with|by|from|into|until|before)\b)"
                         r"[\w'’-]+\s+){1,3}for\s+(?:the\s+)?(?:next|coming|following)\s+(?:week|fortnight|month|term|"
                         r"half[- ]term|year|few days|couple of (?:days|weeks))\b", re.I)
# A time that dates the meeting that agreed the task, not the task: "It was agreed today that ...",
# "As discussed at this morning's visit, ...", "We decided on Monday that ...", and the meeting that
# agreed it: "Agreed by the meeting: ...".
_AGREED_WHEN = re.compile(r"\b(?:agreed|decided|discussed|confirmed|arranged|planned|settled|said|told (?:me|us|\w+)|asked|noted|"
                          r"recorded|raised|mentioned|explained|shared|reminded (?:me|us|\w+)|suggested|offered|requested)\s+"
                          r"(?:with \w+\s+)?(?:today|yesterday|earlier(?: today| this week)?|this (?:morning|afternoon|evening)|"
                          r"at (?:the|today's|today’s|this|this morning's|our|the last) (?:visit|meeting|review|session|conference|core group)|"
                          r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                          # whose agreement it was: "Agreed by the meeting: Mrs Adou will ...", "decided by the panel"
                          r"by (?:the|today's|today’s|this|our|this morning's) (?:meeting|strategy meeting|conference|"
                          r"core group|panel|network|professionals|group|review|family|parents))\b", re.I)
# A phrase before the task that gives its timescale: "Before we next meet — ...", "By Friday: ...".
_LEADING_TIME = re.compile(r"^\s*((?:by|before|on|within|inside|over|under|no later than|not later than|as soon as|in|at|"
                           r"from|b4|ahead of|during|after|until|till|this|next|today|tomorrow|tonight|end of|asap|"
                           r"urgently|immediately|ongoing|w/[cb]|\d{1,2}(?:st|nd|rd|th)?|(?:mon|tues|wednes|thurs|fri|"
                           r"satur|sun)day)\b[^:–—]{0,60}?)(?::|\s[–—-])\s*", re.I)


def time_text(action: str) -> tuple[str, bool]:
    """An action with what only looks like a timescale blanked out (the day the task was agreed, a
    wish about a meeting, the period a thing is for, words of hurry, "no date set"), and whether the
    writer says there is no timescale ("..., no date set", "when possible"): then an event it names
    is what the task is for, and only a date or a span it also gives still counts."""
    action = _FOR_PERIOD.sub(" ", _WISH.sub(" ", _AGREED_WHEN.sub(lambda m: m.group().split()[0], action)))
    for pattern in _vague_timescales():
        action = pattern.sub(" ", action)  # "asap": hurry, but no time to check it by
    action = _ongoing_once(action)
    if not any(p.search(action) for p in _no_timescales()):
        return action, False
    for pattern in _no_timescales():
        action = pattern.sub(" ", action)
    return action, True


def _ongoing_once(action: str) -> str:
    """An action without "ongoing" when the task is done once ("Chase housing about a flat / by:
    ongoing"): a standing task's "ongoing" ("Mum to keep the medication locked away - ongoing") stays."""
    raw = data("structure")
    if re.search(raw["one_off_tasks"], action, re.I) and not re.search(raw["standing_tasks"], action, re.I):
        return _ONGOING.sub(" ", action)
    return action


_ONGOING = re.compile(r"\bon-?going\b(?!['’]s)", re.I)


def strip_timescale_prefix(action: str) -> str:
    """"Before we next meet — Ms Nawaz is going to..." -> "Ms Nawaz is going to..." (a leading
    phrase that gives the timescale, before a colon or a dash)."""
    action = action.strip()
    lead = _LEADING_TIME.match(action)
    if lead and any(p.search(lead.group(1)) for p in timescales()):
        return action[lead.end():]
    return action


@functools.cache
def timescales(events: bool = True, occasions: bool = True) -> tuple[re.Pattern, ...]:
    """The timescale patterns; with `events`, those said by an event ("before the review") too, and
    with `occasions` as well, an occasion or a span of time ("at the next appointment", "for two weeks")."""
    raw = data("structure")
    said = raw["timescales"] + (raw["event_timescales"] if events else [])
    return tuple(re.compile(p, re.I) for p in said + (raw["occasion_timescales"] if events and occasions else []))


@functools.cache
def _vague_timescales() -> tuple[re.Pattern, ...]:
    """Words of hurry that name no time ("asap", "urgently"): structure.yaml `vague_timescales`."""
    return tuple(re.compile(p, re.I) for p in data("structure")["vague_timescales"])


@functools.cache
def _no_timescales() -> tuple[re.Pattern, ...]:
    """What says an action has no timescale yet ("no date set", "date TBC", "when possible")."""
    return tuple(re.compile(p, re.I) for p in data("structure")["no_timescales"])
