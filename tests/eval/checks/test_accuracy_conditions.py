"""Conditions and states that only look like a negative or a harm (accuracy.negation and
accuracy.invented_risk; polarity.yaml cues and `not_negation`, risk_support.contingent).

Classes (each with examples of our own, not from any split):
- "too shy to talk", "too scared of the dog to go in the garden": too much of a state to do a
  thing is not doing it, so "will not go into the garden" agrees with it and "went to school"
  flips "too poorly to go to school"; "had too much to drink", "came too, to help" deny nothing;
- "too shy to talk without the interpreter" is "talked only with the interpreter", a double
  negative, as "did not want to talk until the interpreter joined" is;
- a person "quiet at first" did not say a word at first ("a quiet weekend" is no silence);
- "none of her friends would be there" (what a move would bring) is no fact a present "where
  her friends are" flips;
- a risk word in the condition of a plan ("the school to phone me if she is missing from
  registration", "will ring the police if Dad turns up drunk") tells no harm that happened;
  a condition that says it happened before ("if he goes missing again") still does.
"""

import pytest

from eval.checks.agreement import agreement
from eval.checks.clauses import cue_count, polarity
from eval.checks.risk_support import contingent
from eval.checks.risk_terms import mentions
from tests.eval.checks.conftest import NOTES, negation_flagged
from tests.eval.checks.conftest import invented_risk as _invented


@pytest.mark.parametrize("text, negative", [
    ("Jovana was too shy to say anything", True),
    ("the carer says he is too frightened of the neighbour's dog to play outside", True),
    ("MUM TOO UNWELL TO COME TO THE REVIEW", True),
    ("Ruairi felt too embarrassed about his reading to join the group", True),
    ("Dad admitted he had too much to drink at the party", False),
    ("Nan came too, to help with bath time", False),
    ("there were too many people to fit in the lounge", False),
    ("she went too", False),
])
def test_too_much_of_a_state_to_do_a_thing(text, negative):
    assert (polarity(text) < 0) is negative


@pytest.mark.parametrize("record, note, agree", [
    ("Petra will not go into the park because of the geese.", "petra too scared of the geese to go in the park", True),
    ("Mum did not come to the review as she was unwell.", "mum too unwell to come to the review", True),
    ("Kwame went to school on Monday.", "kwame too poorly to go to school on monday", False),
    ("Idris would not talk to me until his sister came in.", "idris too anxious to talk without his sister there", True),
    ("Lena would only eat once her brother sat with her.", "lena too upset to eat unless her brother sat with her", True),
])
def test_too_much_of_a_state_agrees_with_a_refusal(record, note, agree):
    assert bool(agreement(record, [note])[0]) is agree


@pytest.mark.parametrize("record, note, agree", [
    ("Seren was quiet at first and then chatted about her pony.", "seren did not say a word for the first 5 mins", True),
    ("Tomasz was very quiet throughout the visit.", "tomasz hardly spoke during the visit", True),
    ("Oskar was quiet.", "oskar did not say much", True),
])
def test_a_quiet_person_did_not_talk(record, note, agree):
    assert bool(agreement(record, [note])[0]) is agree


def test_a_quiet_time_is_no_silence():
    assert cue_count("we had a quiet weekend at Nan's") == 0
    assert cue_count("Jess has quiet time before bed") == 0


def _contingent(text: str, planned: bool = False) -> bool:
    found = [m for m in mentions(text) if not m.denied]
    assert found, text
    return all(contingent(text, m, planned) for m in found)


@pytest.mark.parametrize("text, planned, expected", [
    ("School to ring me straight away if Ayo is missing from the register.", False, True),
    ("Ms Demir will phone the police if the boyfriend turns up drunk.", False, True),
    ("Nursery to let me know if any bruising is seen at drop-off.", False, True),
    ("In the event of a missing episode, the carers will call 101.", False, True),
    ("Grandad to call 999 should there be any violence at contact", True, True),
    # a condition that says it happened before tells of it
    ("If Rhys goes missing again, the carers will call 101.", False, False),
    ("School to tell me of any further bruising.", False, False),
    # no plan: a claim, not a condition ("if" reports a worry, "whenever" a habit)
    ("Dad has been drinking heavily since Easter.", False, False),
    ("Whenever Dad is drunk Mum takes the children to Nan's.", False, False),
    # the harm in the main clause, the condition after it
    ("Mum said she keeps a knife by the bed in case Dad comes back.", False, False),
])
def test_a_risk_in_the_condition_of_a_plan(text, planned, expected):
    assert _contingent(text, planned) is expected


def test_a_plan_for_a_harm_the_notes_never_tell_is_no_invented_risk():
    assert _invented("- school to ring sw if aisha not in class by 10", "School to phone me the same day if Aisha is missing from registration.") == []


def test_a_harm_told_as_fact_is_still_invented():
    assert _invented("- school to ring sw if aisha not in class by 10", "Aisha has gone missing from home twice this month.")


@pytest.mark.parametrize("note, sentence", [
    ("- maya doesn't want to change schools - none of her mates would be there", "Maya wants to stay at her school, where her mates are."),
    ("- idris too anxious to talk without his sister there", "Idris would not talk to me until his sister came in."),
    ("- carer: petra too scared of the geese to go in the park", "The carer told me Petra will not go into the park because of the geese."),
    ("- seren did not say a word for the first 5 mins then chatted", "Seren was quiet at first and then chatted more freely."),
])
def test_a_faithful_restatement_is_no_flip(review, note, sentence):
    assert not negation_flagged(review, sentence, NOTES + "\n" + note)


@pytest.mark.parametrize("note, sentence", [
    ("- kwame too poorly to go to school on monday", "Kwame went to school on Monday."),
    ("- dad said he will not be at the review", "Dad will be at the review."),
])
def test_a_flip_of_such_a_note_is_still_found(review, note, sentence):
    assert negation_flagged(review, sentence, NOTES + "\n" + note)


@pytest.mark.parametrize("text, term, denied", [
    ("No explanation for the bruise on her arm.", "bruise", False),
    ("no one knows why Ife has a black eye", "black eye", False),
    ("nobody could account for the burns on his hand", "burns on", False),
    # a denial of the harm itself stays one
    ("no marks or bruises seen", "bruises", True),
    ("nobody has hurt her", "hurt her", True),
    ("Dad denies hitting her.", "hitting her", True),
])
def test_a_missing_account_of_a_harm_does_not_deny_it(text, term, denied):
    found = [m for m in mentions(text) if m.term == term]
    assert found and found[0].denied is denied
