"""Checking a street address the patterns in recognizers.yaml found: its name words must be
names, not everyday words ("12 weeks at the park", "13 december chase"), and a town after a
comma must be a town, not the next sentence ("12 Oak Road, Mum said").

When the words before the house number are not part of the address ("lives off the green,
12 Oak Road"), the address is kept from the number (or the flat) on.
"""

from __future__ import annotations

import functools
import re

import yaml

from redaction.lexicon import PLACES, address_towns, lexicon

_WORD = re.compile(r"\b[^\W\d_][\w'’-]*")
# Where an address may start again: a house or flat number, or a flat described by its floor.
_RESTART = re.compile(r"(?:\bno\.?[ \t]*)?\b\d{1,4}[a-z]?\b|\b[^\W\d_][\w'’-]*(?=[ \t]+(?:floor[ \t]+)?\w)", re.I)
_LAST_PART = re.compile(r"[ \t]*,[ \t]*([^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)[ \t]*$")
_LAST_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)[ \t]*$")
_POSTCODE_AFTER = re.compile(r"[ \t]*[,(]?[ \t]*[a-z]{1,2}\d[a-z\d]?[ \t]*\d[a-z]{2}\b", re.I)


@functools.cache
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """(words that give an address its shape: flats, floors, buildings, street types; towns)."""
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    shape = {w.casefold().rstrip(".") for key in ("units", "beds", "floors", "buildings", "premises", "street_types", "boats")
             for w in places[key] for w in w.split()}
    # "no. 75", "St Anne's Row", "The Old Forge", and where a flat is: "flat above 14 Mill Ope".
    shape |= {"no", "st", "saint", "floor", "the", "old"} | _WHERE
    shape |= {u + "s" for u in places["units"] if " " not in u}  # "Rooms 31 and 32"
    return frozenset(shape), address_towns()


_WHERE = frozenset({"above", "over", "below", "under", "behind", "beside"})


@functools.cache
def _units() -> frozenset[str]:
    """Words for a flat or a part of a house ("flat", "room", "mooring"): "the flat, 3 Kiln Row" is
    an address, where "the green, 12 Oak Road" starts with no part of one."""
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    return frozenset(w.casefold() for w in places["units"])


@functools.cache
def _flat_words():
    """What says where a home is in a building and names nothing: a flat's letter ("Flat A",
    "apt b"), a tenement flat ("2F1"), the back of a house ("rear of 53a", "back of 12"), what a
    room is, in brackets ("Room 3 (HMO),", "bedsit 2 (shared house),") and a kind of home
    ("Lodgings (host family),")."""
    units = "|".join(sorted((re.escape(u) for u in _units()), key=len, reverse=True))
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    homes = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+").replace("'", "['’]?")
                     for h in sorted(places["home_kinds"], key=len, reverse=True))
    # A flat over a pub or a shop, by its name: "flat over the bell and clapper, 148 ...".
    # An Edinburgh tenement flat by floor and door: "2F1", "PF3" (principal floor), "GF2".
    # A kind of home, perhaps with who keeps it: "Lodgings (host family),", "Mother and baby unit,".
    return re.compile(r"\b(?:%s)\b\.?[ \t]*[a-h]\b|\b(?:rear|back|side)[ \t]+of\b|\b(?:\d{1,2}|[gpb])f\d{1,2}\b|"
                      r"\b(?:%s)[ \t]+(?:above|over|below|under|behind|beside)[ \t]+the[ \t]+[^,\n]*,|"
                      r"(?<=\d)[ \t]*\([^()\n]{1,40}\)(?=[ \t]*,)|\b(?:%s)(?:[ \t]*\([^()\n]{1,40}\))?(?=[ \t]*,)"
                      % (units, units, homes), re.I)


@functools.cache
def _premises() -> frozenset[str]:
    """Words of premises and buildings: "the old smithy" is a house's name, "the green" is not."""
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    return frozenset(p.casefold() for key in ("premises", "buildings") for p in places[key] if " " not in p)


def refine_street(text: str, start: int, end: int, common: frozenset[str]) -> tuple[int, int] | None:
    """The address in text[start:end], trimmed of what is not part of it, or None.

    Args:
        text: The whole note.
        start: Where the pattern's match starts.
        end: Where it ends.
        common: Words that never name a street (recognizers.COMMON).
    """
    cue = _cue().match(text, start)
    if cue is None:
        return _refine(text, start, end, common)
    # "lives at ...": the address may have a street word, or not
    found = _refine(text, cue.end(), end, common)
    if found is None or not _shaped(text[found[0]:found[1]]):
        return _cued(text, cue.end(), end, common)
    return found


def _refine(text: str, start: int, end: int, common: frozenset[str]) -> tuple[int, int] | None:
    end = _trim_town(text, start, end)
    if _named(text[start:end], common) and not _plain_street(text[start:end]):
        return start, end
    for m in _RESTART.finditer(text, start + 1, end):
        if _named(text[m.start():end], common) and not _plain_street(text[m.start():end]):
            return m.start(), end
    return None


@functools.cache
def _word_towns() -> frozenset[str]:
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    return frozenset(w.casefold() for w in places["word_towns"])


