"""Lead-ins that say the words after them are someone's very words, whatever those words are: lower
case, no "I", slang or a signed gloss ("his exact phrase was bare people at the flat", "under her
drawing Amy wrote mum and me at the park", "the note Kai put in the worry box: daddy gone").

Without such a lead-in, speech.py takes bare words as speech only when they look it (a capital,
"I", chat words); with one, the frame says so: who wrote, typed or put the words, and on what; who
a thing that carries words is from, whose it is, who sent it ("talk box slip fr Amy", "Amy's MOMO
statement:", "amy sent voice note"); which exercise the child finished with them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from eval.checks.people import function_words, speech_verbs, voice_words

# Someone having the writer (or another adult) take their words down, right before the writing verb:
# "Kai asked me to", "Amy made sure I", "Jo got the advocate to", "had Ms Cole"; theirs are the words.
SCRIBE = re.compile(r"\b(?:ask(?:ed|s)?|want(?:ed|s)?|g[eo]t|gets|had|has|have|made\s+sure|makes?\s+sure|told|tells?|"
                    r"need(?:ed|s)?|insist(?:ed|s)?\s+(?:that|on)|begged|helped|helps)\s+(?:that\s+)?"
                    r"(?:me|us|I|we|(?:the|his|her|their)\s+[\w'’-]+|(?:mr|mrs|ms|miss|mx|dr)\.?\s+[\w'’-]+)"
                    r"(?:\s+to)?(?:\s+[a-z]+ly)?\s*$", re.I)
# Or said so that the writer could take them down: "Jaco said it slowly so I could (write it down)".
_SO_I_COULD = re.compile(r"\b(?:so|so\s+that|for)\s+(?:me|us|I|we)(?:\s+(?:could|can|would|might|to))\s*$", re.I)


def scribe_at(clause: str) -> int | None:
    """Where a frame having the writer take someone's words down ends the clause, if one does."""
    found = SCRIBE.search(clause) or _SO_I_COULD.search(clause)
    return found.start() if found else None
# The same frame with its writing verb, as a formula: whatever follows is the asker's words ("Under
# her drawing Amy asked me to write nanny's house got a kitty", "Jo made sure I wrote down: no more moves").
_SCRIBED = re.compile(SCRIBE.pattern.removesuffix(r"\s*$") + r"\s+(?:write|wrote|written|put|note|noted|jot|jotted|type|typed|"
                      r"scribble|scribbled)(?:\s+(?:it|this|that|these\s+words|them))?(?:\s+down)?(?:\s+for\s+(?:him|her|them))?"
                      r"(?:\s+(?:on|under|in|at\s+the\s+bottom\s+of|across)\s+(?:the|his|her|their|a|my)\s+[\w'’-]+)?"
                      r"\s*[:,–—-]?\s+(?!(?:to|that|a|an|the\s+(?:\w+\s+)?(?:note|letter|card|words?|list))\b)(?=\S)", re.I)


# "her exact words to me were", "his phrase was", "the words she used were".
_VERY_WORDS = re.compile(r"\b(?:(?:own|exact|actual|very)\s+(?:words?|phrase)|phrase|words\s+(?:s?he|they)\s+used)"
                         r"(?:\s+to\s+(?:me|us|him|her|them))?\s+(?:was|were|is)\s+(?=\S)", re.I)
# "In his own way Bo said ...", "in her own words, Amy signed ...": the formula before the speaker.
_OWN_WAY = re.compile(r"\bin\s+(?:his|her|their|[^\W\d_][\w'’-]*['’]s)\s+own\s+(?:way|words)\b[^.!?;:\n]{0,40}?"
                      r"\b(?:said|says|signed|signs|told\s+(?:me|us)|typed|wrote|put\s+it)\s*[,:]?\s+(?=\S)", re.I)
# What is never the opening of what was written, after a writing verb: "put it up", "wrote a letter",
# "drew his family", "typed for a while".
_NOT_WORDS = (r"(?!(?:up|down|on|in|into|onto|out|off|it|them|him|her|his|their|a|an|the|some|about|to|that|this|for|with|"
              r"back|away|and|but|so|then|nothing|something|lots?|more|over|again|under|at|by|from|of|very)\b)")


# What goes on with the narration after a thing and its author, not the words on it: "card from Nan
# for her birthday", "Leah's voice note was too quiet", "message from Kai saying he is late".
_NARRATED = re.compile(r"(?:about|for|to|on|in|into|at|with|from|and|but|or|of|by|re|regarding|was|is|were|are|has|had|"
                       r"will|which|that|who|when|while|saying|asking|telling|because|so|then)\b", re.I)


def opens_words(words: str) -> bool:
    """Whether words after a thing and its author ("talk box slip fr Amy ...") may be the words on
    it, not the narration going on."""
    return not _NARRATED.match(words) and not of_the_thing(words)


