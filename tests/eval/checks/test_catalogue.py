"""The catalogue itself, and a faithful record that no check should fault."""

import re

import pytest
import yaml

from eval.checks import SEVERITIES, Material, registry, run
from eval.checks.base import HERE
from tests.eval.checks.conftest import FAITHFUL, NOTES, checks

APPROACHES = {"integrating_voice", "understanding_needs", "best_use_of_information", "appropriate_action",
              "equitable_respectful", "transparent", "proportionate"}


def test_every_catalogue_entry_is_a_registered_check_with_a_framework_approach():
    catalogue = yaml.safe_load((HERE / "catalogue.yaml").read_text())
    assert set(registry()) == set(catalogue)
    for check in registry().values():
        assert check.approach in APPROACHES and check.severity in SEVERITIES and check.description


@pytest.mark.parametrize("name", [p.stem for p in (HERE / "data").glob("*.yaml")])
def test_data_files_hold_strings_where_words_are_expected(name):
    """YAML reads `no`, `on` and `off` as booleans: every word list must stay strings."""
    def walk(value):
        if isinstance(value, list):
            for item in value:
                assert isinstance(item, (str, dict)), f"{name}: {item!r} is not a string"
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
    walk(yaml.safe_load((HERE / "data" / f"{name}.yaml").read_text()))


def test_lexicon_patterns_compile():
    compiled = 0
    for name in ("language", "risk"):
        data = yaml.safe_load((HERE / "data" / f"{name}.yaml").read_text())
        for entry in data.values():  # lists of terms, or kinds with their terms (settings have none)
            for term in entry if isinstance(entry, list) else entry.get("terms", []):
                re.compile(term["term"] if isinstance(term, dict) else term)
                compiled += 1
    assert compiled > 300


def test_a_faithful_paraphrase_has_no_high_or_medium_findings(review):
    assert checks(review(FAITHFUL)) == []


def test_without_notes_only_the_checks_that_need_none_run_and_the_rest_are_named():
    result = run(Material(FAITHFUL, None, None))
    assert set(result.skipped) == {"accuracy.unsupported", "accuracy.invented_risk", "accuracy.negation",
                                   "voice.quote_dropped", "voice.quote_altered", "voice.quote_invented",
                                   "structure.missing_section"}
    assert all("no notes" in why or "no record type" in why for why in result.skipped.values())
    assert result.citations == []


def test_scores_fall_with_severity_and_stay_in_range(review):
    clean = run(Material(FAITHFUL, NOTES, "home_visit")).scores
    bad = run(Material(FAITHFUL + "\nMum was aggressive and hostile. Aisha has been self-harming.",
                       NOTES, "home_visit")).scores
    assert clean["overall"] == 100
    assert 0 <= bad["overall"] < clean["overall"]
    assert bad["approaches"]["best_use_of_information"] <= 70


def test_citations_point_each_sentence_at_the_note_lines_that_support_it():
    result = run(Material(FAITHFUL, NOTES, "home_visit"))
    by_text = {FAITHFUL[c["span"][0]:c["span"][1]]: c["notes"] for c in result.citations}
    cited = by_text["Aisha missed school on Monday; Mum said she had a cold."]
    assert "did not attend school on monday" in cited[0]["text"]
    assert all(NOTES[n["span"][0]:n["span"][1]] == n["text"] for c in result.citations for n in c["notes"])
