import pytest

from tests.eval.checks.conftest import FAITHFUL, NOTES, checks


def _with(extra, section="## Observations\n"):
    return FAITHFUL.replace(section, section + extra + "\n", 1)


@pytest.mark.parametrize("sentence", [
    "Aisha has joined a swimming club and goes every Thursday with her cousin.",
    "The family have booked a caravan holiday by the seaside for the summer.",
    "Grandad has moved into the spare room.",
    "Aisha's school report shows 15 absences this term.",
])
def test_unsupported_sentences_are_flagged(review, sentence):
    findings = review(_with(sentence), only=["accuracy.unsupported"])
    assert any(FAITHFUL.count(sentence) == 0 and sentence in _with(sentence)[f.span[0]:f.span[1]] for f in findings)


@pytest.mark.parametrize("sentence", [
    "Aisha's bedroom was warm and tidy.",  # reordered and shortened
    "Mum told me she is doing her best but feels tired.",  # paraphrase
    "Aisha stayed off school on Monday with a cold.",  # paraphrase of a negative
    "Dad was at work during the visit.",
])
def test_paraphrase_and_summary_are_supported(review, sentence):
    assert review(_with(sentence), only=["accuracy.unsupported"]) == []


@pytest.mark.parametrize("sentence, kind", [
    ("Aisha said she has thought about killing herself.", "suicidal thoughts"),
    ("There was a bruise on Aisha's arm.", "an injury"),
    ("Mum smelled of alcohol during the visit.", "alcohol"),
    ("Aisha has been cutting her arms.", "self-harm"),
    ("Aisha went missing overnight last weekend.", "going missing"),
    ("Dad hit mum in front of the children.", "violence"),
])
def test_invented_risk_is_high_severity_and_named(review, sentence, kind):
    findings = review(_with(sentence), only=["accuracy.invented_risk"])
    assert findings and all(f.severity == "high" for f in findings)
    assert kind in findings[0].message


def test_risk_the_notes_record_is_not_invented(review):
    notes = "Seen Tom (6). Bruise on his shin from football, mum showed me. tom said 'I fell over at football'."
    record = "## Observations\nTom had a bruise on his shin, which Mum said came from football."
    assert review(record, notes, only=["accuracy.invented_risk"]) == []


def test_a_negated_risk_mention_is_not_a_claim_of_risk(review):
    assert review(FAITHFUL, only=["accuracy.invented_risk"]) == []


@pytest.mark.parametrize("original, flipped", [
    ("There were no marks or bruises.", "There were marks and bruises."),
    ("Aisha missed school on Monday;", "Aisha attended school on Monday;"),
    ("I saw Aisha on her own in her bedroom.", "I did not see Aisha on her own in her bedroom."),
    # an antonym, not a negated verb: the notes say she did not attend
    ("Aisha missed school on Monday;", "Aisha went to school on Monday;"),
    ("The kitchen was clean with food in the fridge", "The kitchen was clean but there was no food in the fridge"),
])
def test_negation_flips_are_flagged(review, original, flipped):
    record = FAITHFUL.replace(original, flipped)
    assert record != FAITHFUL
    findings = review(record, only=["accuracy.negation"])
    assert [record[f.span[0]:f.span[1]] for f in findings if flipped in record[f.span[0]:f.span[1]]]


def test_numbers_the_notes_never_give_are_unsupported(review):
    record = FAITHFUL.replace("within two weeks", "within six weeks")
    assert "accuracy.unsupported" in checks(review(record))


@pytest.mark.parametrize("text, negative", [
    ("Aisha did not attend school", True),
    ("AISHA DIDN'T ATTEND SCHOOL", True),
    ("aisha didnt attend sch", True),
    ("Mum denied any arguments with Dad", True),
    ("Jayden missed two dental appointments", True),
    ("There was no opportunity to see Kofi alone", True),
    ("smoke alarm hanging off ceiling w/o battery", True),
    ("Dad has stayed clean since March", True),
    ("Mum will ring the school no later than 9 May", False),  # a deadline, not a negative
    ("Bartek did not come home until 2am", False),  # he came home, at 2am
    ("I saw Priya with no one else in the room", False),  # she was seen alone
    ("Mum said there were not no problems", False),  # two cues cancel
    ("Aisha attended school every day", False),
])
def test_polarity_counts_cues_not_lookalikes(text, negative):
    from eval.checks.clauses import polarity
    assert (polarity(text) < 0) is negative


@pytest.mark.parametrize("sentence", [
    "Mum to take Aisha to the dentist within two weeks.",  # the notes say it
    "I saw Aisha on her own in her bedroom.",
    "Dad was at work during the visit.",
    "Aisha was not seen with any marks or bruises.",  # same claim, same polarity, other words
])
def test_a_paraphrase_with_the_same_polarity_is_not_a_flip(review, sentence):
    assert review(_with(sentence), only=["accuracy.negation"]) == []


@pytest.mark.parametrize("item", [
    "1: Mum to take Aisha to the dentist within two weeks.",
    "[1] Mum to take Aisha to the dentist within two weeks.",
])
def test_a_list_number_is_not_a_new_number(review, item):
    record = FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.", item)
    assert "accuracy.unsupported" not in checks(review(record, only=["accuracy.unsupported"]))


@pytest.mark.parametrize("sentence", [
    "Mum said Aisha's uncle keeps a machete under his bed.",  # a term
    "Aisha said Mum's boyfriend shuts her in the cupboard under the stairs when she is naughty.",
    "Aisha told me she sometimes wishes she could go to sleep and not wake up again.",
])
def test_invented_risk_is_found_by_meaning_too(review, sentence):
    findings = review(_with(sentence), only=["accuracy.invented_risk"])
    record = _with(sentence)
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings)


def test_an_invented_everyday_sentence_is_not_risk(review):
    sentence = "Aisha has started learning the violin with a teacher who comes to school on Fridays."
    assert review(_with(sentence), only=["accuracy.invented_risk"]) == []
    assert "accuracy.unsupported" in checks(review(_with(sentence), only=["accuracy.unsupported"]))


