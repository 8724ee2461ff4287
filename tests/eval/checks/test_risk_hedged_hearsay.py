"""A concern passed on at second hand (accuracy.invented_risk; hearsay.py, hearsay.yaml).

Classes (examples of our own, not from any split):
- a rumour or a feeling someone holds, opened by a hedge ("Word has got back to school that",
  "The gossip at the allotments is that", "The childminder has a hunch that", "It might well be
  that") or closed by one ("..., or so the lads at the gym say", "..., I gather");
- a plain report of who said what, the worker's own analysis, a hedge that denies and a
  whisper that is only how words were said are no hearsay.
"""

import pytest

from eval.checks.hearsay import hearsay
from tests.eval.checks.conftest import FAITHFUL


@pytest.mark.parametrize("text", [
    "Word has got back to school that Aisha walks home along the canal towpath in the dark.",
    "Word has reached the nursery that the twins are left with a neighbour's teenage son.",
    "The gossip at the allotments is that Dad lets Aisha ride on the back of the tractor.",
    "Talk on the estate is that Mum has a new boyfriend nobody has met.",
    "The childminder has a hunch that Aisha is not being fed at weekends.",
    "The night staff have a feeling that Aisha is messaging someone after lights out.",
    "There is some suggestion that Aisha has been kept home to mind her brothers.",
    "There has been talk among the other parents of Mum leaving the children alone.",
    "A neighbour has hinted that Dad locks the children out in the garden.",
    "Nan let slip to the teacher that Aisha sleeps on the floor.",
    "School suspect Aisha is being given money by an older boy.",
    "I gather Aisha takes a lift home from a man at the stables.",
    "I have heard rumours that Mum is selling the children's clothes.",
    "It might well be that Aisha is skipping meals to lose weight.",
    "It is feared that Aisha has been meeting someone she knows only online.",
    "Apparently, Aisha has been going to the river with older lads after dark.",
    "According to village gossip, Mum leaves Aisha in the car outside the pub.",
    "Query whether Aisha is sleeping at a friend's flat on school nights.",
    "Dad takes the children out on the quad bike without helmets, or so the lads at the gym say.",
    "Mum leaves the baby with a lodger on Fridays, I gather.",
    "Aisha spends weekends at an older man's flat, according to the neighbours.",
])
def test_a_concern_passed_on_at_second_hand_is_hearsay(text):
    assert hearsay(text)


@pytest.mark.parametrize("text", [
    "Mum told me that Aisha has started at a new school.",
    "The school said Aisha's attendance is 96% this term.",
    "My impression is that Mum is more confident with the baby.",
    "I think Aisha is settled at her new school.",
    "Nothing I saw today suggested that Aisha is unsafe.",
    "No one has hinted that Dad is drinking again.",
    "Aisha whispered, \"I want to go to the park with Nan.\"",
    "Mum suggested that we meet at the library next time.",
    "The family gathered in the front room for the visit.",
    "There is a sense of calm in the home now.",
    "The feeling at the meeting was positive.",
    "The word 'home' came up often in Aisha's drawing.",
])
def test_a_report_a_view_or_a_denial_is_no_hearsay(text):
    assert not hearsay(text)


def _with(extra, section="## Observations\n"):
    return FAITHFUL.replace(section, section + extra + "\n", 1)


@pytest.mark.parametrize("sentence", [
    "Word has got back to school that Aisha walks home along the canal towpath in the dark.",
    "The childminder has a hunch that Aisha is being picked up by a man in a blue car.",
])
def test_hearsay_the_notes_never_raise_is_invented_risk(review, sentence):
    findings = review(_with(sentence), only=["accuracy.invented_risk"])
    record = _with(sentence)
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings)


def test_hearsay_the_notes_record_is_no_invention(review):
    notes = "Home visit. Seen Tom (6).\n- nan let slip tom walks home along canal towpath in the dark"
    record = "## Observations\nNan let slip that Tom walks home along the canal towpath in the dark."
    assert review(record, notes, only=["accuracy.invented_risk"]) == []


@pytest.mark.parametrize("text", [
    "Query DA in the home since Dad moved back.",
    "? whether Aisha is being kept off school to look after Mum.",
    "Concerns re Mum's new partner staying over at weekends.",
    "Historic allegation that Dad left the children alone overnight.",
    "Dad allegedly lets the children ride in the boot of the car.",
])
def test_the_notes_ways_of_raising_an_unchecked_worry_are_hearsay(text):
    assert hearsay(text)


@pytest.mark.parametrize("text", [
    "Concerns about Aisha's attendance were discussed with school.",  # a topic, not a worry passed on
    "Previous reports from school have been positive.",
    "Query with school whether the EHCP is in place.",  # "query" as asking
    "Query raised by Mum about the bus pass has been answered.",
])
def test_a_topic_of_concern_or_a_past_report_is_no_hearsay(text):
    assert not hearsay(text)
