"""Words and numbers of a note that only look like identifiers: a date with its month first (no
case reference), a kind of schooling (no school), a heading after "#", a place or service that
speaks in a transcript, "home ed", a thing's name after the word that describes it. Beside each,
the identifier of the same shape that must still be found."""

import pytest


@pytest.mark.parametrize("text", [
    "home educated since Nov-11-2025.",
    "police came on Aug-29-2025 and spoke to both parents",
    "SEPT-04-2025 visit, then dec-9-2025",
    "boiler fixed 03/2026, job card 4471-22",
])
def test_a_date_with_its_month_first_or_a_month_and_year_is_no_reference(find, text):
    assert find(text, "CASE_REFERENCE") == []


@pytest.mark.parametrize("text, expected", [
    ("reference is pathway plan PWP21.4066.", ["PWP21.4066"]),
    ("ref AUG1234567 on the letter", ["AUG1234567"]),
    ("case ref 12/2026/0441", ["12/2026/0441"]),
])
def test_references_of_the_same_shapes_stay(find, text, expected):
    assert find(text, "CASE_REFERENCE") == expected


@pytest.mark.parametrize("text", [
    "⮞ Showed riding school rosette",
    "wants to stay till college ends",
    "carers until college finishes, then staying put",
    "likes stage school on saturdays",
])
def test_a_kind_of_schooling_or_a_phrase_before_college_is_no_school(find, text):
    assert find(text, "SCHOOL") == []


@pytest.mark.parametrize("text, expected", [
    ("goes to Riding Mill Primary School", ["Riding Mill Primary School"]),
    ("at Hill Top Riding School on sat", ["Hill Top Riding School"]),
])
def test_named_schools_with_those_words_stay(find, text, expected):
    assert find(text, "SCHOOL") == expected


def test_a_heading_after_a_hash_is_no_name(names):
    assert names("PLAN\n#reasonforvisit:\nThe visit is to see Joelle.\n#whattheysaid:\n* wants mum") == ["Joelle"]


def test_places_and_services_speaking_in_a_transcript_are_no_names(names):
    text = ("SW: How is he?\nNIC: He's taking feeds by bottle.\nMum: ok\nHospice: There have been thefts.\n"
            "Stables: The lights come on at six.\nNIC: yes\nTomasz: I want to go home.")
    assert names(text) == ["Tomasz"]


@pytest.mark.parametrize("text, expected", [
    ("⮞ Likes home ed - 'nobody shouts'", []),
    ("HOME ED: reading every morning", []),
    ("Ed came home. ed said no.", ["Ed", "ed"]),
])
def test_home_ed_is_schooling_and_ed_alone_a_name(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("placement rm cot + bed + changing mat. headphones on", []),
    ("⮞ Showed riding school rosette", []),
    ("saw mat today", ["mat"]),
    ("sw mat came at four", ["mat"]),
    ("teacher rosette said she was fine", ["rosette"]),
])
def test_a_things_name_after_its_describing_word_is_no_name(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("dob on placemnt plan may-22-2012", ["may-22-2012"]),
    ("Verona Mais (d.o.b Jul-17-2010) is registered", ["Jul-17-2010"]),
    ("mum dob Oct-10-1983 (tenancy)", ["Oct-10-1983"]),
    ("visit on Aug-28-2025 with mum", []),
])
def test_a_date_of_birth_with_its_month_first(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize("text, expected", [
    ("The NHS number's on the cot card, 6,600,099,291.", ["6,600,099,291"]),
    ("cot card nhs 4,833,055,309, building a den", ["4,833,055,309"]),
    ("the flat cost £1,234,567,890 in total", []),
])
def test_an_nhs_number_written_with_thousands_commas(find, text, expected):
    assert find(text, "UK_NHS") == expected


@pytest.mark.parametrize("text, expected", [
    ("Dad: RG418 TU. There's no number on the gate.", ["RG418 TU"]),
    ("satnav ls278 fr - lane unmarked", ["ls278 fr"]),
    ("came via the M62 at junction 25", []),
    ("y10 pe kit in the bag", []),
])
def test_a_postcode_with_its_space_one_place_late(find, text, expected):
    assert find(text, "UK_POSTCODE") == expected


@pytest.mark.parametrize("text, expected", [
    ("- misses freinds from old school", []),
    ("he definately wants to go home", []),
    ("saw micheal today", ["micheal"]),  # a name one slip from a name is a name
    ("saw bronagh at school", ["bronagh"]),
])
def test_a_frequent_word_typed_with_one_slip_is_no_name(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Parents visiting unit less - nurses worried", []),
    ("- brooks said he was fine", ["brooks"]),
    ("scarlet said no", ["scarlet"]),
])
def test_people_named_by_what_they_are_in_the_plural_are_no_names(names, text, expected):
    assert names(text) == expected
