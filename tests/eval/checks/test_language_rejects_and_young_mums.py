"""A person filed as a service's reject or statistic ("a CAMHS reject", "a SEN statistic"), a young
mother by her schooling ("a schoolgirl mum"), a parent named by a deceit said of them ("a fabricating
mum") and a child by their pace of learning ("a slow kid") are stigmatising; the same words as a
service's name, a plain fact or a judgement asked about are not."""

import pytest

from tests.eval.checks.conftest import FAITHFUL, in_analysis


def _found(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"]) if f.span]


@pytest.mark.parametrize("sentence, term", [
    ("Dr Ahmed has not accepted the referrals for Shoheli, a CAMHS reject by the school's description.", "a CAMHS reject"),
    ("Ruby, a youth service cast-off, now goes to the boxing club.", "a youth service cast-off"),
    ("Shiimi, a SEN statistic on paper, is in the top maths set.", "a SEN statistic"),
    ("Mia, a care statistic to the panel, wants to stay at her school.", "a care statistic"),
    ("Kvetoslava, a schoolgirl mum's baby, has lived in her grandmother's annexe since November.", "schoolgirl mum"),
    ("Dad, a schoolboy father at the time, sees the baby on Sundays.", "schoolboy father"),
    ("The ward saw it as kids having kids.", "kids having kids"),
    ("Tausaga, a fabricating mum's kid in the nurses' gossip, was seen alone.", "fabricating mum"),
    ("The school calls Dad a lying father in its emails.", "lying father"),
    ("Aron, the thieving kid of the estate, was seen at home.", "thieving kid"),
    ("Dilruba's keyworker reads with her, a slow kid in the teachers' words, at bedtime.", "a slow kid"),
    ("Jamie, the slow boy of the class, has a new reading book.", "the slow boy"),
])
def test_a_reject_a_young_mum_or_a_deceit_label_is_found(review, sentence, term):
    assert any(term in found for found in _found(review, sentence))


@pytest.mark.parametrize("sentence", [
    "I visited Nelao at the young offender institution.",
    "Kai's case is on the list for the youth offender panel next week.",
    "CAMHS rejected the referral because the waiting list is closed.",
    "The school sent the attendance statistics for the autumn term.",
    "Mum goes to the young parents group on Tuesdays.",
    "Her mum was a schoolgirl when she had Ana.",
    "The paediatrician is looking at whether the illness is fabricated or induced.",
    "Mum, a working mum, collects Ana at six.",
    "Dad is a grieving father and told me he misses his son.",
    "Ana is a slow eater and has her lunch in the quiet room.",
    "Ana is slow to settle at night.",
    "The consultant psychiatrist diagnosed Mum with bipolar disorder in March.",
])
def test_a_service_name_or_a_plain_fact_is_not_a_label(review, sentence):
    assert _found(review, sentence) == []


@pytest.mark.parametrize("sentence, flagged", [
    ("This visit was to the grandmother's annexe, to see whether it is a safe home for the baby.", False),
    ("I went to find out if Dad is able to meet her needs at the flat.", False),
    ("The annexe is a safe home for the baby.", True),
    ("Dad is unable to meet her needs at the flat.", True),
])
def test_a_judgement_asked_about_is_not_stated(review, sentence, flagged):
    assert bool(review(in_analysis(sentence), only=["language.opinion_as_fact"])) == flagged


@pytest.mark.parametrize("sentence", [
    "I think the YMCA is the right place for Ailean until a move-on flat is found.",
    "Nan's house is the right home for Ana for now.",
])
def test_the_right_place_is_not_a_judgement_of_a_person(review, sentence):
    assert _found(review, sentence) == []
