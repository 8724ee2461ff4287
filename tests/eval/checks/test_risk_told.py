"""Invented risk decided by what the notes say, not by keywords: a risk word inside a denial's
clause, a service the notes name by its own name; and risks told as hearsay or a threat, which
the hedge does not make less of a claim (issue 4)."""

import pytest

from eval.checks.risk_terms import mentions
from tests.eval.checks.conftest import invented_risk as _invented


@pytest.mark.parametrize("notes_line, sentence", [
    # a test result or a state that says the substance is absent denies the whole clause
    ("- dad clean 8 wks, hair strand clear", "Dad's drug tests have come back negative for cannabis for two months."),
    ("- MUM TESTED CLEAN", "Mum's latest alcohol screening was clear of alcohol."),
    ("", "Grandad's drug screen was negative for heroin and methadone."),
    # a service the notes name by its own name
    ("- Ms Okafor (FSW) said mum finished the Freedom Programme last month",
     "The family support worker said Mum had finished the domestic abuse programme last month."),
    ("- dad seeing his Turning Point worker weekly", "Dad sees his drug and alcohol worker every week."),
    ("- STEPFATHER STARTED BUILDING BETTER RELATIONSHIPS COURSE, Caring Dads group too",
     "Aisha's stepfather has started a domestic violence group."),
])
def test_a_risk_the_notes_tell_or_deny_is_not_invented(notes_line, sentence):
    assert _invented(notes_line, sentence) == []


@pytest.mark.parametrize("notes_line, sentence", [
    ("- dad referred to a parenting course", "Dad has been referred to a drug and alcohol course."),  # another service
    ("- mum started a parenting programme", "Mum has started the domestic abuse programme."),
    ("", "Dad smokes cannabis every day but has never taken cocaine."),  # a clause of its own
    ("", "Mum's alcohol tests show she has been drinking again."),
])
def test_a_risk_beside_another_service_or_a_denial_is_still_invented(notes_line, sentence):
    assert _invented(notes_line, sentence)


@pytest.mark.parametrize("sentence, kind", [
    # hearsay: the hedge does not make it less of a claim
    ("There is talk that Nan's lodger, who harmed a child before, has moved in.", "violence"),
    ("it's been said around the estate that her uncle once abused a little girl", "violence"),
    ("Apparently Mum's new partner is a known risk to children.", "violence"),
    ("Word has it that Oksana slept over at a man she had just met's flat after the party.", "exploitation"),
    ("Rumour is Tomasz stays at an older lad's house after parties.", "exploitation"),
    ("PEOPLE SAY KEZIAH SPENT THE NIGHT WITH A STRANGER.", "exploitation"),
    # threats to the child
    ("Dad said he would take her away and never bring her back.", "abduction"),
    ("Mr Haddad swore he'll take the boys back to Aleppo.", "abduction"),
    ("- Mum told Thandiwe she would be sent to a home if she told anyone", "emotional_harm"),
    ("Grandma warned him he would get a hiding if he said anything at school.", "emotional_harm"),
    ("Stepdad made her promise not to tell anyone.", "emotional_harm"),
    ("At contact Dad whispered to Rui that he mustn't love his foster mum.", "emotional_harm"),
    ("Mum keeps telling her that she is not allowed to trust the carers.", "emotional_harm"),
    ("Ikenna said Dad held his hand on the radiator to show him what hot means.", "injury"),
    ("Mum pressed Lucía's fingers against the iron.", "injury"),
    ("Amara said the tickling carries on even when she tells him to stop.", "sexual_harm"),
    ("Her cousin won't stop touching her when she says no.", "sexual_harm"),
])
def test_hearsay_and_threats_are_risks(sentence, kind):
    assert kind in {m.kind for m in mentions(sentence) if not m.denied}


@pytest.mark.parametrize("sentence", [
    "Dad said he would take her to the park on Saturday.",
    "Mum says she will take them away on holiday in August.",
    "Nan said she would take him back to school after lunch.",
    "Dad put his hand on the car door to stop it slamming.",
    "Aisha said she likes her carers and they tickle her when she asks them to.",
    "Mum told Aisha she must not stay up late.",
    "He told me that if he told his teacher about the bullying she would help.",
    "Dad stayed over at his brother's house after the party.",
    "The divorce was hard on the children.",
    "Mum said she should not talk to strangers.",
])
def test_everyday_speech_is_no_risk(sentence):
    assert not [m for m in mentions(sentence) if not m.denied]


@pytest.mark.parametrize("notes_line, sentence, told", [
    # the notes' everyday words for sofa surfing (risk.yaml `told_by`)
    ("- Kamee still going to college from the sofa, three days", "Kamee has kept going to college while sofa surfing.", True),
    ("- Kamee on a mate's sofa since June", "Kamee has been sofa surfing since June.", True),
    ("- Kamee wants her own flat, not another sofa", "Kamee has been sofa surfing.", True),
    # ... not someone sleeping on the sofa at home
    ("- Kamee: 'Mummy sleeping on the sofa'", "Kamee has been sofa surfing since June.", False),
])
def test_sofa_surfing_in_the_notes_everyday_words(notes_line, sentence, told):
    assert (_invented(notes_line, sentence) == []) is told


@pytest.mark.parametrize("notes_line, sentence, told", [
    ("- Mrs Roy has taken on decide secure order renewal, 3 wks", "Mrs Roy to decide whether to renew the secure welfare order.", True),
    ("- swo hearing next month", "The secure welfare order hearing is next month.", True),
    ("- Mrs Roy to ring the school", "Mrs Roy to decide whether to renew the secure welfare order.", False),
])
def test_a_secure_order_in_the_notes_shorthand(notes_line, sentence, told):
    assert (_invented(notes_line, sentence) == []) is told


@pytest.mark.parametrize("notes_line, sentence, told", [
    # a tag the notes give in their own words (risk.yaml offending `told_by`)
    ("- yjs - on a tag, curfew seven till seven", "Kofi is electronically tagged with a curfew from seven to seven.", True),
    ("- Ola tagged, curfew 7-7 since court", "Ola is electronically tagged.", True),
    # ... not a name tag or a photo she was tagged in
    ("- Ola was tagged in a photo on snapchat", "Ola is electronically tagged with a curfew.", False),
    ("- name tag on Kofi's school bag", "Kofi is electronically tagged with a curfew.", False),
    # a missing person risk assessment the notes write short (risk.yaml missing `told_by`)
    ("- missing risk assmt Ola ~ lead tm ~ next 4 wks", "Update Ola's missing person risk assessment.", True),
    ("- mpra to be reviewed by tm", "Review Ola's missing person risk assessment.", True),
    # ... not a risk assessment of something else
    ("- risk assessment for the trampoline done", "Update Ola's missing person risk assessment.", False),
])
def test_a_tag_or_missing_risk_assessment_in_the_notes_words(notes_line, sentence, told):
    assert (_invented(notes_line, sentence) == []) is told
