"""Who spoke a quote: the child, an adult, or unknown (used by quotes.py and speech.py).

Who spoke a quote is read the way a person reads it, nearest clue first:
1. an attribution right before it: the subject of a speech verb ("Lian said to me:", "He came to
   me and said"), a possessive ("Her exact words were", "in Amy's words") or a label
   ("direct quote (Clay):", "Kieran -", "Grzegorz was clear:", "rowan: quote", "Belén, own words:");
   in "Batoul went up to Ms Cole and said" the subject of the first verb, never the person spoken to;
2. an attribution right after it: "said Leo", "she told me", "- kareem", "(Clay, in his own words)";
3. any speech verb earlier in the sentence;
4. what the words sound like ("my mum" is a child's, "my son" a parent's), then the section they
   are under (the child's views), else unknown.
A person is an adult when named by a role ("mum", "Mrs Khan", "SW") or tied to one in the text
("Sarah (mum)", a cast list: people.py); the writer ("I", "we") is an adult; other names are
children. Brothers and sisters count as children: their words matter to the record as much. Who a
pronoun stands for, and what the words themselves sound like, is referents.py's part.
"""

from __future__ import annotations

import re

from eval.checks.base import data
from eval.checks.formulas import names_writing, scribe_at, written_by, written_verb
from eval.checks.mediated import given_through, unattributed
from eval.checks.people import (OBJECTS, PRONOUNS, adverbs, function_words, person_kind, speech_tail,
                                speech_verbs, voice_words)
from eval.checks.referents import pronoun_speaker, section_at, speaker_by_content
from eval.checks.wording import MARK_CHARACTERS
from eval.checks.transcripts import TRANSCRIPT_LINE, is_header, label_speaker, turn_at  # noqa: F401 (used by quotes, speech)

# A speaker named beside a word that marks a quote: "rowan: quote", "Paulette, own words:",
# "quote (Mrs Cole)", "Dev - verbatim -".
_MARKER = re.compile(r"(?:^|[,;(]\s*)(?P<label>[^,;:()]{0,40}?)[\s,:–—-]*\b(?:(?:a|direct|exact|actual)\s+)?"
                     r"(?:quote[sd]?|verbatim|word\s+for\s+word|(?:in\s+(?:his|her|their)\s+)?(?:own|exact|actual)\s+words)"
                     r"\b\s*(?:\((?P<inner>[^()]{1,40})\))?(?:[\s:,–—-]|>>|››|-+>|→)*$", re.I)
# The writer's aside inside an attribution: "She said to me, and I wrote it down, '...'".
_ASIDE = re.compile(r"[,(–—-]\s*(?:and\s+|&\s*|as\s+|so\s+)?(?:I|we)\s+(?:wrote|noted|jotted|typed|recorded|took|write|note|"
                    r"quote|copied)\b[^,()–—]{0,40}[,)–—]", re.I)
# Words passed over between a speaker and their verb, like adverbs: "Amy had told her".
_AUXILIARIES = {"had", "has", "have", "would", "will", "did", "does", "do", "was", "were", "is", "are", "could",
                "might", "may", "must", "should", "can", "kept", "keeps", "been"}
# Words whose object is never the speaker: "went up to Mrs Snow and said", "sat with Dad and said".
_PREPOSITIONS = {"to", "towards", "toward", "with", "at", "beside", "near", "alongside"}
_DETERMINERS = {"mr", "mrs", "ms", "miss", "mx", "dr", "the", "his", "her", "their", "my", "our", "a", "an"}
# How someone spoke, set between their name and a colon: "Prabina, unprompted: ...".
MANNER = re.compile(r"\s*,\s*(?:unprompted|unasked|spontaneously|out\s+of\s+(?:the\s+)?blue|"
                    r"(?:(?:when|if|once|on\s+being)\s+)?asked(?:\s+(?:how|what|about|if|whether|why|where|who)\b[^:：,\n]{0,40}?)?|"
                    r"later|again|afterwards|at\s+the\s+end|at\s+first|to\s+(?:me|us)|on\s+(?:his|her|their)\s+own|"
                    r"alone|laughing|smiling|crying|in\s+tears|(?-i:[a-z]+ly))(?=\s*(?:[:：]|-+>|→|=>|\s[-–—]))", re.I)