@functools.cache
def _plain_types() -> frozenset[str]:
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    return frozenset(w.casefold() for w in places.get("plain_street_types", []))


def _plain_street(address: str) -> bool:
    """A street word that is also everyday English ("shut", "entry", "loan") with nothing but
    everyday words before it, or nothing at all: "2 doors shut", "500 payday loan", "at 9 and the
    hatch" (but "91a cloister shut", "4 Fulling Entry", "12 Kirk Loan" are streets: a name, a
    capital or a street word stands before; and so is
    one after a house number with a letter, a numbered flat or a kind of home, which nothing but an
    address has: "168b redstreak slip", "parent and baby placement, flat 7, 70 wash bank slack")."""
    if re.search(r"(?<!\w)\d+[a-z]\b", address, re.I) or _numbered_unit().search(address) or _flat_words().search(address):
        return False
    words = _WORD.findall(address)
    plain = _plain_types()
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k].casefold() in plain), None)
    if at is None:
        return False
    names = [w for w in words[:at] if w.casefold() not in _places()[0]]
    if not names:  # "at 9 and the hatch", "2 stairs" (not "12 The Hatch")
        return not any(w[:1].isupper() for w in words[:at + 1])
    lex = lexicon()
    return not any(w[:1].isupper() or not lex.common(w) for w in names)


@functools.cache
def _cue() -> re.Pattern[str]:
    """A word that says an address follows ("addr", "lives at", "c/o"), and what stands between it
    and the address (": ", " is ", a name): up to a kind of home, a flat, a boat, a house number or
    a named building ("c/o Ama Boateng, Rose Cottage", "last addr mother and baby unit, flat 1, ...")."""
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))

    def alternatives(*keys: str) -> str:
        words = sorted({w.casefold() for k in keys for w in places[k]}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)

    return re.compile(r"\b(?:%s)\b\.?(?:[^\n\d.;!?]|(?<=mr|ms|dr)\.|(?<=mrs)\.)*?(?=\b(?:%s|rear|back|side|the)\b|\b(?:%s)s[ \t]*\d|"
                      r"(?<![\d/])\d|(?:[^\W\d_][\w'’-]*[ \t]+){1,3}(?:%s)\b)"
                      % (alternatives("address_cues"), alternatives("home_kinds", "units", "floors", "boats"),
                         alternatives("units"),
                         alternatives("buildings", "premises")), re.I)


def _cued(text: str, start: int, end: int, common: frozenset[str]) -> tuple[int, int] | None:
    """An address found by the cue before it, from `start` (its flat or house number): words after
    it that cannot name a street are dropped ("lives at 9 Wheal Rose with mum" ends at "Rose");
    everyday words in lower case make one only when nothing follows on the line but punctuation
    ("addr 12 kingfishers." but not "address 3 different schools were tried")."""
    lex = lexicon()
    words = list(_WORD.finditer(text, start, end))
    shape, towns = _places()
    while words and words[-1].group().casefold() not in shape and (
            words[-1].group().casefold() in common or _plain(words[-1].group(), lex)):
        end = words.pop().start()
    end = start + len(text[start:end].rstrip(" \t,-"))
    named = [w.group() for w in words if w.start() >= start and not re.match(r"\d", w.group())]
    if not named or not _named(text[start:end], common):
        return None
    if any(w[:1].isupper() or w.casefold() in shape or w.casefold() in towns or not lex.common(w) for w in named):
        return start, end
    return (start, end) if re.match(r"[ \t]*(?:[.,;:)!?]|$)", text[end:end + 3]) else None


def _shaped(address: str) -> bool:
    """Whether an address has a street, flat, building or boat word ("Court", "Flat")."""
    shape = _places()[0] - {"no", "the", "old", "st"} - _WHERE
    return any(w.casefold().rstrip(".") in shape for w in _WORD.findall(address))


def _plain(word: str, lex) -> bool:
    """A word that never ends an address: a relative, a month or day, a word of the trade."""
    low = word.casefold()
    return low in lex.relations or low in lex.calendar or low in lex.not_names


