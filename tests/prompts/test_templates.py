import pytest

from assistant.errors import HeardError
from prompts import get_template, record_types, render, render_combine, sections

REQUIRED = {"home_visit", "child_protection_visit", "child_in_need_review", "looked_after_child_visit", "supervision"}
SECTION_TITLES = ["Purpose", "Who was present", "Child's views in their own words", "Observations",
                  "Parents'/carers' views", "Analysis", "Actions", "Next visit"]


def test_every_required_record_type_has_a_template():
    assert REQUIRED <= set(record_types())


def test_the_canonical_sections():
    assert [s.title for s in sections().values()] == SECTION_TITLES


@pytest.mark.parametrize("record_type", sorted(REQUIRED))
def test_each_template_asks_for_its_sections_quotes_and_no_invention(record_type):
    template = get_template(record_type)
    system, user = render(template, "Saw [PERSON_1].")
    assert system[0] == "system" and user[0] == "user"
    for title in SECTION_TITLES:
        assert f"## {title}\n" in user[1]
    assert "Quote the child's words exactly" in system[1]
    assert "Invent nothing" in system[1]
    assert "<notes>\nSaw [PERSON_1].\n</notes>" in user[1]
    assert template.version and len(template.hash) == 16


def test_hashes_differ_between_templates():
    hashes = {get_template(t).hash for t in REQUIRED}
    assert len(hashes) == len(REQUIRED)


@pytest.mark.parametrize("spelling", ["home_visit", "home-visit", "Home Visit", " HOME_VISIT "])
def test_record_type_spellings(spelling):
    assert get_template(spelling).id == "home_visit"


def test_unknown_record_type_lists_the_known_ones():
    with pytest.raises(HeardError, match="unknown record type 'court_report'.*home_visit"):
        get_template("court_report")


def test_parts_and_combine_prompts():
    template = get_template("supervision")
    _, user = render(template, "part two", parts=3, part=2)
    assert "part 2 of 3" in user[1]
    _, combine = render_combine(template, ["record A", "record B"])
    assert "--- part 1 ---\nrecord A" in combine[1] and "--- part 2 ---\nrecord B" in combine[1]