# The words with which notes mark someone's very words: "in her own words", "word for word".
FORMULA = re.compile(r"\b(?:(?:own|exact|very|actual)\s+words|in\s+(?:his|her|their)\s+words|word\s+for\s+word|"
                     r"verbatim|(?:direct\s+)?quote[sd]?)\b", re.I)
# The writer taking down someone's words: "I wrote it down:", "we noted it word for word -".
# Or the writer holding what someone wrote: "He put a slip in the worry box, I've got it here:".
NOTED = re.compile(r"(?:^|[,;:(]\s*)(?:and\s+|so\s+)?(?:I|we)(?:['’]ve|['’]d)?\s+(?:(?:have|had|then|just|got|"
                   r"(?:it|this|that)(?=\s+(?:written|noted|typed|recorded|jotted|logged)))\s+){0,3}(?:wrote|written|noted|jotted|"
                   r"typed|copied|recorded|logged|scribbled|captured|took|write|note|"
                   r"got(?=\s+(?:it|this|that|them)\s+(?:down|here)\b))(?:\s+(?:it|this|that|them|these|"
                   r"those))?(?:\s+(?:straight|exactly|right|down|up|here|word\s+for\s+word|verbatim|as\s+(?:s?he|they)\s+said"
                   # where and when: "I typed it into my phone there and then:", "I noted it on the spot -"
                   r"(?:\s+it)?|(?:in|into|on|onto)\s+(?:my|the|our|a)\s+(?:work\s+)?(?:phone|mobile|notebook|notepad|pad|tablet|ipad|laptop|"
                   r"hand|device)|there\s+and\s+then|at\s+once|"
                   r"straight\s+away|on\s+the\s+spot|as\s+(?:s?he|they)\s+(?:spoke|went)))*\s*[:,–—-]*\s*$"
                   # the writer's "I" left out, as minutes write it: "SW: Copied down exactly: ...", "Written down verbatim -"
                   r"|(?:^|[,;:(]\s*)(?:copied|written|noted|jotted|typed|taken|recorded)(?:\s+(?:it|this|them))?(?:\s+down)?"
                   r"\s+(?:exactly|word\s+for\s+word|verbatim|as\s+(?:s?he|they)\s+said(?:\s+it)?)\s*[:,–—-]*\s*$", re.I)
# The writer taking the words down after someone said them: "..., and I wrote it on my hand:", "He wrote it in his
# planner and I copied it out:".
_TOOK_DOWN = re.compile(r"\s(?:and|&)\s+(?:I|we)\s+(?:then\s+)?(?:wrote|noted|jotted|typed|scribbled|copied|put)\s+(?:it|this|that|them)"
                        r"(?:\s+(?:straight\s+)?(?:down|out|up))?(?:\s+(?:on|in|onto|into)\s+(?:my|the|our|a|his|her)\s+[\w'’-]+)?\s*[:：,–—-]*\s*$", re.I)
# An interpreter giving voice to someone's signing, in a clause of its own: "Kai signed in BSL and the interpreter
# voiced it as '...'", ", which the interpreter voiced as", "and the BSL interpreter spoke it out as:": the signer's words.
VOICED_BY = re.compile(r"(?:,?\s(?:and|&)|,)\s+(?:which\s+|what\s+)?(?:the|an?|his|her|their|our)\s+(?:[\w'’-]+\s+){0,2}?"
                        r"(?:interpreter|interp\.?|signer|translator|intermediary)\s+(?:then\s+)?"
                        r"(?:voiced|spoke|said|read|translated|interpreted|gave|put)(?:\s+(?:it|this|that|them))?"
                        r"(?:\s+(?:out|back|aloud))?(?:\s+(?:as|like\s+this|to\s+me\s+as))?\s*[:：,–—-]*\s*$", re.I)
