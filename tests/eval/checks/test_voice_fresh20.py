"""Wordings of the child's voice first seen on split fresh20: a typed-up recording's speaker labels in
capitals alone on their line ("ALLOCATED SW" / "YOBOUE (YP)" over the words), doubled single guillemets
as an arrow ("Bronislava ›› ..."), a bare age before a tilde ("gantumur 6 ~ ..."), the writer taking
words down ("I've got it down exactly: ..."), a school log's "told teacher ...", a young child's "me"
("said me want Nana"), "said my amala makes ..."; and a heading in capitals that names speech ("THE
CHILD'S OWN WORDS (SIGNED, DRAWN OR SAID):"), which is nobody's words (issue 4)."""

import pytest

from eval.checks.quotes import child_quotes, quotes

_RECORDING = ("Home visit, 19 Jan, typed up with the BSL interpreter's voicing as said.\n"
              "Heard on the phone recording, in order: Allocated SW (miss gnamien), Mum (via BSL interp) (Trivet), "
              "SPATULA (child)\n"
              "[hv - B&B, how are they managing]\n"
              "ALLOCATED SW\nWho do you go to on the site when you're upset?\n"
              "SPATULA (CHILD)\nI feed the ducks off Nan's decking every morning.\n"
              "[mum seeing the deaf mental health service now]\n"
              "MUM (VIA BSL INTERP)\nOne room for the four of us and they call it temporary.\n")


@pytest.mark.parametrize("text, words", [
    (_RECORDING, ["I feed the ducks off Nan's decking every morning."]),
    ("Notes.\ngantumur 6 ~ our jukel had pups and I'm keeping the little black one",
     ["our jukel had pups and I'm keeping the little black one"]),
    ("mr gamage: cp plan can end; talan 9 ~ it was ansum at the beach, we found a crab",
     ["it was ansum at the beach, we found a crab"]),
    ("Notes.\nSilyen (child) ›› the chavvies on the site are all my cousins.", ["the chavvies on the site are all my cousins"]),
    ("Visit to Kai (child), with Mum.\nI've got it down exactly: tractor goes brrm in the field.",
     ["tractor goes brrm in the field"]),
    ("Allocated SW: Her exact words: ‛I'd rather be on a sofa than in a children's home’.\n"
     "Allocated SW: I've got it down exactly: ‛I go to the library after school cos it's warm.’\nATM: ok.",
     ["I'd rather be on a sofa than in a children's home", "I go to the library after school cos it's warm."]),
    ("cpoms - Malinda told teacher I'm top of my group in maths now", ["I'm top of my group in maths now"]),
    ("b&b; cpoms - griddle told teacher Mum cries in the shower cos she thinks we can't hear",
     ["Mum cries in the shower cos she thinks we can't hear"]),
    ("Youdon told the refuge worker Nan's caravan is warm and she lets me have the big bed.",
     ["Nan's caravan is warm and she lets me have the big bed"]),
    ("Present: CSW (author) (Mr Lesjak), Kinship carer (foster carer), Otim (4)\n"  # a transcript typed into a table
     "| CSW (author) | Where would you put school, like or don't like? |\n| Otim (4) | more biscuit please. |\n"
     "| Kinship carer | The hostel's not a home but it's a start. |", ["more biscuit please."]),
    ("cpoms - bauyrzhan told teacher there was no bait in my bag so I had nowt at dinner",
     ["there was no bait in my bag so I had nowt at dinner"]),
    ("cpoms - malinda told teacher it's kushti living on the site, everyone looks out for you",  # dialect: her own talk
     ["it's kushti living on the site, everyone looks out for you"]),
    ("yw whatsapp - honor said my amala makes momos every Losar", ["my amala makes momos every Losar"]),
    ("Out of nowhere, RASHMIKA said me want Nana.", ["me want Nana"]),
    ("Signing, with the interpreter voicing, TOGZHAN said me and my cousins ride the ponies down the drove.",
     ["me and my cousins ride the ponies down the drove"]),
])
def test_the_childs_words_in_fresh20_layouts(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "THE CHILD'S OWN WORDS (SIGNED, DRAWN OR SAID):\nYoudon wants a room with a door that shuts.",
    "WHAT KAI SAID:\nKai wants to stay at nan's.",
    "PURPOSE\nTo see Kai at home.\nANALYSIS\nKai is settled.\nKAI\nKai was at school.",  # headings, no adult label
    "| Action | Owner | When |\n|---|---|---|\n| Ring GP | Mum | Friday |",  # a plan's table
    "| Mum | attend GP appointment |\n| Kai | to attend school daily |",
    "Notes.\nyear 6 ~ we went to the farm",  # a school year, no child's age
    "Kai 7 ~ was seen at school",  # narration after the label
    "Mum said my visit was too early.",  # reported speech, backshifted
    "Kai told the teacher he was hungry.",
    "Kai said there was no food in my house.",  # "there" opens reported speech after "said"
    "Kai told me there was no food in the house.",
    "Mum said it was fine.",
    "Mum told the support worker I could ring her on Monday.",
])
def test_not_the_childs_words_in_fresh20_look_alikes(text):
    assert [q.text for q in child_quotes(text)] == []


def test_a_siblings_line_under_a_capitals_label_is_theirs():
    text = _RECORDING + "DOGBO\nThe dog's got out again!\n"
    assert ("The dog's got out again!", "child") in [(q.text, q.speaker) for q in quotes(text)]
