import pytest

from tests.eval.checks.conftest import NOTES, in_analysis


def _medium_over(review, sentence, term):
    """The medium stigmatising findings of a record with `sentence` that overlap `term` in it."""
    record = in_analysis(sentence)
    start = record.index(term)
    findings = [f for f in review(record, only=["language.stigmatising"]) if f.severity == "medium"]
    return [f for f in findings if f.span[0] < start + len(term) and start < f.span[1]]


@pytest.mark.parametrize("sentence, term", [
    ("Mum was aggressive when I asked about school.", "aggressive"),
    ("Dad has been non-compliant with the plan.", "non-compliant"),
    ("Aisha absconded from school at lunchtime.", "absconded"),
    ("Mum refused to engage with the health visitor.", "refused to engage"),
    ("Aisha is attention seeking at bedtime.", "attention seeking"),
    ("Dad kicked off when I arrived.", "kicked off"),
    ("Aisha looked unkempt.", "unkempt"),
    ("MUM WAS HOSTILE THROUGHOUT.", "HOSTILE"),
])
def test_stigmatising_labels_are_flagged_with_an_alternative(review, sentence, term):
    findings = [f for f in review(in_analysis(sentence), only=["language.stigmatising"]) if f.severity == "medium"]
    assert [f.evidence for f in findings] == [term]
    assert findings[0].suggestion.startswith("Instead: ")


@pytest.mark.parametrize("sentence, severity", [
    ("Mum said “the school says he is aggressive”.", "info"),  # quoting someone
    ("The school described him as aggressive.", "low"),  # reported, as the notes have it
    ("Mum said she was being defensive because she was scared.", "low"),
    ("Dad was not hostile at any point.", "low"),  # negated
])
def test_someone_elses_words_or_a_negation_are_not_the_writers_label(review, sentence, severity):
    notes = NOTES + "- school described him as aggressive; mum said she was defensive as she was scared\n"
    findings = review(in_analysis(sentence), notes=notes, only=["language.stigmatising"])
    assert [f.severity for f in findings] == [severity]


@pytest.mark.parametrize("sentence", ["Mrs Khan said Aisha is idle and never hands in homework.",
                                      "The school described him as aggressive."])
def test_a_label_reported_as_someones_view_that_the_notes_do_not_have_is_the_writers(review, sentence):
    findings = review(in_analysis(sentence), only=["language.stigmatising"])
    assert [f.severity for f in findings] == ["medium"]
    assert "notes do not have this word" in findings[0].message


@pytest.mark.parametrize("sentence, term", [
    ("Dad, who has a begging-bowl attitude, asked for a new cooker.", "begging-bowl attitude"),
    ("Mum, who is usually a moaner, said the flat is cold.", "moaner"),
    ("Dad is a weak-willed parent.", "weak-willed"),
    ("Mum is domineering, so Aisha said little.", "domineering"),
    ("Mum, a junkie, said she has stopped using.", "a junkie"),
    ("dad is a serial latecomer to meetings", "serial latecomer"),
])
def test_labels_said_of_a_person_in_other_shapes(review, sentence, term):
    findings = [f for f in review(in_analysis(sentence), only=["language.stigmatising"]) if f.severity == "medium"]
    assert [f.evidence for f in findings] == [term]


@pytest.mark.parametrize("sentence", ["The bus was unreliable again.", "She was cold because the heating was off.",
                                      "Aisha, a girl of eight, was seen alone.", "The weather was wild and windy."])
def test_label_words_not_said_of_a_person_are_left(review, sentence):
    assert [f for f in review(in_analysis(sentence), only=["language.stigmatising"]) if f.severity == "medium"] == []


@pytest.mark.parametrize("sentence", ["Mum has mental health difficulties and sees her GP.",
                                      "The shouting was dramatic for Aisha.", "Aisha was lying on the sofa.",
                                      "She finds maths challenging."])
def test_ordinary_words_near_the_lexicon_are_not_labels(review, sentence):
    assert review(in_analysis(sentence), only=["language.stigmatising"]) == []


@pytest.mark.parametrize("sentence, term", [("Aisha's placement is stable.", "placement"),
                                            ("Contact with dad is on Saturdays.", "Contact with"),
                                            ("Aisha is LAC.", "LAC")])
