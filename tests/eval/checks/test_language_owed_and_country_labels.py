"""Labels a blind split found the lexicon and the fallback without: sneers at country people, their
breeding and class ("an inbred family", "a yokel dad", "a pony-club princess"), a disabled child made a
thing ("a cabbage", "a wheelchair case"), and a label in an apposition owed to someone else ("Tanko, a
cabbage in his cousin's words,"): the writer still chose to put it in the record. Left alone: the same
words of things ("a cabbage for tea", "a princess costume"), how a parent put what the record quotes
("Dad was blunt: “...”"), and a view the writer owns in a negated form ("I do not think the cottage is a
suitable home")."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _record(sentence):
    return FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")


def _medium(review, sentence):
    record = _record(sentence)
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("My manager asked for the messages about an inbred family to be saved on the file.", "inbred"),
    ("I do not think the cottage, home of a yokel dad who won't ask for help, is suitable.", "yokel"),
    ("Dad, a country bumpkin, works on the farm most days.", "bumpkin"),
    ("The carrot-crunchers next door called the police twice.", "carrot-crunchers"),
    ("Tanko, a cabbage in his cousin's words, smiled and reached out in the sensory room.", "cabbage"),
    ("Sami, a turnip according to his uncle, sat by the window and watched the birds.", "turnip"),
    ("Thida, a wheelchair case to the bus company, has had no seizures since March.", "wheelchair case"),
    ("Ola is a disabled case for the transport team.", "disabled case"),
    ("Jauro, a pony-club princess by the groom's account, was seen alone in the tack room.", "princess"),
    ("The family, hippy home-schoolers all of them, have set up a room for lessons.", "home-schoolers"),
    ("Mum and Dad are tree-hugging home-educators who keep goats.", "home-educators"),
])
def test_country_class_and_thing_labels_are_flagged_even_when_owed_to_someone(review, sentence, term):
    assert any(term in found for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "Mum bought a cabbage and potatoes for tea.",
    "Leah wore a princess costume to the party.",
    "Thida uses a wheelchair and the bus company has a ramp.",
    "The family live on a remote farm and educate the children at home.",
    "Nan, a second mum to the girls in her own words, lives next door.",
    "Dad was blunt: “The foster carer watches every feed and writes it down.”",
    "Mum was frank: 'I forgot the appointment and I am sorry.'",
])
def test_the_same_words_of_things_and_how_a_parent_spoke_are_left_alone(review, sentence):
    assert _medium(review, sentence) == []


@pytest.mark.parametrize("sentence, flagged", [
    ("I do not think the cottage is a suitable home in winter.", False),
    ("I don't think the flat is a safe home for a baby yet.", False),
    ("We are not convinced Dad is capable of keeping to the plan.", False),
    ("I'm not sure the bedsit is a suitable home for two children.", False),
    ("The cottage is clearly a suitable home.", True),
    ("Dad is not capable of keeping to the plan.", True),
])
def test_a_view_owned_in_a_negated_form_is_not_stated_as_fact(review, sentence, flagged):
    assert bool(review(_record(sentence), only=["language.opinion_as_fact"])) == flagged
