"""Names a note's layout or grammar gives away when the words are ordinary: values after role
labels in capitals, header cells split by "|", one-word answers to "who?", word names in a
person's place (after "by", before "to" and a verb, before a surname, after a bullet or a
date), and "HO" the Home Office beside "Miss Ho". True positives and look-alikes."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # A role label of capitals, then a name that ends the field.
    ("CASE REF: EHAT/01173 | CSW: BRAMBLE COOPER\nNotes follow.", ["BRAMBLE COOPER"]),
    ("REF: LADO-2020-89 | IRO: Thistle Weaver\nReview held.", ["Thistle Weaver"]),
    ("TM: Ottilie Barraclough | date 3/4/26", ["Ottilie Barraclough"]),
    # A transcript's speaker saying something, a label before a reference: no name.
    ("CSW: Thanks.\nSW: Great, see you Friday.", []),
    ("RAG: green | REF: EHAT/0042", []),
])
def test_role_labels(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("HV | HEATH GLOVER | 11/04/2026 | 16:00", ["HEATH GLOVER"]),
    ("CIN review | bay day | 09112026 | 15:15", ["bay day"]),
    ("Supervision | linnet moss / Keeley Illingworth | 27 11 2026", ["linnet moss", "Keeley Illingworth"]),
    # Cells of the trade, or a row with no date or time in it.
    ("Home visit | 16-Oct-2026 | 6pm", []),
    ("Core group | Early help | 12/03/2026", []),
    ("Rent | Council tax | Gas", []),
])
def test_header_cells(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("CSW: Who do you feel safe with?\nChild: Sparrow. She's kind.", ["Sparrow"]),
    ("SW: Who lives with you?\nYP: Nan. And the dog.", []),
    ("SW: Who helps at bedtime?\nYP: Nobody.", []),
    ("SW: What do you like at school?\nAva: Forest school.", ["Ava"]),
])
def test_who_answers(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("~> Cove served as a soldier before the move.", ["Cove"]),
    ("-> Mossy found a beetle under a log.", ["Mossy"]),
    ("Gran: The garden has an ornament that Pebble painted.", ["Pebble"]),
    ("Mum does not want Biddy to have the new number.", ["Biddy"]),
    ("Review held at the academy, chaired by Wren\nNext steps agreed.", ["Wren"]),
    ("CIN review for Pebble tinker; chair present.", ["Pebble tinker"]),
    # The words as words: a thing sent by post, a subject that is hard, a tree, a bullet of the trade.
    ("Letter sent by Post.", []),
    ("She said that Maths was hard and she wants Maths to be easier.", []),
    ("-> Housing said the repair is booked.", []),
    ("We saw the maple tree by the pond and had rye bread.", []),
])
def test_word_names_in_a_persons_place(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("cin mtg 13 01 2026 kestrel chairing\nmum wants to talk about sleep", ["kestrel"]),
    ("saw kids. tansy showed me her rabbits / moth round for tea last night", ["tansy", "moth"]),
    # Frequent nouns do things too: "scan showed me", "heating round at 9"; plurals are things.
    ("boiler broke. heating round at 9. scan showed me nothing.", []),
    ("rabbits round at the back. hope to visit again; a fox in the garden.", []),
    ("drew a picture of the house. will visit may 2026", []),
])
def test_lower_case_word_names(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In the UK since 2023, awaiting HO decision.", []),
    ("in uk since 2023, ho decision pending", []),
    ("Awaiting HO decision. Miss Ho rang to ask; Ho said she would call back.", ["Ho", "Ho"]),
    ("Seen with Mei Ho and her mum.", ["Mei Ho"]),
])
def test_home_office_or_a_name(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Who a header line is about, and the same word met again where a person stands.
    ("stat 27-4-26 kestrel\nbox rm cleared for kestrel. mum well.", ["kestrel", "kestrel"]),
    # A found name with an "s" and no apostrophe before what is theirs.
    ("tansy showed me her rabbits. tansys views for rv", ["tansy", "tansys"]),
    # Listed beside a found name: a word and a surname written alike.
    ("with: young person reef, linnet hatter, mrs cutler / reef showed me a film about the reef",
     ["reef", "linnet hatter", "cutler", "reef"]),
    # A rarer given name before a compound is still a name (a word of the compound goes with it);
    # before the one noun it describes, a word.
    ("- juniper eye test tbc, mum - dentist by wed", ["juniper eye"]),
    ("had rye bread and an ivy plant on the table", []),
    ("home visit 12/03/2026 school\nthe school was shut", []),
])
def test_lower_case_mentions(names, text, expected):
    assert names(text) == expected