def test_jargon_is_low_severity(review, sentence, term):
    findings = review(in_analysis(sentence), only=["language.jargon"])
    assert [(f.evidence, f.severity) for f in findings] == [(term, "low")]


@pytest.mark.parametrize("sentence, flagged", [
    ("Mum is clearly a good mother.", True),
    ("Mum does not care about Aisha's schooling.", True),
    ("The home is unsuitable for a baby.", True),
    ("I think the home is unsuitable for a baby because there is no cot.", False),
    ("Mum is a good mother, as shown by the warm and tidy room.", False),
    ("The health visitor said mum does not care about the appointments.", False),
])
def test_opinion_as_fact(review, sentence, flagged):
    assert bool(review(in_analysis(sentence), only=["language.opinion_as_fact"])) == flagged


@pytest.mark.parametrize("sentence", ["We agreed a simple plan for mornings.", "Mum is easy to talk to.",
                                      "Progress with reading is slow but steady.", "The garden is wild and overgrown.",
                                      "He wore a thick coat."])
def test_everyday_words_that_are_also_labels_elsewhere_are_left_alone(review, sentence):
    assert review(in_analysis(sentence), only=["language.stigmatising"]) == []


@pytest.mark.parametrize("sentence, term", [
    ("Mum is disorganised and finds mornings difficult.", "disorganised"),
    ("I think she is a weak parent who needs more support.", "weak parent"),
    ("Dad, who is controlling, agreed to the plan.", "controlling"),
    ("KAI WAS BEING DIFFICULT AND WOULD NOT TALK.", "WAS BEING DIFFICULT"),
    ("Aisha is a handful when she is upset.", "a handful"),
    ("The family are hard to reach.", "hard to reach"),
    ("Mum, who cannot manage money, said the meter ran out.", "cannot manage money"),
    ("Aisha is streetwise and stays out late.", "streetwise"),
    ("Dad is unreliable about contact times.", "unreliable"),
    ("Aisha is quite immature for her age.", "immature"),
    ("Mum lacks insight into Aisha's needs.", "lacks insight"),
    ("Aisha refused to attend her review.", "refused to attend"),
    ("Aisha looked grubby today.", "grubby"),
    ("Dad was histrionic about the conference.", "histrionic"),
])
def test_labels_in_other_words_are_flagged(review, sentence, term):
    findings = [f for f in review(in_analysis(sentence), only=["language.stigmatising"]) if f.severity == "medium"]
    assert [f.evidence for f in findings] == [term]


@pytest.mark.parametrize("sentence", ["The bus was unreliable, so Mum walked.", "The signal is weak upstairs.",
                                      "School is hard work for Aisha this term.", "We met a handful of times.",
                                      "The reading test was difficult.", "Aisha has a disorganised attachment style.",
                                      "Aisha is not immature at all."])
def test_label_words_said_of_things_are_left_alone(review, sentence):
    assert [f for f in review(in_analysis(sentence), only=["language.stigmatising"]) if f.severity == "medium"] == []


@pytest.mark.parametrize("sentence, term", [
    ("Kyle, a placement wrecker, moved on Friday.", "placement wrecker"),
    ("MUM IS ALL MOUTH AND NO TROUSERS.", "ALL MOUTH AND NO TROUSERS"),
    ("Dad has been gaming the system for months.", "gaming the system"),
    ("Grandad, a smackhead, lives nearby.", "a smackhead"),
    ("Chloe is an SEN kid who loves art.", "SEN kid"),
    ("Nana described the failure to protect as the main worry.", "failure to protect"),
    ("dad is a poor informant about the early years", "poor informant"),
    ("Tomasz, a little crook, took sweets from the shop.", "a little crook"),
    ("She is rebellious at school.", "rebellious"),
])
def test_practice_guidance_labels_are_flagged(review, sentence, term):
    findings = [f for f in review(in_analysis(sentence), only=["language.stigmatising"]) if f.severity == "medium"]
    assert term in [f.evidence for f in findings]


