"""Names that are bird words ("Nightjar Yellowhammer", "shrike lapwing") in the frames that say a
person: a date of birth after "b.", messages from and about someone, a visit's kind then a comma,
a visit "on" a date in words "to" someone, a list after "joined by:" or "also there", a title
before two seldom words, a given name in capitals before a found surname, two seldom words written as a
name (capitalised before a verb, or in capitals among lower case); rooms let with what they
are in brackets, a down's name in a street, towns that are everyday words, lower-case schools named
by a possessive. And their look-alikes, which stay."""

import pytest


@pytest.mark.parametrize("text, found", [
    ("read statement extract / shrike b. april 1st, 2010 nhs no 792 825 5154,", ["shrike"]),
    ("- nightjar b. 21 May 2011 nhs no 474 735 1892", ["nightjar"]),
    ("THE HANDOVER E-MAILS FROM NIGHTJAR YELLOWHAMMER ABOUT MEMET MAMUT ARE PASTED BELOW.",
     ["NIGHTJAR YELLOWHAMMER", "MEMET MAMUT"]),
    ("the handover e-mails from Twite Yellowhammer about soon huat hoh are pasted below.",
     ["Twite Yellowhammer", "soon huat hoh"]),
    ("2026 handover emails debolina haldar re shrike lapwing", ["debolina haldar", "shrike lapwing"]),
    ("Static caravan visit, April 22nd, 2026, BUZZARD MOORHEN - recorded with consent.", ["BUZZARD MOORHEN"]),
    ("3 February 2026 9am - narrowboat visit, plover sparrowhawk - typed from my notes.", ["plover sparrowhawk"]),
    ("VISIT ON 26TH JUNE '26 TO MALLY CHARLTON-DODD, WITH A TELEPHONE INTERPRETER", ["MALLY CHARLTON-DODD"]),
    ("JOINED BY: AVOCET GREENFINCH (family group conference coordinator), MUM", ["AVOCET GREENFINCH"]),
    ("also there - curlew yellowhammer, gannet yellowhammer, albertina mascarenhas",
     ["curlew yellowhammer", "gannet yellowhammer"]),
    ("caravan park; mrs wheatear fieldfare baby chesty cough - damp.", ["wheatear fieldfare"]),
    ("nb visit 8 december 2025 9.30am mally forster + kids @ moorings", ["mally forster"]),
    ("rhi 11/9/25 nightjar sparrowhawk missing o/night from 6/8/25", ["nightjar sparrowhawk"]),
    ("TO THE STATIC CARAVAN WHERE RAKAN MARZOUQ AND THE CHILDREN HAVE BEEN PLACED", ["RAKAN MARZOUQ"]),
    ("placed at the holiday park the next day.\nRedpoll Shelduck was in pyjamas at three.", ["Redpoll Shelduck"]),
    ("The meeting on 23/10/25 was about the exclusion of TURNSTONE GOLDCREST.", ["TURNSTONE GOLDCREST"]),
    ("htl visit 9th march, 2026 12.45pm mistral rainshadow + kids 1 room", ["mistral rainshadow"]),
    ("MBU visit September the 19th 2026 - sirocco drought + baby", ["sirocco drought"]),
    ("sup mon 24th august 2026 halo fogbank lado call", ["halo fogbank"]),
    ("ASSESSMENT OF MONSOON HOARFROST, AGED SIXTEEN, ON SEPTEMBER THE 23RD 2026.", ["MONSOON HOARFROST"]),
])
def test_bird_names_in_a_person_frame(names, text, found):
    assert all(name in names(text) for name in found), names(text)


@pytest.mark.parametrize("text", [
    "e-mails from school about the trip were sent home.",
    "texts from mum about contact arrangements",
    "also there - school nurse and the family support worker",
    "hv 3/3/26 sullenly quiet, would not talk",
    "Home visit, 3 May 2026, no concerns - recorded.",
    "hv 3 march, 2026 - no concerns",
    "MBU visit on Friday, a boy aged sixteen was there",
    "a barn owl and a kestrel nest on the towpath",
    "The Canal Basin was cold at the visit.",
    "LIVING SITUATION (BOAT / CARAVAN / HOUSE): moved twice",
    "referred to CAMHS and the NSPCC today",
])
def test_their_look_alikes_stay(names, text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("last assmt done at room 5 (hmo), 142 smelt mill street, yarmouth", "room 5 (hmo), 142 smelt mill street, yarmouth"),
    ("evicted Room 3 (HMO), 92 Towpath Basin Gap 24th november '25", "Room 3 (HMO), 92 Towpath Basin Gap"),
    ("done at Room 7 (shared house), 98 Hoveller's Shore, St Margaret's at Cliffe",
     "Room 7 (shared house), 98 Hoveller's Shore, St Margaret's at Cliffe"),
    ("The last assessment was done at 179 Whin Sill Chine, Sandwich.", "179 Whin Sill Chine, Sandwich"),
    ("last assmt done at 82 bonchurch down chine, boat moved 4x", "82 bonchurch down chine"),
    ("101 bonchurch down row is a narrowboat with a wood burner", "101 bonchurch down row"),
])
def test_rooms_downs_and_word_towns(find, text, expected):
    assert find(text, "STREET_ADDRESS") == [expected]


