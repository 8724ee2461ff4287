"""Headings typed with their letters spaced out ("A N A L Y S I S", "N E X T  V I S I T") and the
heading styles of issue 4's templates ("## Analysis", "[Analysis]", "Analysis —", "ANALYSIS (SW)",
"4/ Analysis") name their section; spaced letters inside a sentence are no heading."""

import pytest

from eval.checks.layout import heading, sentences


@pytest.mark.parametrize("line, key", [
    ("A N A L Y S I S", "analysis"),
    ("N E X T  V I S I T", "next_visit"),
    ("== P U R P O S E ==", "purpose"),
    ("4/ A C T I O N S", "actions"),
    ("## Analysis", "analysis"),
    ("[Analysis]", "analysis"),
    ("Analysis —", "analysis"),
    ("ANALYSIS (SW)", "analysis"),
    ("4/ Analysis", "analysis"),
])
def test_a_heading_names_its_section(line, key):
    found = heading(line)
    assert found and found.key == key


@pytest.mark.parametrize("line", ["A B C", "Mum said a b c d to me.", "I am A B C D", "Plan A B C D E"])
def test_spaced_letters_in_a_line_are_no_heading(line):
    assert heading(line) is None


def test_sentences_under_spaced_headings_take_their_section():
    units = sentences("P U R P O S E\nTo see Amy.\nA N A L Y S I S\nShe is safe.")
    assert [(u.text, u.heading) for u in units] == [("To see Amy.", "purpose"), ("She is safe.", "analysis")]