# A child's name with their age leading into their words: "LEOSTAN [8] '...'", "Miora (10) -",
# "emília (aged 3) '...'", "- Honest, 13: '...'", "- Hoi (15) :: ...", "- Kai (17y) ~ — ...", "habakkuk (5) / '...'"; in quick notes the age
# with no brackets but its unit ("archer 9yo '...'", "Kai aged 9 -", "kai 10y ~").
AGE_UNIT = r"(?:yo|y/o|y\.o\.?|yrs?(?:\s+old)?|years?\s+old|y\b)"
AGED_LABEL = re.compile(r"(?:^[\s*•–—-]*|[,;]\s*)([^\W\d_][\w'’-]*)\s*(?:[\[(]\s*(?:aged?\s*)?(\d{1,2})\s*(?:yrs?|y/?o|years?|y)?\s*[\])]"
                        r"(?:\s*(?:[:：]{2}|[:：,~–—./→-]|>>?|››)){0,2}|,\s*(?:aged?\s*)?(\d{1,2})\s*(?:yrs?|y/?o|years?(?:\s+old)?)?\s*(?:[:：]{2}|[:：~–—/→-]|>>|››)"
                        rf"|\s(?:aged?\s*(\d{{1,2}})(?:\s*{AGE_UNIT})?|(\d{{1,2}})\s*{AGE_UNIT})\s*(?:\s*(?:[:：]{{2}}|[:：,~–—/→-]|>>?|››)){{0,2}}(?:\s\.)?"
                        # "doyun 5 :: ...": the bare age before a double colon or arrows, as quick notes give it
                        r"|[ \t]+(\d{1,2})[ \t]*(?:[:：]{2}|>>|››|~|→))\s*$", re.I)


def age_of(aged: re.Match) -> int:
    """The age an AGED_LABEL match gives, whichever of its layouts."""
    return int(next(g for g in aged.groups()[1:] if g))


def aged_child(lead: str) -> re.Match | None:
    """A child's name and age (under 18) ending a lead-in, the name no role nor a field ("year 5 ::",
    "room 2 ::", "step 3 >>" are not)."""
    aged = AGED_LABEL.search(lead)
    name = aged and aged.group(1).lower()
    if not aged or age_of(aged) >= 18 or person_kind(name) is not None or \
            name in voice_words("not_speakers") or name in function_words() or name in _NUMBERED_THINGS:
        return None
    bare = aged.groups()[-1] is not None  # "Rec 1 ::", "Action 1 ::" number a list; a child who talks is 2 or more
    return None if bare and age_of(aged) < 2 else aged


_NUMBERED_THINGS = {"year", "yr", "room", "step", "stage", "page", "week", "wk", "day", "no", "number", "item", "point", "level",
                    "bus", "flat", "unit", "section", "part", "question", "class", "group", "table", "line", "row", "goal",
                    "week", "month", "session", "block", "key", "ks", "phase", "tier", "grade", "band", "form", "set",
                    "rec", "recs", "recommendation", "option", "objective", "priority", "need", "area", "issue", "id",
                    "ref", "point", "item", "q", "a", "no", "num", "entry", "slide", "chapter", "para", "paragraph"}
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_LABEL_WORDS = 4  # a speaker's label is a name or a role ("Ms Ama Owusu (school)"), not a clause
# "The words Amy used were", "the words that he chose were": whose words follow.
USED_WORDS = re.compile(r"\bwords?\s+(?:that\s+)?(?P<who>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:used|chose|gave|picked|spoke)"
                        r"(?:\s+(?:was|were|is|are))?$", re.I)


