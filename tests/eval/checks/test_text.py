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
