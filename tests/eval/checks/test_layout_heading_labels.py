"""Headings written with a form's name for the line ("Heading: Purpose", "Section title - Analysis")
and with any leading glyph, letter or number marker and trailing run of marks (issue 4: a record
whose every heading read "Heading: X" was missing all its sections)."""

import pytest

from eval.checks.layout import heading
from eval.checks.structure import present_sections


@pytest.mark.parametrize("line, key", [
    ("Heading: Purpose", "purpose"),
    ("HEADING - Purpose of visit", "purpose"),
    ("heading: analysis", "analysis"),
    ("Section title: Who was present", "present"),
    ("Sub-heading: Actions", "actions"),
    ("Subheading => Next visit", "next_visit"),
    ("H2: Purpose", "purpose"),
    ("Title: Purpose", "purpose"),
    ("Heading 3: Child's views", "child_voice"),
    ("Section: Observations", "observations"),
    ("Heading:Purpose", "purpose"),
    # A leading glyph, a letter or number marker, a trailing run of marks.
    ("■ ANALYSIS", "analysis"),
    ("❸ Analysis", "analysis"),  # enclosed numbers, though Unicode calls them numeric
    ("⑵ what we are worried about", "analysis"),
    ("➀ PURPOSE OF VISIT", "purpose"),
    ("◆ Purpose", "purpose"),
    ("➤ Next visit", "next_visit"),
    ("C) ANALYSIS", "analysis"),
    ("(b) Purpose", "purpose"),
    ("iv. Analysis", "analysis"),
    ("Analysis:-", "analysis"),
    ("PURPOSE :–", "purpose"),
    ("Actions ::", "actions"),
    ("Heading: Purpose:-", "purpose"),
])
def test_a_heading_in_any_dress_names_its_section(line, key):
    found = heading(line)
    assert found is not None and found.key == key


@pytest.mark.parametrize("line", [
    "Header: the school said she was fine",
    "Heading to school, Oluwaseun said hello.",
    "Title: Mrs Kowalczyk was seen at home with the baby.",
    "Heading home after the visit I rang the GP.",
])
def test_prose_that_starts_like_a_label_is_no_heading(line):
    found = heading(line)
    assert found is None or found.key is None


def test_a_record_whose_every_heading_is_labelled_has_all_its_sections():
    record = ("Heading: Purpose\nA visit after the police call.\n\nHeading: Who was present\nDad and Mei (6).\n\n"
              "Heading: Child's views\nMei said \"I like the park.\"\n\nHeading: Observations\nThe flat was warm.\n\n"
              "Heading: Parents' views\nDad said he is tired.\n\nHeading: Analysis\nI think Mei is safe.\n\n"
              "Heading: Actions\n- Dad to ring the GP by Friday.\n\nHeading: Next visit\nIn two weeks.")
    assert present_sections(record) == ["purpose", "present", "child_voice", "observations", "carers_views",
                                        "analysis", "actions", "next_visit"]