def speaker_of(text: str, start: int, end: int, people: dict[str, str], spans: list[tuple[int, int]]) -> str:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) if text.find("\n", end) >= 0 else len(text)
    window = data("voice")["window"]
    since = max([line_start, start - 1 - window] + [e + 1 for s, e in spans if e < start])
    before = text[since: max(start - 1, since)]
    # this sentence, no *emphasis*, ''mark'', << or « (the marks' other half, and the spaces inside spaced marks)
    before = re.split(r"(?<=\S[.!?;])\s+", before)[-1]  # a stop standing alone ("KAI 13yrs . '...'") ends nothing
    bare = before.rstrip("*_ \t" + MARK_CHARACTERS().replace(">", ""))  # ">>" closes, never opens: "kai 9 >> '...'"
    before = bare + " " if len(bare) < len(before) else before
    # An aside that ends right at the quote stands where a label's colon would ("Hêvî, and I quote, '...'").
    before = _ASIDE.sub(lambda m: (" " if before[m.end():].strip(" " + MARK_CHARACTERS()) else ":") + " " * (len(m.group()) - 1), before)
    upto = min([line_end, end + 1 + window] + [s - 1 for s, e in spans if s > end])
    after = text[end + 1: max(upto, end + 1)].lstrip("*_" + MARK_CHARACTERS())
    quote = text[start:end]
    who, at = speaker_before(before, people, adjacent=True)
    noted = NOTED.search(before)
    if noted and who in (None, "adult") and not re.search(rf"\b(?:{speech_verbs()})\b", before[:noted.start()], re.I):
        # "I wrote it down: '...'": the words the writer took down are another's (from the "I", which a
        # transcript turn's words hold, not the colon of its label)
        who, at = "pronoun", noted.end() - len(noted.group().lstrip(",;:( \t"))
    elif noted and who in (None, "adult") and (held := speaker_before(before[:noted.start()], people, adjacent=False))[0]:
        who, at = held  # "He put a slip in the worry box, I've got it here: '...'": the one who wrote or said it
    elif who in (None, "adult") and (took := _TOOK_DOWN.search(before)):
        # "He said it at the gate and I wrote it on my hand: '...'": the one who said it, not the writer
        who, at = speaker_before(before[:took.start()], people, adjacent=False)
    if who is None and not (re.search(r"[.!?]$", quote.strip()) and re.match(r"\s+[A-Z]", after) and not _named_tag(quote, after)):
        who, at = _after(re.split(r"[.!?;]\s|[:]\s*$", after)[0], people), start
    if who is None:
        who, at = speaker_before(before, people, adjacent=False)
    if who == "pronoun":  # where the pronoun is, for finding who it stands for
        return speaker_by_content(quote) or pronoun_speaker(text, line_start, start - 1 - len(before) + at, people,
                                                            bool(FORMULA.search(before) or noted or given_through(before)))
    if who:
        return who
    return speaker_by_content(quote) or ("child" if section_at(text, line_start) == "child_voice" else "unknown")


# The one spoken to taking the words down, in a clause of their own: "told Mr Biddanda, who wrote it into the referral".
_SCRIBE_WHO = re.compile(r",\s*who\s+(?:then\s+|had\s+|has\s+|also\s+)?$", re.I)
_SCRIBE_VERB = re.compile(r"(?:wrote|writes|typed|noted|jotted|recorded|copied|put|had\s+written|has\s+written|write)\b", re.I)


def _named_tag(quote: str, after: str) -> bool:
    """Whether a question or an exclamation is followed by a name and a speech verb, its tag though
    capitalised ("'alright my lover, you back again?' Sabika said as she walked me down"); after a full
    stop a capital opens the next sentence."""
    return quote.strip()[-1] in "?!" and bool(re.match(rf"\s+[A-Z][\w'’-]*\s+(?:\w+ly\s+)?(?:{speech_verbs()})\b", after))


