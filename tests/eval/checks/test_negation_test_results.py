"""A test's result said either way (accuracy.negation; data/polarity.yaml `came_fine`, `spoken_of`,
`same_as` abnormal, and the "tested and is" binomial).

Class: notes say a test or check "came back fine / clear / normal"; a record says the part
"was tested and is not normal / not healthy" (a flip), or "was tested and is healthy" (faithful).
The frame is the result ("came back", "tested and is"): "her skin was clear" beside "skin clear"
is no result, and "came back fine from Nan's" is a trip.
"""

import pytest

from tests.eval.checks.conftest import negation_flagged


@pytest.mark.parametrize("notes, sentence, flagged", [
    ("- Tomasz's eye test came back fine", "Tomasz's eyes were tested and are not healthy.", True),
    ("- Tomasz's eye test came back fine", "Tomasz's eyes were tested and are healthy.", False),
    ("- Rhiannon's hearing test came back clear", "Rhiannon's hearing was tested and is not normal.", True),
    ("- Rhiannon's hearing test came back clear", "Rhiannon's hearing test came back clear.", False),
    ("- Abu's bloods came back normal", "Abu's blood test was not normal.", True),
    ("- Abu's bloods came back normal", "Abu's bloods came back normal.", False),
    # look-alikes: a trip home, and skin seen clear (no test)
    ("- Abu came back fine from Nan's", "Abu was not well when he came back from Nan's.", False),
    ("- bath time: skin clear, bruising absent", "At bath time her skin was clear, with no bruising.", False),
])
def test_a_result_said_either_way(review, notes, sentence, flagged):
    assert negation_flagged(review, sentence, notes) is flagged


# Classes: a room "bare" where the notes say the child's things are up; clinging said with a
# negative ("barely left her lap", "not once let go of mum's hand") is holding on; "no sign of
# her" (a person) is absence, and "been to school" or "been around" its opposite.
@pytest.mark.parametrize("notes, sentence, flagged", [
    ("- foster home room - Aled's posters up, bedding from home",
     "Aled's room at the foster home is bare, with nothing of his own.", True),
    ("- foster home room - Aled's posters up, bedding from home",
     "Aled's room at the foster home has his posters and his bedding from home.", False),
    ("- KIT - barely left Mrs Orme's lap", "Kit did not sit on Mrs Orme's lap at any point in the visit.", True),
    ("- KIT - barely left Mrs Orme's lap", "Kit sat on Mrs Orme's lap for most of the visit.", False),
    ("- Noor - not once let go of mum's hand", "Noor did not hold Mum's hand at any point in the visit.", True),
    ("- Noor - not once let go of mum's hand", "Noor held Mum's hand throughout the visit.", False),
    ("- mum has barely left the flat since the baby", "Mum has not left the flat since the baby was born.", False),
    ("- Lacey - no sign of her at school since the move", "Lacey has been to school every day since the family moved.", True),
    ("- Lacey - no sign of her at school since the move", "Lacey has not been to school since the family moved.", False),
    ("- dad - no sign of him since the police came", "Dad has been around since the police came and was at the visit.", True),
    ("- dad - no sign of him since the police came", "Dad has not been seen since the police came.", False),
    ("- no sign of a school transport place since December", "No school transport has been arranged since December.", False),
])
def test_bare_rooms_clinging_and_no_sign_of_a_person(review, notes, sentence, flagged):
    assert negation_flagged(review, sentence, notes) is flagged


# Class: a telephone call said as "phoned", "rang", "rings" or "a call": "never once rung since the
# move" is what "has phoned every week" denies ("the doorbell rang" is no call).
@pytest.mark.parametrize("notes, sentence, flagged", [
    ("- Dad has never once rung since the move to the hostel.", "Dad has phoned every week since the family moved to the hostel.", True),
    ("- Dad has never once rung since the move to the hostel.", "Dad has not phoned since the family moved to the hostel.", False),
    ("- The carer said there has not been a single call from Ola's mum since March.", "Ola's carer told me his mother rings every week.", True),
    ("- The carer said there has not been a single call from Ola's mum since March.", "Ola's carer told me his mother has not called since March.", False),
    ("- no-one phoned the school", "Nobody rang the school.", False),
])
def test_a_call_said_in_other_words(review, notes, sentence, flagged):
    assert negation_flagged(review, sentence, notes) is flagged


# False alarms: "nowhere near the hotel" is a distance ("nowhere near ready" denies); "wants her
# own flat, not another sofa" says nothing of the sofa she is on now; "sends a video on Fridays,
# nothing more" is "only a video".
@pytest.mark.parametrize("notes, sentence, flagged", [
    ("- Dad is nowhere near the hostel, having been placed in another city.",
     "Dad lives in a hostel in another city and could not come.", False),
    ("- Sabika is nowhere near ready to move schools again.", "Sabika is ready to move schools again.", True),
    ("- Zara wants her own flat, not another sofa",
     "Zara has kept going to college three days a week while sofa surfing.", False),
    ("- dad sends a voice note on sundays, nothing more",
     "Dad keeps in touch with Leo only by a voice note on Sundays.", False),
    ("- dad sends a voice note on sundays, nothing more", "Dad does not send Leo voice notes.", True),
])
def test_distances_alternatives_and_nothing_more(review, notes, sentence, flagged):
    assert negation_flagged(review, sentence, notes) is flagged
