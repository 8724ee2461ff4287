"""Risks in everyday words that follow a hearsay lead-in ("It would appear that", "From what I
hear", "Family members suspect"): a child posting live videos, shown videos on a stranger's
phone, made to hold money, a link-up with a man, a parent off their medication, a child given
an adult's sleeping tablets or left with a teenager; and their everyday look-alikes. A risk word
after a title is a surname ("Ms Dealer")."""

import pytest

from eval.checks.risk_terms import mentions


@pytest.mark.parametrize("sentence, kind", [
    ("It would appear that Antek is posting live videos from his bedroom late at night.", "online_harm"),
    ("She goes live on TikTok from her bedroom.", "online_harm"),
    ("He has been livestreaming from his room after midnight.", "online_harm"),
    ("Ailean has been shown videos on a stranger's phone at the park.", "online_harm"),
    ("A man showed her pictures on an older boy's phone.", "online_harm"),
    ("Pinochle is being made to hold money for a cousin's friend.", "exploitation"),
    ("He is holding drugs for older lads on the estate.", "exploitation"),
    ("Tausaga has a link up with a man called Smudge at the underpass.", "exploitation"),
    ("There is a link-up at the garages most nights.", "exploitation"),
    ("He went to the seaside with older lads and came back with two hundred pounds.", "exploitation"),
    ("She came home with £300 she would not explain.", "exploitation"),
    ("Dad has stopped taking his medication and sleeps most of the day.", "mental_health_crisis"),
    ("Mum is off her meds again.", "mental_health_crisis"),
    ("Miroslava has been given Mum's sleeping tablets to settle at night.", "drugs"),
    ("He is given sedatives to keep him quiet.", "drugs"),
    ("Mum leaves Dushmantha with a neighbour's teenage son most evenings.", "neglect"),
    ("Ndeulitufa skips lunch every day.", "neglect"),
    ("Wanindu has been found wandering the car park on his own twice.", "neglect"),
])
def test_an_everyday_risk_is_a_mention(sentence, kind):
    assert kind in {m.kind for m in mentions(sentence) if not m.denied}


@pytest.mark.parametrize("sentence, kind", [
    ("He likes watching live football with Dad.", "online_harm"),
    ("She showed me videos of her dog on her phone.", "online_harm"),
    ("He holds the money for the school trip in his wallet.", "exploitation"),
    ("We agreed a link-up with the school nurse.", "exploitation"),
    ("She came back with a certificate from swimming.", "exploitation"),
    ("Dad takes his medication every morning.", "mental_health_crisis"),
    ("Mum gives him his inhaler at bedtime.", "drugs"),
    ("Mum leaves him with his nan on Saturdays.", "neglect"),
    ("Ms Dealer (team manager) agreed the plan.", "drugs"),
    ("Mr Burns from housing visited.", "injury"),
    ("There was no food for the baby in the fridge.", "offending"),
])
def test_an_everyday_look_alike_is_no_mention(sentence, kind):
    assert kind not in {m.kind for m in mentions(sentence) if not m.denied}


@pytest.mark.parametrize("sentence, notes, told", [
    ("There was no food for the baby in the fridge.", "- fridge lacks anything for the baby", True),
    ("There was no food in the flat.", "cupboards bare, mum waiting on voucher", True),
    ("There was no food in the flat.", "fridge full, new cooker fitted", False),
    ("Canasta has passed level 1 English while in custody.", "yoi education - level 1 english passed", True),
    ("Dad has been in prison since May.", "dad at hmp risley", True),
    ("Dad has been in prison since May.", "dad works away on the rigs", False),
])
def test_a_risk_the_notes_tell_in_everyday_words(sentence, notes, told):
    from eval.checks.risk_support import _told_by
    mention = next(m for m in mentions(sentence) if m.kind in ("neglect", "offending"))
    assert _told_by(mention, notes.lower()) is told
