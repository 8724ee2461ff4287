"""Risk told as everyday narrative, and risk the notes tell in other words (accuracy.invented_risk;
risk.yaml terms, risk_terms `_FREE_AFTER`/`_FREE_BEFORE`, accuracy `_spoken_of`).

Classes (each with examples of our own, not from any split):
- risk without a risk keyword: the police called to the home, a neighbour hearing screaming,
  texts threatening to take the children, a chat where pictures of girls are passed round,
  being asked to hold a parcel, children left alone overnight, a child who is to be married;
- a denial said as a state or a test result ("stayed off alcohol", "tests have come back clear")
  is no drinking and no drug use;
- a clause that denies something of a risk the notes also speak of ("the bruising has not come
  back" beside "no repeat of the bruising") is the notes' own;
- notes' shorthand for a health or care neglect ("hasn't seen a dentist - ever", "in the same
  clothes as last visit") supports the record's paraphrase, and so do a name's initials ("rhi").
"""

import pytest

from eval.checks.risk_terms import mentions
from tests.eval.checks.conftest import invented_risk


@pytest.mark.parametrize("text, kind", [
    ("Of note, police attended the family home on Saturday after a fight on the drive.", "violence"),
    ("MUM SAID OFFICERS CAME ROUND AFTER THE FLAT BELOW HEARD SCREAMING", "violence"),
    ("- neighbours reported shouting and banging at 2am", "violence"),
    ("Ms Adeyemi has had texts from her ex threatening that he will take the kids abroad.", "abduction"),
    ("He keeps messaging saying he'll snatch the baby.", "abduction"),
    ("Rhys said an older lad asked him to hold a bag for a few days.", "exploitation"),
    ("Chiamaka is in a whatsapp group where boys in year 10 post pictures of girls from school.", "online_harm"),
    ("Dad has been leaving the kids on their own overnight while he works nights.", "neglect"),
    ("Aunt said Farida is to be married in the summer.", "forced_marriage"),
])
def test_risk_told_as_everyday_narrative(text, kind):
    assert kind in {m.kind for m in mentions(text) if not m.denied}


@pytest.mark.parametrize("text", [
    "The police came to school to give a talk on road safety.",
    "Dad said he will take the children to the park on Sunday.",
    "Mum shared photos of the children's sports day with me.",
    "Mum asked me to take the form to the office.",
    "Kai said he will be married one day, like his big brother.",
    "Dad's drug tests have come back clear since rehab.",
    "Mum has stayed off alcohol since January.",
])
def test_everyday_life_and_denials_are_no_risk(text):
    assert not [m for m in mentions(text) if not m.denied and m.kind in
                ("violence", "abduction", "exploitation", "online_harm", "neglect", "forced_marriage", "drugs", "alcohol")]


@pytest.mark.parametrize("notes_line, sentence", [
    ("- mum: no drink since january, going to AA weekly", "Mum has stayed off alcohol since January and goes to AA."),
    ("- dad clean since rehab, his tests are all clear", "Dad's drug tests have come back clear since rehab."),
    ("- no repeat of the bruising on his arm since March", "The bruising on his arm has not come back since March."),
    ("- KOFI hasn't seen a dentist - ever, mum thinks", "Kofi has never been registered with a dentist, according to Mum."),
    ("- zainab in the same clothes as last visit, stains down the front", "Zainab was wearing unwashed clothes I had seen on my last visit."),
    # A name the notes write as its initials: "rhi" is the return home interview.
    ("- TOMEK - rhi done wed, says he stayed at a mate's", "In the return home interview on Wednesday Tomek said he stayed at a friend's."),
])
def test_risk_the_notes_tell_in_other_words(notes_line, sentence):
    assert invented_risk(notes_line, sentence) == []


@pytest.mark.parametrize("notes_line, sentence", [
    ("- dad's new job at the depot going well", "Police attended the address on Friday after a fight in the back garden."),
    ("- mum doing a college course", "Mum has been getting texts from her ex saying he will take the children away."),
    ("- rh visit with nan on sat went well", "In the return home interview Tomek said he had stayed at a friend's."),
    # a negative inside the term is the harm, not a denial of it: notes that deny violence do not
    # tell "so she cannot leave"
    ("- mum: no dv since the injunction, feels safe", "Mum told me her partner hides her purse and keys so she cannot leave the flat."),
    ("- no injuries seen, skin clear", "Amara was scalded by the kettle on Sunday and was not taken to a doctor."),
])
def test_everyday_narrative_risk_the_notes_never_give(notes_line, sentence):
    assert invented_risk(notes_line, sentence)
