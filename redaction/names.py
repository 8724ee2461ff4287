"""People's names: what spaCy's NER finds, plus what it misses.

NER on social care notes misses lower-case and ALL-CAPS names, names that are ordinary words,
and non-Anglo names more often than Anglo ones. So a token is also a name when:
- it follows a title ("Mr Okafor"), a relationship ("mum Fatima") or "called"/"named";
- it is a transcript speaker label ("Tomasz (dad):"), sits in a "Present:" list, is followed by
  a role in brackets ("Tendai (manager)"), or is a first name next to a speech verb ("Hope said");
- it is not an English word at all (origin-agnostic: "chidi", "nkechi", "łukasz" in any case);
and neighbours that continue a name ("Khan" after "Ayesha", "da Silva") join it. Finally, once a
word is a name anywhere in a text, every other mention is too, in any casing, unless that
mention is plainly the ordinary word ("I hope", "will visit").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.lexicon import WORD, Lexicon, lexicon

_FUNCTION_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "PART", "NUM", "INTJ", "ADJ"}
_BULLETS = "-–—*•>"
_PARTICLES = {"da", "de", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "bin",
              "bint", "ibn", "al", "el", "la", "le", "mac", "ap", "abu", "ben", "st"}
_SPEAKER = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?([^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,2})[ \t]*"
                      r"(\([^)\n]{0,40}\))?[ \t]*:", re.M)
_SEEING = {"saw", "see", "seen", "with", "w", "w/", "visited"}
_WEAK_SPEECH = {"is", "was", "has", "had", "will", "would", "did", "does", "and", "ok", "felt", "feels"}
_CLOSED_POS = {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "NUM", "SYM"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "every", "each",
                "her", "his", "their", "my", "our", "your", "its", "much", "more", "less", "little"}
_FINITE = {"VBD", "VBZ"}


class NameRecognizer(EntityRecognizer):
    """PERSON spans from the spaCy doc Presidio has already made (no second NLP pass)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="heard_names", supported_language="en")

    def load(self) -> None:
        lexicon()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        return [RecognizerResult("PERSON", s, e, 0.85) for s, e in find_names(nlp_artifacts.tokens, text)]


@dataclass
class _Doc:
    """A spaCy doc with what the rules ask of each token, computed once."""

    doc: object
    mixed: list[bool]  # the token's line has both cases, so capitals carry meaning
    lex: Lexicon
    source: str  # the text (doc.text rebuilds it on every call)
    sent_starts: frozenset[int] = frozenset()  # (token.is_sent_start scans the whole doc each call)

    def text(self, i: int) -> str:
        """The token without bullet punctuation glued to its front ("-Tuan" -> "Tuan")."""
        return self.doc[i].text.lstrip(_BULLETS) if 0 <= i < len(self.doc) else ""

    def start(self, i: int) -> int:
        t = self.doc[i]
        return t.idx + len(t.text) - len(t.text.lstrip(_BULLETS))

    def caps_line(self, i: int) -> bool:
        """In a line of capitals, where part-of-speech tags are guesses."""
        return not self.mixed[i] and self.text(i).isupper()

    def low(self, i: int) -> str:
        return self.text(i).casefold()

    def capitalised(self, i: int) -> bool:
        return self.mixed[i] and self.text(i)[:1].isupper()

    def candidate(self, i: int) -> bool:
        t, word = self.doc[i], self.text(i)
        if self.lex.never_a_name(word):
            return False
        if t.pos_ in _CLOSED_POS and self.lex.ordinary(word) and not self.capitalised(i):
            return False
        if self.text(i).casefold() in self.lex.calendar and (self.doc[max(0, i - 1)].like_num or
                                                       (i + 1 < len(self.doc) and self.doc[i + 1].like_num)):
            return False
        return True

    def plain_word(self, i: int) -> bool:
        """Reads as the ordinary English word here, in lower case: a common word that is not a
        noun ("I hope", "will visit"; a first name only if frequent as written, so not "andrés"),
        or any English word inside a noun phrase ("the brook", "a grace period", "the gas bill")."""
        word = self.text(i)
        if self.capitalised(i) or self.caps_line(i):
            return False
        if self.lex.word_like(word) and self.doc[i].pos_ in _FUNCTION_POS:
            return True
        return self.in_noun_phrase(i) and (self.lex.word_like(word) or word.casefold() in self.lex.dictionary)

    def in_noun_phrase(self, i: int) -> bool:
        """After "the", "a", "her", "some", "Nan's"..., perhaps with a modifier between ("the gas
        bill", "a small mark"): a thing, not a person."""
        def after_determiner(j: int) -> bool:
            prev = self.doc[j - 1] if j > 0 else None
            return prev is not None and (prev.pos_ in {"DET", "NUM"} or prev.tag_ in {"PRP$", "POS", "WP$"}
                                         or self.low(j - 1) in _DETERMINERS)

        return after_determiner(i) or (i > 1 and self.doc[i - 1].pos_ in {"ADJ", "NOUN"}
                                       and self.text(i - 1).islower() and after_determiner(i - 1))


