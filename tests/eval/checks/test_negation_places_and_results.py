"""Negation wordings of places, kinds and results (accuracy.negation; data/polarity.yaml `cues`,
`clause_breaks`, `same_as`, `opposites`).

Classes (each with examples of our own, not from any split):
- a place empty of people is where a visit happened, no denial: "we talked in the empty
  classroom" ("an empty fridge", "the cupboards were empty" still say there is no food);
- "nothing of the sort as a cot", "no such thing as a high chair": what there is none of comes
  after "as", in the same clause;
- going on with an activity said with "carry on" and a verb in -ing: "would like to carry on
  swimming" is "wants to keep going to swimming";
- a test that "came back clear" agrees with itself (that "not normal" denies it is not read: the
  rule flipped "her skin was clear, with no bruising" against "skin clear, bruising absent");
- "far from ready", "far from going hungry", "far from big enough" deny ("far from home" is a distance);
- a thing that "should wait for" another is not happening until then;
- a plan to do a thing ("the GP will book the assessment") agrees with "has not yet had it".
"""

import pytest

from eval.checks.clauses import clauses, cue_count
from tests.eval.checks.conftest import negation_flagged


@pytest.mark.parametrize("text, count", [
    ("Ruairi and I talked in the school's empty dining room", 0),
    ("we sat in an empty classroom at lunchtime", 0),
    ("saw her alone in the empty lounge", 0),
    ("the fridge was empty", 1),
    ("an empty fridge and no nappies", 2),
    ("cupboards empty apart from cereal", 1),
    ("Nan is far from ready to have him overnight", 1),
    ("Mum is far from settled in the new flat", 1),
    ("Dad lives far from the school", 0),
    ("she was far from home", 0),
    ("the room is far from big enough for five", 0),
    ("the move should wait until the summer holidays", 1),
    ("Mum waited for the bus", 0),
])
def test_cue_counts_of_empty_places_far_from_and_waiting(text, count):
    assert cue_count(text) == count


@pytest.mark.parametrize("text, parts", [
    ("there is nothing of the sort as a cot in the room", 1),
    ("no such thing as a high chair here", 1),
    ("he left as I arrived", 2),
])
def test_what_there_is_none_of_after_as_stays_in_its_clause(text, parts):
    assert len(clauses(text)) == parts


@pytest.mark.parametrize("notes, sentence, flagged", [
    # a flip: the notes' talk alone in an empty room, the record's no talk alone anywhere
    ("- Tiago and I talked alone in the library's empty reading room",
     "I could not speak with Tiago on his own anywhere in the school.", True),
    ("- Tiago and I talked alone in the library's empty reading room",
     "I spoke with Tiago on his own in the library.", False),
    # none of a thing, named after "as"
    ("- nothing of the sort as a cot, baby sleeps in the pram",
     "There is a cot, and the baby sleeps in it.", True),
    ("- nothing of the sort as a cot, baby sleeps in the pram",
     "There is no cot, so the baby sleeps in the pram.", False),
    # carrying on with an activity
    ("- Marek wants to keep going to the Sunday swimming club",
     "Marek would not like to carry on swimming on Sundays.", True),
    ("- Marek wants to keep going to the Sunday swimming club",
     "Marek would like to carry on swimming on Sundays.", False),
    # a result out of the normal range
    ("- Ayo's eye test came back clear",
     "Ayo's eye test came back clear.", False),
    # far from so
    ("- Nan is far from ready to have Kit overnight",
     "Nan has not yet had Kit to stay overnight.", False),
    ("- the children are far from going hungry at Nan's",
     "The children go hungry at Nan's.", True),
    # put off until something else
    ("- manager said no planning meeting until the school report is in",
     "My manager decided the planning meeting should wait for the school report.", False),
    ("- manager: you'll hold a planning meeting if the school report confirms it",
     "My manager decided the planning meeting should wait for the school report.", False),
    # a plan says it is not done yet
    ("- the nurse will book the dental check for Oskar within two weeks",
     "Oskar has not yet had a dental check.", False),
    ("- Oskar had his dental check last week",
     "Oskar has not yet had a dental check.", True),
])
def test_places_kinds_and_results(review, notes, sentence, flagged):
    assert negation_flagged(review, sentence, notes) is flagged
