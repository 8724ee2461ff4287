"""Who speaks in transcript turns whose labels are lists' names, the worker's own lines, and
subtitle cues packed without blank lines (the voice checks must not take them for the child's)."""

import pytest

from eval.checks.quotes import child_quotes, quotes

PACKED_SRT = """Home visit 4/3 - subtitles from the phone recording
Participants: OYELARAN, FOLAKE (SW), Wiśniewski, Tomasz (Dad), ZOFIA (9)
1
00:00:03,100 --> 00:00:06,200
OYELARAN, FOLAKE: What's the best bit of your week?
2
00:00:06,900 --> 00:00:09,400
ZOFIA (9): Swimming with my cousin on Saturdays.
3
00:00:10,000 --> 00:00:13,800
Wiśniewski, Tomasz: Attendance is up to ninety-four per cent, the school are pleased.
4
00:00:14,100 --> 00:00:19,000
Wiśniewski, Tomasz: She came in from school and said, I got a gold star for my story.
5
00:00:19,500 --> 00:00:24,000
OYELARAN, FOLAKE: So to sum up what we've agreed: I'll ring the school by Friday; Dad will book the dentist.
"""


def test_surname_first_labels_are_the_adults_they_name():
    said = {q.text.rstrip("."): q.speaker for q in quotes(PACKED_SRT)}
    assert said["Attendance is up to ninety-four per cent, the school are pleased"] == "adult"
    assert said["What's the best bit of your week?"] == "adult"


def test_the_child_in_a_packed_cue_and_the_words_an_adult_passes_on():
    kept = [q.text.rstrip(".") for q in child_quotes(PACKED_SRT)]
    assert "Swimming with my cousin on Saturdays" in kept  # the cue ends at the next cue's number
    assert "I got a gold star for my story" in kept
    assert not any("ninety-four" in k or "ring the school" in k for k in kept)


@pytest.mark.parametrize("text", [
    "Worker: Let me go over what we've said: I'll book the dentist for Amara by the 9th.",
    "SW: So what we've agreed is: I'll chase the housing officer before Friday.",
    "Me: Right, as I'd said: I'll ask Tyrese where he wants the next meeting.",
])
def test_the_workers_summary_of_what_we_said_is_not_the_childs(text):
    assert not child_quotes(text)


@pytest.mark.parametrize("text, kid", [
    ("Kowalczyk, Anna (mum): He told me, I don't want to go to Dad's this weekend.", "I don't want to go to Dad's this weekend"),
    ("BANDA, GRACE (teacher): Her words were: I miss my old school.", "I miss my old school"),
])
def test_an_adult_turn_still_passes_on_the_childs_words(text, kid):
    assert kid in [q.text.rstrip(".") for q in child_quotes(text)]


@pytest.mark.parametrize("text", [
    "12/3 cin visit jayden (6)\nppl seen - mum, me, mr osei (school)\njayden showed me his lego",
    "HOME VISIT\nThose present: Nan + me + Ms Adeyemi (FSW)\nNan said the boiler is fixed.",
    "attendance - dad & me & DR PATEL (gp)\nreview of meds",
])
def test_who_was_there_is_no_ones_words(text):
    assert not child_quotes(text)


@pytest.mark.parametrize("text, kid", [
    ("Asked who she lives with, Ruqayya said: I live with my mum and my nan.", "I live with my mum and my nan"),
    ("kofi said - me and my brother built a den in the woods", "me and my brother built a den in the woods"),
])
def test_a_child_naming_people_in_a_sentence_is_still_speech(text, kid):
    assert kid in [q.text.rstrip(".") for q in child_quotes(text)]


INTERPRETED = """Review 3/3, typed from the recording
Ms Osei (SW): What would you like the judge to know?
Interpreter (for Amir): I want to live with my uncle.
Interpreter (for Mum) [00:01:02]: She is doing well, we are proud.
Advocate (on behalf of Kai): I don't want to change schools again.
Drakes, Akilah (head of year): Attendance is ninety per cent, no concerns.
"""


def test_an_interpreter_or_advocate_speaks_the_words_of_the_one_they_speak_for():
    said = {q.text.rstrip("."): q.speaker for q in quotes(INTERPRETED)}
    assert said["I want to live with my uncle"] == "child"
    assert said["I don't want to change schools again"] == "child"
    assert said["She is doing well, we are proud"] == "adult"
    assert said["Attendance is ninety per cent, no concerns"] == "adult"


@pytest.mark.parametrize("label", ["HoY (school)", "DT (school)", "HoH", "DHT"])
def test_a_schools_shortened_role_passing_on_his_words_gives_the_childs(label):
    from eval.checks.quotes import quotes
    notes = ("Voices on the recording: Allocated SW (mrs lapina), Mum (Ajda), " + label + " (miss gorjup)\n"
             "[Matjaz got a reading certificate at school]\n"
             + label + " (09:29): He wrote it in his planner and I copied it out: \u201cI don't want to change school again\u201d.\n")
    assert [(q.speaker, q.text) for q in quotes(notes) if "school again" in q.text] == [
        ("child", "I don't want to change school again")]
