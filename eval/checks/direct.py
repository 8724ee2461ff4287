"""Whether bare words are someone's direct speech ("I miss my dad", "deffo not going back"), not
reported speech ("that she was fine"), narration ("looked at his phone"), a title, an action's owner
and deadline or a form's field value (used by speech.py once it has found a lead-in or a tag).
"""

from __future__ import annotations

import functools
import re

from eval.checks import speakers as S
from eval.checks import text as T
from eval.checks.leadins import REPORTED
from eval.checks.people import people_list
from eval.checks.talk import telegraphic
from eval.checks.transcripts import field_value
from eval.checks.wording import FIRST_PERSON, MARK_CHARACTERS, THIRD_PERSON, speaks_as_i, text_speak


# An action line's owner standing alone between separators ("-- me --", "/ who: me /", "⁄ owner me ⁄", ": me :: b4 end of term"),
# or its deadline.
_TASK = re.compile(r"(?:(?:^|\s)(?:[-–—/⁄|]+|>+|-+>|→|=>|[:：]{1,2})|\b(?:who|lead|owner|resp(?:onsible)?|action(?:ed)?(?:\s+by)?|by\s+whom)\s*[:=]|\b(?:owner|lead)(?=\s+(?:me|sw)\b))\s*"
                   r"(?:me|myself|sw|us)\s*(?:[-–—/⁄|,;>→]+\s|[:：]{2}|\(|$)|\b\d+\s+working\s+days\b|\b(?:b/f|nlt|n\.l\.t\.?)\s+\w|"
                   r"[\[(]\s*(?:lead|owner|owned\s+by|who|resp(?:onsible)?|action(?:ed)?\s+by)\b\s*[:=-]?\s*[\w.]+|"
                   r"\b(?:by|before)\s+(?:cop|eod|eow|close\s+of\s+play)\b|\bw/c\s+\d|"
                   # the writer as an action's owner opening it, after its date or label ("rev 6/10: me to FGC plan")
                   r"(?:^|[:;|]\s*)(?:me|myself|sw|us)\s+to\s+(?!(?:me|us|him|her|them)\b)\w", re.I)


# How much someone said, after the verb in narration: "said very little when I saw her", "said not much all visit".
_HOW_MUCH = re.compile(r"(?:very\s+little|little|not\s+(?:much|a\s+lot|a\s+word)|nothing\s+much|much|a\s+(?:lot|little|bit|few)|"
                       r"lots|loads|even\s+(?:less|more)|hardly\s+anything|barely\s+anything|almost\s+nothing|"
                       r"only\s+a\s+(?:little|few))\b", re.I)


def is_direct(words: str, strong: bool, tagged: bool = False, formula: bool = False) -> bool:
    """Whether bare words are the speaker's own (direct speech), not reported ("that she was
    fine") or narration ("looked at his phone, and told me he was fine"); after a `formula` for
    someone's very words, whatever they are ("her exact words were bare people ...")."""
    tokens = T.words(words)
    if len(tokens) < 2 or (tokens[0] in REPORTED and not _demonstrative(tokens, words)) or tokens[0] in {"and", "but", "then", "so", "or"} or words[:1] in MARK_CHARACTERS() + "(" or S.is_header(words) or T.section_key(words):
        return False
    if tokens[0] in S.voice_words("narration_abbreviations"):
        return False  # "Crayon - DNA the planned school visit": what happened, in the notes' short form
    if re.search(r"\b(?:visit|review|meeting|supervision|conference|session)\b.*\d", words, re.I) and not FIRST_PERSON.search(words):
        return False  # a title: "CP visit, 11 Nov"
    if re.search(rf"(?:^|\b(?:and|then|but|so|he|she|they|also|later)\s+)(?:{S.speech_verbs()})\s+(?:to\s+)?(?:me|us)\b",
                 words, re.I) or (
            words[0].islower() and tokens[0].endswith("ed")):
        return False  # the writer's "me" in narration ("then told me he was fine"), not "Nobody asked me"
    if words[0].islower() and _HOW_MUCH.match(words):
        return False  # how much was said ("said very little when I saw her"), not what
    if _TASK.search(words) or people_list(words):
        return False  # an action's owner and deadline ("who to invite -- me -- within 10 working days"), who was there
    bare = re.sub(r"\([^)]*\)", " ", words)
    if not strong and field_value(words):
        return False  # a field's value after its label ("Child: Makuei Mayen", "Worker: Ana Sousa"), not speech
    if formula:
        return True
    if tokens[0] in _NARRATED_VERBS and not speaks_as_i(bare):
        return False  # the writer's shorthand of what the one named does or wants ("Honorine - doesnt want the big slide")
    if tagged:
        return bool(speaks_as_i(bare) or text_speak(bare)) or not THIRD_PERSON.search(bare)
    if speaks_as_i(bare) or text_speak(bare) or telegraphic(bare):
        return True
    capital = words[0].isupper() and not THIRD_PERSON.match(words) and not _WHEN.match(words)
    return capital and (strong or tokens[0] not in _person_words())


# A day or a season opening words that do not speak as "I": when the one named does a thing, the writer's shorthand
# ("Namondo - Friday afternoons off to help dad with the pitches", "Kai - Weekends at nan's").
_WHEN = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|weekends?\b|(?:week)?nights?\b|evenings?\b|"
                   r"mornings?\b|afternoons?\b|(?:every|each|most|some)\s+(?:day|week|night|morning|evening|weekend)\b", re.I)


def _demonstrative(tokens: list[str], words: str) -> bool:
    """Whether words open with "that" pointing at a thing, not reporting a saying: a word that is no function
    word or person after it, and the speaker's "I" or "my" later ("that loon in my class keeps taking my
    pencils", "that dinner lady shouts at me"); not "that she was fine", "that I was fine", "that mum hit me"."""
    return tokens[0] == "that" and len(tokens) > 2 and tokens[1] not in S.function_words() and \
        S.person_kind(tokens[1]) is None and tokens[1] not in _person_words() and bool(speaks_as_i(" ".join(tokens[2:])))


# A verb of the one named opening the words, its subject left out as notes do: narration, not their talk.
# "Octavius - wouldnt hear of leaving nan's garden": the writer's idiom of a refusal, apostrophe dropped as quick notes do.
_NARRATED_VERBS = frozenset({"doesnt", "doesn't", "doesn’t", "isnt", "isn't", "isn’t", "hasnt", "hasn't", "hasn’t", "wasnt",
                             "wasn't", "wasn’t", "wouldnt", "wouldn't", "wouldn’t", "hadnt", "hadn't", "hadn’t",
                             "wants", "likes", "loves", "hates", "needs", "enjoys", "prefers"})


@functools.cache
def _person_words() -> frozenset[str]:
    return S.voice_words("adults") | S.voice_words("children")


def task_fields(words: str) -> bool:
    """Whether words are an action's owner or deadline set off by separators (": me :: b4 end of term 4/12"),
    not anyone's speech."""
    return bool(_TASK.search(words))
