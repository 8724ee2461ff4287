"""Given names that are ordinary English words ("Echo", "Blue", "King", "Scarlet") when the text
writes them as names: capitalised in the middle of a sentence, or in capitals among lower case,
on their own rather than inside a title-case phrase ("Burger King", "Early Help", "Universal
Credit"), and in a place a person takes: owning something ("Echo's plan"), doing something
("SAFFRON FISHER rang"), after a word a person follows ("when Dove", "= Reign", "ask Bear"), or
listed with a name or a relative ("BLUE & mum").

Lower-case notes give no such mark, so there the word must be seen in a person's place more
than once in the same note (`repeated_roles`): "talked abt hawk", "sw see hawk @ sch".
"""

from __future__ import annotations

import re

from redaction.name_doc import CLOSED_POS, TokenView, joined

_PLACE_ENTS = {"ORG", "GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "NORP"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_BULLET = re.compile(r"^\s*(?:[^\w\s]+|o|[0-9]+[.)])?\s*$")
# What "by" names besides a person: "sent by Post", "came by Car".
_MEANS = {"post", "phone", "text", "email", "hand", "car", "bus", "train", "taxi", "foot", "letter", "law", "design",
          "mistake", "accident", "default", "chance", "far", "now", "then", "tomorrow", "midday", "noon", "lunchtime"}
_PERSON_BEFORE = {"=", "when", "if", "until", "while", "whether", "because", "as", "than", "but", "ask", "asked",
                  "about", "abt"}


def marked(d: TokenView, i: int) -> bool:
    """Written as a name: capitalised mid-sentence in a line of both cases, or in capitals there
    (three letters at least, so not "OK", "TV"), not opening its line, sentence or field."""
    word = d.text(i)
    if not d.mixed[i] or not word[:1].isupper():
        return False
    if word.isupper():  # capitals mark a name even where a sentence starts ("BEAR has been")
        return len(word) >= 3 and not (i + 1 < len(d.doc) and d.text(i + 1) == ":")
    return i not in d.sent_starts and not _opens_field(d, i)


def _opens_field(d: TokenView, i: int) -> bool:
    """First word of a line, a bullet, a heading's value or a field ("o Moved", "| MOBILE:")."""
    line_start = d.source.rfind("\n", 0, d.doc[i].idx) + 1
    before = d.source[line_start:d.start(i)]
    if _BULLET.match(before) or before.rstrip().endswith((":", "|", " /", "--")):
        return True
    return i + 1 < len(d.doc) and d.text(i + 1) == ":"


