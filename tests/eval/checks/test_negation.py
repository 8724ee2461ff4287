"""The negation check's scope of cues, double negatives and same-polarity paraphrase
(accuracy.negation; clauses.py and data/polarity.yaml)."""

import pytest

from eval.checks.clauses import negated, polarity
from eval.checks.scope import stem
from tests.eval.checks.conftest import FAITHFUL, NOTES, in_analysis


def _stems(words):
    return {stem(w) for w in words}


@pytest.mark.parametrize("text, inside, outside", [
    ("marks absent", {"mark"}, set()),  # a terse note: the cue ends its clause
    ("alcohol - denied", {"alcohol"}, set()),
    ("Dad not invited per the court order", {"invit"}, {"court", "order"}),  # scope ends at "per"
    ("NOT SEEN IN LINE WITH SAFETY PLAN", {"see"}, {"plan"}),
    ("found no sign of anything unsafe", {"sign"}, {"safe", "unsaf"}),  # two cues cancel
    ("Mum didn't seem unhappy", set(), {"happy", "unhappy"}),
    ("they have lived apart for a year", {"together"}, set()),  # an opposite
    ("Mum was upset that nobody rang her", {"call"}, {"upset"}),  # "rang" is read as a call (same_as)
])
def test_what_a_cue_governs(text, inside, outside):
    scope = negated(text)
    assert _stems(inside) <= scope and not _stems(outside) & scope


@pytest.mark.parametrize("text, negative", [
    ("Nobody else lives at the flat", True),  # subject: a negative
    ("Tariq was seen with nobody else in the room", False),  # alone
    ("not much has changed since May", False),  # an amount, as "little has changed"
    ("Apart from bread there was fruit and milk", False),
    ("Apart from bread the cupboards were bare", True),  # "bare": not stocked
    ("the safety plan is still to be agreed", True),
    ("Dad has yet to sign the agreement", True),
    ("no-one phoned the school", True),
    ("He's never missed a session", False),  # double negative
    ("she couldn't say nothing was wrong", False),
])
def test_polarity_of_paraphrases_and_double_negatives(text, negative):
    assert (polarity(text) < 0) is negative


_NOTES = NOTES + ("- jess + dad not living together since may\n- bath time: skin clear, bruising absent\n"
                  "- gp not invited, per the court order\n")


@pytest.mark.parametrize("text, inside, outside", [
    ("no snacks between meals", {"snack"}, {"meal"}),  # a noun cue stops at its adjunct
    ("Seizure free of fits since June", {"fit"}, set()),
    ("the move was RULED OUT by the panel", {"move"}, set()),
    ("asthma clinic missed twice", {"asthma", "clinic"}, set()),  # "twice" says how often, not what
    ("the shouting stopped when her partner left", {"shout"}, {"partner", "left", "leave"}),
    ("jabs - none outstanding", set(), {"jab"}),  # two denials of one noun cancel
    ("Kwame has not missed a session", set(), {"session"}),
    ("not been in trouble at school since half term", {"troubl"}, {"school", "term"}),
    ("a meeting will be called if visits are missed again", set(), {"visit"}),  # a condition
    ("Ahmed said no through the letterbox", set(), {"letterbox"}),  # a refusal said out loud
    ("nothing in the cupboards apart from cereal", set(), {"cereal", "cupboard"}),
    ("stayed away from the core group", {"core", "group"}, set()),
])
def test_what_new_cues_govern(text, inside, outside):
    scope = negated(text)
    assert _stems(inside) <= scope and not _stems(outside) & scope


@pytest.mark.parametrize("text, negative", [
    ("Dad turned down the parenting course", True),
    ("MUM GAVE UP DRINKING IN THE SUMMER", True),
    ("she has lost touch with her brother", True),
    ("the DNA'd appointment was rebooked", True),
    ("there is not enough money for the meter", False),  # an amount, as "money is tight" says
    ("Nobody was absent from the meeting", False),
])
def test_polarity_of_new_cues(text, negative):
    assert (polarity(text) < 0) is negative