def find_names(doc, text: str) -> list[tuple[int, int]]:
    """Character spans of people's names in a spaCy doc of `text`."""
    d = _Doc(doc, _mixed_case_tokens(doc, text), lexicon(), text, frozenset(s.start for s in doc.sents))
    names = {i for i in range(len(doc)) if d.candidate(i) and (
        _strong_context(d, i) or _subject(d, i) or _plan_owner(d, i) or (not d.lex.weak(d.text(i)) and (
            _named_by_ner(d, i) or _by_context(d, i) or _unknown_word(d, i))))}
    names |= _speaker_labels(d, text) | _people_lists(d, text) | _hyphenated(d) | _before_identity(d, text)
    names = _extend(d, _in_lists(d, _extend(d, names)))
    names |= _other_mentions(d, names)
    # Once "summer lamb" is a name, "lamb" goes wherever it follows another mention of her.
    return _spans(d, _extend(d, names, known={d.low(i) for i in names}))


def _unknown_word(d: _Doc, i: int) -> bool:
    """Not an English word: most likely a name, whatever its origin or casing."""
    word = d.text(i)
    if d.lex.word_like(word) or d.plain_word(i):
        return False
    in_dictionary = word.casefold() in d.lex.dictionary
    return not (in_dictionary and d.doc[i].pos_ in _FUNCTION_POS and not d.capitalised(i))


def _mixed_case_tokens(doc, text: str) -> list[bool]:
    """For each token, whether its line has both cases (so capitals carry meaning)."""
    mixed_lines, start = [], 0
    for line in text.split("\n"):
        mixed_lines.append((start + len(line), any(c.islower() for c in line) and any(c.isupper() for c in line)))
        start += len(line) + 1
    out, k = [], 0
    for t in doc:
        while mixed_lines[k][0] < t.idx:
            k += 1
        out.append(mixed_lines[k][1])
    return out


def _named_by_ner(d: _Doc, i: int) -> bool:
    """NER called it a person (or a place, for a known first name); trusted for words that are
    not plain English words, and not for short acronyms ("AI")."""
    t, word = d.doc[i], d.text(i)
    if d.mixed[i] and word.isupper() and len(word) <= 3:
        return False
    if t.ent_type_ == "PERSON":
        return (not d.lex.common(word) or d.lex.first_name(word) or d.caps_line(i)
                or (d.capitalised(i) and not (t.i in d.sent_starts)))
    return t.ent_type_ in {"GPE", "ORG", "NORP", "LOC", "FAC"} and d.lex.first_name(word)


def _strong_context(d: _Doc, i: int) -> bool:
    """A title or "called" before it, or a role in brackets after it: a name whatever the word."""
    lex = d.lex
    before = tuple(d.low(j) for j in range(max(0, i - 2), i))
    word = d.text(i)
    plain = lex.ordinary(word) and not lex.first_name(word) and not d.text(i)[:1].isupper()
    verb = plain and (d.low(i) in lex.speech or d.doc[i].pos_ == "AUX")  # "the nurse said": no title here
    return ((d.low(i - 1).rstrip(".") in lex.titles and not verb) or any(before[-len(x):] == x for x in lex.introducers)
            or (d.text(i + 1) == "(" and d.low(i + 2) in lex.relations | lex.titles and not plain))


def _opens(d: _Doc, i: int) -> bool:
    """Opens a sentence, a line or a clause: nothing before it could make it an object."""
    prev = d.doc[i - 1] if i > 0 else None
    return (prev is None or i in d.sent_starts or prev.is_punct or prev.is_space
            or prev.pos_ in {"CCONJ", "SCONJ"} or d.low(i - 1).rstrip(".") in d.lex.relations)