def speaker_before(before: str, people: dict[str, str], adjacent: bool) -> tuple[str | None, int]:
    """Who an attribution before a quote names, and where in `before` it is. With `adjacent`, only
    an attribution that leads straight into the quote counts."""
    verbs = speech_verbs()
    tail = speech_tail() if adjacent else ""
    before = MANNER.sub("", before)
    if (voiced := VOICED_BY.search(before)) and (signer := speaker_before(before[:voiced.start()], people, False))[0]:
        return signer  # "Kai signed in BSL and the interpreter voiced it as ...": the one who signed, not the interpreter
    for match in reversed(list(re.finditer(rf"\b(?:{verbs})\b{tail}", before, re.I))):
        if _SCRIBE_WHO.search(before, 0, match.start()) and _SCRIBE_VERB.match(match.group()):
            continue  # "Sabika told Mr Biddanda, who wrote it straight into the referral '...'": Sabika's words
        written = written_by(before[:match.start()])  # "Manyi's voice note said", "the card from Ali said"
        if written and (who := _label_who(written[0], people)):
            return who, written[1]
        who, at = speech_subject(before[:match.start()], people)
        if who:
            return who, at
        if adjacent and unattributed(before[:match.start()]) and given_through(match.group()):
            return "pronoun", match.start()  # "Through the interpreter: '...'": someone's own words, as a formula marks them
    if not adjacent:
        words = re.search(r"\b(?:in|using)\s+([\w'’-]+?)(?:['’]s)?\s+(?:own\s+|exact\s+)?words\b", before, re.I)
        return (classify(words.group(1), people), words.start(1)) if words else (None, 0)
    aged = aged_child(before)
    if aged:
        return "child", aged.start(1)  # an age under 18 says a child, whatever else the text ties the name to
    own = re.search(r"([\w'’-]+)\s*\((?:in\s+[\w'’]+\s+)?(?:own|exact|actual|direct|verbatim|word\s+for\s+word)\b[^)]*\)"
                    r"(?:[\s:,–—-]|>>|››|-+>|→)*$", before, re.I)
    if own and _label_who(own.group(1), people):  # "Munir (own words) '...'", "MRS TEBONG (word for word) -"
        return _label_who(own.group(1), people), own.start(1)
    marker = _MARKER.search(before)
    if marker and re.search(r"\b(?:his|her|their)\s*$", marker.group("label"), re.I):
        marker = None  # "SW - I wrote down his exact words:": the words are his, read as a possessive below
    for part, at in ((marker.group("inner"), marker.start()), (marker.group("label"), marker.start("label"))) if marker else ():
        if part and part.strip(" -*•") and (who := _label_who(part, people)):
            return who, at
    if marker and not (marker.group("inner") or marker.group("label").strip(" -*•\t")):
        return "pronoun", marker.start()  # "verbatim:", "- quote -" alone: the formula's speaker (the child)
    according = re.search(r"\b(?:according to|from|per)\s+([\w'’-]+(?:\s+[\w'’-]+)?)\s*[:,–—-]+\s*$", before, re.I)
    if according and _label_who(according.group(1), people):  # "According to Amy, '...'", "From mum: '...'"
        return _label_who(according.group(1), people), according.start(1)
    written = written_by(before)
    if written and (who := _label_who(written[0], people)):  # "worry monster note fr Ali <<...>>", "card from Ali:"
        return who, written[1]
    verb = written_verb(before)  # "Ms Hsu forwarded the note nejc left on his desk:": the word before the verb wrote it
    author = list(_TOKEN.finditer(before, 0, verb))[-1:] if verb else []
    if author and (who := _label_who(author[0].group(), people)):
        return who, author[0].start()
    used = "words" in before.lower() and USED_WORDS.search(before.rstrip(" :：,–—-"))
    if used:
        return classify(used.group("who"), people), used.start("who")
    possessive = re.search(r"([\w'’-]+?)(?:['’]s)?\s+(?:(?:exact|own|actual|very)\s+)?(?:words?|view|reply|answer|"
                           r"response|comment|message|phrases?|caption|(?:hand)?writing)(?:\s+to\s+(?:me|us|him|her|them))?(?:\s*,?\s*(?:as\s+(?:(?:s?he|they)\s+)?"
                           r"(?:spoken|said|spoke|given|gave|told|written|wrote|put)(?:\s+(?:it|them))?|exactly|verbatim|unchanged))?"
                           r"\s*,?\s*(?:were|was|are|is)?\s*[:,–—-]*\s*$",  # "..., in Jaime's writing, was '...'"
                           before, re.I)
    if possessive and possessive.group(1).lower() not in ("in", "the", "these", "those", "his own", "own"):
        owner = re.search(r"[\w'’-]+\s*,?\s+in\s+$", before[:possessive.start(1)], re.I)
        if owner and possessive.group(1).lower() in ("his", "her", "their") and not re.search(
                rf"\b(?:{verbs})\b", before[:owner.start()], re.I):  # "brigid in her words", not "Amy told Ms Li, in her words"
            who, at = speech_subject(before[:owner.start() + len(owner.group().split()[0].rstrip(","))], people)
            if who:
                return who, at
        return classify(possessive.group(1), people), possessive.start(1)
    asided = ASIDED_LABEL.search(before)
    if asided and (who := _label_who(asided.group(1), people)) in ("adult", "child"):
        return who, asided.start(1)  # "- Gamaliel, WhatsApp to my work phone ~ ...", "Mum, on the phone -": the person
    label = re.search(r"(?:^|[,;]\s*)([^,;:]{1,70}?)\s*(?:[:–—→]|-+>|=>|\s>|\s-|-\s|\s~|\s/)[\s:–—>~-]*$", before)
    # "Let me go over what we've said:" is no label, nor is a clause that says what someone did set
    # off by a dash ("Kawa refused to do the three houses today - 'not in the mood'": the writer's
    # words for it); a clause with a colon leads into words ("Duaa wanted this written down: '...'")
    if label and not re.search(rf"\b(?:{verbs})\b", label.group(1), re.I) and (
            ":" in before[label.end(1):] or len(_TOKEN.findall(re.sub(r"\([^)]*\)", " ", label.group(1)))) <= _LABEL_WORDS
            or names_writing(label.group(1))):  # "Marlize on the feelings thermometer - '...'"
        if names_writing(label.group(1)):  # "Alvin voice note to great nan (she played it me) / '...'": who sent it
            first = _TOKEN.search(label.group(1))
            return _label_who(first.group(), people), label.start(1) + first.start()
        return _label_who(label.group(1), people), label.start(1)
    dashed = _DASHED_LABEL.search(before)  # "advocate wrote down - Kai: '...'": who wrote it down, then whose words
    if dashed and len(_TOKEN.findall(dashed.group(1))) <= _LABEL_WORDS and not re.search(rf"\b(?:{verbs})\b", dashed.group(1), re.I):
        return _label_who(dashed.group(1), people), dashed.start(1)
    return None, 0


