"""A child's talk typed as heard, in lower case after a speech verb with no comma or marks: a young
child's words ("Siobhan said the doggy bited my hand"), a young person's ("she said the mandem look
after me innit", "said school is peak"): used by speech.py to find where such words open.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from eval.checks import speakers as S
from eval.checks.wording import text_speak

_LOWER = re.compile(r"[a-z]+")
_FIRST_PERSON = frozenset({"i", "im", "ive", "me", "my", "mine", "myself"})


def lower_openings(clause: str) -> Iterator[re.Match]:
    """A lower-case word straight after a speech verb, when the words it opens speak as "I" or "my"
    or as young people text ("she said the mandem look after me innit", "Kosal said this is my dog"):
    a child's talk typed as heard. Not reported speech ("said she was fine", "said that ...") nor the
    writer as the one spoken to ("said sorry to me")."""
    tokens = _LOWER.findall(clause.lower())
    if _FIRST_PERSON.isdisjoint(tokens) and not text_speak(clause) and _OURS.isdisjoint(tokens) and \
            not _TELEGRAPHIC.search(clause) and S.voice_words("home_names").isdisjoint(tokens) and \
            not ({"told", "tells"} & set(tokens) and _PRESENT_ACCOUNT.search(clause)):
        return
    for lead in _SAID_LOWER().finditer(clause):
        me = lead.end() - len(lead.group(1)) - 3
        if _SAID_ME.match(clause, lead.start()) and child_talk(clause[me:]):
            yield _LOWER_OPENER.match(clause, me)  # "said me want Nana": a young child's "me"
            continue
        opener = re.sub(r"['’]s$", "", lead.group(1).lower()) if lead.group(1)[0].isupper() else lead.group(1).lower()
        if opener in _TOLD_OPENINGS and not lead.group().lower().startswith(("told", "tells")) and \
                not text_speak(clause[lead.start(1):]):
            continue  # "said it was fine" is reported; "said it was bostin at the football" is their talk
        if _opens_talk(clause, lead.start(1), opener) or told_account(clause, lead.start(1)):
            yield _OPENER.match(clause, lead.start(1))


def _opens_talk(clause: str, at: int, opener: str) -> bool:
    """Whether the word at `at`, straight after a speech verb, opens the speaker's own talk: lower case and
    talk as child_talk reads it, or a capitalised family word ("said Mam was tamping when school rang") in
    words of dialect or young people's talk."""
    if opener in _NOW_OPENINGS and text_speak(clause[at:]):
        return True  # "said he's got tekkers", "said they're proper nowty": a contraction, then their talk
    if clause[at].islower() and _TELEGRAPHIC.match(clause, at):
        return True  # a toddler's words, though they open on "no": "said no bath"
    if (opener in _NOT_OPENING and opener not in _TOLD_OPENINGS) or opener.endswith("ly") or \
            _STILL_LEAD.match(clause, at):
        return False
    if clause[at].isupper():
        return opener in S.voice_words("home_names") or (opener in S.voice_words("child_speech") and (
            text_speak(clause[at:]) or bool(_TELEGRAPHIC.match(clause, at))))
    return child_talk(clause[at:]) or opener in S.voice_words("home_names")  # "said baba brings ajvar in jars": lower case too


def home_talk(words: str) -> bool:
    """Whether words open on what a child calls their family and go on in the present tense ("baba brings ajvar in
    jars from Skopje", "nani makes roti on Fridays"): a name a worker never writes in narration, so the child's talk."""
    tokens = _LOWER.findall(words[:40].lower())
    return len(tokens) > 2 and tokens[0] in S.voice_words("home_names") and bool(_PRESENT.match(tokens[1]))


# A verb of the present tense, "-s", not "was", "has", "is" alone (a worker's "said baba was at work" is reported).
_PRESENT = re.compile(r"(?!(?:was|is|has|does|this|us|his)$)[a-z]{2,}(?<![su's])s$")


def told_account(clause: str, at: int) -> bool:
    """Whether the words at `at` follow the one a speaker told and give their account in the present tense
    ("told the refuge's play worker the lady who owns it has a dog"): their words, as a formula gives them."""
    told = _TOLD_BEFORE().search(clause, max(0, at - 60), at)
    return bool(told) and bool(_PRESENT_ACCOUNT.match(clause, at)) and not _THEIRS.search(clause, at)


# The speaker spoken of, not speaking: "told the teacher a boy in his class is nice" is reported.
_THEIRS = re.compile(r"\b(?i:his|her|hers|their|theirs|himself|herself|themselves)\b")


@functools.cache
def _TOLD_BEFORE() -> re.Pattern:
    return re.compile(rf"\b(?i:told|tells)\s+(?i:{TOLD_ROLE})\s+$")


def telegraphic(words: str) -> bool:
    """Whether words open as a young child talks, with no "is" or "does" ("Mummy crying in the bath room", "lift go up up")."""
    return bool(_TELEGRAPHIC.match(words))


