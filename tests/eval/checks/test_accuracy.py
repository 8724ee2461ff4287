import pytest

from tests.eval.checks.conftest import FAITHFUL, checks


def _with(extra, section="## Observations\n"):
    return FAITHFUL.replace(section, section + extra + "\n", 1)


@pytest.mark.parametrize("sentence", [
    "Aisha has joined a swimming club and goes every Thursday with her cousin.",
    "The family have booked a caravan holiday by the seaside for the summer.",
    "Grandad has moved into the spare room.",
    "Aisha's school report shows 15 absences this term.",
])
def test_unsupported_sentences_are_flagged(review, sentence):
    findings = review(_with(sentence), only=["accuracy.unsupported"])
    assert any(FAITHFUL.count(sentence) == 0 and sentence in _with(sentence)[f.span[0]:f.span[1]] for f in findings)


@pytest.mark.parametrize("sentence", [
    "Aisha's bedroom was warm and tidy.",  # reordered and shortened
    "Mum told me she is doing her best but feels tired.",  # paraphrase
    "Aisha stayed off school on Monday with a cold.",  # paraphrase of a negative
    "Dad was at work during the visit.",
])
def test_paraphrase_and_summary_are_supported(review, sentence):
    assert review(_with(sentence), only=["accuracy.unsupported"]) == []


@pytest.mark.parametrize("sentence, kind", [
    ("Aisha said she has thought about killing herself.", "suicidal thoughts"),
    ("There was a bruise on Aisha's arm.", "an injury"),
    ("Mum smelled of alcohol during the visit.", "alcohol"),
    ("Aisha has been cutting her arms.", "self-harm"),
    ("Aisha went missing overnight last weekend.", "going missing"),
    ("Dad hit mum in front of the children.", "violence"),
])
def test_invented_risk_is_high_severity_and_named(review, sentence, kind):
    findings = review(_with(sentence), only=["accuracy.invented_risk"])
    assert findings and all(f.severity == "high" for f in findings)
    assert kind in findings[0].message


def test_risk_the_notes_record_is_not_invented(review):
    notes = "Seen Tom (6). Bruise on his shin from football, mum showed me. tom said 'I fell over at football'."
    record = "## Observations\nTom had a bruise on his shin, which Mum said came from football."
    assert review(record, notes, only=["accuracy.invented_risk"]) == []


def test_a_negated_risk_mention_is_not_a_claim_of_risk(review):
    assert review(FAITHFUL, only=["accuracy.invented_risk"]) == []


@pytest.mark.parametrize("original, flipped", [
    pytest.param("There were no marks or bruises.", "There were marks and bruises.", marks=pytest.mark.xfail(
        strict=True, reason="known miss: clauses of under three content words are not compared (issue 4 open)")),
    ("Aisha missed school on Monday;", "Aisha attended school on Monday;"),
    ("I saw Aisha on her own in her bedroom.", "I did not see Aisha on her own in her bedroom."),
])
def test_negation_flips_are_flagged(review, original, flipped):
    record = FAITHFUL.replace(original, flipped)
    assert record != FAITHFUL
    findings = review(record, only=["accuracy.negation"])
    assert [record[f.span[0]:f.span[1]] for f in findings if flipped in record[f.span[0]:f.span[1]]]


def test_numbers_the_notes_never_give_are_unsupported(review):
    record = FAITHFUL.replace("within two weeks", "within six weeks")
    assert "accuracy.unsupported" in checks(review(record))
