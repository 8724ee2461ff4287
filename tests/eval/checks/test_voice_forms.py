"""The child's words among a form's fields, cast lists with ages, and less common quotation marks."""

import pytest

from eval.checks import Material
from eval.checks import voice as V
from eval.checks.people import people_in
from eval.checks.quotes import child_quotes, quotes
from eval.checks.transcripts import field_value, label_speaker


def _said(text: str) -> list[str]:
    return [q.text for q in quotes(text) if q.speaker != "adult"]


@pytest.mark.parametrize("record", [
    # an action block, field by field: the step's words are a task, not the child's
    "Actions\nNext step 1\nStep: Take Oluwaseun bowling and talk about the plan\nResponsible: Ms Petrova\n"
    "Target date: By Friday 3 July\nNext step 2\nStep: Do a three houses with Oluwaseun\nResponsible: Ms Petrova\n"
    "Target date: Before the review on 9 July",
    "ACTION PLAN\nNO. : TASK : OWNER : DUE\n1 : Give Briony a time-out card : Mr Ahmadi : By 4 May\n"
    "2 : Book the dentist : Mum : Within two weeks",
    "Case Note Type: Home visit | Child: Tomasz Wójcik | Date: 2 March 2026",
    "Worker: Aoife Brennan\nChild: Kwame Mensah\nManager: Li Wei\n\nKwame showed me his room.",
    "Task: Ring the landlord about the damp\nWho: Ms Okonkwo\nWhen: Monday",
])
def test_a_forms_fields_are_nobodys_words(record):
    assert _said(record) == []


def test_a_fields_line_still_carries_the_childs_words_when_they_speak_as_i():
    record = "Views\nKasia: I want to stay at my nan's at weekends.\nPlan: review in June"
    assert _said(record) == ["I want to stay at my nan's at weekends"]


@pytest.mark.parametrize("value, expected", [
    ("Ms Lomidze", True), ("Makuei Mayen", True), ("IRO", True),
    ("I Miss Dad", False), ("Fine.", False), ("take Amir to the dentist", False), ("", False),
])
def test_field_value(value, expected):
    assert field_value(value) is expected


@pytest.mark.parametrize("label, who", [
    ("Nilar, 10", "child"), ("DARIUS, 7 yrs", "child"), ("Bea, 6 years old", "child"),
    ("Sandra, 34", "adult"), ("Ms Cole, 9", "adult"),
])
def test_a_name_with_an_age_after_a_comma(label, who):
    assert (label_speaker(label, {}) == "child") is (who == "child")


def test_a_recorded_transcript_with_ages_in_the_cast():
    notes = ("Home visit, transcribed from my recording\n"
             "Speakers: Allocated worker (Mr Osei), Mum (interpreted), Yusra, 9, Adil (brother)\n"
             "Allocated worker: What's the best bit of your week?\n"
             "Yusra, 9: Going to the pool with my cousins on Sunday.\n"
             "Mum (interpreted): She is a good girl.\n"
             "Allocated worker: And what worries you?\n"
             "YUSRA, 9: I don't like it when the lights go off.\n")
    assert [q.text for q in child_quotes(notes)] == ["Going to the pool with my cousins on Sunday.",
                                                     "I don't like it when the lights go off."]


@pytest.mark.parametrize("text, words", [
    ("Her verbatim response was ‚I sleep with the big light on.‘ and she smiled.", "I sleep with the big light on."),
    ("As Jovan put it, ‚my brother takes my stuff’.", "my brother takes my stuff"),
])
def test_low_single_quotation_marks(text, words):
    assert [q.text for q in quotes(text)] == [words]


@pytest.mark.parametrize("line, words", [
    ("rahim offered, unasked, Sometimes I stay up till midnight on my phone",
     "Sometimes I stay up till midnight on my phone"),
    ("- Priya said, without being asked, I miss my old school", "I miss my old school"),
])
def test_a_manner_word_before_bare_speech_is_not_the_speech(line, words):
    notes = f"home visit 3/4\n{line}\nmum well"
    assert [q.text for q in child_quotes(notes)] == [words]


def test_no_one_is_a_name():
    people = people_in("Nobody told me the meeting had moved. NO. : TASK : OWNER\nNone of it helped.")
    assert not {"nobody", "no", "none"} & set(people)


def test_a_faithful_form_record_raises_no_voice_finding():
    notes = ("cin visit 4/5 > Oluwaseun 8\n- Oluwaseun's verbatim response: 'I like my new bike'\n"
             "- bowling w/ Oluwaseun + plan [lead sw; by fri]")
    record = ("Child's views\nOluwaseun said, “I like my new bike.”\n\nActions\nNext step 1\n"
              "Step: Take Oluwaseun bowling and talk about the plan\nResponsible: Ms Petrova\nTarget date: By Friday\n"
              "Next step 2\nStep: Ring the school nurse\nResponsible: Ms Petrova\nTarget date: By Monday")
    material = Material(record, notes, "home_visit")
    assert [f for check in (V.quote_invented, V.quote_dropped, V.quote_altered) for f in check(material)] == []


@pytest.mark.parametrize("line, words", [
    ("- Mrs Adeyemi wrote down what RORY said in class: I get cross when people talk over me", 
     "I get cross when people talk over me"),
    ("mr pike noted what ana had said at lunch - my tummy hurts every morning", "my tummy hurts every morning"),
])
def test_words_an_adult_passes_on_are_the_childs(line, words):
    assert [(q.speaker, q.text) for q in quotes(f"cin visit 2/2\n{line}\nmum ok")] == [("child", words)]


def test_a_lead_in_sentence_is_no_transcript_label():
    notes = ("WISHES AND FEELINGS:\nZofia volunteered this: My brother wakes me up. Her verbatim response was "
             "I want a dog. Zofia said she wants to paint her room.")
    assert [q.text for q in child_quotes(notes)] == ["My brother wakes me up", "I want a dog"]


@pytest.mark.parametrize("line, expected", [
    ("- I feel safe when Grandad is here (TEMPERANCE, 9)", ["I feel safe when Grandad is here"]),
    ("- Nan takes me to Brownies on Mondays (Keira, 8)", ["Nan takes me to Brownies on Mondays"]),
    ("- Dylan - who at next mtg [lead me; 10 wd to thu 5/3]", []),
    ("- Femi - my own laptop (owner: SW; by fri)", []),
])
def test_a_name_and_age_in_brackets_tags_the_childs_words(line, expected):
    notes = f"home visit for Temperance (9), Keira (8), Dylan (6), Femi (12)\n{line}\n- mum fine"
    assert [q.text for q in child_quotes(notes)] == expected


def test_a_task_to_note_what_the_child_says_is_no_speech():
    notes = "cla visit 5/11\n- note what Bartek says re family time - Mrs Ruiz - by fri\n- see again 21.11"
    assert child_quotes(notes) == []
