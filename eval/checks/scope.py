"""Negation cues and what they govern, for the negation check (clauses.py).

A cue of data/polarity.yaml ("not", "no", "denied", "decided against", "unsafe") makes its clause
say that something did not happen; `cue_count` counts them, `polarity` says the sign, `negated`
names the claim words a text's cues govern. Phrases that only look negative ("no later than",
"whether or not") are removed first.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from eval.checks import text as T
from eval.checks.base import data, wordlist

_NOBODY = re.compile(r"none|nothing|nobody|no[- ]one|no(?:thing|ne|body) (?:at all|whatsoever)")
HYPOTHETICAL = re.compile(r"\b(?:if|unless|in case|whether)\b")
_THAT = re.compile(r"\bthat\b")
ROLES = frozenset({"mum", "dad", "mother", "father", "nan", "grandma", "grandad", "carer"})
# Reporting verbs say who said a claim, not what it is (stems, as `stem` gives them).
# ("replying to my messages" is a claim: not "reply", "answer".)
_REPORTING_WORDS = ("say", "said", "says", "tell", "told", "report", "explain", "mention", "ask", "state", "stated",
                    "comment", "commented", "admit", "admitted", "confirm", "confirmed")
# What a negative prefix or suffix adds to the word it negates: "unmet", "disagreed", "non-attendance", "hopeless".
_AFFIX = re.compile(r"^(?:un|dis|non[- ]?|in|im|ir|il)|less(?:ly|ness)?$")


def polarity(text: str) -> int:
    """-1 when a text has an odd number of negation cues ("did not", "denied"), else 1."""
    return -1 if cue_count(text) % 2 else 1


@functools.lru_cache(maxsize=T.TEXTS)
def cue_count(text: str) -> int:
    """How many negation cues a text has, not counting phrases that only look negative, read as
    `negated` reads it (polarity.yaml `same_as`): "declined to talk without Dad in the room" is
    "declined to talk alone", one cue, not a double negative."""
    return len(cues().findall(_bare(canonical(text).lower().replace("’", "'"))))


# Past forms the suffix stripper cannot undo, so that "has not rung her" and "rings her every
# night" share their claim ("text.stem" knows the commonest: saw, went, told, ...)
_PAST = {"rang": "ring", "rung": "ring", "ran": "run", "wrote": "write", "written": "write", "drove": "drive",
         "driven": "drive", "rode": "ride", "ridden": "ride", "bought": "buy", "brought": "bring", "caught": "catch",
         "taught": "teach", "fought": "fight", "fell": "fall", "fallen": "fall", "held": "hold", "lost": "lose",
         "paid": "pay", "sent": "send", "spent": "spend", "stood": "stand", "sat": "sit", "heard": "hear",
         "woke": "wake", "woken": "wake", "wore": "wear", "worn": "wear", "threw": "throw", "thrown": "throw",
         "grew": "grow", "grown": "grow", "began": "begin", "begun": "begin", "swam": "swim", "sang": "sing",
         "sung": "sing", "drank": "drink", "hid": "hide", "hidden": "hide", "chose": "choose", "chosen": "choose",
         "forgave": "forgive", "understood": "understand", "won": "win", "got": "get", "gotten": "get", "slept": "sleep",
         "sought": "seek", "stole": "steal", "stolen": "steal", "shook": "shake", "shaken": "shake",
         "struck": "strike", "flew": "fly", "flown": "fly", "drew": "draw", "drawn": "draw"}


_NOTE = frozenset({"note", "notes", "noted", "noting"})


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """`text.stem`, made to agree with itself on -ing and -ation nouns and a final e: "meetings"
    and "meeting" (meet), "come" and "coming" (com), "left" and "leave" (leav), "insulation" and
    "insulated" (insulat)."""
    if word.lower() in _NOTE:
        return "note"  # "noted", "notes" are no "not"
    out = T.stem(_PAST.get(word.lower(), word))
    if out.endswith("ing") and len(out) > 6:
        out = T.stem(out)
    if out.endswith("ation") and len(out) >= 8:
        out = out[:-3]  # "insulation" and "insulated", "education" and "educated" (not "station")
    return out[:-1] if len(out) > 3 and out.endswith("e") else out


def content(text: str) -> list[str]:
    """Stems of the words of a text that carry a claim (no stop words)."""
    stop = wordlist("words", "stopwords")
    return [stem(w) for w in T.words(text) if w not in stop and len(w) > 1]


@functools.lru_cache(maxsize=T.TEXTS)
def negated(text: str) -> frozenset[str]:
    """The claim stems a negation cue governs in a text. "not", "never" negate their whole clause
    ("the assessment has not taken place") up to an adjunct of reason ("not invited | per the
    court order"); "no", "denied", "without" the next few words ("no contact between Mum and
    Dad"); a word that is itself the negative of another only that ("unhappy": happy; "apart":
    together); a cue that ends its clause the words before it ("alarm - none", "bruising
    absent"). A negative word two cues govern is not negated ("no sign of anything unsafe")."""
    scope = data("polarity")["scope"]
    people = names(text)
    bare = _bare(canonical(T.normalise(text).lower().replace("’", "'")))
    ends = [0, *(m.start() for m in breaks().finditer(bare)), len(bare)]
    counts: Counter[str] = Counter()
    for cue in _uncancelled(bare, ends):
        word = cue.group()
        if HYPOTHETICAL.search(bare, max(bare.rfind(".", 0, cue.start()), bare.rfind(";", 0, cue.start()), 0), cue.start()):
            continue  # "a conference if appointments are missed again" denies nothing
        start = max(e for e in ends if e <= cue.start())
        end = min(e for e in ends if e >= cue.end())
        segment = _governed_segment(word, bare[cue.end():end])
        after = [w - people for w in _scope_words(segment) if w - people and not w & _adverbials()]
        if scoped("itself").fullmatch(word):
            governed = stems_of(word)
        elif scoped("clause").fullmatch(word) and not scoped("narrowed_by").match(bare, cue.end()):
            stop = scoped("clause_ends").search(bare, cue.end(), end)
            # A negative word before the cue is not in its scope ("unhappy that school had not told her"),
            # nor the clause a "that" clause hangs from ("we agreed that her voice is not heard").
            lead = bare[start:cue.start()]
            lead = lead[max((m.end() for m in _THAT.finditer(lead)), default=0):]
            before = " ".join(w for w in T.words(lead) if not scoped("itself").fullmatch(w))
            rest = _cut(bare[cue.end():stop.start() if stop else end], "clause_prepositions")
            governed = set(content(before)).union(*_scope_words(rest))
        else:
            governed = set().union(*after[:scope["words_after"]])
        if not after and scoped("before").fullmatch(word):
            governed |= _before(bare, cue.start(), ends)
        if not after and not scoped("clause").fullmatch(word):
            # "missed 8 days this half term": a cue that governs only time denies what it is the opposite of (attending)
            governed |= _opposite_words(word)
        counts.update(governed)
    # Two cues cancel on a negative word ("not unsafe"); "not missed", "no absences" stay negated,
    # as a record that says them is matched to notes that speak of missing and absence.
    negatives = {s for w in T.words(bare) if scoped("itself").fullmatch(w) for s in stems_of(w)}
    return frozenset({s for s, n in counts.items() if n % 2 or s not in negatives} - people - reporting())


def _uncancelled(bare: str, ends: list[int]) -> list[re.Match]:
    """The cues of a text, without the pairs that cancel out: a cue of a noun ("no", "none")
    followed in its clause by a word that denies that noun ("no immunisations outstanding",
    "nobody absent") says all were done, all were there; "not", "never" before a verb that is
    itself a denial ("has not missed a day", "never refused") say it happened, and before one
    of two opposite states ("not late") say the other ("on time")."""
    found = list(cues().finditer(bare))
    dropped: set[int] = set()
    for i, cue in enumerate(found):
        clause = bool(scoped("clause").fullmatch(cue.group()))
        if i in dropped or scoped("itself").fullmatch(cue.group()):
            continue
        end = min(e for e in ends if e >= cue.end())
        for j in range(i + 1, len(found)):
            later = found[j]
            between = T.words(bare[cue.end():later.start()])
            word = later.group()
            # ("has not had a single late mark": a state after words that only count it)
            counted = clause and scoped("states").fullmatch(word) and not _claims_between(between)
            if later.start() >= end or (len(between) > (1 if clause else 3) and not counted):
                break
            # "without any missed appointments", "no one refused" (a participle after a noun cue)
            # deny the denial too; "no contact, refused" is two clauses.
            denies = scoped("before").fullmatch(word) and (clause or scoped("itself").fullmatch(word)
                                                           or bool(re.fullmatch(r"\w+ed", word)))
            # "has not been late", "has not got worse": the opposite state ("on time", "no better"
            # is not), with nothing else denied
            denies = denies or (clause and bool(scoped("states").fullmatch(word)))
            # "missed none of his targets", "refused nothing": a denial of nothing
            denies = denies or (bool(re.fullmatch(r"\w+ed", cue.group())) and bool(_NOBODY.fullmatch(word))
                                and not T.words(bare[cue.end():later.start()]))
            if j not in dropped and denies:
                dropped |= {i, j}
                break
    return [c for i, c in enumerate(found) if i not in dropped]


# The agent of a passive ("not seen by any mental health service", "not been assessed by a
# doctor"): who did it is the claim, not a deadline ("not done by Friday", "by the end of term")
_AGENT = re.compile(r"by (?:a|an|any|the|his|her|their|our|a single)\s+(?!(?:end|time|start|close|deadline|weekend|next|last|morning|"
                    r"afternoon|evening|night|day|week|month|term|half|date|due|latest|same|following)\b)[a-z]", re.I)


def _claims_between(words: list[str]) -> bool:
    """Whether words between a cue and a state say anything but "had a single", "been any"."""
    return any(w not in wordlist("words", "stopwords") and w not in _COUNTING for w in words)


_COUNTING = frozenset({"single", "once", "ever", "really", "actually"})


def _governed_segment(cue: str, segment: str) -> str:
    """The part of the text after a cue that the cue can govern: a noun phrase cue's up to the
    first preposition after its noun ("no snacks | between meals"); nothing, for a cue that can
    end its clause, when a preposition or conjunction follows it ("stopped | when Dad left")."""
    if scoped("before").fullmatch(cue):
        first = re.match(r"\s*([\w'/]+)(?:\s+(\w+))?", segment)
        # "missed last week" ends its clause; "cancelled last 2 visits" has its object after it.
        time = first and (first.group(1) not in ("last", "this") or first.group(2) in _word_set("adverbials"))
        if first and first.group(1) in _word_set("before_unless") and time:
            return ""
    return _cut(segment, "prepositions") if scoped("phrase").fullmatch(cue) else segment


def _cut(segment: str, kind: str) -> str:
    """A stretch of text up to the first preposition of polarity.yaml `scope[kind]` that follows
    a claim word: the adjunct after it ("at school since half term") is no claim denied. (Not a
    "from" after a word of a message, `scope.messages`: "not a peep from the dentist", "no letter
    from housing" deny that the dentist, housing sent word.)"""
    seen, last = False, ""
    for token in re.finditer(r"[\w'/&-]+", segment):
        if (seen and token.group() in _word_set(kind) and not (kind == "clause_prepositions" and _AGENT.match(segment, token.start()))
                and not (token.group() == "from" and last in _word_set("messages"))):
            return segment[:token.start()]
        seen, last = seen or token.group() not in wordlist("words", "stopwords"), token.group()
    return segment


@functools.lru_cache(maxsize=65536)
def stems_of(word: str) -> frozenset[str]:
    """A word's stem and, for a word that is itself a negative ("unsafe", "apart",
    "alcohol-free"), the stems of what it negates ("safe", "together", "alcohol"), so that "not
    unsafe" cancels out."""
    out = {stem(word)}
    if scoped("itself").fullmatch(word):
        out.add(stem(_AFFIX.sub("", word)))
        out.update(stem(w) for w in re.findall(r"^(\w+)[- ]free$", word))
        out |= {stem(w) for key, others in _opposites() if key.fullmatch(word) for w in others}
    return frozenset(out)


@functools.cache
def _opposites() -> list[tuple[re.Pattern, list[str]]]:
    """polarity.yaml `opposites`, each key a word or a pattern ("room of her own")."""
    return [(re.compile(key), others) for key, others in data("polarity")["opposites"].items()]


@functools.lru_cache(maxsize=4096)
def _opposite_words(word: str) -> frozenset[str]:
    """The stems polarity.yaml `opposites` gives a cue ("missed": attend, went)."""
    return frozenset(stem(w) for key, others in _opposites() if key.fullmatch(word) for w in others)


def _scope_words(segment: str) -> list[frozenset[str]]:
    """The claim stems of each word of a stretch of text, in order: a negative word's with what it
    negates. Grammatical cues ("no", "not") are not claims."""
    stop = wordlist("words", "stopwords")
    return [stems_of(w) for w in T.words(segment)
            if w not in stop and len(w) > 1 and (scoped("itself").fullmatch(w) or not cues().fullmatch(w))]


def _before(bare: str, at: int, ends: list[int]) -> set[str]:
    """The claim stems of the clause before a cue that ends its own ("alarm - none"), or of the
    clause before that when the cue follows a dash or colon straight away."""
    starts = [e for e in ends if e < at]
    for start in reversed(starts[-2:]):
        words = set().union(*_scope_words(bare[start:at]))
        if words:
            return words
    return set()


@functools.lru_cache(maxsize=T.TEXTS)
def names(text: str) -> frozenset[str]:
    """Stems of the capitalised words of a text that are not roles: names, mostly. In a text in
    capitals, capitals say nothing about names."""
    if text.isupper():
        return frozenset()
    return frozenset(stem(part) for w in _WORD.findall(text)
                     if w[0].isupper() and w.lower() not in ROLES for part in T.words(w))


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@functools.cache
def reporting() -> frozenset[str]:
    return frozenset(stem(w) for w in _REPORTING_WORDS)


def _bare(text: str) -> str:
    """A lower-case text with the phrases that only look negative blanked out (same length)."""
    return _NOR.sub(r"\1 or", _not_negation().sub(lambda m: _blank(m.group()), text))


def _blank(phrase: str) -> str:
    """Spaces for a phrase that only looks negative; "apart from" leaves "except" (as long), which
    still ends a cue's reach: "without any heating apart from the gas fire" denies no gas fire."""
    return ("except" if phrase.startswith("apart from") else "").ljust(len(phrase))


# "no answer by text nor at the door", "won't touch meat, nor eggs": "nor" goes on with the
# negative before it (as "neither ... nor" does), it does not deny it again
_NOR = re.compile(r"(\b(?:no|not|never|none|nothing|nobody|cannot|\w+n't)\b[^;:.]*?)\bnor\b")


@functools.cache
def cues() -> re.Pattern:
    # Longest first: "no longer" is one cue, not "no" governing "longer".
    found = sorted(data("polarity")["cues"], key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(found) + r")(?:'s)?(?![\w'])")


@functools.cache
def _not_negation() -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + "|".join(data("polarity")["not_negation"]) + r")(?![\w'])")