def child_talk(words: str) -> bool:
    """Whether lower-case words after a speech verb are the speaker's own talk: they speak as "I" or
    "my" past their first word, or as young people talk."""
    return words[:1].islower() and bool(_OWN_VOICE.search(words, 1) or text_speak(words) or _OUR_NOW.match(words)
                                        or _TELEGRAPHIC.match(words))


@functools.cache
def _SAID_LOWER() -> re.Pattern:
    return re.compile(rf"\b(?:(?i:told|tells)\s+(?i:{TOLD_ROLE})\s+"
                      rf"|(?i:{S.speech_verbs()})\s+(?:(?i:to\s+)?(?i:me|us)\s+)?{_WHERE})"
                      r"([a-z][\w'’-]*|[A-Z][a-z]+(?:['’]s)?(?=\s))")


# Where the words were said or written, between the verb and them ("had written in her planner the baby skriked
# ...", "said on the bus me mam ..."): read first when there, its noun of one word before two, so the words open
# straight after it.
_WHERE = (r"(?:(?i:in|on|at|during|over|inside|via)\s+(?:(?i:the|his|her|their|my|our|a|an)\s+"
          r"(?:[\w'’-]+\s+)??(?:[\w'’-]+)|[A-Z][\w'’-]+)\s+)?")  # or an app's name: "messaged me on WhatsApp ..."


# The one a child told, named by role with no article, as a school's log writes it ("told teacher ...",
# "told staff ..."), or by a role of two or three words ("told the refuge worker ...", "told the refuge's play
# worker ..."): not the words.
TOLD_ROLE = (r"teachers?|staff|sir|miss|tutor|(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:teacher|worker|nurse|officer|carer|staff|"
             r"lead|dsl|keyworker|mentor|coach)")


@functools.cache
def VERB_AT() -> re.Pattern:
    return re.compile(rf"\b(?i:{S.speech_verbs()})\b")


# A verb of saying that takes no one as its object, then "me" as a young child says "I" ("said me want Nana",
# "said me and my cousins ride the ponies"): "me" opens the words.
_SAID_ME = re.compile(r"(?:said|says|signed|signs|sez|sd|goes|went)\s+me\s+[a-z]")
_LOWER_OPENER = re.compile(r"[a-z][\w'’-]*")
_OPENER = re.compile(r"[A-Za-z][\w'’-]*")
# Words that open reported speech or narration after a verb, not the speaker's own words.
_NOT_OPENING = frozenset({"that", "if", "whether", "how", "about", "to", "why", "what", "when", "where", "who", "which",
                          "he", "she", "they", "it", "his", "her", "their", "him", "them", "hers", "he'd", "she'd",
                          "they'd", "he's", "she's", "they're", "there", "nothing", "something", "little", "much",
                          "sorry", "hello", "hi", "goodbye", "bye", "thanks", "thank", "yes", "no", "so", "and", "but",
                          "or", "then", "as", "for", "with", "at", "in", "on", "by", "up", "out", "a", "an", "was",
                          "were", "had", "would", "could", "should", "might", "must", "not", "these", "those", "like",
                          "thus",
                          # a verb's particle or adverb, the lead-in going on ("asked me to write down I ...")
                          "down", "back", "off", "over", "again", "too", "later", "afterwards", "today", "earlier",
                          "once", "twice", "aloud", "loud", "straight", "right", "first", "finally", "also"})
# Words that open a child's own words only after the one told ("told teacher there was no bait in my bag",
# "told staff it's kushti on the site"), where they are no reported speech's "said there was".
_TOLD_OPENINGS = frozenset({"there", "it", "it's", "it’s"})
# After the one told ("told the refuge's play worker ..."), words that open on a thing and go on in the present
# tense, not backshifted as reported speech is ("the lady who owns it has a dog called Biscuit", not "the lady had"):
# the child's account as they gave it.
_PRESENT_ACCOUNT = re.compile(r"(?:the|a|an)\s+(?:(?!(?:was|were|had|did|would|could|might|should|used)\b)[\w'’-]+\s+){1,6}?"
                              r"(?:has|have|is|are|does|doesn't|doesn’t|isn't|isn’t|aren't|aren’t|can|can't|can’t|won't|won’t|"
                              r"keeps|lets|makes|sleeps|lives|comes|goes)\b")
# Present-tense contractions that open the speaker's own talk when the words are in their dialect or chat words
# ("she said he's got tekkers", "said they're mingin"), where reported speech would read "said he had".
_NOW_OPENINGS = frozenset({"he's", "he’s", "she's", "she’s", "they're", "they’re", "it's", "it’s", "there's", "there’s",
                           "that's", "that’s"})
