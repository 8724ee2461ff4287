"""People's names beyond NER: casing, origins, ordinary words, context, consistency."""

import pytest

from redaction import Redactor, Vault


@pytest.fixture(scope="module")
def redactor():
    return Redactor()


def names(redactor, text):
    return [text[s.start:s.end] for s in redactor.spans(text) if s.type == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    ("Visited Ayesha Khan at home.", ["Ayesha Khan"]),
    ("saw chidi and nkechi okafor today", ["chidi", "nkechi okafor"]),
    ("AYESHA KHAN SEEN ALONE IN BEDROOM", ["AYESHA KHAN"]),
    ("Ayesha's room was tidy.", ["Ayesha"]),
    ("łukasz 9yo, year 5. łukasz said he is happy", ["łukasz", "łukasz"]),
    ("Spoke with mum Fatima Khan and nan Pat.", ["Fatima Khan", "Pat"]),
    ("Mr Okafor and PC Walsh attended; Dr Chen phoned.", ["Okafor", "Walsh", "Chen"]),
    ("She has a friend called Mia.", ["Mia"]),
    ("Tomasz (dad): I miss her.\nSW: Thank you.", ["Tomasz"]),
    ("Present: Haruka (mother), mei, hope, teacher", ["Haruka", "mei", "hope"]),
    ("Notes: precious thomas-bailey (SW) and Min-ji Le (manager).", ["precious thomas-bailey", "Min-ji Le"]),
    ("Mr da Silva gave his date of birth.", ["da Silva"]),
    ("with MARIAM, salma, the dog and herself", ["MARIAM", "salma"]),
])
def test_names_are_found(redactor, text, expected):
    assert names(redactor, text) == expected


@pytest.mark.parametrize("text, kept", [
    ("I hope things improve. We will visit next week.", ["hope", "will"]),
    ("Mum said the school will call. Dad was at work.", ["Mum", "Dad", "school", "will"]),
    ("She is in Year 6 and goes to CAMHS; the police and Children's Services attended.",
     ["Year 6", "CAMHS", "police", "Children's Services"]),
    ("Moved to Leeds in March; visited 14/11/2026 at 10:30.", ["Leeds", "March", "14/11/2026"]),
    ("The child ran away twice and showed me her worksheet.", ["ran", "worksheet"]),
])
def test_ordinary_words_stay(redactor, text, kept):
    out = redactor.redact(text).text
    for word in kept:
        assert word in out


@pytest.mark.parametrize("text, name", [
    ("Will said he was fine. Later Will's brother arrived. I will call.", "Will"),
    ("Hope said she was fine. I hope so.", "Hope"),
])
def test_a_name_that_is_a_word_is_redacted_as_a_name_only(redactor, text, name):
    out = redactor.redact(text).text
    assert name not in out
    assert name.lower() in out  # the verb stays


def test_every_mention_of_a_found_name_goes_whatever_its_case(redactor):
    text = "Present: Ayesha Khan. Later AYESHA and ayesha played; ayesha's drawing."
    result = redactor.redact(text)
    assert "ayesha" not in result.text.casefold()
    assert result.vault.restore(result.text) == text.replace("AYESHA", "Ayesha").replace("ayesha", "Ayesha")


def test_a_name_revealed_in_one_note_is_redacted_in_the_next(redactor):
    vault = Vault()
    redactor.redact("Present: Grace Okafor (mum).", vault)
    second = redactor.redact("grace was tired and did not want to talk", vault)
    assert "grace" not in second.text.casefold()


@pytest.mark.parametrize("text", [
    "",
    "No identifiers here at all: the home was warm and the fridge had food.",
    "Ayesha Khan 943 476 5919 LS6 2AB 07700 900123",
])
def test_round_trips(redactor, text):
    result = redactor.redact(text)
    assert result.vault.restore(result.text) == text


def test_a_megabyte_of_notes(redactor):
    text = ("Visited Ayesha Khan at 27 Larch Close, Bradford. She said she likes school. " * 14000)[:1_000_000]
    result = redactor.redact(text)
    assert "Ayesha" not in result.text and result.vault.restore(result.text) == text
