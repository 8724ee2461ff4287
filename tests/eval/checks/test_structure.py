import pytest

from eval.checks.structure import has_owner, has_timescale, present_sections
from tests.eval.checks.conftest import FAITHFUL


def test_missing_sections_come_from_the_templates_section_list(review):
    record = FAITHFUL.replace("## Analysis\n", "").replace(
        "I think Aisha is settled at her new school, because she talks about her friends, but she is unsettled at night.\n", "")
    findings = review(record, only=["structure.missing_section"])
    assert [f.evidence for f in findings] == ["analysis"]


def test_headings_in_other_styles_and_aliases_count():
    record = ("PURPOSE OF VISIT\nx\nPresent: mum\n**Voice of the child**\nx\nObservations:\nx\n"
              "Parents' views\nx\n# Assessment\nx\nNext steps:\n- x\nNext visit date: 4 June")
    assert present_sections(record) == ["purpose", "present", "child_voice", "observations", "carers_views",
                                        "analysis", "actions", "next_visit"]


def test_no_record_type_skips_the_section_check(review):
    assert review("A short note.", record_type=None, only=["structure.missing_section"]) == []


@pytest.mark.parametrize("action, owner, timescale", [
    ("Mum to take Aisha to the dentist within two weeks.", True, True),
    ("I will visit again in four weeks.", True, True),
    ("Ms Okafor (social worker) to refer to the school nurse by 14 June.", True, True),
    ("- mum to take ali to dentist within 2 weeks", True, True),
    ("Action: school to share attendance figures — owner: Mr Hill — by end of term", True, True),
    ("Action: Take Kemi to the optician — owner: Dad — within two weeks", True, True),  # the field after the dash
    ("Task: chase the housing transfer — who: tbc — when: by Friday", False, True),
    ("Refer to the school nurse.", False, False),
    ("Social worker to arrange a CAMHS referral.", True, False),
    ("By Friday 3 May: send the minutes to all.", False, True),
    ("A referral to CAMHS will be made by 10/06.", False, True),
    ("Book a dentist appointment (mum) before the next visit.", True, True),
    ("Zain to attend the youth club every Tuesday.", True, False),  # how often, not by when
    ("Zain to attend the youth club every Tuesday from next week.", True, True),
])
def test_owner_and_timescale(action, owner, timescale):
    assert (has_owner(action), has_timescale(action)) == (owner, timescale)


def test_incomplete_actions_are_flagged_with_what_is_missing(review):
    record = FAITHFUL.replace("- I will visit again in four weeks.", "- Refer Aisha to the school nurse.")
    findings = review(record, only=["structure.action_incomplete"])
    assert [f.message for f in findings] == ["This action has no owner and no timescale."]
    assert review(FAITHFUL, only=["structure.action_incomplete"]) == []


NAMES = frozenset({"grzegorz", "medina", "drew", "ximena", "nawaz", "warsame", "flynn", "ingham", "barney"})


@pytest.mark.parametrize("action, owner, timescale", [
    ("→ Put Grzegorz to bed at the same time every night. Lead: Mrs Medina. Timescale: over the next two weeks.",
     True, True),
    ("→ Put Grzegorz to bed at the same time every night.", False, False),  # a frequency is not by when
    ("1: Apply to the uniform fund for a coat | Ms Warsame | before half term", True, True),
    ("▪ Find Barney a lunchtime buddy | Mrs Ogden", True, False),
    ("[1] Before we next meet — Ms Nawaz is going to sign Dad up to the parenting programme.", True, True),
    ("→ Mr Flynn: make a child's version of the plan, no later than 30 March.", True, True),
    ("Social worker (Mr Ingham): ask Kai who he would like at his next meeting.", True, False),
    ("who: mrs medina / what: same bedtime every night / when: over next 2 wks", True, True),
    ("who: tbc / what: same bedtime / when: tbc", False, False),
    ("[IRO] phone Grzegorz pre-review b4 we next meet", True, True),
    ("Within three weeks: talk to Drew about what he would like.", False, True),
    ("Talk to Ximena about what she would like within two weeks.", False, True),
    ("Keep a sleep diary for Trevor (Mum, by the end of the month).", True, True),
    ("Mum will keep a sleep diary in the next nine working days.", True, True),
    ("Mrs White (class teacher) to set up a weekly check-in for Keisha.", True, False),
    ("Chase the CAMHS waiting list for a date (Ms Qureshi).", True, False),
    ("Request the health records from the GP (Miss Crowther).", True, False),
    ("Send the minutes by Friday.", False, True),
])
def test_owner_and_timescale_in_other_layouts(action, owner, timescale):
    assert (has_owner(action, NAMES), has_timescale(action)) == (owner, timescale)


