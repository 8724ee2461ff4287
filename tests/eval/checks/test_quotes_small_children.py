"""A small child's words and how a record shows the child was there (issue 4): a toddler's short
saying ("me do it") put in marks as the writer's paraphrase that speaks of them ("The toddler wanted
to try alone") is the quote altered, not one dropped and one made up; a list of who was at the visit
that names the child says they were seen."""

import pytest

from eval.checks import Material, run

_QUOTES = ["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]


def _findings(record: str, notes: str, only: list[str]) -> list[str]:
    return [f.check for f in run(Material(record, notes, "visit"), only=only).findings]


@pytest.mark.parametrize("paraphrase", ["The toddler wanted to try alone.", "The little one wanted to do it himself.",
                                        "The youngster said Nan had left."])
def test_a_toddlers_words_paraphrased_in_marks_are_altered(paraphrase):
    notes = "SW: What did the police lady ask you?\nLencho: me do it.\nLencho: baby cry cry."
    record = f"Lencho's very words: “baby cry cry.” Word for word, Lencho said: “{paraphrase}”"
    found = _findings(record, notes, _QUOTES)
    assert "voice.quote_altered" in found and "voice.quote_invented" not in found


def test_a_toddlers_words_kept_raise_nothing():
    notes = "SW: What did the police lady ask you?\nLencho: me do it.\nLencho: baby cry cry."
    record = "Lencho's very words: “baby cry cry.” Word for word, Lencho said: “me do it.”"
    assert _findings(record, notes, _QUOTES) == []


_SEEN = "The record does not say whether the child was seen"


def _unseen(record: str) -> bool:
    return any(f.message.startswith(_SEEN) for f in run(Material(record, "", "visit"), only=["voice.absent"]).findings)


@pytest.mark.parametrize("record", [
    "The people at this visit were Dad (Bilisuma Duba-Sora) and Lencho (3). Lencho likes his nan. I will visit Lencho again.",
    "Those who came to this review: Mum (Ann Lee), me (social worker) and Kai (9). Kai (9) likes school.",
    "Present: Mum, Kai (9) and me. Kai (9) likes football.",
])
def test_a_list_of_who_was_there_naming_the_child_says_they_were_present(record):
    assert not _unseen(record)


@pytest.mark.parametrize("record", [
    "Those who came to this review: Mum (Ann Lee), me and Ms Li (Kai's teacher). Kai (9) likes school.",
    "The people at this visit were Mum and Dad. Kai (9) likes football.",
])
def test_a_list_of_who_was_there_without_the_child_says_nothing_of_them(record):
    assert _unseen(record)
