"""Who did a note's acts of record, and whom a note went to, whatever the words of their name:

- the one by whom a meeting was chaired, a call taken, a form completed or signed off: "chaired
  by yarrow kipper", "CALL TAKEN BY ROSEHIP HAYWARD.", "completed by Talent Lime on 3/4";
- the one a note or a task was sent, passed or copied to: "sent to Fortune for info",
  "handed over to Clever Cockle", "allocated to memory partridge";
- the one nothing has been heard from: "Nothing from Ledger Shovel since 18/7", "no reply from
  harvest winter";
- a field spelled out with a role: "Worker: Talent Lime", "Chair - Honest Bone |".

The slot is a person's only when what fills it is one to three words written alike that end the
clause (a stop, the line's end, "for", "since", "on", a date) and look like a name: capitalised
in a line of mixed case, a given name, no English word, or a word rare enough for a surname;
never a word of the trade, an agency, a relative or a means ("taken by ambulance", "sent to
school", "completed by phone").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from redaction.lexicon import WORD
from redaction.name_doc import CLOSED_POS, TokenView, joined, same_shape
from redaction.name_frames import field_value
from redaction.name_headers import namely
from redaction.name_headlines import trade_words

_DONE_BY = (r"chaired|minuted|taken|completed|written|recorded|typed|authori[sz]ed|countersigned|approved"
            r"|signed(?:[ \t]+off)?|agreed|reviewed|supervised")
_SENT_TO = r"sent|passed|forwarded|fwd|handed(?:[ \t]+over)?|copied|allocated|reallocated|assigned|escalated"
_HEARD = r"nothing|no[ \t]+(?:reply|response|word|answer|update|contact|call|news)|heard(?:[ \t]+back)?|not[ \t]+heard"
_CUE = re.compile(rf"(?i)(?<![\w-])(?:(?:{_DONE_BY})[ \t]+by|(?:{_SENT_TO})[ \t]+to|(?:{_HEARD})[ \t]+from)[ \t]+")
# A field spelled out with a role: "Worker: ...", "| Chair - ...", "Minute taker: ...".
_ROLE_FIELD = re.compile(r"(?im)(?:^[ \t]*(?:[-*•>~=·]+>?[ \t]*)?|\|[ \t]*|/[ \t]+)(?:(?:social|support|family[ \t]+support|"
                         r"youth|duty|case|allocated|visiting|lead)[ \t]+)?(?:worker|chair(?:person)?|minute[ \t-]?taker|"
                         r"minutes|note[ \t-]?taker|manager|supervisor|advocate|interpreter|mentor|teacher|"
                         r"health[ \t]+visitor|school[ \t]+nurse|foster[ \t]+carers?|carers?)[ \t]*(?::|-+|–)[ \t]*")
# What may follow a name that fills the slot: the clause ends.
_AFTER = {"", ".", ",", ";", ":", "/", "|", "(", ")", "-", "–", "for", "since", "on", "at", "re", "about", "and", "&",
          "today", "yesterday", "last", "this", "who", "as"}
# How rare (Zipf scale) a word must be to be taken for a name in a slot: alone, rarer than most
# nouns ("kipper" 2.6, "school" 5.9); beside another, as rare as many surnames ("bone" 4.3).
_WORD_RARE, _SURNAME_RARE = 4.0, 4.5
# Means of doing a thing, not people: "taken by ambulance", "sent to print", "completed by phone".
_MEANS = frozenset("ambulance car taxi bus train phone telephone tel email e-mail mail post letter text hand video "
                   "teams zoom foot print file archive system portal lcs mosaic ehm liquidlogic".split())


def agents(d: TokenView, text: str) -> set[int]:
    """Names in the slots above."""
    found: set[int] = set()
    for m in _ROLE_FIELD.finditer(text):
        found |= field_value(d, text, m.end())
    for m in _CUE.finditer(text):
        found |= _filler(d, bisect_left(d.starts, m.end()))
    return found


def _filler(d: TokenView, k: int) -> set[int]:
    """The name filling a slot from token `k`, or nothing."""
    taken: list[int] = []
    while k < len(d.doc) and len(taken) < 3 and WORD.match(d.text(k)) and (not taken or joined(d, taken[-1], k)):
        if taken and not same_shape(d.text(k), d.text(taken[0])):
            break
        taken.append(k)
        k += 1
    while taken and d.low(taken[-1]) in _AFTER:
        taken.pop()
        k -= 1
    if not taken or not (k >= len(d.doc) or d.low(k) in _AFTER or "\n" in d.doc[k].text or d.doc[k].like_num
                         or d.low(k) in d.lex.calendar):
        return set()
    if not all(_fills(d, j) for j in taken):
        return set()
    # Capitals alone make no name ("sent to Legal", "passed to Front Door"): one word must be made
    # like one; of two or three, one rare enough for a surname will do ("Honest Bone").
    rare = _SURNAME_RARE if len(taken) > 1 else _WORD_RARE
    if any(namely(d, j, rare) for j in taken):
        return set(taken)
    return set()


def _fills(d: TokenView, j: int) -> bool:
    low, lex = d.low(j), d.lex
    return (d.candidate(j) and low not in _MEANS and low not in trade_words() and low not in lex.not_names
            and low not in lex.relations and low.rstrip(".") not in lex.titles and low not in lex.calendar
            and low not in lex.family_heads and not lex.weak(d.text(j))
            and (d.doc[j].pos_ not in CLOSED_POS or d.text(j)[:1].isupper()))
