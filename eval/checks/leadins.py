"""Lead-ins to bare speech: who an attribution before the words ("Amy said,", "Ms Sousa:",
"Interpreter (for Mum):", "Dawid's words -") or a tag after them ("..., Rhys said") names.
"""

from __future__ import annotations

import re

from eval.checks import speakers as S
from eval.checks import text as T
from eval.checks.formulas import names_writing, written_by, written_verb
from eval.checks.transcripts import label_speaker

_SUBORDINATE = re.compile(r"^(?:as|if|when|whenever|because|since|though|although|unless|until|till|while|before|after|"
                          r"once|where|which|who|what|so)\b", re.I)
REPORTED = {"that", "if", "whether", "how", "about", "to", "why", "what"}
# Words that carry narration on ("said little at first, but talked more"), not speech.
_NARRATION = {"and", "but", "because", "when", "while", "although", "though", "then", "so", "or", "little",
              "nothing", "much", "lot", "few", "very", "more", "less", "anything", "something", "later"}
_TOLD = re.compile(r"\b(?:to|with|at)\s+(?:me|us|him|her|them)\b", re.I)  # "said it to me in the playground:"


def tag_who(tag: str, people: dict[str, str]) -> str | None:
    """Who a tag closing a clause names, when it is only an attribution: "Bay said", "said
    his mum", "she told me" (not "says it's unfair", "laughed a lot")."""
    verbs = S.speech_verbs()
    if _SUBORDINATE.match(tag):
        return None  # "..., as he asked", "..., when she told me": a clause, not an attribution
    said = re.match(rf"^(?:{verbs})\s+((?:my\s+|his\s+|her\s+|their\s+)?[^\W\d_][\w'’-]*)$", tag, re.I)
    if said:
        name = said.group(1).split()[-1]
        if S.person_kind(name.lower()) in ("adult", "child") or name.lower() in people or (
                name[0].isupper() and name.lower() not in S.function_words()):
            return S.classify(said.group(1), people)
        return None
    subject = re.match(rf"^((?:[\w'’-]+\s+){{1,3}}?)(?:\w+ly\s+)?(?:{verbs})(?:\s+(?:to\s+)?(?:me|us))?$", tag, re.I)
    if not subject or _NOBODY.match(subject.group(1)):
        return None  # "..., nobody told me": the words go on, no one is named
    return S.speech_subject(subject.group(1), people)[0]


_NOBODY = re.compile(r"^(?:nobody|no\s+one|noone|no-one|everyone|everybody|someone|somebody|anyone|anybody|people|they\s+all)\b", re.I)


def turn_label_who(text: str, start: int, at: int, people: dict[str, str]) -> tuple[str, int, bool] | None:
    """Who speaks when the lead-in up to `at` is a transcript turn's label, read as the transcript
    reader reads it, whole ("Drakes, Akilah:", "Interpreter (for Mum):"); None when it is not."""
    if text[:at].rstrip()[-1:] not in (":", "："):
        return None
    turn = S.turn_at(text, at)
    if not turn or turn.start != at or text.rfind("\n", 0, at) >= start:
        return None
    who = label_who(turn.label, people)
    aged = bool(re.search(r",\s*\d", turn.label))  # "ANEURIN, 12:": a name with an age plainly gives their words
    return (who, 0, aged) if who else None


def label_who(label: str, people: dict[str, str]) -> str | None:
    """Who a line's label names; "named" when only its shape says a person (a name the text does
    not tie to anyone: "Kacper:", but also a form's field "Step:" or a table's "NO."), which
    speech._bare takes as the child's only in a transcript or when the words speak as "I"."""
    who = label_speaker(label, people)
    if who:
        return who
    return "named" if label_speaker(label, people, transcript=True) else None


