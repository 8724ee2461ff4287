import pytest

from eval.checks import text as T


@pytest.mark.parametrize("text, expected", [
    ('Aisha said "I like school. I have friends." She smiled.',
     ['Aisha said "I like school. I have friends."', "She smiled."]),
    ("Mr. Khan was there. Dr Patel was not.", ["Mr. Khan was there.", "Dr Patel was not."]),
    ("“It's scary.” She said no.", ["“It's scary.”", "She said no."]),
    ("- seen alone\n- mum says sleeping better", ["seen alone", "mum says sleeping better"]),
    ("## Purpose\nTo see Amy.\nPRESENT:\nMum.", ["To see Amy.", "Mum."]),
    ("Purpose: to see Amy. She was well.", ["to see Amy.", "She was well."]),
    ("visited 3.5 miles away. ok", ["visited 3.5 miles away. ok"]),
])
def test_sentences(text, expected):
    assert [u.text for u in T.sentences(text)] == expected
    assert all(text[u.start:u.end] == u.text for u in T.sentences(text))


def test_sentences_know_their_section_by_title_or_alias():
    record = "## Purpose\nA visit.\nVOICE OF THE CHILD\nShe laughed.\n**Next steps**\n- Mum to call by Friday."
    assert [u.heading for u in T.sentences(record)] == ["purpose", "child_voice", "actions"]


@pytest.mark.parametrize("text, expected", [
    ('she said "I hate it"', ["I hate it"]),
    ("she said 'I don't want to go' and left", ["I don't want to go"]),
    ("mum's car, the kids' room, 'no'", ["no"]),
    ("“it's mine” and ‘leave me alone’", ["it's mine", "leave me alone"]),
    ("no quotes here, it's fine", []),
    ("he called them ‘‘the bizzies’’ and laughed", ["the bizzies"]),
])
def test_quoted(text, expected):
    assert [text[s:e] for s, e in T.quoted(text)] == expected


@pytest.mark.parametrize("word, stem", [("visited", "visit"), ("visits", "visit"), ("sleeping", "sleep"),
                                        ("stopped", "stop"), ("families", "family"), ("bruises", "bruis"),
                                        ("bruised", "bruis")])
def test_stem_matches_inflections(word, stem):
    assert T.stem(word) == stem


@pytest.mark.parametrize("heading, key", [("## Who was present", "present"), ("Purpose of visit:", "purpose"),
                                          ("WHO WAS PRESENT AT THE VISIT", "present"), ("Child's views", "child_voice"),
                                          ("Child’s views", "child_voice"), ("Shopping list", None)])
def test_section_key(heading, key):
    assert T.section_key(heading) == key


@pytest.mark.parametrize("line, below, expected", [
    ("## 2. Who was present", "", ("Who was present", "present")),
    ("[Voice of the young person]", "", ("Voice of the young person", "child_voice")),
    ("=== FOSTER CARERS' VIEWS ===", "", ("FOSTER CARERS' VIEWS", "carers_views")),
    (">> Reason for today's visit", "", ("Reason for today's visit", "purpose")),
    ("Part C - What I observed", "", ("What I observed", "observations")),
    ("4) Risks and strengths", "", ("Risks and strengths", "analysis")),
    ("**What needs to happen next?**", "", ("What needs to happen next", "actions")),
    ("Date of next home visit", "", ("Date of next home visit", "next_visit")),
    ("Background", "----------", ("Background", None)),  # underlined: a heading, of no known section
    ("HEALTH:", "", ("HEALTH", None)),
    ("1.0 Purpose", "", ("Purpose", "purpose")), ("(b) Who I met", "", ("Who I met", "present")),
    ("Parents' views -", "", ("Parents' views", "carers_views")),
    ("Home conditions", "The flat was warm.", ("Home conditions", "observations")),
    # Sentences, bullets and title lines are not headings.
    ("Mum was present throughout.", "", None),
    ("Dad and Nan were present", "", None),
    ("- Seen alone", "", None),
    ("[ ] Book the dentist", "", None),
    ("Home visit: Oluwaseun Adeyemi, 3 March 2026", "", None),
    ("1/ Ring the GP by Friday - Mr Lee", "", None),
    ("Action 2: Refer to the school nurse.", "", None),
])
def test_headings_by_shape(line, below, expected):
    found = T.heading(line, below)
    assert (found and (found.label, found.key)) == expected


