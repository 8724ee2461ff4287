"""The child's words found without quotation marks, and who spoke them."""

import pytest

from eval.checks.quotes import child_quotes, quotes, unmarked


def _found(text):
    return [(q.speaker, q.text) for q in unmarked(text)]


@pytest.mark.parametrize("text, expected", [
    # a speech verb and a comma or colon, then the words as "I"
    ("Oluwaseun said, I miss going to the park with my dad.", [("child", "I miss going to the park with my dad")]),
    ("MARISOL SAID: I WANT MY OWN ROOM. Mum agreed.", [("child", "I WANT MY OWN ROOM")]),
    ("siobhan told me, i hate the bus to school", [("child", "i hate the bus to school")]),
    # "in her own words" and "put it" lead-ins; the possessive "words:"
    ("Kwame said to me, in his own words, My brother is my best mate.", [("child", "My brother is my best mate")]),
    ("As Priya put it: Nobody listens when I talk.", [("child", "Nobody listens when I talk")]),
    ("Dawid's words: The shouting keeps me awake.", [("child", "The shouting keeps me awake")]),
    # a label with an arrow or a dash, inside a bullet
    ("- Tiago -> I want to stay with nan at weekends", [("child", "I want to stay with nan at weekends")]),
    # the words first, the attribution after
    ("Football on Saturdays is the best bit, Rhys said.", [("child", "Football on Saturdays is the best bit")]),
    ("I don't want a new school, she told me.", [("child", "I don't want a new school")]),
    # an adult passing on the child's words
    ("Mrs Adeyemi (teacher): He told me at break, I never get picked for teams.",
     [("child", "I never get picked for teams")]),
    # an adult's bare words are an adult's
    ("Dad said, I work nights so it's hard to get them up.", [("adult", "I work nights so it's hard to get them up")]),
])
def test_bare_speech_and_its_speaker(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "Bay said nobody at home hurts him.",  # reported: no comma, third person
    "Amira said, she likes her new teacher.",  # reported after a comma, lower case, third person
    "Lucas answered briefly, looked at his phone, and told me he was fine.",  # narration with the writer's "me"
    "Ife said little at first, but talked more when we played cards.",
    "dental check - done in June, no fillings needed",  # a note, not a speaker
    "chronology update -> IRO (me) - 3 wks",
    "jakub (9) - CP visit, 11 Nov",  # a title
    "mum upset about the plan, says it's unfair",  # "says it's unfair" names no speaker
    "Zara showed me her drawings, laughed a lot",
    "Section 2: Who was present",
    "People seen: dad, me, Mrs Begum (school)",
])
def test_what_is_not_bare_speech(text):
    assert [q for q in unmarked(text) if q.speaker != "adult"] == []


def test_quoted_words_are_not_found_twice():
    text = 'Nia said, "I like my foster carer"; Nia -> "we go swimming on Sundays"'
    assert unmarked(text) == []
    assert [q.text for q in quotes(text)] == ["I like my foster carer", "we go swimming on Sundays"]


def test_transcript_lines_with_time_stamps():
    text = ("Recording: ELLIS (SW), Tanya (Mum), Kacper\n"
            "(00:01:10) ELLIS: What's the best thing about home?\n"
            "(00:01:25) Kacper: My dog sleeps on my bed.\n"
            "(00:02:40) Tanya: He's been much calmer.\n"
            "[00:03:05] Kacper: I want to do boxing like my uncle.\n")
    assert [(q.speaker, q.text) for q in child_quotes(text)] == [
        ("child", "My dog sleeps on my bed."), ("child", "I want to do boxing like my uncle.")]


@pytest.mark.parametrize("text, speaker", [
    ("lovely seen alone\nlovely says, “I'm top of my class at spelling”", "child"),  # a name ending -ly
    ("Emily quietly said 'I want to go home'", "child"),
    ("mr okoro says she wets the bed; jade in her words 'Miss is kind to me'", "child"),
    ("Mum, in her own words, 'I'm at the end of my tether'", "adult"),
    ("shay seen alone\nshay -> 'nobody ever asks me'", "child"),
    ("My view: 'she seems happier at school'", "adult"),  # the writer's
])
def test_who_spoke_a_marked_quote(text, speaker):
    assert [q.speaker for q in quotes(text)][-1] == speaker