# The fallback for labels no lexicon has: their shape (said of a person, in the writer's voice)
# and meaning (nearer the labels than neutral descriptions), when the notes do not say them.
@pytest.mark.parametrize("text, phrase", [
    ("Jayden is a wind-up merchant.", "a wind-up merchant"),
    ("Mum is snarky with the school.", "snarky"),
    ("Olu, a proper waster, slept in.", "a proper waster"),
    ("She is a born liar and a thief.", "a born liar"),
    ("Dad, normally ungrateful, thanked the nurse.", "normally ungrateful"),
])
def test_a_judgement_no_lexicon_lists_is_found_by_shape_and_meaning(text, phrase):
    from eval.checks.language import evaluations
    assert [said for _, said in evaluations(text, "- visit to the family at home")] == [phrase]


@pytest.mark.parametrize("text, notes", [
    ("Mr Okafor, the headteacher, said Ama was happy.", ""),
    ("Dad is a bus driver at the depot.", ""),
    ("Mum, who is pregnant, said she is tired.", ""),
    ("Wiktoria is a keen swimmer and a lovely girl.", ""),
    ("Mum, welcoming as always, made tea.", ""),
    ("Aisha was tearful and quiet.", ""),
    ("Dad is much less fussy about food now.", ""),
    ("Mum said “Dad is a snarky so-and-so”.", ""),  # someone's words, quoted
    ("Nan described Dad as snarky.", "- nan: dad snarky"),  # reported, and in the notes
    ("Dad is snarky, Nan says.", "nan thinks dad is snarky"),  # the notes' own word
])
def test_neutral_descriptions_quotes_and_the_notes_words_are_not_judgements(text, notes):
    from eval.checks.language import evaluations
    assert evaluations(text, notes) == []


def test_the_fallbacks_phrases_are_known_before_the_check_so_a_scorer_embeds_them_in_one_batch(monkeypatch):
    from eval.checks import align, language
    from eval.checks.base import Material

    record = "Kemi, a right sofa-surfer, was late. Dad, a layabout, was asleep. Mum is a dinner lady."
    material = Material(record, "- visit to the family at home", "home_visit")
    phrases = language.phrases(material)
    assert "sofa-surfer" in phrases and "dinner lady" in phrases
    assert not any("layabout" in p for p in phrases)  # the lexicon has it: nothing to weigh
    language._seeds()
    align.vectors(phrases)
    encoded = []
    monkeypatch.setattr(align, "_encode", lambda texts: encoded.append(texts))
    found = [f.evidence for f in language.stigmatising(material)]
    assert encoded == [] and "layabout" in found
    assert [said for _, said in language.evaluations(record, material.notes) if "layabout" not in said] == [
        e for e in found if e != "layabout"]


def test_the_fallback_reaches_the_check_as_medium(review):
    findings = [f for f in review(in_analysis("Ravi, a proper waster, slept in."), only=["language.stigmatising"])]
    assert [(f.evidence, f.severity) for f in findings] == [("a proper waster", "medium")]


# Families from councils' language guides that the lexicon once lacked, in words of our own.
@pytest.mark.parametrize("sentence, term", [
    ("Grandad, who is stone-hearted, rarely visits.", "stone-hearted"),
    ("Mum remains emotionally unavailable to Kofi.", "emotionally unavailable"),
    ("Dad, who is forever angling for freebies, asked about vouchers.", "angling for freebies"),
    ("Since the summer Priya has turned into a telly addict.", "telly addict"),
    ("Reece is a latch-key child most evenings.", "latch-key child"),
    ("Mrs Ilić has been playing mind games with the school.", "playing mind games with the school"),
    ("Lewis comes from a rough family and it shows.", "rough family"),
    ("The fighting is in his blood, like father like son.", "in his blood"),
    ("THE TOXIC TRIO IS PRESENT IN THIS HOUSEHOLD.", "TOXIC TRIO"),
    ("Hamza, a diabetic, has new insulin pens.", "a diabetic"),
    ("Zofia suffers from cerebral palsy and uses a walker.", "suffers from cerebral palsy"),
    ("Uncle Dev, an ex-con, lives upstairs.", "an ex-con"),
    ("Mum shows disguised compliance with the plan.", "disguised compliance"),
    ("Dad came home paralytic on Saturday.", "came home paralytic"),
    ("Nan thinks the neighbour is a loony.", "loony"),
    ("Mum is always nagging Sade about her room.", "nagging"),
])
def test_labels_from_language_guides_are_flagged(review, sentence, term):
    assert _medium_over(review, sentence, term)


