"""Wordings of the child's voice first seen on split fresh24: a section heading in capitals with its
aside in brackets and no colon ("THE CHILD'S WORDS (SAID, SIGNED, WRITTEN OR MESSAGED)"), which is
nobody's words; right single marks on both sides (’like this’), as a phone that only closes quotes types
them; a child's name and age before a slash ("habakkuk (5) / ’...’"); "piped up with" (issue 4)."""

import pytest

from eval.checks.quotes import child_quotes

_HEADING = "THE CHILD'S WORDS (SAID, SIGNED, WRITTEN OR MESSAGED)\n"


@pytest.mark.parametrize("text, words", [
    (_HEADING + "Out of the blue, DILDORA piped up with Nan says I was a right noisy bairn.",
     ["Nan says I was a right noisy bairn"]),
    (_HEADING + "DILDORA wants to stay at nan's. Out of the blue, Dildora piped up with my avó cooks funje every Sunday.",
     ["my avó cooks funje every Sunday"]),
    ("Evariste signed in BSL and the interpreter voiced it as ’I don't want to move again this year’.",
     ["I don't want to move again this year"]),
    ("Out of the blue, Roqia piped up with ’Mum made plov for my birthday and the whole site came’.",
     ["Mum made plov for my birthday and the whole site came"]),
    ("habakkuk refuses to see dad\nhabakkuk (5) / ’ta-ra a bit, bab’\nnobody in network", ["ta-ra a bit, bab"]),
    ("Kayna said ’I just want a cwtch off my Nan’ and went quiet.", ["I just want a cwtch off my Nan"]),
    ("Kai said ’I don’t know where I’m going’.", ["I don’t know where I’m going"]),  # apostrophes stay inside
    # a document of the child's, then a slash: a PEP views sheet, a diary page
    ("Marvi (9), nan.\nOUMAYMA's pep views sheet / ‚I don't want to move again this year’",
     ["I don't want to move again this year"]),
    ("Kai (9), nan.\nthe diary page from Kai / 'I hate the hostel'", ["I hate the hostel"]),
    # a child's name and age, then a slash and bare words
    ("Visit to Marvi (9).\nMarvi - settled on the site; marvi (9) / the new social worker's canny",
     ["the new social worker's canny"]),
    # a child's label with where or how they said it after a comma ("at the RHI", "WhatsApp to my work phone")
    ("Seen: Gamaliel.\n- Gamaliel, WhatsApp to my work phone ~ “my avó cooks funje every Sunday”",
     ["my avó cooks funje every Sunday"]),
    ("- Kai, WhatsApp to my work phone ~ my bibi in Quetta says I look like my father",
     ["my bibi in Quetta says I look like my father"]),
    ("- Vjekoslav, at the RHI ~ our kid robbed my charger again", ["our kid robbed my charger again"]),
    # dialect words say the words are the child's own, as "I" does (Glaswegian "wean", "greetin")
    ("- Vjekoslav, WhatsApp to my work phone ~ the wee wean next door was greetin all night",
     ["the wee wean next door was greetin all night"]),
    # told to a professional of two words
    ("Lukeni (3) seen.\nLukeni said to the health visitor I just want a cwtch off my Nan.", ["I just want a cwtch off my Nan"]),
    # signed, and voiced by an interpreter: the signer's words
    ("Asafoetida (12) seen.\nAsafoetida signed in BSL and the interpreter voiced it as 'I slept on the floor at my mate's flat'",
     ["I slept on the floor at my mate's flat"]),
    ("Asafoetida (12) seen.\nAsafoetida signed in BSL and the interpreter voiced it as I slept on the floor at my mate's flat.",
     ["I slept on the floor at my mate's flat"]),
])
def test_the_childs_words_in_fresh24_layouts(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    _HEADING + "There is nowhere else Dildora would rather live than the site.",
    "THE CHILD'S WORDS (SAID, WRITTEN OR SIGNED)\nKai wants to stay at nan's for good.",
    "The child's words (said, typed or interpreted)\nKai wants to stay at nan's.",
    "The boys’ bedroom is small and the girls’ room has bunk beds.",  # plural possessives, no quote
    "Mum’s flat is cold; the kids’ coats were wet.",
    "Kai (9) / school / seen alone",  # a label row, not words
    "Kai (9) / seen at school with nan",  # narration after the label
    "Kai (9) seen.\nthe nurse's letter / 'Kai is well'",  # an adult's document
    "Kai (12) seen with Mum.\nMum signed in BSL and the interpreter voiced it as I am tired of the hotel.",  # Mum's
    "- Mum, on the phone ~ I am tired of it all",  # an adult's
    # an adult turning to the child by name in a minuted call: the adult's question, not the child's words
    "On the call: SW (Miss Hamasaki), TM (chair) (MS MANGHNANI)\n"
    "15/12/2025, 14:26 - TM (chair): Right, Rahila - where are we since last time?\n15/12/2025, 14:28 - SW: Rahila wants to stay.",
    "Seen: Kai (9).\nSW: OK Kai, what do you want for tea?",
    "- Kai, at school ~ was seen in class and was fine",  # narration after the label
    "- Kai, at school ~ the teacher says he is doing well",
    "Step: Take Kai bowling",  # a form's fields
    "[visit]\nSpeaker 1  3:21\nRight, actions: I'll send the plan by Friday.\n\nSpeaker 2  3:40\nFine by me.",  # no label
    "Lukeni (3) seen.\nLukeni told the school nurse I was sick.",  # reported
    "Lukeni (3) seen.\nMum said to the health visitor I could ring her.",
    "Kai (12) seen with Mum.\nMum signed and the interpreter voiced it as 'I am tired of the hotel'",
])
def test_not_the_childs_words_in_fresh24_look_alikes(text):
    assert [q.text for q in child_quotes(text)] == []

