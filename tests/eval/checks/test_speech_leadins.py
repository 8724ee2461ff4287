"""Bare speech the notes give after "the words X used were", "said to me I'm", or with its
speaker in brackets after it; and what such shapes must not take for speech."""

import pytest

from eval.checks.quotes import child_quotes, quotes


@pytest.mark.parametrize("text, kid", [
    ("Seen alone in her room. The words NIAMH used were Grandad lets me feed the chickens.",
     "Grandad lets me feed the chickens"),
    ("the words that tomasz chose were: I want to stay at this school.", "I want to stay at this school"),
    ("Visit to Ifeoma (9). The words she used were I'm scared of the dog next door.", "I'm scared of the dog next door"),
    ("Keeley said to me I'm fine, just tired from football.", "I'm fine, just tired from football"),
    ("- I get a bit lonely at weekends (Oluwaseun)\n- Oluwaseun (12) seen alone", "I get a bit lonely at weekends"),
    ("• my brother takes my stuff without asking (DARIUSZ)\n• Dariusz seen at school", "my brother takes my stuff without asking"),
])
def test_the_childs_bare_words(text, kid):
    assert kid in [q.text.rstrip(".") for q in child_quotes(text)]


@pytest.mark.parametrize("text", [
    "- I'll ring the school about the uniform grant (Fri)\n- next visit 3 wks",
    "- I'll chase the housing referral (2 wks)",
    "Mum said to me I could ring her after six.",
    "- we can't afford the bus fares this month (mum)",
])
def test_no_childs_words_in_tasks_reported_speech_or_an_adults_tag(text):
    assert not child_quotes(text)


def test_an_adult_tagged_in_brackets_is_an_adult():
    said = {q.text: q.speaker for q in quotes("- we can't afford the bus fares this month (mum)")}
    assert said.get("we can't afford the bus fares this month") == "adult"


@pytest.mark.parametrize("text", [
    "On this visit I saw mum, Ilinca and Radu (brother).",
    "I met with Mum, Hoa and linh (sister).",
    "I met with Nan and Mr Obi (school) and we went through the plan (Kezia)",
])
def test_a_role_in_brackets_after_a_name_is_no_speaker(text):
    assert not child_quotes(text)


@pytest.mark.parametrize("text, expected", [
    ("- Mulchand, at the RHI ~ Dad drove the van at the fence and then the police came\n",
     ["Dad drove the van at the fence and then the police came"]),
    ("- Kai, in his return home interview - Dad drove the van at the fence\n", ["Dad drove the van at the fence"]),
])
def test_a_childs_third_person_words_after_where_they_spoke_are_theirs(text, expected):
    from eval.checks.quotes import quotes
    assert [q.text for q in quotes(text) if q.speaker == "child"] == expected


@pytest.mark.parametrize("text", ["- Kai, at the RHI ~ went to his mate's house in Leeds\n",
                                  "- Kai, at the review ~ was quiet and tired\n", "- Kai, at the visit ~ quiet\n"])
def test_narration_after_where_the_child_was_is_no_words(text):
    from eval.checks.quotes import quotes
    assert [q.text for q in quotes(text) if q.speaker == "child"] == []


@pytest.mark.parametrize("text, expected", [
    ("ORPAH (9) hardly speaks. Orpah said it to Ms Danishyar at the PEP: my mam's in the prison and I see them on Saturdays.",
     [("child", "my mam's in the prison and I see them on Saturdays")]),
    ("ORPAH (9) hardly speaks. Orpah said it to MS DANISHYAR at the PEP: SCHOOL FINISH ME HAPPY.",
     [("child", "SCHOOL FINISH ME HAPPY")]),
    ("ORPAH (9) hardly speaks. Orpah said to Ms Danishyar at the PEP: my mam's in the prison and I see them.",
     [("child", "my mam's in the prison and I see them")]),
    ("ORPAH (9) hardly speaks. Orpah said at the review: I want to stay at my school.",
     [("child", "I want to stay at my school")]),
    ("ORPAH (9) hardly speaks. Mum said it to Ms Danishyar at the PEP: Orpah is doing well.",
     [("adult", "Orpah is doing well")]),
])
def test_words_said_to_someone_at_a_meeting_start_after_its_colon(text, expected):
    from eval.checks.quotes import quotes
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


def test_reported_speech_after_said_it_to_someone_at_a_meeting_is_no_words():
    from eval.checks.quotes import quotes
    assert quotes("ORPAH (9) hardly speaks. Orpah said it to Ms Danishyar at the PEP: she was fine.") == []


@pytest.mark.parametrize("text, expected", [
    ("ZARIFA (3) wants nan. Out of the blue, ZARIFA piped up with nana gone.", ["nana gone"]),
    ("ZARIFA (3) wants nan. ZARIFA said daddy cross.", ["daddy cross"]),
    ("ZARIFA (3) wants nan. ZARIFA said baby cry cry.", ["baby cry cry"]),
])
def test_a_toddlers_two_words_after_a_speech_verb_are_theirs(text, expected):
    from eval.checks.quotes import quotes
    assert [q.text for q in quotes(text) if q.speaker == "child"] == expected


@pytest.mark.parametrize("text", ["ZARIFA (3) wants nan. Mum said nana gone to the shops.",
                                  "ZARIFA (3) wants nan. Zarifa said goodbye to nan at the door."])
def test_an_account_after_a_speech_verb_is_no_toddlers_words(text):
    from eval.checks.quotes import quotes
    assert [q.text for q in quotes(text) if q.speaker == "child"] == []


@pytest.mark.parametrize("text, expected", [
    ("LUKENI (4) likes nursery. The police told the strategy discussion that in his ABE interview Lukeni said no bath.",
     ["no bath"]),
    ("LUKENI (4) likes nursery. Lukeni said no nursery.", ["no nursery"]),
])
def test_a_toddlers_no_and_a_thing_of_their_day_are_their_words(text, expected):
    from eval.checks.quotes import quotes
    assert [q.text for q in quotes(text) if q.speaker == "child"] == expected


@pytest.mark.parametrize("text", ["LUKENI (4) likes nursery. Lukeni said no to a bath.",
                                  "LUKENI (4) likes nursery. Lukeni said no bath had been run for him."])
def test_no_with_words_going_on_is_no_toddlers_words(text):
    from eval.checks.quotes import quotes
    assert [q.text for q in quotes(text) if q.speaker == "child"] == []
