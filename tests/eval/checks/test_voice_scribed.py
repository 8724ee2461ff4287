"""The child's own words in lines of notes that do not look like speech (issue 4): words a child had
someone write down for them ("asked me to write ...", "made sure I wrote down ...", "caption Amy
dictated:"), a note written with or left by the child and passed on by an adult, a young child's or a
young person's talk typed as heard after "said" in lower case, words set off by a colon after a
speech verb, a name and age with a stray stop before the quote; and every quotation mark of the
table read by every part that strips or tests marks."""

import pytest

from eval.checks import Material, run
from eval.checks.base import data
from eval.checks.quotes import quotes
from eval.checks.wording import marks

_ONLY = ["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]


def _childs(text: str) -> list[str]:
    return [q.text.rstrip(" .") for q in quotes(text) if q.speaker == "child"]


def _findings(record: str, notes: str) -> list[str]:
    return [f.check for f in run(Material(record, notes, "visit"), only=_ONLY).findings]


@pytest.mark.parametrize("text, child", [
    ("Under her painting Oluwaseun asked me to write me and Grandma at the seaside", "me and Grandma at the seaside"),
    ("under his picture KOFI asked me to write the froggy jumped in the pond", "the froggy jumped in the pond"),
    ("Ines made sure I wrote down “nobody told me we were moving.”", "nobody told me we were moving"),
    ("Ayaan made sure I wrote down: no more moves please", "no more moves please"),
    ("Freya got me to write 'the big dog scared me at the park'", "the big dog scared me at the park"),
    ("- caption Dariusz dictated for his drawing: my house and my fish Bubbles", "my house and my fish Bubbles"),
    ("Lowenna dictated this for the wishes page - I want to see Nanna more", "I want to see Nanna more"),
    ("Hamid wanted the advocate to write down 'I hate the contact centre'", "I hate the contact centre"),
])
def test_words_a_child_had_written_down_for_them_are_theirs(text, child):
    assert child in _childs(text)


@pytest.mark.parametrize("text", [
    "Tomasz asked me to write a letter to his mum.",
    "Mum asked me to write to the school about it.",
    "Keira asked me to write that she wants to stay.",
    "He wanted me to write the note for him but then changed his mind.",
])
def test_asking_for_writing_that_gives_no_words(text):
    assert _childs(text) == []


@pytest.mark.parametrize("text, child", [
    ("advocate note w kwabena „I miss playing football with my cousins“", "I miss playing football with my cousins"),
    ("advocate note w/ Mei 'the hamster died and I was sad'", "the hamster died and I was sad"),
    ("Ms Okafor forwarded the note Zainab left on her desk: 'I don't want to go home at Christmas'",
     "I don't want to go home at Christmas"),
    ("visit\nmr doyle passed on note bartek left in his tray: “my brother hits me when mum is out”\nbartek seemed ok",
     "my brother hits me when mum is out"),
    ("SENCo: She said it at the gate and I wrote it on my hand: 「I want to be a pilot」", "I want to be a pilot"),
    ("Hyun-woo said it twice and I jotted it in my notebook - \"nobody listens to me\"", "nobody listens to me"),
])
def test_a_note_with_or_from_the_child_passed_on_by_an_adult(text, child):
    assert child in _childs(text)


@pytest.mark.parametrize("text", [
    "Wilhelmina has a memory box from her first foster carers.",
    "Tayo keeps the card from his nan in his drawer.",
    "Ms Okafor passed on the note her mum left on the fridge: 'back at six, tea in the oven'",
])
def test_a_thing_from_someone_that_is_no_childs_words(text):
    assert _childs(text) == []


@pytest.mark.parametrize("text, child", [
    ("[02:10] SW: On the stairs he said the mandem look after me innit.", "the mandem look after me innit"),
    ("In the note his advocate wrote with him, Oskar said this is my cat Pepper who lives at Nan's.",
     "this is my cat Pepper who lives at Nan's"),
    ("Siobhan said the doggy bited my hand", "the doggy bited my hand"),
    ("he said mum's fella is peak tbh", "mum's fella is peak tbh"),
    ("Bongani texted me afterwards: more stickers please.", "more stickers please"),
    ("rennie (16) said college is peak since the fight", "college is peak since the fight"),
    ("Ezinne said the hospital food was well better than home", "the hospital food was well better than home"),
    ("demarcus said allow it man, I'm not going back there", "allow it man, I'm not going back there"),
    ("Tunde told me the new flat is bare long innit", "the new flat is bare long innit"),
    ("Aleksander told me the big boys took my bike", "the big boys took my bike"),
    ("Zofia whispered to me at the end: not going back there", "not going back there"),
    ("Tariq (9) . 'I worry that I will have to move again'", "I worry that I will have to move again"),
    ("ELIF 14yrs . “I want my own key”", "I want my own key"),
])
def test_childs_talk_typed_as_heard(text, child):
    assert child in _childs(text)


@pytest.mark.parametrize("text", [
    "Kai said sorry to me for shouting.",
    "She said she was fine and went upstairs with me.",
    "he said the bus was late so he walked with me",
    "Mum told me on the phone: he was not at school today.",
    "Kai told me about school: maths is hard.",
    "Amara said that her teacher had helped me find the form.",
    "Mum is 34yrs . nothing to add",
    "Kai said school went well, better than last term.",
    "Tunde told me the teacher had rung him about it.",
    "Nour said the peak of the trouble was at Easter, before the move.",
])
def test_reported_speech_and_narration_are_not_the_childs_words(text):
    assert _childs(text) == []


def test_a_dictated_caption_left_out_of_the_record_is_dropped():
    notes = "Visit to Ngozi.\nUnder her drawing Ngozi asked me to write me and Aunty at the big shop.\nNgozi was chatty."
    record = "I visited Ngozi. She drew a picture of a shopping trip and was chatty."
    assert "voice.quote_dropped" in _findings(record, notes)


def test_words_a_record_says_the_child_had_written_down_but_the_notes_lack_are_invented():
    notes = "Visit to Ngozi. Ngozi was chatty and drew a picture."
    record = "Ngozi made sure I wrote down “I want to live with Aunty forever.” She was chatty."
    assert "voice.quote_invented" in _findings(record, notes)


def test_kept_dictated_caption_is_no_finding():
    notes = "Under her drawing Ngozi asked me to write me and Aunty at the big shop."
    record = "Ngozi drew herself with her aunt and asked me to write \"me and Aunty at the big shop\"."
    assert _findings(record, notes) == []


_TABLE = [(row["open"], row["close"][0], row.get("spaced", False)) for row in data("voice")["quote_marks"]]


@pytest.mark.parametrize("opening, closing, spaced", _TABLE)
def test_every_mark_of_the_table_is_read_as_quotation_marks(opening, closing, spaced):
    pad = " " if spaced else ""
    text = f"Ada said {opening}{pad}I want my own room{pad}{closing} and smiled."
    assert [text[s:e] for s, e in marks(text)] == ["I want my own room"]
    assert _childs(text) == ["I want my own room"]


@pytest.mark.parametrize("line", [
    "- rev 6/10: me to FGC plan on file (Oumou)",
    "- core grp 12/3: me to chase CAMHS referral (Oumou)",
    "- PEP | me to send minutes to school (Oumou)",
])
def test_the_writer_owning_an_action_is_no_childs_words(line):
    assert _childs("Present: Oumou (9), Dad\n" + line) == []


def test_first_person_words_tagged_with_the_child_are_still_theirs():
    assert _childs("Present: Oumou (9), Dad\n- I want to go to the park (Oumou)") == ["I want to go to the park"]


@pytest.mark.parametrize("paraphrase", ["The child was keen to help.", "She wanted to stay with her nan.",
                                        "He was happy at the new school."])
def test_a_paraphrase_set_in_marks_in_place_of_the_quote_is_altered(paraphrase):
    notes = "SW: What would you like the meeting to know?\nAMARA (YP): I do it all by myself now."
    record = f"Amara said “{paraphrase}”"
    found = _findings(record, notes)
    assert "voice.quote_altered" in found and "voice.quote_invented" not in found


def test_a_quote_put_in_the_childs_mouth_beside_a_kept_one_is_invented():
    notes = "AMARA (YP): I do it all by myself now."
    record = "Amara said “I do it all by myself now.” She also said “I want to live with my dad.”"
    assert _findings(record, notes) == ["voice.quote_invented"]
