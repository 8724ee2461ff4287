"""Names found by how a note writes them rather than by the words:

- a run of two or three words in capitals among lower case, one of them a given name, a surname
  or no English word ("chair TANSY WARRENER", "CSW: SORREL THATCHER", "Speaker 2 SOLANGEL
  ECHEVERRI"), and the capitals next to a name already found ("TANSY" before a found "TINKER");
- someone's place named by their possessive, with nothing possessed after it ("feels safest at
  linnet's - quiet", "tea round Maple's");
- a word already found as a name, met again bare: not after "the", "a", "her", not a verb with
  its subject before it, not a modifier of the noun after it ("canyon more relaxed" when Canyon
  is a name in the note; not "the boating lake", "maple syrup", "I hope").
"""

from __future__ import annotations

from redaction.lexicon import WORD
from redaction.name_doc import CLOSED_POS, DETERMINERS, TokenView, joined

_POSSESSIVE = {"'s", "’s"}
# Where a person's home is named by their possessive: "at linnet's", "round Maple's", "@ kai's".
_TO_A_PLACE = {"at", "to", "from", "round", "@", "stays", "stayed", "staying", "sleeps", "slept"}
_PLACE_ENTS = {"ORG", "GPE", "LOC", "FAC"}


def _caps(d: TokenView, k: int) -> bool:
    """A word in capitals in a line of both cases, that could be part of a name."""
    word = d.text(k)
    return (0 <= k < len(d.doc) and d.mixed[k] and word.isupper() and len(word) >= 2 and bool(WORD.match(word))
            and d.candidate(k) and d.low(k) not in d.lex.relations and d.low(k) not in d.lex.calendar)


def _spaced(d: TokenView, a: int, b: int) -> bool:
    ta, tb = d.doc[a], d.doc[b]
    return d.source[ta.idx + len(ta.text):tb.idx] == " "


_FUNCTION = {"AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"}


def _heading(d: TokenView, k: int) -> bool:
    """Ends a heading or a label: only capitals, digits and punctuation up to a colon on its line."""
    end = d.source.find("\n", d.doc[k].idx)
    rest = d.source[d.doc[k].idx:end if end >= 0 else len(d.source)]
    head = rest.split(":", 1)[0]
    return ":" in rest and not any(c.islower() for c in head)


def caps_runs(d: TokenView, names: set[int]) -> set[int]:
    """Runs of two or three words in capitals among lower case that name someone, and the
    capitals that continue a name already found. Not a heading or a label before a colon."""
    found: set[int] = set()
    i, n = 0, len(d.doc)
    while i < n:
        if not _caps(d, i):
            i += 1
            continue
        j = i
        while j + 1 < n and _caps(d, j + 1) and _spaced(d, j, j + 1):
            j += 1
        run, i = list(range(i, j + 1)), j + 1
        if len(run) > 3 or _heading(d, run[-1]) or any(d.doc[k].pos_ in _FUNCTION for k in run):
            continue  # "WHO WILL DO WHAT:", "Speaker 2: WILL DO."
        words = [d.text(k) for k in run]
        if any(k in names for k in run) or (len(run) >= 2 and any(
                d.lex.first_name(w) or d.lex.surname(w) or w.casefold() in d.lex.word_surnames
                or not d.lex.ordinary(w) for w in words)):
            found.update(run)
    return found


def possessive_places(d: TokenView) -> set[int]:
    """Someone's home named by their possessive after "at", "to", "round": "at linnet's - quiet";
    not "at the butcher's" (a determiner), "at Tesco's" (a firm) or "at nan's" (a relative)."""
    found: set[int] = set()
    for i in range(1, len(d.doc) - 1):
        if d.text(i + 1) not in _POSSESSIVE or d.low(i - 1) not in _TO_A_PLACE or not joined(d, i - 1, i):
            continue
        after = d.doc[i + 2] if i + 2 < len(d.doc) else None
        possessed = after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ"} and joined(d, i + 1, i + 2)
        low = d.low(i)
        if (possessed or not d.candidate(i) or d.doc[i].pos_ in CLOSED_POS or d.doc[i].ent_type_ in _PLACE_ENTS
                or low in d.lex.relations or low in d.lex.not_names or low in d.lex.calendar or d.lex.weak(d.text(i))):
            continue
        found.add(i)
    return found


def bare_mention(d: TokenView, i: int, known: set[int]) -> bool:
    """A word the note has already written as a name, here where a name stands: no determiner
    before it, no noun after it that it describes, not a verb after its subject, not what
    something is ("feeling blue")."""
    t = d.doc[i]
    if d.in_noun_phrase(i) or t.pos_ in CLOSED_POS - {"PUNCT"} or t.pos_ == "ADV":
        return False
    prev = d.doc[i - 1] if i > 0 else None
    k = i - 1
    while k >= 0 and i - k <= 3 and joined(d, k, k + 1) and d.text(k).islower():
        if d.low(k) in DETERMINERS or d.doc[k].pos_ == "DET" or d.doc[k].tag_ in {"PRP$", "POS"}:
            return False  # "the boating lake", "a smooth pebble", "her old maple"
        if d.doc[k].pos_ not in {"ADJ", "NOUN", "VERB", "NUM"}:
            break
        k -= 1
    if t.tag_.startswith("VB") and prev is not None and joined(d, i - 1, i) and (
            prev.pos_ in {"PRON", "NOUN", "PROPN", "AUX", "PART"}):
        return False  # "I hope", "we will drew", "to chase", "drew drew a picture"
    nxt = d.doc[i + 1] if i + 1 < len(d.doc) else None
    if (nxt is not None and joined(d, i, i + 1) and nxt.text.islower() and nxt.pos_ in {"NOUN", "PROPN"}
            and i + 1 not in known and d.low(i + 1) not in d.lex.word_surnames):
        return False  # "maple syrup", "reef fish"
    return True
