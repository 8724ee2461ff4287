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
