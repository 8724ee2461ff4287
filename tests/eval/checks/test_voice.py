import pytest

from eval.checks.quotes import child_quotes, quotes
from tests.eval.checks.conftest import FAITHFUL, NOTES

QUOTE = "I like my new school because I have friends"


@pytest.mark.parametrize("text, speakers", [
    ('Aisha said "I miss my dad a lot"', ["child"]),
    ('Mum said "I am doing my best"', ["adult"]),
    ("“I hate the shouting,” said Leo.", ["child"]),
    ("“I hate the shouting,” said his mum.", ["adult"]),
    ("Mrs Okafor told me 'he is doing well'", ["adult"]),
    ("I spoke to Mum. She said 'it has been hard'", ["adult"]),
    ("I spoke to Zain alone. He said 'I don't like it here'", ["child"]),
    ("Sarah (mum) said 'we're fine'. Later Sarah said 'honestly fine'", ["adult", "adult"]),
    ("SW: how is school?\nAMARA: it's boring and nobody talks to me\nMum: she's fine\nAMARA: it is",
     ["adult", "child", "adult", "child"]),
    ("ppl: ms robinson (carer), bernadette\nKelechi Ogundipe: home visit, 13 April 2026", []),
    ("his sister Maya said 'he cries every night'", ["child"]),
])
def test_who_spoke(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


def test_the_notes_child_quotes_are_found_and_adults_left_out():
    found = [q.text for q in child_quotes(NOTES)]
    assert found == [QUOTE, "I get scared when the baby cries at night"]


@pytest.mark.parametrize("change, check", [
    (lambda r: r.replace(f"Aisha told me “{QUOTE}”. ", ""), "voice.quote_dropped"),
    (lambda r: r.replace(QUOTE, "I like my new school because I have lots of friends"), "voice.quote_altered"),
    (lambda r: r.replace(QUOTE, "I love my new school because I have friends"), "voice.quote_altered"),
    (lambda r: r.replace(QUOTE, "I like school as I have friends there"), "voice.quote_altered"),
    (lambda r: r.replace("## Observations", "Aisha said “I want to live with my nan”.\n## Observations"),
     "voice.quote_invented"),
])
def test_quote_defects(review, change, check):
    record = change(FAITHFUL)
    assert record != FAITHFUL
    findings = review(record, only=["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"])
    assert [f.check for f in findings] == [check]
    assert findings[0].severity == "high"


def test_a_quote_may_change_marks_and_case_and_be_shortened(review):
    record = FAITHFUL.replace(f"“{QUOTE}”", '"i like my new school because i have friends"')
    record = record.replace("“I get scared when the baby cries at night”", "'I get scared when the baby cries'")
    assert review(record, only=["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]) == []


def test_an_adults_quote_changed_is_not_a_voice_finding(review):
    record = FAITHFUL.replace("“I'm doing my best”", "“I'm trying my hardest”")
    assert review(record, only=["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]) == []


def test_a_record_without_the_child_is_flagged(review):
    record = "## Purpose\nA visit.\n## Observations\nThe kitchen was clean."
    messages = [f.message for f in review(record, only=["voice.absent"])]
    assert len(messages) == 2 and "wishes, feelings" in messages[0] and "seen" in messages[1]
    assert review(FAITHFUL, only=["voice.absent"]) == []


@pytest.mark.parametrize("text, speakers", [
    ("Lian said to me: “I ain't bothered about football no more”.", ["child"]),
    ("MISS PILLING: He came to me and said 'I want my dad to see me in the show'.", ["child"]),
    ("- direct quote (FADI): \"I like the water tray\"", ["child"]),
    ("‘My beanbag is the best place to read’ - Arslan", ["child"]),
    ("sadia's aunt lives nearby; SADIA sd ‘Dancing is the only time my head goes quiet’", ["child"]),
    ("“I'm going to big school after summer” — Mandla.", ["child"]),
    ("“Dancing makes me happy” (Clay, in his own words).", ["child"]),
    ("As Raluca put it, “Doggy sleeps in my bed.” Mum put it like this: “It's more settled now.”", ["child", "adult"]),
    ("Her exact words were \"My toy dog sleeps with me.\"", ["child"]),
    ("Mrs Medina's view was: \"He could talk the hind legs off a donkey\".", ["adult"]),
    ("Grzegorz was clear: \"Come and see my wobbly tooth.\"", ["child"]),
    ("Łukasz told MS ACKROYD \"I feel happier now\".", ["child"]),
    ("Mum, who was upset, said \"I can't cope with it all\"", ["adult"]),
    ("reed - “I go to the big school soon”", ["child"]),
    ("Keep a diary for Trevor (Mum, by Friday). trevor told me ‘I can't sleep when it is loud’", ["child"]),
    ("- José Luis's room: own bed, clean bedding", []),
])
def test_who_spoke_in_other_phrasings(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


def test_a_quote_reworded_in_meaning_is_altered_not_dropped_and_invented(review):
    notes = NOTES.replace("'I get scared when the baby cries at night'", "'I done a painting for you'")
    record = FAITHFUL.replace("“I get scared when the baby cries at night”", "“I made you a picture”")
    findings = review(record, notes=notes, only=["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"])
    assert [(f.check, f.evidence) for f in findings] == [("voice.quote_altered", "I done a painting for you")]


GOLD = ["I like my new school because I have friends", "I get scared when the baby cries at night",
        "Nobody listens to me"]


def _gold_review(record, gold):
    from eval.checks import Material, run

    material = Material(record, NOTES, "home_visit", child_quotes=gold)
    return run(material, only=["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"]).findings


def test_gold_child_quotes_are_the_childs_words_one_finding_per_quote_not_kept():
    record = FAITHFUL.replace("“I get scared when the baby cries at night”", "“I get scared when the baby cries”")
    findings = _gold_review(record, GOLD + [" nobody listens to me "])  # deduplicated
    assert sorted((f.check, f.evidence) for f in findings) == [
        ("voice.quote_altered", "I get scared when the baby cries at night"),  # a shortened gold quote is not kept
        ("voice.quote_dropped", "Nobody listens to me")]  # gold only: not in the notes at all
    kept = [q for q in GOLD if q not in {f.evidence for f in findings}]
    assert kept == [GOLD[0]]  # quote_recall = 1/3, computable from the evidence


def test_gold_wins_over_the_quotes_found_in_the_notes():
    record = FAITHFUL.replace(f"Aisha told me “{QUOTE}”. ", "")  # drops a quote the notes attribute to Aisha
    assert _gold_review(record, GOLD[1:2]) == []
    assert [f.evidence for f in _gold_review(record, GOLD[:1])] == [GOLD[0]]


BARE_NOTES = """home visit 4/3, seen Tolu (9) alone in the garden
Tolu said, I want to stay at my school with my friends
Tolu -> I don't like it when dad shouts at night
mum: tired, says the kids are fine"""

BARE_RECORD = """## Child's views in their own words
Tolu told me: "I want to stay at my school with my friends". Tolu also said "I don't like it when dad shouts at night".
## Parents'/carers' views
Mum said she is tired and the children are fine."""


@pytest.mark.parametrize("change, expected", [
    (lambda r: r, []),  # kept word for word: nothing
    (lambda r: r.replace("I want to stay at my school with my friends", "I want to stay at my school with my mates"),
     ["voice.quote_altered"]),  # one word changed
    (lambda r: r.replace(' Tolu also said "I don\'t like it when dad shouts at night".', ""), ["voice.quote_dropped"]),
    (lambda r: r.replace("## Parents'", 'Tolu said "I miss my old house".\n## Parents\''), ["voice.quote_invented"]),
    (lambda r: r.replace("## Parents'", "School is going well, Tolu said.\n## Parents'"), []),  # a bare summary
])
def test_the_childs_words_without_marks_in_the_notes(review, change, expected):
    findings = review(change(BARE_RECORD), notes=BARE_NOTES,
                      only=["voice.quote_dropped", "voice.quote_altered", "voice.quote_invented"])
    assert [f.check for f in findings] == expected


@pytest.mark.parametrize("text, expected", [
    ("Present: Dad, me, Jo Park (school), Amir (9), Leila (sister), Farid",
     {"jo": "adult", "park": "adult", "amir": "child", "leila": "child", "farid": "child"}),
    ("Speakers on the recording: MARISOL (SW), DTM (Mr Wright-Ode), Kemal\nDTM: go on",
     {"label:marisol": "adult", "marisol": "adult", "wright-ode": "adult", "kemal": "child"}),
    ("people there - mum, me, ms cole (school), kimone (all in person); review at the hub",
     {"cole": "adult", "kimone": "child"}),
    ("Mum was seen at the clinic - fine", {}),  # a sentence, not a list
    ("Seen: Amy at school with her friends, then at home", {}),
])
def test_a_cast_list_gives_adults_and_children(text, expected):
    from eval.checks.people import cast

    assert cast(text) == expected


@pytest.mark.parametrize("text, expected", [
    # labels a transcript gives in place of names: who they are comes from the brackets
    ("In the conversation: Q (Mr Thorne), A (Stoyan), plamen (brother)",
     {"label:q": "adult", "thorne": "adult", "label:a": "child", "stoyan": "child", "plamen": "child"}),
    ("Who's talking: Speaker 1 (mrs nightingale), Speaker 2 (Idris)\nIdris showed me his room.",
     {"label:speaker 1": "adult", "nightingale": "adult", "label:speaker 2": "child", "idris": "child"}),
    # a numbered code given a bare name the notes never use again: no one known (the child is the one
    # the notes talk about, a parent is "mum"); with an age, a tie or a role it is known
    ("Voices the app picked up: Speaker 1 (Ms Oduya), Speaker 2 (Branwen), Speaker 3 (Tegid)\nTegid built a den.",
     {"label:speaker 1": "adult", "oduya": "adult", "label:speaker 2": "unknown", "label:speaker 3": "child",
      "tegid": "child"}),
    ("Speaker 1 = SW; Speaker 2 = Mrs Farouk (mum); Speaker 3 = Yusuf (6)",
     {"label:speaker 1": "adult", "label:speaker 2": "adult", "farouk": "adult", "label:speaker 3": "child",
      "yusuf": "child"}),
    ("KEY - spk1 is the social worker, spk2 is Grandad, spk3 is Mariam (sister)",
     {"label:spk1": "adult", "label:spk2": "adult", "label:spk3": "child", "mariam": "child"}),
    ("in the house - mum, HEULWEN, Ieuan (brother)", {"heulwen": "child", "ieuan": "child"}),
    # an initial stands for the name in brackets (never the writer "I"); an agency's label for the
    # titled adult in brackets; a child named as whose parent an item is stays a child
    ("Present: I. (Ineza), Mum (Grace), Dr Obi (GP)",
     {"label:i": "child", "ineza": "child", "grace": "adult", "label:dr obi": "adult", "obi": "adult"}),
    ("in the room: j. (Jaroslav), dad (Piotr), mrs owusu (school)",
     {"label:j": "child", "jaroslav": "child", "piotr": "adult", "owusu": "adult"}),
    ("On the call: Education (Mr Fenwick), Health (nurse Adeyemi), Luca",
     {"label:education": "adult", "fenwick": "adult", "adeyemi": "adult", "luca": "child"}),
    ("There: Oisín's dad (Cathal), Oisín, me", {"oisín": "child", "cathal": "adult"}),
    ("Present: Marzipan's mum (Treacle), me", {"marzipan": "child", "treacle": "adult"}),
])
def test_a_cast_list_names_the_labels_of_a_transcript(text, expected):
    from eval.checks.people import cast

    assert cast(text) == expected


@pytest.mark.parametrize("seen", [
    "Kārlis chose to talk with me privately in my car outside the house.",
    "I caught up with Precious by herself after tea.",
    "We had time alone in the garden, just the two of us.",
])
def test_ways_a_record_says_the_child_was_seen(review, seen):
    record = f"## Purpose\nA visit.\n## Child's views\n{seen} She likes her new room."
    assert [f for f in review(record, only=["voice.absent"]) if "seen" in f.message] == []
