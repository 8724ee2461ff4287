"""The alignment's helpers: ages beside names, the words that hand out an action, the citations
the negation check compares against, and note lines that are read together."""

import pytest

from eval.checks import Material


@pytest.mark.parametrize("text, expected", [
    ("“I want a dog” (Tendai, 7).", "“I want a dog” (Tendai)."),
    ("'Can Nan come?' (Eilís Ní Bhriain, 10)", "'Can Nan come?' (Eilís Ní Bhriain)"),
    ("\"School is boring\" (Kacper - aged 13)", "\"School is boring\" (Kacper)"),
    ("‘I miss Grandad’ (9)", "‘I miss Grandad’"),
    ("Present: Oluwaseun (11 yrs) and his carer.", "Present: Oluwaseun and his carer."),
    ("Present: Mum, Dad and Zofia [6]", "Present: Mum, Dad and Zofia"),
    ("Riya, 14, told me she likes art.", "Riya, told me she likes art."),
    ("MALAKAI aged 5 showed me his bike.", "MALAKAI showed me his bike."),
    ("Her 3-year-old brother was asleep.", "Her brother was asleep."),
    ("They have a 3-year-old.", "They have a ."),
    # numbers that are no age stay
    ("We met on Thursday, 4 June.", "We met on Thursday, 4 June."),
    ("Appendix (2) has the plan.", "Appendix (2) has the plan."),
    ("He has two sisters (3 in all with him).", "He has two sisters (3 in all with him)."),
    ("she said 'no' (3 times)", "she said 'no' (3 times)"),
    ("School costs (£12) were paid.", "School costs (£12) were paid."),
])
def test_an_age_beside_a_name_or_quote_is_no_claimed_number(text, expected):
    from eval.checks.numerals import without_ages
    assert without_ages(text) == expected


@pytest.mark.parametrize("sentence, words", [
    ("Grandad took on the task to fix the gate by Sunday.", {"took", "on", "the", "task"}),
    ("The school nurse has taken the lead on the referral.", {"taken", "the", "lead", "on"}),
    ("Booking the room: this job falls to Mr Adeyemi.", {"job", "falls", "to"}),
    ("Ms Kowalczyk volunteered to drive Nan to the clinic.", {"volunteered", "to"}),
    ("Dad took Femi to the barber on Saturday.", set()),  # taking someone somewhere is a claim
])
def test_the_words_that_hand_out_an_action_are_the_record_form(sentence, words):
    from eval.checks.vocabulary import action_form_words
    assert action_form_words(sentence) == words


def test_the_line_sharing_the_claim_words_is_cited_when_names_crowd_it_out():
    notes = ("review at nana's, KOFI chose the garden\n"
             "kofi + nana made pancakes together, kofi laughing\n"
             "Kofi's school report - Kofi top of class in maths, kofi proud\n"
             "no hospital stays this year at all\n"
             "next review 3/9")
    record = "## Observations\nKofi has spent several nights in hospital this year."
    support = next(s for s in _alignment(record, notes) if "hospital" in s.sentence.text)
    assert "no hospital stays this year at all" in [u.text for u, _ in support.citations]
    assert support.best is not None and len(support.citations) <= 4


def test_a_sentence_without_two_claim_words_in_common_gets_no_extra_citation():
    notes = "seen Ama at home\nAma likes drawing\nAma showed me her room\nAma said mum cooks jollof"
    record = "## Observations\nAma has a new bike."
    support = next(s for s in _alignment(record, notes) if "bike" in s.sentence.text)
    assert len(support.citations) == 3


def test_an_answer_is_read_with_its_question():
    notes = ("Social worker: Does anyone help you with the kids?\n"
             "Dad: Nobody. My brother's in Glasgow and my mates have moved on.\n"
             "Social worker: How is Ilya sleeping?\n"
             "Dad: Better since the new bed came.")
    record = ("## Parents' views\nDad told me Ilya has slept better since his new bed arrived. "
              "Dad said he has no help nearby, with his brother in Glasgow and his friends gone.")
    support = next(s for s in _alignment(record, notes) if "Glasgow" in s.sentence.text)
    assert support.claimed > 0 or support.near > 0


def _alignment(record, notes):
    from eval.checks.align import alignment
    return alignment(Material(record, notes, "home_visit"))


def test_embeddings_come_back_for_every_text_when_the_cache_overflows_mid_call(monkeypatch):
    """A text found in the cache must not be lost when the new ones push the oldest out."""
    import numpy as np

    from eval.checks import align

    monkeypatch.setattr(align, "_CACHE_SIZE", 3)
    monkeypatch.setattr(align, "_cache", align.OrderedDict())
    old = ["Mum was at home.", "The flat was warm.", "Ama showed me her room."]
    first = align.vectors(old)
    again = align.vectors([old[0], "School called at noon.", "Dad phoned later.", "The dog barked.", old[0]])
    assert again.shape == (5, 384)
    assert np.allclose(again[0], first[0]) and np.allclose(again[4], first[0])
    assert len(align._cache) == 3
    assert old[0] not in align._cache  # least recently used goes first, after this call's own use


@pytest.mark.parametrize("text, expected", [
    ("Javanie, who is 14, said 'I'd like my own phone.'", "Javanie, said 'I'd like my own phone.'"),
    ("Mia (who's 7) told me about school.", "Mia told me about school."),
    ("Zain, now 6, showed me his room.", "Zain, showed me his room."),
    ("Olu, who turned 15 in May, is at college.", "Olu in May, is at college."),
    # no name before it: a number stays
    ("The session, who is 5", "The session, who is 5"),
    ("Monday, now 4 weeks on, was quiet.", "Monday, now 4 weeks on, was quiet."),
])
def test_an_age_in_a_relative_clause_is_no_claimed_number(text, expected):
    from eval.checks.numerals import without_ages
    assert without_ages(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("next visit booked - 19/10/26", {"19", "10"}), ("seen 3.4.25 at 10.30", {"3", "4", "10:30", "10"}),
    ("19/10/2026", {"19", "10"}),
])
def test_a_short_year_is_a_year(text, expected):
    from eval.checks.numerals import numbers
    assert numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("placed twenty-one days ago", "21"), ("thirty one nights in the refuge", "31"), ("forty-five minutes late", "45"),
])
def test_compound_number_words_are_numbers(text, expected):
    from eval.checks.numerals import numbers
    assert expected in numbers(text)
    assert numbers("one of the carers") == set()  # "one" alone is no number


def test_the_catalogues_phrases_are_embedded_once_and_outlast_the_cache(monkeypatch):
    """The risk and everyday-life descriptions every record may be compared with are embedded by
    the first prefetch and kept when the per-text cache is cleared (a warm review clears it)."""
    import numpy as np

    from eval.checks import align

    encoded: list[str] = []

    def fake(texts):
        encoded.extend(texts)
        return np.ones((len(texts), 384), np.float32)

    monkeypatch.setattr(align, "_encode", fake)
    monkeypatch.setattr(align, "_cache", align.OrderedDict())
    monkeypatch.setattr(align, "_lasting", {})
    material = Material("Ama was at home.", "ama at home", "home_visit")
    phrases = align.catalogue_phrases()
    assert len(phrases) > 50
    align.prefetch([material])
    assert set(phrases) <= set(encoded)
    align._cache.clear()
    encoded.clear()
    align.prefetch([material])
    assert align.vectors(phrases[:3]).shape == (3, 384)
    assert not set(phrases) & set(encoded)
    assert "Ama was at home." in encoded  # the record's own text is embedded afresh