def lead_who(lead: str, people: dict[str, str]) -> tuple[str | None, int, bool]:
    """Who an attribution ending a lead-in names, where, and whether it is a speech verb or
    "words" (strong) rather than only a label ("ewelina ->", "Ms Sousa:", "Amy, unprompted:")."""
    verbs = S.speech_verbs()
    lead = _NOTED_AFTER.sub(":", S.MANNER.sub("", lead))
    lower = lead.lower()
    if noted_lead(lead):  # "I've got it down exactly:": words the writer took down, another's
        return "pronoun", len(lead), True
    aged = S.aged_child(lead)  # "- Honest, 13:", "Kai (aged 9) -", "doyun 5 ::": a child's name and age lead in their words
    if aged and lead.rstrip()[-1:] in ":：-–—>":  # not a list's comma: "Sathursha (5), Vithusha (sister)"
        return "child", aged.start(1), True
    verb = written_verb(lead)  # "the note Aarav left in the worry box:": the words are the writer's
    if verb is not None and (who := S.speech_subject(lead[:verb], people))[0]:
        return who[0], who[1], True
    author = re.search(r"([^\W\d_][\w'’-]*)\s+$", lead[:verb]) if verb else None
    if author and (who := label_who(author.group(1), people)):  # "jenga block krit picked -": the name the text never tied
        return who, author.start(1), True
    written = written_by(lead)  # "Mrs Cole passed on Kai's talk box slip:", "card fr Ali -": the author's words
    if written and (who := label_who(written[0], people)):  # its author a name, "named" or not ("hailstone's drawing ~")
        return "child" if who == "named" else who, written[1], True
    quoting = "quote" in lower and _AND_I_QUOTE.search(lead)
    if quoting and (who := label_who(lead[:quoting.start()].strip(" ,-*•"), people)):
        return who, 0, True  # "mieczysław, and i quote, I've got ...": the one named before the aside
    owned = _OWNED_GATE.search(lower) and _OWNED_WORDS.search(lead)  # "I e-mailed her words over:" are hers, not the writer's
    if owned:
        who = S.classify(owned.group(1), people)
        return (who, owned.start(1), True) if who != "unknown" else (None, 0, False)
    if ("verbatim" in lower or "quote" in lower or "word for" in lower) and _MARKER_LEAD.search(lead):
        # "verbatim:", "Verbatim from Amy:", "quote -": the child's unless it names another
        who, at = S.speaker_before(lead, people, adjacent=True)
        return (who, at, True) if who else ("pronoun", len(lead), True)
    if re.search(rf"\b(?:{verbs})\b{S.speech_tail()}", lead, re.I) or re.search(
            r"\b(?:words?|put\s+it|answer|reply|response)\s*(?:were|was|are|is)?\s*[:,–—-]+\s*$", lead, re.I) or (
            "words" in lower and S.USED_WORDS.search(lead.rstrip(" :：,–—-"))):
        who, at = S.speaker_before(lead, people, adjacent=True)
        return (who, at, True) if who else (None, 0, False)
    relayed = re.search(rf"\bwhat\s+((?:[\w'’-]+\s+){{0,2}}?[\w'’-]+)\s+(?:had\s+|has\s+)?(?:{verbs})\b"
                        r"(?:\s+(?:to\s+(?:me|us|him|her|them)|(?:to|in|at|on|during|over|after|before|outside|by)"
                        r"(?:\s+[\w'’-]+){1,3}|today|yesterday|earlier|again))?\s*[,:：–—-]+\s*$", lead, re.I)
    if relayed:  # "Ms Bior wrote down what THURA said in class:", "read out what Siah said to a teaching assistant:"
        who, at = S.speech_subject(relayed.group(1), people)  # only the words after "what": not the adult before
        return (who, relayed.start(1) + at, True) if who else (None, 0, False)
    loose = re.search(rf"\b(?:{verbs})\b((?:\s+[\w'’-]+){{1,6}})\s*(?:[,:：]|\s[-–—]+)\s*$", lead, re.I)
    if loose and not set(T.words(_TOLD.sub(" ", loose.group(1)))) & (REPORTED | _NARRATION):
        who, at = S.speech_subject(lead[:loose.start()], people)  # "He told me at lunch, ...", "wrote on her card -"
        return (who, at, False) if who else (None, 0, False)
    thing = _THING_LEAD.match(lead)
    if thing and names_writing(thing.group(1)) and (who := label_who(T.words(thing.group(1))[0], people)):
        # "- Onome on the feelings thermometer - my ouma makes rusks", "kai txt to carer ~ ...": a name the text never
        # tied is the one who wrote, as for written_by
        return "child" if who == "named" else who, 0, True
    asided = S.ASIDED_LABEL.search(lead)
    if asided and (who := label_who(asided.group(1), people)):
        return who, asided.start(1), False  # "- Vjekoslav, WhatsApp to my work phone ~", "Mum, on the phone -"
    label = re.search(r"(?:^|[,;(]\s*)([^,;:()]{1,30}?)\s*(?:\([^)]*\))?\s*(?:[:：]|-+>|→|=>|\s(?:>>?|››)|\s[-–—]+)\s*$", lead)
    if label and not re.search(rf"\b(?:{verbs})\b", label.group(1), re.I):
        tokens = T.words(label.group(1))
        known = [t for t in tokens if t in people or S.person_kind(t) in ("adult", "child", "pronoun")]
        named = len(tokens) == 1 and label.group(1).strip()[:1].isupper() and tokens[0] not in S.function_words()
        if 1 <= len(tokens) <= 3 and (known or named):
            who = label_who(label.group(1), people)
            return (who, label.start(1), False) if who else (None, 0, False)
    return None, 0, False


