"""Each UK recognizer as a table: what it must catch, in many formats, and what it must leave."""

import pytest

from redaction import Redactor


@pytest.mark.parametrize("text, kind, expected", [
    # NHS numbers: the mod-11 check digit decides.
    ("NHS number 943 476 5919 on file.", "UK_NHS", ["943 476 5919"]),
    ("nhs 943-476-5919", "UK_NHS", ["943-476-5919"]),
    ("NHS no. 9434765919", "UK_NHS", ["9434765919"]),
    ("reference 943 476 5918 (bad check digit)", "UK_NHS", []),
    # National Insurance numbers: HMRC's prefix rules.
    ("NI number JG 10 37 22 B.", "UK_NINO", ["JG 10 37 22 B"]),
    ("ni jg103722b", "UK_NINO", ["jg103722b"]),
    ("NINO QQ 12 34 56 C is a specimen", "UK_NINO", []),
    ("code GB123456A", "UK_NINO", []),
    # Postcodes: every format, any case, space or none.
    ("Lives in LS6 2AB now.", "UK_POSTCODE", ["LS6 2AB"]),
    ("postcode ls62ab", "UK_POSTCODE", ["ls62ab"]),
    ("SW1A 1AA and M1 1AE and B33 8TH and CR2 6XH and DN55 1PT", "UK_POSTCODE",
     ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT"]),
    # Phone numbers: mobiles, landlines, +44, spaced or not.
    ("mob 07700 900123", "PHONE_NUMBER", ["07700 900123"]),
    ("call 07700900123 or 0113 496 0000", "PHONE_NUMBER", ["07700900123", "0113 496 0000"]),
    ("tel +44 (0)113 496 0000, +447700900123, (0161) 496 0123", "PHONE_NUMBER",
     ["+44 (0)113 496 0000", "+447700900123", "(0161) 496 0123"]),
    ("£250 a month, room 12, score 12/20, 3 bedrooms, bus 42", "PHONE_NUMBER", []),
    ("landline 0044 1772 222337, mob 0044 7523 892580", "PHONE_NUMBER", ["0044 1772 222337", "0044 7523 892580"]),
    ("ring 0113.496.0000 or +44(0)7700-900-123", "PHONE_NUMBER", ["0113.496.0000", "+44(0)7700-900-123"]),
    ("S20 5th of October 2025", "UK_POSTCODE", []),
    # E-mail.
    ("email grace.okafor@example.org today", "EMAIL_ADDRESS", ["grace.okafor@example.org"]),
    # Street addresses.
    ("They live at 27 Larch Close, Bradford.", "STREET_ADDRESS", ["27 Larch Close, Bradford"]),
    ("now at Flat 3, 12a Albert Road", "STREET_ADDRESS", ["Flat 3, 12a Albert Road"]),
    ("c/o flat 6, kingsley house, jubilee close, southampton.", "STREET_ADDRESS",
     ["c/o flat 6, kingsley house, jubilee close, southampton"]),
    ("moved from 16/31 Beech Avenue last year", "STREET_ADDRESS", ["16/31 Beech Avenue"]),
    ("12 weeks at the park with mum", "STREET_ADDRESS", []),
    ("now @ No. 166a Mandela Grove pl5 6wl", "STREET_ADDRESS", ["No. 166a Mandela Grove"]),
    ("old addr no. 75 fairfax avenue, blackpool. mob", "STREET_ADDRESS", ["no. 75 fairfax avenue, blackpool"]),
    ("now @ 108 elgar hts PL66YU", "STREET_ADDRESS", ["108 elgar hts"]),
    ("write to 72a Pankhurst Vale (Flat 9), Coventry", "STREET_ADDRESS", ["72a Pankhurst Vale (Flat 9), Coventry"]),
    ("prev flat 39a, beacon view, 130a telford hill", "STREET_ADDRESS", ["flat 39a, beacon view, 130a telford hill"]),
    ("Lives at: Apt 31, 167 Fairfax Hey Ipswich", "STREET_ADDRESS", ["Apt 31, 167 Fairfax Hey Ipswich"]),
    ("lives off the green, 12 Oak Road", "STREET_ADDRESS", ["12 Oak Road"]),
    ("3 bedrooms and a garden; 2 dogs on the drive", "STREET_ADDRESS", []),
    # Dates of birth: only with DOB context; visit dates stay.
    ("DOB 03/04/2015; visited 14/11/2026", "DATE_OF_BIRTH", ["03/04/2015"]),
    ("born on the 3rd April 2015", "DATE_OF_BIRTH", ["the 3rd April 2015"]),
    ("date of birth?\nMum: 2015-04-03", "DATE_OF_BIRTH", ["2015-04-03"]),
    ("d.o.b 05.07.2013", "DATE_OF_BIRTH", ["05.07.2013"]),
    ("Next visit 28/11/2026. Core group on 3 December 2026.", "DATE_OF_BIRTH", []),
    ("DOB: 2-Oct-2020 and dad b. 02/07/1979", "DATE_OF_BIRTH", ["2-Oct-2020", "02/07/1979"]),
    ("quoting Ewa's date of birth, 1-APR-2019.", "DATE_OF_BIRTH", ["1-APR-2019"]),
    ("BORN 30th of July 2014", "DATE_OF_BIRTH", ["30th of July 2014"]),
    ("contact with birth father\nvisit 12/oct/2026 11:45", "DATE_OF_BIRTH", []),
    # Schools and nurseries: the name, not the words before it.
    ("went to the local Oakfield Academy", "SCHOOL", ["Oakfield Academy"]),
    ("Year 4 at St Mary's C of E Primary School.", "SCHOOL", ["St Mary's C of E Primary School"]),
    ("@ our lady of lourdes catholic primary academy - ehcp", "SCHOOL",
     ["our lady of lourdes catholic primary academy"]),
    ("Little Acorns Nursery said she was settled", "SCHOOL", ["Little Acorns Nursery"]),
    ("her new school; the primary school; How's school?", "SCHOOL", []),
    ("Have we heard back from Humpty Dumpty Nursery School?", "SCHOOL", ["Humpty Dumpty Nursery School"]),
    ("spoke w/ tyrell re school", "SCHOOL", []),
    ("chatty at Christ the King C of E Junior School last week", "SCHOOL", ["Christ the King C of E Junior School"]),
    ("year 2 @ christ the king catholic voluntary academy", "SCHOOL", ["christ the king catholic voluntary academy"]),
    ("o School report from Ms Cartwright; took the dog to school", "SCHOOL", []),
    # Case-management references.
    ("LCS-204518 and Mosaic ID 1234567", "CASE_REFERENCE", ["LCS-204518", "Mosaic ID 1234567"]),
    ("EHM/2023/00412, CP-2024-0193, CIN 88213", "CASE_REFERENCE", ["EHM/2023/00412", "CP-2024-0193", "CIN 88213"]),
    ("The case number is MASH-25-81531.", "CASE_REFERENCE", ["MASH-25-81531"]),
    ("Section 47 on 12/03/2026, Year 6, COVID-19", "CASE_REFERENCE", []),
    # Any token with digits after a reference cue, in formats no pattern knows.
    ("filed under Eclipse ref 15-309987.", "CASE_REFERENCE", ["15-309987"]),
    ("ref ll id 4807436. nv 8 jun", "CASE_REFERENCE", ["4807436"]),
    ("Your case number is Liquidlogic no. 09429424 if you need it", "CASE_REFERENCE", ["09429424"]),
    ("SYSTEM REF: LL ID 4337353  /  ALLOCATED", "CASE_REFERENCE", ["4337353"]),
    ("quote FH/2024/1234 or LADO/24/0193", "CASE_REFERENCE", ["FH/2024/1234", "LADO/24/0193"]),
    ("reference is LAC 55101", "CASE_REFERENCE", ["LAC 55101"]),
    ("reviewed, ref 12/05/2025; visits on 16-Oct-2026 and 21/nov/2026; case open 12 weeks", "CASE_REFERENCE", []),
])
def test_recognizer_table(find, text, kind, expected):
    assert find(text, kind) == expected


def test_a_council_adds_its_own_reference_format(tmp_path, monkeypatch):
    extra = tmp_path / "council.yaml"
    extra.write_text("CASE_REFERENCE:\n  patterns:\n    - {name: wcc, regex: '\\bWCC#\\d{3}\\b', score: 0.8}\n")
    monkeypatch.setenv("HEARD_REDACTION_PATTERNS", str(extra))
    text = "Open under WCC#123 since May."
    assert [text[s.start:s.end] for s in Redactor().spans(text)] == ["WCC#123"]


def test_a_council_adds_its_own_reference_cue(tmp_path, monkeypatch):
    text = "Logged on Carewise 7712-0091 today."
    assert [text[s.start:s.end] for s in Redactor().spans(text)] == []
    extra = tmp_path / "council.yaml"
    extra.write_text("CASE_REFERENCE:\n  cues: [carewise]\n")
    monkeypatch.setenv("HEARD_REDACTION_PATTERNS", str(extra))
    assert [text[s.start:s.end] for s in Redactor().spans(text)] == ["7712-0091"]


def test_a_council_address_pattern_is_searched_on_every_line(tmp_path):
    """Heard's address patterns search only lines with a street, flat, boat or premises word;
    a council's own address patterns may lack those words, so then every line is searched."""
    from redaction.recognizers import load_recognizers

    def address(extra=None):
        return next(r for r in load_recognizers(extra) if r.name == "heard_street_address")

    line = "they moved to hut 14 at Ashgrove in June."
    assert address().lines_with.search(line) is None
    extra = tmp_path / "council.yaml"
    extra.write_text("STREET_ADDRESS:\n  patterns:\n    - {name: hut, regex: '\\bhut \\d{1,3} at [A-Z][a-z]+\\b', score: 0.8}\n")
    assert address(extra).lines_with is None


def test_line_scoped_patterns_index_the_whole_text():
    """Addresses and schools found line by line are placed in the whole text, on any line."""
    text = "Seen at home.\n\nNow lives at 12 Fenwick Road, Leeds.\nAttends Oakbrook Primary School."
    spans = {text[s.start:s.end]: s.type for s in Redactor().spans(text)}
    assert spans.get("12 Fenwick Road, Leeds") == "STREET_ADDRESS"
    assert spans.get("Oakbrook Primary School") == "SCHOOL"