@pytest.mark.parametrize("sentence", [
    "Mum said she has not drunk since June.",  # a verb, negated
    "Dad had drunk two cans before contact, the school said.",  # a past participle, not a label
    "We met in the disabled toilet corridor.",
    "A criminal record check is under way for Uncle Tom.",
    "The window was smashed last week and the landlord fixed it.",
    "Isla was cold, so Mum found her a jumper.",
    "Grandad is hard of hearing.",
    "Mum took Ben to the diabetic clinic.",
    "No alcoholic drinks were seen in the flat.",
    "Ellie loves the zombie game on her tablet.",
    "Mum goes to the teenage mums group on Tuesdays.",
    "Mo found a sea urchin at the beach.",
    "Mum is easy to talk to and quick to help.",
    "Dad said Mum came home drunk in May.",  # his account, and the notes have the word
])
def test_guide_words_used_plainly_or_reported_are_left_alone(review, sentence):
    notes = NOTES + "\n- dad said mum came home drunk in may"
    findings = review(in_analysis(sentence), notes=notes, only=["language.stigmatising"])
    assert [f.evidence for f in findings if f.severity == "medium" or f.severity == "high"] == []


# Disability, class and schooling, origin and blame: families the language guides warn about,
# in words of our own.
@pytest.mark.parametrize("sentence, term", [
    ("Tomasz, who is handicapped, goes to a special school.", "handicapped"),
    ("Her brother is a Down's syndrome child and needs a lot of care.", "Down's syndrome child"),
    ("GRANDAD HAS BEEN WHEELCHAIR-RIDDEN SINCE HIS STROKE.", "WHEELCHAIR-RIDDEN"),
    ("Mr Nowak, who is uneducated, struggled with the forms.", "uneducated"),
    ("The family are low-class and it shows in the home.", "low-class"),
    ("Mum is illiterate so I read the letter to her.", "illiterate"),
    ("Dad, an economic migrant, works long shifts.", "an economic migrant"),
    ("Aunt Leila was described in the referral as a failed asylum seeker.", "failed asylum seeker"),
    ("Mum speaks broken English.", "broken English"),
    ("The family sleep on mats on the floor, which is primitive.", "primitive"),
    ("Kai is accident-prone, which explains the bruises.", "accident-prone"),
    ("Jade is clumsy and often bumps into things.", "clumsy"),
    ("Mum chose to stay with him after the assault.", "chose to stay with him"),
    ("They have a volatile relationship.", "volatile relationship"),
    ("Aaliyah is attention-hungry at school.", "attention-hungry"),
    ("Dad, who is a drain on services, asked for a food bank voucher.", "a drain on services"),
    # Attendance, feeding, housing and class, help-seeking and complaint-making, diagnosis, care and exploitation.
    ("Oskar has become a school refuser since the move.", "school refuser"),
    ("Priya was caught truanting with older pupils.", "truanting"),
    ("Baby Ayo is a picky eater and spits out lumps.", "picky eater"),
    ("Finley, a FUSSY EATER, only has toast.", "FUSSY EATER"),
    ("The flat was tidy, unusual for a council estate family.", "council estate family"),
    ("Mum has been vexatious with the school.", "vexatious"),
    ("Dad is a serial complainer about the housing team.", "serial complainer"),
    ("Mrs Osei is a frequent attender at the walk-in centre.", "frequent attender"),
    ("Mum is over-reliant on services for everyday things.", "over-reliant on services"),
    ("Amani is an epilepsy sufferer.", "epilepsy sufferer"),
    ("Sol is a persistent runaway from his placement.", "persistent runaway"),
    ("Mia was seen with her older boyfriend at the station.", "older boyfriend"),
    ("Mia chose to go missing again on Friday.", "chose to go missing"),
    ("He is a drug runner for a county line.", "drug runner"),
    # Character nouns, parenting styles, class and homes, bodies, sexuality, ability and crime (guidance on
    # language in records: the Children's Information Project, Social Work England, BASW, councils' glossaries).
    ("Dad, an oddbod at the best of times, stayed in the car.", "an oddbod"),
    ("MUM, WHO IS A REPROBATE, WAS NOT IN.", "REPROBATE"),
    ("Uncle Piotr is a ne'er-do-well who drifts between sofas.", "ne'er-do-well"),
    ("Mrs Achterberg, a tiger mum, checks every spelling.", "tiger mum"),
    ("Grandad was a pushover with the boys at bedtime.", "pushover"),
    ("Ife shares a room in this downmarket household.", "downmarket household"),
    ("The bedroom looked like a bomb site when I arrived.", "bedroom looked like a bomb site"),
    ("Keanu, a bit of a beanpole, has outgrown his school shoes.", "beanpole"),
    ("Jess, who is a tomboy, only wears joggers.", "tomboy"),
    ("Sami, who is over-familiar with visitors, sat on my lap.", "over-familiar"),
    ("Dad said nothing to me; he is a bit of a headcase.", "headcase"),
    ("Ruby, who is sticky-fingered, took sweets from the shop.", "sticky-fingered"),
    ("The family are known as a crime family on the estate.", "crime family"),
    ("Mum and her brood were at the park.", "her brood"),
    ("Mr Olawale is odd and would not sit down.", "odd"),
])
def test_labels_about_disability_class_care_bodies_and_character_are_flagged(review, sentence, term):
    assert _medium_over(review, sentence, term)