def test_an_action_item_keeps_its_field_sentences_and_a_table_header_is_no_action(review):
    layouts = {
        "fields": "## Actions\n▪ Book the dentist for Aisha. Lead: Mum. Timescale: by Friday.\n"
                  "▪ Visit Aisha again. Lead: me (social worker). Timescale: in four weeks.",
        "table": "## Actions\nTask | Owner | When\nBook the dentist | Mum | within two weeks\n"
                 "Visit again | social worker | in four weeks",
        "prose": "## Actions\nMum will book the dentist by Friday. I will visit again in four weeks.",
    }
    for name, actions_text in layouts.items():
        record = FAITHFUL.split("## Actions")[0] + actions_text + "\n## Next visit\nIn four weeks."
        assert review(record, only=["structure.action_incomplete"]) == [], name
    record = FAITHFUL.split("## Actions")[0] + layouts["fields"].replace(" Lead: Mum.", "")
    findings = review(record, only=["structure.action_incomplete"])
    assert [f.message for f in findings] == ["This action has no owner."]



@pytest.mark.parametrize("action", [
    "» Ahead of the next meeting, Mrs Okafor will keep a sleep diary for Leo.",
    "[ ] Within ten working days, Mr Quinn will ask Leo how he would like the next visit to go.",
    "Straight away, and no later than 3 June, I will find out about a befriender.",
    "◦ In the next three weeks, Dad will take Leo for his eye test.",
])
def test_an_owner_after_a_timescale_and_a_comma_is_an_owner(action):
    assert has_owner(action, frozenset({"okafor", "quinn", "leo"}))


@pytest.mark.parametrize("action", ["Within two weeks, to book the dentist.", "Within a week, the appointment will be made."])
def test_a_timescale_before_a_comma_is_not_an_owner(action):
    assert not has_owner(action, frozenset())


def test_a_field_label_mid_line_is_not_a_name():
    from eval.checks import Material
    from eval.checks.structure import _names
    names = _names(Material("We met with Aisha (at home) Agreed: chase the school nurse.", None, "home_visit"))
    assert "aisha" in names and "agreed" not in names


@pytest.mark.parametrize("style", [
    "## {n}. {t}", "--- {T} ---", "[{t}]", ">> {t}", "Section {n}: {t}", "{t}\n{rule}", "**{t}**", "{T}",
    "{n}) {t}", "=== {t} ===",
])
def test_headings_in_any_style_name_their_sections(style):
    titles = ["Reason for the visit", "People present", "Views of the child", "What I observed",
              "Foster carer's views", "Professional analysis", "Next steps", "Date of next visit"]
    record = "\n\n".join(style.format(n=i + 1, t=t, T=t.upper(), rule="-" * len(t)) + "\nSomething was written here."
                         for i, t in enumerate(titles))
    assert present_sections(record) == ["purpose", "present", "child_voice", "observations", "carers_views",
                                        "analysis", "actions", "next_visit"]


def test_a_section_left_out_is_still_missing_whatever_the_style(review):
    record = FAITHFUL.replace("## ", "--- ")
    record = "\n".join(f"{line.upper()} ---" if line.startswith("--- ") else line for line in record.split("\n"))
    record = record.replace("--- ANALYSIS ---\nI think Aisha is settled at her new school, because she talks about her "
                            "friends, but she is unsettled at night.\n", "")
    assert [f.evidence for f in review(record, only=["structure.missing_section"])] == ["analysis"]


def _with_actions(actions_text: str) -> str:
    return FAITHFUL.split("## Actions")[0] + "## Actions\n" + actions_text + "\n## Next visit\nIn four weeks."


