"""School and nursery names of many shapes (fresh6 showed long fronts and newer kind words):
the whole name is redacted, the kind of schooling and the words before the name stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # A linking phrase inside a capitalised name, and a Steiner or Montessori kind.
    ("Saw her at Tom in the Tower Steiner Kindergarten on 2/3/26.", ["Tom in the Tower Steiner Kindergarten"]),
    ("Placed at Hawthorn Lodge Montessori Nursery since May.", ["Hawthorn Lodge Montessori Nursery"]),
    ("Moved to Chapel on the Green Primary School in June.", ["Chapel on the Green Primary School"]),
    # A long front: a saint's name and another, with church and stage.
    ("Dad said Our Lady of Fatima and St Bede RC Junior School offered a place.",
     ["Our Lady of Fatima and St Bede RC Junior School"]),
    # A children's centre's nursery, in capitals and in lower case, after "breakfast club".
    ("Likes breakfast club at Paper Boats Children's Centre Nursery.", ["Paper Boats Children's Centre Nursery"]),
    ("likes breakfast club harebell green children's centre nursery. nv fri", ["harebell green children's centre nursery"]),
    # Note words before a lower-case name are not part of it.
    ("nurture grp wicken fen special school; seen alone wicken fen special school",
     ["wicken fen special school", "wicken fen special school"]),
])
def test_school_names_whole(find, text, expected):
    assert find(text, "SCHOOL") == expected


@pytest.mark.parametrize("text", [
    "She goes to the Montessori nursery in town and loves forest school.",
    "He was in the school play; the Steiner kindergarten idea came up.",
    "breakfast club at school is going well, after school club on fridays",
])
def test_kinds_of_schooling_stay(find, text):
    assert find(text, "SCHOOL") == []
