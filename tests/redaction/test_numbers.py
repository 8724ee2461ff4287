"""NHS, NI and phone numbers and dates of birth in any layout: what must be caught and what
must stay (references, visit dates, times, money)."""

import pytest

from redaction.numbers import real_date


@pytest.mark.parametrize("text, expected", [
    # Valid check digits (4260181599, 7301661312, 6091390996, 4308246288) in any 3-3-4 layout.
    ("letter from GP, 426 018 1599 on it", ["426 018 1599"]),
    ("hv gave 730/166/1312 for baby", ["730/166/1312"]),
    ("NHS NO. 609.139.0996 | ref", ["609.139.0996"]),
    ("nhs num 430-824-6288.", ["430-824-6288"]),
    ("number 430  824  6288 (double spaced)", ["430  824  6288"]),
    ("Her number is 4260181599.", ["4260181599"]),
    # Any other grouping is an NHS number when "NHS" is just before it.
    ("nhs no 4308 246 288", ["4308 246 288"]),
    ("NHS number: 60 91 39 09 96", ["60 91 39 09 96"]),
    # Not NHS numbers: a failed check digit with no cue, odd layouts with no cue, a phone.
    ("reference 426 018 1598 on the letter", []),
    ("ticket 4308 246 288 kept", []),
    ("ring 0113 496 0000 after 5", []),
])
def test_nhs_numbers(find, text, expected):
    assert find(text, "UK_NHS") == expected


@pytest.mark.parametrize("text, expected", [
    ("ni no. JT/482915/C on the form", ["JT/482915/C"]),
    ("NI: ER.77.12.08.A | MOB", ["ER.77.12.08.A"]),
    ("dad's NI number is wk 394 201 d.", ["wk 394 201 d"]),
    ("Mum gave her NI as PB-65-43-21-B today", ["PB-65-43-21-B"]),
    ("national insurance hx 112233", ["hx 112233"]),  # no suffix, but an NI cue
    ("NINO: se 48 91 07 c", ["se 48 91 07 c"]),
    # Not NI numbers: impossible prefixes (D, F, I, Q, U, V first; O second; GB, NT...), no suffix
    # and no cue, too few digits.
    ("code GB 12 34 56 A", []),
    ("DA 123456 A is not valid", []),
    ("to 12 34 56 a", []),
    ("form LS 123456 sent", []),
    ("NI AB 12 34 5 C", []),
])
def test_national_insurance_numbers(find, text, expected):
    assert find(text, "UK_NINO") == expected


@pytest.mark.parametrize("text, expected", [
    ("mob 07958/214663 after 6", ["07958/214663"]),
    ("landline 0161 - 4960321.", ["0161 - 4960321"]),
    ("house phone is 0113/496 0172", ["0113/496 0172"]),
    ("ring +44 07700 900461 or 0044 (0)20 7946 0321", ["+44 07700 900461", "0044 (0)20 7946 0321"]),
    ("(+44) 7700-900-518 is dad's", ["(+44) 7700-900-518"]),
    ("gran 020.7946.0877 evenings", ["020.7946.0877"]),
    ("01632 960 418. 3 kids at home", ["01632 960 418"]),
    ("dad's new no 07 700 900 461, not for mum", ["07 700 900 461"]),
    ("carer tel 01632\u00a0960418 (pasted from Word)", ["01632\u00a0960418"]),
    # Not phones: dates followed by times, references, NHS numbers, too few or too many digits.
    ("cin mtg 03102026 12:30", []),
    ("ICPC 14 10 2026 09:30 at the hub", []),
    ("ref YJS/2024/0712 and EHC-25-40490", []),
    ("NHS 426 018 1599", []),
    ("0800 12 34 sounded wrong, 07700 9004 too", []),
])
def test_phone_numbers_in_any_layout(find, text, expected):
    assert find(text, "PHONE_NUMBER") == expected


@pytest.mark.parametrize("text, expected", [
    ("DOB 14 02 2017 | NHS", ["14 02 2017"]),
    ("DOB\u00a014\u202f02\u202f2017", ["14\u202f02\u202f2017"]),
    ("d.o.b. 2009.11.30; seen at home", ["2009.11.30"]),
    ("dob 21072014. mum present", ["21072014"]),
    ("Date of birth: 05-JUN-2012.", ["05-JUN-2012"]),
    ("she was born 9 march '16 in Leeds", ["9 march '16"]),
    ("Birthday is 3rd of November 2019, for the form", ["3rd of November 2019"]),
    ("DOB Tues 4 Feb 2014", ["Tues 4 Feb 2014"]),
    ("D.O.B: July 8, 2011", ["July 8, 2011"]),
    ("Okonkwo, Chidi (12042015) - NHS", ["12042015"]),
    # Visit, meeting and letter dates stay; so do impossible dates after a cue.
    ("visited 14 02 2026 with mum", []),
    ("ICPC 03112026, then review 2026.12.01", []),
    ("letter dated 9 March '26 from school", []),
    ("dob 45 13 2010 (as written, impossible)", []),
    ("birth certificate seen 12/05/2026", []),
])
def test_dates_of_birth_in_any_layout(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize("found, real", [
    ("03042015", True), ("20150403", True), ("31/02/2015", False), ("2016.01.03", True),
    ("12 13 2010", True),  # month-first is a real date too
    ("45 13 2010", False), ("3 April '15", True), ("99999999", False),
])
def test_real_date(found, real):
    assert real_date(found) is real
