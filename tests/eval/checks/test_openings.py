"""The prefilter of long alternations: a term's openings, read from its pattern, must admit every
text the term matches (skipping a pattern over a text must never lose a match)."""

import json
import re
from pathlib import Path

import pytest

from eval.checks.openings import Scanner, may_match, opening, word_anchors, word_heads, word_starts

DATA = Path(__file__).resolve().parents[3] / "eval" / "data"


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:dv|(a )?noose)\b", {"dv", "noose", "a noos"}),
    (r"(hit|hits) (her|him)", {"hit he", "hit hi", "hits h"}),
    (r"x\w+ y", {"x"}),
    (r"\b(?:hand[-\s]to[-\s]mouth)\b", {"hand-t"} | {f"hand{space}t" for space in " \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0"
                                                      "\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
                                                      "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"}),
])
def test_how_a_term_can_begin(pattern, expected):
    assert opening(pattern, 6) == expected
    assert opening(r"\w+ missing") is None


@pytest.mark.parametrize("pattern, heads", [
    (r"\b(?:dv|(a )?noose)\b", {"dv", "noose", "a noos"}),
    (r"(?:dv|noose)\b", None),  # a match may begin inside a word ("sdv")
    (r"\b(?:\w+ years older)\b", None),  # cannot be told
    (r"\b(?:'s|dv)\b", None),  # one way begins with no word character
    (r"(?i)\b(?:dv)\b", None),  # letters of any case
])
def test_where_a_match_begins_a_word(pattern, heads):
    assert word_heads(re.compile(pattern)) == (frozenset(heads) if heads else None)


_PATTERNS = [r"\b(?:hit|hits|hitting) (?:her|him)\b", r"\b(?:no[-\s]?hoper|waste[-\s]of[-\s]space)\b",
             r"\b(?:(?:a|the)[-\s])?(?:druggie|junkie)s?\b", r"\b(?:\w+ years older than (?:her|him))\b",
             r"\b(?:(?:much|far) older than (?:her|him))\b", r"(?:ing\b)", r"\b(?:a|i)\b", r"\b(?:a a)\b"]
_TEXTS = ["", "he hit him; hits her. hitting him", "a no hoper, a no-hoper, a\u00a0no\u2009hoper, nohoper",
          "the junkies and a druggie; junkie", "five years older than her, much older than him", "a a a a",
          "being seen\nhit\nher", "x" * 30 + " hit her"]


@pytest.mark.parametrize("text", _TEXTS)
def test_the_scanner_finds_what_each_pattern_finds(text):
    """Tried only at the words where each can begin, the patterns find exactly what their own
    finditer finds, pattern by pattern, overlapping matches of one pattern left out as it does."""
    patterns = [re.compile(p) for p in _PATTERNS]
    expected = [(k, m.span()) for k, p in enumerate(patterns) for m in p.finditer(text)]
    assert [(k, m.span()) for k, m in Scanner(patterns).finditer(text)] == expected


_TERMS = [["hit", "hits", r"\w+ years older than (?:her|him)", "much older"],
          [r"(never|not|\w+n't) (\w+ )?(seen|taken to) (a|the) (dentist|gp)", "no dentist", "dentist never"],
          [r"(she|he|[a-z]+) (is|was) to (marry|be wed)", "forced to marry", "marry"]]
_TERM_TEXTS = ["", "he hit him; hits her. five years older than her, much older than him",
               "hasn't been taken to a dentist, never seen a gp, she wasn't seen a dentist never",
               "she is to marry; her sister was to be wed; forced to marry him; marry marry",
               "wasn't taken to the gp and isn't seen the dentist", "x" * 30 + " years older than him"]


@pytest.mark.parametrize("text", _TERM_TEXTS)
def test_a_few_untold_terms_leave_the_others_heads(text):
    """A pattern with a term that opens with \\w+ is still tried only at the other terms' heads
    and where that term can begin: the same matches as its own finditer."""
    patterns = [re.compile(r"\b(?:" + "|".join(terms) + r")\b") for terms in _TERMS]
    scanner = Scanner(patterns, parts=_TERMS)
    assert all(heads is not None for heads in scanner.heads)
    expected = [(k, m.span()) for k, p in enumerate(patterns) for m in p.finditer(text)]
    assert [(k, m.span()) for k, m in scanner.finditer(text)] == expected