_MORE_NOTES = NOTES + (
    "- no vaping in the flat at all now, mum goes out on the balcony\n"
    "- immunisations: none outstanding\n"
    "- baby fine at the 1 yr check, no concerns from HV\n"
    "- uncle jamal visiting: had no time alone with him - mum stayed in the room\n"
    "- mum: no help from her family, her sister has moved to Leeds\n"
)


@pytest.mark.parametrize("text, negative", [
    ("Dami opted out of the swimming club after one week", True),  # a choice not to
    ("BILAL DECIDED AGAINST GOING ON THE SCHOOL TRIP", True),
    ("the contact session was called off at short notice", True),
    ("Mum cancelled Friday's appointment with the health visitor", True),
    ("the housing association withdrew the offer of a flat", True),
    ("Keisha seemed withdrawn and quiet at tea", False),  # a mood, not a withdrawal of something
    ("neither Mum nor her partner smokes indoors", True),  # one negation, not two
    ("is the respite placement still needed or not?", False),  # a question
    ("they haven't finished decorating Zofia's bedroom", False),  # still decorating
    ("grandad has been teetotal for years", True),
    ("the fridge was empty apart from a pint of milk", True),
    ("the twins sleep separately now", True),
])
def test_polarity_of_decisions_questions_and_antonyms(text, negative):
    assert (polarity(text) < 0) is negative


@pytest.mark.parametrize("unit, sign", [
    ("no bruising + no marks on his back", -1),  # two negatives, not a double one
    ("gp - not seen since jan, nothing outstanding", None),  # a negative and a positive
    ("nothing outstanding", 1),
    ("unauthorised absences this half term - none", 1),  # "none" denies the absences before it
    ("dad at work", 0),
])
def test_a_note_unit_is_signed_clause_by_clause(unit, sign):
    from eval.checks.units import sign as _sign

    assert _sign(unit) == sign


_CHOICE_NOTES = NOTES + (
    "- aisha said no to the feelings cards today, wanted to play outside\n"
    "- mum: baby's jabs appointment cancelled by the surgery, rebooked for april\n"
    "- school: aisha has had no exclusions + no detentions this term\n"
    "- mum says dad phones neither her nor aisha\n"
    "- mum and i still sorting out the benefits claim\n"
    "- is the early help plan still needed or not?\n"
    "- aisha's grandad not at the meeting\n"
)


def test_an_action_does_not_contradict_a_fact_it_follows_from(review):
    record = FAITHFUL.replace("- I will visit again in four weeks.\n",
                              "- I will visit again in four weeks.\n- Send Aisha's grandad the meeting notes.\n")
    assert review(record, notes=_CHOICE_NOTES, only=["accuracy.negation"]) == []


@pytest.mark.parametrize("text, inside", [
    ("Mum and her ex have no longer been in touch since May", {"contact"}),  # "no longer", not "no" + "longer"
    ("no-one collected Oskar from nursery", {"collect"}),
])
def test_a_longer_cue_is_read_whole(text, inside):
    assert _stems(inside) <= negated(text)


def test_each_denying_what_the_other_says_is_a_flip(review):
    notes = _CHOICE_NOTES + "- mum: aisha's uncle cancelled his last two visits, she thinks he had been drinking\n"
    sentence = "Mum said Aisha's uncle came to both of his last two visits sober."
    record = in_analysis(sentence)
    findings = review(record, notes=notes, only=["accuracy.negation"])
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings)


def test_a_cue_in_a_that_clause_does_not_reach_the_clause_it_hangs_from():
    scope = negated("We agreed that Kofi's voice is not heard enough in his plan")
    assert stem("voice") in scope and stem("agreed") not in scope


@pytest.mark.parametrize("text, inside, outside", [
    ("Dad cancelled last 2 visits", {"visit"}, set()),  # the object follows "last"
    ("dental check missed last week", {"dental", "check"}, {"week"}),  # a time follows "last"
])
def test_last_after_a_cue_is_a_time_or_an_object(text, inside, outside):
    scope = negated(text)
    assert _stems(inside) <= scope and not _stems(outside) & scope


