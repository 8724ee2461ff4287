"""A brother's or sister's words in a transcript are theirs: a record about the child may leave
them out; the child's own words it may not."""

from eval.checks import Material
from eval.checks.voice import quote_dropped

NOTES = """Home visit 2/2. Transcribed from my recording.
Speakers: Ms Haddad (SW), Mum, Bilal (7), Yasmin (sister, 12)
Ms Haddad: What's been the best bit of this week?
Bilal: I got to feed the class hamster on Tuesday.
Yasmin: Can I go and get my charger from upstairs?
Mum: He's been sleeping much better.
"""

ONLY_SISTER = """Phone call 9/9, typed from the recording.
Ms Haddad (SW): How is your brother getting on?
SISTER: He cries at night and I don't know what to do.
"""


def _dropped(notes, record):
    return [f.evidence for f in quote_dropped(Material(record, notes, "home_visit"))]


def test_a_sisters_aside_may_be_left_out_but_not_the_childs_words():
    kept = 'Bilal said, "I got to feed the class hamster on Tuesday." Mum said he is sleeping better.'
    assert _dropped(NOTES, kept) == []
    assert _dropped(NOTES, "Mum said Bilal is sleeping better.") == ["I got to feed the class hamster on Tuesday."]


def test_when_only_a_sibling_speaks_their_words_are_the_voice_recorded():
    assert _dropped(ONLY_SISTER, "I spoke to his sister on the phone.")
