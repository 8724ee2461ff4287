"""Spaced-out headings with an apostrophe, a slash or a one-letter word spaced out like their letters
("C H I L D ' S   V I E W S", "P A R E N T S / C A R E R S '   V I E W S", "W H A T   I   S A W")
name their section; spaced single letters with no longer word among them stay as they are."""

import pytest

from eval.checks.layout import heading


@pytest.mark.parametrize("line, key", [
    ("C H I L D ' S   V I E W S   I N   T H E I R   O W N   W O R D S", "child_voice"),
    ("C H I L D ’ S   W I S H E S   A N D   F E E L I N G S", "child_voice"),
    ("C H I L D ' S   V O I C E", "child_voice"),
    ("W H A T   I   S A W", "observations"),
    ("P A R E N T S / C A R E R S '   V I E W S", "carers_views"),
    ("P A R E N T S ' / C A R E R S '   V I E W S", "carers_views"),
    ("C A R E R S '   V I E W S", "carers_views"),
    ("F A M I L Y ' S   V I E W S", "carers_views"),
])
def test_a_spaced_heading_with_marks_names_its_section(line, key):
    found = heading(line)
    assert found and found.key == key


@pytest.mark.parametrize("line", ["Y  N  Y", "A  B  C", "Yes  /  No", "Mum's  /  Dad's", "I  went  home."])
def test_spaced_single_letters_and_words_are_no_heading(line):
    assert heading(line) is None