_SCOPE_NOTES = NOTES + (
    "- school: staff have raised no concerns this half term\n"
    "- nothing unsafe seen in the flat\n"
    "- aisha's dental check in feb - needed no fillings\n"
    "- aisha turned down seeing me alone today\n"
)


@pytest.mark.parametrize("unit, directive", [
    ("nan to collect Zeynep from school on fridays", True),
    ("SW will chase the housing officer", True),
    ("agreed: Dad to have supervised contact weekly", True),
    ("Zeynep declined to talk to me on her own", False),  # a refusal, not a task
    ("didn't want to do the feelings faces", False),
    ("no contact with Dad since the summer", False),
])
def test_what_says_a_task_is_to_be_done(unit, directive):
    from eval.checks.units import directive as _directive

    assert _directive(unit) is directive


def test_private_time_is_time_alone():
    assert stem("alone") in negated("there was no private time with Tomasz")


def test_a_clause_that_only_introduces_a_quote_is_not_compared(review):
    notes = NOTES + "- aisha wouldn't come out of her room at first\n"
    sentence = "Aisha came out with this: “My room is the best bit of the house.”"
    assert review(in_analysis(sentence), notes=notes, only=["accuracy.negation"]) == []


# Cues built from English grammar (fresh7): negative determiners, pronouns and adverbs, "yet
# to", negative affixes, verbs of not doing, states that are gone, words that say a worry or
# a problem is absent; and what only looks negative.
@pytest.mark.parametrize("text, negative", [
    ("zero incidents reported since the summer", True),
    ("At no stage did the twins seem frightened", True),
    ("not a single late mark this term", False),  # never late: on time (a state, as "has not been late")
    ("Callum has yet to meet his new key worker", True),
    ("Neither Gran nor Grandad drives", True),
    ("the mould in the bathroom has gone now", True),
    ("her old friends drifted away after the move", True),
    ("Rhys disliked the new school", True),
    ("nursery report non-attendance on Fridays", True),
    ("Dad felt hopeless about the debt", True),
    ("MUM FORGOT TO COLLECT THE PRESCRIPTION", True),
    ("Kacper was relaxed when his foster carer left the room", True),  # no worry
    ("meal times go smoothly now", True),  # no trouble
    ("Oisín has a bedroom of his own", True),  # shares with no one
    ("Mum had forgotten about the home visit", False),  # and was in when I called
    ("Before the meeting ended we agreed a date", False),
    ("Apart from some crisps there was no food in the house", False),  # only crisps, as "no food except crisps"
    ("She can't wait to see her brother", False),
    ("without any missed doses since March", False),  # a double negative
    ("Erin missed none of her contact sessions", False),
    ("ideas to help her calm down at bedtime", False),
])
def test_polarity_of_cues_from_grammar(text, negative):
    assert (polarity(text) < 0) is negative


@pytest.mark.parametrize("text, inside", [
    ("Tyler shares a room with nobody", {"share", "room"}),  # a negative pronoun governs its verb
    ("none of the professionals think a strategy meeting is needed", {"professional", "think"}),
    ("vaping indoors? - none at all now", {"vaping"}),  # "now" says when: the cue looks back
    ("At no point was I alone with Kwame", {"alone"}),
])
def test_what_negative_pronouns_govern(text, inside):
    assert _stems(inside) <= negated(text)


_GRAMMAR_NOTES = NOTES + (
    "\n- police: zero callouts to the address since jan\n"
    "- mum + dad not on speaking terms, handovers at the contact centre\n"
    "- GP - AISHA w/o any missed appts this yr\n"
    "- aisha shares w/ nobody - own room\n"
    "- aisha showed no worry when mum left the room\n"
    "- nothing i saw today worried me about aisha's care\n"
)


# Absence words and antonyms on one side only: the pair says the same, or the opposite.
_PAIR_NOTES = NOTES + (
    "- kitchen: sink full of unwashed plates\n"
    "- dad hasn't breached his curfew since march\n"
    "- Nan: off the methadone since the summer, sees her drugs worker weekly\n"
    "- JESS out of touch with her old school friends\n"
    "- [outcome 2: a bed for jess]\n"
    "- jess not least bit upset when dad left the room\n"
)


