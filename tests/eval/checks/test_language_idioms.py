"""Idioms that judge a person (issue 4): dismissed accounts ("a hard-luck tale"), mocking idioms of
trouble ("a one-girl wrecking crew"), character nouns from a habit ("a chocoholic", "a curtain
twitcher"), tabloid labels for parents, partners and families ("a love rat"), slurs for Travellers,
and idioms that mock ability. Each family with plain uses of its words that must not fire; and
praise or plain description said of a person ("smartly dressed") is no label."""

import pytest

from tests.eval.checks.conftest import FAITHFUL


def _medium(review, sentence):
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n")
    return [record[f.span[0]:f.span[1]] for f in review(record, only=["language.stigmatising"])
            if f.severity in ("high", "medium") and f.span]


@pytest.mark.parametrize("sentence, term", [
    # A person's account turned into a story or an act.
    ("Dad gave me another hard-luck tale about the car.", "hard-luck tale"),
    ("MUM SPUN ME A YARN ABOUT THE RENT.", "SPUN ME A YARN"),
    ("Nadia, all crocodile tears, said sorry.", "crocodile tears"),
    ("- Mr Kovacs had his usual tale of woe about work", "tale of woe"),
    ("Mrs Osei threw herself a pity party when I raised school.", "pity party"),
    # Mocking idioms that make a child the trouble itself.
    ("Callum is a one-boy wrecking crew at school.", "one-boy wrecking crew"),
    ("Jade, a walking time bomb, was calm today.", "walking time bomb"),
    ("In my view Dylan has gone off the rails since the move.", "gone off the rails"),
    ("Reuben has a chip on his shoulder about teachers.", "chip on his shoulder"),
    ("Kieran is a law unto himself at home.", "law unto himself"),
    ("Mum said Tyrese is more trouble than he's worth.", "more trouble than he's worth"),
    ("Aaliyah is heading for prison, according to the school.", "heading for prison"),
    ("Marek, the black sheep of the family, lives with his nan.", "black sheep of the family"),
    # Character nouns built from a habit or manner.
    ("Mum, a chocoholic, keeps sweets in every room.", "chocoholic"),
    ("The neighbour, a curtain twitcher, rang the police.", "curtain twitcher"),
    ("Dad is a compulsive gambler.", "compulsive gambler"),
    ("Grandad, a real skinflint, would not pay for the trip.", "skinflint"),
    ("Mrs Dimitrova is a busybody who rings school daily.", "busybody"),
    ("Zoltan, a loudmouth, shouted across the room.", "loudmouth"),
    # Tabloid labels for parents, partners, children and families.
    ("Her ex, a love rat, has a new partner.", "love rat"),
    ("Dad called Mum a bunny-boiler, and I think he is right.", "bunny-boiler"),
    ("Jasmine is a tug of love baby between two homes.", "tug of love baby"),
    ("Mrs Nguyen came over as a mail order bride.", "mail order bride"),
    ("Ms Farrell is a Munchausen's mother in my view.", "Munchausen's mother"),
    ("They are a known police family on the estate.", "known police family"),
    ("The Okoro family are the neighbours from hell.", "neighbours from hell"),
    ("Mum is a worried well parent who rings the GP weekly.", "worried well parent"),
    # Slurs for Travellers.
    ("It is a tinker family on the site.", "tinker"),
    ("Those tinkers, as Dad calls the neighbours, were not in.", "tinkers"),
    # Idioms that mock ability.
    ("Dad is not the sharpest tool in the box.", "not the sharpest"),
    ("Mum, not the brightest bulb in the pack, smiled.", "not the brightest bulb"),
    ("Mum, a bit slow on the uptake, asked again.", "slow on the uptake"),
    ("Kai is two sandwiches short of a picnic.", "two sandwiches short of a picnic"),
])
def test_an_idiom_that_judges_a_person_is_found(review, sentence, term):
    assert any(term.lower() in found.lower() for found in _medium(review, sentence))


@pytest.mark.parametrize("sentence", [
    "Mum was smartly dressed for the meeting.",
    "Dad, smartly dressed in his work suit, opened the door.",
    "Amara was neatly turned out in her school uniform.",
    "Mr Lindqvist is a caring dad who reads to the twins.",
    "Mum, well presented and calm, made us tea.",
    "Aisha was polite and chatty throughout.",
    "Dad is a warm and attentive parent.",
    # The same words, plainly used.
    "Mum told me the story of how she met Dad.",
    "We read a story about a gambler and a dragon in the session.",
    "Dad used to work in a betting shop, where gamblers came in all day.",
    "Dad took the children to the Gamblers Anonymous family day.",
    "Aisha's tears dried when Mum hugged her.",
    "Mum's fear is a black sheep toy went missing at nursery.",
    "Dad said the car was knackered.",
    "The tinker bell costume was in the dressing-up box.",
    "Aisha asked for help with her reading.",
    "Dad works for the police family liaison team.",
])
def test_description_and_plain_uses_are_no_label(review, sentence):
    assert _medium(review, sentence) == []
