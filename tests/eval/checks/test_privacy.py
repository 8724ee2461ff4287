import pytest

from eval.checks import Material, privacy
from tests.eval.checks.conftest import FAITHFUL


def test_a_person_the_notes_never_mention_is_flagged(review):
    record = FAITHFUL.replace("Dad was at work.", "Dad was at work and his friend Kwame Mensah was there.")
    findings = review(record, only=["privacy.identifier_leak"])
    assert [record[f.span[0]:f.span[1]] for f in findings] == ["Kwame Mensah"]
    assert review(FAITHFUL, only=["privacy.identifier_leak"]) == []


def test_identifiers_in_pseudonymised_text_are_leaks(review):
    notes = "Visit to [PERSON_1] at [ADDRESS_1]. [PERSON_1] said 'I like my room'."
    record = "## Observations\n[PERSON_1] lives at 14 Elm Road, Leeds LS6 2AB. Her NHS number is 943 476 5919."
    findings = review(record, notes, only=["privacy.identifier_leak"])
    assert {f.evidence for f in findings} >= {"STREET_ADDRESS", "UK_NHS"}
    assert all(f.severity == "high" for f in findings)


@pytest.mark.parametrize("record, notes, read", [
    # only the sentences with a capitalised word the notes never use are read, one a line
    ("Seen Amy at home. Mr. Okafor visited with Dr. Lee.\nMum said Jo was fine. Ola Ade rang.",
     "seen amy at home, mum said jo fine", " Mr. Okafor visited with Dr. Lee.\n Ola Ade rang."),
    ("Seen Amy at home.", "Seen Amy at home.", ""),
    ("Amy's room was tidy.", "amy room tidy", ""),  # "Amy's" is the notes' "amy"
    # pseudonymised text: all of it (any identifier there is a leak); no notes: nothing
    ("[PERSON_1] met Kwame Mensah.", "[PERSON_1] at home", "[PERSON_1] met Kwame Mensah."),
    ("Kwame Mensah was there.", "", ""),
])
def test_the_identifier_check_reads_only_sentences_that_could_name_someone_new(record, notes, read):
    from eval.checks.privacy import searched

    assert searched(Material(record, notes, "home_visit")) == read


def test_a_new_name_is_found_with_its_title_when_only_its_sentence_is_read(review):
    record = "Seen Amy at home. Mum said Dr. Kwame Mensah had called. Amy was fine. Ola Ade rang."
    findings = review(record, "seen amy at home, mum said amy fine", only=["privacy.identifier_leak"])
    assert [record[f.span[0]:f.span[1]] for f in findings] == ["Kwame Mensah", "Ola Ade"]


def test_warm_compiles_every_pattern_of_the_detector():
    """Scoring workers are forked after `privacy.warm`: a pattern left uncompiled (the address
    ones, which only an address-like line reaches) would be compiled again in each of them."""
    from presidio_analyzer import PatternRecognizer

    from redaction.detector import analyzer, extra_patterns

    privacy.warm()
    recognizers = [r for r in analyzer(extra_patterns()).registry.recognizers if isinstance(r, PatternRecognizer)]
    assert recognizers
    assert all(p.compiled_regex is not None and p.compiled_with_flags == r.global_regex_flags
               for r in recognizers for p in r.patterns)