@pytest.mark.parametrize("line, units", [
    ("late marks this half term - zero", ["late marks this half term - zero"]),  # a count of none is one claim
    ("chickenpox last month, all cleared up", ["chickenpox last month, all cleared up", "chickenpox last month",
                                                "all cleared up"]),
])
def test_a_count_of_none_stays_with_its_clause(line, units):
    from eval.checks.units import note_units as _note_units

    assert list(_note_units(line)) == units


def test_an_elided_clause_is_not_compared(review):
    notes = NOTES + "- view: progress on the home, less on the rows - plan to stay\n"
    sentence = "My view is that the home has improved but the rows have not, so the plan should stay."
    assert review(in_analysis(sentence), notes=notes, only=["accuracy.negation"]) == []


@pytest.mark.parametrize("text, parts", [
    # "both ... and" joins two subjects: one claim, as the notes' "neither ... nor" is
    ("Both the school and the HV think an assessment is needed.", ["Both the school and the HV think an assessment is needed."]),
    ("BOTH NAN AND THE GP WERE WORRIED", ["BOTH NAN AND THE GP WERE WORRIED"]),
    ("The gate is locked at both ends and the sockets are covered", ["The gate is locked at both ends", "the sockets are covered"]),
])
def test_both_and_is_one_clause(text, parts):
    from eval.checks.units import clauses

    assert clauses(text) == parts


@pytest.mark.parametrize("text, negative", [
    ("She won't settle at night without a story", False),  # "not ... without": a double negative
    ("KEANU NEVER LEAVES THE HOUSE W/O HIS INHALER", False),
    ("He went to bed without a fuss", True),
    ("Mum has run out of gas credit", True),  # a supply used up: none left
    ("they used up all the formula by Thursday", True),
    ("the tablet is switched off at 7pm", True),  # a limit in time, as "no tablet after 7pm"
    ("his phone was switched off all night", False),  # "phone off": the same, no limit
    ("the fire alarm went off twice", False),
])
def test_polarity_of_double_negatives_supplies_and_limits(text, negative):
    assert (polarity(text) < 0) is negative


@pytest.mark.parametrize("text, parts", [
    # a cue of the next words governs the nouns "and" joins
    ("The flat was without gas and electricity until Monday", ["The flat was without gas and electricity until Monday"]),
    ("no food and nappies in the house", ["no food and nappies in the house"]),
    ("Dad had no job and he was drinking again", ["Dad had no job", "he was drinking again"]),
])
def test_a_phrase_cue_keeps_the_nouns_it_joins(text, parts):
    from eval.checks.units import clauses

    assert clauses(text) == parts


_LIMIT_NOTES = NOTES + (
    "- Mum: jess won't get dressed for school w/o a row\n"
    "- NO TABLET AFTER 7PM\n"
    "- electric key - no credit left\n"
    "- flat: no heating or hot water since tues\n"
    "- jess never eats at the table, always on the settee\n"
)


@pytest.mark.parametrize("text, plan", [
    ("2 : Take Kofi to the dentist : Mum : by Friday", True),
    ("3. Book a GP appointment for Ana", True),
    ("Take-up of the offer was low", False),
    ("Going to school is hard for him", False),
])
def test_an_action_table_row_is_a_task(text, plan):
    from eval.checks.clauses import _IMPERATIVE

    assert bool(_IMPERATIVE.match(text)) is plan


_TALK_NOTES = NOTES + (
    "- KOFI wouldnt say much abt his dads new partner\n"
    "- no opportunity to see kofi on his own, nan stayed in the room\n"
    "- Nan and Grandad have not spoken since they split up\n"
    "- Tomasz not at nursery Weds or Thurs, dad said poorly\n"
    "- nan + grandad no longer together, split 2019\n"
    "- Uncle Dev + Nan not in touch since the funeral\n"
    "- PANEL RULED OUT A MOVE FOR KOFI AFTER HEARING FROM NAN\n"
    "- Kofi not seen alone, wanted nan to stay\n"
    "- me: see Kofi alone at school before next visit\n"
)


