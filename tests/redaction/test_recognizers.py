"""Each UK recognizer as a table: what it must catch, in many formats, and what it must leave."""

import pytest

from redaction import Redactor


@pytest.fixture(scope="module")
def find():
    redactor = Redactor()

    def spans_of(text: str, kind: str) -> list[str]:
        return [text[s.start:s.end] for s in redactor.spans(text) if s.type == kind]
    return spans_of


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
    # E-mail.
    ("email grace.okafor@example.org today", "EMAIL_ADDRESS", ["grace.okafor@example.org"]),
    # Street addresses.
    ("They live at 27 Larch Close, Bradford.", "STREET_ADDRESS", ["27 Larch Close, Bradford"]),
    ("now at Flat 3, 12a Albert Road", "STREET_ADDRESS", ["Flat 3, 12a Albert Road"]),
    ("c/o flat 6, kingsley house, jubilee close, southampton.", "STREET_ADDRESS",
     ["flat 6, kingsley house, jubilee close, southampton"]),
    ("moved from 16/31 Beech Avenue last year", "STREET_ADDRESS", ["16/31 Beech Avenue"]),
    ("12 weeks at the park with mum", "STREET_ADDRESS", []),
    ("3 bedrooms and a garden; 2 dogs on the drive", "STREET_ADDRESS", []),
    # Dates of birth: only with DOB context; visit dates stay.
    ("DOB 03/04/2015; visited 14/11/2026", "DATE_OF_BIRTH", ["03/04/2015"]),
    ("born on the 3rd April 2015", "DATE_OF_BIRTH", ["3rd April 2015"]),
    ("date of birth?\nMum: 2015-04-03", "DATE_OF_BIRTH", ["2015-04-03"]),
    ("d.o.b 05.07.2013", "DATE_OF_BIRTH", ["05.07.2013"]),
    ("Next visit 28/11/2026. Core group on 3 December 2026.", "DATE_OF_BIRTH", []),
    # Schools and nurseries: the name, not the words before it.
    ("went to the local Oakfield Academy", "SCHOOL", ["Oakfield Academy"]),
    ("Year 4 at St Mary's C of E Primary School.", "SCHOOL", ["St Mary's C of E Primary School"]),
    ("@ our lady of lourdes catholic primary academy - ehcp", "SCHOOL",
     ["our lady of lourdes catholic primary academy"]),
    ("Little Acorns Nursery said she was settled", "SCHOOL", ["Little Acorns Nursery"]),
    ("her new school; the primary school; How's school?", "SCHOOL", []),
    ("Have we heard back from Humpty Dumpty Nursery School?", "SCHOOL", ["Humpty Dumpty Nursery School"]),
    ("spoke w/ tyrell re school", "SCHOOL", []),
    # Case-management references.
    ("LCS-204518 and Mosaic ID 1234567", "CASE_REFERENCE", ["LCS-204518", "Mosaic ID 1234567"]),
    ("EHM/2023/00412, CP-2024-0193, CIN 88213", "CASE_REFERENCE", ["EHM/2023/00412", "CP-2024-0193", "CIN 88213"]),
    ("The case number is MASH-25-81531.", "CASE_REFERENCE", ["MASH-25-81531"]),
    ("Section 47 on 12/03/2026, Year 6, COVID-19", "CASE_REFERENCE", []),
])
def test_recognizer_table(find, text, kind, expected):
    assert find(text, kind) == expected


def test_a_council_adds_its_own_reference_format(tmp_path, monkeypatch):
    extra = tmp_path / "council.yaml"
    extra.write_text("CASE_REFERENCE:\n  patterns:\n    - {name: wcc, regex: '\\bWCC#\\d{3}\\b', score: 0.8}\n")
    monkeypatch.setenv("HEARD_REDACTION_PATTERNS", str(extra))
    text = "Open under WCC#123 since May."
    assert [text[s.start:s.end] for s in Redactor().spans(text)] == ["WCC#123"]
