"""Negation between opposite states, states that ended, conditions, refusals and paraphrased
claims (accuracy.negation; the cues, `same_as`, `opposites` and `lessening` of
data/polarity.yaml, scope.cue_count and agreement.word_overlap).

Classes (each with examples of our own, not from any split):
- one of a pair of opposite states is the negative of the other: late / on time, dirty / clean,
  worse / better, so "late every day" agrees with "never on time" and "has not been late" flips it;
- a state that ended is said without a negative ("the rash has healed", "benefits sanctioned",
  "the course of antibiotics has finished") where the notes say "no sign of", "no income";
- a present "not ... until" is a negative now, on a condition ("is not allowed out until");
- "declined to talk without Dad in the room" is "declined to talk alone", not a double negative;
- a cue of several words is no claim word ("did not turn down the offer"), and "improved",
  "lifted", "happier" say "better", "interested in" says "wants";
- a note that ends in an elided contrast ("what's changed, what hasn't") denies nothing.
"""

import pytest

from eval.checks.agreement import agreement
from eval.checks.clauses import cue_count, polarity
from tests.eval.checks.conftest import NOTES, in_analysis, negation_flagged


@pytest.mark.parametrize("text, negative", [
    ("Oluwaseun was late for nursery most days", True),
    ("ZAHRA ARRIVED LATE TO SCHOOL TWICE", True),
    ("- late marks this half term: zero", False),  # none of them: on time, as "no late marks" says
    ("- late marks this half term: 4", True),  # a late mark is a day late
    ("Ms Adeyemi: no late arrivals since Easter", False),
    ("Siobhán has not been late once", False),
    ("we met in the late afternoon", False),
    ("Mr Kowalczyk works the late shift", False),
    ("the bathroom was filthy", True),
    ("- nappy soiled, not changed since the morning", False),  # soiled, not changed: two cues
    ("Bin overflowing in the kitchen", True),
    ("the children enjoyed messy play at nursery", False),
    ("Mateus's behaviour has got worse since the move", True),
    ("his asthma has not worsened", False),
    ("the rash on Aditi's leg has healed", True),
    ("the bruising has now faded", True),
    ("Dad cleared the table after tea", False),
    ("the red book was missing", True),
    ("Jun went missing from home on Friday", False),
    ("Precious was missing for six hours on Sunday", False),
    ("Kacper is not allowed out until the damage is paid for", True),
    ("Amara did not go to bed until midnight", False),
    ("Dad would not come home till 2am", False),
    ("Ines declined to talk without Mum in the room", True),  # she would not be seen alone
    ("Tobi refuses to go to bed without his torch", False),  # he always takes it
    ("she won't leave the house without her phone", False),
])
def test_polarity_of_states(text, negative):
    assert (polarity(text) < 0) is negative


def test_a_state_with_no_state_word_has_no_cue():
    assert cue_count("Mum has finished the parenting course") == 0
    assert cue_count("the late Mr Okafor's house") == 0


_LATE_NOTES = NOTES + "\n- school: aisha not once in on time this half term\n"
_CLEAN_NOTES = NOTES + "\n- hamster cage overflowing, not cleaned out in weeks\n"
_BETTER_NOTES = NOTES + "\n- mum: aisha sleeping better since the camhs sessions started\n"
_WORSE_NOTES = NOTES + "\n- GP: aisha's eczema worse since the cold weather\n"


@pytest.mark.parametrize("sentence, notes, flip", [
    ("Aisha has been late to school every day this half term.", _LATE_NOTES, False),
    ("The school told me Aisha has not been late this half term.", _LATE_NOTES, True),
    ("The school said Aisha is always on time.", _LATE_NOTES, True),
    ("The hamster's cage was overflowing and had not been cleaned for weeks.", _CLEAN_NOTES, False),
    ("The hamster's cage was clean.", _CLEAN_NOTES, True),
    ("Mum told me Aisha is sleeping better since she started the CAMHS sessions.", _BETTER_NOTES, False),
    ("Mum told me Aisha's sleep has not improved since the CAMHS sessions started.", _BETTER_NOTES, True),
    ("The GP said Aisha's eczema has got worse since the weather turned cold.", _WORSE_NOTES, False),
    ("The GP said Aisha's eczema has not got worse since the cold weather.", _WORSE_NOTES, True),
])
def test_opposite_states(review, sentence, notes, flip):
    assert negation_flagged(review, sentence, notes) is flip


