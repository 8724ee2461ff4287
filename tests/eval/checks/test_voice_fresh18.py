"""Wordings of the child's voice first seen on split fresh18: a curly mark closed straight ("“...""),
a transcript's labels in bold ("**SHOLTO:** ..."), the writer taking words down as they were said
slowly ("said it slowly so I could write it down:"), "Kai's words, as spoken:" (issue 4)."""

import pytest

from eval.checks import Material, run
from eval.checks.quotes import quotes
from eval.checks.wording import marks


def _inside(text: str) -> list[str]:
    return [text[s:e] for s, e in marks(text)]


@pytest.mark.parametrize("text, inside", [
    ("Saadia had written “I'm scared of the dark\". Then more.", ["I'm scared of the dark"]),
    ("osagie typed - “my mate's mum gives me scran\"; dad rings", ["my mate's mum gives me scran"]),
    ("Kai said \"I miss my nan” and left", ["I miss my nan"]),
    ("She said \"one\" and “two\" and then \"three”. Mum said “four”.", ["one", "two", "three", "four"]),
    ("She said “one” and “two\" then.", ["one", "two"]),
])
def test_a_curly_mark_closed_straight(text, inside):
    assert _inside(text) == inside


@pytest.mark.parametrize("text", [
    "the 6\" shelf and the “big” one",  # an inch mark does not close a curly quote across a pair
    "a 12” screen and a 10\" one",
])
def test_mixed_marks_that_are_not_one_quote(text):
    assert all("\"" not in w and "”" not in w and "“" not in w for w in _inside(text))


_CAST = "In the room: Allocated worker (Miss Havili), Mum (M) (Paisley), crepe (8), Flannel (brother)\n"


@pytest.mark.parametrize("line, speaker, words", [
    ("**crepe:** I was made up when I got picked for the team.", "child", "I was made up when I got picked for the team."),
    ("**Allocated worker:** Where are you on the thermometer today?", "adult", "Where are you on the thermometer today?"),
    ("**Mum (M):** That's fine, I'll do it.", "adult", "That's fine, I'll do it."),
    ("__crepe__: the bizzies came and took me arl fella.", "child", "the bizzies came and took me arl fella."),
])
def test_a_transcript_with_bold_labels(line, speaker, words):
    text = _CAST + "**Allocated worker:** Shall we start?\n" + line + "\n**Mum (M):** Go on then.\n"
    assert (speaker, words) in [(q.speaker, q.text) for q in quotes(text)]


@pytest.mark.parametrize("text, speaker", [
    ('Jaco said it slowly so I could write it down: "I\'d rather text you than talk on the phone."', "child"),
    ('Mum said it slowly so I could write it down: "I\'d rather he stayed at school."', "adult"),
    ('Kai spoke slowly so that I could note it down: "no more moves"', "child"),
    ('Jaco\'s words, as spoken: "I don\'t want to see him."', "child"),
    ('Kai\'s reply, verbatim: "not going"', "child"),
    ('Mum\'s words, as spoken: "he is fine with us"', "adult"),
])
def test_who_spoke_after_a_lead_in_of_taking_words_down(text, speaker):
    assert [q.speaker for q in quotes(text)] == [speaker]


@pytest.mark.parametrize("text, words", [
    ("On a Post-it stuck to the fridge Saadia had written “I'm scared of the dark\". Saadia wants a dog.",
     "I'm scared of the dark"),
    ("post-it Umuhoza stuck on fridge ‘‘the food at school isn't lekker like at home’’; no sign yet", 
     "the food at school isn't lekker like at home"),
    ("mum - cant come near the refuge; post-it ARNE stuck on fridge *I miss having a garden*", "I miss having a garden"),
    ("- Marlize on the feelings thermometer - “Nana does my packed lunch\"", "Nana does my packed lunch"),
    ("- Onome on the feelings thermometer - my ouma makes rusks and we eat them at the braai",
     "my ouma makes rusks and we eat them at the braai"),
    ("On a Post-it on the fridge SUNGMIN had written me trainers are jarg and the lads skit me. Sungmin is 9.",
     "me trainers are jarg and the lads skit me"),
    ("Asta is 8. On a Post-it on the fridge ASTA had written the swimming teacher says I'm a fish.",
     "the swimming teacher says I'm a fish"),
    ("doyun 5 :: Nana and me did fairy cakes with sprinkles", "Nana and me did fairy cakes with sprinkles"),
    ("siosaia 5 :: “Nana does my packed lunch\"; siosaia doesnt want to see dad", "Nana does my packed lunch"),
    ("paediatrician couldn't say; jennita 3 :: *the digger is digging a big hole*; not satisfied",
     "the digger is digging a big hole"),
    ("[29/12/2025, 15:31:02] Allocated worker: What did you do?\n[29/12/2025, 15:32:38] CARLISLE: Nana and me did "
     "fairy cakes.\n[29/12/2025, 15:33:38] Mum: He loved it.\n[29/12/2025, 15:34:01] CARLISLE: Can we go again?",
     "Nana and me did fairy cakes."),
])
def test_the_childs_words_on_a_post_it_a_thermometer_after_an_age_or_in_a_chat(text, words):
    assert ("child", words) in [(q.speaker, q.text) for q in quotes(text)]


