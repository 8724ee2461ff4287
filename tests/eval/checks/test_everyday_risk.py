"""Risk said in everyday words, without a single risk term: things nobody bought, people who
must not collect a child waiting where the child is, an adult who is not a parent sleeping in the
child's bed or room; and the everyday look-alikes that must not count."""

import pytest

from eval.checks.risk_terms import risk_kinds


@pytest.mark.parametrize("text, kind", [
    # things a child has that nobody bought or can account for
    ("Tyler has come home with new trainers that nobody bought him.", "exploitation"),
    ("ZARA HAS A SECOND PHONE AND WON'T SAY WHERE SHE GOT IT", "exploitation"),
    ("Mum found money in his drawer that she cannot account for.", "exploitation"),
    ("- has expensive designer clothes mum didn't buy", "exploitation"),
    ("Kacper has a new iPhone and his foster carer did not pay for it.", "exploitation"),
    ("He refused to tell staff where he got the jacket.", "exploitation"),
    ("Siobhan has been wearing a gold chain that none of the family gave her.", "exploitation"),
    ("Carers report Mehmet has new headphones he can't explain.", "exploitation"),
    # birth family, an ex-partner or strangers waiting where the child is
    ("Leila's birth mother was seen waiting outside the nursery at home time.", "abduction"),
    ("his birth dad turned up at school asking for him", "abduction"),
    ("A man nobody recognised was hanging around outside the school.", "abduction"),
    ("Two strangers were seen waiting near the playground after nursery.", "abduction"),
    ("An unknown woman asked to collect Mo from the nursery.", "abduction"),
    ("Mum's ex-partner has been parked outside Ana's school twice this week.", "abduction"),
    ("Birth grandparents came to the foster home asking to see Olek.", "abduction"),
    # an adult who is not a parent in the child's bed or room
    ("The lodger has been sleeping in Kai's bed when he stays over.", "sexual_harm"),
    ("Mum's new boyfriend shares a bedroom with the girls.", "sexual_harm"),
    ("Precious shares a bed with the lodger at weekends.", "sexual_harm"),
    ("A family friend slept in the same bed as the children.", "sexual_harm"),
    ("an adult male visitor sleeps in the children's room", "sexual_harm"),
    ("Ines shares a room with a man who rents the box room.", "sexual_harm"),
])
def test_risk_in_everyday_words_without_a_risk_term(text, kind):
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "Mum bought him new trainers for his birthday.",
    "Nan bought Ruby a new phone for Christmas.",
    "He got new school shoes last week.",
    "Dad didn't buy the tickets in time.",
    "Mum waits outside the school gates for him every day.",
    "Grandad collects Mia from nursery on Wednesdays.",
    "Her birth mum sent a card for her birthday through letterbox contact.",
    "Dad asked to collect him from school early for the dentist.",
    "Kai shares a bedroom with his little brother.",
    "Mum's boyfriend sleeps in Mum's room.",
    "The lodger has his own room downstairs.",
    "Nan stayed over and slept on the sofa.",
    "She shares a room with her sister and the baby.",
])
def test_everyday_things_people_and_rooms_are_no_risk(text):
    assert risk_kinds(text, skip_negated=True) == {}
