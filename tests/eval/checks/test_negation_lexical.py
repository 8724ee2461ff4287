"""Negation said without "not" on one side (accuracy.negation; agreement.py `_antonym_swap`; the
`antonyms`, and the chaperoned and came-clear cues of data/polarity.yaml).

Classes (each with examples of our own, not from any split):
- an antonym pair with opposite polarity says the same thing: "wants to stay at his school" is
  "doesn't want to move schools", "kept his temper" is "didn't lose his temper";
- a state that is a negative with no negative word in it: "Mum stayed in the room" is "never seen
  without Mum there" (not alone); "the tests came back clear" is "no drugs found";
- the same words with the polarity really flipped must still be flagged.
"""

import pytest

from eval.checks.agreement import agreement
from eval.checks.clauses import cue_count
from tests.eval.checks.conftest import negation_flagged


@pytest.mark.parametrize("clause, unit, agree", [
    ("Tomasz wants to stay at his school", "Tomasz doesn't want to move schools", True),
    ("SAOIRSE WANTS TO STAY WITH HER FOSTER CARERS", "saoirse does not want to leave her carers", True),
    ("Mr Haddad kept his temper throughout", "mr haddad never lost his temper", True),
    ("Wiremu has kept his place at college", "wiremu hasn't lost his college place", True),
    ("Abebe was allowed to go to the party", "abebe was not banned from the party", True),
    ("- 3 red days on the behaviour chart", "no green days on the behaviour chart", True),
    ("Mehmet had green days all week", "no red days for mehmet at school - behaviour chart", True),
    ("Tomasz wants to move schools", "Tomasz doesn't want to move schools", False),
])
def test_an_antonym_denied_is_the_other_affirmed(clause, unit, agree):
    assert bool(agreement(clause, [unit])[0]) is agree


@pytest.mark.parametrize("text, negative", [
    ("Dad stayed in the room for the whole visit", True),
    ("her nan remained present throughout", True),
    ("Mum stayed in the kitchen while we talked", True),
    ("Ms Ferreira's hair strand tests came back clear", True),
    ("both drug screens were clear", True),
    ("Anjali was clear about wanting to go home", False),
    ("the plan is clear and everyone signed it", False),
])
def test_states_that_are_negatives_without_a_negative_word(text, negative):
    assert (cue_count(text) % 2 == 1) is negative


@pytest.mark.parametrize("notes, sentence, flagged", [
    # the same thing, the notes' negative said another way: no flip
    ("- Tomasz doesn't want to move schools, none of his mates would be there",
     "Tomasz wants to stay at his school.", False),
    ("- never once seen PRECIOUS without her mum in the room - 2nd visit",
     "Her mum stayed in the room for the whole visit, so Precious has not been seen alone.", False),
    ("- dad: no drugs in the house since detox and his tests are clear",
     "Dad's drug tests have been clear since detox.", False),
    # a real flip of the same words
    ("- Tomasz wants to move schools to be with his cousins",
     "Tomasz does not want to move schools.", True),
    ("- seen PRECIOUS alone in her bedroom, mum downstairs",
     "Precious was not seen alone.", True),
])
def test_negatives_said_another_way(review, notes, sentence, flagged):
    assert negation_flagged(review, sentence, notes) is flagged
