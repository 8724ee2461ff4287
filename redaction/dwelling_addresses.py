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

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_POSTCODE_NEXT = re.compile(r"[ \t,]*[a-pr-uwyz][a-hk-y]?\d[a-z\d]?[ \t]?\d[abd-hjlnp-uw-z]{2}\b", re.I)


@functools.cache
def _opening() -> re.Pattern[str]:
    """A dwelling with its number ("wagon 2,", "Bedroom 5,") or its article ("the static caravan,")."""
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    words = sorted({w.casefold() for w in places["dwellings"]}, key=len, reverse=True)
    dwelling = "(?:%s)" % "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(r"(?<![\w'’-])(?:(?:the|a)[ \t]+(?:[^\W\d_]+[ \t]+)?%s|%s[ \t]+(?:no\.?[ \t]*)?\d{1,4}[a-z]?)"
                      r"(?=[ \t]*,)" % (dwelling, dwelling), re.I)


@functools.cache
def _street_types() -> frozenset[str]:
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    return frozenset(w.casefold() for w in places["street_types"] if " " not in w)


def find(text: str, verbs: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Character spans of the addresses a dwelling opens in `text`.

    Args:
        text: The note.
        verbs: Start offsets of the verbs spaCy tagged (cued_addresses._verbs): a verb ends a run.
    """
    from redaction.cued_addresses import end_of_run, run_parts

    out = []
    streets = _street_types()
    for m in _opening().finditer(text):
        end = end_of_run(text, m.start())
        parts = run_parts(text, m.start(), end, verbs)
        if len(parts) < 2 or parts[0][0] != m.start():
            continue
        later = [[w.group().casefold() for w in _WORD.finditer(text, s, e)] for s, e in parts[1:]]
        street = any(len(words) >= 2 and words[-1] in streets for words in later)
        if street or _POSTCODE_NEXT.match(text, parts[-1][1]):
            # A home with a capitalised name starts at its name ("the Upstairs Flat, 71 Cobbler
            # Row"); "the static caravan" is one description, article and all.
            article = re.match(r"(?:the|a)[ \t]+(?=[A-Z])", text[m.start():m.end()])
            out.append((m.start() + (article.end() if article else 0), parts[-1][1]))
    return out
