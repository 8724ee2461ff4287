"""A child or family named by where the state has placed them or by their legal status ("one of the
hotel lot", "a kid from the unit", "this court-ordered family"), a helper called a parasite, and the
plain words beside them that must not fire: a name that is a lexicon word ("Snowflake said ..."),
and what is done in a child's daily care ("the baby is washed in the sink")."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    ("I spoke with Nachappa, one of the hotel lot, on his own in the breakfast room.", "one of the hotel lot"),
    ("Dad, another of that estate lot, did not come to the review.", "another of that estate lot"),
    ("The hostel lot were noisy in the corridor all night.", "The hostel lot"),
    ("Tavarus, a kid from the unit, has not gone missing since moving.", "a kid from the unit"),
    ("Amir, just a kid from the estate, was stopped by the police.", "just a kid from the estate"),
    ("The hotel manager sent no report about this court-ordered family.", "court-ordered family"),
    ("Jade, a section 20 kid, has settled with her carers.", "section 20 kid"),
    ("Mum said the hotel kids were loud at night, and I agreed with her.", "hotel kids"),
    ("I have no concerns about the health of this host, a do-gooding parasite.", "a do-gooding parasite"),
    ("Dad, a parasite on the system, asked for a grant.", "a parasite"),
])
def test_placed_and_status_labels_are_flagged(review, sentence, term):
    assert any(term.lower() in said.lower() or said.lower() in term.lower() for said in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "The first lot of letters from the Home Office went to the old address.",
    "Mum has sorted the whole lot, and the room is tidy.",
    "A lot of the hotel residents were at the breakfast.",
    "A girl from the unit came to the door to ask for Mia.",
    "The court-ordered assessment of Dad starts in May.",
    "One of the fire brigade, who came for the alarm, spoke to Mum.",
    "The GP treated a parasite infection in March.",
    "The hotel kids club runs on Saturdays and Amy goes.",
    "The baby is washed in the sink rather than the baby bath.",
    "Zara is bathed, fed and put to bed by Nan on Tuesdays.",
])
def test_plain_uses_of_those_words_are_left_alone(review, sentence):
    assert _medium(review, sentence) == []


@pytest.mark.parametrize("sentence, flagged", [
    ("Snowflake said she likes the lodgings. Snowflake's sleep has improved since the move.", False),
    ("I visited Snowflake (15) at the hotel. Snowflake, an only child, goes to college.", False),
    ("Jay is a snowflake who cries when he loses at games.", True),
])
def test_a_name_is_not_a_label(review, sentence, flagged):
    assert bool(_medium(review, sentence)) == flagged


@pytest.mark.parametrize("record", [
    "Subject: Clemencia Popo - child in need review\nThose present: Mum (Eudora Popo) and me.",
    "Mum (Eudora Popo) came with Clemencia (3). Clemencia Popo sat on her knee.",
])
def test_a_family_surname_given_after_a_named_persons_first_name_is_a_name_everywhere(record):
    from eval.checks import Material, run
    assert [f for f in run(Material(record, "", "visit"), only=["language.stigmatising"]).findings] == []


def test_the_slang_for_the_police_is_still_flagged_beside_no_such_name():
    from eval.checks import Material, run
    record = "Clemencia Reyes is three. Mum said the Popo came round at midnight."
    assert run(Material(record, "", "visit"), only=["language.stigmatising"]).findings
