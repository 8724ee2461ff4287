"""UK pattern recognizers, built from `recognizers.yaml` (and a council's own file) as Presidio
PatternRecognizers. A refiner may reject a match (a failed checksum) or trim it (the words
before a school's name)."""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Callable
from pathlib import Path

import yaml
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

DATA = Path(__file__).parent / "recognizers.yaml"
PLACES = Path(__file__).parent / "places.yaml"
Refiner = Callable[[str, int, int], "tuple[int, int] | None"]
_REFINERS: dict[str, Refiner] = {}

# Words that never make up a street's or a school's name.
COMMON = frozenset("""
a an the this that these those his her their my our your its at to from in on of off by with for
i you he she we they me him us them like likes liked love loves loved said says told enjoys hates
which what whose how's what's it's he's she's they're there here now then say says ref referral
attendance report reports child's mum's dad's carer's family's re w w/ regarding
and or but no not any every each all some same other another next last new old local current
previous nearby usual mainstream special primary secondary weeks week days day months month years
year hours hour minutes times am pm mum dad nan carer foster child children went go goes going
attends attend attended attending started start starts left leaves moved move changed change about
into over under near around after before since during up down is was be been are were will would
""".split())


def refiner(name: str) -> Callable[[Refiner], Refiner]:
    def register(fn: Refiner) -> Refiner:
        _REFINERS[name] = fn
        return fn
    return register


@refiner("nhs_mod11")
def nhs_mod11(text: str, start: int, end: int) -> tuple[int, int] | None:
    digits = [int(c) for c in text[start:end] if c.isdigit()]
    check = 11 - sum(d * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11
    return (start, end) if len(digits) == 10 and check % 11 == digits[9] else None


@refiner("uk_phone")
def uk_phone(text: str, start: int, end: int) -> tuple[int, int] | None:
    digits = re.sub(r"\D", "", text[start:end])
    digits = digits[2:] if digits.startswith("0044") else digits
    national = (digits[2:] if digits.startswith("44") else digits).lstrip("0")
    return (start, end) if 9 <= len(national) <= 10 else None


# "DOB", "born", "date of birth" a few words before, or "b." just before ("dad b. 02/07/1979").
# Not "birth father" or "birth certificate".
_DOB_CONTEXT = re.compile(r"\b(?:dob|d\.o\.b\.?|born|birth(?![ \t]+(?:father|mother|parents?|mum|dad|family|"
                          r"relatives?|certificate|plan|partner|weight))|birthday)(?:\b|(?<=\.))[^\d.]{0,40}$"
                          r"|(?<![\w.])b\.[ \t]?$", re.I)


@refiner("date_of_birth")
def date_of_birth(text: str, start: int, end: int) -> tuple[int, int] | None:
    return (start, end) if _DOB_CONTEXT.search(text[max(0, start - 48):start]) else None


@refiner("street")
def street(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A street whose name words are not everyday words; if the words before the house number
    are ("off the green, 12 Oak Road"), the address from the house number on."""
    if _street_named(text[start:end]):
        return start, end
    for number in _HOUSE_NUMBER.finditer(text, start, end):
        if number.start() > start and _street_named(text[number.start():end]):
            return number.start(), end
    return None


_HOUSE_NUMBER = re.compile(r"(?:\bno\.?\s*)?\b\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?,?\s+[a-z]", re.I)
_NOT_NAME_WORDS = {"flat", "apartment", "apt", "unit", "room", "no", "number"}


def _street_named(address: str) -> bool:
    words = re.findall(r"\b[^\W\d_][\w'’-]*", address)
    name_words = [w for w in words[:-1] if w.casefold() not in _NOT_NAME_WORDS]
    return bool(name_words) and not any(w.casefold() in COMMON for w in name_words[:3])


_KIND_WORDS = frozenset("""
school academy college nursery pre-school preschool primary secondary junior juniors infant infants
high grammar community free special church sixth form trust day and & c of e ce rc catholic
methodist england children's centre pupil referral unit voluntary aided controlled foundation studio
""".split())


@refiner("school")
def school(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Keep the kind of school and the name words just before it; no name words, no school.
    "the" may sit between two name words ("Christ the King"), "of" after "Our Lady"."""
    words = list(re.finditer(r"\S+", text[start:end]))
    k = len(words)
    while k > 0 and words[k - 1].group().casefold() in _KIND_WORDS:
        k -= 1

    def name_word(j: int) -> bool:
        word = words[j].group().casefold().rstrip(".")
        return (word not in COMMON and not word.isdigit() and len(re.findall(r"[^\W_]", word)) >= 2
                and not re.search(r"[:;,.()@/]$", words[j].group()))

    first = None
    for j in range(k - 1, -1, -1):
        word = words[j].group().casefold().rstrip(".")
        saint = word in {"st", "saint"} and first == j + 1
        our_lady = (word in {"our", "lady"} or word == "of" and j > 0 and words[j - 1].group().casefold() == "lady"
                    ) and first is not None and first - j <= 3
        linking = word == "the" and first == j + 1 and j > 0 and name_word(j - 1)
        if not (name_word(j) or saint or our_lady or linking) or k - j > 5:
            break
        first = j
    if first is None or words[first].group().casefold() in {"of", "lady"}:
        return None
    return start + words[first].start(), end


class UkPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose matches pass through a named refiner."""

    def __init__(self, entity: str, patterns: list[Pattern], refine: str | None):
        super().__init__(supported_entity=entity, name=f"heard_{entity.lower()}", patterns=patterns)
        self.refine = _REFINERS[refine] if refine else None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        if self.refine is None:
            return results
        refined = []
        for r in results:
            span = self.refine(text, r.start, r.end)
            if span is not None:
                r.start, r.end = span
                refined.append(r)
        return refined


def load_recognizers(extra: Path | None = None) -> list[EntityRecognizer]:
    """Recognizers from the shipped YAML, plus a council's own file of the same shape: its
    patterns, and its reference cues (`cues`, `qualifiers` under CASE_REFERENCE)."""
    from redaction.references import CuedReferenceRecognizer

    specs = copy.deepcopy(_read(DATA))
    if extra is not None:
        for entity, spec in _read(extra).items():
            base = specs.setdefault(entity, {"patterns": []})
            for key in ("patterns", "cues", "qualifiers"):
                base[key] = base.get(key, []) + (spec.get(key) or [])
    recognizers: list[EntityRecognizer] = [
        UkPatternRecognizer(entity, [Pattern(p["name"], p["regex"], p["score"]) for p in spec["patterns"]],
                            spec.get("refine"))
        for entity, spec in specs.items() if spec.get("patterns")
    ]
    cued = specs.get("CASE_REFERENCE", {})
    if cued.get("cues"):
        recognizers.append(CuedReferenceRecognizer(cued["cues"], cued.get("qualifiers", []),
                                                   cued.get("min_digits", 5)))
    return recognizers


@functools.cache
def _read(path: Path) -> dict:
    """A recognizer file, with {towns}, {street_types} and {buildings} filled from places.yaml."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    lists = _place_lists()
    for entity, spec in data.items():
        for p in spec.get("patterns", []):
            p.setdefault("name", entity.lower())
            for key, alternatives in lists.items():
                p["regex"] = p["regex"].replace("{" + key + "}", alternatives)
    return data


def _place_lists() -> dict[str, str]:
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    out = {}
    for key in ("towns", "street_types", "buildings"):
        words = sorted({w.casefold() for w in places[key]}, key=len, reverse=True)
        out[key] = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
    return out
