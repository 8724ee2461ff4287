"""Labels found on fresh19 (issue 4): sneers at the officials a family deals with ("the Home
Office pen-pushers"), a child made a casualty of the care system ("another looked-after
casualty"), mock titles for a pattern ("a professional withdrawer"), "asylum-shopping", ageist
labels ("this past-it pensioner"); and the same words of a game, a ward, a job or a figure, which
are left alone ("a game of crazy golf", "took him to casualty", "a professional interpreter")."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]].lower() for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("My manager noted the Home Office pen-pushers have sent nothing about the move.", "pen-pushers"),
    ("The jumped-up officials at the housing office lost the form again.", "jumped-up officials"),
    ("The council box-tickers want another form before they pay.", "box-tickers"),
    ("Otim, another looked-after casualty, has not had his initial health assessment.", "looked-after casualty"),
    ("Kai is yet another care-system statistic.", "statistic"),
    ("The police took no further action, as Mum, a professional withdrawer, gave no statement.", "professional withdrawer"),
    ("Dad, a career benefit claimant, has not looked for work.", "career benefit claimant"),
    ("Mum is a serial canceller of appointments.", "serial canceller"),
    ("The Home Office has not said when this asylum-shopping family will be moved.", "asylum-shopping"),
    ("Grandad, this past-it pensioner, forgets the tablets.", "past-it"),
    ("Nan is an old biddy who cannot manage the stairs.", "old biddy"),
    ("Dad went crazy at the door.", "crazy"),
])
def test_grievance_casualty_and_ageist_labels_are_flagged(review, sentence, term):
    assert any(term in found for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "This statutory visit was a game of crazy golf, which Nettie chose.",
    "It was crazy hair day at school and Nettie had green spray in her hair.",
    "Mum took Otim to casualty on Sunday after he fell off the slide.",
    "The Home Office has not replied to the letter of 3 May.",
    "A professional interpreter attended the visit by phone.",
    "Dad is a professional footballer with a club in the second division.",
    "Mum worked in the benefits office for ten years.",
    "Nan goes to the pensioners' lunch club on Tuesdays.",
    "The statistics from school show ninety-four per cent attendance.",
    "Grandad, 78, finds the stairs hard and uses a stick.",
    "Nan has vascular dementia and is cared for at home.",
])
def test_the_same_words_of_other_things_are_not_labels(review, sentence):
    assert _medium(review, sentence) == []
