"""Headings of council templates: in two languages ("Diben yr ymweliad / Purpose", either order),
numbered as a form's steps ("STEP 4 OF 8 - ANALYSIS") and wrapped in decoration (issue 4: a
record whose every heading had one of these layouts was missing all its sections)."""

import pytest

from eval.checks.layout import heading, sentences
from eval.checks.structure import present_sections


@pytest.mark.parametrize("line, key", [
    # Welsh and English, split by a slash, either order, any alias on the English side.
    ("Diben yr ymweliad / Purpose", "purpose"),
    ("Purpose of the visit / Diben yr ymweliad", "purpose"),
    ("Pwrpas y cyfarfod / Reason for the meeting", "purpose"),
    ("Yn bresennol / Who was seen", "present"),
    ("Llais y plentyn / Child's views in their own words", "child_voice"),
    ("Wishes and feelings // Dymuniadau a theimladau'r plentyn", "child_voice"),
    ("Barn y rhieni / Parents' views", "carers_views"),
    ("Arsylwadau / What I saw", "observations"),
    ("Dadansoddiad proffesiynol / Professional analysis", "analysis"),
    ("Camau i'w cymryd / Agreed actions", "actions"),
    ("Dyddiad yr ymweliad nesaf / Date of next visit", "next_visit"),
    ("** Ymweliad nesaf / Next visit **", "next_visit"),
    ("Next visit / Ymweliad nesaf:", "next_visit"),
    # Welsh alone, or beside English with a spaced dash when both halves name the section.
    ("Diben yr ymweliad", "purpose"),
    ("Pwy oedd yn bresennol?", "present"),
    ("CAMAU GWEITHREDU", "actions"),
    ("Analysis — Dadansoddiad", "analysis"),
    ("Purpose of visit (Diben)", "purpose"),
    # A form's steps, counted.
    ("STEP 4 OF 8 - ANALYSIS", "analysis"),
    ("STEP 3 OF 8 - CHILD'S VIEWS IN THEIR OWN WORDS", "child_voice"),
    ("Step 2 of 8: Who was present", "present"),
    ("Stage two of five - Purpose", "purpose"),
    ("Section 7/8 Actions", "actions"),
    ("[Part 6 of 9] Parents' views", "carers_views"),
    ("Page 3 of 4 – Next visit", "next_visit"),
    # ... or numbered as parts of the document they are in.
    ("Part 1 of the record: Purpose", "purpose"),
    ("Part 3 of the record: Child's views in their own words", "child_voice"),
    ("Part 8 of the record: Date of next visit", "next_visit"),
    ("Section 2 of this form - Analysis", "analysis"),
    ("PART 7 OF THE VISIT RECORD: ACTIONS", "actions"),
    # Decoration around the words.
    (":: Analysis ::", "analysis"),
    ("<<PURPOSE>>", "purpose"),
    ("~~ Who was present ~~", "present"),
    ("=== Actions ===", "actions"),
    ("»» Observations ««", "observations"),
])
def test_template_headings_name_their_section(line, key):
    found = heading(line)
    assert found is not None and found.key == key


@pytest.mark.parametrize("line", [
    "Mum / Dad",  # two people, no section
    "No. 2 - WHO: Miss Fujimoto / WHAT: book Mum onto the Triple P group",  # an action's fields
    "Mum said she would ring / Dad said he would not",
    "PURPOSE | DIBEN | Mum",  # a table row
    "Part 1 of the record was written up late",  # a sentence about the part
    "Step 2 of the plan: Mum will ring the GP",  # a plan's step is an action, no heading of a section
])
def test_lines_split_by_a_slash_that_name_no_section_are_no_headings(line):
    found = heading(line)
    assert found is None or found.key is None


def test_a_bilingual_record_has_all_its_sections_and_its_headings_are_no_sentences():
    record = ("Diben yr ymweliad / Purpose\nA visit after the police call.\n\n"
              "Yn bresennol / Who was present\nDad and Mei (6).\n\n"
              "Llais y plentyn / Child's views in their own words\nMei said \"I like the park.\"\n\n"
              "Arsylwadau / Observations\nThe flat was warm.\n\n"
              "Barn rhieni a gofalwyr / Parents'/carers' views\nDad said he is tired.\n\n"
              "Dadansoddiad / Analysis\nI think Mei is safe.\n\n"
              "Camau gweithredu / Actions\n- Dad to ring the GP by Friday.\n\n"
              "Ymweliad nesaf / Next visit\nIn two weeks.")
    assert present_sections(record) == ["purpose", "present", "child_voice", "observations", "carers_views",
                                        "analysis", "actions", "next_visit"]
    assert not any("/" in unit.text for unit in sentences(record))


def test_a_record_of_counted_steps_has_all_its_sections():
    record = "\n\n".join(f"STEP {i} OF 8 - {title}\nSomething was written here." for i, title in enumerate(
        ["PURPOSE", "WHO WAS PRESENT", "CHILD'S VIEWS IN THEIR OWN WORDS", "OBSERVATIONS",
         "PARENTS'/CARERS' VIEWS", "ANALYSIS", "ACTIONS", "NEXT VISIT"], 1))
    assert present_sections(record) == ["purpose", "present", "child_voice", "observations", "carers_views",
                                        "analysis", "actions", "next_visit"]
