"""Names that a note's headers and labels hold, whatever the words are (so also names that are
ordinary words, in any casing):

- a subject line: "Re: Tulip Nightingale / home visit", "RE: PEACHES MUSTARD. REVIEW OF ...", and an
  e-mail's "From:", "To:" or "Cc:" line;
- who chairs and who minutes a meeting: "cin rv 20.7.26 chair radostina mins THISTLE";
- a role label naming its holder before a colon: "-> HV posy buckle: weight on track".
"""

from __future__ import annotations

import re
from bisect import bisect_left

from redaction.lexicon import WORD
from redaction.name_doc import CLOSED_POS, TokenView, joined, same_shape

_WORD = r"[^\W\d_][\w'’-]*"
# "Re:" opening a line (perhaps after a bullet or "Subject:"), then the value.
_SUBJECT = re.compile(r"(?im)^[ \t]*(?:[-*•>~=·→▪◦]+[ \t]*)?(?:subject[ \t]*:[ \t]*)?re[ \t]*:[ \t]*(?:fwd?[ \t]*:[ \t]*)*")
# Between the parts of a subject: "RE: FW: handover - Mohair Overlock - 3rd April 2026".
_PART = re.compile(r"[ \t]+[-–/|][ \t]+")
# An e-mail's sender or addressee, in a note with an e-mail's header ("From: CHAMBRAY SHUTTLE",
# then "Sent: ..." or "Subject: ...").
_SENDER = re.compile(r"(?im)^[ \t]*(?:from|to|cc)[ \t]*:[ \t]*")
_MAIL_HEADER = re.compile(r"(?im)^[ \t]*(?:sent|subject)[ \t]*:")
# The end of a subject's value: a field separator, a full stop, or the line's end.
_SUBJECT_END = re.compile(r"[ \t]*(?:[/|(;,]|\.(?:\s|$)|--?[ \t]|–|$)", re.M)
# "chair X mins Y", "chaired by X, minutes: Y", "chair: X / minute taker: Y".
_MEETING = re.compile(rf"(?i)(?<!\w)(?:chair(?:ed[ \t]+by)?|chairperson)[ \t]*:?[ \t]+({_WORD})[ \t]*[,;/]?[ \t]*"
                      rf"(?:mins|minutes|minuted[ \t]+by|minute[ \t-]?taker)[ \t]*:?[ \t]+({_WORD})")
_BULLET = r"(?:[-*•>~=·→▪◦]+>?[ \t]*)?"


def subject_lines(d: TokenView, text: str) -> set[int]:
    """The person a subject line is about, or an e-mail's sender or addressee: two or three
    capitalised words (or capitals), ending the field, none a word of the trade ("Re: Home Visit"
    is none), one of them uncommon."""
    found: set[int] = set()
    senders = _SENDER.finditer(text) if _MAIL_HEADER.search(text) else ()
    starts = [m.end() for m in senders]
    for m in _SUBJECT.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        starts += [m.end(), *(p.end() for p in _PART.finditer(text, m.end(), line_end))]
    for start in starts:
        k = bisect_left(d.starts, start)
        # After a word of the trade opening the part: "handover Sirje Kuusik - ...".
        taken = _run(d, d.starts[k + 1]) if k + 1 < len(d.doc) and d.low(k) in d.lex.not_names else _run(d, start)
        if not 2 <= len(taken) <= 3:
            continue
        words = [d.text(k) for k in taken]
        end = d.doc[taken[-1]].idx + len(d.doc[taken[-1]].text)
        if (_SUBJECT_END.match(text, end) and all(w[:1].isupper() for w in words)
                and len({w.isupper() for w in words}) == 1 and any(namely(d, k) for k in taken)):
            found.update(taken)
    return found


def meeting_roles(d: TokenView, text: str) -> set[int]:
    """Who chairs and who minutes: "chair peaches mins ishraga" (both names, whatever the words)."""
    found: set[int] = set()
    starts = d.starts
    for m in _MEETING.finditer(text):
        for g in (1, 2):
            k = bisect_left(starts, m.start(g))
            if k < len(d.doc) and d.candidate(k) and d.doc[k].pos_ not in CLOSED_POS - {"PRON"}:
                found.add(k)
    return found


def role_labels(d: TokenView, text: str) -> set[int]:
    """A role and the name of who holds it, before a colon: "HV posy buckle:", "-> SW Ember
    Sparrow:" (two words written alike, one of them uncommon; not "Dad work pattern:")."""
    found: set[int] = set()
    pattern = _role_label(d)
    for m in pattern.finditer(text):
        taken = _run(d, m.end())
        if len(taken) != 2 or not same_shape(d.text(taken[0]), d.text(taken[1])):
            continue
        end = d.doc[taken[-1]].idx + len(d.doc[taken[-1]].text)
        if text[end:end + 1] == ":" and any(namely(d, k) for k in taken) and not any(
                d.low(k) in d.lex.not_surnames or d.doc[k].tag_.startswith("VB") for k in taken):
            found.update(taken)
    return found


def _role_label(d: TokenView) -> re.Pattern[str]:
    roles = "|".join(re.escape(r) for r in sorted(d.lex.relations, key=len, reverse=True))
    return _compiled(rf"(?im)^[ \t]*{_BULLET}(?:{roles})[ \t]+(?=[^\W\d_])")


_CACHE: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern not in _CACHE:
        _CACHE[pattern] = re.compile(pattern)
    return _CACHE[pattern]


def _run(d: TokenView, start: int) -> list[int]:
    """Up to four words from `start`, joined by single spaces, that could be part of a name."""
    k = bisect_left(d.starts, start)
    taken: list[int] = []
    while (k < len(d.doc) and len(taken) < 4 and WORD.match(d.text(k)) and d.candidate(k)
           and d.low(k) not in d.lex.calendar and d.doc[k].pos_ not in CLOSED_POS
           and (not taken or (joined(d, taken[-1], k) and d.source[d.doc[k].idx - 1] == " "))):
        taken.append(k)
        k += 1
    return taken


def namely(d: TokenView, k: int, rare: float = 4.0) -> bool:
    """Could carry a name: a given name or surname, no English word, or a word rarer than `rare`
    (Zipf scale)."""
    from wordfreq import zipf_frequency

    word = d.text(k)
    return (d.lex.first_name(word) or d.lex.surname(word) or d.low(k) in d.lex.word_surnames
            or not d.lex.ordinary(word) or zipf_frequency(d.low(k), "en") < rare)