@pytest.mark.parametrize("text, inside, outside", [
    ("I wasn't able to see Manal alone", {"see", "alon"}, set()),  # "not" negates its clause
    ("The parenting assessment has still not taken place.", {"assessment"}, set()),
    ("carbon monoxide alarm - none", {"alarm"}, set()),  # "none" ending its clause: the words before
    ("Mum was unhappy about the move", {"happy"}, {"move"}),  # a negative word negates only itself
    ("plan feels done to her, not with her", set(), {"done", "plan"}),  # "not with": only what follows
    ("no contact between Mum and Dad since the court order", {"contact"}, {"court"}),  # "no": the next words
])
def test_what_a_negation_cue_governs(text, inside, outside):
    from eval.checks.clauses import negated
    scope = negated(text)
    assert inside <= scope and not outside & scope


@pytest.mark.parametrize("sentence", [
    "There has been no contact between Mum and Dad since the court order.",  # "Mum and Dad" is one clause
    "Mum was unhappy that the school had not told her about the detention.",  # negates what the notes negate
    "Aisha usually skips breakfast.",  # "skips": does not eat it, as the notes say
])
def test_the_same_negative_in_other_words_is_not_a_flip(review, sentence):
    notes = NOTES + ("- mum + dad have had no contact since the court order\n"
                     "- mum upset school did not tell her about the detention\n- aisha won't eat breakfast\n")
    assert review(_with(sentence), notes=notes, only=["accuracy.negation"]) == []


@pytest.mark.parametrize("item", [
    "Action 2: Mum to take Aisha to the dentist within two weeks.",
    "3/ Mum to take Aisha to the dentist within two weeks.",
    "2> Mum to take Aisha to the dentist within two weeks.",
    "Step 1 - Mum to take Aisha to the dentist within two weeks.",
    "ITEM 4: Mum to take Aisha to the dentist within two weeks.",
    "(iii) Mum to take Aisha to the dentist within two weeks.",
    "AP1: Mum to take Aisha to the dentist within two weeks.",
    "Action point 3 - Mum to take Aisha to the dentist within two weeks.",
    "1 | Take Aisha to the dentist | Mum | within two weeks",
    "| 4 | Take Aisha to the dentist | Mum | within two weeks |",
    "2- Mum to take Aisha to the dentist within two weeks.",
])
def test_a_list_label_and_its_number_are_not_a_claim(review, item):
    record = FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.", item)
    assert "accuracy.unsupported" not in checks(review(record, only=["accuracy.unsupported"]))


@pytest.mark.parametrize("text, expected", [
    ("Zeynep is in bed by 8.30pm", {"8", "8:30"}),
    ("bed by half past eight", {"8", "8:30"}),
    ("BED BY HALF EIGHT", {"8", "8:30"}),  # British: half past eight
    ("home by 20:30", {"8", "8:30"}),
    ("curfew 2130hrs", {"9", "9:30"}),
    ("picked up at quarter to four", {"3", "3:45"}),
    ("dad back at seven thirty", {"7", "7:30"}),
    ("came home at 2am", {"2"}),
    ("half an hour late, half term", set()),  # not clock times
    ("£3.50 for lunch", {"3", "50"}),  # money is not a time
    ("visit 4.3.26", {"4", "3"}),  # a date in dots is not a time (and its "26" is a year)
    ("(00:05:20) MUM: fine", {"0", "5", "20"}),  # a transcript's timestamp is not a time of day
])
def test_clock_times_are_one_number_however_written(text, expected):
    from eval.checks.align import numbers
    assert numbers(text) == expected


@pytest.mark.parametrize("notes_say, record_says, flagged", [
    ("in bed by half past seven most nights", "Tomasz is in bed by 7.30pm most nights.", False),
    ("in bed by 19:30 most nights", "Tomasz goes to bed at half seven most nights.", False),
    ("in bed by half past seven most nights", "Tomasz is in bed by 9.15pm most nights.", True),
    ("eye test at the optician booked for 21 May", "Tomasz has an eye test at the optician on 21/05.", False),
    ("eye test at the optician booked for 21 June", "Tomasz has an eye test at the optician on 21/05.", True),
])
def test_times_and_dates_written_differently_agree(review, notes_say, record_says, flagged):
    notes = f"Visit to Tomasz and Mum.\n- {notes_say}\n- mum said school is going well"
    record = f"## Observations\n{record_says}\nMum said school is going well."
    findings = review(record, notes, only=["accuracy.unsupported"])
    numbers = [f for f in findings if "never give" in f.message and record_says in record[f.span[0]:f.span[1]]]
    assert bool(numbers) is flagged


@pytest.mark.parametrize("field", [
    "Who: Ms Okonkwo (family support worker).",
    "Target date: by the end of the day on Friday.",
    "When: straight away, and as soon as possible.",
])
def test_an_action_field_value_is_no_claim_of_its_own(review, field):
    record = FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.",
                              "- Mum to take Aisha to the dentist within two weeks.\n" + field)
    findings = review(record, only=["accuracy.unsupported"])
    assert not [f for f in findings if field in record[f.span[0]:f.span[1]] and f.severity != "low"]


@pytest.mark.parametrize("sentence, kind", [
    ("Bilal has been sharing extremist videos in a group chat.", "radicalisation"),
    ("Mum has taken Rosa to A&E nine times this year with symptoms the doctors could not explain.", "fabricated"),
    ("Auntie said Aisha will be taken abroad to be cut over the summer, which is FGM.", "genital mutilation"),
    ("Aisha said her family are making her marry a cousin when she turns sixteen.", "marriage"),
    ("Aisha said a man she met online asks her to keep their chats secret.", "online"),
    ("Staff restrained Aisha on the floor after she hit out.", "restraint"),
    ("Aisha said an older boy gave her a phone and told her to keep it on.", "exploitation"),
    ("There were digital scales and snap bags on the table.", "drug"),
    ("Dad grabbed Aisha by the neck when she would not stop shouting.", "violence"),
    ("Aisha said her stepdad comes into her room at night and she keeps it secret.", "sexual harm"),
    ("Aisha asked what would happen to her toys if she wasn't here any more.", "suicidal"),
    ("Aisha said the older girls at school play the blackout challenge in the toilets.", "dangerous game"),
    ("Aisha said she and her cousin choke each other until they pass out for a laugh.", "dangerous game"),
    ("Aisha has been selling cigarettes to the year sevens at lunchtime.", "offending"),
    ("Mum said Aisha's older brother was arrested on Saturday for shoplifting.", "offending"),
    ("Aisha said her uncle believes she is possessed by a demon and must be prayed over at night.", "faith or belief"),
    ("Auntie called Aisha a witch and said the bad luck in the family is her fault.", "faith or belief"),
    ("Aisha said her grandmother has been ironing her chest with a hot stone.", "traditional practice"),
    ("Mum told me she was sectioned for two weeks in March.", "mental health crisis"),
    ("Aisha said her friends have been sniffing aerosols behind the shops.", "drug use"),
])
def test_invented_risk_of_more_kinds_is_found(review, sentence, kind):
    record = _with(sentence)
    findings = [f for f in review(record, only=["accuracy.invented_risk"]) if sentence in record[f.span[0]:f.span[1]]]
    assert findings and any(kind in f.message for f in findings)