def _subject(d: _Doc, i: int) -> bool:
    """A first name right before a finite verb is its subject ("Precious was", "Will is", "drew
    wore the..."): the word itself ("will", "drew", "precious") is never followed by one."""
    if i + 1 >= len(d.doc) or not d.lex.first_name(d.text(i)) or d.low(i) in d.lex.calendar:
        return False
    nxt = d.doc[i + 1]
    return (nxt.tag_ in _FINITE and nxt.text not in {"'s", "’s"} and nxt.text.islower() != d.text(i).isupper()
            and _joined(d, i, i + 1) and _opens(d, i))


def _plan_owner(d: _Doc, i: int) -> bool:
    """A capitalised first name opening a sentence, then "to" and a verb: who does an action of a
    plan ("Dawn to ring the GP by Friday"); not "I hope to", which has a subject before it."""
    return (i + 2 < len(d.doc) and d.low(i + 1) == "to" and d.doc[i + 2].tag_ == "VB"
            and d.lex.first_name(d.text(i)) and (d.capitalised(i) or d.caps_line(i)) and _opens(d, i))


def _before_identity(d: _Doc, text: str) -> set[int]:
    """The name just before a date of birth or an age ("dad drew dob 4/2/79", "Long (aged 14)",
    "wing 15yo", "sharelle buchanan dob"), perhaps with an identifier between ("drew white
    CP-2022-3464 dob"): one or two words, one of them a first name, capitalised, or not English."""
    found: set[int] = set()
    starts = [t.idx for t in d.doc]
    for m in d.lex.identity_cue.finditer(text):
        k, ids = bisect_left(starts, m.start()) - 1, 0  # ids: identifiers (runs of tokens with digits) passed
        while k >= 0 and (d.doc[k].is_punct or any(c.isdigit() for c in d.doc[k].text)):
            if any(c.isdigit() for c in d.doc[k].text) and (ids == 0 or not _joined_tight(d, k, k + 1)):
                ids += 1
            if ids > 1:
                break
            k -= 1
        if k < 0 or "\n" in text[d.doc[k].idx:m.start()] or not _could_name(d, k):
            continue
        pair = [k - 1, k] if k >= 1 and _joined(d, k - 1, k) and _could_name(d, k - 1) else [k]
        if any(_name_like(d, j) for j in pair):
            found.update(pair[next(n for n, j in enumerate(pair) if _name_like(d, j)):])
    return found


def _joined_tight(d: _Doc, a: int, b: int) -> bool:
    return d.doc[a].idx + len(d.doc[a].text) == d.doc[b].idx


def _could_name(d: _Doc, i: int) -> bool:
    return d.candidate(i) and d.doc[i].pos_ not in _CLOSED_POS and d.low(i) not in d.lex.relations


def _name_like(d: _Doc, i: int) -> bool:
    """A first name, a word that is not English, or a word capitalised mid-sentence."""
    word = d.text(i)
    return (d.lex.first_name(word) or not d.lex.word_like(word) or d.caps_line(i)
            or (d.capitalised(i) and i not in d.sent_starts))


def _by_context(d: _Doc, i: int) -> bool:
    """After a relationship ("mum Fatima", "nan hope helping"); a first name that speaks, owns,
    acts, or follows "saw"/"with"; a capitalised first name mid-sentence."""
    lex, t, word = d.lex, d.doc[i], d.text(i)
    prev, nxt = d.low(i - 1).rstrip("."), d.low(i + 1)
    first = lex.first_name(word)
    if prev in lex.relations and word.casefold() not in lex.speech:
        follows = d.doc[i + 1].pos_ if i + 1 < len(d.doc) else "PUNCT"
        follows = "NEG" if nxt in {"not", "n't", "dob"} else follows  # "dad drew not seen": no object
        if first and t.pos_ == "VERB" and lex.common(word):  # "dad drew - at work" vs "dad drew a picture"
            return follows not in {"DET", "PRON", "ADP", "ADV", "PART"}
        if first:
            return t.pos_ != "AUX" and follows not in {"DET", "PRON"}
        # Not "mum minimises", "gp upped meds": an inflected English word in lower case.
        return not d.plain_word(i) and (not lex.ordinary(word) or d.capitalised(i) or d.caps_line(i))
    if not first:
        return False
    if nxt in {"'s", "’s"} or (t.pos_ in {"NOUN", "PROPN"} and i + 1 < len(d.doc) and not d.in_noun_phrase(i)
                                and d.doc[i + 1].tag_ in {"VBD", "VBZ", "MD"}):
        return True
    if prev in _SEEING and t.pos_ != "AUX":
        return True  # "saw drew alone": no verb follows "saw"
    if d.plain_word(i):
        return False
    speaks = nxt in lex.speech and (nxt not in _WEAK_SPEECH or not lex.common(word))
    return speaks or prev in lex.weak_before or (
        d.capitalised(i) and not (t.i in d.sent_starts) and t.pos_ in {"PROPN", "NOUN"}
        and word.casefold() not in lex.calendar)


