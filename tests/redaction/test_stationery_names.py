"""Names that are ordinary words, in frames that say a person whatever the word ("sharpie dob
08/09/2019", "dad blotter clipboard dob ...", "HIS MOTHER, CRAYON CLIPBOARD."), lower-case schools
named after a saint of a place ("st chad of lichfield rc primary school"), and a verb before
"school" that names none ("kokona put school under the sad face"); with their look-alikes."""

import pytest


@pytest.mark.parametrize("text, found", [
    ("talking mats so she can say likes\nsharpie dob 08/09/2019 nhs no. 795/096/6904", ["sharpie"]),
    ("joint w yj / dad blotter clipboard dob 27th of the 9th, 1990", ["blotter clipboard"]),
    ("- quill aged 9 and docket aged 6 in one room", ["quill"]),
    ("MEETING ABOUT BINDER NOTEPAD AND HIS MOTHER, CRAYON CLIPBOARD.", ["CRAYON CLIPBOARD"]),
    ("I spoke with her brother, Quill Docket, who was helpful.", ["Quill Docket"]),
    ("Spoke to their dad, tippex marker - he was calm", ["tippex marker"]),
    ("MUM: Jo Ray | 07700 900123\nFATHER: twill overlock | DOB: Fourteenth October 2001 |", ["twill overlock"]),
])
def test_names_in_a_person_frame(names, text, found):
    assert all(name in names(text) for name in found)


@pytest.mark.parametrize("text", [
    "boy aged 14 found at the station",
    "baby dob 12/03/2025",
    "- patient dob 1/2/2010",
    "- deceased dob 3/4/1950",
    "yp dob 03/04/2011",
    "| Child | DOB: 01/02/2015 |",
    "* siblings aged 3 and 5",
    "his mother, however, said no.",
    "her mother, nan and grandad were there.",
    "their dad, Home Office letters in hand.",
])
def test_no_name_in_a_look_alike(names, text):
    assert names(text) == []


@pytest.mark.parametrize("text, school", [
    ("/ st chad of lichfield rc primary school worried about weight", "st chad of lichfield rc primary school"),
    ("st oswald of oswestry ce junior school since 01/06/2026 eal support.", "st oswald of oswestry ce junior school"),
    ("⍟ st bertram of ilam catholic voluntary academy - PP+ applied for",
     "st bertram of ilam catholic voluntary academy"),
    ("Referral from St Hilda of Whitby CE Junior School today.", "St Hilda of Whitby CE Junior School"),
])
def test_a_saint_of_a_place_names_a_school_in_any_case(find, text, school):
    assert find(text, "SCHOOL") == [school]


@pytest.mark.parametrize("text", [
    "- kokona put school under the sad face on the mat",
    "dads cousin in dukinfield offered school runs",
    "mum puts school uniform in the wash",
    "She was offered school transport.",
])
def test_a_verb_before_school_names_none(find, text):
    assert find(text, "SCHOOL") == []


@pytest.mark.parametrize("text, found", [
    ("present - Memo, sticky envelope & me\npf carer ms STICKY ENVELOPE O7517 163 349", "sticky envelope"),
    ("Mum: Fortune Farthing\nfortune farthing rang later", "fortune farthing"),
])
def test_a_whole_name_found_once_is_found_in_any_casing(names, text, found):
    assert found in names(text)


def test_the_same_words_as_a_thing_stay(names):
    assert "sticky envelope" not in names("pf carer ms STICKY ENVELOPE rang. She keeps it in a sticky envelope.")


@pytest.mark.parametrize("text, address", [
    ("- supported lodgings, 156a whalsay road 1 bed pod, row of 12", "supported lodgings, 156a whalsay road"),
    ("Supported lodgings, 166 Ailsa Chare is a one-bedroom pod", "Supported lodgings, 166 Ailsa Chare"),
])
def test_supported_lodgings_open_their_address(find, text, address):
    assert find(text, "STREET_ADDRESS") == [address]


def test_supported_lodgings_alone_are_no_address(find):
    assert find("moved into supported lodgings, then college", "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, dob", [
    ("* Mum :: Doily Stockpot :: dob: the fourth of November nineteen eighty-six :: NI PY 18 41 01",
     "the fourth of November nineteen eighty-six"),
    ("School: We've got Hedvika as d.o.b 19 July two thousand and sixteen.", "19 July two thousand and sixteen"),
    ("FATHER: ashvin beeharry | DOB: 26TH NOVEMBER NINETEEN SEVENTY-SEVEN | LAST KNOWN",
     "26TH NOVEMBER NINETEEN SEVENTY-SEVEN"),
    ("akhmetzhanov d.o.b the first of march twenty eleven nhs 737 277 5779", "the first of march twenty eleven"),
    ("dob 3 May two thousand, NHS 943 476 5919", "3 May two thousand"),
    ("born 5 june nineteen oh five", "5 june nineteen oh five"),
])
def test_a_year_in_words(find, text, dob):
    assert find(text, "DATE_OF_BIRTH") == [dob]


def test_a_visit_date_with_its_year_in_words_is_no_birth(find):
    assert find("visit on 30 november twenty twenty-six at 10", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, ref", [
    ("⊡ Ref :: storm log 5936 6832025\n⊡ vikash", "5936 6832025"),
    ("⊹ MARAC :: GTS/D95/22\n⊹ Police", "GTS/D95/22"),
    ("REFERENCE: LADO.2021.420\nCHILD", "LADO.2021.420"),
    ("Our reference for the family is GTS/N68/23.", "GTS/N68/23"),
    ("marac park home agreement no. ph-2569-b. ms", "ph-2569-b"),
    ("Police: The MARAC number is EWO-NB/7139.", "EWO-NB/7139"),
])
def test_references_in_new_shapes(find, text, ref):
    assert find(text, "CASE_REFERENCE") == [ref]


@pytest.mark.parametrize("text", [
    "marac 3 kids, case 12 weeks, ref 3/4/22, log 12-3",
    "the marac is on 12.03.2026 at 10",
    "ref :: yr 7 set-2",
])
def test_no_reference_in_a_look_alike(find, text):
    assert find(text, "CASE_REFERENCE") == []
