"""UK pattern recognizers, built from `recognizers.yaml` (and a council's own file) as Presidio
PatternRecognizers. A refiner may reject a match (a failed checksum) or trim it (the words
before a school's name)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path

import yaml
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

DATA = Path(__file__).parent / "recognizers.yaml"
Refiner = Callable[[str, int, int], "tuple[int, int] | None"]
_REFINERS: dict[str, Refiner] = {}

# Words that never make up a street's or a school's name.
COMMON = frozenset("""
a an the this that these those his her their my our your its at to from in on of off by with for
i you he she we they me him us them like likes liked love loves loved said says told enjoys hates
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
    national = (digits[2:] if digits.startswith("44") else digits).lstrip("0")
    return (start, end) if 9 <= len(national) <= 10 else None


_DOB_CONTEXT = re.compile(r"\b(?:dob|d\.o\.b|born|birth|birthday)\b[^\d\n]{0,14}$", re.I)


@refiner("date_of_birth")
def date_of_birth(text: str, start: int, end: int) -> tuple[int, int] | None:
    return (start, end) if _DOB_CONTEXT.search(text[max(0, start - 30):start]) else None


@refiner("street")
def street(text: str, start: int, end: int) -> tuple[int, int] | None:
    words = re.findall(r"[^\W\d_][\w'’-]*", text[start:end])
    name_words = [w for w in words[:-1] if w.casefold() not in {"flat", "apartment", "apt", "unit", "room"}]
    if not name_words or any(w.casefold() in COMMON for w in name_words[:3]):
        return None
    return start, end


@refiner("school")
def school(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop leading words that are not part of the name ("went to the", lower-case words in a
    text that has capitals); reject a bare "primary school"."""
    cased = any(c.isupper() for c in text) and not text.isupper()
    for word in re.finditer(r"\S+\s+", text[start:end]):
        token = word.group().strip().strip(",.;:")
        keep = token.casefold() not in COMMON and not (cased and token[:1].islower())
        if keep:
            return _has_name(text, start + word.start(), end)
    return None


_KINDS = re.compile(r"(?:c\s?of\s?e|ce|rc|catholic|church of england|methodist|community|junior|infants?|"
                    r"primary|secondary|high|grammar|free|special|church|sixth form|school|academy|college|"
                    r"nursery|pre-?school|day|children's|centre|pupil|referral|unit|pru|st\.?|saint)\b\s*", re.I)


def _has_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    rest = text[start:end]
    while (m := _KINDS.match(rest)) and m.end() < len(rest):
        rest = rest[m.end():]
    return (start, end) if not _KINDS.fullmatch(rest) else None


class UkPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose matches pass through a named refiner."""

    def __init__(self, entity: str, patterns: list[Pattern], context: list[str], refine: str | None):
        super().__init__(supported_entity=entity, name=f"heard_{entity.lower()}", patterns=patterns,
                         context=context or None)
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


def load_recognizers(extra: Path | None = None) -> list[UkPatternRecognizer]:
    """Recognizers from the shipped YAML, plus a council's own file of the same shape."""
    specs = dict(_read(DATA))
    if extra is not None:
        for entity, spec in _read(extra).items():
            base = specs.setdefault(entity, {"patterns": []})
            base["patterns"] = base["patterns"] + spec.get("patterns", [])
            base["context"] = base.get("context", []) + spec.get("context", [])
    return [
        UkPatternRecognizer(entity, [Pattern(p["name"], p["regex"], p["score"]) for p in spec["patterns"]],
                            spec.get("context", []), spec.get("refine"))
        for entity, spec in specs.items()
    ]


@functools.cache
def _read(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for entity, spec in data.items():
        for p in spec.get("patterns", []):
            p.setdefault("name", entity.lower())
            re.compile(p["regex"]) if "(?<=" not in p["regex"] else None  # fail early on a typo
    return data
