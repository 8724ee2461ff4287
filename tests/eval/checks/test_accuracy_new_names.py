"""An everyday detail the notes never give is unsupported: a new pet, place, person, club or day
named in a sentence no part of the notes picks out, and a new fact whose only near note part is
far from it (issue 4)."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _with(extra, section="## Observations\n"):
    return FAITHFUL.replace(section, section + extra + "\n", 1)


def _flagged(review, sentence):
    record = _with(sentence)
    return [f for f in review(record, only=["accuracy.unsupported"])
            if sentence in record[f.span[0]:f.span[1]] and f.severity in ("high", "medium")]


@pytest.mark.parametrize("sentence", [
    "Aisha has a new rabbit called Biscuit.",
    "Mum said the family are going to Blackpool at half term.",
    "Aisha's cousin Ngozi has been staying with them since Easter.",
    "Aisha goes to Brownies on Tuesdays.",
    "Dad has passed his driving test.",
    "Mum has started volunteering at the Oxfam shop.",
])
def test_a_new_everyday_detail_is_unsupported(review, sentence):
    assert _flagged(review, sentence)


@pytest.mark.parametrize("sentence", [
    "Mum (Sarah) said she is tired but doing her best.",  # the notes' own name
    "Aisha said she likes her new school because of her friends.",
    "Aisha was off school on Monday with a cold.",
    "There were no marks or bruises on Aisha.",
])
def test_the_notes_facts_and_names_are_supported(review, sentence):
    assert not _flagged(review, sentence)


@pytest.mark.parametrize("sentence", [
    "Mum (Chiamaka Oduya) and Aisha (8).",  # the case file's full names
    "Ms Fairweather will ask Aisha where she would like to meet.",  # the worker, by title
])
def test_people_the_case_file_names_are_not_new_details(review, sentence):
    assert not _flagged(review, sentence)