# A person's label with an aside after a comma, where or how they said it, before the mark that leads into
# their words: "- Vjekoslav, WhatsApp to my work phone ~", "GAMALIEL, at the RHI ~", "Mum, on the phone -",
# "- Fuatino, letter back to me / ...".
ASIDED_LABEL = re.compile(r"(?:^|;\s*)[-*•\s]*(?!(?i:right|ok|okay|so|well|now|and|then|yes|no|also|anyway|next|lastly|finally)\b)"
                          r"([^\W\d_][\w'’-]*)\s*,\s*[^,;:~>\n]{1,40}?"
                          r"(?:\s*[:：~→]|\s[-–—]+|\s>>|\s-+>|\s/(?=\s))[\s:–—>~-]*$")
_DASHED_LABEL = re.compile(r"\s[-–—]+\s+([^,;:：–—-]{1,40}?)\s*[:：][\s:–—>~-]*$")


def _after(after: str, people: dict[str, str]) -> str | None:
    """Who an attribution straight after a quote names: "said Leo", "she told me", "- kareem",
    "(Clay, in his own words)"."""
    verbs = speech_verbs()
    said = re.match(rf"^[\s,]*(?:{verbs})\s+([^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?)", after, re.I)
    if said:
        return classify(said.group(1), people)
    subject = re.match(rf"^[\s,]*((?:[\w'’-]+\s+){{1,3}}?)(?:\w+ly\s+)?(?:{verbs})\b", after, re.I)
    if subject:
        return speech_subject(subject.group(1), people)[0]
    tag = re.match(r"^\s*(?:[–—-]+\s*|\(|,?\s*(?:according\s+to|in\s+the\s+words\s+of)\s+)([^()\n,;.]{1,40})", after, re.I)
    return _label_who(tag.group(1), people) if tag else None


def speech_subject(clause: str, people: dict[str, str]) -> tuple[str | None, int]:
    """Who does the speaking verb that follows `clause`: its nearest person word, walking back
    over adverbs, objects ("to me", "up to Mrs Snow") and other verbs; when the verb is the second
    of two ("Batoul went up to Ms Cole and said"), the subject of the first. Only the word right
    before the verb may be a name the text has not tied to anyone. Whoever has the writer take the
    words down ("Kai asked me to write", "Amy made sure I wrote down") is the one speaking."""
    if (scribe := scribe_at(clause)) is not None:
        clause = clause[:scribe]
    clause = _AS_SAYING.sub("", clause)  # "the minutes record Zorica as saying": Zorica is the one saying
    tokens = list(_TOKEN.finditer(clause))[-10:]
    lowered = [re.sub(r"['’]s$", "", m.group().lower()) for m in tokens]
    objects = {i for i, w in enumerate(lowered) if i and (lowered[i - 1] in _PREPOSITIONS or (
        i > 1 and lowered[i - 2] in _PREPOSITIONS and lowered[i - 1] in _DETERMINERS))}
    first = True
    for i in reversed(range(len(tokens))):
        match, word = tokens[i], lowered[i]
        if word in adverbs() or word in _AUXILIARIES or (
                word.endswith("ly") and word not in people and not match.group()[0].isupper()):
            continue  # "then quietly said", "had told"; but Lovely, Emily and Holly are names
        if word == "and" and i:
            who, at = _first_subject(clause[:match.start()], people)
            if who:
                return who, at
        who = person_kind(word)
        if who == "none" and word in people and i not in objects:
            who = people[word]  # "you" in a letter to the child (people.people_in): the child
        if (who == "none" and word in OBJECTS) or i in objects:
            first = False
            continue
        if who is None and word in people:
            who = people[word]
        if who is None and first and _name_like(match, clause):
            who = "child"
        if who:
            return who, match.start()
        first = False
    return None, 0


