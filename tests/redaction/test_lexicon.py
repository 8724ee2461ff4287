"""The word lists behind name detection: names from many countries, English words, and which of
the two a word that is both counts as."""

import pytest

from redaction.lexicon import WORLD, lexicon


@pytest.fixture(scope="module")
def lex():
    return lexicon()


@pytest.mark.parametrize("name", ["Zain", "Wanjiku", "Zeynep", "Emre", "Chukwudi", "Tariq", "Shirin", "Dariush",
                                  "Thi", "Joaquín", "Ngozi"])
def test_first_names_from_many_countries(lex, name):
    assert lex.first_name(name) and not lex.word_like(name)


@pytest.mark.parametrize("name", ["Kiprono", "Mutua", "Ndlovu", "Mensah", "Boateng", "Yilmaz", "Rahman"])
def test_surnames_from_many_countries_are_not_english_words(lex, name):
    assert lex.surname(name) and not lex.word_like(name)


@pytest.mark.parametrize("word, common", [
    ("will", True), ("hope", True), ("grace", True), ("miles", True),  # frequent English words
    ("carolina", False),  # frequent only as a name and a place, not an English word
    ("zain", False), ("amelia", False),
])
def test_a_name_is_a_common_word_only_if_english_and_frequent(lex, word, common):
    assert lex.common(word) is common


def test_two_frequent_names_run_together_are_no_compound(lex):
    assert lex.compound("windowsill") and lex.compound("worksheet")
    assert not lex.ordinary("tinashe")  # "tina" + "she"


def test_the_world_list_leaves_everyday_words_to_context(lex):
    text = WORLD.read_text(encoding="utf-8")
    first = set(text.split("first_names: >-")[1].split("surnames:")[0].split())
    for word in ("bush", "shepherd", "baker", "the", "as", "will", "hope", "art"):
        assert word not in first
    assert "little" in lex.word_surnames and "low" not in lex.word_surnames


@pytest.mark.parametrize("word, ordinary", [
    # Names are not English words because an obscure dictionary entry hides inside them.
    ("hourani", False), ("yiting", False), ("xiuying", False),
    # Real compounds and inflections still are.
    ("timescale", True), ("backdated", True), ("homeschooled", True), ("phoned", True), ("minimises", True),
])
def test_obscure_entries_do_not_make_names_english(word, ordinary):
    assert lexicon().ordinary(word) is ordinary
