"""A label an apposition owes to someone else's words or joke, and the nouns that make a person
their distress, a stray animal or the way they live (language.stigmatising).

Classes (examples of our own, not from any split):
- an apposition whose attribution owes the phrase to another's email, texts, post or joke ("Dad,
  a head-the-ball in the landlord's texts,", "the caravan, home to a layabout in the warden's
  email,"): the writer distances themself from words they know are a label, so it is weighed by a
  lower bar; a plainly neutral phrase so owed ("a devout Catholic in her sister's words"), and a
  person's own account ("a nurse in her own words"), are no label;
- nouns of distress, of a stray animal and of the way a family lives ("a neurotic", "a mongrel",
  "a crusty", "a squatter's kid"), only when said of a person ("a stray dog", "squatters had been
  in the flat" are things and facts).
"""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("Mum, a hysteric in the housing officer's email, declined the parenting course.", "hysteric"),
    ("Sam, a stray in the host's unkind joke, was seen alone in his room.", "stray"),
    ("Dad, a crusty on the estate's WhatsApp group, came to the review.", "crusty"),
    ("Kai, a new-age traveller's kid as the neighbours put it, was seen on his own.", "traveller"),
    ("There is no smoke alarm on the bus, home of a squatter as the yard owner put it, and the flue is loose.", "squatter"),
    ("Mum, a neurotic, rang the office twice.", "neurotic"),
    ("Dad said Kai is a mongrel.", "mongrel"),
])
def test_an_owed_label_or_a_noun_of_distress_stray_or_dwelling_is_flagged(review, sentence, term):
    assert any(term in found for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "Mum, a devout Catholic in her sister's words, goes to Mass each Sunday.",
    "Mum, a nurse in her own words, works nights.",
    "The family took in a stray dog last winter.",
    "Squatters had been living in the flat before the family moved in.",
    "The family live on the Travellers' site by the ring road.",
])
def test_a_neutral_owed_phrase_or_a_thing_is_no_label(review, sentence):
    assert _medium(review, sentence) == []
