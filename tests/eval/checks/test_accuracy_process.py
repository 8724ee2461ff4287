"""A statement of the worker's own process that the notes give in other words, through their
initials ("no ICPC yet": not going to conference yet) and with a decision reported as "agreed"
is (accuracy.unsupported; words.yaml `expansions` and `glue`).

Examples of our own: a manager's decision on conference and strategy discussions, an FGC or a
LADO referral the notes give by their initials; and a new decision the notes never give, which
must still be flagged."""

import pytest

from tests.eval.checks.conftest import FAITHFUL, NOTES


def _findings(review, sentence, notes_line):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n", 1)
    found = review(record, notes=NOTES + "\n" + notes_line, only=["accuracy.unsupported"])
    return [f for f in found if sentence in record[f.span[0]:f.span[1]] and f.severity in ("high", "medium")]


@pytest.mark.parametrize("sentence, notes_line", [
    ("My manager decided not to go to conference yet and to hold another strategy discussion.",
     "TM: no ICPC yet - another strat discussion first"),
    ("The team manager decided we will hold a family group conference before the review.",
     "mgr - FGC to be held b4 review"),
    ("Ms Adeyemi decided to refer the allegation to the local authority designated officer.",
     "Ms Adeyemi - refer to LADO re allegation"),
])
def test_process_in_other_words_is_supported(review, sentence, notes_line):
    assert not _findings(review, sentence, notes_line)


def test_a_new_decision_is_still_unsupported(review):
    sentence = "My manager decided that Aisha will move to her aunt's in Leicester next month."
    assert _findings(review, sentence, "TM: no ICPC yet - another strat discussion first")
