"""Names the fresh6 blind split showed slipping through, written afresh with other names: a name
that looks like a misspelt inflection ("meiting" is no "meit" + "ing"), a surname that looks
like one ("loftinger"), and the ordinary uses of the same words, which stay."""

import pytest

from redaction.lexicon import lexicon


@pytest.mark.parametrize("word, inflected", [
    # English doubles the consonant of a short word before -ing/-ed/-er ("shut" -> "shutting"),
    # so one written with a single consonant is no inflection of it.
    ("huting", False), ("guting", False), ("boxed", True), ("sitting", True), ("hoped", True),
    ("visiting", True), ("runner", True), ("opened", True),
    # No ending on top of "-ing" or "-ed": "pottinger", "buntinger" are surnames.
    ("buntinger", False), ("pottinger", False), ("walked", True),
])
def test_inflection_follows_spelling_rules(word, inflected):
    assert lexicon().inflected(word) is inflected


@pytest.mark.parametrize("text, expected", [
    ("wuting makes bread at the weekend with mum.", ["wuting"]),
    ("Visit with Ms daoshan pottinger, then the school.", ["daoshan pottinger"]),
])
def test_names_that_look_like_inflections(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "The boiler was shut off and the heating pipes were potted up.",
    "He kept hoping the visiting times would change.",
])
def test_inflected_words_stay(names, text):
    assert names(text) == []
