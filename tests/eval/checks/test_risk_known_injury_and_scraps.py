"""An injury the notes record, named in the record by the kind's general word, and food the notes
say is gone in an idiom of not a scrap (accuracy.invented_risk; risk.yaml `generic`, neglect terms).

Classes (examples of our own, not from any split):
- "the injury", "was injured" where the notes name it "the broken wrist", "a fracture": the
  record names no other harm than theirs;
- "no food" where the notes have "nary a morsel of food", "not a scrap of food in";
- but a new harm beside a known one ("bruises on her back" where the notes have a broken
  wrist) stays invented.
"""

import pytest

from tests.eval.checks.conftest import invented_risk as _invented


@pytest.mark.parametrize("notes_line, sentence", [
    ("- TM wants a strategy meeting about the broken wrist", "My manager has asked for a strategy meeting about the injury."),
    ("- Mrs Okoro wants a strategy discussion about the fracture", "My manager wants a strategy discussion about the injury."),
    ("- nary a morsel of food in the house", "There was no food in the house."),
    ("- not a scrap of food in, just ketchup sachets", "There was no food in the home."),
])
def test_a_known_injury_or_lack_in_other_words_is_theirs(notes_line, sentence):
    assert _invented(notes_line, sentence) == []


def test_a_new_harm_beside_a_known_injury_is_still_invented():
    assert _invented("- TM wants a strategy meeting about the broken wrist",
                     "Dad hurt Aisha's sister last week and she has bruises on her back.")
