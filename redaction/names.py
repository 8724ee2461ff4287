"""People's names: what spaCy's NER finds, plus what it misses.

NER on social care notes misses lower-case and ALL-CAPS names, names that are ordinary words,
and non-Anglo names more often than Anglo ones. So a token is also a name when:
- it follows a title ("Mr Okafor"), a relationship ("mum Fatima"), or "called"/"named";
- it is a transcript speaker label ("Tomasz (dad):") or the subject of a speech verb ("Hope said");
- it is not an English word at all (origin-agnostic: "chidi", "nkechi", "łukasz" in any case);
and a name's neighbours that look like more of it ("Khan" after "Ayesha") join it. Finally, once a
word is a name anywhere in a text, every other mention of it is too, in any casing, unless that
mention is plainly the ordinary word ("I hope", "will visit").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from presidio_analyzer import EntityRecognizer, RecognizerResult

DATA = Path(__file__).parent / "names.yaml"
_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
_FUNCTION_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV", "PART", "NUM", "INTJ"}
_SPEAKER = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?([^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,2})[ \t]*"
                      r"(?:\([^)\n]{0,40}\))?[ \t]*:", re.M)


@dataclass(frozen=True)
class Lexicon:
    titles: frozenset[str]
    relations: frozenset[str]
    introducers: tuple[tuple[str, ...], ...]
    speech: frozenset[str]
    not_names: frozenset[str]
    dictionary: frozenset[str]
    first_names: frozenset[str]

    @functools.lru_cache(maxsize=65536)  # noqa: B019 (one lexicon per process)
    def ordinary(self, word: str) -> bool:
        """An English word in its own right (names that are words count: "will", "grace")."""
        from wordfreq import zipf_frequency

        w = word.casefold().strip("'’")
        if w in self.dictionary or w in self.not_names:
            return True
        return w not in self.first_names and zipf_frequency(w, "en") >= 3.5

    def never_a_name(self, word: str) -> bool:
        w = word.casefold()
        return w in self.not_names or w in self.relations or w in self.titles or not _WORD.match(word)


@functools.cache
def lexicon() -> Lexicon:
    """Word lists from names.yaml, an English dictionary (english-words' web2, lower-case entries
    only, so proper nouns are out) and a first-name list from many countries (gender-guesser)."""
    from english_words import get_english_words_set

    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    return Lexicon(
        titles=frozenset(data["titles"]), relations=frozenset(data["relations"]),
        introducers=tuple(tuple(i.split()) for i in data["introducers"]),
        speech=frozenset(data["speech"]), not_names=frozenset(data["not_names"]),
        dictionary=frozenset(w for w in web2 if w.islower()), first_names=_first_names(),
    )


def _first_names() -> frozenset[str]:
    from importlib.resources import files

    names = set()
    table = files("gender_guesser") / "data" / "nam_dict.txt"
    for line in table.read_text(encoding="iso-8859-1").splitlines():
        if line[:1].isalpha() or line.startswith("?"):
            name = line[3:29].strip()
            if name and "+" not in name and "<" not in name:
                names.add(name.casefold())
    return frozenset(names)


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


def find_names(doc, text: str) -> list[tuple[int, int]]:
    """Character spans of people's names in a spaCy doc of `text`."""
    lex = lexicon()
    mixed = [_mixed_case_line(text, t.idx) for t in doc]
    names: set[int] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" or (ent.label_ in {"GPE", "ORG", "NORP", "LOC", "FAC"}
                                      and all(t.text.casefold() in lex.first_names for t in ent)):
            names.update(t.i for t in ent if not lex.never_a_name(t.text))
    for t in doc:
        if lex.never_a_name(t.text):
            continue
        if _has_context(doc, t, lex) or not lex.ordinary(t.text):
            names.add(t.i)
        elif (mixed[t.i] and t.text[:1].isupper() and not t.is_sent_start and t.pos_ == "PROPN"
              and t.text.casefold() in lex.first_names):
            names.add(t.i)
    names |= _speaker_labels(doc, text, lex)
    names = _extend(doc, names, mixed, lex)
    names |= _other_mentions(doc, names, mixed, lex)
    return _spans(doc, names)


def _mixed_case_line(text: str, at: int) -> bool:
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return any(c.islower() for c in line) and any(c.isupper() for c in line)


def _has_context(doc, t, lex: Lexicon) -> bool:
    """A title, relationship or "called" before it, or a speech verb after it."""
    prev = doc[t.i - 1].text.casefold().rstrip(".") if t.i > 0 else ""
    prev2 = tuple(x.text.casefold() for x in doc[max(0, t.i - 2):t.i])
    plain = lex.ordinary(t.text) and t.pos_ in _FUNCTION_POS
    if prev in lex.titles or any(prev2[-len(i):] == i for i in lex.introducers):
        return True
    if prev in lex.relations and not plain and t.text.casefold() not in lex.speech:
        return lex.ordinary(t.text) is False or t.text.casefold() in lex.first_names or t.text[:1].isupper()
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return (nxt is not None and nxt.text.casefold() in lex.speech and nxt.pos_ in {"VERB", "AUX"}
            and t.pos_ in {"PROPN", "NOUN"} and t.text.casefold() in lex.first_names)


def _speaker_labels(doc, text: str, lex: Lexicon) -> set[int]:
    found = set()
    for m in _SPEAKER.finditer(text):
        for t in doc.char_span(m.start(1), m.end(1), alignment_mode="expand") or []:
            w = t.text.casefold()
            if not lex.never_a_name(t.text) and (not lex.ordinary(t.text) or w in lex.first_names):
                found.add(t.i)
    return found


def _extend(doc, names: set[int], mixed: list[bool], lex: Lexicon) -> set[int]:
    """Take in the neighbours that continue a name: "Ayesha Khan", "AYESHA KHAN", "Abu-Bakr"."""
    out = set(names)
    for i in sorted(names):
        j = i + 1
        while j < len(doc) and j - 1 in out:
            t = doc[j]
            joined = doc[j - 1].idx + len(doc[j - 1].text) >= t.idx - 1
            if t.text in "-'’" and joined:
                j += 1
                continue
            if not joined or lex.never_a_name(t.text) or t.text.casefold() in lex.speech:
                break
            cap = t.text[:1].isupper() and (mixed[j] or doc[i].text.isupper())
            if not (cap or t.pos_ == "PROPN" or not lex.ordinary(t.text)):
                break
            out.add(j)
            j += 1
    return out


def _other_mentions(doc, names: set[int], mixed: list[bool], lex: Lexicon) -> set[int]:
    """Every other mention of a found name, in any casing, unless it is the ordinary word."""
    words = {doc[i].text.casefold() for i in names}
    found = set()
    for t in doc:
        if t.i in names or t.text.casefold() not in words:
            continue
        looks_plain = not (t.text[:1].isupper() and mixed[t.i]) and t.pos_ in _FUNCTION_POS
        nxt = doc[t.i + 1].text if t.i + 1 < len(doc) else ""
        if not (lex.ordinary(t.text) and looks_plain) or nxt in {"'s", "’s"}:
            found.add(t.i)
    return found


def _spans(doc, names: set[int]) -> list[tuple[int, int]]:
    """Merge name tokens that touch (or are joined by a hyphen or apostrophe) into spans."""
    spans: list[list[int]] = []
    for i in sorted(names):
        t = doc[i]
        start, end = t.idx, t.idx + len(t.text)
        if spans and start - spans[-1][1] <= 1 and (start == spans[-1][1] or doc.text[spans[-1][1]] in " -'’"):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans]
