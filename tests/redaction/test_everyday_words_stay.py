"""Words that are no one's name or school stay in the text: everyday words newer than the
dictionary and the trade's services ("onesie", "EDT", "BSL"), a hyphenated town ("Hetton-le-Hole"),
a hyphenated word after a relative ("dad sofa-surfing"), a colour before "school", the council's
Virtual School. Names beside them are still found."""

import pytest


@pytest.mark.parametrize("text, kept", [
    ("tyrone asleep when we arrived, came down in his onesie", "onesie"),
    ("Police rang EDT at 02:10 - shouting heard", "EDT"),
    ("edt log 4 march 2026 13:30 call about the twins", "edt"),
    ("BSL interpreter (for Dad): he says the flat is cold", "BSL"),
    ("the family will draw up a rota for the school run", "rota"),
    ("calpol given at 6pm, vaping on the balcony again", "calpol"),
    ("Dad sofa-surfing in Kirkby-in-Ashfield, no fixed address", "sofa"),
    ("dad couch-surfing since may", "couch"),
    ("moved to Barrow-in-Furness in the summer", "Barrow"),
    ("Zainab has a bottle green school jumper now", "green"),
    ("EDUCATION (VIRTUAL SCHOOL): attendance 91%", "VIRTUAL"),
])
def test_everyday_words_are_not_redacted(redactor, text, kept):
    at = text.index(kept)
    assert not any(s.start <= at < s.end for s in redactor.spans(text))


@pytest.mark.parametrize("text, name", [
    ("mum Ayo-Bami sofa-surfing at her sister's", "Ayo-Bami"),
    ("EDT call re lowri pengelly, 14", "lowri pengelly"),
    ("BSL interpreter for Mr Baptiste-Okonjo", "Baptiste-Okonjo"),
])
def test_names_beside_them_are_still_found(names, text, name):
    assert name in names(text)
