"""Text units the checks work on: record sentences, note lines, words and quotes, with offsets.

Everything here is plain Python and regular expressions, so it is fast and the same for every
check. Offsets always index the original text. How a record is laid out (headings, sections,
tables, the sentences under each heading) is in `layout`; its public names are importable from
here too (`text.sentences`, `text.heading`, ...). Table rows and action field labels (`cells`,
`field_kind`) are here, below the sentence tools.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

TEXTS = 4096
"""How many results a per-text cache keeps (`functools.lru_cache(maxsize=TEXTS)`): a case's notes and
records many times over (a review split's ten records of one note come together), and small enough
that a long scoring run's memory stays flat. Caches keyed by a single word may keep more."""

# A list item's marker: "-", "•", "~", "+", "(•)", ">>", "1.", "4.)", "1.-", "4]", "1-", "(a)", "1/", "2>", "o",
# sub-numbered "1.1", "2.3.1" (one digit after each point, not 0: "10.30" is a time, "1.0" a heading's number),
# "[ ]", "[x]", "[2]", "Action 1:", "Step 2 -", and action codes "AP1:", "A2.".
# Any arrow, geometric shape, dingbat or pointer sign is a marker too ("⊳", "◉", "➜", "☞", "⯈").
_BULLET = re.compile(r"^\s*(?:(?:[-*•·–—>»→▪◦‣⁃⦁∙●○■□◆◇❖♦➔➢➤►▸⇒✓✔✗✘☐~+\u2190-\u21ff\u2295-\u22c6\u2580-\u27e5"
                     r"\u27f0-\u27ff\u2900-\u297f\u2b00-\u2bff]+|\([•·*o○●◦▪+~-]\)|\(\d{1,2}(?:\.\d{1,2})+/?\)|\(\d{1,2}/\)"
                     r"|\d{1,2}(?:\.[1-9]){1,3}[.)]?(?=\s)(?!\s+(?:hours?|hrs?|days?|weeks?|months?|years?|yrs?|miles?|stones?|"
                     r"kg|kilos?|cm|metres?|litres?|units?|times|per\b|out of|%|percent|on the))|\(?#?\d{1,2}(?:\.\)|[.):\]-])[-–—>:]?|\d{1,2}[/>]|\[(?:\d{1,2}|[ xX✓✔])?\]|\(?[a-z][.)]|o"
                     r"|[A-Z]{1,3}\d{1,2}[a-z]?[:.)]|(?i:action|step|item|task|point)\s*\d{1,2}\s*[:.)–—-])\s+){1,2}")
_ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "pc", "dc", "sgt", "st", "e.g", "i.e", "etc", "approx",
                  "no", "tel", "appt", "vs", "cf", "jan", "feb", "aug", "sept", "oct", "nov", "dec")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_IRREGULAR = {"saw": "see", "seen": "see", "sees": "see", "went": "go", "gone": "go", "goes": "go",
              "told": "tell", "said": "say", "says": "say", "took": "take", "taken": "take",
              "came": "come", "gave": "give", "given": "give", "made": "make", "felt": "feel",
              "slept": "sleep", "ate": "eat", "eaten": "eat", "left": "leave", "kept": "keep",
              "met": "meet", "spoke": "speak", "spoken": "speak", "thought": "think", "knew": "know",
              "known": "know", "children": "child", "mother": "mum", "father": "dad"}


@dataclass(frozen=True)
class Unit:
    """A sentence of a record or a line of notes: its text and where it is."""

    start: int
    end: int
    text: str
    heading: str | None = None  # the heading of the record section it is under


@dataclass(frozen=True)
class Quote:
    """Words in quotation marks (or a transcript line) and who the text says spoke them."""

    start: int  # the words, without the marks
    end: int
    text: str
    speaker: str  # "child", "adult" or "unknown"


def normalise(text: str) -> str:
    """Lower case, one kind of apostrophe and quote mark, single spaces, no outer punctuation."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\s+", " ", text)
    return text.strip(" \t\n.,;:!?\"'-–—…")


def words(text: str) -> list[str]:
    """Lower-case word tokens (apostrophes kept inside words: don't, mum's)."""
    return _WORD.findall(normalise(text).replace("'", "'"))


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match said/says, visits/visited, sleeping/sleep."""
    word = word.replace("'", "").removesuffix("s") if word.endswith("'s") else word.replace("'", "")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, keep in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("ly", ""),
                         ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: len(word) - len(suffix)] + keep
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # stopped/stopp -> stop
    return word.rstrip("e") if len(word) > 4 else word


