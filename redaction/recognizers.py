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

from redaction import numbers
from redaction.lexicon import address_towns

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
leave leaving as lives live lived living stays stayed staying resides reside resided residing
one two three four five six seven eight nine ten several few many
into over under near around after before since during up down is was be been are were will would
along across through past towards toward onto upon within without beyond outside inside round via
miles mile metres meters yards km minutes mins hrs nights night weeks' times
until till stay show shows showed showing carers parents
""".split())


def refiner(name: str) -> Callable[[Refiner], Refiner]:
    def register(fn: Refiner) -> Refiner:
        _REFINERS[name] = fn
        return fn
    return register


_REFINERS.update(nhs=numbers.nhs, nino=numbers.nino, uk_phone=numbers.uk_phone)


# "DOB", "born", "date of birth" a few words before, or "b." just before ("dad b. 02/07/1979"); a
# form's dot leaders or tabs may stand between ("D.O.B. ........ 3rd of May, 2019").
# Not "birth father" or "birth certificate". An abbreviation's dot may end the question ("Date of
# birth and case no.?").
_DOB_CONTEXT = re.compile(r"\b(?:dob|d\.o\.b\.?|born|birth(?![ \t]+(?:father|mother|parents?|mum|dad|family|"
                          r"relatives?|certificate|plan|partner|weight))|birthday)(?:\b|(?<=\.))"
                          r"(?:[^\d.]|\.{2,}|\.(?=[?:])){0,40}$|(?<![\w.])b\.[ \t]?$", re.I)


# A label opening the line of an answer, the date straight after it: "Speaker 2: ", "[00:03:12]
# MUM: ", "A: ". The question with the cue is on the line before ("Your date of birth?").
_ANSWER_LABEL = re.compile(r"[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?[ \t]*)?[^\W\d_][^\n:]{0,30}:[ \t]*")


# A cue just after the date: "gave 19 Sept 2000 as his date of birth", "03/04/2015 (DOB)".
_DOB_AFTER = re.compile(r"[ \t,]*(?:\([ \t]*(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth)[ \t]*\)|(?:as|is|was)[ \t]+"
                        r"(?:his|her|their|my|your|the[ \t]+\w+['’]s|\w+['’]s)[ \t]+(?:date[ \t]+of[ \t]+birth|dob|d\.o\.b)\b)",
                        re.I)


# A date a record has a person "down as" is when they were born: "I've got Yutthana down as
# 26january2013", "school have her down as 3/4/15" (not a meeting "down as" a date).
_DOWN_AS = re.compile(r"\b(?:got|have|has|had|put|puts|'ve|’ve)[ \t]+(?!(?:it|that|this|the|a|an)\b)[\w'’-]+"
                      r"(?:[ \t]+[\w'’-]+)?[ \t]+down[ \t]+as[ \t]+$", re.I)


def _cue_before(text: str, start: int) -> bool:
    """A date of birth's cue shortly before `start`; a speaker's label (which may hold a number,
    "Speaker 2:") between the question and its answer does not separate them."""
    if _DOB_CONTEXT.search(text[max(0, start - 48):start]):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return bool(line_start and _ANSWER_LABEL.fullmatch(text, line_start, start)
                and _DOB_CONTEXT.search(text[max(0, line_start - 48):line_start]))


# The cue a yearless birthday's pattern starts with ("born on the fifth day of June"): not redacted.
_LEADING_CUE = re.compile(r"(?:born|birthday)[ \t]+(?:is[ \t]+|was[ \t]+)?(?:on[ \t]+)?(?:the[ \t]+)?", re.I)


@refiner("date_of_birth")
def date_of_birth(text: str, start: int, end: int) -> tuple[int, int] | None:
    lead = _LEADING_CUE.match(text, start, end)
    if lead:
        return lead.end(), end
    if not numbers.real_date(text[start:end]):
        return None
    if (_cue_before(text, start) or _DOB_AFTER.match(text, end) or _after_name(text, start, end)
            or _DOWN_AS.search(text, max(0, start - 48), start)):
        return start, end
    from redaction.person_lines import (after_name, date_after_relative, date_before_name, earlier_date_after_name,
                                        person_field)

    # "Ayo Bello / 3 May 2019 / ref 44120", "ayo bello 03/05/19 CYP4132272", "ayo bello 3 May 2019.",
    # "3 May 2019 - ayo bello - nhs ...", "dad ayo bello 3 May 1989 rang from ...".
    return (start, end) if (person_field(text, start, end) or after_name(text, start, end)
                            or earlier_date_after_name(text, start, end) or date_before_name(text, start, end)
                            or date_after_relative(text, start, end)) else None


_BRACKETED = re.compile(r"(\b[^\W\d_][\w'’-]*)[ \t]*\([ \t]*$")


def _after_name(text: str, start: int, end: int) -> bool:
    """A date alone in brackets right after a person's name or a relative: "Ayo Bello (04.02.16)",
    "dad (2/7/79)"; not after a meeting, a review or a month ("Core Group (12/05/2026)")."""
    m = _BRACKETED.search(text, max(0, start - 40), start)
    if m is None or not re.match(r"[ \t]*\)", text[end:end + 4]):
        return False
    from redaction.lexicon import lexicon

    lex, word = lexicon(), m.group(1)
    low = word.casefold()
    if low in lex.relations:
        return True
    if low in lex.calendar or low in lex.not_names or low in COMMON:
        return False
    return (lex.first_name(word) or lex.surname(word) or low in lex.word_surnames or not lex.common(word)
            or (word[:1].isupper() and not word.isupper() and word.upper() != word))


@refiner("street")
def street(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A street whose name words are not everyday words (addresses.py)."""
    from redaction.addresses import refine_street

    return refine_street(text, start, end, COMMON)


