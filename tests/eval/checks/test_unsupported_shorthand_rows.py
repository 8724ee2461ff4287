"""The notes' shorthand spelt out, an action row's parts and a next-visit date are no
unsupported claims (issue 4): "SGO assmt started" is "Start the special guardianship assessment",
an action row's timescale ("straight away", "today if possible") and owner are its form, a
"nobody" is the notes' "not anyone", and a date in the next-visit section is held to the notes'."""

import pytest

from tests.eval.checks.conftest import FAITHFUL, NOTES


def _flagged(review, sentence, note, section="## Observations\n"):
    record = FAITHFUL.replace(section, section + sentence + "\n", 1)
    return [f for f in review(record, notes=NOTES + "\n" + note, only=["accuracy.unsupported"])
            if sentence in record[f.span[0]:f.span[1]] and f.severity in ("high", "medium")]


@pytest.mark.parametrize("note, sentence, section", [
    ("SGO assmt started, lead me, b4 next strat 21/9",
     "No.3 Start the special guardianship assessment of Mum => owner: Mr Kaur, due: before the next strategy discussion on 21 September",
     "## Actions\n"),
    ("- sgo assmt started ~ lead me ~ b4 next strat 22/12",
     "[before the next strategy discussion on 22 December] ▓▓▓ Start the special guardianship assessment of Dad (Miss Pell)",
     "## Actions\n"),
    ("- RHA booking Aisha, owned by GP, asap - 20/4 at the v latest",
     "Book Aisha's review health assessment; by whom: Dr Grey; by when: straight away, and by 20 April at the very latest",
     "## Actions\n"),
    ("- release day plan w/ MBU, ahead of FGC mon 2/2",
     "Plan the baby's care for Mum's release day with the unit => owner: Miss Cole, due: ahead of the family group conference on Monday 2 February",
     "## Actions\n"),
    ("TM agreed to go to the SGO panel for Aisha.",
     "My manager agreed that we take Aisha's special guardianship plan to panel.", "## Observations\n"),
    ("school refused to send anyone to the FGC review",
     "Nobody from the school came to the family group conference review.", "## Observations\n"),
    ("back in 5 wks / 6.10",
     "Aisha will be back on the supervision list on Tuesday 6 October.", "## Next visit\n"),
])
def test_the_notes_shorthand_and_an_action_rows_form_are_supported(review, note, sentence, section):
    assert not _flagged(review, sentence, note, section)


@pytest.mark.parametrize("note, sentence, section", [
    ("SGO assmt started, lead me, b4 next strat 21/9",
     "No.3 Book Mum's driving lessons at the lavender farm => owner: Mr Kaur, due: before the next strategy discussion on 21 September",
     "## Actions\n"),
    ("- sgo assmt started ~ lead me ~ b4 next strat 22/12",
     "[before 22 December] ▓▓▓ Buy Dad a caravan for the seaside holiday in Whitby (Miss Pell)",
     "## Actions\n"),
])
def test_a_new_task_in_an_action_row_is_still_unsupported(review, note, sentence, section):
    assert _flagged(review, sentence, note, section)


def _new(review, sentence, section="## Parents'/carers' views\n"):
    record = FAITHFUL.replace(section, section + sentence + "\n", 1)
    return [f for f in review(record, only=["accuracy.unsupported"])
            if sentence in record[f.span[0]:f.span[1]] and f.severity in ("high", "medium")]


@pytest.mark.parametrize("sentence", [
    "Mum has started going to a breastfeeding cafe.",
    "Dad has taken up wild swimming in the tarn.",
    "Dad has signed up for driving lessons.",
    "Mum has been offered work at the lavender farm.",
])
def test_a_new_activity_in_a_common_frame_is_unsupported(review, sentence):
    assert _new(review, sentence)


@pytest.mark.parametrize("sentence", [
    "Mum told me she is tired but is doing her best.",
    "Mum said Aisha had a cold and missed school on Monday.",
    "Mum agreed to take Aisha to the dentist in the next two weeks.",
])
def test_the_notes_own_things_in_other_words_are_supported(review, sentence):
    assert not _new(review, sentence)
