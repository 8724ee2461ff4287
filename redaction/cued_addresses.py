"""Addresses found by the cue before them, whatever their words.

Every blind corpus has brought addresses no list of street words foresaw: "Caretaker's House, Adit
Lane Primary School, Pilchard Rise", "Wagon 5, Gallopers Showmen's Yard, Wych Road", "bedroom 11,
swanmead secure unit, 115 decoy twitten". What they share is the grammar around them: a cue ("lived
at", "prev addr", "c/o", "Address:"), then comma-separated parts up to the end of the sentence, the
line or the table cell (or a postcode). So after a cue, the run of parts is the address, stopping
before a part that is no part of one: a clause ("and the", "since", "where", "with mum"), a verb, a
date or time, a relative or a month. The cues are data (`address_run_cues` in places.yaml).
"""

from __future__ import annotations

import functools
import re

import yaml
from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.lexicon import PLACES, lexicon

# Where the run ends: a sentence's end, a line's, a table cell's, a bracket (not one that qualifies a part
# before the next: "Orchard House (residential rehab), 122a ...") or a dash between parts.
_END = re.compile(r"[.;!?:](?=[ \t]|$|\n)|\n|\t|[ \t]\|[ \t]?|\||\((?![^()\n,]{1,40}\)[ \t]*,)|[ \t][-–/+>][ \t]|->|=>|$",
                  re.M)
# A span of time, which ends an address ("moved to Coventry 18 months ago"): a number and its unit.
_DURATION = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|"
                       r"couple[ \t]+of)[ \t]*(?:years?|yrs?|months?|mths?|mnths?|weeks?|wks?|days?|hours?|hrs?|mins?|"
                       r"minutes?|nights?|m|w|d|%)(?!\w)|%", re.I)
# Words that end an address inside a part: a conjunction, a preposition of time or direction.
_INNER_STOP = frozenset({"and", "by", "since", "where", "with", "who", "when", "but", "because", "until", "from", "to",
                         "for", "ago", "at", "about", "after", "before", "than", "that", "which", "is", "was",
                         "are", "were", "has", "had", "have", "will", "so", "then", "while", "as", "last", "next",
                         "this", "please", "pls", "prev", "previously", "formerly", "temp", "ref", "via", "nhs", "dob",
                         "mob", "tel", "crn", "pid", "now", "today", "yesterday", "still", "currently"})
_POSTCODE = re.compile(r"\b[a-pr-uwyz](?:\d[a-hjkps-uw\d]?|[a-hk-y]\d[abehmnprv-y\d]?)[ \t]?\d[abd-hjlnp-uw-z]{2}\b",
                       re.I)
# A part that is a clause, not an address: a conjunction, preposition or pronoun first.
_CLAUSE = re.compile(r"(?:mob|mobile|tel|phone|email|nhs|dob|d\.o\.b|ref|pid|crn|a|an|prev|previously|formerly|temp|then|and|but|or|so|since|where|when|while|which|who|whom|whose|with|without|because|as|if|"
                     r"then|until|till|after|before|for|from|on|in|into|to|by|at|about|during|though|although|"
                     r"she|he|they|we|i|you|it|her|his|their|our|my|this|that|these|those|there|here|"
                     r"not|no|yes|was|were|is|are|has|have|had|will|would|can|could|should|may|might|did|does|"
                     r"do|been|being|also|still|now|today|yesterday|tomorrow|until|every|each|all|both|"
                     r"please|pls|thanks|ta)$", re.I)
_WORD = re.compile(r"[^\W_][\w'’.-]*")
# A date or a time in a part: "since 03/2024", "12:30", "2024".
_DATE_TIME = re.compile(r"\d{1,2}[:/.]\d{2}|\b(?:19|20)\d\d\b|\d(?:st|nd|rd|th)\b", re.I)
# A date after "on" or "since" ends a run: "Bedroom 7, Larkspur Unit, 81 Pitprop Terrace on 20th day
# of May", "Cellar Flat, 57 Brattice Twitchel on 2026-Jul-20", "... Wallasey on First January 2026"; not "on 12
# Hill Road" (a word follows).
_DATE_PREPOSITIONS = frozenset({"on", "from", "since", "until", "till"})
_DATE_AFTER = re.compile(r"[ \t]+(?:the[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+day)?(?:[ \t]+of)?[ \t./-]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|(?:19|20)\d\d"
                         r"|(?:[a-z]+-)?[a-z]+(?:st|nd|rd|th)(?:[ \t]+day)?(?:[ \t]+of)?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))", re.I)
