"""Wordings of the child's voice first seen on split fresh22: a voice note or a text sent "after I left:"
before the child's words, a question's tag with the speaker's name capitalised ("'you back again?' Sabika said as
..."), a dialogue labelled in square brackets ("[SW (allocated)] What happened?" / "[KENDAL] the hotel food is ..."),
the child telling an adult "who wrote it straight into the referral", "said my nene used to make qutab",
"read out what Siah said to a teaching assistant:", a speech bubble in a drawing by a name in lower case, "hv" after a
date (a home visit, not a health visitor), minutes' "SW said: I wrote it down as he said it:", a young child's telegraphic
talk ("Mummy crying in the bath room", "lift go up up") (issue 4)."""

import pytest

from eval.checks.quotes import child_quotes

_BRACKETED = ("Voice note typed up -- Statutory CP visit -- 20 May\n"
              "In the hotel room: SW (allocated) (Ms Gbollie), Dad (by video) (Cordero), KENDAL\n"
              "[cp - nursery saw bruising, rang duty]\n"
              "[SW (allocated)] Would you rather draw it than say it?\n"
              "[KENDAL] I want a salteña for breakfast like at home.\n"
              "[Kendal wants a bed of his own]\n"
              "[KAMEE (16+)] the hotel food is rice and chicken every single night.\n"
              "[Dad (by video)] Nobody told us the school was two buses away.\n")


@pytest.mark.parametrize("text, words", [
    ("Aubin sent a voice note after I left: ‘ey up me duck, you've got a new car.’",
     ["ey up me duck, you've got a new car."]),
    ("Part 3. Rokiatou sent a voice note after I left: “we came on a boat in the night and I was sick.” She is well.",
     ["we came on a boat in the night and I was sick."]),
    ("Kai sent me a text that evening - \"I hate it here\"", ["I hate it here"]),
    ("Sabika is well. ‘alright my lover, you back again?’ Sabika said as she walked me down to reception.",
     ["alright my lover, you back again?"]),
    ("Kai was quiet. “car go brrm!” Honorine shouted as she ran.", ["car go brrm!"]),
    ("Visit. Sabika told Mr Biddanda, who wrote it straight into the LADO referral 〝Ma was vexed when the letter came"
     " from the Home Office〞. Sabika wants a house.", ["Ma was vexed when the letter came from the Home Office"]),
    ("Visit. Without my asking anything, Kanei said my nene used to make qutab on Sundays. Kanei is well.",
     ["my nene used to make qutab on Sundays"]),
    ("Visit. Signing with Makaton as he spoke, nachappa said my abuelita sends voice notes every morning from La Paz.",
     ["my abuelita sends voice notes every morning from La Paz"]),
    ("Visit. Siah told Miss Jafarov, who wrote it straight into the LADO referral we came on a boat in the night and I"
     " was sick.", ["we came on a boat in the night and I was sick"]),
    ("Miss Jafarov read out what Siah said to a teaching assistant: I want a salteña for breakfast like at home.",
     ["I want a salteña for breakfast like at home"]),
    ("Mr Radulović - no strategy yet; speech bubble in hailstone's drawing ~ Ma was vexed when the letter came from"
     " the Home Office; no date", ["Ma was vexed when the letter came from the Home Office"]),
    ("29 Jun hv Phaxsi (notes typed in the hotel lobby)\npresent ~~ mum, phaxsi\n"
     "text from PHAXSI ~ ❝Mum cries in the bathroom so we don't hear❞; no fridge", ["Mum cries in the bathroom so we don't hear"]),
    ("Visit with Elchin and Mr Samaké.\nSW (allocated) said: I wrote it down just as he said it: “I told Miss because I"
     " didn't know what else to do.”", ["I told Miss because I didn't know what else to do."]),
    ("Visit. Without my asking anything, Lavada said Mummy crying in the bath room. Lavada is well.",
     ["Mummy crying in the bath room"]),
    ("Visit. Kai said lift go up up.", ["lift go up up"]),
    ("Visit. Through the interpreter in the room, Ljubinka said Ma was vexed when the letter came from the Home Office.",
     ["Ma was vexed when the letter came from the Home Office"]),
    ("Visit.\nKai - wasnt me, it was him\nnext", ["wasnt me, it was him"]),
    (_BRACKETED, ["I want a salteña for breakfast like at home.", "the hotel food is rice and chicken every single night."]),
])
def test_the_childs_words_in_fresh22_layouts(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "Mum sent a text after I left: \"he is fine now, he has eaten\"",
    "Visit. ‘Are you back again?’ Mum asked me at the door.",
    "Visit. ‘Can I go home now?’ The carer said no.",
    "Visit. Kai told Mum, who said: \"you are not going out tonight\".",
    "Visit. Kai said his visit was late and the bus broke down.",
    "Visit. Kai said our visit was too short.",
    "Visit with Elchin and Mr Samaké.\nSW (allocated) said: Mr Samaké told me, and he said it: “I will sign it today.”",
    "Visit. Kai said they go up to bed at eight.",
    "Visit. Kai said the prices go up every year.",
    "Visit. Kai said Mummy was crying in the bathroom.",
    "Visit.\nHonorine - doesnt want the big slide, not in least\nnext visit 19 Jan",
    "Visit.\nKai - wants his own room at the hotel\nnext visit 19 Jan",
    "Visit. Kai said Mum was at work when the letter came.",
    "[dad] HAF sign-up by Friday\n[mum] GP appointment for the baby\n[SW] ring school about the trip",
])
def test_not_the_childs_words_in_fresh22_layouts(text):
    assert child_quotes(text) == []