@pytest.mark.parametrize("sentence", [
    "Tomasz has cerebral palsy and uses a wheelchair at school.",
    "Dad left school at fifteen and would like help with the forms.",
    "Dad came to the UK to work and sends money to his family each month.",
    "Mum is seeking asylum and is waiting for a Home Office decision.",
    "The health visitor checked Ruby's primitive reflexes.",
    "Kai has had two falls this month and has a cast on his arm.",
    "Mum said Jade is a bit clumsy when she is tired.",  # her words, as the notes have them
    "Dioselina was star of the week in her class.",
    "Dad agrees to plans, but they are often not carried out.",
    "Grace is on the special needs register at school.",
    "The illegal drugs were removed from the flat by the police.",
    "Oskar has missed nine days this term; he says the corridors are too loud.",
    "Baby Ayo takes 5oz feeds and is gaining weight.",
    "The family live in a two-bedroom flat on the Hillside estate.",
    "Mum made a formal complaint about the repairs, and the landlord has not replied.",
    "Mrs Osei took Finley to the walk-in centre twice this month for his asthma.",
    "Amani has epilepsy and carries her rescue medication.",
    "Sol went missing on Friday night and came back on Saturday.",
    "Jay likes to tinker with old bikes with his uncle Tinker.",
    'Oskar said, "They call me a school refuser but I just hate the noise."',  # his words, quoted
    # Words of those families that are plain in other senses, and someone else's quoted words.
    "I visited to do a piece of work with Kofi about his feelings.",
    "The family rent a low-rent flat from a housing association.",
    "Mum baked jam tarts with the girls and smoked a roll-up in the garden.",
    "Dad has a conviction for theft from 2015 and is on licence.",
    'Dad said, "They treat us like a low-rent family round here."',
    "Mr Baptiste fixed the doormat and the light-switch.",
    "Amir is light on his feet and loves street dance.",
])
def test_plain_facts_beside_those_labels_are_left_alone(review, sentence):
    notes = NOTES + "\n- mum said jade is a bit clumsy when she is tired"
    findings = review(in_analysis(sentence), notes=notes, only=["language.stigmatising"])
    assert [f.evidence for f in findings if f.severity in ("medium", "high")] == []


@pytest.mark.parametrize("text, phrase", [
    ("Nadia, who is badly schooled in her view, asked for help.", "badly schooled"),
    ("Mr Kowal, who is a welfare case at heart, asked about grants.", "a welfare case"),
])
def test_the_fallback_reads_a_who_clause_up_to_its_next_word(text, phrase):
    from eval.checks.language import evaluations
    assert [said for _, said in evaluations(text, "- visit to the family at home")] == [phrase]


