"""Dates of birth written as a deed writes them ("the 22nd day of May 2015"), or first on a line
before the person's name and NHS number; numbers with invisible characters inside (zero-width
spaces, word joiners, soft hyphens), whose spans must cover the whole number in the text given;
and dates that are no reference ("2026-Jul-10")."""

import pytest

ZW, WJ, SHY = "\u200b", "\u2060", "\u00ad"


@pytest.mark.parametrize("text, expected", [
    ("Ewa Nowak, born the 22nd day of May 2015, attends nursery.", ["the 22nd day of May 2015"]),
    ("DATE OF BIRTH: 3RD DAY OF APRIL 2011", ["3RD DAY OF APRIL 2011"]),
    ("CW: And your dob?\nDad: the first day of march 1984.", ["the first day of march 1984"]),
    ("Chidi was born on the fifth day of June at the Royal.", ["fifth day of June"]),
    ("her birthday is 9th August, cake planned", ["9th August"]),
    ("- 14th day of July 2019 - Oluwaseun Adeyemi - nhs 401 023 7294\n- seen 3 March 2026",
     ["14th day of July 2019"]),
    ("plan; 02/11/2017 - siobhan o'hare - ni jk 12 34 56 c; visit 2026", ["02/11/2017"]),
    ("- dob 2014-Mar-09 - seen 2026-Apr-01", ["2014-Mar-09"]),
    ("views; 2019-feb-25 - munira haque - nhs 401 023 7294. next 2026-may-02", ["2019-feb-25"]),
    ("safety net: uncle tariq mahmood 4th of may 1979 rang from 07700 900 123; seen 2026", ["4th of may 1979"]),
])
def test_deed_dates_and_dates_before_a_name_are_births(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize("text", [
    "Visit took place on the 3rd day of May 2026 with mum present.",
    "- 12/05/2026 - home visit - nhs advice given",
    "- 03/04/2025 - Amina seen at school, 2026 plan",
    "Mum said she was born in Leeds and we visited on 12 June.",
])
def test_visit_dates_stay(find, text):
    assert find(text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, number, kind", [
    (f"NHS: 943{ZW}476{ZW}5919 (checked)", f"943{ZW}476{ZW}5919", "UK_NHS"),
    (f"mob 07700{WJ}900{WJ}123 after 6", f"07700{WJ}900{WJ}123", "PHONE_NUMBER"),
    (f"Tel: 0161{SHY}496{SHY}0000 office", f"0161{SHY}496{SHY}0000", "PHONE_NUMBER"),
    (f"dad's NI JK{ZW}12{ZW}34{ZW}56{ZW}C", f"JK{ZW}12{ZW}34{ZW}56{ZW}C", "UK_NINO"),
    ("nhs 943\u2009476\u202f5919 and more", "943\u2009476\u202f5919", "UK_NHS"),
])
def test_numbers_with_invisible_characters_are_covered_whole(find, text, number, kind):
    assert find(text, kind) == [number]


@pytest.mark.parametrize("text", [
    "Core group on 2026-Jul-10, then review on 2026-aug-04.",
    "LAST SEEN 10-JUL-2026; next 2026.Sep.3",
])
def test_dates_with_their_month_written_are_no_reference(find, text):
    assert find(text, "CASE_REFERENCE") == []


@pytest.mark.parametrize("text, word", [
    ("STEP: VISIT - QUESTION 1 - REASON:\nThe visit went ahead.", "STEP"),
    ("CW: Who is at home?\nMam: Just us.", "CW"),
    ("Past harm: none known\nWorking well: school, nan", "Working"),
    ("Zainab: Tell Mam I'm not cross.", "Tell"),
])
def test_form_labels_are_no_names(names, text, word):
    assert word not in names(text)


TRANSCRIPT = """CW: How has school been?
Mum: Better since the move.
{label}: I can read a whole book now.
CW: That is brilliant.
Mum: {echo} goes to bed at eight."""


@pytest.mark.parametrize("label, echo", [
    ("Patience Okoro", "Patience"),
    ("BLESSING OKAFOR", "Blessing"),
    ("Precious Mallard", "Precious"),
    ("Clever Onions", "Clever"),
])
def test_a_two_word_speaker_in_a_transcript_is_a_name(names, label, echo):
    assert label in names(TRANSCRIPT.format(label=label, echo=echo))


@pytest.mark.parametrize("label", ["Social worker", "Next Steps", "Working Well", "Family Network"])
def test_a_two_word_heading_in_a_transcript_is_no_name(names, label):
    found = names(TRANSCRIPT.format(label=label, echo="She"))
    assert not any(w in found for w in (label, *label.split()))


@pytest.mark.parametrize("text, kind, value", [
    ("The NHS number I have for Kofi is 943·476·5919.", "UK_NHS", "943·476·5919"),
    ("born 14·02·2013 | school Y3", "DATE_OF_BIRTH", "14·02·2013"),
    ("mob 07700∙900461 (mum)", "PHONE_NUMBER", "07700∙900461"),
    ("ni hy⋅483920⋅b", "UK_NINO", "hy⋅483920⋅b"),
])
def test_middle_dots_between_digits_are_separators(find, text, kind, value):
    assert find(text, kind) == [value]


@pytest.mark.parametrize("text, kind, value", [
    ("NHS_NO: 401_023_2137 (from the export)", "UK_NHS", "401_023_2137"),
    ("dob 07_03_2015", "DATE_OF_BIRTH", "07_03_2015"),
    ("mum's mob 07700_900461", "PHONE_NUMBER", "07700_900461"),
])
def test_underscores_between_digits_are_separators(find, text, kind, value):
    assert find(text, kind) == [value]


def test_an_underscore_between_words_keeps_its_meaning(find):
    assert find("see file_notes_2024 and rota_v2", "UK_NHS") == []
    assert find("email: fe_smith@mail.com", "EMAIL_ADDRESS") == ["fe_smith@mail.com"]


def test_a_middle_dot_between_words_hides_nothing(find):
    assert find("tea · toast · bed at 8 · 2 stories", "DATE_OF_BIRTH") == []
