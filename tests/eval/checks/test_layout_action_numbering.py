"""An action list's own numbering ("A/1 ", "Action no. 1 - ") and a rating ("[AMBER] ") are no words
of the row (fresh23): the task is what the notes must support. The same words in a narrative stay."""

import pytest

from eval.checks import text as T


@pytest.mark.parametrize("line, sentence", [
    ("Action no. 1 - Ask CAMHS to see Ali; by whom: Miss Lee; by when: 3 June",
     "Ask CAMHS to see Ali; by whom: Miss Lee; by when: 3 June"),
    ("A/1 Find Ali a nursery place; by whom: Mrs Pim; by when: before the review",
     "Find Ali a nursery place; by whom: Mrs Pim; by when: before the review"),
    ("A/2 [AMBER] Book the room - Dr Shah - before the review", "Book the room - Dr Shah - before the review"),
    ("[RED] Book the room - Dr Shah - before the review", "Book the room - Dr Shah - before the review"),
    ("Task number 2: ring the GP by Friday.", "ring the GP by Friday."),
])
def test_an_action_lists_numbering_and_rating_are_no_words_of_the_row(line, sentence):
    assert [u.text for u in T.sentences("## Actions\n" + line + "\n")] == [sentence]


@pytest.mark.parametrize("line", [
    "A/B testing was not part of the plan.",
    "Amber said she was fine at school.",
    "Red is Amy's favourite colour.",
])
def test_the_same_words_in_a_narrative_stay(line):
    assert [u.text for u in T.sentences("## Analysis\n" + line + "\n")] == [line]