@pytest.mark.parametrize("line, task", [
    ("me: see Kofi alone at school before next visit", True),
    ("SW - ring school re attendance", True),
    ("Worker: Chase the GP letter", True),
    ("me: kofi seemed tired", False),
    ("sw - visited, kofi at school", False),
])
def test_a_line_that_gives_the_worker_an_instruction_is_a_task(line, task):
    from eval.checks.units import todo

    assert todo(line) is task


@pytest.mark.parametrize("text, said", [
    ("Mum said Kai was unwell but went to school on Monday.", ("Mum said Kai was unwell", "Kai went to school on Monday")),
    ("DAD SAID HE USED AGAIN IN MAY AND HAS USED SINCE", ("DAD SAID HE USED AGAIN IN MAY", "HE HAS USED SINCE")),
    ("Mum and Dad split up in May but are back together now", ("Mum and Dad split up in May", "Mum and Dad are back together now")),
    ("In June the school said things were fine and were happy", ("In June the school said things were fine", "were happy")),
    ("I saw Ama alone, and she showed me her room", ("I saw Ama alone", "she showed me her room")),
])
def test_an_elided_subject_is_restored_for_embedding(text, said):
    from eval.checks.units import spoken

    assert spoken(text) == said


@pytest.mark.parametrize("notes, sentence", [
    (_TALK_NOTES, "Kofi did not want to tell me much about his dad's new partner."),
    (_TALK_NOTES, "Nan stayed in the room, so there was no chance to see Kofi alone."),
    (_TALK_NOTES, "Nan and Grandad have had no contact since they separated."),
    (_TALK_NOTES, "Uncle Dev and Nan have not spoken to each other since the funeral."),
    (_TALK_NOTES, "The panel decided that Kofi will not be moved."),
    (_TALK_NOTES, "I will see Kofi alone at school before my next visit."),  # the task, as a plan  # "separated" dates the claim
    (_NOTES, "Jess and Dad have lived apart since May."),
    (_NOTES, "At bath time her skin was clear, with no bruising."),
    (_NOTES, "The GP was not invited, in line with the court order."),
    (_GRAMMAR_NOTES, "There have been no police callouts to the address since January."),
    (_GRAMMAR_NOTES, "Aisha was relaxed when Mum left the room."),
    (_GRAMMAR_NOTES, "Aisha has a bedroom of her own."),
    (_GRAMMAR_NOTES, "The GP said Aisha has not missed any appointments this year."),
    (_GRAMMAR_NOTES, "I visited to hear about Aisha's worries and wishes."),  # an aim, not a claim
    (_PAIR_NOTES, "The plates in the kitchen sink needed washing."),  # needs washing: unwashed
    (_PAIR_NOTES, "Dad has kept to his curfew since March."),  # kept to: not breached
    (_PAIR_NOTES, "Nan said she stopped taking methadone in the summer."),  # stopped: off it
    (_PAIR_NOTES, "Jess has lost touch with her old school friends."),
    (_PAIR_NOTES, "Outcome 2, a bed for Jess, is not met yet."),  # a goal named, no status
    (_PAIR_NOTES, "Jess stayed calm when Dad left the room."),
    (_MORE_NOTES, "Mum now vapes only on the balcony."),  # "only" says "not in the flat" too
    (_MORE_NOTES, "Aisha's immunisations are all up to date."),  # "none outstanding": all done
    (_MORE_NOTES, "Aisha was free of marks and bruises."),
    (_MORE_NOTES, "I was not able to speak with Uncle Jamal by himself, as Mum stayed in the room."),
    (_CHOICE_NOTES, "Aisha decided against doing the feelings cards and wanted to play outside."),
    (_CHOICE_NOTES, "The baby's immunisation appointment did not go ahead; the surgery has rebooked it for April."),
    (_CHOICE_NOTES, "The school said Aisha has not been excluded or given a detention this term."),
    (_CHOICE_NOTES, "Mum said Dad does not phone her or Aisha."),
    (_CHOICE_NOTES, "Mum and I have not finished sorting out her benefits claim."),
    (_CHOICE_NOTES, "We talked about whether the early help plan is still needed."),
    (_SCOPE_NOTES, "The school said no concerns have been raised by staff about Aisha this half term."),
    (_SCOPE_NOTES, "Nothing in the flat looked unsafe to me."),
    (_SCOPE_NOTES, "Aisha's dental check in February found no need for fillings."),
    (_SCOPE_NOTES, "I will see Aisha again in four weeks."),  # a plan, not the opposite of today's refusal
    (_LIMIT_NOTES, "Mum told me getting Jess dressed for school is a daily battle."),
    (_LIMIT_NOTES, "Mum said the tablet goes off at 7pm."),
    (_LIMIT_NOTES, "Mum has used up all the credit on the electric key."),
    (_LIMIT_NOTES, "The flat has been without heating and hot water since Tuesday."),
    (_LIMIT_NOTES, "Jess eats her meals on the settee."),
])
def test_the_same_polarity_said_differently_is_not_a_flip(review, notes, sentence):
    assert review(in_analysis(sentence), notes=notes, only=["accuracy.negation"]) == []