def test_a_cast_list_is_not_a_speaker():
    text = "People seen: mum, Munir, Hadeel (sister)\nMunir seen alone in his room"
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, expected", [
    ("- Munir (own words) 'I made a den in the garden'", [("child", "I made a den in the garden")]),
    ("Yusuf seen alone\nYusuf > “I want to see my cousins more”", [("child", "I want to see my cousins more")]),
    ("Věra told Ms Nowak-Bąk, in her own words, \"At times I'd like to be by myself.\"",
     [("child", "At times I'd like to be by myself.")]),
    # the child is named in a task line with its owner in brackets: still the child
    ("- dentist check-up - Kofi (Mrs Mensah) - 2 wks\n- Kofi said 'my tooth still hurts'",
     [("child", "my tooth still hurts")]),
    ("- views on plan w/ Ailsa (sw) - asap\nAilsa said 'I want to go back to my old school'",
     [("child", "I want to go back to my old school")]),
    # a note about the child is not their words; a line in their voice is
    ("Keira seen alone\n- Keira: can't get to sleep till late most nights\n- Keira: I hate the dark",
     [("child", "I hate the dark")]),
])
def test_more_ways_notes_give_the_childs_words(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text) if q.speaker == "child"] == expected


def test_a_role_abbreviation_in_a_transcript_is_an_adult():
    text = ("Typed up: Practitioner (Ms Ahmed), PM (Mr Lowe)\nPM: How is Ola?\n"
            "Practitioner: Ola is settled at school and sleeping better.\nPM: What did she say about school?\n"
            "Practitioner: As she put it, 'I like my new teacher, she is kind.'\nPM: Good, so what next for Ola?")
    assert [q.text for q in child_quotes(text)] == ["I like my new teacher, she is kind."]


@pytest.mark.parametrize("text, expected", [
    ("*I miss my mum* - Tamsin, in her own words", [("child", "I miss my mum")]),
    ("Tamsin said _my room is too cold at night_", [("child", "my room is too cold at night")]),
    ("SW: and home?\nTAMSIN: *I hate the new flat*\nMum: it's fine\nSW: ok\nTAMSIN: *no one comes round*",
     [("adult", "and home?"), ("child", "I hate the new flat"), ("adult", "it's fine"), ("adult", "ok"),
      ("child", "no one comes round")]),
    ("Dad said _I'm doing my best with them_", [("adult", "I'm doing my best with them")]),
    ("**Child's views**\n*Tamsin was not seen alone today*", []),  # an italic note, not speech
    ("see file_name_here and snake_case", []),
])
def test_words_set_apart_in_italics(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # two apostrophes typed for a double mark, and low-high marks
    ("Ngozi whispered, ''I drew a picture of my cat.'' Then she went out to play.",
     [("child", "I drew a picture of my cat.")]),
    ("- ''my room is too small for my stuff'' - Tomasz", [("child", "my room is too small for my stuff")]),
    ("dad's view ''he needs more routine''; ilse said „I want my oma to come“",
     [("adult", "he needs more routine"), ("child", "I want my oma to come")]),
    # a speaker named beside a word that marks a quote
    ("tariq: quote 'the youth club is the best bit of my week'", [("child", "the youth club is the best bit of my week")]),
    ("- SIOBHAN, own words: “I get the bus on my own now”", [("child", "I get the bus on my own now")]),
    ("quote (step-dad) 'she winds everyone up'", [("adult", "she winds everyone up")]),
    ("- QUOTE (KAYDEN): \"nobody listens to me\"", [("child", "nobody listens to me")]),
    # the second of two verbs: its subject leads the clause, not the person it was said to
    ("Priyanka walked over to Mr Hale and said 'can I go home early'", [("child", "can I go home early")]),
    ("Grandad picked Olu up and said 'he has been good as gold'", [("adult", "he has been good as gold")]),
    ("Mr Hale turned to Priyanka and said 'you did really well'", [("adult", "you did really well")]),
    ("Priyanka's nan came over and said 'she has been an angel'", [("adult", "she has been an angel")]),
    # the writer's aside inside an attribution
    ("Dad: she told me, and I wrote it down word for word, 'I want a sleepover'", [("child", "I want a sleepover")]),
    # an attribution after the first part of a split quote; an adult passing on what the child had said
    ("“Nobody listens,” according to Kezia, “not even my mum.”", [("child", "Nobody listens,"), ("child", "not even my mum.")]),
    ("Nan said Jacob had told her 'I don't want to go to dad's'", [("child", "I don't want to go to dad's")]),
    ("Nan had said 'he is no trouble'", [("adult", "he is no trouble")]),
    # a label that says who spoke to whom
    ("Jayden to SW: 'you never listen to me'", [("child", "you never listen to me")]),
    ("PA to Jayden: 'you did brilliantly today'", [("adult", "you did brilliantly today")]),
    # more speech verbs
    ("Kai came out with this: “Nan lets me stay up late”", [("child", "Nan lets me stay up late")]),
    ("aunty put it like so: 'he is a different boy now'", [("adult", "he is a different boy now")]),
])
def test_more_marks_labels_and_attributions(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a child who speaks once in a transcript is known from the cast list; a caseworker is an adult
    ("Speakers: Ffion (SW), Tad (dad), Ellis\nFfion: What's the best bit of school?\nTad: He loves PE.\n"
     "Ellis: Dinner time, I sit with my mates.", [("child", "Dinner time, I sit with my mates.")]),
    ("Typed from tape: Caseworker (Mr Obi), Amara (mum), Zeynep\n09:14:02 Caseworker: What makes a good day?\n"
     "09:14:40 Zeynep: When I see my cousins.\n09:15:10 Amara: She's been brilliant.",
     [("child", "When I see my cousins.")]),
    # a cast list outweighs a title whose brackets give the visit, not a role
    ("12/03/26: ana lucia (hv)\nseen: mum, ana lucia\nana lucia said 'I want a puppy for my birthday'",
     [("child", "I want a puppy for my birthday")]),
])
def test_cast_lists_say_who_is_a_child(text, expected):
    assert [(q.speaker, q.text) for q in child_quotes(text)] == expected


