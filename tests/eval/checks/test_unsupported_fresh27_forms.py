"""fresh27's faithful sentences that read as unsupported: a row code joined to its number ("A-1",
"AP-3"), a next visit "five weeks off", a line of who took part with an aside on how ("Taking part in
this visit, one way or another: ..."), a quote's frame ("In Amy's own words, unedited:"), a number
said in two words ("ninety-two per cent"), and the notes' places and letters for what a record spells
out ("since the ward" for "since the hospital stay", "ASC assmt" for "an adult social care assessment")."""

import pytest

from eval.checks import text as T
from eval.checks.numerals import numbers, without_intervals
from eval.checks.record_form import _participants
from eval.checks.vocabulary import glue_stems, note_vocabulary


@pytest.mark.parametrize("line, given", [
    ("Mia and I settled on 16 November for the next visit, five weeks off.", {"16"}),
    ("We agreed Monday 3 June for the next visit, about three weeks from today.", {"3"}),
    # near miss: a span with no date beside it is a claim of its own
    ("She was excluded for five days, three weeks off school.", {"5", "3"}),
])
def test_a_span_to_the_next_visit(line, given):
    assert numbers(without_intervals(line)) - {"2026"} == given


@pytest.mark.parametrize("line, form", [
    ("Taking part in this visit, one way or another: Ms Barisic (foster carer) and Ajmer (14).", True),
    ("Present for the review, in person or by WhatsApp call: Mum, me and Miss Belilios.", True),
    ("Attending the meeting, some on Teams: Mum, Dad and the IRO.", True),
    ("Present (two by phone): Mum and Dad.", True),
    # near misses: a claim after the comma
    ("Present for the review, Mum said that she would leave.", False),
    ("Seen at the school, Amy was sad: she had not slept.", False),
])
def test_who_took_part_with_an_aside(line, form):
    assert _participants(line) is form


def test_a_quotes_frame_is_no_claim():
    glue = glue_stems()
    assert {T.stem(w) for w in ("words", "unedited", "verbatim")} <= glue
    assert T.stem("hospital") not in glue  # a thing stays one


@pytest.mark.parametrize("text, given", [
    ("Attendance is up to ninety-two per cent.", {"92"}),
    ("She has been there for twenty one days, and two weeks more.", {"21", "2"}),
    ("Forty children and two staff.", {"40", "2"}),
])
def test_a_number_in_two_words_is_one(text, given):
    assert numbers(text) == given


@pytest.mark.parametrize("notes, words", [
    ("[nan: little or no sleep since the ward]", {"hospital", "stay"}),
    ("- me has this one: ASC assmt for mum, w/c 7/9", {"adult", "social", "care", "assessment", "week", "commencing"}),
    ("- Mr Sedrak escalated the Airbnb to the head of service", {"raised", "unregistered", "placement"}),
    ("still in the hotel, no school since", {"emergency", "placement"}),
    ("alvin - nowhere near as jumpy as at the rhi", {"return", "home", "interview"}),
    ("sw has this one: ooh no. to antek, pre-d/c, exp 30/4", {"out", "hours", "number", "discharge"}),
])
def test_the_notes_places_and_letters(notes, words):
    assert {T.stem(w) for w in words} <= note_vocabulary(notes)


def test_a_place_is_no_placement_without_the_notes_word():
    assert T.stem("placement") not in note_vocabulary("we went to the seaside for the day")