@pytest.mark.parametrize("sentence", [
    "Aisha told me nobody at home hurts her and she has never seen anyone fighting there.",
    "No one has hit Aisha and she is not frightened of Dad.",
    "The health visitor weighed the baby on the scales at clinic.",
    "Aisha said goodbye to her friends at her old school when she moved.",
    "Aisha jumped off the sofa and laughed.",
])
def test_denied_or_everyday_words_are_not_invented_risk(review, sentence):
    record = _with(sentence)
    assert not [f for f in review(record, only=["accuracy.invented_risk"]) if sentence in record[f.span[0]:f.span[1]]]


@pytest.mark.parametrize("notes_line, record_line", [
    ("LEILA back 3am sat - past curfew, wouldnt say where", "Leila stayed out until 3am on Saturday and would not say where she had been."),
    ("no concerns raised by school\ngraze on knee from the park, dad saw it happen", "Aisha has a graze on her knee from the park."),
])
def test_risk_the_notes_give_in_other_words_is_not_invented(review, notes_line, record_line):
    notes = NOTES + "\n" + notes_line
    record = _with(record_line)
    assert not [f for f in review(record, notes, only=["accuracy.invented_risk"])
                if record_line in record[f.span[0]:f.span[1]]]


def test_a_number_word_the_notes_give_in_digits_is_not_new(review):
    notes = NOTES + "\n- grandad does the school run 2 days a wk"
    record = _with("Aisha's grandad takes her to school two days a week.")
    findings = review(record, notes, only=["accuracy.unsupported"])
    assert not [f for f in findings if "grandad" in record[f.span[0]:f.span[1]] and "two" in f.message]


@pytest.mark.parametrize("sentence, kind", [
    # neglect said in everyday words: teeth, health care never sought, unwashed clothes, a child left to fend
    ("Kwame's teeth are rotten at the front and he has never been taken to a dentist.", "neglect"),
    ("MAJA IS NOT REGISTERED WITH A GP OR A DENTIST.", "neglect"),
    ("Eilidh goes to school in the same uniform every day for a week.", "neglect"),
    ("Tariq said no one cooks his tea so he has cereal.", "neglect"),
    ("Mum said Orla is left to look after her baby brother when Mum goes to the pub.", "neglect"),
    ("The gas has been cut off since Tuesday.", "neglect"),
    # coercive control, children hiding from violence, hair-pulling
    ("Mum said her partner takes her bank card and goes through her messages.", "violence"),
    ("Dmitri said he hides in the wardrobe when his stepdad gets angry.", "violence"),
    ("Grace said Dad dragged her by the hair to her room.", "violence"),
    # exploitation: running parcels, debt to an abuser, unpaid work, gifts and lifts from adults
    ("Callum says he drops off packages for some older lads in the next town.", "exploitation"),
    ("Dad works seven days a week for no wages to pay off a debt to the people who brought him to the UK.", "exploitation"),
    ("Shay said a man from the chip shop buys her vapes and gives her lifts home.", "exploitation"),
    ("Priya has been told she will be sent back to her home country to get married.", "forced marriage"),
    ("Jonah keeps a flick knife in his coat for protection.", "weapon"),
    ("Dad has lost the rent money on online betting and the bailiffs have called.", "gambling"),
    ("Ffion failed to return from contact on Sunday and police were called.", "going missing"),
])
def test_risk_in_everyday_words_is_found(review, sentence, kind):
    record = _with(sentence)
    findings = [f for f in review(record, only=["accuracy.invented_risk"]) if sentence in record[f.span[0]:f.span[1]]]
    assert findings and any(kind in f.message for f in findings)


@pytest.mark.parametrize("sentence", [
    "Aisha has not needed to go to A&E this year.",  # denies a risk: not judged by meaning
    "Aisha puts herself to bed at eight and reads for a bit.",  # independence, not neglect
    "Mum and Aisha take the bus to another town to see Grandma on Saturdays.",
    "Aisha is learning to ride her bike without stabilisers with Dad.",
    "Those who took part were Mum (Sarah) and Aisha (8).",
])
def test_absent_risk_and_everyday_lines_are_not_invented_risk(review, sentence):
    record = _with(sentence)
    assert not [f for f in review(record, only=["accuracy.invented_risk"]) if sentence in record[f.span[0]:f.span[1]]]


def test_a_negation_does_not_reach_past_a_new_predicate():
    from eval.checks.accuracy import risk_kinds
    assert "missing" in risk_kinds("Aisha did not come straight home and was reported missing by Mum.", skip_negated=True)
    assert risk_kinds("She did not have any bruises and was not hurt.", skip_negated=True) == {}


def test_the_notes_risk_filed_under_another_kind_is_not_invented(review):
    notes = NOTES + "\n- asthma: to a&e x3 this yr, new inhaler plan from the GP"
    sentence = "Aisha has been to A&E three times this year with her asthma and has a new inhaler plan."
    record = _with(sentence)
    assert not [f for f in review(record, notes, only=["accuracy.invented_risk"])
                if sentence in record[f.span[0]:f.span[1]]]


@pytest.mark.parametrize("line", [
    "Those who took part were Mum (Sarah) and Aisha (8).",
    "Attending the visit were Mum, Aisha and me (social worker).",
    "PRESENT AT THE HOME VISIT: Mum, Aisha.",
    "The visit was attended by Mum and Aisha.",
    "The following people were at the visit: Mum (Sarah) and Aisha (8).",
    "The people taking part were Aisha, her mum (Sarah) and me (social worker).",
    "THOSE IN THE HOME: MUM, AISHA.",
    "Mum, Aisha (8) and I were present.",
    "mum and aisha took part in today's home visit.",
])
def test_a_line_of_who_took_part_is_the_record_form(review, line):
    record = FAITHFUL.replace("Mum (Sarah) and Aisha; Dad was at work.", line + " Dad was at work.")
    assert line in record
    findings = review(record, only=["accuracy.unsupported"])
    assert not [f for f in findings if line in record[f.span[0]:f.span[1]] and f.severity != "low"]


