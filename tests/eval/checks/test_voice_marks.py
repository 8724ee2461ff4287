"""The whole family of quotation marks (data/voice.yaml `quote_marks`): double primes a word
processor or a PDF leaves (″...″), guillemets with the spaces French puts inside (« ... »), corner
brackets, full-width, low-high and reversed marks. Each must read as a quote, with who said it, and a
record's quote in one style must match the notes' in another (issue 4)."""

import pytest

from eval.checks import Material, run
from eval.checks.quotes import quotes
from eval.checks.wording import marks

_ONLY = ["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]


def _inside(text: str) -> list[str]:
    return [text[s:e] for s, e in marks(text)]


@pytest.mark.parametrize("text, inside", [
    ("Oskar said ″I want to live with my nan.″", ["I want to live with my nan."]),
    ("″no more shouting″ and ″can I keep the cat″", ["no more shouting", "can I keep the cat"]),
    ("‶reversed double prime then a plain one″", ["reversed double prime then a plain one"]),
    ("aroha said « I hate the new school »", ["I hate the new school"]),
    ("« Je veux rentrer » dit-il, « maintenant »", ["Je veux rentrer", "maintenant"]),
    ("‹ on est bien ici ›", ["on est bien ici"]),
    ("Yui: 「I like my room」 then 『mum is kind』", ["I like my room", "mum is kind"]),
    ("Minh typed ＂I miss my friends＂", ["I miss my friends"]),
    ("Zofia: „Chcę do domu” and ‚nie wiem‘", ["Chcę do domu", "nie wiem"]),
    ("Linnea sa ”jag vill hem” till mig", ["jag vill hem"]),
    ("‟don't tell mum” he said", ["don't tell mum"]),
    ("‚I don’t know‘", ["I don’t know"]),
    ("KWAME: ``me and dad at the match''", ["me and dad at the match"]),
    ("»Ich will zu Oma«, sagte Lena", ["Ich will zu Oma"]),
    ("<< we're fine >>", ["we're fine"]),
    ("Kai said `I can't sleep when they shout.' Then `leave it'", ["I can't sleep when they shout.", "leave it"]),
    ("`our kid's bike’ and `nowt'", ["our kid's bike", "nowt"]),
    ('Amy said ""Mum says don\'t mither her"". Then ""in my bottle of worries""',
     ["Mum says don't mither her", "in my bottle of worries"]),
])
def test_every_style_of_quotation_mark(text, inside):
    assert _inside(text) == inside


@pytest.mark.parametrize("text", [
    "The bed is 36″ wide and the door 30″.",  # double primes after numbers are inches
    "a 5′ 11″ lad",
    "shift x<<2 and y>>3",
    "oui » dit-il « non",  # the words between two spaced French quotes are not an inward-pointing quote
    "the boys’ game and the girls’ game",
    "it`s Mum`s turn, Dad's next",  # grave accents typed for apostrophes inside words
    "the kids` toys and the girls' bikes",  # a grave accent typed for an apostrophe
])
def test_marks_that_are_not_quotes(text):
    assert _inside(text) == []


@pytest.mark.parametrize("text, speaker, words", [
    ("Chiamaka said ″my brother keeps my toys″", "child", "my brother keeps my toys"),
    ("mum said « he is much calmer now »", "adult", "he is much calmer now"),
    ("Teodor (9): 「I like the new school」", "child", "I like the new school"),
    ("Mr Haddad said ＂She has settled well＂", "adult", "She has settled well"),
    ("″i want a dog″, Ilse told me", "child", "i want a dog"),
    ("« nobody listens » - Darnell", "child", "nobody listens"),
])
def test_who_spoke_words_in_any_marks(text, speaker, words):
    assert [(q.speaker, q.text) for q in quotes(text)] == [(speaker, words)]


_NOTES = ("Home visit. Seen alone in her room.\n"
          "Wiktoria said \"I want to stay with my foster carer.\" She showed me her drawings.\n"
          "Carer said \"She has settled really well.\"\n")


@pytest.mark.parametrize("opening, closing", [("″", "″"), ("« ", " »"), ("「", "」"), ("＂", "＂"), ("„", "“"), ("‟", "”"),
                                              ("`", "'"), ('""', '""')])
def test_a_record_in_other_marks_keeps_the_childs_words(opening, closing):
    record = (f"I saw Wiktoria alone in her room. Wiktoria said {opening}I want to stay with my foster carer.{closing} "
              f"Her carer said {opening}She has settled really well.{closing}")
    assert run(Material(record, _NOTES, "home_visit"), only=_ONLY).findings == []


@pytest.mark.parametrize("opening, closing", [("″", "″"), ("« ", " »"), ("「", "」")])
def test_a_changed_or_invented_quote_in_other_marks_is_found(opening, closing):
    altered = f"Wiktoria said {opening}I want to stay with my carer forever.{closing}"
    found = [f.check for f in run(Material(altered, _NOTES, "home_visit"), only=_ONLY).findings]
    assert found == ["voice.quote_altered"]
    invented = (f"Wiktoria said {opening}I want to stay with my foster carer.{closing} "
                f"Wiktoria told me {opening}My teacher gives me sweets every day.{closing}")
    found = [f.check for f in run(Material(invented, _NOTES, "home_visit"), only=_ONLY).findings]
    assert found == ["voice.quote_invented"]
