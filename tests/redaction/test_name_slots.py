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


@pytest.mark.parametrize("text, expected", [
    # A subject line names who the note is about, whatever the words.
    ("Re: Quince Hollowell / core group / 3-Mar-26\nQuince oldest of 3.", ["Quince Hollowell", "Quince"]),
    ("RE: FENNEL KESTREL. CORE GROUP OF 4 MAY 2026.\nFennel wore her school coat.", ["FENNEL KESTREL", "Fennel"]),
    # Who chairs and who minutes a meeting, in any casing.
    ("icpc 4.2.26 chair bramble mins NETTLE\nplan agreed", ["bramble", "NETTLE"]),
    ("Review 2/2/26, chaired by Cinder, minutes: ladle", ["Cinder", "ladle"]),
    # A role label and its holder before a colon.
    ("-> HV fennel crabtree: weight on track", ["fennel crabtree"]),
    ("• SW Quince Lather: visit booked", ["Quince Lather"]),
    # A surname in capitals before "family" in a mixed line.
    ("Home visit 3/3/26 10am - KETTLE family\nall well", ["KETTLE"]),
    # A name found late ("Quince" before a found surname) goes to its other mentions too.
    ("Recorded voices: Quince Pargeter; Dilys Pargeter\nWorker: quince's date of birth?\nQUINCE: Dunno.",
     ["Quince Pargeter", "Dilys Pargeter", "quince", "QUINCE"]),
])
def test_names_in_headers_and_labels(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The same words as words, beside the name: a subject of the trade, a thing described.
    ("Re: Home Visit / 3-Mar-26", []),
    ("RE: CORE GROUP. PLAN REVIEWED.", []),
    ("-> Dad work pattern: nights", []),
    ("-> Mum school run: fine", []),
    ("the foster family came; HV 4/4/26 - the family settled", []),
    ("Re: Damson Pargeter / visit\nThere was stewed damson for pudding. Damson said hello.",
     ["Damson Pargeter", "Damson"]),
    ("Re: Fennel Hollowell / visit\nmum grows fresh fennel in the garden", ["Fennel Hollowell"]),
    # A found name used to name a thing: "the Kestrel ward", "a Fennel badge".
    ("Re: Kestrel Hollowell / visit\nNan is on the Kestrel ward at the hospital.", ["Kestrel Hollowell"]),
])
def test_same_words_as_words(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A word put where a person stands in two ways: rung and with, close by and with.
    ("rang quillon 7700 900123\ncooking tea w quillon after school", ["quillon", "7700 900123", "quillon"]),
    ("rang thimble re the letter\nwent to the park w thimble", ["thimble", "thimble"]),
    ("support: Wagtail close by. baked bread with wagtail.", ["Wagtail", "wagtail"]),
])
def test_word_names_in_two_person_places(find, redactor, text, expected):
    spans = [text[s.start:s.end] for s in redactor.spans(text)]
    assert spans == expected


@pytest.mark.parametrize("text", [
    "rang school re uniform. went w school to the park",
    "Heating off. Boiler close by the door. went with boiler man",
    "rang housing twice; went with housing officer to view",
    "had toast for tea and biscuits with tea",
])
def test_things_in_those_places_stay(names, text):
    assert names(text) == []