@pytest.mark.parametrize("text", [
    "I met Wiremu at the skate park after school, as he asked.",  # a clause, not an attribution
    "We went to the library instead of the park, when she asked.",
])
def test_a_closing_clause_is_not_an_attribution(text):
    assert unmarked(text) == []


@pytest.mark.parametrize("text, expected", [
    # a recorder's export: the label and a time stamp on one line, the words below; Q and A named in the cast
    ("Voices on the recording: Q (Ms Adeyemi), A (Bartek), Dad (Piotr)\nQ  0:05\nWhat's the best bit of your week?\n"
     "A  0:12\nSwimming with my cousin on Saturdays.\nDad  0:30\nHe's much calmer now.\nQ  1:02\nAnything else?\n"
     "A  1:10\nI don't like the new bus driver.\n",
     ["Swimming with my cousin on Saturdays.", "I don't like the new bus driver."]),
    # a meeting app's export: the time stamp first, full names; the child is the name no role is given
    ("[00:00:04] Social Worker\nHow are things at home?\n[00:00:09] Keeley Ward\nOK. My brother keeps taking my charger.\n"
     "[00:00:20] Social Worker\nShall we talk to mum about that?\n[00:00:31] Keeley Ward\nYeah, I guess so, if she listens.\n",
     ["OK. My brother keeps taking my charger.", "Yeah, I guess so, if she listens."]),
    # full names as labels on the line, the child's in capitals
    ("Who's talking: Ngozi Obi (SW), Carla Mendes (Mum), TOMASZ NOWAK\nNgozi Obi: How's your room?\n"
     "TOMASZ NOWAK: I want my own room.\nCarla Mendes: We're on the list for a bigger flat.\n"
     "Ngozi Obi: And school?\nTOMASZ NOWAK: Can I go now, my mates are waiting?\n",
     ["I want my own room.", "Can I go now, my mates are waiting?"]),
    # the time stamp after the label
    ("Typed from the recording\nSW [00:01:02]: Who do you talk to?\nMum [00:01:09]: Her nan mostly.\n"
     "Ruby [00:01:15]: Nan and my dog.\nSW [00:01:30]: Your dog?\nRuby [00:01:33]: Biscuit. He sleeps on my bed.",
     ["Nan and my dog.", "Biscuit. He sleeps on my bed."]),
    # the child's initial as the label
    ("Present: SW, Mum (Dee), Callum (7)\nSW: what's school like?\nC: Boring, but I like lunch.\nMum: he's been good\n"
     "SW: ok\nC: Can we go to the park after?", ["Boring, but I like lunch.", "Can we go to the park after?"]),
    # an adult's turn passes on the child's words; the header's words are not a label ("as she said it:")
    ("Speakers: Worker (Mr Hale), TM (Ms Roy)\nTM  0:10\nHow is Zara?\nWorker  0:40\nI wrote it down as she said it: "
     "'Nobody at school knows about home.'\nWorker  1:05\nMum said she is sleeping better.\n",
     ["Nobody at school knows about home."]),
])
def test_transcripts_in_more_layouts(text, expected):
    assert [q.text for q in child_quotes(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # how the child spoke, between the name and the colon
    ("- Yusra, unprompted: I made the netball team this term", [("child", "I made the netball team this term")]),
    ("- Grandad, laughing - I can't keep up with him", [("adult", "I can't keep up with him")]),
    # speech straight after its verb, no comma, its first word capitalised
    ("ayesha volunteered My mum lets me stay up on Fridays", [("child", "My mum lets me stay up on Fridays")]),
    ("Mr Dunn reckons She is our little star, honestly", [("adult", "She is our little star, honestly")]),
    ("Tutor: At lunch he said I never get picked for anything.", [("child", "I never get picked for anything")]),
])
def test_speech_named_in_more_ways(text, expected):
    assert [(q.speaker, q.text) for q in quotes(text) if q.speaker == "child" or "Tutor" not in text] == expected


