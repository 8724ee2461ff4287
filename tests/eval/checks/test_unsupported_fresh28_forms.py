"""fresh28's faithful sentences that read as unsupported, and the owners its actions name: a row
numbered with any arrow or closing angle ("1 ⟫ 📅 Hold ...", "2 ❯ Book"), the notes' idioms said
plainly ("nan is the family's safety net": "the grandmother is the family's main support"), a job
said as work ("has worked as the groundsman"), the notes' short names and plain synonyms ("the
rec", "leaving"), and an owner who said yes ("Dad has said yes to fit a smoke alarm ...")."""

import pytest

from eval.checks import text as T
from eval.checks.action_parts import has_owner, has_timescale
from eval.checks.numerals import marker, numbers
from eval.checks.vocabulary import action_form_words, note_vocabulary, timescale_words
from tests.eval.checks.conftest import FAITHFUL, NOTES


@pytest.mark.parametrize("row, mark", [
    ("1 ⟫ 📅 Hold a strategy discussion – Mrs Cama – before the review week on 11 December", "1 ⟫ "),
    ("2 ❯ Book the dentist – Mum – by Friday", "2 ❯ "),
    ("3 ⮕ Ring the school – Dad – by 4 May", "3 ⮕ "),
    ("4 ⇨ Refer to the young carers service", "4 ⇨ "),
    # near misses: a number that counts something, not a row
    ("10 pupils came to the assembly", None),
    ("3 x weekly visits", None),
])
def test_a_rows_number_behind_any_arrow_is_its_numbering(row, mark):
    found = marker().match(row)
    assert (found.group() if found else None) == mark


def test_a_rows_numbering_is_no_claimed_number():
    row = "1 ⟫ ACTION: Mrs Ito to start the life story book before the stay ends on Thursday 25 September"
    assert numbers(marker().sub("", row, count=1)) == {"25"}


@pytest.mark.parametrize("note, words", [
    ("[MY VIEW: nan is the family's safety net]", {"main", "support"}),
    ("Nan's the family's rock, always has been", {"main", "support"}),
    ("grandad holds the whole family together", {"key", "support"}),
    ("mum - wouldnt hear of a parenting course", {"declined"}),
    ("dad isn't having any of the young carers group", {"refused"}),
    ("host: not a peep from him after eleven", {"quiet", "rules"}),
    ("dad has been groundsman at the rec for nine years", {"sports", "ground"}),
    ("wouldn't hear of leaving nan's garden", {"move", "away"}),
])
def test_the_notes_idioms_give_their_plain_words(note, words):
    assert {T.stem(w) for w in words} <= note_vocabulary(note)


@pytest.mark.parametrize("note, words", [
    # near misses: the same words with no idiom, or a rock that is a stone
    ("nan is the family's best friend", {"support"}),
    ("he threw a rock at the window", {"support"}),
    ("mum says there is no way to get to school", {"declined"}),
])
def test_no_idiom_gives_no_plain_words(note, words):
    assert not {T.stem(w) for w in words} & note_vocabulary(note)


@pytest.mark.parametrize("sentence, form", [
    ("Mum has worked as the groundsman at the sports ground for many years.", {"worked", "as"}),
    ("Dad is employed as a porter at the hospital.", {"employed", "as"}),
    ("Dad took the job of caretaker at the school.", {"took", "the", "job", "of"}),
    # near miss: work that is no job's form
    ("Dad worked hard in the garden.", set()),
])
def test_a_job_said_as_work_is_the_records_form(sentence, form):
    assert action_form_words(sentence) == form


def _flagged(review, sentence, note, section="## Analysis\n"):
    record = FAITHFUL.replace(section, section + sentence + "\n", 1)
    return [f for f in review(record, notes=NOTES + "\n" + note, only=["accuracy.unsupported"])
            if sentence in record[f.span[0]:f.span[1]] and f.severity in ("high", "medium")]


def test_an_idiom_said_plainly_is_supported_and_a_new_support_is_not(review):
    said = "In my view the grandmother is the family's main support."
    assert not _flagged(review, said, "MY VIEW: nan is the family's safety net")
    assert not _flagged(review, "I think Nan is the family's key support.", "nan is their rock")
    # near miss: notes that never say it
    assert _flagged(review, said, "nan lives two streets away and has a dog")


@pytest.mark.parametrize("action, owner", [
    ("Dad has said yes to fit a smoke alarm and a fireguard on the bus before the baby's discharge meeting on 30 November.", True),
    ("Mum is happy to ring the school before the review on 3 May.", True),
    ("Nan gave her word to collect Ali from school every Friday until half term.", True),
    ("Grandad has signed up to drive Ali to football by the end of the month.", True),
    # near misses: nobody says yes
    ("Say yes to the referral by Friday.", False),
    ("Fit a smoke alarm before the discharge meeting on 30 November.", False),
])
def test_an_owner_who_said_yes(action, owner):
    assert has_owner(action, frozenset({"ali"})) is owner


@pytest.mark.parametrize("action", [
    "Dad has said yes to find Dorette a winter coat by the time the cricket season starts, 27 October.",
    "Mum will ring the school before nan's hip operation on 16 October.",
    "Ms Roy to book the review ahead of the Nightstop stay ending on Thursday 25 September.",
])
def test_a_timescale_tied_to_an_event_and_its_date(action):
    assert has_timescale(action)


@pytest.mark.parametrize("sentence, words", [
    ("Tell school about the move – Ms X – before nan's hip operation on 24 November", {"hip", "operation"}),
    ("Book the review before Kai's court hearing on 3 May", {"court", "hearing"}),
    ("Ring Dad before the baby's discharge meeting on 30 November.", {"discharge", "meeting"}),
])
def test_whoever_s_event_before_its_date_is_when(sentence, words):
    assert words <= timescale_words(sentence)


def test_an_event_with_no_deadline_is_a_claim():
    assert not timescale_words("Dad's operation on 3 May went well.")


def test_the_things_a_child_wears_are_their_kit():
    assert T.stem("kit") in note_vocabulary("Mrs B agreed to pay for Yvette's boots and shin pads.")
    assert T.stem("kit") not in note_vocabulary("Mrs B agreed to pay for Yvette's school trip.")