# The lead-in going on to a colon or dash a few words later ("summed it up like this: ...", "dictated this for
# the wishes page - ..."): the words are after it.
_STILL_LEAD = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,4}\s*(?:[:：]|\s[-–—~]+\s|-+>|→)")
# "our" or "we" opening words in the present tense, as a child tells of home ("said our pod has one window",
# "said my abuelita sends voice notes", "said my nene used to make qutab",
# "said we never go to the park"); not reported speech, backshifted ("said our visit was", "said we could").
# Or what home says of them ("said mam says we ...").
_OURS = frozenset({"our", "we"})
_OUR_NOW = re.compile(r"(?:(?:our|my)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:has|is|are|have|does|do|don't|doesn't|isn't|"
                      r"aren't|gets|goes|cries|shouts|smells|leaks|never|always|only|makes|lets|lives|cooks|takes|sends|calls|rings|"
                      r"buys|brings|gives|sings|reads|plays|works|sleeps|wakes|snores|visits|used\s+to|"
                      # any verb of the present tense, "-s" ("said my nona fries bimuelos at Hanukkah"), not a past
                      # one nor "was": a worker reporting backshifts ("said his nona fried")
                      r"(?!(?:was|is|has|does|this|us|yes|less|unless|always|sometimes|perhaps|plus|thus|towards|his|hers|"
                      r"its|ours|yours|theirs)\b)[a-z]{2,}(?<![su's])s\b(?!['’]))"
                      r"|me\s+(?:want|wants|wanna|go|goes|like|love|got|have|no|not|do|don't|can|need|play|see|am|is|"
                      r"and)"
                      r"|we\s+(?:have|are|go|get|do|don't|can't|never|always|like|love|hate|want|need|eat|play|live|"
                      r"sleep|watch|share|only|still|all|wear|wash|walk|sit|stay|keep|cook|ride|swim|feed|take|make|"
                      r"use|put|read"
                      # or any verb of the present tense ("said we cut down the jitty", "said we jump over the fire"), not a
                      # past one, a modal or the writer's meeting ("said we could", "said we agreed", "said we need to")
                      r"|(?!(?:was|were|had|would|could|should|might|must|did|used|went|got|came|will|shall|may|can|need|"
                      r"needs|both|all|also|then|that|it|too|talked|spoke|met|saw|said|told|felt|thought|knew|left|"
                      r"discuss|talk|meet|agree|arrange|book|ring|call|visit|review|speak)\b)[a-z]{2,}(?<!ed)\b)"
                      # what home says, passed on by the child ("said dada says we are safe in England now")
                      r"|(?:mum|mam|mummy|mammy|dad|daddy|dada|nan|nana|nanna|gran|baba|mama|papa|abba|ammi|apa|aunty|"
                      r"auntie|uncle)\s+(?:says|always\s+says|tells\s+(?:me|us))\s+(?:we|I|I'm|I’m|my|our|me)\b)\b", re.I)
# A young child's telegraphic talk, no "is" or "does" between the one doing and the doing: "Mummy crying in the
# bath room", "daddy shouting", "car go brrm", "lift go up up" (a worker writes "Mummy was crying", "the car goes").
_TELEGRAPHIC = re.compile(r"(?i:mummy|mommy|mammy|mama|daddy|dada|nana|nanny|baby|bubba|doggy|granny|grandad)\s+[a-z]+ing\b"
                          # a toddler's two words, ended there: "nana gone", "daddy cross", "baby cry cry"
                          r"|(?i:mummy|mommy|mammy|mama|daddy|dada|nana|nanny|baby|bubba|doggy|granny|grandad)\s+"
                          r"(?:gone|go|cry|sad|poorly|sleep|sleepy|bye(?:[- ]bye)?|shout|hurt|fall|fell|naughty|angry|cross|"
                          r"bang|smack|hit|ouch(?:ie|y)?|sore|bad)(?:\s+(?:cry|go|gone|bye|bang|shout|sad|sleep))?(?=\s*(?:[.!?;]|$))"
                          # a toddler's "no" and a thing of their day, ended there: "said no bath", "no nursery"
                          r"|no\s+(?:bath|bed|nappy|potty|shoes|coat|nursery|school|sleep|touch|hit|smack|daddy|mummy|nana|"
                          r"doctor|dentist|car|bus)(?=\s*(?:[.!?;]|$))"
                          r"|(?!(?:to|will|would|can|could|should|must|might|may|did|do|does|let|and|or|i|we|you|they|not|"
                          r"shall|gonna|wanna|please|cannot|can't|don't|didn't|won't|then|also|never|always)\s)"
                          r"[a-z]+\s+go\s+(?:up|down|brrm+|vroom+|boom|bang|beep|choo|round|weee*|splash)\b")
# "I", "my", "mine" anywhere, or "me" not as the one spoken or listened to ("to me", "with me").
_OWN_VOICE = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|i'll|i’ll|i'd|i’d|im|ive|my|mine|myself)\b|"
                        r"(?<!\bto )(?<!\bwith )(?<!\bat )(?<!\bfor )\bme\b", re.I)