def of_the_thing(words: str) -> bool:
    """Whether words after a thing and its author say how the thing stands, not what is on it: "ajmer's life
    story book - nowt done since the sgo", "Kai's worry box / nothing in it this week", "Amy's diary: not
    started yet" (not "Jo's note - no more moves", "Kai's card: nothing is fair")."""
    return bool(_THING_STATE.match(words))


# Nothing done to the thing, or nothing in it: the writer's note of where the work stands.
_THING_STATE = re.compile(r"(?:nowt|nothing|none|not|no|never|still\s+(?:not|nothing|nowt|no))\s+(?:(?:yet|much|more|new|really|been|"
                          r"being|got|else)\s+)?(?:done|added|written|started|finished|completed|updated|touched|filled(?:\s+in)?|"
                          r"looked\s+at|put\s+in|in\s+it|on\s+it|in\s+there|since|yet|made|begun|brought|returned|back)\b", re.I)


@functools.cache
def _WRITTEN() -> re.Pattern:
    """A thing the child wrote, drew or typed, and the verb that wrote it, in either order: "under
    his drawing Sarbjit wrote ...", "the note Rozelle put in the worry box: ...", "Amy wrote on her
    card - ...", "in the chat Kai typed ..."."""
    things = "|".join(sorted(map(re.escape, voice_words("writings")), key=len, reverse=True))
    verbs = r"(?:wrote|writes|write|written|put|puts|left|typed|types|drew|scribbled|printed|spelled|spelt|labelled|labeled|" \
            r"captioned|titled|named|posted|stuck|picked|pulled)"
    where = r"(?:\s+(?:in|on|under|at\s+the\s+bottom\s+of|across|inside|into|onto)\s+(?:(?:the|his|her|their|a|my)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    return re.compile(rf"(?:\b(?:{things})\b[^.!?;:\n]{{0,40}}?\b(?P<verb>{verbs}){where}"
                      # "put in bottle of worries —", "wrote in her young carers' diary at school —"
                      rf"|\b(?P<after>{verbs})\s+(?:(?:in|on|under|across|inside|into|onto)\s+)?(?:(?:the|his|her|their|a)\s+)?(?:[\w'’-]+\s+){{0,2}}"
                      rf"(?:{things})\b(?:\s+(?:at|in)\s+(?:school|home|nursery|college|club|the\s+[\w'’-]+)(?=\s*[:,–—-]))?)"
                      rf"\s*(?:(?:[:,–—-]\s*)+|\s){_NOT_WORDS}(?=\S)", re.I)


@functools.cache
def _THING() -> re.Pattern:
    things = "|".join(sorted(map(re.escape, voice_words("writings")), key=len, reverse=True))
    return re.compile(rf"^[\s*•–—-]*[^\W\d_][\w'’-]*\s+(?:(?:on|in|at|with|using)\s+(?:(?:the|his|her|their|a|my)\s+)?"
                      rf"(?:[\w'’-]+\s+){{0,2}}?(?:{things})"
                      # "kai txt to carer (fwd to me)", "Amy's note for her teacher": what they sent, and to whom
                      rf"|(?:{things})\s+(?:to|for)\s+(?:(?:the|his|her|their|a|my)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?"
                      rf"(?:\s*\([^()\n]{{1,30}}\))?)\s*$", re.I)


def names_writing(label: str) -> bool:
    """Whether a label is someone on a thing of direct work that carries their words ("Kai on the feelings
    thermometer -", "Amy on her worry wall:"), or what they sent and to whom ("kai txt to carer (fwd to me) ~"):
    the words after it are what they put on it."""
    return bool(_THING().match(label))


# An exercise the child finished in their own words: "finished the line with", "completed the
# sentence starter with", "filled in the gap with"; whatever follows is what they wrote or said.
_COMPLETED = re.compile(r"\b(?:finish(?:ed|es)?|complet(?:ed|es?)|end(?:ed|s)?|fill(?:ed|s)?(?:\s+in)?)\s+(?:off\s+)?"
                        r"(?:(?:the|his|her|their|a|each|that|this|my)\s+)?(?:(?:first|last|next|sentence|unfinished|open)\s+)?"
                        r"(?:lines?|sentences?|phrases?|prompts?|starters?|gaps?|blanks?|bubbles?)\s+(?:with|by\s+writing|by\s+saying)"
                        r"\s*[:,–—-]?\s*(?=\S)", re.I)