@pytest.mark.parametrize("notes_say, record_says, flagged", [
    ("attendance has to stay above ninety per cent", "Attendance has to stay over 90% this term.", False),
    ("attendance has to stay above ninety per cent", "Attendance has to stay over 95% this term.", True),
    ("at school by 8.45 every day now", "Leon now gets to school by 8.45.", False),
    ("bus at twenty-five past", "Leon catches the bus at 25 past.", False),
])
def test_numbers_said_in_words_or_ending_a_sentence_agree(review, notes_say, record_says, flagged):
    notes = f"Visit to Leon and Dad.\n- {notes_say}\n- dad said school is going well"
    record = f"## Observations\n{record_says}\nDad said school is going well."
    findings = review(record, notes, only=["accuracy.unsupported"])
    assert bool([f for f in findings if "never give" in f.message]) is flagged


def test_a_hash_number_is_a_list_number():
    from eval.checks.numerals import marker as _marker
    assert _marker().sub("", "#1 Ms Okafor: will ring the school", count=1) == "Ms Okafor: will ring the school"
    assert _marker().sub("", "#hashtag day at school", count=1) == "#hashtag day at school"


@pytest.mark.parametrize("text", [
    "3 children live at the flat.", "A 3 week plan was agreed.", "10-year-old Sam moved school.",
    "2-3 visits a week were offered.",
])
def test_a_number_that_starts_a_claim_is_no_list_number(text):
    from eval.checks.numerals import marker as _marker
    assert _marker().sub("", text, count=1)[:2] == text[:2]


@pytest.mark.parametrize("line", [
    "Other people in the family help Mum with childcare.",
    "The people at the school were worried about her.",
    "Mum was present when Dad shouted at the neighbour.",
])
def test_a_claim_about_people_is_no_line_of_who_took_part(line):
    from eval.checks.record_form import _participants
    assert not _participants(line)


def test_a_new_instance_of_a_kind_the_notes_record_is_still_invented(review):
    notes = NOTES + "\n- mum spoke about the violence at home last year, which stopped when dad moved out"
    sentence = "Aisha said Dad grabs her by the hair when she gets her spellings wrong."
    record = _with(sentence)
    findings = [f for f in review(record, notes, only=["accuracy.invented_risk"]) if sentence in record[f.span[0]:f.span[1]]]
    assert findings and "violence" in findings[0].message
    retold = "Mum told me about last year's violence at home, which stopped when Dad moved out."
    record = _with(retold)
    assert not [f for f in review(record, notes, only=["accuracy.invented_risk"]) if retold in record[f.span[0]:f.span[1]]]


@pytest.mark.parametrize("part, says", [
    ("nikhil", False),  # a name the record uses
    ("by whom: ms okafor", False),
    ("ACTIONS ARISING:", False),
    ("12/03", False),
    ("nikhil moved tutor group", True),
    ("OKAFOR TO RING SCHOOL", True),
])
def test_a_note_part_of_only_names_labels_or_numbers_picks_no_sentence(part, says):
    from eval.checks.align import _says_something
    assert _says_something(part, {"nikhil", "okafor"}) is says


@pytest.mark.parametrize("text", [
    "Mum said she has been alcohol-free since October.",
    "DAD SAYS THE FLAT IS DRUG FREE NOW",
    "The home has been smoke-free and violence-free since Dad left.",
    "Kai has been free from cannabis for six months.",
    "Mum is doing a non-violent resistance parenting course.",
    "Mum is dealing with the school about the bullying.",
    # everyday lookalikes of risk terms
    "Mum changed the baby's nappy and put on some nappy rash cream.",
    "Dad had gone to the shops and did not come back while I was there.",
    "Aisha was in good spirits and showed me her spelling test.",
    "Aisha dressed up as a witch for World Book Day.",
    "Grandad is recovering well after a cardiac arrest last year.",
    "Aisha stole the show in the school play.",
    "Aisha gave the dog its food bowl and a treat.",
    "The choking hazard label was on the toy box.",
    "Aisha's team spirit won her a certificate.",
])
def test_absent_compounds_and_everyday_lookalikes_of_risk_terms_are_no_risk(text):
    from eval.checks.accuracy import risk_kinds
    assert risk_kinds(text, skip_negated=True) == {}


@pytest.mark.parametrize("text, kind", [
    ("Mum says she drinks alcohol most nights to sleep.", "alcohol"),
    ("Dad takes drugs free of charge from his cousin.", "drugs"),  # "free of charge": no compound
    ("there was a scald on Rohan's forearm, mum said the bath was too hot", "injury"),
    ("Kezia had a split lip and said she fell at school.", "injury"),
    ("Older men from another city have been staying at Nan's flat and using it to sell drugs.", "exploitation"),
    ("neighbours report people coming and going at all hours", "exploitation"),
    ("the fridge was empty and the children said they had not had tea", "neglect"),
    ("Cupboards bare, only a box of cereal.", "neglect"),
])
def test_risk_terms_of_everyday_writing(text, kind):
    from eval.checks.accuracy import risk_kinds
    assert kind in risk_kinds(text, skip_negated=True)


def test_a_risk_the_notes_give_in_other_words_is_theirs(review):
    notes = NOTES + "\n- cupboards bare apart from 2 tins, mum waiting for universal credit"
    sentence = "There was no food in the cupboards apart from two tins, and Mum is waiting for her Universal Credit."
    record = _with(sentence)
    assert not [f for f in review(record, notes, only=["accuracy.invented_risk"]) if sentence in record[f.span[0]:f.span[1]]]