def _titlecase_phrase(d: TokenView, i: int) -> bool:
    """Inside a run of capitalised words that is not a name: "Burger King", "Early Help"."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(d.doc) and joined(d, min(i, j), max(i, j)) and d.text(j)[:1].isupper() and d.mixed[j]:
            w = d.text(j)
            if not (d.lex.first_name(w) or not d.lex.ordinary(w) or (w.isupper() and d.text(i).isupper())):
                return True
    return False


def word_name(d: TokenView, i: int) -> bool:
    """An ordinary word written as a name, on its own, where nothing says it is a place or a thing."""
    word, t = d.text(i), d.doc[i]
    low = word.casefold()
    if not marked(d, i) or not d.lex.ordinary(word) or d.lex.first_name(word):
        return False  # first names and words that are not English have their own rules
    if (low in d.lex.calendar or low in d.lex.not_names or d.lex.weak(word) or t.pos_ in CLOSED_POS
            or t.ent_type_ in {"DATE", "TIME"} or _thing(d, i)):
        return False
    if person_place(d, i):
        return True  # NER calls many such words places or firms ("ask Bear Hall", "SCARLET's")
    return not word.isupper() and t.ent_type_ not in _PLACE_ENTS and not _titlecase_phrase(d, i)


def _thing(d: TokenView, i: int) -> bool:
    """After "the", "a", "her"..., before a number ("Flat 3", "Year 5"), or a plural of a day
    ("Thursdays", "Sats"): a thing or a time, not a person."""
    low = d.low(i)
    nxt = d.doc[i + 1] if i + 1 < len(d.doc) else None
    return (d.in_noun_phrase(i) or (nxt is not None and nxt.like_num)
            or (low.endswith("s") and low[:-1] in d.lex.calendar))


def person_place(d: TokenView, i: int) -> bool:
    """Where a person stands in a sentence: owning ("RANGER's"), doing ("SAFFRON FISHER rang",
    "Dove said"), after a word a person follows ("when Dove", "= Reign", "w/ Star", "ask Bear"),
    listed with a name or a relative ("KING + Bear", "BLUE & mum"), or before a role in brackets."""
    j = i + 1
    if j < len(d.doc) and marked(d, j) and joined(d, i, j) and same_case(d.text(i), d.text(j)):
        j += 1  # a surname after it: "SAFFRON FISHER rang"
    nxt = d.doc[j] if j < len(d.doc) else None
    if i >= 1 and d.text(i - 1)[:1].isupper() and d.mixed[i - 1] and not _personal(d, i - 1):
        return False  # inside a title-case phrase: "to Burger King", "Records show"
    if nxt is not None and (nxt.text in _POSSESSIVE or (nxt.tag_ in {"VBD", "VBZ", "MD"} and nxt.text.islower())
                            or d.low(j) in d.lex.speech or d.low(j) in d.lex.addressing):  # "FISHER rang"
        return True
    prev = d.low(i - 1).rstrip(".")
    seen = any(tuple(d.low(k) for k in range(i - len(x), i)) == x for x in d.lex.seeing)
    ends = nxt is None or nxt.is_punct or nxt.is_space or "\n" in d.source[d.doc[i].idx:nxt.idx]
    if ends and prev == "by" and d.low(i) not in _MEANS:
        return True  # "chaired by Biddy", "seen by Wren."
    if (nxt is not None and d.low(j) == "to" and j + 1 < len(d.doc) and d.doc[j + 1].tag_ == "VB"
            and i >= 1 and d.doc[i - 1].pos_ == "VERB"):
        return True  # "does not want Biddy to have it", "asked Cove to wait"
    if (j == i + 1 and nxt is not None and nxt.text.islower() and joined(d, i, j) and _surname_word(d, j)
            and (j + 1 >= len(d.doc) or d.doc[j + 1].is_punct or d.doc[j + 1].is_space)):
        return True  # "CIN review for Pebble tinker;" (a surname after it, then the clause ends)
    return (seen or prev in _PERSON_BEFORE or prev in d.lex.addressing
            or (prev in {",", "&", "+", "and", "/"} and i >= 2 and _personal(d, i - 2))
            or (d.low(j) in {",", "&", "+", "and", "/"} and _personal(d, j + 1)))


def _surname_word(d: TokenView, k: int) -> bool:
    return d.lex.surname(d.text(k)) or d.low(k) in d.lex.word_surnames


def _personal(d: TokenView, k: int) -> bool:
    """A relative, or a word written as a name."""
    return 0 <= k < len(d.doc) and (d.low(k) in d.lex.relations or (marked(d, k) and not d.lex.ordinary(d.text(k)))
                                    or d.lex.first_name(d.text(k)))


def same_case(a: str, b: str) -> bool:
    return a.isupper() == b.isupper()


_LISTED = {",", "&", "+", "and", "/"}
_OBJECT_AFTER = {"abt", "about", "for", "from", "=", "when", "if", "until", "while"}
# Verbs of speech that things and moods also do ("it seemed", "well presented", "weight ok").
_NOT_ACTS = {"is", "was", "has", "had", "will", "would", "did", "does", "and", "ok", "felt", "feels", "presented",
             "seemed", "appeared", "engaged", "showed", "played"}


def repeated_roles(d: TokenView) -> set[int]:
    """Ordinary words that the note keeps putting where a person stands, in any casing: one that
    does what only people do ("scarlet said", "echo wore", "junior sang"), or one seen in a
    person's place in two different ways ("hawk - best bit is...", "sw see hawk @ sch"). The word as a word ("a hawk", "feeling blue") is left alone."""
    roles: dict[str, list[tuple[int, str]]] = {}
    for i in range(len(d.doc)):
        kind = _role(d, i)
        if kind:
            roles.setdefault(d.low(i), []).append((i, kind))
    found: set[int] = set()
    for mentions in roles.values():
        kinds = {k for _, k in mentions}
        # Standing bare before a verb or an adverb ("gunner round for tea") says little alone,
        # as notes drop articles ("boiler broken"): it counts beside a place only a person takes.
        if "acts" in kinds or len(kinds - {"bare"}) >= 2 or ("bare" in kinds and kinds & _PERSON_ONLY):
            found.update(i for i, _ in mentions)
    return found