def test_the_scanner_agrees_with_finditer_over_every_split():
    """Risk kinds and lexicon terms over records and notes of two splits: same matches."""
    from eval.checks import lexicon
    from eval.checks.risk_terms import _risk_patterns, _scanner
    texts = [t.lower() for split in ("dev", "fresh10") for line in _lines(split)[::3]
             for t in (line["record"], line["notes"])]
    risk = list(_risk_patterns().values())
    for patterns, scanner in ((risk, Scanner(risk)), (risk, _scanner()),
                              (list(lexicon._lower_terms("stigmatising")), Scanner(lexicon._lower_terms("stigmatising")))):
        assert sum(h is not None for h in scanner.heads) > len(patterns) * 0.8
        for text in texts:
            expected = [(k, m.span()) for k, p in enumerate(patterns) for m in p.finditer(text)]
            assert [(k, m.span()) for k, m in scanner.finditer(text)] == expected


def test_the_risk_prefilter_never_hides_a_term():
    """Every match of a kind's terms starts like one of the kind's openings, so skipping the kinds
    whose openings no word of a text starts with loses nothing."""
    from eval.checks.base import data
    from eval.checks.risk_terms import _risk_patterns
    texts = ["Dad was remanded into custody; drugs (cannabis) found, Mum's AirTag on the car.",
             "she was cut during the summer holidays and has a bald patch", "they deal weed near school",
             "Mark missing x3 since may; the olders told him to hold a line phone",
             "an evil spirit inside the boy, said the pastor; he was beaten to drive the devil out"]
    openings = {kind: word_anchors(entry.get("terms") or []) for kind, entry in data("risk").items()}
    for text in texts:
        lower = text.lower()
        for kind, pattern in _risk_patterns().items():
            if pattern.search(lower):
                assert may_match(openings[kind], word_starts(lower)), (kind, text)


def _lines(split: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"review_{split}.jsonl").read_text().splitlines()]


def _records(split: str) -> list[str]:
    return [line["record"] for line in _lines(split)]


@pytest.mark.parametrize("kind", ["stigmatising", "jargon"])
def test_the_lexicon_prefilter_finds_what_every_pattern_finds(kind):
    """The lexicon scan with its prefilter matches exactly what running every term's pattern over
    every record matches, over the stigmatising records of two splits and some lines of labels
    written with hyphens, capitals and curly apostrophes."""
    from eval.checks import lexicon
    texts = [r for split in ("dev", "fresh4") for r in _records(split)]
    texts += ["Dad is a Hand-To-Mouth sort; Mum a no-mark, he said. She’s an attention seeker.",
              "THE FAMILY ARE FECKLESS AND THE FLAT IS A PIGSTY", "non-compliant, LAC, CIN, s.47, DNA x2"]
    for text in texts:
        lower = text.lower()
        every = [(m.span(), t) for t, p in zip(lexicon._terms(kind), lexicon._lower_terms(kind), strict=True)
                 for m in p.finditer(lower)]
        filtered = [(span, t) for span, t in lexicon._matches(text, kind)][:len(every)]
        assert filtered == every, text


def test_the_scanner_remembers_a_bounded_number_of_word_openings(monkeypatch):
    """The patterns each word opening may begin are found once and kept, up to `_OPENINGS`; past
    it the memory is emptied, and the matches stay the same."""
    from eval.checks import openings

    patterns = [re.compile(r"\b(?:cat|dog)s?\b"), re.compile(r"\b(?:catch|do)\b")]
    text = "the cats do catch dogs; a dog, a cat"
    expected = [(k, m.span()) for k, p in enumerate(patterns) for m in p.finditer(text)]
    monkeypatch.setattr(openings, "_OPENINGS", 3)
    scanner = Scanner(patterns)
    for _ in range(2):
        assert [(k, m.span()) for k, m in scanner.finditer(text)] == expected
        assert len(scanner._begun) <= 3