@pytest.mark.parametrize("notes, sentence, spelt", [
    ("fsw => gas DD w/ dad", "The family support worker will set up a direct debit for the gas.", {"direct", "debit"}),
    ("SALT ref - Mum to chase", "Mum will chase the speech and language therapy referral.", {"speech", "and", "language", "therapy"}),
    ("dad NFA since march", "Dad has been of no fixed abode since March.", {"no", "fixed", "abode"}),
    ("gas DD set up", "Mum does a dance class in the park on Sundays.", set()),  # two letters: two words side by side
    ("GP appt", "Mum goes to a walking group in the park.", set()),  # GP: words.yaml spells it out already
    ("sd she wd ring school", "She said she would ring the school.", set()),  # one-word shorthand
    ("MUM SAID SHE WILL GO TO THE GP", "Mum will see her doctor.", set()),  # a line all in capitals
])
def test_words_that_spell_out_an_abbreviation_of_the_notes(notes, sentence, spelt):
    from eval.checks.align import initialisms, spelt_out
    assert spelt_out(sentence, initialisms(notes)) == spelt


@pytest.mark.parametrize("sentence, words", [
    ("Ms Ito will ring the school within ten working days from today.", {"within", "ten", "working", "days", "from", "today"}),
    ("Dad will send the letter not later than Friday.", {"not", "later", "than"}),
    ("Dad is planning to redecorate her bedroom in the spring.", set()),  # a time that is the claim
    ("Jack had his ears pierced for his birthday.", set()),
])
def test_a_deadline_is_the_record_form(sentence, words):
    from eval.checks.vocabulary import timescale_words as _timescale_words
    assert words <= _timescale_words(sentence) and (words or not _timescale_words(sentence))


@pytest.mark.parametrize("text, expected", [
    ("DAD HIT MUM. Mum Smelled Of Alcohol.", {"violence": "HIT MUM", "alcohol": "Smelled Of Alcohol"}),
    # a letter whose lower case is longer ("İ" -> "i̇") is matched on the text as it is, same offsets
    ("İlkay went MISSING and Dad was DRUNK.", {"missing": "went MISSING", "alcohol": "DRUNK"}),
])
def test_risk_terms_are_found_in_any_case_and_quoted_as_written(text, expected):
    from eval.checks.accuracy import risk_kinds
    assert risk_kinds(text, skip_negated=True) == expected


@pytest.mark.parametrize("line", [
    "Aisha said “I want to be a vet” (Aisha, 8).",
    "‘The baby cries a lot’ (Aisha, aged 8).",
    "Aisha, 8, told me she likes her teacher.",
])
def test_a_childs_age_beside_her_name_or_quote_is_no_new_number(review, line):
    record = _with(line, "## Child's views in their own words\n")
    assert not [f for f in review(record, only=["accuracy.unsupported"])
                if line in record[f.span[0]:f.span[1]] and "never give" in f.message]


def test_an_unclaimed_purpose_line_is_worth_a_look_not_more(review):
    record = FAITHFUL.replace("A home visit to see Aisha and Mum.",
                              "A home visit to see Aisha and Mum ahead of the looked-after review panel.")
    assert all(f.severity == "low" for f in review(record, only=["accuracy.unsupported"]))


@pytest.mark.parametrize("notes_line, record_line", [
    ("- aisha out till midnight on fri, phone off, mum rang police", "Aisha was out until midnight on Friday with her phone off, and Mum called the police."),
    ("- aisha didn’t come home after school thurs, found at a friend's at 10pm", "Aisha did not return home after school on Thursday and was found at a friend's house at 10pm."),
])
def test_a_missing_episode_the_notes_give_in_their_shorthand_is_theirs(review, notes_line, record_line):
    notes = NOTES + "\n" + notes_line
    record = _with(record_line)
    assert not [f for f in review(record, notes, only=["accuracy.invented_risk"])
                if record_line in record[f.span[0]:f.span[1]]]


@pytest.mark.parametrize("text, kind", [
    ("She has been made to work at her uncle's car wash every weekend for no money.", "exploitation"),
    ("Per school, he rummages through the bins behind the chippy for something to eat.", "neglect"),
    ("TEACHER SAYS SHE TAKES SANDWICHES FROM OTHER PUPILS' LUNCHBOXES", "neglect"),
    ("mum found an airtag hidden under the passenger seat", "violence"),
    ("He demanded her passwords and went through her bank app every night.", "violence"),
    ("Aunt says the family have arranged for Nimra to get married in the spring.", "forced_marriage"),
    ("There were clumps of hair missing and a bald patch above her left ear.", "injury"),
    ("- step-dad serving a custodial sentence, released in March", "offending"),
    ("Kofi is kept off school so he can mind the younger ones while mum works.", "exploitation"),
    ("GP letter: symptoms appear to be exaggerated by mum at every appointment", "fabricated_illness"),
])
def test_risk_of_wider_families_in_new_wordings(text, kind):
    from eval.checks.accuracy import risk_kinds
    assert kind in risk_kinds(text)


@pytest.mark.parametrize("text", [
    "Nazia Gangadharan and Ms Grazette came to the meeting with Mr Sexton.",
    "RE: CIN review for Rapeepan Gangopadhyay",
    "Mum's wedding has been planned for June and the girls are bridesmaids.",
    "There is no supervision order in place.",
    "Sam felt isolated from his friends after the move.",
    "She wasn't allowed out on Friday because she was grounded.",
    "He walks the dog to the park on his own after tea.",
])
def test_names_and_everyday_lines_are_no_risk(text):
    from eval.checks.accuracy import risk_kinds
    assert risk_kinds(text) == {}


@pytest.mark.parametrize("text, kind", [
    # domestic abuse in everyday words: throwing, smashing, pinning, money kept from the other parent
    ("Kofi said his stepdad chucks plates at Mum when he's been drinking.", "violence"),
    ("MUM SAID HE SMASHED UP THE KITCHEN AFTER THE ROW", "violence"),
    ("dad pinned mum against the wall - per neighbour", "violence"),
    ("Ms Novak has to ask her partner for money for nappies.", "violence"),
    ("Mr Adeyemi keeps control of Mrs Adeyemi's bank card and benefits.", "violence"),
    ("The loans were taken out in Mum's name without her knowing.", "violence"),
    # criminal exploitation and grooming: trips to other towns, parcels for older lads, lifts from men
    ("Reece was sent out of town on the coach and would not say why.", "exploitation"),
    ("Dylan was holding a holdall for some older lads on the estate.", "exploitation"),
    ("A man in his forties waits outside the school gates for Ruby.", "exploitation"),
    ("An unknown man in a silver car picks Chantelle up from college most days.", "exploitation"),
    ("police found Tyrese in a different town with £300 on him", "exploitation"),
    # final messages; medical and hygiene neglect; a weapon found where it is kept
    ("Amara posted a goodbye message on her story last night.", "suicide"),
    ("Lewis told his teacher he is tired of living.", "suicide"),
    ("Noor has had toothache for weeks and has not been seen by anyone.", "neglect"),
    ("the twins have scabies", "neglect"),
    ("Nana's inhaler ran out a fortnight ago.", "neglect"),
    ("no GP - family not registered anywhere since moving", "neglect"),
    ("A kitchen knife was found hidden under Jayden's mattress.", "weapons"),
])
def test_risk_in_everyday_words_of_more_families(text, kind):
    from eval.checks.accuracy import risk_kinds
    assert kind in risk_kinds(text, skip_negated=True)