# Practice guidance by family, in words of our own: defiance and attitude, poverty and class,
# parenting styles, bodies and homes, a child's harm put down to their choices, race, faith and
# status, drink and drugs, blame put on the person harmed, and crime; hyphen and space both ways.
@pytest.mark.parametrize("sentence, term", [
    ("Jordan was impudent with the dinner staff.", "impudent"),
    ("- Mrs Oyelaran, an intransigent parent, would not sign the plan", "intransigent"),
    ("THE SCHOOL LETTER WAS SENT TO THIS UNGOVERNABLE FAMILY.", "UNGOVERNABLE"),
    ("We talked about budgeting with this hand to mouth family.", "hand to mouth family"),
    ("Worker: so it's a hand-to-mouth household, really?", "hand-to-mouth household"),
    ("Tiago has been recalcitrant since the move.", "recalcitrant"),
    ("Leon, who is incorrigible, climbed the fence again.", "incorrigible"),
    ("Amira has gone off the rails since Easter.", "gone off the rails"),
    ("Bailey runs riot at home and Nan is exhausted.", "runs riot"),
    ("Dad is highly-strung and shouted at the TV.", "highly-strung"),
    ("Mum is an over-indulgent parent and buys Rhys whatever he asks for.", "over-indulgent parent"),
    ("Kezia has Dad wrapped round her little finger.", "wrapped round her little finger"),
    ("Grandma mollycoddles Theo at bedtime.", "mollycoddles"),
    ("Dad squanders his wages on scratch cards.", "squanders his wages"),
    ("Chantelle flaunts herself in front of the older lads.", "flaunts herself"),
    ("Skye knew exactly what she was doing when she got in the car.", "knew exactly what she was doing"),
    ("Mia looks much older than her age.", "looks much older than her age"),
    ("The overdose was just for attention, in my view.", "just for attention"),
    ("Mrs Mensah, an angry black woman in the meeting, left early.", "angry black woman"),
    ("Mum's family are Bible-bashers and pray every night.", "Bible-bashers"),
    ("It's just their culture to discipline like that.", "just their culture"),
    ("Dad, a piss artist, was asleep at 2pm.", "piss artist"),
    ("mum fell off the wagon at christmas", "fell off the wagon"),
    ("Dad gave a dirty urine test on Monday.", "dirty urine test"),
    ("Mum should have left him years ago.", "should have left him"),
    ("They are as bad as each other when they row.", "as bad as each other"),
    ("Dad, a prolific shoplifter, is due in court.", "prolific shoplifter"),
    ("Kai hangs around with roadmen from the estate.", "roadmen"),
    ("Mum is a bit batty and forgets appointments.", "batty"),
    ("Kyle is a wannabe gangster.", "wannabe gangster"),
])
def test_labels_by_family_from_recording_guidance_are_flagged(review, sentence, term):
    assert _medium_over(review, sentence, term)


@pytest.mark.parametrize("sentence", [
    "Mum said her pain cannot be managed at home without her tablets.",
    "Jordan's hair is unruly in the mornings, so Nan plaits it.",
    "Mum talked with me about her religion and her culture.",
    "Dad came to the UK for work and sends money home.",
    "Sam was tired and emotional after the court hearing.",
    "Low-income families can get free school meals.",
    "The hair strand test was negative for cocaine.",
    "I will talk back to Mum about this on Friday.",
    "Amira took the bottle and fed the baby.",
    "The garden was lush and green.",
    "Leave the pans to soak, Mum told Kofi.",
    "Oliver is potty trained and proud of it.",
    "Sam was an active participant in the review.",
    "Poppy has refractory epilepsy and sees the neurologist.",
    "There were no marks on Ellie's arms or legs.",
    "Nan made a fruit cake for Kofi's birthday.",
    "Dad tried to push over the bin, then laughed.",
    "Mum may drop out of her college course to work.",
    'Mum said, "The neighbours call us a hand-to-mouth family."',  # her words, quoted
])
def test_plain_words_beside_those_families_are_left_alone(review, sentence):
    findings = review(in_analysis(sentence), only=["language.stigmatising"])
    assert [f.evidence for f in findings if f.severity in ("medium", "high")] == []


@pytest.mark.parametrize("pattern, text, matches", [
    ("hand to mouth family", "a hand-to-mouth family", True),
    ("hand to mouth family", "a hand to mouth family", True),
    ("piss-?artist", "a piss artist", True),
    ("piss-?artist", "a pissartist", True),
    ("no-shows?", "there was no show of feeling", False),  # a required hyphen stays one
    ("(?<!had )drunk", "she had drunk", False),  # a lookbehind keeps its width
    ("[- ]x", "-x", True),
])
def test_lexicon_words_join_by_space_or_hyphen(pattern, text, matches):
    import re

    from eval.checks.lexicon import spaced
    assert bool(re.search(spaced(pattern), text)) is matches