@pytest.mark.parametrize("text", [
    "walked 3 miles down lane to the shop",
    "took the kids down lane to 4 shops",
    "12 Oak Road, deal with the damp first",
])
def test_downs_and_deals_that_are_no_address(find, text):
    assert all("down" not in a and "deal" not in a for a in find(text, "STREET_ADDRESS"))


@pytest.mark.parametrize("text, expected", [
    ("Bee Choo Phua of hoveller's primary school said", "hoveller's primary school"),
    ("at reiver's community primary school since 24 march 2026", "reiver's community primary school"),
    ("reiver's junior school attendance concerns", "reiver's junior school"),
    ("hoveller's pupil referral unit attendance concerns", "hoveller's pupil referral unit"),
])
def test_lower_case_schools_named_by_a_possessive(find, text, expected):
    assert find(text, "SCHOOL") == [expected]


@pytest.mark.parametrize("text", [
    "his brother's primary school rang",
    "amira's primary school rang",
    "the kids' primary school",
    "her mum's old junior school",
])
def test_someones_school_stays_a_school(find, text):
    assert find(text, "SCHOOL") == []


@pytest.mark.parametrize("text, kind, expected", [
    ("dob sat 26th september 2015 nhs 746 | 818 | 6774", "UK_NHS", "746 | 818 | 6774"),
    ("bethel | DOB: 17th August, 2018 | NHS: 495|976|2942", "UK_NHS", "495|976|2942"),
    ("Unit office 01268 889969 ext: 3665", "PHONE_NUMBER", "01268 889969 ext: 3665"),
    ("The unit's office number is 01298 842219 (internal 8578).", "PHONE_NUMBER", "01298 842219 (internal 8578)"),
    ("unit office 01268 442607 extn. 2159. dad", "PHONE_NUMBER", "01268 442607 extn. 2159"),
    ("CHILD: Cleomae Strachan | DOB: August the 7th 2012 | NHS", "DATE_OF_BIRTH", "August the 7th 2012"),
    ("moved from 84b Sprout Picker's Slack to the hotel", "STREET_ADDRESS", "84b Sprout Picker's Slack"),
    ("The last assessment was done at 42 Clyce Causey.", "STREET_ADDRESS", "42 Clyce Causey"),
    ("⋮ Neelamma | February the 24th 2012 | 711 587 6525", "UK_NHS", "711 587 6525"),
    ("- ref lado allegation LA.21.1249 pls quote.", "CASE_REFERENCE", "LA.21.1249"),
    ("* Ref (quote): MBU.2020.186", "CASE_REFERENCE", "MBU.2020.186"),
])
def test_pipes_extensions_and_levels_streets(find, text, kind, expected):
    assert any(expected in found for found in find(text, kind)), find(text, kind)


@pytest.mark.parametrize("text, kind", [
    ("| 3 | 4 | 5 | 6 |", "UK_NHS"),
    ("the 3 kids slack off at school", "STREET_ADDRESS"),
    ("we meet May the 3rd 2026 at school", "DATE_OF_BIRTH"),
    ("the lado allegation was about 3 staff and 12345 pages", "CASE_REFERENCE"),
])
def test_their_look_alikes_are_no_identifier(find, text, kind):
    assert find(text, kind) == []


@pytest.mark.parametrize("text, expected", [
    ("The last assessment was done at Lodgings (host family), 92 Well Dressing Avenue Highbridge.",
     "Lodgings (host family), 92 Well Dressing Avenue Highbridge"),
    ("last assmt at fenland motor lodge, room 226, 85b withy stripper's cote",
     "fenland motor lodge, room 226, 85b withy stripper's cote"),
    ("last assmt at parent and baby placement, flat 3, 167 teasel ground causey",
     "parent and baby placement, flat 3, 167 teasel ground causey"),
    ("Young parents' unit, Flat 2, 64 Shrimper's Meend", "Young parents' unit, Flat 2, 64 Shrimper's Meend"),
])
def test_kinds_of_home_and_hotels_before_the_room(find, text, expected):
    assert find(text, "STREET_ADDRESS") == [expected]


@pytest.mark.parametrize("text", [
    "mum said lodgings, 3 weeks ago, were ok",
    "the hotel, room service and the lift were fine",
])
def test_a_kind_of_home_alone_is_no_address(find, text):
    assert find(text, "STREET_ADDRESS") == []