@pytest.mark.parametrize("text", [
    "- dad - no answer by text nor at the pod door",  # "answer by text" is no answer written by "text"
    "- CAMHS list - Voile - lead me - target 21 days :: 23/2\n- Voile wants a dog",  # an action's fields
    "mum visited; Hiro 10 :: fine\nhiro hasn't vaped since starting football, he says; mum rings on birthdays",  # about Hiro
    "year 5 :: my school trip is booked",  # a year group, not a child aged 5
    "Rec 1 :: TODO get a table and two chairs for the pod @Mr Khumalo by Tuesday",  # a list's number
    "Rec 2 :: TODO put Aino on the CAMHS waiting list @Ms Moala by 24 October",
    "Kawa refused to do the three houses today - 'not in the mood'",  # the writer's words for it
    "Kai was *really* upset and mum: *very* tired",  # emphasis
])
def test_no_childs_words(text):
    assert [q for q in quotes(text) if q.speaker == "child"] == []


def test_a_tag_naming_nobody_does_not_take_the_words_from_mum():
    text = "Mum said, in these words, I didn't know he'd done it before, nobody told me. Aino talked about football."
    assert [(q.speaker, q.text) for q in quotes(text)] == [("adult", "I didn't know he'd done it before, nobody told me")]


def test_italics_passed_on_in_a_workers_turn_are_the_childs():
    text = ("Present: Allocated worker, Mum, Erhire (6)\n"
            "Allocated worker: While we waited for the lift he said *the refuge has a playroom with a ball pit.*.\n"
            "Mum: That's fine, I'll do it.\nAllocated worker: Shall we say Tuesday?\n")
    assert ("child", "the refuge has a playroom with a ball pit.") in [(q.speaker, q.text) for q in quotes(text)]
    assert not any("lift" in q.text for q in quotes(text))


def test_emphasis_after_a_speech_verb_about_someone_else_is_no_quote():
    assert [q for q in quotes("Kai was *really* upset and mum said *very* tired") if q.speaker == "child"] == []


@pytest.mark.parametrize("text, words", [
    ("Without being asked, Nirmala said our pod has one window and the baby cries through the wall.",
     ["our pod has one window and the baby cries through the wall"]),
    ("Kai said we never go to the park. Mum said we could visit on Tuesday. She said our visit was fine.",
     ["we never go to the park"]),  # not reported speech, backshifted
])
def test_a_childs_words_opening_with_our_or_we(text, words):
    assert [q.text for q in quotes(text)] == words


def test_a_sisters_turn_after_arrows_may_be_left_out():
    notes = ("Speaking on the phone recording: Assessing SW (Miss Pimsen), Parent 1 (Mum) (Atorina), ATNIEL, nardin (sister)\n"
             "Parent 1 (Mum) >> I took him out of school because they weren't listening.\n"
             "NARDIN >> I'm starving, when's tea?\n"
             "Assessing SW >> Where do you go when it gets loud?\n"
             "ATNIEL >> I want my own key so I don't wait on the step.\n"
             "Assessing SW >> I'll see you Friday the 30th, is that alright?\n")
    record = 'I saw Atniel on his own. Atniel said "I want my own key so I don\'t wait on the step."'
    checks = ["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]
    assert run(Material(record, notes, "home_visit"), checks).findings == []


_FUIFUI = ("In the room, one by phone: Allocated worker (MS PROSPERE), Mum (M) (Lesieli), Fuifui\n"
           "[Fuifui settled at nursery, runs in without looking back]\n"
           "**Mum (M):** Six months in a pod, they said. It's been eleven.\n"
           "**Allocated worker:** Where are you on the thermometer today?\n"
           "**Fuifui:** Nana and me did fairy cakes with sprinkles.\n"
           "**Allocated worker:** I'll come back Wednesday the 14th, does that work?\n"
           "**Mum (M):** Leave that one with me, I'll sort it.\n")


def test_a_name_that_speaks_once_in_a_transcript_and_a_tag_inside_mums_turn():
    said = [(q.speaker, q.text) for q in quotes(_FUIFUI)]
    assert ("child", "Nana and me did fairy cakes with sprinkles.") in said  # Fuifui is named in the cast and a note
    assert [w for who, w in said if who == "child"] == ["Nana and me did fairy cakes with sprinkles."]  # not "Six months ..., they said"
