"""Identifiers found by the cue before them, whatever their shape: addresses after "lived at",
"prev addr" or "c/o" (any dwelling, premises or street word), dates of birth after a form's dot
leaders, NHS numbers in any grouping that passes the check digit, certificate and court numbers."""

from __future__ import annotations

import pytest

from redaction.cued_addresses import find
from redaction.detector import detect


def _covered(text: str, part: str) -> bool:
    """Whether every letter and digit of `part` (in `text`) is inside some detected span."""
    start = text.index(part)
    spans = detect(text)
    return all(not text[i].isalnum() or any(s.start <= i < s.end for s in spans)
               for i in range(start, start + len(part)))


@pytest.mark.parametrize("text, address", [
    ("They previously lived at Keeper's Lodge, Hartfield Infant School, Tanyard Brow.", 
     "Keeper's Lodge, Hartfield Infant School, Tanyard Brow"),
    ("prev addr Plot 7, Greenacre Travellers' Site, Cuckoo Loke\nnext visit", "Plot 7, Greenacre Travellers' Site, Cuckoo Loke"),
    ("- prev addr cell 3, brackenfield secure unit, 42 ferret jitty", "cell 3, brackenfield secure unit, 42 ferret jitty"),
    ("MOVED TO CARAVAN 12, RIVERMEAD SHOWMEN'S GROUND, TANNERS WYND, HEXHAM.", "CARAVAN 12, RIVERMEAD SHOWMEN'S GROUND, TANNERS WYND, HEXHAM"),
    ("Letters c/o Oluwaseun Adeyemi, Chapel House, Mill Vennel, Ayr", "Chapel House, Mill Vennel, Ayr"),
    ("Address:\tYr Hen Efail, Lon Isaf, Bethesda\tPhone: none", "Yr Hen Efail, Lon Isaf, Bethesda"),
    ("| Previous address | Gatehouse, Norcross Garth, Pudsey |", "Gatehouse, Norcross Garth, Pudsey"),
    ("mum now lives at 3 Wheelwright Chare, Alnwick, NE66 1AB. SW to visit.", "3 Wheelwright Chare, Alnwick, NE66 1AB"),
    ("She is staying at The Old Piggery, Foxholes Fold with her aunt.", "The Old Piggery, Foxholes Fold"),
    ("PREVIOUS ADDRESS ........ plot 4, hengrove gypsy site, tinners loke, redruth\nPOSTCODE", "plot 4, hengrove gypsy site, tinners loke, redruth"),
    ("[Dad] Before that we were at Chalet 9, Sandy Bay Holiday Park, Ferry Ginnel.\n[SW] ok", "Chalet 9, Sandy Bay Holiday Park, Ferry Ginnel"),
])
def test_an_address_after_a_cue_is_found_whatever_its_words(text, address):
    assert _covered(text, address)


@pytest.mark.parametrize("text, kept", [
    ("Zainab moved to a new class, which she likes.", "a new class"),
    ("he moved to year 6, and is settled.", "year 6"),
    ("We need to address the concerns, since the last visit on 12/03/2025.", "the concerns"),
    ("Mum moved to the area, dad stayed behind.", "the area"),
    ("The children live at home, with mum, and attend school.", "home"),
    ("the boys now at the park, playing football.", "the park"),
    ("they were at school, nursery and the shop.", "school, nursery"),
    ("we were at the park, then went home.", "the park"),
    ("They have lived at the caravan, by the river two years, no bother.", "two years"),
])
def test_no_address_is_made_of_a_clause_after_a_cue(text, kept):
    spans = detect(text)
    start = text.index(kept)
    assert not any(s.type == "STREET_ADDRESS" and s.start < start + len(kept) and s.end > start for s in spans)


@pytest.mark.parametrize("text, expected", [
    ("previously lived at Rose Villa, Kiln Ope, Truro. Police attended.", "Rose Villa, Kiln Ope, Truro"),
    ("lives at 9 Snicket End, Otley with nan and grandad", "9 Snicket End, Otley"),
    ("address is 12 Brook Twitten, Lewes since March", "12 Brook Twitten, Lewes"),
])
def test_the_run_stops_where_the_address_does(text, expected):
    found = [text[s:e] for s, e in find(text)]
    assert expected in found


@pytest.mark.parametrize("text, date", [
    ("D.O.B. ........ 3RD OF MARCH, 2016\nSCHOOL: none", "3RD OF MARCH, 2016"),
    ("DATE OF BIRTH ....... 09/11/2012 00:00\nREF", "09/11/2012 00:00"),
    ("dob..........14th of july 2019", "14th of july 2019"),
    ("Date of birth\t\t2011-05-30T00:00:00Z", "2011-05-30T00:00:00Z"),
])
def test_a_date_of_birth_after_dot_leaders_or_tabs(text, date):
    assert _covered(text, date)


@pytest.mark.parametrize("text", [
    "Visit ........ 14/03/2025 10:00",
    "Next review........ 3rd of June 2026",
    "Meeting held 12.05.2025. Born in Leeds, the family moved in 2019.",
])
def test_other_dates_after_leaders_stay(text):
    assert not any(s.type == "DATE_OF_BIRTH" for s in detect(text))


@pytest.mark.parametrize("text, number", [
    ("Child | 4 May 2017 | 943-476-59-19", "943-476-59-19"),
    ("health no 94 34 76 59 19 on file", "94 34 76 59 19"),
    ("GP letter: 4010232137 received", "4010232137"),
])
def test_an_nhs_number_in_any_grouping_that_passes_mod_11(text, number):
    assert _covered(text, number)


@pytest.mark.parametrize("text", [
    "Paid 12-345-67-89 to the landlord",  # fails the check digit, no NHS cue
    "Call 01632 960 001 after 5",
])
def test_ten_digits_that_fail_the_check_are_no_nhs_number(text):
    assert not any(s.type == "UK_NHS" for s in detect(text))


@pytest.mark.parametrize("text, ref", [
    ("DBS cert. 001234567890 seen by the manager.", "001234567890"),
    ("dbs certificate no 009988776655 checked", "009988776655"),
    ("The court ref is 48213377.", "48213377"),
    ("Passport no 512345678 held by mum", "512345678"),
    # The police's record systems: an occurrence, an Athena or a STORM log number.
    ("Police: niche occurrence 41927730 / nfa", "41927730"),
    ("OUR REF - NICHE 3310298876", "3310298876"),
    ("logged on Athena ref 43/118822/25 by PC Rowe", "43/118822/25"),
    ("storm log 20250312-0417 refers", "20250312-0417"),
    ("the occurrence no. is 55102933.", "55102933"),
])
def test_a_certificate_or_court_number_after_its_cue(text, ref):
    assert _covered(text, ref)


@pytest.mark.parametrize("text", [
    "Room 4 at school was used for the meeting at 10:30.",
    "The form was signed on 12/03/2025 and cost £45.",
    "moved to Walsall 18 months ago from TA",
    "moved to doncaster 3 wks ago / sdq 21 -> 13",
    "Court hearing on 14 March 2025 at 2pm.",
    "The incident 25 minutes later was logged; a second occurrence 3 times this week.",
])
def test_ordinary_text_near_the_cues_stays(text):
    assert detect(text) == []
