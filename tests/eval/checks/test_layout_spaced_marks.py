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


@pytest.mark.parametrize("line, is_heading", [
    # A task row marked up with an empty slot and a bar is no heading, however it is styled.
    ("3a) [--] ▓▓▓ Give Sabra the missing coordinator's number (Miss Al-Hakeem)", False),
    ("[--] ▓▓▓ Book the dentist for Amy (Mum)", False),
    # Headings that start with a verb of a task and go on with a preposition, or are short, stay headings.
    ("**Review of the child protection plan**", True),
    ("## Support for the family and friends", True),
    ("## Contact with Dad", True),
    ("## Support Offered", True),
])
def test_a_styled_task_row_is_no_heading(line, is_heading):
    assert (heading(line) is not None) == is_heading
