"""Ways of carrying a child's words that the splits up to fresh25 had few or none of: a play script's labels with a full
stop ("DAHYUN (CYP). ME HAPPY ..."), an e-mail's lines quoted with ">", a demonstrative "that" opening a child's bare
words after their label ("HOLLIS, letter back to me / that loon in my class ..."), a direct-work sheet named in marks
("the 'three houses' sheet"), and chat exports, lower-case labels and other marks (issue 4)."""

import pytest

from eval.checks import Material, run
from eval.checks.quotes import child_quotes

_SCRIPT = ("DAD (BY PHONE). Nobody asked me before they moved her.\n"
           "SW (AUTHOR). What do you do for Mum before school?\n"
           "{child}. {words}\n"
           "SW (AUTHOR). Shall we stop for a break?\n"
           "{child}. at lotu I sing at the front with my tinā.\n")


@pytest.mark.parametrize("child, words", [
    ("DAHYUN (CYP)", "ME HAPPY SCHOOL NEW FRIEND."),
    ("KAI (YP)", "I want to go home to my nan."),
    ("AMARA (CHILD, 9)", "cos nan has the dog."),
])
def test_a_play_scripts_child_lines_are_the_childs_words(child, words):
    found = [q.text for q in child_quotes(_SCRIPT.format(child=child, words=words))]
    assert found == [words, "at lotu I sing at the front with my tinā."]


@pytest.mark.parametrize("text", [
    "NO ACCESS. Left a card at the door.\nMUM. She was out, per neighbour.\nSW. ok",  # no adult's label with a role: not a script
    "VISIT NOTES. Seen at home.\nPLAN. Review in 6 weeks.",
])
def test_sentences_in_capitals_are_not_a_play_script(text):
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, words", [
    ("Ayo e-mailed me on Monday:\n> I hate it at the new school, nobody talks to me\nI rang school.",
     ["I hate it at the new school, nobody talks to me"]),
    ("Ayo wrote back:\n>i dont want to see him yet\nWill discuss at CLA review.", ["i dont want to see him yet"]),
])
def test_lines_quoted_with_a_reply_mark_under_a_lead_in_are_the_childs_words(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "Plan:\n> seen alone\n> school to update by Friday",  # ">" as a bullet
    "Mum emailed:\n> Ayo has been sleeping better since the move",  # an adult's e-mail
])
def test_lines_bulleted_with_a_reply_mark_are_not_the_childs_words(text):
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, words", [
    ("- HOLLIS, letter back to me / that loon in my class keeps taking my pencils",
     ["that loon in my class keeps taking my pencils"]),
    ("- Kai, text to my work phone ~ that dinner lady shouts at me every day", ["that dinner lady shouts at me every day"]),
])
def test_bare_words_opening_with_a_pointing_that_are_the_childs(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "Kai said that she was fine at school",
    "Kai said that I never listen to him",  # reported: "that" and a subject
    "- Kai, text to my work phone ~ that mum hit him",
])
def test_that_reporting_a_saying_is_not_the_childs_words(text):
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, words", [
    ("On the 'three houses' sheet she wrote: I miss my cat and my old room", ["I miss my cat and my old room"]),
    ("In the 'my safe people' exercise Ayo wrote: I would tell Miss Khan", ["I would tell Miss Khan"]),
])
def test_a_direct_work_sheet_named_in_marks_is_no_ones_words(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text, words", [
    ("[14:02] Ayo: I don't want to go to Dad's this weekend\n[14:03] SW: ok, can you tell me why?",
     ["I don't want to go to Dad's this weekend"]),
    ("12/03/2026, 14:02 - Ayo: i dont want to go to dads this weekend\n12/03/2026, 14:03 - Social Worker: ok why",
     ["i dont want to go to dads this weekend"]),
    ("sw: what would make it better?\nyp: if mum stopped shouting at me", ["if mum stopped shouting at me"]),
    ("Ayo said «I want my own room».", ["I want my own room"]),
    ("Ayo said „I want my own room“.", ["I want my own room"]),
    ("Ayo said 'I want my own room'.", ["I want my own room"]),
])
def test_chat_exports_lower_case_labels_and_other_marks(text, words):
    assert [q.text for q in child_quotes(text)] == words


def test_a_play_scripts_line_kept_word_for_word_is_no_finding():
    notes = _SCRIPT.format(child="DAHYUN (CYP)", words="ME HAPPY SCHOOL NEW FRIEND.")
    record = ("## Child's views\nDahyun signed: “ME HAPPY SCHOOL NEW FRIEND.” She also said "
              "“at lotu I sing at the front with my tinā.” Dahyun was seen alone.")
    checks = ["voice.quote_altered", "voice.quote_dropped", "voice.quote_invented"]
    assert run(Material(record, notes, "visit_note"), checks).findings == []


def test_a_play_scripts_line_left_out_is_dropped():
    notes = _SCRIPT.format(child="DAHYUN (CYP)", words="ME HAPPY SCHOOL NEW FRIEND.")
    record = "## Child's views\nDahyun said “at lotu I sing at the front with my tinā.” Dahyun was seen alone."
    found = run(Material(record, notes, "visit_note"), ["voice.quote_dropped"]).findings
    assert [f.evidence for f in found] == ["ME HAPPY SCHOOL NEW FRIEND."]


@pytest.mark.parametrize("text, words", [
    ("AGHILAS signed, and the interpreter gave it as I want a flat near the college with a proper kitchen.",
     ["I want a flat near the college with a proper kitchen"]),
    ("Aghilas signed, and the interpreter gave it as Mam gets mithering when I'm late back.",
     ["Mam gets mithering when I'm late back"]),
    ("Kai signed in BSL, and his signer voiced it as I miss my dog.", ["I miss my dog"]),
    ("Kai signed in BSL, and the interpreter voiced it as 'I miss my dog'.", ["I miss my dog"]),
])
def test_an_interpreter_giving_the_childs_words_as_bare_speech(text, words):
    assert [q.text for q in child_quotes(text)] == words


def test_the_interpreters_own_words_are_not_the_childs():
    assert child_quotes("Kai signed, and the interpreter said she would come back next week.") == []