@pytest.mark.parametrize("text", [
    "He went to the seaside by train with his nan for her birthday.",
    "Mum takes his phone off him at bedtime.",
    "Dad gives him five pounds a week pocket money for jobs.",
    "Sophie threw a tantrum when it was time to go.",
    "Ellis said goodbye to his friends at the leaving party.",
    "Grandad collects Mia from school on Wednesdays in his car.",
    "She has an older brother who lives in Leeds.",
    "No GP concerns raised at the check.",
    "Mum carried the shopping bags in from the car.",
])
def test_everyday_lookalikes_of_the_new_risk_families_are_no_risk(text):
    from eval.checks.accuracy import risk_kinds
    assert risk_kinds(text, skip_negated=True) == {}


@pytest.mark.parametrize("text, kind", [
    ("Kyle was stopped by police with a knife in his waistband.", "weapons"),
    ("He was stopped and searched and had a bag of cannabis on him.", "drugs"),
])
def test_being_stopped_by_police_does_not_deny_what_was_found(text, kind):
    from eval.checks.accuracy import risk_kinds
    assert kind in risk_kinds(text, skip_negated=True)


def test_stopping_a_behaviour_still_denies_it():
    from eval.checks.accuracy import risk_kinds
    assert "weapons" not in risk_kinds("He has stopped carrying a knife since the course.", skip_negated=True)


@pytest.mark.parametrize("sentence, novel, expected", [
    ("Tomasz goes to a karate club at the sports hall on Fridays.", ("goes", "karate", "club", "sports", "hall"),
     ["karate", "club", "sports", "hall"]),
    ("Nan has a new allotment by the river.", ("new", "allotment", "river"), ["new", "allotment", "river"]),
    ("Ama is seeing an Orthodontist in June.", ("seeing", "orthodontist"), ["orthodontist"]),
    ("Priti's case comes back to the panel next month.", ("comes", "back", "panel"), ["panel"]),  # "comes" follows a known word
    ("DAD PICKS HIM UP EVERY THURSDAY.", ("picks", "every"), []),  # new verbs name no thing
])
def test_the_new_things_a_sentence_names(sentence, novel, expected):
    from eval.checks.vocabulary import things
    assert things(sentence, novel) == expected


@pytest.mark.parametrize("short, word, stands", [
    ("ll", "landlord", True), ("sch", "school", True), ("bhvr", "behaviour", True),
    ("hse", "house", True), ("sch", "church", False), ("club", "club", False),
])
def test_the_notes_shorthand_for_a_word(short, word, stands):
    from eval.checks.vocabulary import shortens
    assert shortens(short, word) is stands


def test_a_new_activity_on_the_notes_topic_is_unsupported(review):
    sentence = "Mum goes to a pottery class at the arts centre on Thursdays."
    record = _with(sentence)
    findings = [f for f in review(record, only=["accuracy.unsupported"]) if sentence in record[f.span[0]:f.span[1]]]
    assert findings and findings[0].severity == "medium" and "pottery" in findings[0].message


def test_a_bullet_glyph_against_an_action_number_is_its_numbering():
    from eval.checks.numerals import marker
    assert marker().match("◊3 Book the review - Ms Ito - by Friday").group() == "◊3 "
    assert marker().match("-5 degrees outside") is None


@pytest.mark.parametrize("text, expected", [
    ("1.1 Send Nan the new contact rota by Friday.", "Send Nan the new contact rota by Friday."),
    ("2.3.1 Book the dentist for Zofia.", "Book the dentist for Zofia."),
    # ... in brackets: "(1.0) Action taken", "[2.1] Book the GP"
    ("(1.0) Who is picking this up? Ms Ito.", "Who is picking this up? Ms Ito."),
    ("[2.1] Book the GP for Zofia.", "Book the GP for Zofia."),
    ("(2.5) kg was her weight gain.", "(2.5) kg was her weight gain."),
    ("C1 | Within two weeks | Refer to the food bank | Ms Ito", "Within two weeks | Refer to the food bank | Ms Ito"),
    ("R2: Mum will ring the housing officer.", "Mum will ring the housing officer."),
    # a clock time, a decimal amount and a road keep their numbers
    ("10.30 visit started late.", "10.30 visit started late."),
    ("1.5 hours of direct work were done.", "1.5 hours of direct work were done."),
    ("A1 road was closed so I was late.", "A1 road was closed so I was late."),
])
def test_section_numbering_and_row_codes_are_list_numbers(text, expected):
    from eval.checks.numerals import marker
    assert marker().sub("", text, count=1) == expected


@pytest.mark.parametrize("item", [
    "1.1 Mum to take Aisha to the dentist within two weeks.",
    "A1 | Mum | Take Aisha to the dentist | Within two weeks",
])
def test_numbered_and_coded_actions_are_supported(review, item):
    record = FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.", item)
    assert "accuracy.unsupported" not in checks(review(record, only=["accuracy.unsupported"]))


def test_close_of_play_in_the_notes_is_the_records_5pm(review):
    notes = NOTES.replace("within two weeks", "- COP fri 20/3")
    record = FAITHFUL.replace("within two weeks", "by 5pm on Friday 20 March")
    assert "accuracy.unsupported" not in checks(review(record, notes, only=["accuracy.unsupported"]))
    # a time the notes do not give stays new
    record = FAITHFUL.replace("within two weeks", "by 6pm on Friday 20 March")
    assert "accuracy.unsupported" in checks(review(record, notes, only=["accuracy.unsupported"]))


