"""A label the record puts on a person while owing it to someone else, and the contexts that make
a word no label (language.stigmatising).

Classes (examples of our own, not from any split):
- a label owed in an apposition or a phrase ("Dad, a nutjob in his brother's word,", "a
  home-wrecker's son, as one aunt sneered,", "Mum, a waster once herself as the file unkindly says,",
  "Nan, a dragon-turned-softie by her own joke,") or what someone calls a person ("the lads call
  him a freak", "the other mums have branded her a scrounger"): the writer still chose to put it in;
- a child declining what would be done to them ("refused to be seen alone", "refused to be
  examined") is their right, not a blame; a part in a play ("a princess in the nativity") and a
  kind name ("Nan calls her a little angel") are no labels.
"""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("The grant for a baby-snatcher's son, as one aunt sneered, has been paid.", "baby-snatcher"),
    ("Nan, a dragon-turned-softie by her own joke, told me she sleeps badly.", "softie"),
    ("Mum, a sicko in her ex's word, came to the review on time.", "sicko"),
    ("I think Dad, a gypsy kid once himself as the file unkindly says, has kept to the plan.", "gypsy kid"),
    ("I do not think the hostel, where the lads call him a freak, is right for Sam.", "freak"),
    ("The other mums have branded her a scrounger.", "scrounger"),
])
def test_a_label_owed_to_someone_or_called_is_flagged(review, sentence, term):
    assert any(term in found for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "Aisha refused to be seen alone after the return home interview.",
    "Aisha refused to be examined by the GP and Mum respected that.",
    "Aisha was a princess in the nativity and loved it.",
    "Nan calls her a little angel.",
    "I called her back on Monday.",
    "Mum, a nurse in her own words, works nights.",
])
def test_consent_a_part_played_or_a_kind_name_is_no_label(review, sentence):
    assert _medium(review, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Dad refused to engage with the plan.",
    "Mum refused to be involved in the meeting.",
])
def test_a_refusal_said_as_blame_is_still_flagged(review, sentence):
    assert _medium(review, sentence)
