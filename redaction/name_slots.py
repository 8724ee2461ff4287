"""Places in a sentence that only a person fills, whatever the word in them is (so also names
that are ordinary words, in lower case or capitals):

- the one a note says to contact, at the head of an action: "Ring Clemency re FGC", "* text
  ROCK about contact", "- phone hope re taxi";
- the one someone wants or asks to do something: "sunbeam wants scout to ring", "asked brook
  to wait outside" (not "wants food to be warm": the most frequent nouns and the trade's words
  are left);
- the one someone wants at a meeting: "wants kestrel at next mtg", "Wants Mashair at the review"
  (not "wants pizza at the review": the most frequent nouns are left);
- the one greeted or introducing themself: "Hi Lyric,", "it's Champion from children's
  services", "this is Marigold from school".

The word as a word ("ring housing re rent", "wants time to think", "hi everyone") is left.
"""

from __future__ import annotations

from redaction.name_doc import CLOSED_POS, TokenView, joined
from redaction.name_headlines import trade_words

_ABOUT = {"re", "about", "abt", "regarding", "to", "asap", "today", "tomorrow", "tmrw", "and", "&", "+", ",", ".",
          ";", "/", "-", "–", "(", "if", "when", "after", "before", "back", "again"}
# After a lower-case ordinary word only what says it is contacted, not "contact type and reason".
_ABOUT_STRICT = {"re", "about", "abt", "regarding", "asap", "today", "tomorrow", "tmrw", ""}
_WANTING = {"wants", "want", "wanted", "asked", "asks", "ask", "told", "tells", "tell", "reminded", "reminds",
            "encouraged", "encourages", "helped", "helps", "allowed", "allows", "expects", "expected", "begged",
            "invited", "invites", "persuaded", "urged", "warned", "let", "lets"}
# A meeting someone may be wanted at, after "at", "the", "next": "wants kestrel at next mtg".
_MEETINGS = {"meeting", "meetings", "mtg", "mtgs", "review", "reviews", "taf", "tac", "conference", "conf", "cin", "cp",
             "core", "fgc", "lac", "cla", "pep", "session", "panel", "hearing", "contact"}
_GREETING = {"hi", "hello", "hiya", "dear", "thanks", "thank", "morning", "afternoon", "evening"}
_SELF = (("it", "'s"), ("it", "’s"), ("its",), ("this", "is"), ("i", "am"), ("i", "'m"), ("i", "’m"))
_FROM = {"from", "at", "here", "with", "calling", "speaking", ","}


def person_slots(d: TokenView) -> set[int]:
    """Tokens standing where only a person does."""
    found: set[int] = set()
    for i in range(1, len(d.doc)):
        if not _fills(d, i):
            continue
        prev = d.low(i - 1)
        if not joined(d, i - 1, i):
            continue
        if prev in d.lex.addressing and _action_head(d, i - 1) and (
                d.low(i + 1) in _ABOUT | {""} if _written_as_name(d, i)
                else d.low(i + 1) in _ABOUT_STRICT and _not_frequent(d, i)):
            found.add(i)
        elif (prev in _WANTING and d.low(i + 1) == "to" and i + 2 < len(d.doc) and d.doc[i + 2].tag_ in {"VB", "VBP", "NN"}
              and not d.in_noun_phrase(i) and _not_frequent(d, i)):
            found.add(i)
        elif prev in _WANTING and d.low(i + 1) == "at" and _meeting_at(d, i + 2) and _not_frequent(d, i):
            found.add(i)
        elif prev in _GREETING and (i < 2 or not d.doc[i - 2].is_alpha) and (
                d.low(i + 1) in {",", "!", ".", "-", ":", ""} or d.doc[i + 1].is_space) and _written_as_name(d, i):
            found.add(i)
        elif any(tuple(d.low(k) for k in range(i - len(s), i)) == s for s in _SELF) and d.low(i + 1) in _FROM and (
                _written_as_name(d, i)):
            found.add(i)
    return found


def _fills(d: TokenView, i: int) -> bool:
    """Could be a name at all: a word, not a relative, an agency, a date or a word of the trade."""
    low, t = d.low(i), d.doc[i]
    return (t.is_alpha and len(low) >= 2 and d.candidate(i) and t.pos_ not in CLOSED_POS
            and low not in d.lex.relations and low not in d.lex.not_names and low not in d.lex.calendar
            and low not in d.lex.family_heads and low not in trade_words() and low.rstrip(".") not in d.lex.titles
            and not d.lex.weak(d.text(i))
            and (t.pos_ in {"NOUN", "PROPN", "ADJ", "X", "INTJ"} or _written_as_name(d, i)
                 or (d.low(i - 1) in _WANTING and t.pos_ == "VERB")))  # tags guess: "wants scout to ring"


def _meeting_at(d: TokenView, k: int) -> bool:
    """A meeting from token `k`: "next mtg", "the review", "the next CIN meeting"."""
    while k < len(d.doc) and d.low(k) in {"the", "next", "his", "her", "their", "our", "my", "your", "a"}:
        k += 1
    return k < len(d.doc) and d.low(k) in _MEETINGS


def _action_head(d: TokenView, k: int) -> bool:
    """The verb opens an action: a line or bullet, or after ";", ".", "then", "to", "and", "pls"."""
    prev = d.doc[k - 1] if k > 0 else None
    return (prev is None or "\n" in prev.text or k in d.sent_starts or not any(c.isalnum() for c in prev.text)
            or d.low(k - 1) in {"then", "to", "and", "pls", "please", "will", "must", "should", "need", "needs"}
            or "\n" in d.source[prev.idx:d.doc[k].idx])


def _not_frequent(d: TokenView, i: int) -> bool:
    """A name, no English word, or a word not among the most frequent ("wants time to think")."""
    from wordfreq import zipf_frequency

    word = d.text(i)
    return (d.lex.first_name(word) or not d.lex.ordinary(word) or d.capitalised(i) or d.caps_line(i)
            or (d.doc[i].pos_ in {"NOUN", "PROPN", "ADJ"} and zipf_frequency(d.low(i), "en") < 4.3))


def _written_as_name(d: TokenView, i: int) -> bool:
    word = d.text(i)
    return (d.capitalised(i) or (word.isupper() and len(word) >= 3 and d.mixed[i]) or d.lex.first_name(word)
            or not d.lex.ordinary(word))
