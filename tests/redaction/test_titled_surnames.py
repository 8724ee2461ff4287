"""After a title and a given name in lower case, a surname that only looks like an inflection
("weekes", "hocking", "stainings") is hers; a word tagged as what the person did or how they
were stays ("mr ali vaping", "ms ola dancing", "mrs khan visited")."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("letter fr mrs tamsin weekes / rhi done", ["tamsin weekes"]),
    ("dr gwenllian hocking letter on file", ["gwenllian hocking"]),
    ("spoke to ms adaeze stainings re the plan", ["adaeze stainings"]),
])
def test_surnames_that_look_inflected(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("mr ali vaping in the garden again", ["ali"]),
    ("ms ola dancing at the party", ["ola"]),
    ("mrs khan visited the school", ["khan"]),
    ("saw mr tariq upset, then he left", ["tariq"]),
])
def test_what_the_person_did_stays(names, text, expected):
    assert names(text) == expected