def _speaker_labels(d: _Doc, text: str) -> set[int]:
    """Transcript labels: "Tomasz:", "AYESHA:", "Blessing (mum):", and any label that speaks on
    more than one line ("Long:"); not "SW:" or "Purpose:"."""
    found = set()
    labels = list(_SPEAKER.finditer(text))
    repeated = {m.group(1).casefold() for m in labels
                if sum(n.group(1).casefold() == m.group(1).casefold() for n in labels) > 1}
    for m in labels:
        sure = m.group(2) is not None or m.group(1).casefold() in repeated
        for t in d.doc.char_span(m.start(1), m.end(1), alignment_mode="expand") or []:
            if d.candidate(t.i) and (sure or not d.lex.common(d.text(t.i)) or d.lex.first_name(d.text(t.i))):
                found.add(t.i)
    return found


def _people_lists(d: _Doc, text: str) -> set[int]:
    """The names in a "Present: ..." line: first names or words that are not English."""
    found = set()
    for head in d.lex.list_heads:
        for m in re.finditer(r"(?im)^[^\n]{0,80}?\b" + r"\s+".join(map(re.escape, head)) + r"\s*[:\-–]", text):
            line_end = text.find("\n", m.end())
            for t in d.doc.char_span(m.end(), line_end if line_end >= 0 else len(text),
                                     alignment_mode="expand") or []:
                if d.candidate(t.i) and (d.lex.first_name(d.text(t.i)) or not d.lex.common(d.text(t.i))):
                    found.add(t.i)
    return found


def _hyphenated(d: _Doc) -> set[int]:
    """Hyphenated names, which spaCy splits: "Min-ji", "ellie-mae", "Abu-Bakr" (not "follow-up")."""
    found = set()
    for t in d.doc:
        if t.text != "-" or not (0 < t.i < len(d.doc) - 1) or not (_joined(d, t.i - 1, t.i) and
                                                                   _joined(d, t.i, t.i + 1)):
            continue
        a, b = t.i - 1, t.i + 1
        if d.source[d.doc[a].idx + len(d.doc[a].text):d.doc[b].idx] != "-":
            continue
        parts = [d.text(a), d.text(b)]
        whole = "-".join(parts)
        if (all(WORD.match(p) and len(p) >= 2 for p in parts) and not d.lex.common(whole)
                and whole.casefold() not in d.lex.relations
                and (d.lex.first_name(whole) or any(d.lex.first_name(p) or not d.lex.ordinary(p) for p in parts))
                and not all(d.lex.common(p) and not d.lex.first_name(p) for p in parts)):
            found.update((a, t.i, b))
    return found


def _extend(d: _Doc, names: set[int], known: frozenset[str] | set[str] = frozenset()) -> set[int]:
    """Take in the neighbours that continue a name: "Ayesha Khan", "AYESHA KHAN", "Abu-Bakr",
    "Gabriela da Silva", a capitalised first name just before a found surname, and any word
    `known` as part of a name elsewhere in the text ("brought summer lamb" after "case: summer lamb")."""
    out = set(names)
    for i in sorted(names):
        j = i + 1
        while j < len(d.doc) and j - 1 in out:
            if _continues(d, j - 1, j, out) or (d.low(j) in known and _joined(d, j - 1, j) and d.candidate(j)
                                                and d.low(j) not in d.lex.speech and not d.plain_word(j)):
                out.add(j)
                j += 1
            elif d.low(j) in _PARTICLES and _joined(d, j - 1, j) and j + 1 < len(d.doc) and _continues(d, j, j + 1, out):
                out.update((j, j + 1))
                j += 2
            else:
                break
        k = i - 1
        if k >= 1 and d.low(k) in _PARTICLES and (d.low(k - 1).rstrip(".") in d.lex.titles or k - 1 in out):
            out.add(k)  # "Miss da silva"
            k -= 1
        while k >= 0 and k + 1 in out and _joined(d, k, k + 1) and d.candidate(k) and (
                d.lex.first_name(d.text(k)) or (d.capitalised(k) and not d.lex.ordinary(d.text(k)))) and (
                d.doc[k].pos_ not in {"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART"}):
            out.add(k)
            k -= 1
    return out


