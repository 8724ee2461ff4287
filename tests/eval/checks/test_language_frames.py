"""Labels coined for the occasion, that no lexicon can list, found by their frame: a noun phrase said
of a person that sorts them into a kind ("a typical student slacker", "yet another care-system
statistic") or holds a hyphenated compound made up for them ("Dad, a gone-at-dawn mother,", "a
wife-batterer"); a herd word standing for a family or a team ("this overspilling brood", "as usual
with that shower"); police slang ("the coppers"). Plain descriptions in the same frames are left
alone ("Dad, a bus driver,", "a part-time cleaner", "this family has moved twice", "a typical day",
"that shower is broken")."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("Lachman looks after the baby while Dad, a gone-at-dawn mother, is at work cleaning.", "gone-at-dawn"),
    ("Dad, a grown-up hanger-around, now lives with Saadia's grandmother.", "hanger-around"),
    ("Nyiramana, a typical student slacker, is rarely at the supported lodgings.", "slacker"),
    ("- Dad, a bottle-a-night type, told me he has not drunk alcohol since May.", "bottle-a-night"),
    ("Umuhoza, a free-dinners kid, attends school and goes to breakfast club.", "free-dinners"),
    ("Mum, a man-picking disaster, has been more open with me since the disclosure.", "man-picking"),
    ("Raimo, yet another care-system statistic, has not had his health assessment.", "care-system"),
    ("Kristiina's grandmother, a meddling old battleaxe, takes her to school.", "battleaxe"),
    ("Mr Okafor is a school-gate know-all-the-answers type.", "know-all-the-answers"),
    ("Tobi, a typical estate lad, was out until ten.", "estate lad"),
    ("I am unable to say the modular home meets the needs of this overspilling brood.", "brood"),
    ("It is not known where this homeless brood will go when the lease ends.", "brood"),
    ("Housing neither came to the review nor sent a report, as usual with that shower.", "shower"),
    ("The council did not send anyone, as usual with that lot.", "that lot"),
    ("My manager noted the coppers have sent nothing on the disclosure request.", "coppers"),
    ("Carlisle's grandmother told me this faddy little eater barely ate.", "eater"),
])
def test_labels_in_a_frame_are_flagged(review, sentence, term):
    assert any(term in found for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "Dad, a bus driver, works early shifts and collects the children at four.",
    "Mum, a part-time cleaner, works three mornings a week.",
    "Dad, a self-employed builder, has work in Leeds until March.",
    "Mum, a stay-at-home parent, looks after the baby during the day.",
    "Nan, a Polish-speaking grandmother, came to the meeting with an interpreter.",
    "Ayo, a 15-year-old, would like to stay at his school.",
    "Dad, a long-distance lorry driver, is away two nights a week.",
    "Her step-dad, a first-time parent, asked for advice about sleep.",
    "Jess, a grown-up daughter of Nan's, lives next door.",
    "This family has moved twice since the summer.",
    "It was a typical day at school, Amara said.",
    "Dad and I had a grown-up conversation about the plan.",
    "That shower is broken and the landlord has been told.",
    "The boys share the shower and that shower has no hot water.",
    "The copper pipes in the kitchen leak.",
    "Mum said Ali ate the whole lot.",
    "I will send this lot of forms to the IRO.",
    "Tom said, 'Nan is a typical worrier,' and smiled.",
])
def test_plain_descriptions_in_the_same_frames_are_left_alone(review, sentence):
    assert _medium(review, sentence) == []