# The "as" of "record Kai as saying", "quoted Kai as saying", after the speaker's name (not "as well as").
_AS_SAYING = re.compile(r"(?<![\s,])(?<!\bwell)(?<!\bsuch)(?<!\bjust)(?<!\bso)\s+as\s*$", re.I)


def _first_subject(clause: str, people: dict[str, str]) -> tuple[str | None, int]:
    """Who leads the last part of a clause ("Teddie-Rhys went up to Mrs Snow"): a person word, a
    name the text knows, or a capitalised name; "Amy's mum" is her mum."""
    start = max((m.end() for m in re.finditer(r"[,;:(–—]|\s-\s|\bthen\b", clause)), default=0)
    for match in _TOKEN.finditer(clause, start):
        word = re.sub(r"['’]s$", "", match.group().lower())
        if word in adverbs() or re.search(r"\w['’]s?$", match.group()):
            continue
        who = person_kind(word)
        who = who if who != "none" else None
        if who is None and word in people:
            who = people[word]
        if who is None and match.group()[0].isupper() and _name_like(match, clause):
            who = "child"
        return (who, match.start()) if who else (None, 0)
    return None, 0


def _name_like(match: re.Match, clause: str) -> bool:
    """A word that may be a name: not a function word, and capitalised or leading its clause
    ("kieran says" in lower-case notes)."""
    word = match.group().lower()
    if word in function_words() or word in voice_words("not_speakers"):
        return False
    return match.group()[0].isupper() or not clause[:match.start()].strip(" -*•–—(")


def _label_who(label: str, people: dict[str, str]) -> str | None:
    """Who a label names: "direct quote (Clay)", "Sarah (mum)", "Kieran", "Grzegorz was clear";
    in "Amy to SW" the one speaking, not the one spoken to."""
    inner = re.search(r"\(([^)]*)\)", label)
    outer = re.split(r"\s+(?:to|towards|at)\s+(?=\S)", re.sub(r"\([^)]*\)", " ", label), maxsplit=1)[0]
    for part in ([inner.group(1)] if inner else []) + [outer]:
        tokens = [m for m in _TOKEN.finditer(part)][:5]
        found = [person_kind(m.group().lower().removesuffix("'s")) or people.get(m.group().lower()) for m in tokens]
        for who in found:
            if who in ("adult", "child", "pronoun"):
                return who
        names = [m for m in tokens if _name_like(m, part) or m.group()[0].isupper()]
        names = [m for m in names if m.group().lower() not in function_words() | voice_words("not_speakers")]
        if names:
            return "child"
    return None



def classify(words: str, people: dict[str, str]) -> str:
    tokens = [w.lower().strip("'’") for w in re.findall(r"[\w'’-]+", words)]
    tokens = [re.sub(r"['’]s$", "", t) for t in tokens]
    adults, children = voice_words("adults") - {"me"}, voice_words("children")
    if any(t in adults or t.startswith("step-") for t in tokens) or tokens[-1:] in (["my"], ["our"]):
        return "adult"  # "my words:" are the writer's
    for token in reversed(tokens):
        if token in people:
            return people[token]
    if tokens and tokens[-1] in PRONOUNS | {"his", "her", "their"}:
        return "pronoun"
    if any(t in children for t in tokens):
        return "child"
    return "child" if tokens else "unknown"
