"""Given names that are ordinary English words (Echo, Blue, Hawk, Scarlet, King...): found where
the text writes or places them as a person, left alone where they are the word. The names here
are deliberately not ones the synthetic corpus's name banks use."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # Capitalised mid-sentence, or in capitals among lower case, where a person stands.
    ("The review of Echo's plan met on 6/3 in the hub.", ["Echo"]),
    ("School rang re a mark on SCARLET's neck.", ["SCARLET"]),
    ("Feels safest when Dove is home in the evenings.", ["Dove"]),
    ("Best thing = Reign on Sundays.", ["Reign"]),
    ("I'll ask Flint Gale from Early Help to ring you.", ["Flint Gale"]),
    ("Mum: SAFFRON BLACKWOOD rang, attendance is 94% now.", ["SAFFRON BLACKWOOD"]),
    ("Mum said HAWK + Clover share the front bedroom.", ["HAWK", "Clover"]),
    ("BEAR has been looked after since March.", ["BEAR"]),
    # Lower case: a verb only people do, or a person's place taken twice in different ways.
    ("- scarlet said she has been feeling low.", ["scarlet"]),
    ("drink worries remain. echo wore a black hoodie.", ["echo"]),
    ("hawk - best bit is football; sw see hawk @ sch by wed", ["hawk", "hawk"]),
    ("there is more calm at home since ranger moved out", ["ranger"]),
    # Fields and lists that hold names, and roles in brackets.
    ("SYSTEM REF: LADO/23/4016  /  ALLOCATED: SUGAR WINTERTON", ["SUGAR WINTERTON"]),
    ("Participants: janelle hinds and Shauna (the child)", ["janelle hinds", "Shauna"]),
    ("attended: tamsin brown, dove (birth mother), cash (father)", ["tamsin brown", "dove", "cash"]),
    # A word surname after a lower-case name, naming nothing after it.
    ("Visit to everton grizzle at Ms Truong's, 13/Jan/2026.\nEVERTON: Spellings.\nEVERTON: Can I go?",
     ["everton grizzle", "Truong", "EVERTON", "EVERTON"]),
    ("Home visit to miles marsh on 16/07/26 at 9:00.", ["miles marsh"]),
    # King is a given name; the word stays in compounds and firms.
    ("king has a new king-size bed donated by the church.", ["king"]),
    ("Nan: King wants to go to Burger King for his birthday.", ["King"]),
])
def test_word_names_found(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    # The same words as words: capitalised only by a title-case phrase, a sentence or a bullet.
    "The family went to Burger King after school.",
    "Echo chamber talk came up in the group session.",
    "o Moved from the old flat - landlord sold up\n+ Youngest of 4, only one at home",
    "The police team completed a DASH risk assessment; DASH done.",
    "Completed the Strengths and Difficulties Questionnaire (SDQ) with school.",
    "Family time w/ Halima alt Thursdays, cleans hutch Sats.",
    "Poppy had a poppy on her jumper for Remembrance.",
    # Lower case: the word in a noun phrase, after a linking verb, or acting only once weakly.
    "- drink worries remain; weight ok; coats and shoes were piled up in the hall",
    "Blue's bedroom is painted blue and she said she is feeling blue.",
    "there was an echo in the empty hall and a hawk over the field",
    "- housing said the repair is booked; landlord rang on Monday",
    "2x police callouts autumn, drink worries remain",
    "Ms Bakri described her as quiet and watchful.",
    "clean, well presented, hv says weight on 25th centile",
    "the new king-size bed was donated by the church",
])
def test_words_left_alone(names, text):
    found = names(text)
    words = {"echo", "moved", "youngest", "dash", "difficulties", "questionnaire", "thursdays", "sats",
             "remembrance", "drink", "weight", "coats", "blue", "hawk", "housing", "landlord", "autumn",
             "quiet", "well", "king", "burger", "poppy"}
    # Names elsewhere in the sentence (Halima, Poppy the child) may be found; the words may not.
    assert not [f for f in found if f.casefold() in words and f != "Poppy"], found
