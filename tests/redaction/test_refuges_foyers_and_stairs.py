"""Addresses of refuges, foyers, B&Bs and secure children's homes with Cornish, Cumbrian and Black
Country street words (a gullet, a wath, a hard, a raise, stairs); "c/o" before any address;
references with dotted letters ("WS.DS.47037", "CMH.8448580"); extensions after "#"; NHS numbers
grouped 3-3-4 with a full stop and another mark; a person's row whose fields "::" separates. And
their look-alikes, which stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    ("- last assmt at Room 4, Medway Foyer, 42b Barge Builder's Gullet Lye",
     "Room 4, Medway Foyer, 42b Barge Builder's Gullet Lye"),
    ("dad ni EP 69 52 07 D. Tregarne Secure Children's Home, 30b Huer's Lookout Wath 1 room dbl",
     "Tregarne Secure Children's Home, 30b Huer's Lookout Wath"),
    ("❧ Last assessment at c/o refuge office, 154 pilchard press row, blackheath",
     "c/o refuge office, 154 pilchard press row, blackheath"),
    ("Living arrangements —: C/O REFUGE OFFICE, 59 WOLD SHEPHERD'S HILL is one room",
     "C/O REFUGE OFFICE, 59 WOLD SHEPHERD'S HILL"),
    ("☙ 4 Old Pilchard Palace Court, Haaf Netter's Hard: 1 room, double + 2 singles",
     "4 Old Pilchard Palace Court, Haaf Netter's Hard"),
    ("⟫ Foyer room at 50b Barge Builder's Raise: bed, kettle", "50b Barge Builder's Raise"),
    ("129 Caulker's Stairs is one room with a double bed", "129 Caulker's Stairs"),
    ("- last assmt at Wheal View B&B, room 8, 80 Huer's Lookout Wath", "Wheal View B&B, room 8, 80 Huer's Lookout Wath"),
])
def test_refuges_foyers_and_their_streets(find, text, expected):
    assert find(text, "STREET_ADDRESS") == [expected]


@pytest.mark.parametrize("text", [
    "she ran up 3 flights of stairs",
    "it was 2 hard days at school",
    "they raise 5 points at the meeting",
])
def test_stairs_and_hard_days_are_no_address(find, text):
    assert find(text, "STREET_ADDRESS") == []


@pytest.mark.parametrize("text, kind, expected", [
    ("OUR REF:- witness statement WS.DS.47037", "CASE_REFERENCE", "WS.DS.47037"),
    ("- yjs ref camhs letter cmh.2011203 / school", "CASE_REFERENCE", "cmh.2011203"),
    ("can be reached on 01384 279860 #5438 or by e-mail", "PHONE_NUMBER", "01384 279860 #5438"),
    ("Mum: Back page. 455.609-6472.", "UK_NHS", "455.609-6472"),
    ("* vershima :: 10th of September '21 :: 616 622.8481", "DATE_OF_BIRTH", "10th of September '21"),
    ("⁌ MARTA-LĪVA :: Fri the 18th of January 2019 :: 684 971.9025", "UK_NHS", "684 971.9025"),
])
def test_dotted_references_hash_extensions_and_mixed_groups(find, text, kind, expected):
    assert find(text, kind) == [expected]


@pytest.mark.parametrize("text, kind", [
    ("455.609-6473 was the wrong number", "UK_NHS"),  # the check digit fails
    ("* Visit :: 12 March 2026 :: 783 192 0331", "DATE_OF_BIRTH"),
    ("the room is 3.5 by 4 metres", "CASE_REFERENCE"),
])
def test_their_look_alikes_stay(find, text, kind):
    assert find(text, kind) == []


@pytest.mark.parametrize("text, found", [
    ("police log attended 15:00 4th of December '25, kersey arrested", ["kersey"]),
    ("28 February 2026 3pm :: B&B visit, chenille oversew :: typed from my notebook.", ["chenille oversew"]),
    ("- Velour Bobbinet non mol v crewel till next yr", ["Velour Bobbinet"]),
    ("susp letter from nankeen hemstitch school", []),
])
def test_arrests_b_and_b_visits_and_the_trades_shorthand(names, text, found):
    assert all(name in names(text) for name in found) and "susp" not in names(text) and "mol" not in names(text)


@pytest.mark.parametrize("text", [
    "dad arrested at 3am",
    "the boy arrested was not him",
    "the phone charged overnight",
    "B&B visit, no concerns :: typed",
])
def test_arrests_and_visits_that_name_nobody(names, text):
    assert names(text) == []