@pytest.mark.parametrize("heading, key", [
    ("Reason for today's visit", "purpose"), ("Aims of the session", "purpose"),
    ("People present", "present"), ("Who I met", "present"), ("Young person's wishes and feelings", "child_voice"),
    ("What the child said", "child_voice"), ("Grandparents' views", "carers_views"),
    ("What Dad told me", "carers_views"), ("Parent/carer comments", "carers_views"),
    ("The home environment", "observations"), ("Professional judgement", "analysis"),
    ("What are we worried about?", "analysis"), ("The plan going forward", "actions"),
    ("Tasks and timescales", "actions"), ("Next core group", "next_visit"),
    # Whole headings only: a sentence that uses a section's words names no section.
    ("Mum was present", None), ("Date of visit", None), ("School attendance", None),
    ("In her own words", None), ("Mum's new partner", None),
])
def test_section_key_by_meaning(heading, key):
    assert T.section_key(heading) == key


@pytest.mark.parametrize("text, expected", [
    ("Section 1: Reason for visit\nTo check on Kofi.", ["To check on Kofi."]),
    ("--- NEXT STEPS ---\n1/ Ring the GP by Friday - Mr Lee\n2> Book the optician (Nan)",
     ["Ring the GP by Friday - Mr Lee", "Book the optician (Nan)"]),
    # Under the actions heading, who and by when are parts of their action, not claims.
    ("[Actions]\nAction 1: Ring the GP. Owner: Mr Lee. Target date: 4 May. What: the eye test.",
     ["Ring the GP.", "the eye test."]),
    # A table row is one claim (who does what by when), as a line of notes would say it; a header row is none.
    ("## Actions\n| Task | Lead | By when |\n| --- | --- | --- |\n| Ring the GP | Mr Lee | 4 May |\n| Book optician |  | |",
     ["Ring the GP | Mr Lee | 4 May", "Book optician"]),
    ("ACTIONS\nWho | What | When\nNan | book the optician | this week", ["Nan | book the optician | this week"]),
    ("Observations\nOwner: Mr Lee (landlord). Date: 4 May.", ["Mr Lee (landlord).", "4 May."]),
    ("Observations\no the flat was warm\n[x] fridge stocked\n- [ ] cot seen", ["the flat was warm", "fridge stocked", "cot seen"]),
])
def test_sentences_leave_out_layout(text, expected):
    units = T.sentences(text)
    assert [u.text for u in units] == expected
    assert all(text[u.start:u.end] == u.text for u in units)


def test_action_fields_are_units_when_asked_for():
    text = "## Actions\n| Who | What | When |\n|---|---|---|\n| Nan | book the optician | this week |\n" \
           "- Ring the GP. Lead: Mr Lee. Timescale: 4 May."
    assert [u.text for u in T.sentences(text, fields=True)] == ["Nan", "book the optician", "this week",
                                                                 "Ring the GP.", "Mr Lee.", "4 May."]


def test_headings_of_a_record_in_mixed_styles():
    record = ("Kinship visit: Noor Haddad\n\n[Purpose of the visit]\nStatutory visit.\n\nPeople present\n"
              "Noor and her aunt.\n\n--- WISHES AND FEELINGS ---\n'I like it here.'\n\n"
              "Observations:\n- Noor was relaxed.\n\nAunt's views: she is coping.\n\nAssessment\n==========\n"
              "I think Noor is settled.\n\n## 7. Next steps\n- Aunt to call the GP this week.\n\n"
              "Date of next visit\n12 June.")
    assert T.headings(record) == ["purpose", "present", "child_voice", "observations", "carers_views",
                                  "analysis", "actions", "next_visit"]


def test_a_one_word_label_names_a_section_only_by_its_title_or_alias():
    record = "Present: Mum and Jayden.\n## Actions\nUpdate: Mum has booked the dentist.\n- Nan to ring the GP today."
    assert [u.heading for u in T.sentences(record)] == ["present", "actions", "actions"]
    assert [u.text for u in T.sentences(record)][0] == "Mum and Jayden."
    assert T.headings("People present: Mum and Jayden.\nPlan:\n- Nan to ring the GP.") == ["present", "actions"]


@pytest.mark.parametrize("line, marker", [
    ("4] Ring the GP", "4] "), ("4.) ring the gp", "4.) "), ("~ Nan to ring", "~ "), ("+ Mum will call", "+ "),
    ("(•) Book the optician", "(•) "), ("⁃ Book the optician", "⁃ "), ("AP2: Ring the GP", "AP2: "),
    ("12- chase the housing team", "12- "), ("[3] chase", "[3] "), ("- [ ] cot seen", "- [ ] "),
    ("1.0 Purpose", ""), ("10:30 Mum arrived", ""), ("~3 weeks ago", ""), ("+44 7700 900123", ""),
    ("Amira said she was fine", ""), ("“I like it here,” she said", ""),
    ("⊛ Ring the GP", "⊛ "), ("⟡ Ring the GP", "⟡ "), ("(1.0) Ring the GP", "(1.0) "), ("(2.1/) Ring", "(2.1/) "),
    ("(1/) Owner: Mum | Task: ring the GP", "(1/) "), ("⟨I like it here⟩ she said", ""),
])
def test_bullet_marks_in_many_styles(line, marker):
    assert line[:T.bullet(line)] == marker


