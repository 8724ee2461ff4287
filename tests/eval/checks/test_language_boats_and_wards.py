"""Labels for families who live on boats, in caravans or on sites, class words made from benefits,
a child named by a section or a ward, police jargon of association, mockery ("a velcro kid",
"mother of the year for once"), and a noun label with intensifiers after its article ("a right
little manipulator") (fresh21, fresh11); and the look-alikes that must not fire."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence, notes=None):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("Cosme, one of the water gypsies, and I talked alone on the towpath.", "water gypsies"),
    ("The narrowboat of these river rats was clean and warm.", "these river rats"),
    ("The mattresses in the static caravan of this caravan-trash family were damp.", "caravan-trash"),
    ("The baby of this benefits-class mam has not had his immunisations.", "benefits-class"),
    ("Dad, a known associate, has had no contact with the family.", "a known associate"),
    ("This sectioned kid has made his bay on the ward his own.", "sectioned kid"),
    ("Kacper is a velcro kid with his foster carer.", "velcro kid"),
    ("Mum was mother of the year for once at the school fair.", "mother of the year"),
    ("Gulnisa, a right little manipulator, laughed with the staff.", "a right little manipulator"),
    ("Dad is a real moaner about the council.", "moaner"),
])
def test_labels_for_how_a_family_lives_or_is_treated_are_flagged(review, sentence, term):
    assert any(term in found or found in term for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "There were rats by the canal near the boat.",
    "A river rat ran across the towpath while we talked.",
    "The family live on a narrowboat on the canal.",
    "Mum described herself as working class and proud of it.",
    "Amy was sectioned under the Mental Health Act on 3 May.",
    "Dad has a known allergy to penicillin.",
    "Mum won the mother of the year award at the community centre.",
    "Mum was a real help at the review.",
    "Amy lost a little weight over the summer.",
    "The Gypsy, Roma and Traveller liaison officer joined the visit.",
])
def test_look_alikes_are_left_alone(review, sentence):
    assert _medium(review, sentence) == []