@pytest.mark.parametrize("notes, sentence", [
    (_NOTES, "At bath time there was bruising on her skin."),
    (_NOTES, "Jess and Dad have lived together since May."),
    (_GRAMMAR_NOTES, "The GP said Aisha has missed several appointments this year."),
    (_GRAMMAR_NOTES, "Aisha shares a bedroom with her baby brother."),
    (_GRAMMAR_NOTES, "Mum and Dad get on well and do handovers at the contact centre."),
    (_GRAMMAR_NOTES, "There have been several police callouts to the address since January."),
    (_PAIR_NOTES, "Dad has broken his curfew twice since March."),
    (_PAIR_NOTES, "Jess cried when Dad left the room."),
    (_PAIR_NOTES, "The plates in the kitchen sink were all clean."),  # clean: not unwashed
    (_MORE_NOTES, "Mum still vapes inside the flat."),
    (_MORE_NOTES, "I spent time with Uncle Jamal on his own while Mum waited downstairs."),  # "on his own": alone
    (_MORE_NOTES, "Mum said she has lots of support from her family."),  # support: help
    (_CHOICE_NOTES, "Aisha was happy to do the feelings cards with me."),
    (_CHOICE_NOTES, "The school said Aisha has been excluded twice this term."),
    (_LIMIT_NOTES, "Jess eats her meals at the table."),
    (_LIMIT_NOTES, "The flat has had heating and hot water since Tuesday."),
    (_TALK_NOTES, "Dad said Tomasz was poorly but went to nursery on Wednesday and Thursday."),  # elided subject
    (_TALK_NOTES, "Nan and Grandad split up in 2019 but are back together now."),
    (_TALK_NOTES, "Kofi was seen alone, although he wanted Nan to stay."),  # "me: see Kofi alone ...": a task, no rival
    (_TALK_NOTES, "Uncle Dev and Nan have spoken every week since the funeral."),  # in touch: they speak
    (_TALK_NOTES, "After hearing from Nan, the panel decided that Kofi will be moved."),  # a decision reported, no plan
    (_TALK_NOTES, "Kofi wanted to say a lot about his dad's new partner."),  # how much he said: a claim about talking
    (_TALK_NOTES, "There was an opportunity to see Kofi alone while Nan made tea."),
    (_TALK_NOTES, "Nan and Grandad have spoken every week since they separated."),  # "separated" denies nothing spoken
])
def test_flips_are_found(review, notes, sentence):
    record = in_analysis(sentence)
    findings = review(record, notes=notes, only=["accuracy.negation"])
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings)


_ROUTINE_NOTES = NOTES + (
    "- Zofia missed 6 days since half term, homework incomplete\n"
    "- ZOFIA hardly ever asleep before 11pm, tired in class\n"
    "- Nan: zofia rarely sleeps thru, up 2 or 3 times a night\n"
    "- Nan says Zofia refuses to have her teeth brushed - screams\n"
    "- zofia didn't want to do the strengths and difficulties questionnaire today\n"
    "- Zofia does not want Nan at sports day. She wants Nan to come + watch her dance show\n"
    "- Zofia in her own bed by 8 since the star chart\n"
)