@refiner("school")
def school(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name words just before the kind of school (schools.py)."""
    from redaction.schools import refine_school

    return refine_school(text, start, end, COMMON)


class UkPatternRecognizer(PatternRecognizer):
    """A PatternRecognizer whose matches pass through a named refiner. With `lines_with`, its
    patterns (which never cross a line break) search only the lines that regex finds something in."""

    def __init__(self, entity: str, patterns: list[Pattern], refine: str | None, lines_with: str | None = None):
        super().__init__(supported_entity=entity, name=f"heard_{entity.lower()}", patterns=patterns)
        self.refine = _REFINERS[refine] if refine else None
        self.lines_with = re.compile(lines_with, re.I) if lines_with else None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:
        if self.lines_with is None:
            results = super().analyze(text, entities, nlp_artifacts, regex_flags) or []
        else:
            results = []
            for line in _LINE.finditer(text):
                if self.lines_with.search(line.group()):
                    for r in super().analyze(line.group(), entities, nlp_artifacts, regex_flags) or []:
                        r.start, r.end = r.start + line.start(), r.end + line.start()
                        results.append(r)
        if self.refine is None:
            return results
        refined = []
        for r in results:
            span = self.refine(text, r.start, r.end)
            if span is not None:
                r.start, r.end = span
                refined.append(r)
        return refined


_LINE = re.compile(r"[^\n]+")


def load_recognizers(extra: Path | None = None) -> list[EntityRecognizer]:
    """Recognizers from the shipped YAML, plus a council's own file of the same shape: its
    patterns, and its reference cues (`cues`, `qualifiers`, `subjects` under CASE_REFERENCE)."""
    from redaction.references import CuedReferenceRecognizer

    specs = copy.deepcopy(_read(DATA))
    if extra is not None:
        for entity, spec in _read(extra).items():
            base = specs.setdefault(entity, {"patterns": []})
            for key in ("patterns", "cues", "qualifiers", "subjects", "short_shapes"):
                base[key] = base.get(key, []) + (spec.get(key) or [])
            if spec.get("patterns"):  # the council's patterns may need no word of ours
                base.pop("lines_with", None)
    recognizers: list[EntityRecognizer] = [
        UkPatternRecognizer(entity, [Pattern(p["name"], p["regex"], p["score"]) for p in spec["patterns"]],
                            spec.get("refine"), spec.get("lines_with"))
        for entity, spec in specs.items() if spec.get("patterns")
    ]
    from redaction.cued_addresses import CuedAddressRecognizer

    recognizers.append(CuedAddressRecognizer())
    cued = specs.get("CASE_REFERENCE", {})
    if cued.get("cues"):
        recognizers.append(CuedReferenceRecognizer(cued["cues"], cued.get("qualifiers", []),
                                                   cued.get("min_digits", 5), subjects=cued.get("subjects", []),
                                                   short_shapes=cued.get("short_shapes", [])))
    return recognizers


@functools.cache
def _read(path: Path) -> dict:
    """A recognizer file, with {towns}, {street_types}, {buildings}, {premises}, {units}, {beds}, {floors}, {boats},
    {home_kinds}, {hotels}, {custody_before}, {custody_after} and {address_cues} filled from places.yaml, {year} and {long_year} (a year in digits or words) and
    {day_in_words} ("fifth", "twenty-first"); a regex given as a list is its parts joined."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    lists = _place_lists()
    for entity, spec in data.items():
        for p in spec.get("patterns", []):
            p.setdefault("name", entity.lower())
            if isinstance(p["regex"], list):  # a regex written in parts
                p["regex"] = "".join(p["regex"])
            p["regex"] = _fill(p["regex"], lists)
        if spec.get("lines_with"):
            spec["lines_with"] = _fill(spec["lines_with"], lists)
    return data


def _fill(regex: str, lists: dict[str, str]) -> str:
    for key, alternatives in lists.items():
        regex = regex.replace("{" + key + "}", alternatives)
    return regex


def _place_lists() -> dict[str, str]:
    places = yaml.safe_load(PLACES.read_text(encoding="utf-8"))
    out = {}
    for key in ("street_types", "buildings", "premises", "units", "beds", "floors", "boats", "address_cues", "home_kinds",
                "hotels", "custody_before", "custody_after"):
        words = sorted({w.casefold() for w in places[key]}, key=len, reverse=True)
        out[key] = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+").replace("'", "['’]?")
                                    for w in words) + ")"
    out["towns"] = "(?:" + _trie(address_towns()) + ")"  # ~4,000 towns: a trie compiles and matches faster
    out["long_year"] = r"(?:\d{4}|['’]\d{2}|" + YEAR_IN_WORDS + ")"
    out["year"] = r"(?:\d{4}|['’]\d{2}|\d{2}|" + YEAR_IN_WORDS + ")"
    out["day_in_words"] = DAY_IN_WORDS
    return out


# A day said in words: "fifth", "twenty-first", "thirtieth".
DAY_IN_WORDS = (r"(?:(?:twenty|thirty)[ \t-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second"
                r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
                r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
# A year said in words: "nineteen eighty-six", "twenty fifteen", "nineteen oh five", "two thousand
# and sixteen", "two thousand", "twenty twenty-one".
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
YEAR_IN_WORDS = (rf"(?:(?:nineteen|twenty)[ \t-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                  rf"(?:[ \t-]+{_UNITS})?|{_TEENS}|(?:oh|o)[ \t-]+{_UNITS})"
                  rf"|two[ \t]+thousand(?:[ \t]+and)?(?:[ \t]+(?:{_TEENS}|twenty(?:[ \t-]+{_UNITS})?|{_UNITS}))?)(?![\w-])")


def _trie(words: frozenset[str]) -> str:
    """One regex for many words, as a trie ("leyland", "leyburn" -> "ley(?:land|burn)"): the longest
    word that fits is tried first, as in an alternation sorted longest first."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [_CHAR.get(c, re.escape(c)) + pattern(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(root)


_CHAR = {" ": "[ \t-]+", "-": "[ \t-]+", "'": "['’]?"}  # "Dalton-in-Furness" is "Dalton in Furness"
