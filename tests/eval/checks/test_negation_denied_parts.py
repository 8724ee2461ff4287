"""Negation told in part of a note line, or said another way (accuracy.negation).

Classes (each with examples of our own, not from any split):
- "without <person>" at the end of a clause is "alone": "walked with me so we could talk without
  Mr Kamau" is flipped by "would not talk with me without Mr Kamau" (the double negative: only
  with him there);
- "not back till Friday", "not home until next week": away now, until a day to come (a clock
  time, "did not come home until 2am", still says they came);
- "wants to go home, not to a unit": a denied alternative at the end of a line gives the line no
  negative polarity against a record clause that denies the claim itself;
- a part of a long note line ("...; no date yet for a council flat") close to the clause is
  compared as a close unit, though the line as a whole is far from the sentence;
- a plan to get a thing ("will ask for a caravan with central heating") does not say it is there;
- "no heating other than a gas fire", "without any heating apart from the gas fire" both deny
  the heating only, not the fire;
- "noted" is no "not";
- the notes' shorthand "wdnt", "cdnt", "dnt" is "wouldn't", "couldn't", "don't";
- "at no point ... without" is a double negative: "the kids at no point go without" (always have enough);
- what is left of "because of", "due to" after the clause break ("| of her bail conditions") claims nothing.
"""

import pytest

from eval.checks.agreement import agreement
from eval.checks.scope import cue_count, negated, stem
from eval.checks.units import fragment
from tests.eval.checks.conftest import negation_flagged


@pytest.mark.parametrize("text, cues, denied", [
    ("Kai would not talk with me without Mr Kamau.", 1, {"talk"}),
    ("she walked with me so we could talk without her foster carer", 0, set()),
    ("Mum is working away, not back till Friday", 1, {"back"}),
    ("dad on shift, not home until next week", 1, {"hom"}),
    ("Dad did not come home until 2am", 0, set()),
    ("the flat has no heating other than a gas fire", 1, {"heat"}),
    ("the flat is without any heating apart from the gas fire", 1, {"heat"}),
    ("flat - without heating bar the gas fire", 1, {"heat"}),
    ("nothing in the fridge except milk", 0, set()),
    ("She went to the shop without her coat", 1, {"coat"}),
    ("Kai wdnt talk", 1, {"talk"}),
    ("kai dnt want to go", 1, {"want"}),
    ("the kids at no point go without on the boat", 0, set()),
    ("At no point was Kai seen without Mum", 1, {"alon"}),
    ("I saw nothing to suggest the children go without at home", 0, set()),
    ("nobody in the house went without food", 0, set()),
])
def test_cues_and_their_reach(text, cues, denied):
    assert cue_count(text) == cues
    assert denied <= negated(text)
    assert not {"fir", "gas"} & negated(text)


@pytest.mark.parametrize("clause, adjunct", [
    ("of her bail conditions", True),
    ("due to the weather", True),
    ("of course she went", False),
    ("offered help", False),
])
def test_what_is_left_of_a_reason(clause, adjunct):
    assert fragment(clause) is adjunct


def test_noted_is_no_not():
    assert stem("noted") == "note" and stem("notes") == "note" and stem("not") == "not"


@pytest.mark.parametrize("clause, unit, agree", [
    ("Kai has said he does not want to go home after hospital", "kai wants to go home after discharge, not to a unit", False),
    ("Kai does not want to go home", "kai does not want to go home, not to a unit either", True),
    ("Kai wants to go home after hospital", "kai wants to go home after discharge, not to a unit", True),
    ("Kai does not go to the unit", "kai goes to school, not to the unit", True),
])
def test_a_denied_alternative_at_the_end(clause, unit, agree):
    assert bool(agreement(clause, [unit])[0]) is agree


@pytest.mark.parametrize("notes, sentence, flagged", [
    ("- Amara walked round the park with me so we could talk without Mr Kamau\n- school going well",
     "Amara would not walk or talk with me without Mr Kamau.", True),
    ("- Amara walked round the park with me so we could talk without Mr Kamau\n- school going well",
     "Amara walked round the park with me so that we could talk without Mr Kamau.", False),
    ("- dad working away on the rigs, not back till Friday\n- mum coping",
     "Dad was back from the rigs and at the visit.", True),
    ("- dad working away on the rigs, not back till Friday\n- mum coping",
     "Dad is working away on the rigs and is not back until Friday.", False),
    ("- Kofi wants to go home after discharge, not to a unit",
     "Kofi has said he does not want to go home after the ward.", True),
    ("- Kofi wants to go home after discharge, not to a unit",
     "Kofi wants to go home when he leaves the ward, not to a unit.", False),
    ("- mum said she likes the new estate; no date yet for a council flat\n- kids settled",
     "The family have been given a date for a council flat.", True),
    ("- the flat is without any heating apart from the gas fire\n- agreed: I will ask housing for a flat with central heating",
     "The flat has central heating as well as a gas fire.", True),
    ("- the flat is without any heating apart from the gas fire\n- agreed: I will ask housing for a flat with central heating",
     "The flat has no heating other than a gas fire.", False),
    ("- the flat is without any heating apart from the gas fire",
     "The family use the gas fire in the living room.", False),
    ("- Under his bail conditions Dad is not allowed at the flat.",
     "Dad cannot come to the flat because of his bail conditions.", False),
    ("- Kai wdnt talk - the teacher read out the incident log",
     "Kai chose not to talk to me, and the teacher read out the incident log.", False),
    ("- the kids at no point go without at home",
     "I saw signs that the children go without at home.", True),
    ("- the kids at no point go without at home",
     "The children never go without at home.", False),
    ("- the kids at no point go without at home",
     "I saw nothing to suggest the children go without at home.", False),
])
def test_denials_in_part_of_a_line(review, notes, sentence, flagged):
    assert negation_flagged(review, sentence, notes) is flagged
