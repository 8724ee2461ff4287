"""Transcripts whose speakers an app numbered, with no legend: the child is read from what they say."""

import pytest

from eval.checks.numbered import numbered_roles
from eval.checks.people import people_in
from eval.checks.quotes import quotes

ASKED = ("Speaker 1: How are things at home?\nSpeaker 2: Mum shouts a lot and I hide in my room.\n"
         "Speaker 1: Thank you for telling me. What about school?\nSpeaker 2: My teacher is nice but the boys are mean.")
STAMPED = ("[00:00:04] Voice 1: Hiya, is it ok if I write some notes?\n"
           "[00:00:09] Voice 2: yeah whatever. my dad said I have to talk to you anyway\n"
           "[00:00:15] Voice 1: Tell me about your week.\n[00:00:20] Voice 2: ngl it was rubbish, my mate moved schools")
LETTERED = ("participant A: can you tell me what a good day looks like?\n"
            "participant B: when me nan picks me up and we go chippy\n"
            "participant A: that sounds lovely, thanks for sharing that.")
PARENT = "Speaker 1: The kids are fine, my son just needs a routine.\nSpeaker 2: I'll come back on Friday then."
LEGEND = ("Speakers: Speaker 1 (Mr Idowu), Speaker 2 (Ms Rahimi)\n"
          "SPEAKER 1: Is my son doing ok in class?\nSPEAKER 2: He told me, my mum makes the best jollof.")


@pytest.mark.parametrize("text, code, child_words", [
    (ASKED, "label:speaker 2", "Mum shouts a lot and I hide in my room."),
    (STAMPED, "label:voice 2", "ngl it was rubbish, my mate moved schools"),
    (LETTERED, "label:participant b", "when me nan picks me up and we go chippy"),
])
def test_the_child_is_the_one_who_sounds_like_one(text, code, child_words):
    roles = numbered_roles(text, people_in(text))
    assert roles[code] == "child"
    assert [k for k, v in roles.items() if v == "child"] == [code]
    assert ("child", child_words) in [(q.speaker, q.text) for q in quotes(text)]


def test_no_child_among_adults():
    assert "child" not in numbered_roles(PARENT, people_in(PARENT)).values()
    assert all(q.speaker == "adult" for q in quotes(PARENT))


def test_a_legend_wins():
    people = people_in(LEGEND)
    assert numbered_roles(LEGEND, people) == {}
    assert ("adult", "Is my son doing ok in class?") in [(q.speaker, q.text) for q in quotes(LEGEND)]


def test_plain_notes_cost_nothing():
    assert numbered_roles("Seen Amy at school. She said she is fine.", {}) == {}
