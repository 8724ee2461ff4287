import pytest

from tests.eval.checks.conftest import FAITHFUL, NOTES, checks


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
    ("There were no marks or bruises.", "There were marks and bruises."),
    ("Aisha missed school on Monday;", "Aisha attended school on Monday;"),
    ("I saw Aisha on her own in her bedroom.", "I did not see Aisha on her own in her bedroom."),
    # an antonym, not a negated verb: the notes say she did not attend
    ("Aisha missed school on Monday;", "Aisha went to school on Monday;"),
    ("The kitchen was clean with food in the fridge", "The kitchen was clean but there was no food in the fridge"),
])
def test_negation_flips_are_flagged(review, original, flipped):
    record = FAITHFUL.replace(original, flipped)
    assert record != FAITHFUL
    findings = review(record, only=["accuracy.negation"])
    assert [record[f.span[0]:f.span[1]] for f in findings if flipped in record[f.span[0]:f.span[1]]]


def test_numbers_the_notes_never_give_are_unsupported(review):
    record = FAITHFUL.replace("within two weeks", "within six weeks")
    assert "accuracy.unsupported" in checks(review(record))


@pytest.mark.parametrize("text, negative", [
    ("Aisha did not attend school", True),
    ("AISHA DIDN'T ATTEND SCHOOL", True),
    ("aisha didnt attend sch", True),
    ("Mum denied any arguments with Dad", True),
    ("Jayden missed two dental appointments", True),
    ("There was no opportunity to see Kofi alone", True),
    ("smoke alarm hanging off ceiling w/o battery", True),
    ("Dad has stayed clean since March", True),
    ("Mum will ring the school no later than 9 May", False),  # a deadline, not a negative
    ("Bartek did not come home until 2am", False),  # he came home, at 2am
    ("I saw Priya with no one else in the room", False),  # she was seen alone
    ("Mum said there were not no problems", False),  # two cues cancel
    ("Aisha attended school every day", False),
])
def test_polarity_counts_cues_not_lookalikes(text, negative):
    from eval.checks.clauses import polarity
    assert (polarity(text) < 0) is negative


@pytest.mark.parametrize("sentence", [
    "Mum to take Aisha to the dentist within two weeks.",  # the notes say it
    "I saw Aisha on her own in her bedroom.",
    "Dad was at work during the visit.",
    "Aisha was not seen with any marks or bruises.",  # same claim, same polarity, other words
])
def test_a_paraphrase_with_the_same_polarity_is_not_a_flip(review, sentence):
    assert review(_with(sentence), only=["accuracy.negation"]) == []


@pytest.mark.parametrize("item", [
    "1: Mum to take Aisha to the dentist within two weeks.",
    "[1] Mum to take Aisha to the dentist within two weeks.",
])
def test_a_list_number_is_not_a_new_number(review, item):
    record = FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.", item)
    assert "accuracy.unsupported" not in checks(review(record, only=["accuracy.unsupported"]))


@pytest.mark.parametrize("sentence", [
    "Mum said Aisha's uncle keeps a machete under his bed.",  # a term
    "Aisha said Mum's boyfriend shuts her in the cupboard under the stairs when she is naughty.",
    "Aisha told me she sometimes wishes she could go to sleep and not wake up again.",
])
def test_invented_risk_is_found_by_meaning_too(review, sentence):
    findings = review(_with(sentence), only=["accuracy.invented_risk"])
    record = _with(sentence)
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings)


def test_an_invented_everyday_sentence_is_not_risk(review):
    sentence = "Aisha has started learning the violin with a teacher who comes to school on Fridays."
    assert review(_with(sentence), only=["accuracy.invented_risk"]) == []
    assert "accuracy.unsupported" in checks(review(_with(sentence), only=["accuracy.unsupported"]))


@pytest.mark.parametrize("text, inside, outside", [
    ("I wasn't able to see Manal alone", {"see", "alon"}, set()),  # "not" negates its clause
    ("The parenting assessment has still not taken place.", {"assessment"}, set()),
    ("carbon monoxide alarm - none", {"alarm"}, set()),  # "none" ending its clause: the words before
    ("Mum was unhappy about the move", {"happy"}, {"move"}),  # a negative word negates only itself
    ("plan feels done to her, not with her", set(), {"done", "plan"}),  # "not with": only what follows
    ("no contact between Mum and Dad since the court order", {"contact"}, {"court"}),  # "no": the next words
])
def test_what_a_negation_cue_governs(text, inside, outside):
    from eval.checks.clauses import negated
    scope = negated(text)
    assert inside <= scope and not outside & scope


@pytest.mark.parametrize("sentence", [
    "There has been no contact between Mum and Dad since the court order.",  # "Mum and Dad" is one clause
    "Mum was unhappy that the school had not told her about the detention.",  # negates what the notes negate
    "Aisha usually skips breakfast.",  # "skips": does not eat it, as the notes say
])
def test_the_same_negative_in_other_words_is_not_a_flip(review, sentence):
    notes = NOTES + ("- mum + dad have had no contact since the court order\n"
                     "- mum upset school did not tell her about the detention\n- aisha won't eat breakfast\n")
    assert review(_with(sentence), notes=notes, only=["accuracy.negation"]) == []