@functools.cache
def scoped(kind: str) -> re.Pattern:
    words = "|".join(data("polarity")["scope"][kind])
    if kind == "narrowed_by":
        return re.compile(r"\s+(?:" + words + r")(?!\w)")
    return re.compile(r"(?<![\w'])(?:" + words + r")(?![\w'])" if kind == "clause_ends" else words)


@functools.cache
def breaks() -> re.Pattern:
    words = "|".join(data("polarity")["clause_breaks"])
    return re.compile(r"[,;:\[\]()—–+|→]|\s-\s|\.(?=\s|$)|\b(?:" + words + r")\b", re.I)


@functools.cache
def _word_set(kind: str) -> frozenset[str]:
    return frozenset(data("polarity")["scope"][kind])


@functools.cache
def _adverbials() -> frozenset[str]:
    return frozenset(stem(w) for w in data("polarity")["scope"]["adverbials"])


@functools.lru_cache(maxsize=T.TEXTS)
def canonical(text: str) -> str:
    """A text with the phrases of polarity.yaml `same_as` replaced by the claim word they say
    ("saw her on her own" -> "saw her alone")."""
    pattern, words = _same_as()
    return pattern.sub(lambda m: words[m.lastindex - 1], text)


@functools.cache
def _same_as() -> tuple[re.Pattern, list[str]]:
    table = data("polarity")["same_as"]
    words = list(table)
    groups = "|".join(f"({'|'.join(table[w])})" for w in words)
    # Inner groups must not capture: the outer group's number says which word matched.
    return re.compile(r"(?<![\w'])(?:" + groups + r")(?![\w'])", re.I), words