@pytest.mark.parametrize("text", [
    "Dami said I could ring him after school.",  # reported: the writer is "I"
    "she told me I was welcome to come back on Friday",
    "- PEP - Oniel free of any targets at risk, no extra help needed",  # a field, not a speaker
    "- Sleep - Amir settles by eight most nights",
])
def test_no_childs_words_here(text):
    assert child_quotes(text) == []


@pytest.mark.parametrize("text, speaker", [
    # "she" cannot be Grandad; "he" cannot be Mum
    ("Leah got in the car with Grandad. She told me, 'I hate Mondays.'", "child"),
    ("Mum was there when Rhys came in. He said, 'I need a drink.'", "child"),
    ("Rhys came in with Mum. She said, 'I need a drink.'", "adult"),
    # "to chair" is an action, not a chairperson
    ("Ama wants to chair part of her review. In her own words: 'I can say it myself.'", "child"),
    # a recording formula whose sentence names no one: the child's words
    ("Dad said the boiler is fixed. In his own words, 'Football is the only good bit.'", "child"),
    ("Mum, in her own words, 'I'm at the end of my tether'", "adult"),
    ("In his own words, Dad said 'the boiler is fixed now'", "adult"),
])
def test_whom_a_pronoun_stands_for(text, speaker):
    assert [q.speaker for q in quotes(text)][-1] == speaker


def test_a_heading_over_the_childs_own_words():
    text = "ADULTS' VIEWS:\nDad said it is going well.\n\nIN THE CHILD'S OWN WORDS:\nMrs Kaur walked in. She said: I like my new bed."
    assert [q.text for q in child_quotes(text)] == ["I like my new bed"]


def test_a_few_labelled_lines_in_notes_are_no_transcript():
    text = ("also there mum, nordia\nmum: ok with the plan\nnordia: nobody at home hurts anyone\n"
            "miss kettle: on the SEN register\nboxes everywhere, still unpacking\nwent through the safety plan\n"
            "nordia told me 'My nan gives the best hugs'")
    assert [q.text for q in child_quotes(text)] == ["My nan gives the best hugs"]


def test_a_child_seen_is_not_the_adult_owning_a_task():
    text = "- siham seen alone at school\n- eye test - Siham (dad) - 2 wks\n- SIHAM volunteered 'I love my new trainers'"
    assert [q.text for q in child_quotes(text)] == ["I love my new trainers"]


@pytest.mark.parametrize("text, expected", [
    # a phrase before the subject, then the verb and the words with no comma
    ("I saw Oskar at home. In his own time, Oskar said I want my bike fixed.", [("child", "I want my bike fixed")]),
    # "X's answer was ...": given, not reported, even when it starts "I was"
    ("Met Nour after school. Nour's reply was I was scared at first but I'm fine now.",
     [("child", "I was scared at first but I'm fine now")]),
    # the one told and where, between the verb and the words
    ("Visited Dovydas. Dovydas told Mrs Achebe at break My stepdad shouts at me.", [("child", "My stepdad shouts at me")]),
    # a name opening the words, when they speak as "I" or "me"
    ("seen Bethan alone; bethan answered Nanny Jo takes me swimming", [("child", "Nanny Jo takes me swimming")]),
    # what the writer was asked to write down is the child's
    ("Saw Kwame in his room. Kwame asked me to write down I never want to go back there.",
     [("child", "I never want to go back there")]),
    # "verbatim", alone or naming the speaker, with or without marks
    ("- spoke to Ines alone\n- verbatim: Mum's boyfriend is nice to me", [("child", "Mum's boyfriend is nice to me")]),
    ("- Ines seen\n- VERBATIM - 'my room is too cold'", [("child", "my room is too cold")]),
    ("Saw Ruairi. Verbatim from RUAIRI: I just want to see my dog.", [("child", "I just want to see my dog")]),
    # an adult's turn hands on the child's words after a colon
    ("Present: SW, Mr Dale (teacher), Ava\nMr Dale: She said it to me at lunch: I don't have any friends.\n"
     "SW: thank you\nMr Dale: I typed his words up after: I'm not going home.",
     [("child", "I don't have any friends"), ("child", "I'm not going home")]),
])
def test_lead_ins_without_marks(text, expected):
    assert [(q.speaker, q.text.rstrip(".")) for q in child_quotes(text)] == expected


@pytest.mark.parametrize("text", [
    "Took part: dad, Maryam\n- Maryam - who to invite to the next mtg -- me -- within 10 working days",
    "took part - mrs ferreira (tm), me\nmaryam seen alone",
    "Kacper told Nadia I was coming today.",  # the one told, then reported speech
    "Mum said I could ring her after six.",
    "Amy said Dad was at work.",  # no "I" or "me": not surely her words
])
def test_not_the_childs_words(text):
    assert child_quotes(text) == []