def test_list_items_are_no_headings_and_rules_are_no_sentences():
    text = "Observations\n____________\n⁃ Cot seen [in the back room]\n(•) Fridge stocked\n4.) Flat warm"
    assert [u.text for u in T.sentences(text)] == ["Cot seen [in the back room]", "Fridge stocked", "Flat warm"]
    assert T.headings(text) == ["observations"]


@pytest.mark.parametrize("line, key", [
    # Numbered in any style, boxed, slashed, in capitals, with decorations on either side.
    ("4 | Observations", "observations"), ("| 4 | Observations |", "observations"), ("[4] Observations", "observations"),
    ("// WHAT I SAW", "observations"), ("\\\\ Analysis", "analysis"), ("<< Actions agreed >>", "actions"),
    ("{Next visit}", "next_visit"), ("+++ Who was seen +++", "present"), ("..:: PURPOSE ::..", "purpose"),
    ("Part B: Who was present", "present"), ("Section three - Analysis", "analysis"), ("Step 7: Next steps", "actions"),
    ("Q2. Who I met", "present"), ("(iii) Wishes and feelings", "child_voice"), ("3a) Assessment", "analysis"),
    ("6 of 8: Analysis", "analysis"), ("• NEXT VISIT •", "next_visit"), ("- Actions:", "actions"),
    ("ANALYSIS.", "analysis"), ("【Purpose】", "purpose"),
])
def test_headings_in_any_decoration_name_their_section(line, key):
    found = T.heading(line)
    assert found is not None and found.key == key


@pytest.mark.parametrize("line", [
    "- Seen alone",  # a list item that uses a section's words
    "Purpose of the visit was to see Kemi about school.",  # a sentence
    "| Mum | Ring the GP | Friday |",  # a table row
    "10:30 Observations",  # a time, not a number
    "● Kemi was seen alone",
    "[10:42] Mum: I do my best",
])
def test_lines_that_say_something_are_no_section_headings(line):
    found = T.heading(line)
    assert found is None or found.key is None


@pytest.mark.parametrize("line, key, body", [
    ("PURPOSE - statutory visit to see Kemi.", "purpose", "statutory visit to see Kemi."),
    ("Observations :: the flat was warm", "observations", "the flat was warm"),
    ("2 | Present | Mum, Kemi", "present", "Mum, Kemi"),
    ("Next visit >> 4 June", "next_visit", "4 June"),
    ("Analysis.... Kemi is settled", "analysis", "Kemi is settled"),
    ("Mum - present throughout", None, "Mum - present throughout"),
])
def test_a_label_that_names_a_section_carries_its_sentence(line, key, body):
    units = T.sentences(line)
    assert [(u.text, u.heading) for u in units] == [(body, key)]


@pytest.mark.parametrize("line, key", [
    ("Q1. What was the purpose of the visit?", "purpose"), ("What did the young person say?", "child_voice"),
    ("What do the carers think?", "carers_views"), ("What are the next steps?", "actions"),
    ("When is the next visit?", "next_visit"), ("What is your analysis?", "analysis"),
    ("Purpose (why are you visiting today?)", "purpose"), ("Outcomes / actions", "actions"), ("Parental views", "carers_views"),
])
def test_a_forms_question_or_prompt_names_its_section(line, key):
    found = T.heading(line)
    assert found is not None and found.key == key


# Questions a worker asks a child in a transcript are no headings.
@pytest.mark.parametrize("line", ["Who did you see?", "When will you see Dad again?", "What did Mum say?",
                                  "What are you going to do?", "Send Dad the plan (Responsible: Ms Vance)"])
def test_questions_to_a_child_and_actions_with_a_bracket_are_no_section_headings(line):
    found = T.heading(line)
    assert found is None or found.key is None


@pytest.mark.parametrize("line, marker", [
    ("1.1 Send Mum the plan", "1.1 "), ("2.3.1 book the optician", "2.3.1 "), ("4.2) Ring the GP", "4.2) "),
    ("10.30 Dad arrived", ""), ("3.5 hours later she slept", ""), ("2.0 Analysis", ""), ("7.5 out of 10", ""),
])
def test_sub_numbered_list_items_are_bullets_but_times_and_amounts_are_not(line, marker):
    assert line[:T.bullet(line)] == marker