def _in_lists(d: _Doc, names: set[int]) -> set[int]:
    """First names listed alongside a name: "with MARIAM, salma, the dog", "PRECIOUS + Dwayne"."""
    out, changed = set(names), True
    while changed:
        changed = False
        for i in sorted(out):
            for sep, other in ((i + 1, i + 2), (i - 1, i - 2)):
                if (0 <= other < len(d.doc) and other not in out and d.text(sep) in {",", "and", "&", "+", "/"}
                        and d.candidate(other) and not d.plain_word(other)
                        and (d.lex.first_name(d.text(other)) or not d.lex.ordinary(d.text(other)))):
                    out.add(other)
                    changed = True
    return out


def _joined(d: _Doc, a: int, b: int) -> bool:
    ta, tb = d.doc[a], d.doc[b]
    gap = d.source[ta.idx + len(ta.text):tb.idx]
    return gap in {"", " ", "-"} and "\n" not in gap


def _continues(d: _Doc, a: int, b: int, names: set[int]) -> bool:
    t = d.doc[b]
    if t.text in {"-", "'", "’"} or not _joined(d, a, b) or not d.candidate(b):
        return t.text in {"-", "'", "’"} and _joined(d, a, b)
    town = d.lex.weak(d.text(b)) and not (d.lex.first_name(d.text(a)) and _same_shape(d.text(a), d.text(b)))
    if d.low(b) in d.lex.speech or d.text(b + 1) == ":" or town:  # "Amelia Heaton", not "Amelia Leeds"?
        return False
    if t.ent_type_ == "PERSON" or (d.caps_line(b) and t.pos_ in {"PROPN", "NOUN"}):
        return True
    if d.low(a) in _PARTICLES or (not d.text(a)[:1].isupper() and d.lex.first_name(d.text(a))):
        # After "da" or a lower-case first name, a noun is the surname: "da silva", "hope stone".
        return t.pos_ in {"PROPN", "NOUN", "X"} or not d.lex.ordinary(t.text)
    if d.mixed[b] and d.text(a)[:1].isupper():
        return d.capitalised(b) or (t.pos_ == "PROPN" and not d.lex.common(d.text(b)))
    return t.pos_ in {"PROPN", "NOUN", "X"} and not d.lex.common(d.text(b)) or d.lex.first_name(d.text(b))


def _same_shape(a: str, b: str) -> bool:
    """Written alike: both capitalised, both in capitals, or both lower case."""
    return (a.isupper() == b.isupper()) and (a[:1].isupper() == b[:1].isupper())


def _other_mentions(d: _Doc, names: set[int]) -> set[int]:
    """Every other mention of a found name, in any casing, unless it is the ordinary word."""
    words = {d.low(i) for i in names if not d.lex.common(d.text(i)) or d.lex.first_name(d.text(i))
             or d.capitalised(i) or d.text(i).isupper()}
    return {t.i for t in d.doc if t.i not in names and d.low(t.i) in words and d.candidate(t.i)
            and (not d.plain_word(t.i) or d.low(t.i + 1) in {"'s", "’s"})}





def _spans(d: _Doc, names: set[int]) -> list[tuple[int, int]]:
    """Merge name tokens that touch (or are joined by a hyphen or apostrophe) into spans."""
    spans: list[list[int]] = []
    for i in sorted(names):
        t = d.doc[i]
        start, end = d.start(i), t.idx + len(t.text)
        gap = d.source[spans[-1][1]:start] if spans else "x"
        if spans and gap in {"", " ", "-", "'", "’"}:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans if d.source[s:e].strip("-'’ ")]
