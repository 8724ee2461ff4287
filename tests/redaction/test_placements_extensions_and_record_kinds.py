"""Emergency placements, box rooms, a friend's flat and prison mother-and-baby units before an
address; Lakeland, Scillonian and Sussex street words (a tarn, an opie, a bostal, a yett); phone
extensions after a dash or a comma; postcodes with a full stop; references with the kind of record
between the cue and the number ("ref no. strategy discussion 2026/0960", "FGC plan FGC-9978S",
"EHA#05783"). And their look-alikes, which stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("- emergency placement, room 132, tyne view hotel, 67 ferryman's gill box room, cot by nan's bed",
     "emergency placement, room 132, tyne view hotel, 67 ferryman's gill"),
    ("not to go to emergency placement, room 140, Crouch Quay Hotel, 160a Dew Pond Row Keswick.",
     "emergency placement, room 140, Crouch Quay Hotel, 160a Dew Pond Row Keswick"),
    ("* Last known: Mother and Baby Unit, HMP Fenmoor, 33 Oyster Dredger's Gill, Bebington, CH63 6DP",
     "Mother and Baby Unit, HMP Fenmoor, 33 Oyster Dredger's Gill, Bebington"),
    ("⫸ Previous assessment at box room, 175a Charcoal Burner's Bostal, Burnham-on-Crouch",
     "box room, 175a Charcoal Burner's Bostal, Burnham-on-Crouch"),
    ("SW: When did you leave c/o friend's flat, 30 Sailmaker's Tarn?", "c/o friend's flat, 30 Sailmaker's Tarn"),
    ("⇝ Previous assessment at 95a Gig Rower's Yett, Coniston", "95a Gig Rower's Yett, Coniston"),
    ("The family moved out of 153 Reed Cutter's Opie on 11.10.26", "153 Reed Cutter's Opie"),
])
def test_placements_and_their_streets(find, text, expected):
    assert find(text, "STREET_ADDRESS") == [expected]


@pytest.mark.parametrize("text", [
    "they went wild swimming in the tarn at 6 am",
    "hates box room, window wont open",
    "the emergency placement ended after 3 nights",
])
def test_tarns_and_box_rooms_alone_are_no_address(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, kind, expected", [
    ("a.b@wirral-cyp.nhs.uk 01273 848730 - ext 2542; not in school", "PHONE_NUMBER", "01273 848730 - ext 2542"),
    ("The duty desk is on 0151 5227930, extension 2199.", "PHONE_NUMBER", "0151 5227930, extension 2199"),
    ("For the sat nav the postcode is TR21.6SR; the entrance", "UK_POSTCODE", "TR21.6SR"),
    ("93 Charcoal Burner's Crescent Keswick, ca12.7nt. For", "UK_POSTCODE", "ca12.7nt"),
    ("⫸ ref no. strategy discussion 2026/0960", "CASE_REFERENCE", "2026/0960"),
    ("The LADO's reference is FGC plan FGC-7436N.", "CASE_REFERENCE", "FGC-7436N"),
    ("lado ref mash enquiry MASH#22-04555; shrimp", "CASE_REFERENCE", "MASH#22-04555"),
    ("DT: early help assessment EHA#24157, top right.", "CASE_REFERENCE", "EHA#24157"),
])
def test_extensions_dotted_postcodes_and_references_after_their_kind(find, text, kind, expected):
    assert find(text, kind) == [expected]


@pytest.mark.parametrize("text, kind", [
    ("our ref is in the letter dated 2025/2026", "CASE_REFERENCE"),
    ("ref the plan for 2025-26", "CASE_REFERENCE"),
    ("she scored 3.5 out of 10, grade B.2", "UK_POSTCODE"),
    ("ref to the plan, see the notes", "CASE_REFERENCE"),
])
def test_their_look_alikes_stay(find, text, kind):
    assert find(text, kind) == []


def test_a_birth_date_beside_an_nhs_number_with_its_check_digit_apart(find):
    assert find("⇝ TOLARAM | 18/3/19 | 439-395-707/5", "DATE_OF_BIRTH") == ["18/3/19"]


@pytest.mark.parametrize("text, found", [
    ("the e-mail chain about Meldina Nurse's exclusion.", ["Meldina Nurse"]),
    ("Marcellina Nurse lives in Heacham", ["Marcellina Nurse"]),
    ("Mum told Nurse Jones", ["Jones"]),
    ("sarah, nurse at the gp, said", ["sarah"]),
    ("the school nurse saw Kai today", ["Kai"]),
])
def test_nurse_as_a_surname_and_as_a_job(names, text, found):
    assert names(text) == found