@pytest.mark.parametrize("text, hours", [
    ("GP review COP 28/11", {"5"}), ("eod weds", {"5"}), ("by close of business", {"5"}),
    ("before the end of the working day", {"5"}), ("ring back by midday", {"12"}),
    ("the cops came round", set()), ("a cop-out", set()), ("copy of the plan", set()),
])
def test_named_times(text, hours):
    from eval.checks.numerals import named_times
    assert named_times(text) == hours


@pytest.mark.parametrize("line", [
    "Agenda item 3: Child's views in their own words",
    "AGENDA ITEM 1: PURPOSE",
    "2.1 Who was present",
    "Item 4 - Wishes and feelings",
    "Part 2 of the record: Who was present",
    "Section 5 of the form: Wishes and feelings",
])
def test_a_numbered_heading_line_is_not_judged(review, line):
    from eval.checks.record_form import _heading_line
    assert _heading_line(line)
    record = FAITHFUL.replace("## Observations\n", "## Observations\n" + line + "\n", 1)
    assert "accuracy.unsupported" not in checks(review(record, only=["accuracy.unsupported"]))


@pytest.mark.parametrize("line", [
    "Analysis shows Mum is drinking again.", "Purpose of the visit was to check the new bed.",
    "Agenda item 3: Dad has moved back in",
    "Part 3 of the record: Mum said she was tired",
    "Part of the record was lost",
])
def test_a_sentence_is_no_heading_line(line):
    from eval.checks.record_form import _heading_line
    assert not _heading_line(line)


@pytest.mark.parametrize("text", [
    "We scaled safety at seven out of ten, an improvement from five.",
    "Mum rated her worry as a 6/10 this week.",
    "On a scale of 0-10 Aisha put herself at an 8.",
])
def test_a_scaling_score_is_the_templates_words(text):
    from eval.checks.record_form import _scaling
    assert _scaling(text)


@pytest.mark.parametrize("text", [
    "Mum will ring the school by 7/10.", "Dad scored two goals on Saturday.", "One of ten children in the class.",
    "Kai got eight out of ten in his times tables test.",  # a test's mark is a claim
])
def test_a_date_or_a_match_score_is_no_scaling(text):
    from eval.checks.record_form import _scaling
    assert not _scaling(text)


def test_a_scaling_score_from_the_notes_is_supported_and_no_risk(review):
    notes = NOTES + "\nsafety scaling: 7/10, last time 5"
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\nWe rated safety at seven out of ten, up from five.\n", 1)
    assert review(record, notes, only=["accuracy.unsupported", "accuracy.invented_risk"]) == []
    # its numbers are still held to the notes'
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\nWe rated safety at nine out of ten, up from five.\n", 1)
    assert "accuracy.unsupported" in checks(review(record, notes, only=["accuracy.unsupported"]))


@pytest.mark.parametrize("line", [
    "The following came to the visit: Mum (Sarah) and Aisha (8).",
    "All of the following were there: Mum and Aisha.",
    "Those who came: Mum, Aisha.",
])
def test_lines_of_who_came_are_participant_lines(line):
    from eval.checks.record_form import _participants
    assert _participants(line)


@pytest.mark.parametrize("line", [
    "The following week Mum came to the office.", "Everyone came to the party.", "Dad came to the house drunk.",
])
def test_coming_somewhere_is_a_claim(line):
    from eval.checks.record_form import _participants
    assert not _participants(line)


@pytest.mark.parametrize("sentence, kind", [
    ("Aisha's birth father turned up at the school gates and tried to take her.", "abduction"),
    ("Dad tried to bundle her into his car after school.", "abduction"),
    ("Mum's ex breached the non-molestation order by waiting outside the flat.", "court order"),
    ("Aisha has been up late on a livestream where adults send her gifts.", "online harm"),
    ("Men she has never met buy her tokens and skins in the game.", "online harm"),
    ("A boy threatened to share her photos unless she paid him.", "online harm"),
    ("Aisha said someone asked her to send pictures of herself in her pyjamas.", "online harm"),
])
def test_abduction_and_online_exploitation_are_invented_risk(review, sentence, kind):
    findings = review(_with(sentence), only=["accuracy.invented_risk"])
    assert any(kind in f.message for f in findings), [f.message for f in findings]


@pytest.mark.parametrize("sentence", [
    "Dad tried to take her to the park on Sunday but it rained.",
    "Aisha watches football livestreams with her brother.",
    "Mum turned up at the school play and Aisha was delighted.",
])
def test_everyday_taking_and_streaming_are_no_risk_terms(sentence):
    from eval.checks.risk_terms import mentions
    assert not [m for m in mentions(sentence) if m.kind in ("abduction", "online_harm")]


def test_a_gp_gap_in_note_shorthand_is_the_notes_own_neglect(review):
    notes = NOTES + "\naisha not reg'd w/ a gp since the move"
    record = FAITHFUL.replace("## Analysis\n", "## Analysis\nAisha has no GP since the family moved.\n", 1)
    assert review(record, notes, only=["accuracy.invented_risk"]) == []


def test_a_date_with_its_month_named_keeps_the_lines_month_number(review):
    notes = NOTES.replace("next visit in 4 weeks", "next visit 9/4")
    record = FAITHFUL.replace("## Next visit\nIn four weeks.", "## Next visit\nI will visit again in about four weeks, on 9 April.")
    assert "accuracy.unsupported" not in checks(review(record, notes, only=["accuracy.unsupported"]))


@pytest.mark.parametrize("sentence, words", [
    ("Book Dad onto the parenting course with Monday 14 December the final date.", {"final", "date"}),
    ("Send the referral, the cut-off being Friday 3 May.", {"cut", "off"}),
    ("The final hearing is listed for next week.", set()),  # a claim, not a deadline
])
def test_a_deadline_said_as_the_last_day_is_the_actions_form(sentence, words):
    from eval.checks.vocabulary import action_form_words
    assert words <= action_form_words(sentence) and (words or not action_form_words(sentence))


def test_a_school_that_has_not_phoned_is_no_abduction_by_meaning(review):
    sentence = "Mum said the school have not phoned about Aisha's behaviour this term."
    findings = review(_with(sentence), only=["accuracy.invented_risk"])
    assert not any("abduction" in f.message for f in findings)


