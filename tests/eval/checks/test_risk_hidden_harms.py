"""Invented risk in everyday words a term list missed, and the notes' own risk in their shorthand
(accuracy.invented_risk; risk.yaml terms, risk_terms `_PUNCTUATION`, risk_support `spoken_of`
and `told_all`).

Classes (examples of our own, not from any split):
- harms in everyday words: meals gone without, the family's support sold for cash, a child left
  with someone nobody knows, work for an adult the child will not name, an unrelated adult with
  a job about the place plying a child with drinks or vapes, a debt pressed on the family, a
  place where nobody knows who is staying;
- a harm whose account is missing, not the harm ("bruises nobody has explained", "a burn she
  must not talk about") is not denied, though the notes speak of that kind elsewhere;
- a clause of reason after a negation ("must not come near because of bail conditions") does
  not deny the reason;
- the notes' two-letter shorthand for an event before its date ("by yc 3/8") names it.
"""

import pytest

from eval.checks.risk_terms import mentions, risk_kinds
from tests.eval.checks.conftest import invented_risk as _invented


@pytest.mark.parametrize("text, kind", [
    ("Since the move the twins often go without meals at weekends.", "neglect"),
    ("Dad swaps the food vouchers for cigarettes.", "neglect"),
    ("Mum sold the baby milk for cash last week.", "neglect"),
    ("The toddler was left with a man Mum had just met at the bus stop.", "neglect"),
    ("Kai has been left in the care of strangers from the next room.", "neglect"),
    ("He runs errands after school for a lad he refuses to name.", "exploitation"),
    ("She washes cars at weekends for someone she won't identify.", "exploitation"),
    ("The security guard at the shopping centre buys her vapes.", "exploitation"),
    ("The caretaker lets him sit in his office and gives him cans of lager.", "exploitation"),
    ("Men keep texting Dad saying he owes for the crossing.", "exploitation"),
    ("An uncle abroad has been phoning Ama to tell her the family owe money.", "exploitation"),
    ("Kai sleeps over at a house where no one knows who else is staying.", "exploitation"),
])
def test_harms_in_everyday_words(text, kind):
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "Mum no longer skips meals now the vouchers have come through.",
    "The baby was left with Nan while Mum went to the GP.",
    "Kai was left with his aunt, whom he knows well.",
    "The youth worker gives him food vouchers each week.",
    "The caretaker gives them a lift to the bus stop.",
    "Mum is upset and nobody knows where Dad is living now.",
    "Mum sold the old buggy online.",
])
def test_everyday_look_alikes(text):
    assert not risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "Dad must not come near the house because of his bail conditions.",
    "Dad cannot come to contact because of the bail conditions set in May.",
])
def test_a_reason_after_a_negation_is_not_denied(text):
    assert mentions(text) and not any(m.denied for m in mentions(text))


@pytest.mark.parametrize("text", [
    "There were no bruises because of the fall.",  # the negation comes before "because"
    "Dad has not drunk alcohol since June.",
])
def test_a_denial_before_its_term_still_denies(text):
    assert all(m.denied for m in mentions(text))


@pytest.mark.parametrize("notes_line, sentence", [
    # the notes speak of injury only to say no cause is known: a new harm kept secret is invented
    ("- paed couldn't rule out a non-accidental cause for the mark",
     "Kai has a burn on his hand that nobody has explained."),
    ("- paed couldn't rule out a non-accidental cause for the mark",
     "Kai came home with a black eye that he said he must not talk about."),
])
def test_a_harm_whose_account_is_missing_is_invented(notes_line, sentence):
    assert _invented(notes_line, sentence)


@pytest.mark.parametrize("notes_line, sentence", [
    ("- dad can't come within a mile because of bail conditions", "Dad's bail conditions keep him away."),
    ("- sw (lead) >> pre-sentence report >> by yc 4/9",
     "The social worker will write the pre-sentence report in time for the youth court on 4 September."),
])
def test_the_notes_own_risk_in_their_words_is_not_invented(notes_line, sentence):
    assert _invented(notes_line, sentence) == []
