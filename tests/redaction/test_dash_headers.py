"""A header whose parts are split by spaced dashes names the child among the kind of meeting
and its date, whatever the words of the name: two or three words written alike, one of them
rare. Parts that are the trade's words, a team or a place stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("CIN review notes - Gentle Haddock - 11/05/2026 - at school", ["Gentle Haddock"]),
    ("CP visit – SPLENDOUR WHELK – 21 May 2026", ["SPLENDOUR WHELK"]),
    ("LAC review - Brave Sparrow - 3/3/26 - Mum attended", ["Brave Sparrow"]),
    ("Minutes — core group — tansy gimbal — 21 February 2026", ["tansy gimbal"]),
])
def test_the_name_among_a_headers_parts(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "CIN review - 11/05/2026 - Early Help",
    "Supervision - Team Manager - 12/03/2026",
    "Strategy meeting - Police Station - 4 May 2026",
    "TAF - Primary School - 3/3/26",
    "CIN - Good Progress - 3/3/26",
    "LAC review - Brave New World - 3/3/26",
])
def test_parts_that_are_no_name(names, text):
    assert names(text) == []
