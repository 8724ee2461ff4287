"""fresh26's faithful sentences that read as unsupported: a list label with a hash ("Act#1"), hours
counted between two clock times ("sleeps from ten until four" is "six hours"), the notes' shorthand
with an 's ("hv's report") or by letters a record spells out ("CO alarm", "dla"), a field set with "="
("Due=before ..."), a "Joining me for this visit were ..." line, and an event named by its date as a
deadline ("before the duty desk closes for the weekend on Monday 30 November")."""

import pytest

from eval.checks.numerals import marker, named_times
from eval.checks.record_form import _field_value, _participants
from eval.checks.vocabulary import action_form_words, note_vocabulary, timescale_words
from eval.checks import text as T
from tests.eval.checks.conftest import FAITHFUL, NOTES


@pytest.mark.parametrize("line, rest", [
    ("Act#1 Fit a carbon monoxide alarm", "Fit a carbon monoxide alarm"),
    ("Task # 2: ring the school", "ring the school"),
    ("Action#3 ⏰ by Friday", "⏰ by Friday"),
    # near miss: a number inside the sentence is no list label
    ("Ring 2 people about the #3 bus", "Ring 2 people about the #3 bus"),
])
def test_a_hashed_list_label(line, rest):
    assert marker().sub("", line, count=1) == rest


@pytest.mark.parametrize("notes, hours", [
    ("The sister said the baby sleeps from ten until four.", {"6"}),
    ("settles 7pm-6am most nights", {"11"}),
    ("in bed 7 till 7 at the weekend", {"12"}),
    ("naps 1 to 3pm", {"2"}),
    # near misses: counts and ages, not clock times
    ("goes to the club from 3 to 5 times a week", set()),
    ("siblings aged 3 to 5", set()),
    ("between 2 and 4 hours a day", set()),
])
def test_hours_between_two_clock_times(notes, hours):
    assert named_times(notes) & {"2", "6", "11", "12", "3", "5", "4"} == hours


@pytest.mark.parametrize("notes, words", [
    ("MRS WEATHERALL - the bundle is devoid of hv's report", {"health", "visitor"}),
    ("CO alarm - cottage >> owner mum", {"carbon", "monoxide"}),
    ("dla awarded at the higher rate in August", {"disability", "living", "allowance"}),
    ("ot r/v hoist >> owner sw", {"occupational", "therapist"}),
    ("no-one in the family can offer the short breaks the hospice does", {"respite"}),
    ("sibs -> hospice sibling group, b4 duty desk shuts wed 1/4", {"brother", "sister"}),
    ("both siblings at nan's on sat", {"brothers", "sisters"}),
])
def test_the_notes_shorthand_spelt_out(notes, words):
    assert {T.stem(w) for w in words} <= note_vocabulary(notes)


@pytest.mark.parametrize("notes, word", [
    ("Mum said the short breaks let her sleep.", "chance"),
    ("nan lets him stay up on fridays", "allowed"),
])
def test_letting_is_a_chance_given(notes, word):
    assert T.stem(word) in note_vocabulary(notes)


@pytest.mark.parametrize("word", ["no", "none", "never"])
def test_a_negation_word_is_no_new_thing(word):
    from eval.checks.vocabulary import glue_stems
    assert T.stem(word) in glue_stems()


def test_a_possessive_that_is_no_shorthand_spells_nothing():
    assert T.stem("visitor") not in note_vocabulary("the hive's honey was on the table")


@pytest.mark.parametrize("text, form", [
    ("Due=before the duty desk closes for the weekend on Monday 15 June.", True),
    ("Owner=Mum.", True),
    ("Lead = Ms Ray", True),
    # near misses: an arrow is no field, and a sentence with "=" in it makes a claim
    ("Mum => school", False),
    ("Scores were 2=poor at the review.", False),
])
def test_a_field_set_with_equals(text, form):
    assert _field_value(text) is form


@pytest.mark.parametrize("text, form", [
    ("Joining me for this visit were Ms Sokhon (foster carer) and Elias-Georges (16).", True),
    ("With us at the review were Mum and Dad.", True),
    ("Alongside me for today's visit was Mr Roy.", True),
    # near misses: no visit's company
    ("With me was a worry about Dad.", False),
    ("Joining the youth club was good for him.", False),
])
def test_who_joined_me_for_the_visit(text, form):
    assert _participants(text) is form


@pytest.mark.parametrize("sentence, words", [
    ("Act#1 ⏰ before the duty desk closes for the weekend on Monday 30 November · Ms Tudge · Find a coat",
     {"duty", "desk", "closes", "weekend"}),
    ("Ask the convent about the room (@Mum, due before the baby comes home, likely on 6 October)", {"baby", "comes", "home"}),
    ("Send the samples ahead of the court hearing listed for 15 June.", {"court", "hearing", "listed"}),
])
def test_an_event_named_by_its_date_is_a_deadline(sentence, words):
    assert words <= timescale_words(sentence)


def test_an_event_without_a_date_is_the_claim():
    assert not {"baby", "born"} & timescale_words("Dad moved out before the baby was born.")


def test_it_falls_to_someone():
    assert {"falls", "it"} <= action_form_words("It falls to Miss Kazaure to find a winter coat for Shormeh.")


def _flagged(review, sentence, note, section):
    record = FAITHFUL.replace(section, section + sentence + "\n", 1)
    return [f for f in review(record, notes=NOTES + "\n" + note, only=["accuracy.unsupported"])
            if sentence in record[f.span[0]:f.span[1]] and f.severity in ("high", "medium")]


def test_hours_the_notes_count_are_supported(review):
    assert not _flagged(review, "Mum told me the baby sleeps for six hours at night.",
                        "mum said the baby sleeps from ten until four", "## Parents'/carers' views\n")


def test_hours_the_notes_never_count_are_unsupported(review):
    assert _flagged(review, "Mum told me the baby sleeps for nine hours at night.",
                    "mum said the baby sleeps from ten until four", "## Parents'/carers' views\n")
