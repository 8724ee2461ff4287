"""A risk the notes tell in other words (shorthand, another word for the same thing) is theirs; a
risk that only shares the notes' topic, or that a note line denies, stays invented."""

import pytest

from tests.eval.checks.conftest import invented_risk as _invented


@pytest.mark.parametrize("notes_line, sentence", [
    ("- missed the dentist appt last wk and the eye clinic tues - mum forgot",
     "Mum said Aisha missed two dental appointments recently because she forgot."),
    ("- gas off yday, engineer came this am", "The family had no gas yesterday until the engineer came."),
    ("- ELECTRIC CUT OFF SAT - MUM TOPPED UP THE KEY MON", "The electricity was cut off on Saturday until Mum topped up the key on Monday."),
    ("- bins not collected 3 wks, rubbish bags out the back", "Rubbish bags had piled up out the back as the bins were not collected."),
])
def test_a_risk_the_notes_tell_in_other_words_is_theirs(notes_line, sentence):
    assert _invented(notes_line, sentence) == []


@pytest.mark.parametrize("notes_line, sentence", [
    ("- dad works nights", "Dad has been staying out all night drinking."),  # the topic, not the fact
    ("- olu stays at nan's most wkends", "Aisha goes missing most weekends."),
    ("", "There was a bruise on Aisha's arm."),  # the notes deny it: "no marks or bruises"
    ("", "Aisha has missed several hospital appointments."),
])
def test_a_risk_on_the_notes_topic_or_denied_by_them_is_still_invented(notes_line, sentence):
    assert _invented(notes_line, sentence)


@pytest.mark.parametrize("text, clause", [
    ("Mum said the gas was off, but the engineer came.", "the gas was off"),
    ("Rubbish bags were piled up; the bins were full.", "Rubbish bags were piled up"),
    ("DNA'd physio x2 - bus fares", "DNA'd physio x2"),
])
def test_the_clause_around_a_mention(text, clause):
    from eval.checks.risk_support import clause_of
    start = text.index(clause.split()[1])
    assert clause_of(text, start, start + 3).endswith(clause.split()[-1])


@pytest.mark.parametrize("word, stem, same", [
    ("dental", "dentist", True), ("physiotherapy", "physio", True), ("cannabis", "canal", False),
    ("hospital", "hospitality", True), ("drink", "drive", False),
])
def test_words_of_one_root(word, stem, same):
    from eval.checks.risk_support import _same_root
    assert _same_root(word, stem) is same