_PERSON_ONLY = {"owns", "object", "called", "listed", "header"}
_NOT_ROLE_POS = CLOSED_POS | {"ADV"}


def _role(d: TokenView, i: int) -> str | None:
    """How an ordinary word in lower case (or capitalised mid-sentence) stands where a person
    does, if it does: "acts" (subject of a verb only people do), "does" (subject of another
    verb), "bare" (opening a clause before a verb or an adverb: "gunner round for tea", "Lake
    more relaxed"), "owns", "object" (after "w/", "see", "talked abt"), "called" (after "ring",
    "told"), "aside" ("hawk - best bit is"), "listed" (beside a relative)."""
    word, t = d.text(i), d.doc[i]
    low = word.casefold()
    # Called for every token: the cheap tests (length, case, tag, set lookups) come first, and
    # whether a date stands before it only for the words that pass them.
    if len(word) < 3 or t.pos_ in _NOT_ROLE_POS or not (
            word.islower() or (d.capitalised(i) and not word.isupper() and i not in d.sent_starts)):
        return None
    if (low in d.lex.calendar or low in d.lex.not_names or low in d.lex.relations or low in d.lex.speech
            or not d.lex.ordinary(word) or d.lex.first_name(word) or d.lex.weak(word) or not d.candidate(i)):
        return None
    dated = _after_date(d, i)  # "cin mtg 13 01 2026 ploy chairing"
    if d.in_noun_phrase(i) and not dated:
        return None
    nxt = d.doc[i + 1] if i + 1 < len(d.doc) else None
    nlow = d.low(i + 1)
    before = d.doc[i - 1] if i > 0 else None
    opened = _opens(d, i)
    if _age_and_year(d, i):
        return "acts"  # an age and a school year say who: "bronze 6 y2 started cubs"
    if dated and (nxt is None or nxt.is_space or "\n" in d.source[t.idx:nxt.idx]):
        return "header"  # who a header line is about: "stat 27-4-26 gunner"
    if nxt is not None and nxt.text in _POSSESSIVE and joined(d, i, i + 1):
        return "owns" if (opened or (before is not None and before.pos_ == "VERB")) else None
    if (opened or dated) and nxt is not None and joined(d, i, i + 1) and nxt.text.islower():
        if nlow in d.lex.person_verbs or (nlow in d.lex.speech and nlow not in _NOT_ACTS):
            return None if _people(d, i) else "acts"
        rare = _rare_noun(d, i)
        if nlow in d.lex.deeds and _rare_noun(d, i, _SELDOM):  # "anise apologised", not "cat nodded off"
            return "acts"
        # A rarer noun, not a plural, doing to someone what people do ("maple showed me rabbits",
        # "reef told us"; not "scan showed me", a frequent word) or coming round ("gunner round
        # for tea").
        if rare and nxt.tag_ in {"VBD", "VBZ"} and d.low(i + 2) in _TO_A_PERSON:
            return "acts"
        if rare and nlow in {"round", "over"} and d.low(i + 2) in {"for", "at", "to"}:
            return "acts"
        if nxt.tag_ in {"VBD", "VBZ"} and nlow not in _WEAK_VERBS and opened:
            return "does"
        # Tags guess at rare words: a capitalised "Starling" that is no inflection is no verb.
        verb = d.doc[i].pos_ == "VERB" and not (d.capitalised(i) and not d.lex.inflected(word))
        if nxt.pos_ in {"ADV", "ADJ", "ADP", "VERB", "AUX"} and not verb and opened:
            return "bare"
    if opened and nxt is not None and nxt.text in {"-", "–"} and d.source[nxt.idx - 1:nxt.idx + 2] in {" - ", " – "}:
        return "aside"
    follows_noun = (nxt is not None and joined(d, i, i + 1) and nxt.pos_ in {"NOUN", "PROPN"} and not nxt.text.isupper()
                    and nlow not in d.lex.not_names and nlow not in d.lex.calendar)  # "with thistle today"
    if before is not None and not follows_noun:
        seen = any(tuple(d.low(k) for k in range(i - len(x), i)) == x for x in d.lex.seeing)
        if d.low(i - 1) in d.lex.addressing and not seen:
            return "called"  # "rang petal", "told thistle": with "w petal" elsewhere, two ways
        if seen or d.low(i - 1) in _OBJECT_AFTER:
            return "object"
        if d.low(i - 1) in _LISTED and i >= 2 and d.low(i - 2) in d.lex.relations:
            return "listed"
    if nlow in _LISTED and d.low(i + 2) in d.lex.relations:
        return "listed"
    return None