_STREET_ABBREV = re.compile(r"(?:\b(?:st|rd|ave|no|nr|opp|flt|apt|ct|ln|dr|cl|sq)|\b[a-z])$", re.I)


@functools.cache
def _cue() -> re.Pattern[str]:
    """An address cue, then what may stand between it and the address (": ", " is ", "=", a
    table's bar, a form's dot leaders)."""
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    words = sorted({w.casefold() for k in ("address_cues", "address_run_cues") for w in places[k]}, key=len,
                   reverse=True)
    cues = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    return re.compile(r"(?<![\w/])(?:%s)(?![\w/])\.?(?:[ \t]*(?:[:=-]|is|was|now|then)(?!\w))*(?:[ \t:|]|\.{2,})*" % cues, re.I)


@functools.cache
def _shape() -> frozenset[str]:
    """Words that give an address its shape (street types, flats, buildings, premises, boats)."""
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    return frozenset(w.casefold() for key in ("units", "floors", "buildings", "premises", "street_types", "boats")
                     for p in places[key] for w in p.split())


def find(text: str, doc=None) -> list[tuple[int, int]]:
    """Character spans of the addresses after a cue in `text`.

    Args:
        text: The note.
        doc: spaCy's doc for the note, if there is one: a lower-case verb ends the address.
    """
    verbs = _verbs(doc)
    out = []
    for cue in _cue().finditer(text):
        start = cue.end()
        end = end_of_run(text, start)
        if _CARE_OF.search(cue.group()):
            start = _after_name(text, start, end)
        found = _run(text, start, end, verbs)
        if found is not None:
            out.append(found)
    return out


def end_of_run(text: str, start: int) -> int:
    """Where a run of address parts from `start` must end: the sentence's, line's or cell's end,
    or a postcode (its own identifier)."""
    end = _END.search(text, start).start()
    while end < len(text) and text[end] == "." and _STREET_ABBREV.search(text, start, end):
        end = _END.search(text, end + 1).start()  # "St. Anne's Row", "no. 4"
    postcode = _POSTCODE.search(text, start, end)
    return end if postcode is None else postcode.start()


_CARE_OF = re.compile(r"c/o|care[ \t]+of", re.I)
_SMALL = frozenset({"the", "of", "and", "old", "on", "in", "at", "by", "upon", "le", "de", "la"})


def _after_name(text: str, start: int, end: int) -> int:
    """Where the address starts after "c/o" and the person's name: at the first number or word
    of an address in the first part ("c/o mrs odhiambo 40 kestrels"), or at the next part when
    the first has neither ("c/o Kofi Mensah, 9 Larkrise")."""
    comma = text.find(",", start, end)
    first_end = end if comma < 0 else comma
    shape = _shape() - _SMALL
    for w in _WORD.finditer(text, start, first_end):
        if w.group()[0].isdigit() or w.group().casefold().rstrip(".") in shape:
            return w.start()
    return start if comma < 0 else comma + 1


def _verbs(doc) -> frozenset[int]:
    """Start offsets of the verbs spaCy tagged (none without a doc)."""
    if doc is None:
        return frozenset()
    lex = lexicon()  # not a word the tagger guessed at ("hollins showmen's yard": "hollins" VBZ)
    return frozenset(t.idx for t in doc if t.tag_ in _VERB_TAGS and t.text.islower() and lex.common(t.text))


# A verb in a tense that a street's name never has ("said", "visits", "is going", "will"): the
# base form stays ("secure unit", "wych cross").
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBN", "VBG", "MD"})


def _run(text: str, start: int, end: int, verbs: frozenset[int]) -> tuple[int, int] | None:
    """The comma-separated parts from `start` that make an address, or None if they make none."""
    parts = run_parts(text, start, end, verbs)
    if not parts or not _address_like(text, parts, lexicon(), _shape()):
        return None
    return parts[0][0], parts[-1][1]


_HOUSE_NUMBER = re.compile(r"[ \t]*\d{1,4}[a-z]?[ \t]+", re.I)