# A lead-in up to its mark: a colon, a dash, tilde or slash set apart ("kai voice note to nan / ..."), arrows.
_THING_LEAD = re.compile(r"^(.*?)\s*(?:[:：]|\s[-–—~/]+|\s>>|\s››|\s-+>|\s→)\s*$")


def written_lead(lead: str) -> bool:
    """Whether a lead-in is someone on a thing that carries their words, or what they sent ("kishwar in cot-side
    diary ~", "kai txt to carer (fwd to me) ~"): what follows is what they wrote, whatever it says."""
    thing = _THING_LEAD.match(lead)
    return bool(thing) and names_writing(thing.group(1))


def noted_lead(lead: str) -> bool:
    """Whether a lead-in ending at a colon or dash is only the writer taking words down ("I've got it down
    exactly:", "I wrote it down word for word -"), naming no one before it: the words are another's, as
    "verbatim:" marks them."""
    noted = lead.rstrip()[-1:] in ":：-–—" and S.NOTED.search(lead)
    return bool(noted) and not re.search(rf"\b(?:{S.speech_verbs()})\b", lead[:noted.start()], re.I)


# The writer's aside between a speaker's name and their words: "Kai, and I quote, ...".
_AND_I_QUOTE = re.compile(r",\s*(?:and|&)\s*i\s+quote\s*[,:：–—-]\s*$", re.I)
# The writer taking the words down, after who said them: "She said it at lunch and I noted it:".
_NOTED_AFTER = re.compile(r"\s+(?:and|&)\s+(?:I|we)\s+(?:wrote|noted|jotted|typed|took|copied|recorded|logged)\s+"
                          r"(?:it|this|that|them)(?:\s+(?:straight\s+|right\s+)?(?:down|out|up))?(?:\s+(?:word\s+for\s+word|verbatim|"
                          r"exactly))?\s*[:：–—-]\s*$", re.I)
# Whose words a lead-in hands on: "I e-mailed her words over:", "Amy's words, as I noted them -".
# Or what a minute's or a form's line gives as theirs ("Kai's views: I want to do art", "Amy's bit, read out by her
# advocate: ...", "his wishes -"): what follows is theirs when it speaks as "I" (speech._bare reads that).
_OWNED_GATE = re.compile(r"\b(?:words|views|wishes|thoughts|feelings|bit|say|message|reply|answer|voice)\b")
_OWNED_WORDS = re.compile(r"\b(his|her|their|[^\W\d_][\w'’-]*['’]s)\s+(?:own\s+|exact\s+|actual\s+|very\s+)?"
                          r"(?:words|views|wishes|thoughts|feelings|bit|say|message|reply|answer|voice)\b"
                          r"(?:[\s,]+[\w'’-]+){0,6}\s*(?:[:：]|\s[-–—]+)\s*$", re.I)
_MARKER_LEAD = re.compile(r"(?:^|[-*•(]\s*|\s)(?:(?:a|direct|exact)\s+)?(?:verbatim|word\s+for\s+word|quote[sd]?)\b"
                          r"[^:：,;]{0,30}(?:[:：]|\s[-–—]+)\s*$", re.I)