@pytest.mark.parametrize("line", [
    "Those joining the review: Mum, Dad, Ms Osei (school) and me.",
    "People joining the call: Nan and Leo.",
    "Those dialling in: the health visitor.",
    "Joining today's meeting were Mum and the school SENCO.",
    "EVERYONE JOINING: MUM, ALI AND ME.",
])
def test_lines_of_who_joined_are_participant_lines(line):
    from eval.checks.record_form import _participants
    assert _participants(line)


@pytest.mark.parametrize("line", [
    "Joining the football club was good for him.", "Joining in with others is hard for Sam.",
    "Those joining the army were his cousins.",
])
def test_joining_something_is_a_claim(line):
    from eval.checks.record_form import _participants
    assert not _participants(line)


@pytest.mark.parametrize("text, expected", [
    ("1› To take Rio bowling on Saturday", "To take Rio bowling on Saturday"),
    ("2» Book the GP", "Book the GP"), ("3→ Ring Nan", "Ring Nan"), ("4 ▸ phone the school", "phone the school"),
    ("Step 2 ➤ Ring school", "Ring school"), ("Act. 1: Mum to ring school", "Mum to ring school"),
])
def test_an_arrow_or_angle_after_a_number_is_its_numbering(text, expected):
    from eval.checks.numerals import marker
    assert marker().sub("", text, count=1) == expected


@pytest.mark.parametrize("sentence", [
    "Aisha has cello lessons after school on Tuesdays.",
    "Mum goes to a knitting circle every Thursday.",
    "Dad plays five-a-side on Sunday evenings.",
    "Mum said the family are going to a wedding reception in Swansea next month.",
])
def test_a_routine_on_a_day_the_notes_never_name_is_unsupported(review, sentence):
    record = _with(sentence)
    findings = [f for f in review(record, only=["accuracy.unsupported"]) if sentence in record[f.span[0]:f.span[1]]]
    assert findings and findings[0].severity == "medium"


@pytest.mark.parametrize("text, when", [
    ("Mum to ring school by Friday 9 October.", None),  # a deadline, no routine
    ("I visited on Tuesday.", None),  # one day, no routine
    ("Kai swims on Mondays.", None),  # the notes name Monday
    ("Kai swims on Wednesdays.", "Wednesdays"),
])
def test_the_routine_day_a_sentence_gives(text, when):
    from eval.checks.record_form import _days, _new_routine
    found = _new_routine(text, _days(NOTES))
    assert (found is None) if when is None else when in found


@pytest.mark.parametrize("row", [
    "4 | Take Aisha for her dentist check-up | Within two weeks | Mum",
    "1› Mum to take Aisha to the dentist: Mum, within two weeks.",
    # a row's owner and deadline behind marks, an at sign or slashed fields, with no number
    "1° ✋ Mum — take Aisha for her dentist check-up — 📅 within two weeks",
    "⟡ ✋ Mum — take Aisha for her dentist check-up — 📅 within two weeks",
    "↳ TODO take Aisha for her dentist check-up @Mum within two weeks",
    "↳ Take Aisha for her dentist check-up / lead: Mum / by: within two weeks",
])
def test_an_action_row_is_judged_by_its_action_cell(review, row):
    record = FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.", row)
    findings = review(record, only=["accuracy.unsupported"])
    assert not [f for f in findings if row[:20] in record[f.span[0]:f.span[1]] and f.severity != "low"]


@pytest.mark.parametrize("row", [
    "⟡ ✋ Mum — enrol Aisha at the pony club in Brecon for riding lessons — 📅 within two weeks",
    "↳ TODO enrol Aisha at the pony club in Brecon for riding lessons @Mum within two weeks",
])
def test_an_action_row_the_notes_never_plan_is_unsupported(review, row):
    record = FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.", row)
    findings = review(record, only=["accuracy.unsupported"])
    assert [f for f in findings if "enrol Aisha" in record[f.span[0]:f.span[1]]]


@pytest.mark.parametrize("text, form", [
    # the date agreed for the next visit: its words are the form, its date the claim
    ("Kai and I settled on 5 March 2026 for my next visit, three weeks away.", True),
    ("We agreed Monday 22 June for the next visit.", True),
    ("Amara and I booked Friday 9 October for our next visit, five weeks away.", True),
    # no date: a claim of its own
    ("I booked a taxi for the next visit to the zoo.", False),
    ("Mum agreed to take Kai to the dentist.", False),
])
def test_a_next_visit_date_is_the_forms_words(text, form):
    from eval.checks.record_form import _form_line
    assert bool(_form_line(text)) is form


@pytest.mark.parametrize("text, expected", [
    # an action's "no." or "number" after its label, and a code with a slash (AN23, fresh23)
    ("Action no. 1 - Ask CAMHS for a date; by whom: Miss Ito", "Ask CAMHS for a date; by whom: Miss Ito"),
    ("Item number 3: Book the dentist.", "Book the dentist."),
    ("A/1 Find Zofia a nursery place; by whom: Mum", "Find Zofia a nursery place; by whom: Mum"),
    ("AP/2 [AMBER] Book the review - Dr Ito", "[AMBER] Book the review - Dr Ito"),
    # ... not a "no." in a sentence, nor "N/A", nor a fraction before a word
    ("Mum said no. 3 is fine.", "Mum said no. 3 is fine."),
    ("N/A for this visit.", "N/A for this visit."),
])
def test_action_numbers_with_no_and_slash_codes_are_list_numbers(text, expected):
    from eval.checks.numerals import marker
    assert marker().sub("", text, count=1) == expected


@pytest.mark.parametrize("item", [
    "Action no. 1 - Take Aisha to the dentist; by whom: Mum; by when: within two weeks",
    "A/1 Take Aisha to the dentist; by whom: Mum; by when: within two weeks",
    "A/1 Who: Mum >> What: take Aisha to the dentist >> By when: within two weeks",
    "A/1 [AMBER] Take Aisha to the dentist - Mum - within two weeks",
])
def test_action_rows_numbered_with_no_or_a_slash_code_are_not_claims(review, item):
    record = FAITHFUL.replace("- Mum to take Aisha to the dentist within two weeks.", item)
    assert "accuracy.unsupported" not in checks(review(record, only=["accuracy.unsupported"]))