@pytest.mark.parametrize("text, phrase", [
    ("The letter went to this shambolic family on Monday.", "shambolic"),
    ("- visited those LAWLESS PARENTS again", "LAWLESS"),
    ("We cannot keep funding that grasping mother.", "grasping"),
])
def test_the_fallback_reads_a_kind_of_family_after_this_or_that(text, phrase):
    from eval.checks.language import evaluations
    assert [said for _, said in evaluations(text, "- visit to the family at home")] == [phrase]


@pytest.mark.parametrize("text", [
    "I met this devout family at the community centre.",
    "Ms Ruiz said she visited this friendly family at home today.",
    "These children enjoy school and this little girl loves dancing.",
    "That same family moved in next door, with those two boys.",
])
def test_a_plain_kind_of_family_after_this_or_that_is_not_a_judgement(text):
    from eval.checks.language import evaluations
    assert evaluations(text, "- visit to the family at home") == []


@pytest.mark.parametrize("sentence, term", [
    ("When I arrived at this drug den, nobody answered the door.", "drug den"),
    ("The maisonette was a complete bomb site when we got there.", "maisonette was a complete bomb site"),
    ("The flat, being a tip, had no clear space for the baby to crawl.", "flat, being a tip"),
    ("THEY LIVE IN A SQUAT AND THE BOYS SHARE ONE MATTRESS.", "LIVE IN A SQUAT"),
    ("Remi, who pulled a runner from the care home in May, is now settled.", "pulled a runner"),
    ("Shanice has been bunking off school on Fridays.", "bunking off school"),
    ("Mum, a brood mare, had her fifth baby in March.", "brood mare"),
    ("Dad says Mum keeps popping out kids to get a bigger house.", "popping out kids"),
    ("Theo is always in the wars and had a bruise on his shin.", "always in the wars"),
    ("Dad, from a train-wreck of a family, left home at sixteen.", "a train-wreck of a family"),
    ("Mr Obi is a sorry excuse for a father.", "a sorry excuse for a father"),
    ("Gran said Mum has lost the plot since the baby.", "lost the plot"),
    ("Nana Yaw's flatmates are chavs who play loud music.", "chavs"),
    ("Mum's ex is a known smackhead and a jailbird.", "jailbird"),
    ("The children have been left to fend for themselves after school.", "left to fend for themselves"),
    ("Zuzanna, a sad sack, would not talk to me today.", "a sad sack"),
    ("Mum is a bit of a misery guts in the mornings.", "a misery guts"),
])
def test_slang_about_homes_bodies_fertility_behaviour_and_crime_is_flagged(review, sentence, term):
    record = in_analysis(sentence)
    start = record.index(term)
    findings = [f for f in review(record, only=["language.stigmatising"]) if f.severity == "medium"]
    assert any(f.span[0] < start + len(term) and start < f.span[1] for f in findings)
    assert all(f.suggestion.startswith("Instead: ") for f in findings)


@pytest.mark.parametrize("sentence", [
    "Mum gave me a tip about getting Leo to sleep: a warm bath first.",
    "Dad took the old sofa to the tip on Saturday.",
    "Kwame did a run round the park with his PE teacher and loved it.",
    "Ines is a keen runner and came second at sports day.",
    "Dad was put on a drip in hospital and is home now.",
    "The baby's cot mattress came from the baby bank.",
    "Mum had a breast pump from the health visitor.",
    "Jordan broke his arm falling off the trampoline and it is healing well.",
    "The crack in the bedroom ceiling has been reported to the landlord.",
    "Mum used the excuse of a child being ill to leave work early.",
    "Moving school mid-year can be a nightmare for a child, Mrs Lee said.",
    'Keisha said, "My brother calls me a crybaby when I miss Mum."',  # her words, quoted
    "Mum's GP said she is being treated for depression.",
    "Mr Stoner, the head of year, came to the meeting.",
])
def test_words_of_those_families_used_plainly_or_quoted_are_left_alone(review, sentence):
    findings = review(in_analysis(sentence), only=["language.stigmatising"])
    assert [f.evidence for f in findings if f.severity in ("medium", "high")] == []