@pytest.mark.parametrize("sentence", [
    "Zofia has been absent for six days since half term.",  # absent, missed: one claim ("half term" says when)
    "Zofia does not get to sleep until after 11pm.",  # "hardly ever asleep before 11pm": asleep after it
    "Nan told me Zofia wakes two or three times most nights.",  # waking in the night: not sleeping through
    "Nan said teeth brushing is a real struggle with Zofia.",  # hard to do: what a refusal says
    "Zofia chose not to do the strengths and difficulties questionnaire today.",  # one fixed pair, one clause
    "Zofia said Nan should not come to her sports day.",  # the note that says so beats "wants Nan to come"
])
def test_a_negative_the_notes_say_in_other_words_is_not_a_flip(review, sentence):
    assert review(in_analysis(sentence), notes=_ROUTINE_NOTES, only=["accuracy.negation"]) == []


@pytest.mark.parametrize("sentence", [
    "Zofia has had full attendance since half term.",
    "Zofia has finished all her homework.",  # incomplete: not finished
])
def test_routine_flips_are_found(review, sentence):
    record = in_analysis(sentence)
    findings = review(record, notes=_ROUTINE_NOTES, only=["accuracy.negation"])
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings)


@pytest.mark.parametrize("text, negative", [
    ("she seldom gets to sleep before midnight", False),  # asleep after midnight
    ("never up before 10am at weekends", False),
    ("not seen alone since before 9 March", True),  # a date, not a clock time
    ("Kai wakes three or four times a night", True),
    ("Kai wakes at 7 every day", False),
    ("the day he most often misses", True),
    ("Kai misses his dad", False),
    ("Kai sleeps in his own bed", True),  # shares no bed
    ("Kai is in his own bed by eight", False),  # a bedtime
])
def test_polarity_of_routines(text, negative):
    assert (polarity(text) < 0) is negative


def test_a_cue_that_governs_only_time_denies_what_it_is_the_opposite_of():
    assert _stems({"attend"}) <= negated("kai missed 8 days this half term")
    assert not _stems({"half", "eight"}) & negated("KAI has missed eight days this half term")


@pytest.mark.parametrize("text, negative", [
    ("Dad is unable to get Kai to bed before 10pm", False),  # he goes to bed after ten
    ("Mum can't get her up until 11am", False),
])
def test_unable_before_a_clock_time_says_after_it(text, negative):
    assert (polarity(text) < 0) is negative


def test_a_habit_of_refusing_is_no_plan(review):
    notes = NOTES + "- Kwame in his own bed by 8pm since the reward chart\n"
    sentence = "Mum reported that Kwame still will not go to bed since the reward chart started."
    record = in_analysis(sentence)
    findings = review(record, notes=notes, only=["accuracy.negation"])
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings)


def test_asking_for_someone_to_come_is_wanting_them(review):
    notes = NOTES + "- Ayodele doesn't want mum at her sports day\n"
    sentence = "Ayodele has asked for Mum to come to her sports day."
    record = in_analysis(sentence)
    findings = review(record, notes=notes, only=["accuracy.negation"])
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings)
    assert review(in_analysis("Ayodele asked for help with her homework."), notes=notes, only=["accuracy.negation"]) == []


@pytest.mark.parametrize("line, sentence", [
    ("- Bartek toothache 2 days, Nurofen withheld - none in the house\n", "Bartek's toothache has been treated with painkillers."),
    ("- school: BARTEK not sent out of lessons once this term\n", "The school said Bartek has been sent out of class twice this term."),
])
def test_the_same_thing_in_other_words_flips(review, line, sentence):
    record = in_analysis(sentence)
    findings = review(record, notes=NOTES + line, only=["accuracy.negation"])
    assert any(sentence in record[f.span[0]:f.span[1]] for f in findings)
