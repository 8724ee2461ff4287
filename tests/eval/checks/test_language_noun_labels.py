"""Nouns that make a person their poverty, drinking, drugs or clutter ("Dad, a bum.", "a hoarder of
a mum"), found however the sentence says them of the person; the same words of a thing, a hobby or
a described behaviour are left alone. And the comparative of a word of praise or plain description
("steadier", "calmer", "happier") is how a person is, not a label."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    # An apposition at the end of a sentence, after a preposition too.
    ("The rent for May was not paid by Dad, a waster.", "a waster"),
    ("Nobody collected Ifeoma from school except her uncle Tadeusz, a wino.", "a wino"),
    ("- school uniform was bought by Mr Quispe, a bum", "a bum"),
    # "a X of a <person>": the noun is what the person is called.
    ("The children live with a hoarder of a mum in a two-bed flat.", "a hoarder"),
    ("SIOBHAN HAS A JUNKIE OF A STEPDAD, AS I SEE IT.", "A JUNKIE"),
    ("Kaito's family, led by a dosser of a father, moved again in June.", "a dosser"),
    # After a copula, and before a person word.
    ("I think Grandad Oyelaran is a drunkard and always has been.", "a drunkard"),
    ("Mum has become a compulsive hoarder since the baby was born.", "a compulsive hoarder"),
    ("Ahmed's mother is a vagrant, really.", "a vagrant"),
    ("the boys were left with a crackhead uncle overnight", "a crackhead"),
    ("In my view Dad, a scrounger, will not change.", "a scrounger"),
])
def test_noun_labels_of_a_person_are_flagged(review, sentence, term):
    # An older entry may find the noun without its article: either is the label found.
    assert any(term.endswith(found) for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "Zaid keeps his pencils in a bum bag he got for his birthday.",
    "The flat showed signs of hoarding: boxes were stacked to the ceiling in the hall.",
    "Dad collects model trains; he is a keen collector and showed me his shelves.",
    "Mum said, 'I am a hoarder, I know I am,' and laughed.",
    "Mum described herself as a hoarder and asked for help clearing the back bedroom.",
    "Nana Bisi was never a drunkard, her son told me.",
    "We watched a film about a tramp steamer at the youth club.",
    "Lerato said the man at the bus stop was a beggar.",
])
def test_the_same_words_of_a_thing_a_habit_or_someone_else_are_left_alone(review, sentence):
    assert _medium(review, sentence) == []


@pytest.mark.parametrize("sentence", [
    "I think Tomás is steadier since his mum's new job started.",
    "Anjali is calmer now that the court date is set.",
    "Dad was happier this visit than at any time this year.",
    "OLUWADAMILOLA IS SAFER AT HER NAN'S, IN MY VIEW.",
    "Mum seemed healthier and was eating again.",
    "Kacper is quieter at school since Christmas.",
    "- Bronwen is steadier and sleeping through",
])
def test_a_comparative_of_a_kind_or_plain_word_is_no_label(review, sentence):
    assert _medium(review, sentence) == []