_DATE_TOKEN = re.compile(r"^(?:\d{4}|\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?|\d{8}|\d{1,2}\w{3}\d{4})$")
# Who a person's act is done to: "maple showed me", "reef told us", "pip gave mum".
_TO_A_PERSON = {"me", "us", "mum", "dad", "nan", "him", "her", "them"}
_WEAK_VERBS = {"is", "was", "has", "had", "does", "did", "looks", "looked", "seems", "seemed", "rose", "fell",
               "broke", "leaks", "needs", "needed", "remains", "remained", "continues", "continued"}


_SCHOOL_YEAR = re.compile(r"(?i)[ \t]*,?[ \t]*(?:year|yr\.|yr|y)[ \t]?(1[0-3]|[1-9]|r)\b")


def _age_and_year(d: TokenView, i: int) -> bool:
    """Followed by an age and the school year that fits it, and no frequent word ("room 6 year
    2"): "bronze 6 y2", "flint 11, yr 7", "moss 4 year r"."""
    if i + 1 >= len(d.doc) or not joined(d, i, i + 1) or not d.text(i + 1).isdigit() or int(d.text(i + 1)) > 19:
        return False
    from wordfreq import zipf_frequency

    end = d.doc[i + 1].idx + len(d.doc[i + 1].text)
    m = _SCHOOL_YEAR.match(d.source, end)
    if not m or zipf_frequency(d.low(i), "en") >= 4.5:  # "room 6 year 2": a numbered thing
        return False
    year = m.group(1).casefold()
    return int(d.text(i + 1)) - (0 if year == "r" else int(year)) in range(3, 7)  # an age that fits the year


def _after_date(d: TokenView, i: int) -> bool:
    """Right after a date: "2026", "02oct2025", "27-4-26" (which spaCy splits), "13 01 2026"."""
    if i < 1 or not joined(d, i - 1, i):
        return False
    prev = d.text(i - 1)
    return bool(_DATE_TOKEN.search(prev)) or (prev.isdigit() and i >= 2 and (
        d.doc[i - 2].text in {"-", "/", "."} or d.text(i - 2).isdigit()))


# How seldom (Zipf frequency) a word must be for a person's deed alone to make it a name: the card
# games, spices and cloths used as names ("whist" 2.4, "anise" 2.7, "coriander" 3.0) are; the people
# and animals a note mentions ("paramedic" 3.2, "foreman" 3.6, "toddler" 3.8, "cat" 4.8) are not.
_SELDOM = 3.0


def _people(d: TokenView, i: int) -> bool:
    """A frequent word in the plural, no surname: the people of a service, who do what people do
    ("nurses worried", "parents said", "carers wrote"), named by what they are."""
    from wordfreq import zipf_frequency

    low = d.low(i)
    return _plural(d, i) and zipf_frequency(low, "en") >= 3.5 and not d.lex.surname(low)


def _plural(d: TokenView, i: int) -> bool:
    low = d.low(i)
    return d.doc[i].tag_ in {"NNS", "NNPS"} or (low.endswith("s") and d.lex.inflected(low))


def _rare_noun(d: TokenView, i: int, below: float = 4.0) -> bool:
    """An uncommon word, not a plural: the everyday nouns that name things and do things in notes
    ("scan", "report", "heating") are frequent; word names ("maple", "gunner") seldom are."""
    from wordfreq import zipf_frequency

    low = d.low(i)
    return not _plural(d, i) and zipf_frequency(low, "en") < below


def _opens(d: TokenView, i: int) -> bool:
    """Opens a line, sentence or clause (after a bullet, a full stop, "since", "if", "and"...)."""
    prev = d.doc[i - 1] if i > 0 else None
    return (prev is None or i in d.sent_starts or "\n" in prev.text or prev.is_punct
            or not any(c.isalnum() for c in prev.text)  # "/", "->", "~>"
            or prev.pos_ in {"CCONJ", "SCONJ"} or d.low(i - 1) in {"since", "if", "when", "until", "while"})
