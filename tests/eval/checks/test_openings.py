"""The prefilter of long alternations: a term's openings, read from its pattern, must admit every
text the term matches (skipping a pattern over a text must never lose a match)."""

import json
from pathlib import Path

import pytest

from eval.checks.openings import may_match, opening, word_starts

DATA = Path(__file__).resolve().parents[3] / "eval" / "data"


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:dv|(a )?noose)\b", {"dv", "noose", "a noos"}),
    (r"(hit|hits) (her|him)", {"hit he", "hit hi", "hits h"}),
    (r"x\w+ y", {"x"}),
    (r"\b(?:hand[-\s]to[-\s]mouth)\b", {"hand"}),
])
def test_how_a_term_can_begin(pattern, expected):
    assert opening(pattern, 6) == expected
    assert opening(r"\w+ missing") is None


def test_the_risk_prefilter_never_hides_a_term():
    """Every match of a kind's terms starts like one of the kind's openings, so skipping the kinds
    whose openings no word of a text starts with loses nothing."""
    from eval.checks.risk_terms import _openings, _risk_patterns
    texts = ["Dad was remanded into custody; drugs (cannabis) found, Mum's AirTag on the car.",
             "she was cut during the summer holidays and has a bald patch", "they deal weed near school",
             "Mark missing x3 since may; the olders told him to hold a line phone",
             "an evil spirit inside the boy, said the pastor; he was beaten to drive the devil out"]
    openings = _openings()
    for text in texts:
        lower = text.lower()
        for kind, pattern in _risk_patterns().items():
            if pattern.search(lower):
                assert may_match(openings[kind], word_starts(lower)), (kind, text)


def _records(split: str) -> list[str]:
    return [json.loads(line)["record"] for line in (DATA / f"review_{split}.jsonl").read_text().splitlines()]


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
