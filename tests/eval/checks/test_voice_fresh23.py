"""Wordings of the child's voice first seen on split fresh23: a section heading ending ":-" whose words in
brackets name speech ("THE CHILD'S WORDS (SAID, WRITTEN OR QUOTED):-"), a child's name and age set off by commas
before their words ("Hashed, 14 yrs, >> ..."), a spaced full stop as quick notes' separator ("Lana-Iza age 11 . the
lady who owns it ...", "yjs report quotes lana-iza . Mum makes ..."), the one told named in three words ("told the
refuge's play worker I'm mafted ..."), minutes' "SW: Copied down exactly: ...", the name after a pronoun's lead-in ("In the
letter she wrote back to me, PIROJA said I'm ..."), an action's ": me :: b4 end of term" after a child's name, and a Snap
location that is no Snap message (issue 4)."""

import pytest

from eval.checks.quotes import child_quotes


@pytest.mark.parametrize("text, words", [
    ("Visit.\n- Hashed, 14 yrs, >> „when can I go yem to Nan's“", ["when can I go yem to Nan's"]),
    ("Visit.\n- Velour, 3 yrs, >> ‹doggy on stairs›", ["doggy on stairs"]),
    ("Visit.\n- Ardeshir, 10 yrs, >> I tied a martenitsa on the tree outside the foyer",
     ["I tied a martenitsa on the tree outside the foyer"]),
    ("Visit.\nLana-Iza age 11 . the lady who owns it has a dog called Biscuit and he sleeps on the stairs\nnext",
     ["the lady who owns it has a dog called Biscuit and he sleeps on the stairs"]),
    ("Visit.\nfue age 3 . Daddy loud\nnext", ["Daddy loud"]),
    ("Visit.\nyjs report quotes lana-iza . Mum makes malawah on Fridays with honey\nnext",
     ["Mum makes malawah on Fridays with honey"]),
    ("Visit. HAMDOC told the refuge's play worker I'm mafted in this room, the window won't open.",
     ["I'm mafted in this room, the window won't open"]),
    ("THE CHILD'S WORDS (SAID, WRITTEN OR QUOTED):-\nUnprompted, Mutahar came out with ‹Mum makes malawah on Fridays›.",
     ["Mum makes malawah on Fridays"]),
    ("Visit.\nyjs report quotes velda . “the emmets are back so the beach is packed”\nnext",
     ["the emmets are back so the beach is packed"]),
    ("Visit.\nin eulalie's planner . “I'm going to be a paramedic”\nnext", ["I'm going to be a paramedic"]),
    ("Gints (11:10): can I play?\nAllocated SW: Copied down exactly: me want drum.", ["can I play?", "me want drum"]),
    ("Visit with Piroja.\nIn the letter she wrote back to me, PIROJA said I'm mafted in this room, the window won't open.",
     ["I'm mafted in this room, the window won't open"]),
    ("Visit with Kai.\nHoY (09:29): He wrote it in his planner and I copied it out: “I don't want to change school again”.",
     ["I don't want to change school again"]),
])
def test_the_childs_words_in_fresh23_layouts(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "THE CHILD'S WORDS (SAID, WRITTEN OR QUOTED):-\nMutahar wants the landing light on at night.",
    "The child's words (said, typed or interpreted):-\nMutahar wants the landing light on at night.",
    "Visit.\nVelda's snap location turned off, keyworker checked\nnext",
    "Visit.\n- Abdulraqeeb's Snap location turned off, keyworker checked\nnext",
    "Visit.\nKai's email address is on the referral\nnext",
    "Visit.\nback in 12 wks . 29/1\nnext",
    "Visit.\nKai age 11 . was seen at school\nnext",
    "Visit.\nKai aged 9 - he was quiet today\nnext",
    "Visit. Kai told the school nurse he had not eaten.",
    "Visit. Kai told the school nurse about the bruise on his arm.",
    "Visit. Mum, 34 years old, said „I am tired“.",
    "Visit.\nmum . “I am tired”\nnext",
    "SEEN:- MS NEEDLECASE (carer), PIROJA\nACTIONS AGREED:-\n- RHA booking PIROJA :: me :: b4 end of term 4/12",
    "Mum said the visit was fine. Copied down exactly: we are fine.",
    "Visit. Mum said it and I copied it out: “I am tired”.",
])
def test_not_the_childs_words_in_fresh23_layouts(text):
    assert child_quotes(text) == []
