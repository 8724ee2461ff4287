"""Negation: plain statements the notes make in a phrase that only looks like one side
(accuracy.negation; scope.cue_count, scope.canonical and the `cues`, `not_negation`, `same_as`,
`lessening` of data/polarity.yaml).

Classes (examples of our own, not from any split):
- "nary a" / "ne'er a" is "not one", a negative of its noun ("nary a smoke alarm");
- "far from" before a state or a quality denies it ("far from clean" is "dirty");
- "did not mince her words" is plain speaking, no denial;
- a person "was missing" is an episode, not a thing not there ("after she was missing");
- a waking night is a shift of staff, not a child woken ("one waking at night", "waking night staff");
- "will wait to hear from Mum before deciding" is "no decision until Mum rings";
- "hardly ever looked up from the tablet" is "absorbed in it", "glued to it";
- "treated successfully", "got rid of" say a thing ended, as "have gone" does.
"""

import pytest

from eval.checks.scope import canonical, cue_count
from tests.eval.checks.conftest import NOTES, negation_flagged


@pytest.mark.parametrize("text, count", [
    ("nary a smoke alarm in the caravan", 1),
    ("there has been nary a call from Dad since May", 1),
    ("ne'er a word from the landlord", 1),
    ("the bathroom far from clean", 1),
    ("the flat was far from tidy", 1),
    ("the school is far from home", 0),
    ("Mrs Odu did not mince her words", 0),
    ("Dad never one to mince words", 0),
    ("Dad did not mind the visit", 1),  # near miss: a denial
    ("I saw Aisha after she was missing", 0),
    ("the red book was missing", 1),
    ("two staff by day and one waking at night", 0),
    ("the unit has a waking night worker", 0),
    ("Aisha wakes several times a night", 1),
])
def test_cue_counts(text, count):
    assert cue_count(text) == count


@pytest.mark.parametrize("text", [
    "Aisha hardly ever looked up from the tablet",
    "aisha barely looked up from her phone",
    "Aisha was glued to her phone",
])
def test_taken_up_with_a_screen(text):
    assert "absorbed in" in canonical(text)


_NOTES = NOTES + "\n" + (
    "- bathroom far from clean, bin overflowing\n"
    "- nary a smoke alarm in the flat\n"
    "- aisha's head lice gone after two treatments\n"
    "- aisha hardly looked up from her tablet\n"
    "- saw aisha for the return interview after she was missing overnight\n"
    "- panel: no decision on the short breaks until the OT report is in\n"
)


@pytest.mark.parametrize("sentence, flip", [
    ("The bathroom was dirty and the bin was overflowing.", False),
    ("The bathroom was filthy.", False),
    ("The bathroom was clean.", True),
    ("There is no smoke alarm in the flat.", False),
    ("The flat has no working smoke alarm.", False),
    ("There is a smoke alarm in the flat.", True),
    ("Aisha's head lice have been treated successfully.", False),
    ("Mum has got rid of Aisha's head lice.", False),
    ("Aisha was absorbed in her tablet for most of the visit.", False),
    ("This was the return interview after Aisha's missing episode.", False),
    ("The panel will wait to get the OT report before deciding on the short breaks.", False),
])
def test_plain_states_are_no_flip(review, sentence, flip):
    assert negation_flagged(review, sentence, _NOTES) is flip


_CONTRARY_NOTES = NOTES + "\n" + (
    "- HV did the 2-year check and aisha's speech a bit behind\n"
    "- GP: the wound site on aisha's arm looks infected\n"
    "- aisha happy at her new school\n"
)


@pytest.mark.parametrize("sentence, flip", [
    ("The health visitor found Aisha's speech ahead of her age at the two-year check.", True),
    ("The GP said the wound site on Aisha's arm is clean.", True),
    ("The GP said the wound site on Aisha's arm has healed.", True),
    ("The health visitor found Aisha's speech a little behind at the two-year check.", False),
    ("The GP told me the wound on Aisha's arm looks infected.", False),
    # one shared word besides the pair is too weak a tie: another thing, not a contrary
    ("Aisha was sad when the baby cried at night.", False),
])
def test_contraries_of_one_thing_flip(review, sentence, flip):
    assert negation_flagged(review, sentence, _CONTRARY_NOTES) is flip
