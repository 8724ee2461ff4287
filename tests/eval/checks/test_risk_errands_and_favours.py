"""Harms told in everyday words, and the look-alikes that must not fire (accuracy.invented_risk;
risk.yaml terms, risk_support.contingent).

Classes (examples of our own, not from any split):
- county lines as a child's "job": parcels carried on trains, or for a friend's relative;
- a free ride from an adult nobody knows, who hangs about where children are;
- a parent selling what the family lives on (a support card, vouchers, a prescription);
- a child shut away by others, said passively ("gets locked in the toilet");
- a phone given by an unknown adult fires, one given by the people who care for the child does not;
- a risk in a condition that waits on a finding ("if the scan shows a fracture") or in a row of
  an action table or a promise is a question still open, not a harm found;
- a sentence that only frames a quote the notes hold word for word is no risk by its meaning
  (`quoted_from_notes`, for accuracy.invented_risk's meaning branch).
"""

import pytest

from eval.checks.base import Material
from eval.checks.risk_support import contingent, quoted_from_notes
from eval.checks.risk_terms import mentions, risk_kinds


@pytest.mark.parametrize("text, kind", [
    ("Tolu has a job taking packages by train to Birmingham for some lads.", "exploitation"),
    ("Word is that Rory moves parcels on the trains at weekends.", "exploitation"),
    ("Aimee has been dropping bags off for her mate's older brother.", "exploitation"),
    ("Rory gets free lifts home from a man at the bus station.", "exploitation"),
    ("Aimee has been taking free taxi rides from a driver she met in town.", "exploitation"),
    ("There is a man who hangs around the takeaway giving the girls vapes.", "exploitation"),
    ("Dad has been selling his methadone to a neighbour.", "offending"),
    ("Mum sold the family's food vouchers for cash.", "offending"),
    ("Mum has been swapping her bank card for cigarettes.", "offending"),
    ("Tolu said he gets locked in the toilet when Mum's friends are round.", "emotional_harm"),
    ("Aimee is kept shut in her room most evenings.", "emotional_harm"),
    ("Rory was given a phone by a man at the skate park.", "exploitation"),
])
def test_everyday_harms(text, kind):
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "Dad delivers parcels for Evri in the evenings.",
    "Mum carries parcels for a living.",
    "Mum took her bags on the train to Nan's.",
    "Tolu does odd jobs for his friend's dad at the garage.",
    "Aimee gets a free taxi to school from the council.",
    "Rory's uncle drops parcels off at the depot.",
    "Aimee shut herself in the bathroom to cry.",
    "Mum sold her car to pay the rent.",
    "Mum sells her handmade cards at the market.",
    "Dad has been selling his old clothes online.",
    "Rory was given a phone by his social worker so he can ring the duty team.",
    "Aimee got a phone from her foster carer for her birthday.",
    "Tolu was given a mobile by the school for his lessons at home.",
])
def test_everyday_look_alikes(text):
    assert not risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text, expected", [
    ("2 | What: Hold a strategy meeting if the medical confirms non-accidental injury | When: by 3 May | Who: SW", True),
    ("A promise was given to hold a strategy discussion if the medical confirms non-accidental injury.", True),
    ("A strategy meeting is needed if the skeletal survey shows a fracture.", True),
    ("Police to be told if enquiries establish that Rory is being exploited.", True),
    # the harm as a fact, or what happens when it happens
    ("Dad hits her if she cries.", False),
    ("If Rory goes missing again, the carers will call 101.", False),
])
def test_a_risk_in_a_condition_still_open(text, expected):
    found = [m for m in mentions(text) if not m.denied]
    assert found, text
    assert all(contingent(text, m) for m in found) is expected


NOTES_WITH_QUOTE = "- Ruby's words => ey up me duck, you've got a new car\n- Ruby wants a dog"


@pytest.mark.parametrize("sentence, expected", [
    ("The words Ruby chose were exactly these: 'ey up me duck, you've got a new car.'", True),
    ("Ruby said: \"Ey up me duck, you've got a new car.\"", True),
    # words the notes never quote, a frame that tells more, or a risk term of its own
    ("The words Ruby chose were exactly these: 'I want to go to sleep and not wake up.'", False),
    ("Ruby said 'ey up me duck, you've got a new car' to the man who gives her lifts from the station every night.", False),
    ("Ruby wants a dog.", False),
])
def test_a_quote_of_the_notes_is_no_risk_by_meaning(sentence, expected):
    material = Material(sentence, NOTES_WITH_QUOTE, "home_visit")
    assert quoted_from_notes(material, sentence) is expected
