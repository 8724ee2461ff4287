"""Names that are ordinary words ("Doily Teaspoon", "flagon breadbin") in the frames that say a
person whatever the words: a header dated in words or split by "::", the visit's kind before the
name, "re" in a header, a relative's or an agency's field split by "::", a visit's "to", a name
before ", who"; and the same words as things, which stay."""

import pytest


@pytest.mark.parametrize("text, found", [
    ("hv 26 january twenty twenty-six 11:00 saucer casserole + kids\nhow r they managing", ["saucer casserole"]),
    ("the seventeenth of october twenty twenty-six 18:45 teacup stockpot + kids", ["teacup stockpot"]),
    ("Supervision :: 11th February 2026 :: corkscrew carafe :: MARAC ref by Ms Ali", ["corkscrew carafe"]),
    ("Visit with BSL interpreter :: 31/10/2025 :: Sieve Cruet\nWhat prompted this:", ["Sieve Cruet"]),
    ("13/06/2026 - supervision, skillet pestle - recorded.", ["skillet pestle"]),
    ("seventh of November two thousand and twenty-six - 16+ assessment, Doily Teaspoon - typed up.",
     ["Doily Teaspoon"]),
    ("sup 01/03/2026 masher pestle marac ref by altanzul dashnyam", ["masher pestle"]),
    ("yw whatsapp re steamer teaspoon 30 november twenty twenty-six", ["steamer teaspoon"]),
    ("Youth worker's WhatsApp :: re VIKASH BEEHARRY :: 9th September twenty twenty-six", ["VIKASH BEEHARRY"]),
    ("* Nan :: flagon breadbin :: most weekends", ["flagon breadbin"]),
    ("⁕ School :: Tumbler Breadboard, Pilchard Quay Junior Academy :: CPOMS entry", ["Tumbler Breadboard"]),
    ("School: Colander Teaspoon from St Tudno's C of E Primary School phoned.", ["Colander Teaspoon"]),
    ("VISIT TO DOILY CARAFE AND WHISK CARAFE AT THE REFUGE", ["DOILY CARAFE", "WHISK CARAFE"]),
    ("Visit on 06/12/2026 to Doily Teaspoon, who is deaf; a BSL interpreter was booked.", ["Doily Teaspoon"]),
    ("I met Ladle Griddle, who is her aunt, at the door.", ["Ladle Griddle"]),
])
def test_word_names_in_a_person_frame(names, text, found):
    assert all(name in names(text) for name in found)


@pytest.mark.parametrize("text", [
    "13/06/2026 - home visit, no concerns - recorded.",
    "13/06/2026 - supervision, case discussion - recorded.",
    "ring housing re rent arrears.",
    "RE: Home visit | 12/3/26",
    "⩥ Mum :: housing options re damp",
    "* Dad :: not known",
    "- Mum :: washing machine ::",
    "School: We've had attendance worries since 6th June.",
    "SCHOOL: NO CONCERNS",
    "Teacher: Good Morning, everyone",
    "Visit to the family at home.",
    "VISIT TO NAN AND GRANDAD",
    "Home visit to Mum and Dad, who were both in.",
    "Spoke to Early Help, who said yes.",
    "hv 26 january twenty twenty-six 11:00 mum + kids",
])
def test_no_name_in_a_look_alike(names, text):
    assert names(text) == []


def test_the_same_words_as_things_stay(names):
    text = ("yw whatsapp re steamer teaspoon 30 november twenty twenty-six\nsteamer signing to mum\n"
            "flagon sterilises the bottles in a microwave steamer. flagon gives the baby medicine on a teaspoon")
    found = names(text)
    assert "steamer teaspoon" in found and "microwave steamer" not in " ".join(found)
    assert found.count("teaspoon") == 0 and found.count("steamer") == 1