# A question put, then the one asked answering it: "Asked directly, Riffat replied my tummy hurts ...", "When asked about
# home, Kai answered Nonno makes sugo ...": what follows the verb is the answer, whatever it says; not reported
# ("replied that ...", "answered he was fine", "replied saying it was ok", "replied along the lines of ...") nor how
# ("replied quietly", "replied with a shrug"); a name answering,
# not "he said", which passes on as often as it quotes.
_ANSWERED = re.compile(r"\b(?:(?:when|once|if)\s+|on\s+being\s+)?asked\b[^,.;:!?\n]{0,40},\s*(?!(?:he|she|they|I|we)\s)"
                       r"(?:[^\W\d_][\w'’-]*\s+){1,2}?(?:then\s+)?(?:replied|answered|responded|replies|answers)\s+"
                       r"(?!(?:that|to|with|by|in|at|on|for|about|after|before|he|she|they|him|her|them|his|their|it|its|yes|no|"
                       r"nothing|something|little|very|simply|only|just|[a-z]+ly|"
                       # the writer's account going on ("replied saying it was ok", "replied along the lines of ...")
                       r"saying|asking|telling|explaining|stating|along|as|and|but|so|because|using|via|through|when|while|"
                       r"without|briefly|mostly|much|the\s+same|in\s+kind)\b)(?=\S)", re.I)


def answers(clause: str, at: int) -> bool:
    """Whether the words at `at` are an answer to a question put before them ("When I asked, Dushmantha answered
    baby in the big bed"): the asker's clause ("When I asked,") is no lead-in of its own."""
    return "asked" in clause.lower() and any(m.end() == at for m in _ANSWERED.finditer(clause))


def _leads(clause: str) -> Iterator[re.Match]:
    lowered = clause.lower()
    if "asked" in lowered:
        yield from _ANSWERED.finditer(clause)
    if "words" in lowered or "phrase" in lowered:
        yield from _VERY_WORDS.finditer(clause)
    if " own " in lowered:
        yield from _OWN_WAY.finditer(clause)
    yield from _WRITTEN().finditer(clause)
    if " to " in lowered or " sure " in lowered or " had " in lowered:
        yield from _SCRIBED.finditer(clause)
    if " with" in lowered or " by " in lowered:
        yield from _COMPLETED.finditer(clause)


_WORD = re.compile(r"[^\W_][\w'’]*")


def after_formula(clause: str) -> Iterator[re.Match]:
    """The first word after each formula in a clause, which opens the words it gives."""
    for lead in sorted(_leads(clause), key=lambda m: m.end()):
        if word := _WORD.match(clause, lead.end()):
            yield word


def formula_before(clause: str, at: int) -> bool:
    """Whether a formula for someone's very words ends right at `at`."""
    return any(m.end() == at for m in _leads(clause))


def written_verb(lead: str) -> int | None:
    """Where the verb is in a lead-in that names what was written and who wrote it ("the note
    Aarav left in the worry box:", "Kai wrote in his young carers' diary at school —"), for finding
    the writer: the subject before it."""
    found = [m for m in _WRITTEN().finditer(lead + "x") if m.end() >= len(lead.rstrip())]
    return found[-1].start("verb" if found[-1].group("verb") else "after") if found else None


def formula_lead(lead: str) -> bool:
    """Whether a lead-in ending at a colon or dash is such a formula ("the note Rozelle put in the
    worry box:")."""
    stripped = lead.rstrip()
    return any(m.end() >= len(stripped) for m in _leads(lead + "x"))


@functools.cache
def _FRAME() -> re.Pattern:
    """A speech verb, then a short heading of the child's own in lower case, then a colon: "he said
    house of worries: ...", "she typed three wishes: ..."; not where or to whom ("said at lunch:",
    "told me quietly:")."""
    return re.compile(rf"\b(?:{speech_verbs()})\s+(?!(?:to|at|in|on|with|that|this|these|those|it|me|us|him|her|them|about|"
                      r"the|an?|his|their|its|what|how|why|where|who|which|something|nothing|everything|when|under|over|into|"
                      r"onto|across|inside|beside|behind|for|from|by|of|off|up|down|out|like|as|so|thus|straight|back|"
                      r"after|before|during|then|again|later|once|today|[a-z]+ly)\b)([a-z][\w'’-]*(?:\s+[\w'’-]+){0,4})"
                      r"\s*[:：]\s*$")


def framed(lead: str) -> int | None:
    """Where in a lead-in ending at a colon a heading of the child's own begins, which is part of
    their words ("he said house of good things: my hamster"), or None."""
    if ":" not in lead and "：" not in lead:
        return None
    frame = _FRAME().search(lead)
    return frame.start(1) if frame else None


