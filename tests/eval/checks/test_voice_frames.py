"""The child's words recorded in frames the checks must read as theirs (issue 4): typed guillemets
(<<...>>), a tilde after a name and age, a video call's chat export ("NAME — ..."), a note or
drawing "from" the child, and lead-ins that say the words after them are the child's very words
whatever they look like (lower case, slang, a signed gloss, a heading of an exercise)."""

import pytest

from eval.checks import Material, run
from eval.checks.quotes import quotes
from eval.checks.wording import marks

_ONLY = ["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]


def _childs(text: str) -> list[str]:
    return [q.text.rstrip(" .") for q in quotes(text) if q.speaker == "child"]


def _adults(text: str) -> list[str]:
    return [q.text.rstrip(" .") for q in quotes(text) if q.speaker == "adult"]


@pytest.mark.parametrize("text, inside", [
    ("Oyelaran told me <<house of worries: the shouting at night.>> and went quiet", ["house of worries: the shouting at night."]),
    ("- mum ~ << we're doing our best >>", ["we're doing our best"]),
    ("TOBIAS said <<ME LIKE SWIMMING>>; mum said <<He loves it>>", ["ME LIKE SWIMMING", "He loves it"]),
    ("if x << y and z >> w then", ["y and z"]),
])
def test_guillemets_typed_as_angle_brackets_are_quotation_marks(text, inside):
    assert [text[s:e] for s, e in marks(text)] == inside


@pytest.mark.parametrize("text", ["shift x<<2 and y>>3", "a << b", "<<<html>>>"])
def test_angle_brackets_that_are_not_quotation_marks(text):
    assert marks(text) == []


@pytest.mark.parametrize("text, child", [
    ("- Wiremu, 6 ~ <<Doggy bit my sock today>>", "Doggy bit my sock today"),
    ("- ESMÉ, 9 ~ 'I want Nana at sports day'", "I want Nana at sports day"),
    ("- lucjan, 11 ~ Dad's new flat has a trampoline for me", "Dad's new flat has a trampoline for me"),
    ("- Chidi, aged 8 ~ My brother takes my stuff", "My brother takes my stuff"),
    ("Keira in the chat: <<i'm scared of the big dog next door>>", "i'm scared of the big dog next door"),
])
def test_a_name_and_age_before_a_tilde_give_the_childs_words(text, child):
    assert _childs(text) == [child]


@pytest.mark.parametrize("text, adult", [
    ("- mum ~ 'She's been sleeping much better'", "She's been sleeping much better"),
    ("- Mr Obi ~ <<He tries hard in maths>>", "He tries hard in maths"),
])
def test_an_adult_before_a_tilde_gives_the_adults_words(text, adult):
    assert _adults(text) == [adult]
    assert _childs(text) == []


@pytest.mark.parametrize("text, child", [
    ("worry monster note fr sabiha <<we have toast for tea every day>>", "we have toast for tea every day"),
    ("card from Ngozi: 'miss you nanny'", "miss you nanny"),
    ("Picture by TEODOR (7) - 'me and my dog at the park'", "me and my dog at the park"),
    ("The teacher passed on the note Aarav left in the worry box: Daddy shouting loud", "Daddy shouting loud"),
    ("Under her drawing Siobhan wrote too many people at the house", "too many people at the house"),
    ("Bilal wrote on his worksheet: school is long and boring", "school is long and boring"),
    ("the caption Zofia typed under her photo: me and bestie at the lake", "me and bestie at the lake"),
])
def test_words_a_child_wrote_drew_or_left_are_theirs(text, child):
    assert _childs(text) == [child]


@pytest.mark.parametrize("text", [
    "Kai put his drawing up on the wall.",
    "Amy wrote a letter to her nan.",
    "Sami wrote a poem about the sea.",
    "On his worksheet Ollie wrote that he was bored.",
    "Kai wrote his name on the card.",
    "A drawing of mum: 'a tall lady'",  # the drawing is "of" mum, not by her; the words have no speaker
])
def test_writing_that_gives_no_words_of_the_child(text):
    assert _childs(text) == []


@pytest.mark.parametrize("text, child", [
    ("Nadia's exact words to me were Tell the judge I want to go home.", "Tell the judge I want to go home"),
    ("His exact phrase was too many people in the flat at night.", "too many people in the flat at night"),
    ("KOFI'S EXACT WORDS WERE nobody listens", "nobody listens"),
    ("In his own way Jaxon said my belly hurts on school nights.", "my belly hurts on school nights"),
    ("In her own way Mirela signed ME SAD MUM GONE", "ME SAD MUM GONE"),
    ("Rennie signed (BSL) lowkey miss my little sister", "lowkey miss my little sister"),
    ("Hamza said (in Urdu) I want to go back to my old school", "I want to go back to my old school"),
    ("As we sat down he said house of good things: my rabbit and my cousins.", "house of good things: my rabbit and my cousins"),
    ("Ola wrote house of dreams: a big garden and a puppy", "house of dreams: a big garden and a puppy"),
])
def test_a_formula_for_the_childs_very_words_takes_whatever_follows(text, child):
    assert _childs(text) == [child]


@pytest.mark.parametrize("text, child", [
    ("Theo said the worst bit: when dad shouts at me.", "when dad shouts at me"),
    ("Kai said at lunch: I miss my dad.", "I miss my dad"),
    ("Amy told me quietly: I hate it there.", "I hate it there"),
])
def test_a_heading_is_only_the_childs_own_lower_case_words(text, child):
    assert _childs(text) == [child]


@pytest.mark.parametrize("text", [
    "Mum's exact words were not recorded.",
    "Kai said school is going well.",  # may be the writer's summary: no formula says these are his words
    "Mum said house rules: no phones after nine.",  # an adult's heading: their words, not the child's
])
def test_no_childs_words_without_a_formula(text):
    assert _childs(text) == []


_CHAT = """Child protection visit, 3 Feb. Video call; chat pasted.
Joined: Social worker (host), Mum (guest), TAMARA
Social worker (host) — How are things at home?
TAMARA — too many people round every night
Mum (guest) — She's been fine, honestly.
Social worker (host) — His exact phrase was nobody sleeps here.
TAMARA — idk what to say tbh
"""


def test_a_video_calls_chat_export_gives_each_speakers_turns():
    assert _childs(_CHAT) == ["too many people round every night", "nobody sleeps here", "idk what to say tbh"]
    assert "She's been fine, honestly" in _adults(_CHAT)


@pytest.mark.parametrize("text", [
    "Home visit — all well, Ruby at school.\nMum — tired, but coping.\n",
    "CP visit — 12 May\nSeen — Ruby and mum\n",
])
def test_dashes_in_quick_notes_are_no_childs_turns(text):
    assert _childs(text) == []


@pytest.mark.parametrize("notes, record, check", [
    ("- Wiremu, 6 ~ <<Doggy bit my sock today>>\n- mum: all fine", "Wiremu was well and happy.", "voice.quote_dropped"),
    ("Under her drawing Siobhan wrote too many people at the house.", "Siobhan drew a picture of her home.",
     "voice.quote_dropped"),
    (_CHAT, 'Tamara typed "too many people round every night" and "nobody sleeps here", then "I don\'t know what to say".',
     "voice.quote_altered"),
    ("Kofi's exact words were nobody listens to me here.", 'Kofi said "no one listens to me here".', "voice.quote_altered"),
])
def test_a_record_that_loses_or_changes_such_words_is_found(notes, record, check):
    found = run(Material(record, notes, "home_visit"), only=_ONLY).findings
    assert check in {f.check for f in found}


@pytest.mark.parametrize("notes, record", [
    ("- Wiremu, 6 ~ <<Doggy bit my sock today>>", 'Wiremu told me, "Doggy bit my sock today."'),
    ("Under her drawing Siobhan wrote too many people at the house.",
     'Under her drawing Siobhan wrote "too many people at the house".'),
    (_CHAT, 'Tamara typed "too many people round every night", "nobody sleeps here" and "idk what to say tbh". '
     'Mum said, "She\'s been fine, honestly."'),
])
def test_a_record_that_keeps_such_words_exactly_is_not_flagged(notes, record):
    assert run(Material(record, notes, "home_visit"), only=_ONLY).findings == []