def run_parts(text: str, start: int, end: int, verbs: frozenset[int]) -> list[tuple[int, int]]:
    """The comma-separated parts from `start` (up to `end`) that may belong to an address: they
    stop before a clause, a verb, a date or time, a relative or a month."""
    lex, shape = lexicon(), _shape()
    parts: list[tuple[int, int]] = []
    for m in re.finditer(r"[^,]+", text[start:end]):
        p_start, p_end = start + m.start(), start + m.end()
        words = list(_WORD.finditer(text, p_start, p_end))
        cut, inn = None, _inn_name(text, words, p_end)
        for i, w in enumerate(words):
            if i > 0 and inn:
                break  # "the Plough and Harrow": after "the", nothing in it ends the run
            low = w.group().casefold().rstrip(".")
            clause = ((i == 0 and _CLAUSE.match(low)) or (i > 0 and low in _INNER_STOP)
                      or (low in _DATE_PREPOSITIONS and _DATE_AFTER.match(text, w.end())))
            # A relative's word before a dwelling's names its kind: "granny flat", "nanny annexe".
            kind = i + 1 < len(words) and words[i + 1].group().casefold() in shape
            # The word after a house number names the street, whatever the tagger says ("174 felt slipper walk").
            verb = w.start() in verbs and not _HOUSE_NUMBER.fullmatch(text, p_start, w.start())
            if clause or (low not in shape and (_DURATION.match(text, w.start()) or (low in lex.relations and not kind)
                                                or low in lex.calendar or verb)):
                cut = w.start()
                break
        if cut is not None:
            p_end = cut
            kept = [w for w in words if w.end() <= cut]
            while kept and _CLAUSE.match(kept[-1].group()):  # "ward 4 on Tuesday": "on" goes too
                p_end = kept.pop().start()
        if "@" in text[p_start:p_end]:
            break
        dated = _DATE_TIME.search(text, p_start, p_end)
        if dated and not _POSTCODE.search(text, p_start, p_end):
            # The part ends where its date begins: a town may come first ("Tanpits Loke,
            # Ulverston 22-OCT-2025 - landlord sold up").
            at = max(text.rfind(" ", p_start, dated.start()), text.rfind("\t", p_start, dated.start()))
            if at <= p_start:
                break
            p_end, cut = at, at
        p_end = p_start + len(text[p_start:p_end].rstrip(" \t,-&"))
        if p_end > p_start and re.search(r"\w", text[p_start:p_end]):
            parts.append((p_start + len(text[p_start:p_end]) - len(text[p_start:p_end].lstrip()), p_end))
        if cut is not None or p_end <= p_start:
            break
    return parts


def _inn_name(text: str, words: list[re.Match[str]], end: int) -> bool:
    """A short part "the X and Y" ending at a comma names an inn or a building ("the Plough and
    Harrow, 10 ...", "the bell and anchor, ..."): its "and" and its words (spaCy may call "anchor"
    a verb) end nothing."""
    low = [w.group().casefold() for w in words]
    return (3 <= len(low) <= 5 and low[0] == "the" and "and" in low[2:-1] and text[end:end + 1] == ",")


def _address_like(text: str, parts: list[tuple[int, int]], lex, shape: frozenset[str]) -> bool:
    """Two or more parts with a name or a number in them ("were at school, nursery" is none), or
    one part with a number and a name or a word of an address ("12 Kiln Ope", not "year 5")."""
    words = [w.group() for s, e in parts for w in _WORD.finditer(text, s, e)]
    if len(words) < 2:
        return False
    numbered = any(c.isdigit() for w in words for c in w)
    if len(parts) < 2 and not numbered:
        return False
    named = [w for w in words if w.casefold().rstrip(".") not in shape and not any(c.isdigit() for c in w)]
    has_name = any((w[:1].isupper() and not w.isupper()) or not lex.common(w) for w in named)
    has_shape = any(w.casefold().rstrip(".") in shape for w in words)
    if len(parts) < 2:  # "12 Kiln Ope" but not "year 5"
        return has_name or has_shape
    from redaction.dwelling_addresses import street_part

    # Not "school, nursery and the shop": a name, a number or a street ("beech cottage, horse whim parade").
    return numbered or has_name or any(street_part(text, s, e) for s, e in parts[1:])


class CuedAddressRecognizer(EntityRecognizer):
    """STREET_ADDRESS spans: the parts of an address after an address cue."""

    def __init__(self, score: float = 0.6):
        super().__init__(supported_entities=["STREET_ADDRESS"], name="heard_cued_address", supported_language="en")
        self.score = score

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        from redaction import dwelling_addresses

        doc = getattr(nlp_artifacts, "tokens", None)
        spans = find(text, doc) + dwelling_addresses.find(text, _verbs(doc))
        return [RecognizerResult("STREET_ADDRESS", s, e, self.score) for s, e in spans]
