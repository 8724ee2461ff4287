"""Identifiers read out, dialled and exported: an NI number in the phonetic alphabet, a postcode a
maps link or a web form encoded ("OX14%203FX", "SP2+2RG") or typed with a letter O, a phone
number with the pauses a phone dials before an extension, an NHS number a spreadsheet wrote back
with its decimal, a date of birth with the midnight a system exports, an e-mail address spelt
out; a home before its street (a converted bus, a spare room with its host in brackets, a family
room in a rehab unit, a summerhouse in someone's garden); a surname's initial after a name. And
their look-alikes, which stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("dad Gladstone Farrell ni Zulu Golf 96 69 00 Alpha on flat tenancy", "Zulu Golf 96 69 00 Alpha"),
    ("SW: He spelt it out: echo zulu 993328 charlie.", "echo zulu 993328 charlie"),
    ("NI for the flat's Yankee X-ray 010928 Bravo.", "Yankee X-ray 010928 Bravo"),
    ("HIS NI IS HOTEL BRAVO 876487 ALPHA, ON THE PAYSLIP", "HOTEL BRAVO 876487 ALPHA"),
    ("ni whisky lima 40 11 29 delta", "whisky lima 40 11 29 delta"),
])
def test_ni_number_in_the_phonetic_alphabet(find, text, expected):
    assert find(text, "UK_NINO") == [expected]


@pytest.mark.parametrize("text", [
    "call sign Delta Bravo 123456 Alpha",  # D is never an NI number's first letter
    "Team Alpha Bravo 12 34 56 then home",  # no suffix and no NI cue
    "she scored Golf Bravo 123456",
])
def test_phonetic_words_that_are_no_ni_number(find, text):
    assert find(text, "UK_NINO") == []


@pytest.mark.parametrize("text, expected", [
    ("Mum: SP2+2RG. There's no letterbox on a bus.", "SP2+2RG"),
    ("104 Teasel Grower's Hill, OX14%203FX", "OX14%203FX"),
    ("maps link la1%201rx - yard has no sign", "la1%201rx"),
    ("The postcode I was sent is BLO 5YF; the yard has no sign.", "BLO 5YF"),
    ("the postcode is cmo 9hb, she said", "cmo 9hb"),
])
def test_postcode_encoded_or_with_a_letter_o(find, text, expected):
    assert find(text, "UK_POSTCODE") == [expected]


@pytest.mark.parametrize("text", [
    "scored 2+2 goals; ox 5+3 = 8",
    "go 4th of May",
    "we met at 50%20 off",
])
def test_sums_and_words_that_are_no_postcode(find, text):
    assert find(text, "UK_POSTCODE") == []


@pytest.mark.parametrize("text, expected", [
    ("The duty line saved in my phone is 01462 698820,,228. The", "01462 698820,,228"),
    ("yp phone 01235830418;340, host fam", "01235830418;340"),
    ("rehab rang 01235 279456,,,509 v. moved", "01235 279456,,,509"),
])
def test_phone_number_with_a_dialled_extension(find, text, expected):
    assert find(text, "PHONE_NUMBER") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("NHS number (from the ward's export): 6866944147.0. The", "6866944147.0"),
    ("nhs off hosp spreadsheet 7628398782.0. summerhouse", "7628398782.0"),
])
def test_nhs_number_a_spreadsheet_wrote_back_with_its_decimal(find, text, expected):
    assert find(text, "UK_NHS") == [expected]


def test_a_ten_digit_sum_with_a_decimal_is_no_nhs_number(find):
    assert find("the total was 1234567890.0 pounds", "UK_NHS") == []


@pytest.mark.parametrize("text, expected", [
    ("* Mum DOB (tenancy form) 11/10/1998 12:00 AM", "11/10/1998 12:00 AM"),
    ("zakaria dob 21/09/2017 12:00:00 AM, left the spare room", "21/09/2017 12:00:00 AM"),
    ("date of birth on our system is 6/2/2018 12:00 am.", "6/2/2018 12:00 am"),
    ("dob 3/2/2014 00:00 p.m. on the form", "3/2/2014 00:00 p.m."),
])
def test_date_of_birth_with_the_time_a_system_exports(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == [expected]


def test_a_visit_date_with_its_time_stays(find):
    assert find("hra follow up 15/9/2025 12:00 am - mum and the baby", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text, expected", [
    ("Mum: Email me, it's mavis dot kirnon at tehran-mail dot ir.", "mavis dot kirnon at tehran-mail dot ir"),
    ("my email is rachida dot amrani at parsi-net dot co dot uk, please", "rachida dot amrani at parsi-net dot co dot uk"),
    ("write to j.smith (at) council [dot] gov [dot] uk", "j.smith (at) council [dot] gov [dot] uk"),
])
def test_email_address_spelt_out(find, text, expected):
    assert find(text, "EMAIL_ADDRESS") == [expected]


@pytest.mark.parametrize("text", [
    "he joined the dots at school dot to dot",
    "we met at home dot then went out",
])
def test_dots_that_are_no_email_address(find, text):
    assert find(text, "EMAIL_ADDRESS") == []


@pytest.mark.parametrize("text, expected", [
    ("When did you leave the converted bus, Old Gasworks Yard, 79 Corset Maker's Retreat?",
     "the converted bus, Old Gasworks Yard, 79 Corset Maker's Retreat"),
    ("Address: the spare room (Nightstop Wessex host), 104 Teasel Grower's Hill; warm and tidy.",
     "the spare room (Nightstop Wessex host), 104 Teasel Grower's Hill"),
    ("The family left FAMILY ROOM 6, ORCHARD HOUSE (RESIDENTIAL REHAB), 122A GARDEN CITY PIONEER'S ARCADE, LANCASTER on 1/6/2026",
     "FAMILY ROOM 6, ORCHARD HOUSE (RESIDENTIAL REHAB), 122A GARDEN CITY PIONEER'S ARCADE, LANCASTER"),
    ("host fam the summerhouse in the garden of 174 felt slipper walk own room",
     "the summerhouse in the garden of 174 felt slipper walk"),
    ("left the flat behind the takeaway, 83a Lavender Field Glebe 3/3/2026 notice served",
     "the flat behind the takeaway, 83a Lavender Field Glebe"),
])
def test_home_before_its_street(find, text, expected):
    assert find(text, "STREET_ADDRESS") == [expected]


@pytest.mark.parametrize("text", [
    "We went on the bus, then to the park, then home.",
    "The family room (at the contact centre), was warm and tidy.",
])
def test_a_bus_or_a_room_with_no_street_stays(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, expected", [
    ("SW: You're on the minute as Ndolo L., under police log 9547.", "Ndolo L."),
    ("SOUDABEH S. | DOB 17 December 2012", "SOUDABEH S."),
    ("duty saved. dikeledi m. ni on the form", "dikeledi m."),
    ("Ward teacher: Mothusi N.. Date of birth on the display.", "Mothusi N"),
    ("rehab - first fortnight. Viachaslau C. 01462 975697 / x", "Viachaslau C."),
])
def test_surname_initial_after_a_name(names, text, expected):
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    ("dad junior palmer-ricketts b. 7.5.2001", "junior palmer-ricketts"),  # born
    ("shrike b. april 1st, 2010 nhs", "shrike"),
])
def test_born_after_a_name_is_no_initial(names, text, expected):
    assert names(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Left 69 Gunpowder Miller's Lock Farnham 29Jul26 - tenancy ended", "69 Gunpowder Miller's Lock Farnham"),
    ("The family left Dragonfly Room, Calder Vale Children's Hospice, 154 Hide Tanner's Hanger on 3 May.",
     "Dragonfly Room, Calder Vale Children's Hospice, 154 Hide Tanner's Hanger"),
    ("letters to Kingfisher Suite, Nene Valley Children's Hospice, 76a Heathland Warden's Street, Cleckheaton.",
     "Kingfisher Suite, Nene Valley Children's Hospice, 76a Heathland Warden's Street, Cleckheaton"),
    ("post c/o warden the yurt, badger bank smallholding, 67 oyster catcher's slade, lakenheath - fine",
     "the yurt, badger bank smallholding, 67 oyster catcher's slade, lakenheath"),
    ("The family left 35 Pump Room Flats, Ribbon Weaver's Stables on 18 February 2026",
     "35 Pump Room Flats, Ribbon Weaver's Stables"),
])
def test_hospice_rooms_yurts_and_canal_streets(find, text, expected):
    assert find(text, "STREET_ADDRESS") == [expected]


@pytest.mark.parametrize("text", [
    "We sat in the living room, kitchen was clean, 2 stables in the yard.",
    "she has 3 locks on the door and 2 stables",
    "the lock, the weir and the hanger were all closed",
])
def test_rooms_locks_and_stables_that_are_no_address(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, expected", [
    ("his NI number, C for Charlie, J for Jack, 79 03 97, A for apple, is on the payslip",
     "C for Charlie, J for Jack, 79 03 97, A for apple"),
    ("mum spelt ni x for x-ray t for tommy 651161 d for david, plaster", "x for x-ray t for tommy 651161 d for david"),
])
def test_ni_number_a_word_for_each_letter(find, text, expected):
    assert find(text, "UK_NINO") == [expected]


def test_a_word_for_a_letter_the_rules_forbid_is_no_ni_number(find):
    assert find("D for David 12 34 56 A for apple", "UK_NINO") == []  # D never starts one


@pytest.mark.parametrize("text, expected, kind", [
    ("Meringue's date of birth, 20\\8\\1988, is on the hotel booking.", "20\\8\\1988", "DATE_OF_BIRTH"),
    ("scarth typed her e-mail into my phone: scarth.u @ eircom-home.ie. Then", "scarth.u @ eircom-home.ie",
     "EMAIL_ADDRESS"),
    ("The letterhead gives the surgery's number as Tonbridge 232038. Straw", "Tonbridge 232038", "PHONE_NUMBER"),
    ("surgery no. on letterhead tunbridge wells 456115, fionnuala", "tunbridge wells 456115", "PHONE_NUMBER"),
    ("TM: When did St Wilfrid of Harrogate C of E VA Primary School first refer",
     "St Wilfrid of Harrogate C of E VA Primary School", "SCHOOL"),
    ("SW: madrasah register no. MDR-0731. SW: Is", "MDR-0731", "CASE_REFERENCE"),
    ("shortbread (Guild membership no. GLD 23121) / x", "GLD 23121", "CASE_REFERENCE"),
    ("The trailer is at 154a Carpet Weaver's Keep; it is warm", "154a Carpet Weaver's Keep", "STREET_ADDRESS"),
])
def test_backslashed_dates_spaced_emails_exchanges_and_registers(find, text, expected, kind):
    assert find(text, kind) == [expected]


@pytest.mark.parametrize("text", [
    "Watford 2 Richmond 1 at half time",
    "she lived in Woking 2019-2021",
])
def test_a_town_and_a_number_that_are_no_phone(find, text):
    assert find(text, "PHONE_NUMBER") == []


def test_hotel_room_by_the_hotels_name(find):
    text = "Lives at room 161 at the Days Inn Services, 141 Paint Mixer's Road - ok"
    assert find(text, "STREET_ADDRESS") == ["room 161 at the Days Inn Services, 141 Paint Mixer's Road"]
    assert find("we met in room 4 at the school, then went home", "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, expected", [
    ("Mr Ciarán Ó Dálaigh said the boy is bright", ["Ciarán Ó Dálaigh"]),
    ("staying on as boarder?; aoibheann ó conchúir dob on file", ["aoibheann ó conchúir"]),
    ("STATUTORY VISIT ON 09/06/2026 TO CAOIMHE Ó MÁILLE, WINTERING", ["CAOIMHE Ó MÁILLE"]),
    ("The spreadsheet has her as Ó NÉILL, Clodagh, on the roll", ["Ó NÉILL", "Clodagh"]),
    ("Síle Ní Bhriain rang the school", ["Síle Ní Bhriain"]),
])
def test_irish_surnames_with_their_particle(names, text, expected):
    assert names(text) == expected
