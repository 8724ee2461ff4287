"""Case references found by the words before them, whatever their shape.

Every council's case-management system numbers its records differently ("Eclipse ref 15-309987",
"ll id 4807436", "Liquidlogic no. 55164617", "LADO/24/0193"), and a new system brings a new
format. What they share is the cue before them: the system's name or a word like "ref", "case
no", "ID", perhaps with "no.", "number" or "is" between. So a token with enough digits right
after a cue is a reference, whatever letters, slashes or hyphens it has; so is a code of three
parts or more with fewer digits ("MARAC :: GTS/D95/22"). The cues are data
(`cues` and `qualifiers` under CASE_REFERENCE in recognizers.yaml); a council adds its own in
its HEARD_REDACTION_PATTERNS file.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction.numbers import real_date

# Dates are not references, even after a cue ("reviewed ref 12/05/2025", "ref 09Sep2026"), with
# the month first ("police came on Aug-29-2025", "Nov11 2025") or with only a month and a year
# ("job 03/2026").
_DATE = re.compile(r"^(?:\d{1,2}[/.-](?:\d{1,2}|[a-z]{3,9})[/.-]\d{2,4}|\d{1,2}[a-z]{3,9}\d{2,4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}"
                   r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}[/.-]?\d{1,2}[/.-]\d{2,4}|(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2})$", re.I)
# Letters (perhaps a system's prefix and a space: "LAC 55101", or groups of them with a separator
# after each: "EWO-LL/0616", "sg_2026_0441"; or a colon: "ONE:431122"), then a digit, then letters, digits, slashes,
# dots or hyphens.
# A serial read out in two groups keeps both: "storm log 5936 6832025".
_TOKEN = r"(?P<ref>(?:[^\W\d_]{1,5} ?)?(?:[^\W\d_]{1,8}[/._-])*[^\W_]{0,8}(?:[/#._-]|:(?=\d))?\d\w*(?:[/.-]\w+)*(?: \d{5,})?)"
# The kind of record may come between the cue and its number: "ref no. strategy discussion 2026/0960",
# "LADO ref fgc plan FGC-7649D", "reference is early help assessment EHA#05783".
_KIND = r"(?:[^\W\d_]{3,}[ \t]+){0,3}?"  # words of three letters or more: not a system's "LL", "ID"
# A code in three parts or more, with letters and digits: "GTS/D95/22", "PH-2569-b", "EWO-LL/0616".
_PARTS = re.compile(r"^(?=.*[^\W\d_])(?:\w+[/.-]){2,}\w+$")


def cue_pattern(cues: list[str], qualifiers: list[str], subjects: list[str] = ()) -> re.Pattern[str]:
    """A cue, then any qualifiers ("ref", "no.", "id", "number", "is"), then the reference; or a
    subject (whose record: "client", "pupil") with at least one qualifier ("Client no. 6367874")."""
    def words(items: list[str]) -> str:
        return "|".join(r"\s+".join(map(re.escape, c.split())) for c in sorted(set(items), key=len, reverse=True))

    gap = r"[ \t]*[.:#=-]{0,2}[ \t]*"  # "Ref :: 1234567", "no. 1234567"
    qualified = rf"(?:{gap}(?:{words(qualifiers)})(?!\w))"
    lead = rf"(?:{words(cues)}){qualified}*"
    if subjects:
        lead = rf"(?:{lead}|(?:{words(subjects)})(?:['’]s)?{qualified}+)"
    return re.compile(rf"(?<![\w/-]){lead}\.?{gap}{_KIND}{_TOKEN}(?![\w/-])", re.I)


def _run_together(ref: str) -> bool:
    """A date written as eight digits ("cin mtg 02092026", "nfa since 20092025") is a date."""
    return len(ref) == 8 and ref.isdigit() and real_date(ref)


_YEARS = re.compile(r"((?:19|20)\d\d)[/-]((?:19|20)?\d\d)")


def _years(ref: str) -> bool:
    """A school or financial year ("2025/2026", "2025-26") is no reference; "2026/0960" is."""
    m = _YEARS.fullmatch(ref)
    return m is not None and int(m[2][-2:]) == (int(m[1]) + 1) % 100


class CuedReferenceRecognizer(EntityRecognizer):
    """CASE_REFERENCE spans: the token after a reference cue, with at least `min_digits` digits."""

    def __init__(self, cues: list[str], qualifiers: list[str], min_digits: int = 5, score: float = 0.7,
                 subjects: list[str] = (), short_shapes: list[str] = ()):
        super().__init__(supported_entities=["CASE_REFERENCE"], name="heard_cued_reference",
                         supported_language="en")
        self.pattern = cue_pattern(cues, qualifiers, subjects)
        self.min_digits, self.score = min_digits, score
        self.short = re.compile("|".join(f"(?:{p})" for p in short_shapes), re.I) if short_shapes else None

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        return [RecognizerResult("CASE_REFERENCE", s, e, self.score) for s, e in self.find(text)]

    def find(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the references (the token only, not the cue)."""
        out = []
        for m in self.pattern.finditer(text):
            start, ref = m.start("ref"), m.group("ref").rstrip(".-/")
            prefix, space, rest = ref.partition(" ")
            if space and not prefix.isupper() and not prefix.isdigit():  # "case has 12345": a word, not a prefix
                start, ref = start + len(prefix) + 1, rest
            digits = sum(c.isdigit() for c in ref)
            enough = digits >= self.min_digits or (digits >= 3 and _PARTS.match(ref) is not None) or (
                self.short is not None and self.short.fullmatch(ref) is not None)
            last = ref.rpartition(" ")[2]  # "CASE REVIEW ON 09.12.2025": a date after a word
            if enough and not any(_DATE.match(r) or _run_together(r) or _years(r) for r in {ref, last}):
                out.append((start, start + len(ref)))
        return out