@functools.cache
def _AUTHORED() -> str:
    """A thing someone wrote, drew, sent or recorded, with its author in one of three groups."""
    things = "|".join(sorted(map(re.escape, voice_words("writings")), key=len, reverse=True))
    things = rf"(?:{things})(?!\s+{_COMPOUND})"  # not a thing's name that takes it as a modifier ("Snap map", "message board")
    # a name, not a determiner before a noun ("a memory box from her first carers" is not by her)
    # nor a means ("no answer by text", "a reply by phone")
    name = rf"(?!(?:his|her|their|my|our|your|its|the|a|an)\s+[^\W\d_])(?!(?:{things}|phone|call|hand|post|mail|return)\b)" \
        r"(?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?[^\W\d_][\w'’-]*"
    # "the note from Ali:", "talk box slip fr peigi", "advocate note w/ Kai" (written with the child, in their words)
    return (rf"\b(?:[^\W\d_][\w-]*\s+){{0,3}}?(?:{things})\s+(?:from|fr|by|with|w/?)\s+({name})"
            # "Shemar's MOMO statement:", "Kai's talk box slip -": the owner, not a word before ("the teacher's note")
            rf"|({name})['’]s\s+(?:[^\W\d_][\w-]*\s+){{0,3}}?(?:{things})"
            # "peigi sent voice note", "Kai left me a message:": who sent it
            rf"|({name})\s+(?:\w+ly\s+)?(?:sent|left|recorded|posted|dropped|shared)\s+(?:(?:me|us)\s+)?"
            rf"(?:(?:a|an|the|his|her|their|this|another)\s+)?(?:[^\W\d_][\w-]*\s+)?(?:{things})"
            rf"(?:\s+(?:saying|that\s+said|which\s+said|reading))?")


_NOT_AUTHOR = ("I|me|my|we|our|you|your|he|she|they|his|her|their|its|it|the|a|an|this|that|to|for|from|re|about|and|or|"
               "with|on|in|at|of|by|is|was|said|says|within|before|after|until|till|due|asap|today|tomorrow|next|sent|"
               "done|needed|written|given|left|back|home|sch|school")
# a thing's name that takes the writing as a modifier: "Snap map", "message board", "Kai's Snap location turned off",
# "her email address", "his snap profile"
_COMPOUND = r"(?:map|streaks?|score|story|stories|box|board|book|reader|pad|group|account|settings?|location|address(?:es)?|" \
    r"passwords?|profile|username|notifications?)\b"


@functools.cache
def _BY_AUTHOR() -> re.Pattern:
    # the mark after it: a colon, dash, tilde or slash, or arrows ("- Kai's talker >> ...", "Amy's card -> ...")
    return re.compile(rf"(?:{_AUTHORED()})(?:\s*\([^()]{{0,20}}\))?(?:{_OCCASION}\s*{_LEADS}|(?:\s*(?:,|{_LEADS}))*)\s*$", re.I)


_LEADS = r"(?:>>|››|-+>|→|[:：~–—/-])"


# When the thing was sent, between it and its words: "Kai sent a voice note after I left: '...'", "Amy sent me a
# text that evening -". The colon or dash after it still leads into the words.
_OCCASION = r"\s+(?:after|afterwards|before|later|when|once|that|this|last|overnight|the\s+(?:next|same)|on|at|in)\b[^:：\n.!?;]{0,30}?"


@functools.cache
def _WRITTEN_BARE() -> re.Pattern:
    # in quick notes a slip's author straight after it, its kind named first ("worry box slip kidega tara-a-bit")
    slip = r"(?:[^\W\d_][\w-]*\s+){1,2}(?:slips?|notes?|cards?)\s+" \
        rf"(?!(?:{_NOT_AUTHOR})\b)((?:(?:mr|mrs|ms|miss|mx|dr)\.?\s+)?[^\W\d_][\w'’-]*)"
    return re.compile(rf"^\s*(?:[-*•]\s*)?(?:{_AUTHORED()}|{slip})(?:\s+(?:>>|››|-+>|→|[~–—/-]))?\s+(?=\S)", re.I)


def _author(found: re.Match | None) -> tuple[str, int, int] | None:
    group = found and next(g for g in range(1, found.re.groups + 1) if found.group(g))
    return (found.group(group), found.start(group), found.end()) if found else None


def written_by(before: str) -> tuple[str, int, int] | None:
    """A thing someone wrote, drew, sent or recorded, and its author, leading into its words ("the
    note from Ali:", "worry monster note fr ali <<...>>", "Amy's MOMO statement:", "Kai sent a voice
    note -"): the author, where the name is and where the lead-in ends. A drawing "of" someone is
    not by them."""
    return _author(_BY_AUTHOR().search(before))


def written_bare(clause: str) -> tuple[str, int, int] | None:
    """The same lead-in opening a clause with the words straight after it and no mark between
    ("talk box slip fr TAMANDA daddy bang door", "kai sent voice note no like bath")."""
    found = _author(_WRITTEN_BARE().search(clause))
    return None if found and found[0].lower() in function_words() else found  # "letter within a fortnight"