def lines(text: str) -> list[Unit]:
    """Each non-blank line, bullet marks stripped: the units notes are cited by."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        bullet = _BULLET.match(line)
        start = match.start() + (bullet.end() if bullet else 0)
        body = text[start:match.end()].rstrip()
        lead = len(body) - len(body.lstrip())
        if body.strip():
            out.append(Unit(start + lead, start + len(body), body.strip()))
    return out


def bullet(line: str) -> int:
    """How many characters of a line its list marker and the spaces after it take ("1.) ", "AP2: ",
    "(•) ", "- [ ] "); 0 for a line that is no list item."""
    match = _BULLET.match(line)
    return match.end() if match else 0


def split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end] (the rule `sentences` describes)."""
    spans, begin, in_quote = [], start, False
    for i in range(start, end):
        char = text[i]
        if char in '"“”':
            in_quote = not in_quote if char == '"' else char == "“"
            if in_quote or i == start or text[i - 1] not in ".!?":
                continue  # a closing mark after . ! ? may end the sentence, as below
        if in_quote or char not in ".!?\"”" or i + 1 >= end:
            continue
        rest = text[i + 1:end]
        if not re.match(r"\s+[A-Z\"“‘'(\[]", rest) and not re.match(r"[\"”’']?\s+[A-Z]", rest):
            continue
        word = re.search(r"([A-Za-z.]+)$", text[begin:i])
        if char == "." and word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue
        close = i + 1 + (1 if rest[:1] in "\"”’'" and char in ".!?" else 0)
        spans.append((begin, close))
        begin = close + len(text[close:end]) - len(text[close:end].lstrip())
    if text[begin:end].strip():
        spans.append((begin, end))
    return [(s, e) for s, e in spans if re.search(r"[^\W_]", text[s:e])]  # "_____" is a rule, no sentence


def quoted(text: str) -> list[tuple[int, int]]:
    """Spans of the words inside quotation marks: "..." “...” «...» ‘‘...’’ ‘...’ and '...' (not apostrophes)."""
    out = []
    for match in re.finditer(r"\"([^\"\n]{2,}?)\"|“([^”\n]{2,}?)”|«([^»\n]{2,}?)»|‘‘([^’\n]{2,}?)’’", text):
        group = next(g for g in range(1, 5) if match.group(g) is not None)
        out.append((match.start(group), match.end(group)))
    # Single marks open after a space, bracket or colon and close before a non-letter.
    for match in re.finditer(r"(?:(?<=^)|(?<=[\s(\[:]))[‘']([^'‘’\n]+?(?:[’'][a-z]+[^'‘’\n]*?)*)[’'](?![A-Za-z])",
                             text, re.M):
        if any(s <= match.start(1) < e for s, e in out):
            continue
        out.append((match.start(1), match.end(1)))
    return sorted(out)


# Table rows and the labels of an action's fields (who, what, by when), used by `layout` and the
# action checks.


def cells(line: str) -> list[tuple[int, int, str]]:
    """The cells of a table row ("| Mum | Book the dentist |  |", "Task | Owner | When"), the
    empty ones too, as (start, end, text) within the line; [] for a line that is no table row."""
    if not re.match(r"^\s*\|", line) and not re.search(r"\s\|\s", line):
        return []
    bounds = [-1, *(m.start() for m in re.finditer(r"\|", line)), len(line)]
    out = []
    for left, right in zip(bounds, bounds[1:]):
        cell = line[left + 1:right]
        lead = len(cell) - len(cell.lstrip())
        out.append((left + 1 + lead, left + 1 + lead + len(cell.strip()), cell.strip()))
    if line.strip().startswith("|"):
        out = out[1:]
    return out[:-1] if line.strip().endswith("|") else out


def field_kind(label: str) -> str | None:
    """What an action's field or table column holds: "owner" ("Lead", "Who", "Whose job"),
    "timescale" ("Target date", "When", "Finish by"), "task" ("What", "Frequency") or None: a
    label of structure.yaml's field lists, or one whose every word is a field word, read by the
    first kind of word it has (owner, then timescale, then task)."""
    label = " ".join(normalise(label).strip("*_ ").split())
    kind = next((kind for kind, names in _field_names().items() if label in names), None)
    words = label.replace("/", " ").split()
    if kind or not 0 < len(words) <= 4:
        return kind
    cues = _field_words()
    if not all(any(w in names for names in cues.values()) for w in words):
        return None
    return next((kind for kind in ("owner", "timescale", "task") if any(w in cues[kind] for w in words)), None)


def field_labels() -> frozenset[str]:
    """Every label of structure.yaml's field lists ("owner", "by when", "what")."""
    return frozenset().union(*_field_names().values())


@functools.cache
def _field_names() -> dict[str, frozenset[str]]:
    from eval.checks.base import data

    raw = data("structure")
    return {kind: frozenset(str(w).lower() for w in raw[f"{kind}_fields"]) for kind in ("owner", "timescale", "task")}


@functools.cache
def _field_words() -> dict[str, frozenset[str]]:
    from eval.checks.base import data

    return {kind: frozenset(str(w).lower() for w in words) for kind, words in data("structure")["field_words"].items()}


# The layout names, re-exported lazily: `layout` imports this module, so importing it here at the
# top would be circular. Each name is looked up once, then is a plain attribute of this module.
_LAYOUT = ("Heading", "heading", "is_heading", "heading_text", "section_key", "names_section", "sentences",
           "headings")


def __getattr__(name: str):
    if name in _LAYOUT:
        from eval.checks import layout

        value = globals()[name] = getattr(layout, name)
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
