"""Names found by how a note writes them: runs of capitals among lower case, a home named by a
possessive, an everyday word the note has already used as a name met again bare, lower-case
names before a verb beside a place only a person takes, a role before a name ("chair ...") and
names whose halves look like words ("Linford", "Solangel"). True positives and look-alikes."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # Capitals among lower case: a given name and a surname, whatever the words.
    ("Review held today; chair BRAMBLE FLETCHER, minutes by the admin.", ["BRAMBLE FLETCHER"]),
    ("rang dad and spoke to ODALYS QUISPE about the plan", ["ODALYS QUISPE"]),
    # A heading, an acronym, or capitals for emphasis are not names.
    ("Mum said she was VERY WORRIED about it", []),
    ("CHILD PROTECTION PLAN: reviewed on Monday", []),
    ("Please DO NOT SHARE the address with dad", []),
])
def test_capital_runs(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("stayed the night at juniper's - calm", ["juniper"]),
    ("tea round Saffi's, then home", ["Saffi"]),
    # A firm, a relative, or something possessed after it.
    ("went to nan's after school", []),
    ("at the butcher's and then home", []),
])
def test_homes_named_by_possessive(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Capitalised once as a name, then bare in lower case; the word itself stays.
    ("Seen with Harbour at school. later harbour more settled; the harbour wall is closed.",
     ["Harbour", "harbour"]),
    ("Meadow Blackett (8) seen. meadow upbeat, drew the meadow behind the flats.", ["Meadow Blackett", "meadow"]),
    # A verb after its subject is the word, not the name.
    ("Hope came to the review. I hope the plan holds.", ["Hope"]),
])
def test_bare_mentions_of_a_known_name(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Lower case, no marks: a place only a person takes ("with", "for") and standing bare
    # before a verb or an adverb.
    ("sat with kestrel / kestrel more settled at school", ["kestrel", "kestrel"]),
    # A thing dropped of its article, twice, is still a thing.
    ("boiler broken again. boiler very old, landlord aware", []),
])
def test_lower_case_word_names_by_role(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("strat mtg 02/03/2026 chair zenobia\nactions agreed", ["zenobia"]),
    ("cin rv, chair Wilhelmina Ashdown.", ["Wilhelmina Ashdown"]),
    ("broke the kitchen chair leg", []),
    # Halves that are names, not words: not a compound.
    ("saw linford at the centre", ["linford"]),
])
def test_roles_and_name_halves(names, text, expected):
    assert names(text) == expected