def _named(address: str, common: frozenset[str]) -> bool:
    """Every word that is not a flat, floor, building or street word is a name: not an everyday
    word in lower case, a month or weekday, or one of the trade's words ("camhs", "visit")."""
    shape, towns = _places()
    lex = lexicon()
    address = _long_towns().sub(" ", _flat_words().sub(" ", address))  # "Burton upon Trent": no "upon"
    found = [w for w in _WORD.finditer(address) if w.group().casefold().rstrip(".") not in shape]
    names = [w.group() for w in found]
    if any(c.isdigit() for w in names for c in w):
        return False  # a school year or a count, not a street's name: "y9 Ridgeway", "x3 spring"
    if not names and not any(c.isdigit() for c in address) and "," not in address:
        # "Park Lane" alone says nothing; "9 Back Lane Drive" and "Orchard Bungalow, Mill Lane" are
        # addresses.
        return False
    if not any(c.isdigit() for c in address) and "," not in address and not any(
            w[:1].isupper() or not lex.common(w) for w in names):
        return False  # a building named by everyday words alone: "the civic centre", "the sports hall"
    head = address.split(",")[0].split()
    if head and head[0] == "the" and all(w.casefold().rstrip(".") in shape - _premises() - _units() for w in head):
        return False  # "the green, 12 Oak Road" (but "The Grange, Nuthatch Lane" is a house's name)
    last = address.split(",")[-1].split()
    if "," in address and not any(c.isdigit() for c in address) and last[:1] == ["the"] and all(
            w.casefold().rstrip(".") in shape for w in last):
        return False  # places passed, no street: "the mill, the canal" (not "The Forge, The Street")
    if names and address.lstrip().startswith(names[0]) and names[0].casefold() in common:
        return False  # a verb or a preposition before the address: "Is Windy Ridge Farm", "as ..."
    # A boat by its name, then its berth and where it lies, is an address in any case:
    # "houseboat avocet, berth 37, isle of dogs pier" (everyday words may name the pier).
    # So is a numbered room, pitch, home or lock, then a comma and where it is: "lock cottage,
    # lock 19, leeds and liverpool canal", "rooms 8 and 9, 110 colliers wend".
    # (Only the words after the room: "the tenancy of keeper's cottage, lock 41, ..." starts at
    # "keeper's".)
    unit = _numbered_unit().search(address)
    moored_from = 0 if _boat().match(address) is not None and any(c.isdigit() for c in address) else (
        unit.end() if unit is not None and any(c.isdigit() for c in address) else len(address) + 1)
    # After a house number, a capitalised word of the trade or a relation names a building or a
    # street: "18 Former Police Station House, Vatersay Reach", "92a Chair Bodger's Pasture".
    numbered = re.match(r"[ \t]*\d", address) is not None
    named = False  # the word before was a name: "82 bonchurch down chine" is a down's name
    for m in found[:4]:
        word, moored = m.group(), m.start() >= moored_from
        low = word.casefold().strip("'’")
        if low in towns:
            continue
        proper = word[:1].isupper() and not word.isupper()
        if low in lex.calendar or (low in lex.not_names and not (numbered and proper)) or (
                low in lex.relations and not (numbered and word[:1].isupper())) or (
                low in common and not proper and not moored and not (named and low in _HILLS)):
            return False
        named = not lex.common(word) and low not in common
    return True


_HILLS = frozenset({"down"})  # a hill after its name ("Tennyson Down") names a street as well


@functools.cache
def _long_towns() -> re.Pattern[str]:
    """Towns of more than one word, whose everyday words ("upon", "on", "the", "by") name nothing
    of a street: "Burton upon Trent", "Stoke-on-Trent", "Walton-on-the-Naze"."""
    towns = sorted((t for t in _places()[1] if re.search(r"[ -]", t)), key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(t).replace(r"\ ", r"[ \t]+") for t in towns), re.I)


@functools.cache
def _numbered_unit() -> re.Pattern[str]:
    """A flat, room, pitch, home or lock with its number, then a comma: "Room 224,", "lock 19,"."""
    units = "|".join(sorted((re.escape(u) for u in _units()), key=len, reverse=True))
    return re.compile(r"\b(?:%s)s?\.?[ \t]*(?:no\.?[ \t]*)?\d{1,4}[a-z]?(?:[ \t]*(?:and|&)[ \t]*\d{1,4}[a-z]?)?"
                      r"[ \t]*," % units, re.I)


@functools.cache
def _boat() -> re.Pattern[str]:
    """A boat's name, a comma, then a part with a number and another comma: "houseboat avocet,
    berth 37, ..."."""
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    boats = "|".join(re.escape(b) for b in sorted(places["boats"], key=len, reverse=True))
    return re.compile(r"[ \t]*(?:%s)\.?[ \t]+[^,\n]{1,40},[^,\n]*\d[^,\n]*," % boats, re.I)


def _trim_town(text: str, start: int, end: int) -> int:
    """Leave out a last part that is not a town: an everyday word or a name of the trade ("12 Oak
    Road, Mum", "12 Oak Road, Tuesday"), after a comma or (one word) straight after the street.
    A part followed by a postcode is a town whatever the word ("Quince Close, Boston, PE21 3TX")."""
    m = _LAST_PART.search(text, start, end) or _LAST_WORD.search(text, start, end)
    if m is None:
        return end
    shape, towns = _places()
    part = m.group(1)
    words = [w.casefold() for w in part.split()]
    if part.casefold() in towns or any(w in shape for w in words) or _POSTCODE_AFTER.match(text, end):
        return end
    if part[:1].isupper() and part.casefold() in _word_towns():
        return end  # "179 Whin Sill Chine, Sandwich."
    from wordfreq import zipf_frequency

    # A frequent English word or inflection, not merely a dictionary entry: "Fine." and ", moved."
    # go, "Stroud" stays. A place's name is no dictionary word in lower case ("Boston" is
    # frequent, "boston" no word).
    lex = lexicon()
    if any(w in lex.calendar or w in lex.not_names or w in lex.relations
           or (zipf_frequency(w, "en") >= 3.5 and (w in lex.dictionary or lex.inflected(w))) for w in words):
        return m.start()
    return end
