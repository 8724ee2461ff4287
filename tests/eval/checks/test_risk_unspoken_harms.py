"""Harms told in everyday words that name no risk, and what only looks like them
(accuracy.invented_risk; risk.yaml terms).

Classes (examples of our own, not from any split):
- that nobody would miss or notice the child if she were gone (suicidal thoughts);
- threats as a noun ("making threats to the landlord", "threatening messages");
- an older boy or man makes the child carry or hide things; paid to keep a lookout; things of
  value explained away as lent by a friend's brother; favours the child may not talk about;
- a much older boyfriend or girlfriend by age ("a boyfriend of twenty-two");
- children left alone while a parent works or goes out; parties at home most weekends or with
  the children there;
- a refuge's address given to the abuser's side;
- that she does not see the point in anything; threatening the landlord or staff;
- jumping off a height into a river, canal or quarry;
- an application for secure accommodation names the same step as the order.
"""

import pytest

from eval.checks.risk_terms import risk_kinds
from tests.eval.checks.conftest import invented_risk as _invented


@pytest.mark.parametrize("text, kind", [
    ("Ola has written in her diary that nobody would miss her.", "suicide"),
    ("Kofi told his teacher that no one would even notice him.", "suicide"),
    ("Ola said nobody would care if she was gone.", "suicide"),
    ("Dad has been making threats to the neighbours.", "violence"),
    ("Mum made threats against the housing officer.", "violence"),
    ("Dad sends threatening messages to Mum's sister.", "violence"),
    ("Kofi said an older lad made him hold a rucksack at the station.", "exploitation"),
    ("Some older boys asked Ola to keep a phone for them.", "exploitation"),
    ("A man at the market pays Kofi to keep watch for the police.", "exploitation"),
    ("A man at the garage paid him to look out for wardens.", "exploitation"),
    ("Kofi has a gold chain he cannot account for.", "exploitation"),
    ("Ola has new trainers and says her mate's cousin bought them.", "exploitation"),
    ("Kofi runs errands for a man at the shop which he is not allowed to talk about.", "exploitation"),
    ("Ola has been doing favours for her friend's uncle that she was told not to mention.", "exploitation"),
    ("Ola has a boyfriend of twenty-two who collects her from school.", "exploitation"),
    ("Kofi has a girlfriend aged 19.", "exploitation"),
    ("The twins are left in the flat on their own while Mum works evenings.", "neglect"),
    ("Kofi is left alone overnight when his dad goes out.", "neglect"),
    ("Mum holds parties at the house most weekends.", "neglect"),
    ("There were drinking sessions in the flat with the children present.", "neglect"),
    ("Mum has been telling the refuge address to her ex-partner.", "abduction"),
    ("Nan gave the foster carers' address to Dad.", "abduction"),
    ("Kofi jumps off the bridge into the canal with his mates.", "dangerous_challenge"),
    ("Ola has been diving from the rocks into the quarry.", "dangerous_challenge"),
    ("The manager agreed the secure welfare application.", "mental_health_crisis"),
    ("We will apply for secure accommodation for Kofi.", "mental_health_crisis"),
    ("Ola says she doesn't see the point in anything any more.", "suicide"),
    ("Mum threatened the landlord.", "violence"),
    ("Dad has been threatening staff at the hostel.", "violence"),
    ("Mum has told her ex-partner where the refuge is.", "abduction"),
    ("Ola's 25-year-old boyfriend picks her up from school.", "exploitation"),
    ("Ola has a 19-year-old girlfriend.", "exploitation"),
    ("Mum goes out and leaves the baby with the 10-year-old until two.", "neglect"),
    ("Dad leaves the children in the car while he is in the bookies.", "neglect"),
])
def test_unspoken_harms(text, kind):
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text, kind", [
    ("Nobody would miss her at the party, she said, so she stayed home.", "suicide"),
    ("Ola said she would miss her nan when she moves.", "suicide"),
    ("The school completed a threat assessment after the fire drill.", "violence"),
    ("Mum made him carry the shopping bags up the stairs.", "exploitation"),
    ("Kofi's teacher asked him to carry the register to the office.", "exploitation"),
    ("Kofi keeps an eye out for his little sister at the park.", "exploitation"),
    ("Ola has new trainers and says her nan bought them.", "exploitation"),
    ("Kofi is not allowed to talk about the surprise party for Mum.", "exploitation"),
    ("Mum has been with her partner of twenty years.", "exploitation"),
    ("Ola has a boyfriend of two months from her class.", "exploitation"),
    ("Kofi was left alone in the lounge while I spoke to Mum.", "neglect"),
    ("Ola goes to birthday parties most weekends.", "neglect"),
    ("Mum gave the refuge address to the school.", "abduction"),
    ("Kofi jumps into the pool from the diving board at swimming club.", "dangerous_challenge"),
    ("She doesn't see the point of homework.", "suicide"),
    ("His behaviour is threatening the placement.", "violence"),
    ("Ola said she felt threatened by the other girl.", "violence"),
    ("Mum told Dad where the children are at school.", "abduction"),
    ("Mum's 30-year-old boyfriend works nights.", "exploitation"),
    ("Mum left the baby with her older sister while she went to work.", "neglect"),
])
def test_unspoken_lookalikes(text, kind):
    assert kind not in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("notes_line, sentence", [
    # a legal step the notes record in other words: the application is the order's
    ("- Ms Patel (TM) agreed the secure welfare application for Ola",
     "My manager agreed that we apply for a secure welfare order for Ola."),
    ("- tm ok'd application for secure accommodation", "My manager agreed we apply for a secure accommodation order."),
])
def test_a_secure_order_the_notes_apply_for_is_not_invented(notes_line, sentence):
    assert _invented(notes_line, sentence) == []


@pytest.mark.parametrize("sentence", [
    "My manager agreed that we apply for a secure welfare order for Ola.",
    "Staff believe that Dad has been making threats to the landlord.",
    "Ola has a new bike and a gold chain and says a friend's brother lent them.",
])
def test_an_unspoken_harm_the_notes_never_tell_is_invented(sentence):
    assert _invented("", sentence)
