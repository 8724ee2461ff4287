"""Names that are ordinary words, found by where they stand: the value of a dated header line
("hv 4/2/26 - lantern cobble"), the one a note says to contact ("Ring Fennel re contact"), the
one someone wants to do something ("wants quill to stay"), the one greeted ("Hi Juniper,").
And the same shapes holding no one: "- home visit", "- no concerns", "ring housing re rent",
"wants time to think", "Hi everyone"."""

import pytest


@pytest.mark.parametrize("text, name", [
    ("hv 4/2/2026 - lantern cobble\nwarm home, fridge stocked.", "lantern cobble"),
    ("CIN review 14.05.2026 @ nursery - Ledger Fairweather\nplan reviewed.", "Ledger Fairweather"),
    ("stat visit 2026-01-09 11:15 - COPPER\nseen alone in bedroom.", "COPPER"),
    ("cp 3rd march 2026 - hv - rook family, still in temp accom", "rook"),
    ("visit 22 4 2026 sparrow ledger (from notes)\nno concerns today.", "sparrow ledger"),
    ("core grp 07/07/26 - tansy orchard, chair Obinna", "tansy orchard"),
    ("review notes 1.12.2025 (typed up later) - Bramble Quill\n- PEP due", "Bramble Quill"),
    ("unannounced 19/09/2026 4pm - gravel\nmum asleep on sofa.", "gravel"),
    # The name between the header's words and its date, or before a word the header ends with.
    ("welcome mtg thimble hawker 03/11/2026 interpreter on speaker", "thimble hawker"),
    ("CIN visit Ochre Flint 03/02/2026 (unannounced)", "Ochre Flint"),
    ("STAT VISIT SORREL BRAY 4/5/2026\nseen alone.", "SORREL BRAY"),
    ("home visit nkemdirim okafor 2026 05 14 - kids at nan's", "nkemdirim okafor"),
    ("hv 21 march 2026 saffron tiller dictated after the visit", "saffron tiller"),
])
def test_the_name_a_dated_header_gives(names, text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, word", [
    ("hv 4/2/2026 - home visit\nwarm home.", "home visit"),
    ("visit 12.01.2026 - no concerns", "concerns"),
    ("cp 5/6/26 - rescheduled\nmum unwell.", "rescheduled"),
    ("seen 3/3/26 kitchen clean, beds made", "kitchen"),
    ("review 3 4 2026 - summer holidays plan", "summer"),
    ("a&e 18-02-2026 fracture, discharged same day", "fracture"),
    ("cin mtg 13 01 2026 gp chairing", "chairing"),
    ("supervision 18/11/2026. pres: Ayo, Priya. Ayo brought the case - drift", "drift"),
    ("visit 5 june 2026 - good engagement from both", "good"),
    ("seen alone at school 01/09/2026 - talkative", "talkative"),
    ("next visit 14 dec 2026 chase housing", "chase"),
    ("home visit boiler engineer 12/03/2026 - no heating", "boiler"),
    ("home visit kitchen 12/03/2026", "kitchen"),
    ("strategy meeting police 12/3/26", "police"),
    ("hv 12/03/2026 baby weighed, 7kg", "baby"),
])
def test_a_dated_header_of_trade_words_keeps_them(names, text, word):
    assert not any(word in found for found in names(text))


@pytest.mark.parametrize("text, name", [
    ("Actions:\n* Ring Fennel re contact", "Fennel"),
    ("Actions:\n- text MAGNOLIA about the review", "MAGNOLIA"),
    ("next steps: sw to phone Clementine re school place", "Clementine"),
    ("mum wants quill to stay at nan's at weekends", "quill"),
    ("dad asked tansy to wait in the car", "tansy"),
    ("- wants thistle at next mtg; nan not sure", "thistle"),
    ("Ruksana wants Oyelaran at the review", "Oyelaran"),
    ("YP WANTS ANVIL AT THE NEXT CIN MEETING", "ANVIL"),
    ("welcome mtg cobnut mallow 7-november-2026 interp on phone", "cobnut mallow"),
    ("Practitioner: Hi Juniper, how was school?", "Juniper"),
    ("Worker: Hello, it's Saffron from the family hub.", "Saffron"),
    ("Caller: this is Marigold from the nursery, ringing about attendance", "Marigold"),
])
def test_the_one_contacted_wanted_or_greeted(names, text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, word", [
    ("Actions:\n- ring housing re rent arrears", "housing"),
    ("Actions:\n- text back re times", "back"),
    ("* ring camhs re appt", "camhs"),
    ("mum wants time to think about it", "time"),
    ("she wants help to stop smoking", "help"),
    ("dad wants contact to continue", "contact"),
    ("Hi everyone, minutes below.", "everyone"),
    ("VISIT ON 2026-01-04.\nCONTACT TYPE AND REASON:\nroutine.", "type"),
    ("contact type and reason: planned visit", "type"),
    ("it's time for a change, mum said", "time"),
    ("wants food at the next meeting, dad said", "food"),
    ("mum wants dad at next mtg", "dad"),
])
def test_the_word_in_those_places_stays(names, text, word):
    assert not any(word in found.casefold() for found in names(text))


def test_a_header_name_goes_wherever_it_is_written(names):
    text = "hv 21/06/2026 - gravel bucket\nsaw gravel alone. Gravel showed me his room."
    found = [n.casefold() for n in names(text)]
    assert found.count("gravel") == 2 and "gravel bucket" in found


@pytest.mark.parametrize("text, mention", [
    ("hv 2/2/2026 - marble finch\nmarble quiet at first. marble middle of 4, shares a room.", "marble"),
    ("Home visit, 3 March 2026.\nSocial worker: How are things?\nCobweb: Fine.\nSocial worker: Good.\n"
     "notes: cobweb older of two, likes drawing.", "cobweb"),
    ("core grp 5.5.26 - tinder moss\nplan agreed. tinder's views taken at school.", "tinder"),
])
def test_a_name_found_by_its_place_goes_everywhere_it_stands_as_a_name(names, text, mention):
    found = [n.casefold() for n in names(text)]
    assert sum(mention in n for n in found) >= 2


@pytest.mark.parametrize("text, word", [
    ("hv 2/2/2026 - marble finch\nmarble in the hall is cracked. a marble run on the table.", "marble run"),
    ("hv 2/2/2026 - marble finch\nthe marble floor is cold.", "marble floor"),
    ("hv 2/2/2026 - marble finch\nmarble tiles in the kitchen.", "marble tiles"),
])
def test_the_word_itself_stays_beside_that_name(names, text, word):
    assert not any(word in n.casefold() for n in names(text))


@pytest.mark.parametrize("text, name", [
    ("pep mtg 3/3/26: dt patience quince (brook lane primary) - attendance.", "patience quince"),
    ("supervision notes, tm ossian present", "ossian"),
])
def test_a_school_or_team_role_names_its_holder(names, text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, name", [
    ("beds made, kettle on. ember 7 y3 started brownies, likes it.", "ember"),
    ("sibs: moss 4 year r, quiet. settled at nursery", "moss"),
    ("gravel 14 yr 9 - school refuser since easter", "gravel"),
])
def test_a_word_before_an_age_and_its_school_year_is_a_child(names, text, name):
    assert name in [n.casefold() for n in names(text)]


@pytest.mark.parametrize("text, word", [
    ("met in room 6 year 2 corridor after lunch", "room"),
    ("sat at table 4 y1 reading corner", "table"),
    ("bus 11 yr 9 pupils use it", "bus"),
])
def test_a_numbered_thing_before_a_year_stays(names, text, word):
    assert not any(word in n.casefold() for n in names(text))