_ENDED_NOTES = NOTES + "\n" + (
    "- no sign of the impetigo on aisha's face now, GP happy\n"
    "- mum's PIP stopped - sanctioned, no money coming in this month\n"
    "- aisha's phone paused - without it till she's paid back the bill\n"
)


@pytest.mark.parametrize("sentence", [
    "The impetigo on Aisha's face has cleared.",
    "THE IMPETIGO ON AISHA'S FACE HAS HEALED, AND THE GP IS HAPPY.",
    "Mum told me her PIP was sanctioned and there is no money coming in this month.",
    "Mum's PIP has been suspended, so there is no money coming in this month.",
    "Mum told me Aisha is not getting her phone back until she has paid back the bill.",
    "Aisha's phone has been paused until she pays the bill back.",
])
def test_a_state_that_ended_agrees_with_no_sign(review, sentence):
    assert not negation_flagged(review, sentence, _ENDED_NOTES)


_REFUSAL_NOTES = NOTES + "\n- aisha refused to talk w/o mum in the room\n"


@pytest.mark.parametrize("sentence, flip", [
    ("Aisha would only talk to me with Mum there, so I did not see her alone.", False),
    ("Aisha would not speak to me on her own.", False),
    ("I spoke with Aisha on her own for twenty minutes.", True),
])
def test_a_refusal_without_a_parent_is_not_seen_alone(review, sentence, flip):
    notes = _REFUSAL_NOTES.replace("Seen Aisha (8) alone in her bedroom. ", "")
    record = in_analysis(sentence).replace("I saw Aisha on her own in her bedroom.", "")
    findings = review(record, notes=notes, only=["accuracy.negation"])
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings) is flip


_PARAPHRASE_NOTES = NOTES + "\n" + (
    "- mum turned down the parenting course offer\n"
    "- aisha wants to join the sea cadets\n"
    "- core group: what's improved, what hasn't\n"
)


@pytest.mark.parametrize("sentence, flip", [
    ("Mum did not turn down the offer of a parenting course.", True),
    ("Mum declined the offer of the parenting course.", False),
    ("Aisha has no interest in joining the sea cadets.", True),
    ("Aisha is interested in joining the sea cadets.", False),
    ("The core group looked at what has improved for Aisha and what has not.", False),
])
def test_paraphrased_claims(review, sentence, flip):
    assert negation_flagged(review, sentence, _PARAPHRASE_NOTES) is flip


_PAIR_NOTES = NOTES + "\n- took aisha to the garden, just the 2 of us, approx 15 mins\n"


@pytest.mark.parametrize("sentence, flip", [
    ("Aisha and I did not spend any time alone in the garden.", True),
    ("AISHA AND I WERE NOT ALONE IN THE GARDEN.", True),
    ("Aisha and I spent about fifteen minutes alone in the garden.", False),
])
def test_the_worker_and_a_child_are_one_subject(review, sentence, flip):
    assert negation_flagged(review, sentence, _PAIR_NOTES) is flip


@pytest.mark.parametrize("clause, unit, agrees", [
    ("there are concerns about her weight", "no worries re weight", False),
    ("nobody is worried about her weight", "no concerns re weight", True),
    ("school are worried about his behaviour", "school - concerns re behaviour", True),
])
def test_a_worry_is_a_concern(clause, unit, agrees):
    assert bool(agreement(clause, [unit])[0]) is agrees


_LIGHT_NOTES = NOTES + "\n- mum: aisha can't settle w/o the hall light on\n- aisha's fish tank overflowing, not cleaned\n"


@pytest.mark.parametrize("sentence, flip", [
    ("Mum told me Aisha cannot get to sleep unless the hall light is left on.", False),
    ("Mum said Aisha will only settle with the hall light on.", False),
    ("Aisha's fish tank was full to the brim and had not been cleaned.", False),
    ("Aisha's fish tank was clean.", True),
])
def test_unless_is_a_double_negative_and_full_is_overflowing(review, sentence, flip):
    assert negation_flagged(review, sentence, _LIGHT_NOTES) is flip
