"""Names that are ordinary words, found by the slot they stand in: a transcript's one-word speaker
label, the name opening a line of one person's details, a household written "hh". And the same
words where they are no one: headings, a line with no identifier, the word in a sentence."""

import pytest

TRANSCRIPT = """Home visit, 3 March 2026. Recorded with consent.
Social worker: How has the week been?
Mum: Better, the boiler is fixed.
{label}: {turn}
Social worker: I'll come back on Friday."""


@pytest.mark.parametrize("label, turn", [
    ("HARBOUR", "The review is on the 12th."),
    ("Thimble", "I like my new bedroom."),
    ("KESTREL", "Dad shouts when he's drunk."),
    ("Pebble", "School is ok now."),
])
def test_one_word_speaker_in_a_transcript(names, label, turn):
    assert label in names(TRANSCRIPT.format(label=label, turn=turn))


@pytest.mark.parametrize("label, turn", [
    # Headings and roles keep their words, in a transcript too.
    ("Plan", "Review in six weeks."),
    ("ACTIONS", "SW to ring school."),
    ("Observations", "The home was warm."),
    ("Interpreter", "She says she agrees."),
    ("Q", "Do you feel safe?"),
    ("Accommodation", "Two bedrooms, damp in one."),
    ("Other", "Nothing else raised."),
    ("MULTI-AGENCY", "Police and school attend."),
])
def test_headings_and_roles_in_a_transcript_stay(names, label, turn):
    assert label not in names(TRANSCRIPT.format(label=label, turn=turn))


def test_a_heading_word_outside_a_transcript_stays(names):
    # Not a transcript (no speakers by role): one-word labels are headings.
    text = "Visit 3 March.\nHARBOUR: works on the harbour wall.\nPlan: review.\nRisk: low."
    assert "HARBOUR" not in names(text)


@pytest.mark.parametrize("text, expected", [
    ("✓ THIMBLE WAINWRIGHT | 07700 900123 | t.wainwright@example.com", ["THIMBLE WAINWRIGHT"]),
    ("- copper hale | 2 May 2015 | LCS 5521093", ["copper hale"]),
    ("* Meadow Strand\t07700 900456\tmeadow.s@example.org", ["Meadow Strand"]),
])
def test_name_opening_a_person_line(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "✓ Housing Options | 01632 960123 | housing@council.example",
    "- Core Group | 14 March 2026 | ref 55120",
    "* Thimble Wainwright | home visit | next week",
])
def test_no_person_line(names, text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("14 may 26 hv - tinsel hh\nwarm, beds made", ["tinsel"]),
    ("HV to BRAMBLE HH today", ["BRAMBLE"]),
])
def test_household_written_hh(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "she bought raffle tickets for the hospice and a tinsel garland",
    "the hh income is low; hh size 4",
])
def test_ordinary_words_stay(names, text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # After a title and a lower-case first name, a noun that ends the name is the surname.
    ("we met at Ms rosalind baker's flat", ["rosalind baker"]),
    ("rang mr tunde carpenter. no answer", ["tunde carpenter"]),
    # Not a word that says how the person was or what they did.
    ("Mr ali upset, shouting at staff", ["ali"]),
    ("Ms beverlyn told me the news", ["beverlyn"]),
])
def test_surname_after_title_and_first_name(names, text, expected):
    assert names(text) == expected
