"""Wordings that say a negative (or a harm) in other words, and look-alikes that do not
(accuracy.negation and accuracy.invented_risk; polarity.yaml cues, clauses.py, risk.yaml,
accuracy.yaml `alarm_leads`).

Classes (each with examples of our own, not from any split):
- "has not been late once since" is "on time every day since" ("late" before "since" is a state);
- "bail conditions stop him coming to the house" (no "from") is "cannot come to the house";
- "could not be excluded (as the cause)" is "could not rule out": a double negative;
  "could be excluded from school" is no such thing;
- "still in its plastic", "still boxed" is "not unwrapped", "not assembled";
- "for as long as she can remember" says "ever", no claim of its own;
- "decide whether a conference is needed" leaves the question open;
- a note line the record quotes word for word is told there: no rival of another sentence;
- "has not stopped going to Nan's" affirms what "no longer goes to Nan's on Sundays" denies (a denied
  end only: "has not missed a day at school" still agrees with "not in trouble at school");
- "carry on at", "keep going to" are one claim (continue), "more open with me" is "more honest";
- "refused meat at first until ..." says she eats it now;
- "joint" in "a joint visit with police" is no drug; "non-mol order" is the notes' shorthand;
- "was told not to tell the doctor how she hurt her arm" denies the telling, not the harm;
- a harm of a kind the notes record only in other terms ("a burn" beside "a bruise from
  football") is a new harm unless the sentence is close to the note line;
- a sentence that opens by presenting a concern ("Worryingly,", "It is understood that") and
  that the notes do not support is judged by its meaning.
"""

import pytest

from eval.checks.agreement import agreement
from eval.checks.clauses import cue_count
from eval.checks.risk_terms import mentions
from tests.eval.checks.conftest import NOTES, negation_flagged
from tests.eval.checks.conftest import invented_risk as _invented


@pytest.mark.parametrize("text, cues", [
    ("Dmitri hasn't been late once since the new bus route", 2),
    ("the injunction stops him contacting her", 1),
    ("his licence conditions prevent him seeing the children", 1),
    ("Mum stopped them during the row", 1),  # "stopped" alone, one cue as before
    ("the consultant said a fracture could not be excluded", 2),
    ("an infection cannot be excluded", 2),
    ("Tariq could be excluded from school if it happens again", 0),
    ("the new bed is still in its packaging", 1),
    ("wardrobe still boxed", 1),
])
def test_negatives_said_in_other_words(text, cues):
    assert cue_count(text) == cues


@pytest.mark.parametrize("note, sentence", [
    ("- dmitri hasn't been late once since the new bus route", "Dmitri has been on time every day since the new bus route."),
    ("- stepdad - licence conditions, can't see the children", "Stepdad's licence conditions prevent him seeing the children."),
    ("- consultant could not rule out a fracture", "The consultant said a fracture could not be excluded."),
    ("- new bed still in its plastic", "The new bed has not been unwrapped yet."),
    ("- gran cannot remember the last time she had a holiday", "Gran told me she has not had a holiday for as long as she can remember."),
    ("- no strategy discussion yet - manager to decide", "My manager will decide whether a strategy discussion is needed."),
])
def test_a_faithful_restatement_is_no_flip(review, note, sentence):
    assert not negation_flagged(review, sentence, NOTES + "\n" + note)


@pytest.mark.parametrize("note, sentence", [
    ("- dmitri late every day since the new bus route", "Dmitri has been on time every day since the new bus route."),
    ("- consultant could not rule out a fracture", "The consultant said a fracture was ruled out."),
])
def test_a_flip_is_still_found(review, note, sentence):
    assert negation_flagged(review, sentence, NOTES + "\n" + note)


@pytest.mark.parametrize("text, kind, found", [
    ("This was a joint home visit with the health visitor.", "drugs", False),
    ("We agreed joint working with the school nurse.", "drugs", False),
    ("Dad was seen smoking a joint in the garden.", "drugs", True),
    ("- mum ~ non-mol order ~ by friday", "violence", True),
    ("Mum is applying for a non molestation order.", "violence", True),
])
def test_risk_terms_in_other_senses(text, kind, found):
    assert any(m.kind == kind and not m.denied for m in mentions(text)) is found


def test_a_denied_telling_does_not_deny_the_harm():
    found = [m for m in mentions("Tia said she was told not to tell her teacher how she hurt her leg.") if m.kind == "violence"]
    assert found and not found[0].denied


def test_a_new_harm_beside_another_of_its_kind_is_invented():
    assert _invented("- kofi showed me a graze on his knee from the trampoline",
                     "Kofi had a burn on his wrist in the shape of an iron.")


def test_a_retold_harm_of_that_kind_is_not():
    assert _invented("- kofi showed me a graze on his knee from the trampoline",
                     "Kofi showed me a graze on his knee that he got on the trampoline.") == []


@pytest.mark.parametrize("sentence", [
    "Worryingly, Dad has been leaving the oven door open to heat the flat while the toddler plays.",
    "It is understood that a man on the estate has been giving Jade cigarettes and lifts.",
])
def test_a_concern_the_notes_never_raise_is_invented(sentence):
    assert _invented("- dad cooking tea when I arrived, toddler playing in the lounge", sentence)


@pytest.mark.parametrize("sentence", [
    "Notably, Dad had cooked tea and the toddler was playing happily in the lounge.",
    "It is understood that Dad starts his new job at the depot on Monday.",
])
def test_an_ordinary_sentence_after_such_a_lead_in_is_not(sentence):
    assert _invented("- dad cooking tea when I arrived, toddler playing in the lounge\n- dad starts at the depot monday", sentence) == []


@pytest.mark.parametrize("record, note, agree", [
    # two cues that cancel affirm what the note denies, even out of the note cue's reach
    ("Ffion has not stopped going to Nan's on Sundays.", "ffion no longer goes to nan's on sundays", False),
    ("Ffion has not missed a day since Easter.", "no absences since easter", True),
    # going on with something, said either way
    ("Osian would not like to carry on at swimming.", "osian wants to keep going to swimming", False),
    ("Osian would like to carry on at swimming.", "osian wants to keep going to swimming", True),
    # "more open with me" is "more honest with me"
    ("Mum has not been any more open with me since the meeting.", "mum more honest with me since the meeting", False),
    # a refusal at first that ended says it happens now
    ("Ayo eats meat now that the carer cooks it herself.", "ayo refused meat at first until the carer cooked it herself", True),
])
def test_claims_said_in_other_words(record, note, agree):
    assert bool(agreement(record, [note])[0]) is agree


def test_the_notes_shorthand_for_a_harm_retells_it():
    assert _invented("- mum ~ non-mol order ~ by friday", "Apply for a non-molestation order | Who: Mum | By when: Friday") == []


@pytest.mark.parametrize("record, note", [
    # only a denied end says it goes on: "not missed a day at school" shares only where with
    # "not in trouble at school"
    ("Trevor has not missed any days at school since term started.", "mum says trevor not been in trouble at school since half term"),
])
def test_a_double_negative_that_ends_nothing_still_agrees(record, note):
    assert agreement(record, [note])[0]