@pytest.mark.parametrize("actions_text, messages", [
    # A table is read by its header: the who and when columns say who and by when.
    ("| Who | What | When |\n| --- | --- | --- |\n| Mum | Book the dentist | within two weeks |\n"
     "| Ms Adeyemi | Visit Aisha at school | by 20 May |", []),
    ("| Action | Lead | Target date |\n|---|---|---|\n| Book the dentist | Mum | |\n| Visit again | me | in four weeks |",
     ["This action has no timescale."]),
    ("| Who | What | When |\n| --- | --- | --- |\n|  | Book the dentist | within two weeks |",
     ["This action has no owner."]),
    ("| Who | What | When |\n| --- | --- | --- |\n| TBC | Book the dentist | TBC |", ["This action has no owner and no timescale."]),
    # Numbered fields: "Action 1: ... Owner: ... Target date: ..." is one action.
    ("Action 1: Book the dentist. Owner: Mum. Target date: within two weeks.\n"
     "Action 2: Visit Aisha at school. Owner: Ms Adeyemi (social worker). Target date: by 20 May.", []),
    ("Action 1: Book the dentist. Target date: within two weeks.\nAction 2: Visit Aisha. Owner: Ms Adeyemi.",
     ["This action has no owner.", "This action has no timescale."]),
    # A name after a dash at the end is the owner, after a 'by ...' timescale too.
    ("1/ Book the dentist, by the end of the day on Friday 9 May - Mr Kowalczyk\n"
     "o Keep a sleep diary, within two weeks - Mrs Ncube\n2> Visit Aisha at school, by 20 May - Ms Adeyemi", []),
    ("1/ Book the dentist, by the end of the day on Friday 9 May\n2/ Keep a sleep diary - Mrs Ncube",
     ["This action has no owner.", "This action has no timescale."]),
    ("[ ] Book the dentist / lead: Mum / due within two weeks\n[ ] Keep a sleep diary / lead: Mrs Ncube",
     ["This action has no timescale."]),
])
def test_action_layouts(review, actions_text, messages):
    findings = review(_with_actions(actions_text), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


# Layouts, owners and timescales the blind splits used that the check once missed, in new words.
@pytest.mark.parametrize("action, owner, timescale", [
    # "By:" names whoever or whenever its value says.
    ("Action: Book Tomasz a hearing test. By: Mrs Adeyemi. When: by close of play on Tuesday.", True, True),
    ("Action: Book Tomasz a hearing test. By: Friday 4 July.", False, True),
    ("Action: Ring the dentist. By: Family support worker (Mr Roe).", True, False),
    # A tag split by a semicolon, an arrow to the owner.
    ("~ Chase the housing repair (Ms Lindqvist; no later than Monday 2 March)", True, True),
    ("#3 Enrol Ifeoma at the holiday club (Dad; before the end of the school term)", True, True),
    ("Apply for a school uniform grant → Mr Oyelaran, on or before 9 May", True, True),
    ("Apply for a school uniform grant -> GRANDMA, inside five working days", True, True),
    ("Apply for a school uniform grant →", False, False),
    # A leading timescale before a dash or colon, however it is worded.
    ("4.) Inside ten working days - School (Mrs Baptiste) is to ring me if Kacper is absent.", True, True),
    ("+ Ahead of Thursday 12 June - Dad is to post the form.", True, True),
    ("at the very latest by 30 May: the SENCO is to send the plan home", True, True),
    # Owners after "agreed that", "is the one to"; nobody in particular is nobody.
    ("Nan agreed that she would walk Rhys to school within the next week.", True, True),
    ("We were told someone would fix the boiler within the month.", False, True),
    ("It was agreed to refer Mum to the parenting group by w/c 3/6.", False, True),
    ("Mr Achterberg (youth worker) is the one to take Luca climbing asap.", True, False),  # hurry, no time
    ("Dad agreed that they would get a carbon monoxide alarm to be fitted by 8 December.", True, True),
    # Habits, possessives and wishes are no timescale.
    ("Mum: will phone Grandad each Sunday.", True, False),
    ("The social worker is to add today's visit to the chronology.", True, False),
    ("I will ask Precious what she would like at the next review.", True, False),
    ("I will ask Precious what she would like at the next review, by half term.", True, True),
    ("The IRO will speak with Precious before the next review.", True, True),
    ("Ongoing: Mum to keep the medication locked away.", True, True),
    # Owners told by the grammar of taking a task on, and the passives and tags that name nobody.
    ("Grandad took on the task to walk Tiago to school from Monday 2 June.", True, True),
    ("Mrs Oyelaran has taken responsibility for the school uniform grant form.", True, False),
    ("The school nurse is responsible for weighing Imogen each fortnight until 30 July.", True, True),
    ("Ms Haugen was tasked with writing to the housing officer by 12 June.", True, True),
    ("Dad's job is to fit the stair gate before the baby starts crawling.", True, True),
    ("For Mum: ring the surgery about the inhaler by Tuesday.", True, True),
    ("Led by the health visitor: a sleep routine plan by the end of the month.", True, True),
    ("Ask the landlord about the mould, Mr Petrov leading, by 3 October.", True, True),
    ("Chase the dentist referral - Ms Nakashima to lead", True, False),
    ("Refer Ali to the young carers group, to be done by Mr Rossi within ten working days.", True, True),
    ("i'm going to send the minutes out by friday", True, True),
    # Nobody named: the task as a thing that was agreed or will be done.
    ("The task to send Dad the minutes by Friday 4 July was agreed.", False, True),
    ("It was agreed the consent form would be signed by 9 May.", False, True),
    ("Enrol Kasia at the holiday club, to be done at the latest by 1 August.", False, True),
    # A time of day with a condition is a standing task, not a deadline.
    ("School to phone me by 10am if Dexter is not in class.", True, False),
])
def test_owner_and_timescale_in_blind_layouts(action, owner, timescale):
    assert (has_owner(action), has_timescale(action)) == (owner, timescale)


@pytest.mark.parametrize("actions_text, messages", [
    # Fields in brackets after the task, any bracket, any separator between the fields.
    ("(•) Book Olamide's dentist check [owner: Dad; due: by Friday 6 June]\n"
     "(•) Ring the housing team about the damp {lead: Ms Czerwińska, deadline: within ten days}", []),
    ("⁃ Book Olamide's dentist check [due: within two weeks]\n⁃ Ring the housing team [owner: Ms Czerwińska]",
     ["This action has no owner.", "This action has no timescale."]),
    # Numbered action codes, and the owner and the timescale after the task's colon.
    ("AP1: Walk Kofi to the youth club: Grandad, before the end of next week\n"
     "AP2: Send the uniform grant form: MR DE SOUSA, not later than Tuesday 3 March", []),
    ("A1. Walk Kofi to the youth club: Grandad, before the end of next week\n"
     "A2. Check Kofi's glasses at the next appointment: Dr Hallgrímsson",
     ["This action has no timescale."]),
    # An event inside the task is what is to be done when the list keeps by when in its own slot.
    ("4] Meet Siobhan alone before the review [owner: Mr Abara; due: no later than 2 May]\n"
     "4.) Meet Siobhan's teacher before the review [owner: Ms Tiwari]", ["This action has no timescale."]),
    ("- Talk to Idris about his worries at the next visit / lead Ms Rao / by 9 May\n"
     "- Phone Idris's nan | Mum | before we next meet", []),
    # A table whose header names a column in other words; a dash in a cell says nothing.
    ("| Ref | Agreed action | Responsible | Timescale |\n| --- | --- | --- | --- |\n"
     "| 1 | Book the optician | Mr Osei | by 30 April |\n| 2 | Check Ama's inhaler at the next appointment | Dr Lim | — |",
     ["This action has no timescale."]),
    # A rule under the heading is no action.
    ("______________\nI undertook to ring Precious's school within five working days.", []),
    # Fields on one line, after any bullet or compound number.
    ("⊳ WHO: Mr Achebe / WHAT: book the optician / BY WHEN: by 30 April\n"
     "2.- WHO: Nan / WHAT: collect the bike / BY WHEN: this weekend", []),
    ("◉ WHAT: book the optician / BY WHEN: by 30 April\n➜ Responsible person: Nan | Task: collect the bike",
     ["This action has no owner.", "This action has no timescale."]),
    # Fields on lines of their own: one action a block, a field missing is missing.
    ("Who: Mr Achebe\nWhat: book the optician\nWhen: by 30 April\n\nWho: Nan\nWhat: collect the bike",
     ["This action has no timescale."]),
    ("Task: book the optician\nDeadline: 30 April\nNamed worker: Mr Achebe\nTask: collect the bike\nDeadline: Saturday",
     ["This action has no owner."]),
    # Tables whose columns are named in other words; an empty cell says nothing.
    ("| No. | Step | Whose job | Finish by |\n| 1 | Book the optician | Mr Achebe | 30 April |\n"
     "| 2 | Collect the bike |  | Saturday |", ["This action has no owner."]),
    ("| Worker | Support offered | How often | Review |\n| --- | --- | --- | --- |\n"
     "| Ms Diallo | Help with the food bank voucher | once | 30 April |\n| Nan | School pick-ups | daily |  |",
     ["This action has no timescale."]),
    # A tag after double marks names the owner.
    ("Book the optician >> Mr Achebe >> by 30 April\nCollect the bike :: Nan", ["This action has no timescale."]),
])
def test_action_layouts_with_fields_codes_and_slots(review, actions_text, messages):
    findings = review(_with_actions(actions_text), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


@pytest.mark.parametrize("action, owner, timescale", [
    ("Grandma undertook to collect Ayesha from school every Tuesday.", True, False),
    ("Mr Nakamura has volunteered to drive Jonah to football by the end of the month.", True, True),
    ("AP3: Ring the GP: Miss Oduya, some time in the next three weeks", True, True),
    ("Get the consent form signed [who: Mum; when: tbc]", True, False),
    ("Keep the medication diary (by: Dad; target date: 4/7)", True, True),
    ("Do the home safety check [when: ASAP]", False, False),
    ("Ring the school [Dad / by the end of May]", True, True),
    ("Fix the smoke alarm: landlord, asap", True, False),
    # How long is not by when; a span from now is.
    ("Dad undertook to keep a food diary for Mihail for two weeks.", True, False),
    ("Mum to use the reward chart for 3 weeks.", True, False),
    ("Mum to use the reward chart for the next three weeks.", True, True),
    ("Mum to use the reward chart for 3 weeks, starting from tomorrow.", True, True),
])
def test_owner_and_timescale_in_bracketed_and_coded_layouts(action, owner, timescale):
    assert (has_owner(action), has_timescale(action)) == (owner, timescale)


@pytest.mark.parametrize("action, owner, timescale", [
    ("Action: Book the optician  Owner: Gran  Due: 12/05", True, True),  # fields apart by two spaces
    ("Action: Book the optician\tOwner: TBC\tDue: 12/05", False, True),
    ("Book the optician; Gran; 12 May", True, True),
    ("Gran agreed she'd book the optician by Friday.", True, True),
    ("It was agreed Gran would book the optician this week.", True, True),
    ("It was agreed someone would book the optician this week.", False, True),
    # The owner in any slot of the sentence: a task handed to someone after it.
    ("Book the optician for Tomasz before half term: this sits with Mrs Adebayo-Quinn.", True, True),
    ("RING THE HOUSING OFFICER ABOUT THE MOULD BY 3 MARCH - RESPONSIBILITY RESTS WITH DAD", True, True),
    ("It falls to the school nurse to weigh Zofia within the month.", True, True),
    ("Apply for the uniform grant, allocated to the family support worker, by Friday.", True, True),
    ("Make sure Imani stays with her nan until 6pm.", False, True),  # "with her nan" is the task
    ("Action point 2 - Get Dad to sign the consent form by 4 May (to be allocated).", False, True),
    # The time the agreement was made is no deadline; a time preposition and any period is one.
    ("It was agreed today that Miss Abubakar would apply to the welfare fund for a cooker.", True, False),
    ("As discussed at this morning's visit, Grandpa Joe will fix the stair gate.", True, False),
    ("We decided on Monday that Mum would ring the dentist by Thursday.", True, True),
    ("gran to sort the bunk beds this side of christmas", True, True),
    ("Dad will do the school run between now and the hearing.", True, True),
    ("Mr Sørensen to visit over the two weeks leading up to the panel.", True, True),
    ("Aunt Blessing to take Kwame swimming in the run-up to Eid.", True, True),
    ("The FSW will call Mum a fortnight from today.", True, True),
])
def test_owner_and_timescale_in_exported_forms_and_reported_agreements(action, owner, timescale):
    assert (has_owner(action), has_timescale(action)) == (owner, timescale)


@pytest.mark.parametrize("actions_text, messages", [
    # A line that only numbers the action under it is no action.
    ("Action 1\nAgreed action: Ring the GP\nLead person: Ms Nwosu\nComplete by: 30 April\n"
     "ACTION POINT 2:\nAgreed action: Collect the bike\nLead person: Nan\nComplete by: Saturday", []),
    ("Task no. 1\nAgreed action: Ring the GP\nLead person: Ms Nwosu", ["This action has no timescale."]),
    # A table with tabs for bars, read by its header; a row without its last cell lacks it.
    ("No.\tAction\tLead\tDeadline\n1.\tRing the GP\tMs Nwosu\t30 April\n2.\tMeet Ola before the review\tMr Haddad",
     ["This action has no timescale."]),
    ("Action\tLead\tDeadline\nRing the GP\t\t30 April", ["This action has no owner."]),
])
def test_numbered_labels_and_tab_tables(review, actions_text, messages):
    findings = review(_with_actions(actions_text), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


def test_an_action_ending_in_a_bracketed_tag_is_no_heading(review):
    findings = review(_with_actions("Book the optician [Gran, 12/05]\nRing the school [Gran]"),
                      only=["structure.action_incomplete"])
    assert [f.message for f in findings] == ["This action has no timescale."]


@pytest.mark.parametrize("actions_text, messages", [
    # A line that only numbers the action below it, whatever words lead the number.
    ("Next step 1\nStep: Chase the housing officer\nResponsible: Mr Okafor\nTarget date: 9 May\n"
     "Follow-up 2\nStep: Ring the school nurse\nResponsible: Gran\nTarget date: Friday", []),
    ("PRIORITY ACTION 1 (URGENT)\nWhat: Move the cot away from the window\nWho: Dad\nWhen: today\n"
     "Step 2 of 2\nWhat: Fit a stair gate\nWho: Dad\nWhen: by the weekend", []),
    # Cells apart by spaced colons, under a header row; an empty last cell lacks its timescale.
    ("REF : ACTION : LEAD : BY WHEN\n1 : Book the optician for Wiremu : Dad : 12 June\n"
     "2 : Ring the housing officer : Ms Petrova : ", ["This action has no timescale."]),
    # A row's numbering cell is not under any column; a dash in the lead column is no owner.
    ("Who | What | Deadline\nRow 1 | Mrs Adeyemi | Send the minutes | 3 March\n"
     "Row 2 | — | Chase the CAMHS referral | Before the review on 9 March", ["This action has no owner."]),
    ("Lead | Action | Due\n#1 | Nana Efua | Take Kofi to football | every Saturday\n"
     "#2 | Mr Haas | Let me know if Lena misses her bus by eight | —", ["This action has no timescale."]),
    # Someone asked or told to do it is its owner; an order to ask someone names nobody.
    ("I asked Mr Teixeira to bring the tenancy papers by Thursday. "
     "We have reminded the school nurse to send the growth chart within a week.", []),
    ("Ask Tomasz to bring his reading book by Monday.", ["This action has no owner."]),
])
def test_row_labels_colon_tables_and_asked_owners(review, actions_text, messages):
    findings = review(_with_actions(actions_text), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


@pytest.mark.parametrize("line, heading", [
    ("3 : Ring the GP : Mum :", False),  # a table row in spaced colons, not a heading
    ("NO. : TASK : OWNER : DUE", False),
    ("Section 4 : Analysis", True),
    (":: Actions ::", True),
])
def test_a_row_of_spaced_colons_is_no_heading(line, heading):
    from eval.checks import text as T
    assert T.is_heading(line) is heading


@pytest.mark.parametrize("actions_text, messages", [
    # Header rows parted by semicolons, runs of spaces or commas: rows are read by the header's columns.
    ("Who; What; By when\nGrandad Reuben; Collect Esi from breakfast club; daily from 2 June\n"
     "n/a; Chase the nursery place; before half term", ["This action has no owner."]),
    ("OWNER        ACTION                      DUE\nMs Lindqvist  Send the minutes to Dad     10 April\n"
     "—            Book the family group conference   in three weeks", ["This action has no owner."]),
    ("Action,Lead,Deadline\nRing the health visitor,Ms Achterberg,\nSend the plan,Mr Doyle,3 May",
     ["This action has no timescale."]),
    # A row whose commas do not fit the header's columns is read by its words.
    ("Action,Lead,Deadline\nRing the HV, then the GP,Ms Achterberg,Friday", []),
    # Without a header, a row's first cell may name its owner.
    ("Aunt Precious | Take Jayden to the optician | —\nMr Novak | Ring the landlord | by 6 May",
     ["This action has no timescale."]),
])
def test_tables_in_loose_separators_and_headerless_rows(review, actions_text, messages):
    findings = review(_with_actions(actions_text), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


# Minute-style agenda headings and sub-numbered actions with the owner on a line of its own under them.
@pytest.mark.parametrize("style", ["Agenda item {n}: {t}", "AGENDA ITEM {n} - {T}", "agenda {n}. {l}",
                                   "Agenda point {n} – {t}", "Minute {n}: {t}", "Topic {n}) {l}"])
def test_agenda_and_minute_numbering_is_stripped_from_headings(style):
    titles = ["Purpose", "Who was present", "Child's views in their own words", "Observations",
              "Parents'/carers' views", "Analysis", "Actions", "Next visit"]
    record = "\n\n".join(style.format(n=i + 1, t=t, T=t.upper(), l=t.lower()) + "\nSomething was written here."
                         for i, t in enumerate(titles))
    assert present_sections(record) == ["purpose", "present", "child_voice", "observations", "carers_views",
                                        "analysis", "actions", "next_visit"]


@pytest.mark.parametrize("line", ["Minute 4: Mum agreed to ring the GP", "Point 3 was agreed by all.",
                                  "Topic 2: housing and money worries came up"])
def test_a_numbered_minute_that_says_something_is_no_heading(line):
    from eval.checks.text import heading
    assert heading(line) is None


def test_a_boxed_heading_rule_does_not_make_the_line_above_it_a_heading(review):
    record = _with_actions("1.1 Ring the school nurse before Friday 6 June.\nACTION: Gran")
    record = record.replace("## Next visit", "=========\nNEXT VISIT\n=========")
    assert review(record, only=["structure.action_incomplete"]) == []
    assert "next_visit" in present_sections(record)


@pytest.mark.parametrize("actions_text, messages", [
    ("1.1 Ring the school nurse before Friday 6 June.\nACTION: Mr Oyelaran\n"
     "2.1 Book Kofi a hearing test over the next three weeks.\nACTION: Mum and school", []),
    ("1.1 Ring the school nurse before Friday 6 June.\nACTION:\n2.1 Book Kofi a hearing test by 30 June.\nAction - Dad",
     ["This action has no owner."]),
    ("2.3.1 Send Gran the contact rota for the next month.\nACTION: Ms Wiśniewska", ["This action has no timescale."]),
    # "Action:" with a task under another task is an action of its own.
    ("Action: Ring the school nurse by Friday. Lead: Dad\nAction: Book a hearing test",
     ["This action has no owner and no timescale."]),
])
def test_sub_numbered_actions_with_the_owner_on_the_line_below(review, actions_text, messages):
    findings = review(_with_actions(actions_text), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


@pytest.mark.parametrize("action, timescale", [
    ("Send Gran the contact rota for the next month.", False),  # which month the rota covers
    ("Agree a plan for the coming term with school.", False),
    ("Mum to apply for the course next month.", True),
    ("Ring Dad over the next month.", True),
])
def test_a_period_a_thing_is_for_is_no_timescale(action, timescale):
    assert has_timescale(action) == timescale


@pytest.mark.parametrize("line, key", [
    ("Analysis shows she is safe", None), ("Actions were agreed with Mum", None),
    ("Who was present at the visit", "present"), ("Next visit date 4 June", "next_visit"),
    ("<b>Purpose</b>", "purpose"), ("<h3>Actions</h3>", "actions"), ("Reason for involvement", "purpose"),
    ("What is the young person telling us?", "child_voice"), ("Views of parent(s)/carer(s)", "carers_views"),
    ("SMART actions", "actions"), ("Date of next visit/review", "next_visit"),
])
def test_heading_shapes_from_exports_and_sentences_that_start_with_a_section_word(line, key):
    from eval.checks.text import heading
    found = heading(line)
    assert (found.key if found else None) == key


@pytest.mark.parametrize("action, owner, timescale", [
    ("Ring the housing officer. Owner: to be allocated. Due: 4 May", False, True),
    ("Ring the housing officer. Lead: a colleague. By: 4 May", False, True),
    ("Ring the housing officer. Lead: n/a. Due: 4 May", False, True),
    ("Ring the housing officer. Lead: Gran/Grandad. Due: date TBC", True, False),
    ("Whoever is on duty will ring Mr Mensah by Friday.", False, True),
    ("Ring Mr Mensah by June.", False, True),  # a month, not a person called June
    ("Mrs Adebayo to ring the housing officer in early May.", True, True),
])
def test_placeholders_for_people_and_dates_fill_nothing(action, owner, timescale):
    names = frozenset({"june", "may", "mensah", "friday", "gran", "grandad"})
    assert (has_owner(action, names), has_timescale(action)) == (owner, timescale)


def test_a_placeholder_in_a_tables_owner_column_is_no_owner(review):
    findings = review(_with_actions("| Action | Who | By when |\n|---|---|---|\n| Ring the optician | someone | 4 June |\n"
                                    "| Book a hearing test | Nan | 6 June |"), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == ["This action has no owner."]


@pytest.mark.parametrize("actions_text, messages", [
    # The owner on a line above each task, labelled as the action's: "ACTION: <name>" then the task.
    ("ACTION: Mr Oyelaran\n1.1 Ring the school nurse before Friday 6 June.\nACTION: Gran\n"
     "2.1 Book Kofi a hearing test by 30 June.", []),
    ("ACTION: Mr Oyelaran\n1.1 Ring the school nurse before Friday 6 June.\nACTION:\n"
     "2.1 Book Kofi a hearing test by 30 June.", ["This action has no owner."]),
    ("Action: Nan\nRing the school nurse by Friday.\nAction: Dad\nBook the dentist.", ["This action has no timescale."]),
    # Fields on lines of their own still gather into one action each.
    ("WHO: Ms Li\nWHAT: ring the GP\nWHEN: Friday\nWHO: Dad\nWHAT: book the dentist", ["This action has no timescale."]),
])
def test_the_owner_line_above_its_task(review, actions_text, messages):
    findings = review(_with_actions(actions_text), only=["structure.action_incomplete"])
    assert [f.message for f in findings] == messages


# An action that says it has no timescale has none, even when it names an event the task is for;
# a date or span it also gives still counts; "asap" / "urgently" alone name no time to check against
# (SMART: time-bound), while "today", "straight away" and "ongoing" (a standing task) are timescales.
@pytest.mark.parametrize("action, timescale", [
    ("Ms Odum is to book an interpreter for the next review, no date set.", False),
    ("Dad to ring the housing officer before the core group - date TBC", False),
    ("Mr Novak will take Zoe to the optician, timescale to be agreed.", False),
    ("Mum to apply for the school uniform grant when possible.", False),
    ("* Nan will collect Leo from football as and when needed", False),
    ("School to share attendance figures - ongoing", True),  # a standing task
    ("Social worker to write the later life letter in due course.", False),
    ("Mrs Achebe to refer Tia to the school nurse, TBC.", False),
    ("Mum to book the dentist asap, by 4 May at the latest.", True),
    ("Ms Lee to send the minutes asap.", False),
    ("Dad to ring the GP urgently.", False),
    ("Dad to put the stair gate back up straight away.", True),
    ("Mum to move the tablets out of reach today.", True),
    ("Owner: TBC. Due: before the review on 3 June.", True),
    ("Mr Ali to visit the school when term starts on 4 September.", True),
])
def test_an_action_that_says_it_has_no_timescale_has_none(action, timescale):
    assert has_timescale(action) == timescale
