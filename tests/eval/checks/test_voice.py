import pytest

from eval.checks.quotes import child_quotes, quotes
from tests.eval.checks.conftest import FAITHFUL, NOTES

QUOTE = "I like my new school because I have friends"


@pytest.mark.parametrize("text, speakers", [
    ('Aisha said "I miss my dad a lot"', ["child"]),
    ('Mum said "I am doing my best"', ["adult"]),
    ("“I hate the shouting,” said Leo.", ["child"]),
    ("“I hate the shouting,” said his mum.", ["adult"]),
    ("Mrs Okafor told me 'he is doing well'", ["adult"]),
    ("I spoke to Mum. She said 'it has been hard'", ["adult"]),
    ("I spoke to Zain alone. He said 'I don't like it here'", ["child"]),
    ("Sarah (mum) said 'we're fine'. Later Sarah said 'honestly fine'", ["adult", "adult"]),
    ("SW: how is school?\nAMARA: it's boring and nobody talks to me\nMum: she's fine\nAMARA: it is",
     ["adult", "child", "adult", "child"]),
    ("ppl: ms robinson (carer), bernadette\nKelechi Ogundipe: home visit, 13 April 2026", []),
    ("his sister Maya said 'he cries every night'", ["child"]),
])
def test_who_spoke(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


def test_the_notes_child_quotes_are_found_and_adults_left_out():
    found = [q.text for q in child_quotes(NOTES)]
    assert found == [QUOTE, "I get scared when the baby cries at night"]


@pytest.mark.parametrize("change, check", [
    (lambda r: r.replace(f"Aisha told me “{QUOTE}”. ", ""), "voice.quote_dropped"),
    (lambda r: r.replace(QUOTE, "I like my new school because I have lots of friends"), "voice.quote_altered"),
    (lambda r: r.replace(QUOTE, "I love my new school because I have friends"), "voice.quote_altered"),
    (lambda r: r.replace(QUOTE, "I like school as I have friends there"), "voice.quote_altered"),
    (lambda r: r.replace("## Observations", "Aisha said “I want to live with my nan”.\n## Observations"),
     "voice.quote_invented"),
])
def test_quote_defects(review, change, check):
    record = change(FAITHFUL)
    assert record != FAITHFUL
    findings = review(record, only=["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"])
    assert [f.check for f in findings] == [check]
    assert findings[0].severity == "high"


def test_a_quote_may_change_marks_and_case_and_be_shortened(review):
    record = FAITHFUL.replace(f"“{QUOTE}”", '"i like my new school because i have friends"')
    record = record.replace("“I get scared when the baby cries at night”", "'I get scared when the baby cries'")
    assert review(record, only=["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]) == []


def test_an_adults_quote_changed_is_not_a_voice_finding(review):
    record = FAITHFUL.replace("“I'm doing my best”", "“I'm trying my hardest”")
    assert review(record, only=["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]) == []


def test_a_record_without_the_child_is_flagged(review):
    record = "## Purpose\nA visit.\n## Observations\nThe kitchen was clean."
    messages = [f.message for f in review(record, only=["voice.absent"])]
    assert len(messages) == 2 and "wishes, feelings" in messages[0] and "seen" in messages[1]
    assert review(FAITHFUL, only=["voice.absent"]) == []
