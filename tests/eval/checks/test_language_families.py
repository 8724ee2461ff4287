"""Label families the lexicon once lacked (a diagnosis as a casual label, animal and performance
metaphors for children, diminishing labels for parents, labels from a child's standing), and
"lost it" said of a thing lost, not a temper. Each family with plain uses of its words that must
not fire."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    # A diagnosis used as a casual label: a degree word before it.
    ("Priya, a little OCD about her pencil case, lined up her pens.", "a little OCD"),
    ("TOMASZ WAS TOTALLY ADHD IN THE WAITING ROOM.", "TOTALLY ADHD"),
    ("Dad said nothing, then went all psycho when the school rang.", "went all psycho"),
    ("Mum is so bipolar, one minute happy and the next in tears.", "so bipolar"),
    ("- Kwame was bouncing off the walls after tea", "bouncing off the walls"),
    ("Siobhan is a bit on the spectrum, in my view.", "a bit on the spectrum"),
    # Animal and performance metaphors for a child.
    ("Oluwaseun, a real performing seal for visitors, sang for me.", "performing seal"),
    ("Mateo, a cheeky little monkey, hid behind the sofa.", "little monkey"),
    ("the twins behaved like wild animals at tea time", "behaved like wild animals"),
    ("Chloe turned on the waterworks when I mentioned school.", "turned on the waterworks"),
    ("In my view Bilal was just putting on a show for me.", "just putting on a show"),
    ("Ngozi, a little prima donna, would not sit with us.", "little prima donna"),
    # Diminishing labels for a parent.
    ("Mrs Horvat, the little woman of the house, made tea.", "the little woman"),
    ("Mum is a child herself and relies on Nan.", "is a child herself"),
    ("Dad is under his partner's thumb.", "under his partner's thumb"),
    ("Her old man was at work.", "Her old man"),
    ("Ms Adeyemi, a dippy woman, lost the letter.", "a dippy woman"),
    # A child sorted by their standing with adults or other children.
    ("Ibrahim, a goody two shoes at school, helps the teacher.", "goody two shoes"),
    ("Anya, such a snitch, told the teacher about the fight.", "such a snitch"),
    ("Rhys, the teacher's favourite, read out his poem.", "teacher's favourite"),
])
def test_label_families_are_flagged(review, sentence, term):
    found = _medium(review, sentence)
    assert any(term.lower() in f.lower() or f.lower() in term.lower() for f in found), found


@pytest.mark.parametrize("sentence", [
    "Tomasz has a diagnosis of OCD from CAMHS and takes sertraline.",
    "Mum has bipolar disorder and sees her psychiatrist monthly.",
    "Kwame is autistic and has an EHCP.",
    "Siobhan is on the waiting list for an ADHD assessment.",
    "The poster had fallen off the wall in the hall.",
    "Mateo likes the monkey bars at the park.",
    "Chloe rides her pony on Saturdays.",
    "The school put on a show of the children's art.",
    "Her old man next door helps with shopping.",
    "Dad cut the grass while we talked.",
])
def test_plain_uses_of_those_words_are_left_alone(review, sentence):
    assert _medium(review, sentence) == []


@pytest.mark.parametrize("sentence, flagged", [
    # "lost it" of a thing: a place follows.
    ("Mum told me Joel has no bus pass now, having lost it on the bus.", False),
    ("Grace had a phone but lost it at the park.", False),
    ("Dad said the key was lost; he lost it somewhere in town.", False),
    # "lost it" of a temper: nothing, a person, or a meeting follows.
    ("Mum lost it and shouted at the children.", True),
    ("Dad lost it with the boys after school.", True),
    ("Mr Osei lost it in the meeting.", True),
    ("She lost it at him when he came home late.", True),
])
def test_lost_it_of_a_thing_is_not_a_lost_temper(review, sentence, flagged):
    assert any("lost it" in f.lower() for f in _medium(review, sentence)) == flagged
