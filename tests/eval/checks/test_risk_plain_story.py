"""Safeguarding risk told as a plain story, with no risk keyword (risk.yaml terms of `injury`,
`neglect`, `drugs`, `alcohol`, `exploitation`, `abduction`, `forced_marriage`, `sexual_harm`).

Classes (each with examples of our own, not from any split):
- an injury left untreated ("was scalded ... and nobody took her to the GP"), or a child coached
  to explain one away ("told to say he walked into a door");
- a family with nowhere to sleep but a car, a van, a tent;
- a substitute prescription not collected; a cannabis grow seen at home; driving after drinking;
- a debt to an older child worked off; getting into cars with men or older youths; a child kept
  off school to work;
- a placement address found, or a child followed home, by someone it is hidden from;
- a trip abroad with no way back (a one-way flight, no return date, a passport held, sent to marry);
- unrelated adults or older youths sleeping in the child's room;
and everyday look-alikes that must not count.
"""

import pytest

from eval.checks.risk_terms import risk_kinds
from tests.eval.checks.conftest import invented_risk


@pytest.mark.parametrize("text, kind", [
    ("Tomasz was bitten by the neighbour's dog on Sunday and nobody took him to the GP.", "neglect"),
    ("ZARA BURNT HER ARM ON THE OVEN DOOR AND WAS NEVER TAKEN TO A DOCTOR", "neglect"),
    ("- Ife fell off the wall last week, hasn't been seen by a nurse", "neglect"),
    ("Dev said he was told to say he fell off his bike if anyone asked.", "injury"),
    ("Leila said her stepdad told her to tell school she banged her head on the door.", "injury"),
    ("Mum and the boys slept in the van for three nights after the eviction.", "neglect"),
    ("- dad missed his last 2 methadone pick-ups", "drugs"),
    ("There were plants growing under heat lamps in the spare room.", "drugs"),
    ("Nan drove the kids to football after drinking at lunch.", "alcohol"),
    ("Ali has been working off money he owes an older boy from the estate.", "exploitation"),
    ("Jess has been getting into cars with older lads after school.", "exploitation"),
    ("Dad keeps Amina off school for days to help in the shop.", "exploitation"),
    ("Her birth father has tracked down the foster carers' address online.", "abduction"),
    ("a man from the park followed her home to the placement", "abduction"),
    ("Uncle Babatunde has booked Chidi a one-way flight to Lagos for the holidays.", "forced_marriage"),
    ("She is going to Sylhet in July with no return date.", "forced_marriage"),
    ("Her passport is being held by her aunt.", "forced_marriage"),
    ("They are sending Nadia back to Pakistan so she can get married.", "forced_marriage"),
    ("Mum's friends crash on the floor of Kai's room after parties.", "sexual_harm"),
    ("Dad's lodger sleeps in the children's bedroom.", "sexual_harm"),
])
def test_risk_told_plainly(text, kind):
    assert kind in risk_kinds(text)


@pytest.mark.parametrize("text", [
    "Kai fell in the playground and was taken to the GP the same day.",
    "she was told to say thank you to her nan",
    "Dad drove the children to school on time every day.",
    "We spent two nights in a hotel on holiday.",
    "There were plants on the kitchen windowsill.",
    "Dad is paying back his loan to the credit union.",
    "Mia gets into the car with her mum after school.",
    "He bought a single ticket for the bus.",
    "Her friends stayed over in her room for her birthday.",
    "Nan stays in Amy's room when she visits.",
    "Mum looked up the address of the new dentist.",
    "I followed up with the school about the letter.",
])
def test_everyday_look_alikes_are_no_risk(text):
    assert not risk_kinds(text)


def test_a_plain_story_the_notes_never_tell_is_invented():
    assert invented_risk("- aisha's swimming badge on sat", "Aisha's birth dad has tracked down the carers' address online.")
    assert invented_risk("- aisha's swimming badge on sat", "Aisha was bitten by a dog on Saturday and nobody took her to the GP.")
