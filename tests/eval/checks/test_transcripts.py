"""Transcript layouts a recording or subtitle export gives, and who speaks in each turn."""

import pytest

from eval.checks.quotes import child_quotes, quotes

VTT = """WEBVTT

1
00:00:01.000 --> 00:00:04.500
<v Ms Okonjo>How has school been this week?</v>

2
00:00:05.000 --> 00:00:09.000
<v Kayden>Rubbish. I got put in isolation
again for no reason.</v>

3
00:00:09.500 --> 00:00:12.000
<v Mum>He's been up till two on that phone.</v>
"""

SRT = """Typed up from the Otter export. Speaker 1 = SW, Speaker 2 = Dad, Speaker 3 = Priya
Priya showed me her room first.

1
00:00:02,100 --> 00:00:05,900
Speaker 1: What's the best thing about living here?

2
00:00:06,200 --> 00:00:10,300
Speaker 3: My cat Pickle sleeps on my bed every
night and I get to choose tea on Fridays.

3
00:00:11,000 --> 00:00:14,000
Speaker 2: She's settled, we've had no trouble.
"""

BRACKETS = """00:00:01.000 --> 00:00:03.000
- [Worker] Do you feel safe at home?

00:00:03.500 --> 00:00:06.000
- [JAYDEN] yeah i feel safe with my nan

00:00:06.500 --> 00:00:08.000
- [inaudible] something about the bus
"""

ZOOM = """Zoom transcript - CIN visit
[Sarah Pryce, Social Worker] 10:02:14
Can you tell me about your weekend?
[Tyler] 10:02:20
I went to my dad's and we played FIFA all day.
[Sarah Pryce, Social Worker] 10:02:31
That sounds fun.
"""

# The app numbered the voices; the one given a bare name the notes never use again is not surely the
# child (the notes call the child by name, a parent "mum"): their words are never "dropped".
CODES = """Voices the app picked up: Speaker 1 (Mr Adebayo), Speaker 2 (Ilona), Speaker 3 (Zofia)
[Zofia built a tower w/ me]
00:00:05.100 --> 00:00:07.000
Speaker 2: It's been mad since I started nights at the depot.
00:00:08.200 --> 00:00:10.900
Speaker 3: I done a big tower.
"""


@pytest.mark.parametrize("text, expected", [
    (VTT, ["Rubbish. I got put in isolation\nagain for no reason."]),
    (SRT, ["My cat Pickle sleeps on my bed every\nnight and I get to choose tea on Fridays."]),
    (BRACKETS, ["yeah i feel safe with my nan"]),
    (ZOOM, ["I went to my dad's and we played FIFA all day."]),
    (CODES, ["I done a big tower."]),
])
def test_the_childs_turns_in_export_layouts(text, expected):
    assert [q.text for q in child_quotes(text)] == expected


@pytest.mark.parametrize("text, adult", [
    (VTT, ["How has school been this week?", "He's been up till two on that phone."]),
    (SRT, ["What's the best thing about living here?", "She's settled, we've had no trouble."]),
    (ZOOM, ["Can you tell me about your weekend?", "That sounds fun."]),
])
def test_the_adults_turns_are_theirs(text, adult):
    assert [q.text for q in quotes(text) if q.speaker == "adult"] == adult


def test_an_unnamed_code_is_nobody_known():
    speakers = {q.text: q.speaker for q in quotes(CODES)}
    assert speakers["It's been mad since I started nights at the depot."] == "unknown"


@pytest.mark.parametrize("text", [
    # notes that label one line and go on in prose are no subtitle cue: the next line is not the label's
    "mum: fine thanks\nAmy seemed happy and showed me her room.",
    "Arrived 14:05\nNobody answered the door at first.",
    # a visit's time range and an action's owner in brackets are no subtitle cue or speaker
    "Visit 09:30 - 10:30\nmum: fine\nAmy showed me her room.",
    "- [dad] HAF sign-up / 2 wks\n- [Mrs Pike] PEP review - 3 wks\n- me: minutes out by fri",
])
def test_a_label_does_not_run_on_outside_a_cue(text):
    assert all("\n" not in q.text for q in quotes(text))


def test_an_owner_in_brackets_is_no_speaker():
    assert quotes("Actions\n- [dad] HAF sign-up / 2 wks\n- [Shanice] pick a club - by half term") == []
