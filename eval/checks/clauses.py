"""Clauses and their polarity, for the negation check.

A record sentence flips the notes when one of its clauses says the same thing as a clause of the
note lines it comes from, with the opposite polarity ("went to school" where the notes say "not
in school"). "The same thing" is judged by embeddings (all-MiniLM barely registers negation, so
a flipped clause stays close to its original) and by shared words; polarity by counting the cues
of data/polarity.yaml, after removing the phrases that only look negative ("no later than").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

import numpy as np

from eval.checks import text as T
from eval.checks.align import Support, content, vectors
from eval.checks.base import data, wordlist


@dataclass(frozen=True)
class Flip:
    """A record clause and the note clause that says the opposite."""

    clause: str
    note: str
    similarity: float


def polarity(text: str) -> int:
    """-1 when a text has an odd number of negation cues ("did not", "denied"), else 1."""
    return -1 if cue_count(text) % 2 else 1


@functools.lru_cache(maxsize=65536)
def cue_count(text: str) -> int:
    """How many negation cues a text has, not counting phrases that only look negative."""
    bare = _not_negation().sub(" ", text.lower().replace("’", "'"))
    return len(_cues().findall(bare))


def clauses(text: str) -> list[str]:
    """The clauses of a text: split at punctuation, dashes and the conjunctions of polarity.yaml.
    A text of one clause is returned whole (its embedding is then already cached)."""
    parts = [text[s:e] for s, e in _spans(text)]
    return [text.strip()] if len(parts) == 1 else parts


def _spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of a text, without the spaces around it."""
    out, begin = [], 0
    for cut in [*(c for c in _breaks().finditer(text) if not _joins_people(text, c)), None]:
        end = cut.start() if cut else len(text)
        piece = text[begin:end]
        if re.search(r"\w", piece):
            lead = len(piece) - len(piece.lstrip())
            out.append((begin + lead, begin + len(piece.rstrip())))
        begin = cut.end() if cut else end
    return out


def _joins_people(text: str, cut: re.Match) -> bool:
    """Whether a break is the "and" of "Mum and Dad", "Kofi and his sister", "cuts and bruises":
    one clause."""
    if cut.group().lower() != "and":
        return False
    # "free of marks and bruises", "tired and hungry": "and" joins two words, not two clauses.
    rest = _breaks().search(text, cut.end())
    if len(T.words(text[cut.end():rest.start() if rest else len(text)])) <= 1:
        return True
    before = re.search(r"([^\W\d_][\w'’-]*)\s*$", text[:cut.start()])
    after = re.match(r"\s*(?:(?:his|her|their|my|the)\s+)?([^\W\d_][\w'’-]*)", text[cut.end():])
    return bool(before and after) and all(_a_person(m.group(1)) for m in (before, after))


def _a_person(word: str) -> bool:
    lower = word.lower()
    return lower in _ROLES or lower in _KIN or (word[0].isupper() and lower not in wordlist("words", "stopwords"))


def unquoted(text: str) -> str:
    """A text without the words inside its quotation marks (a quote is checked as a quote)."""
    for start, end in reversed(T.quoted(text)):
        text = text[:start] + text[end:]
    return text


def flips(supports: list[Support]) -> list[tuple[Support, Flip]]:
    """The record sentences with a clause that contradicts a clause of their note lines, each
    with the first such clause. All clauses are embedded in one batch."""
    limits = data("polarity")["negation"]
    pairs = []
    for support in supports:
        sentence = unquoted(support.sentence.text)
        lines = [unquoted(u.text) for u, sim in support.citations if sim >= limits["line_similarity"]]
        lines = [line for line in lines if line.strip()]
        # Without a cue on either side every clause has the same polarity: nothing to compare.
        if not lines or not (cue_count(sentence) or any(cue_count(line) for line in lines)):
            continue
        mine = [c for c in clauses(sentence) if _claim_words(c) - _ROLES]
        theirs = list(dict.fromkeys(u for line in lines for u in _note_units(line)))
        if mine and theirs:
            pairs.append((support, mine, theirs))
    texts = list(dict.fromkeys(t for _, mine, theirs in pairs for t in (*mine, *theirs)))
    if not texts:
        return []
    matrix = vectors(texts)
    index = {t: i for i, t in enumerate(texts)}
    out = []
    for support, mine, theirs in pairs:
        similarity = matrix[[index[t] for t in mine]] @ matrix[[index[t] for t in theirs]].T
        flip = _first_flip(mine, theirs, similarity, limits)
        if flip:
            out.append((support, flip))
    return out


def _first_flip(mine: list[str], theirs: list[str], similarity: np.ndarray, limits: dict) -> Flip | None:
    """The first record clause whose closest note unit says the opposite about the words they
    share, when that unit is close enough, clearly closer than any unit that agrees, and shares
    enough of its words."""
    scopes = [negated(unit) for unit in theirs]
    counts = [cue_count(unit) for unit in theirs]
    for clause, row in zip(mine, similarity, strict=True):
        words, mine_negated = _claim_words(clause), negated(clause)
        # Two texts with cues and the same polarity agree, whatever each cue's reach: "have not
        # contacted her about his behaviour" and "no calls from school about behaviour" deny the
        # same thing; "has not missed a day" and "full attendance" say the same. "Only" says a
        # negative too ("vapes only outside": not in the house; "held only milk").
        n = cue_count(clause)
        agree = np.array([_same_polarity(n, m, bool(_ONLY.search(clause))) or _agree(words, mine_negated, unit, scope)
                          for unit, scope, m in zip(theirs, scopes, counts, strict=True)])
        if agree.all():
            continue
        best = int(np.argmax(np.where(agree, -1.0, row)))
        # Only a unit that agrees about the words in dispute competes: "Dad said Rubén only eats
        # beige food" says nothing about the vegetables that "will not try vegetables" denies.
        # A unit that shares only a word or two with the clause ("see": "I will see Hue again")
        # is weak evidence, and any unit that agrees competes with it.
        disputed = _disputed(words, mine_negated, theirs[best], scopes[best])
        strong = len(_with_opposites(words) & _with_opposites(_content_stems(theirs[best]))) >= limits["shared_words"]
        rivals = [row[i] for i in np.flatnonzero(agree)
                  if not strong or disputed & _with_opposites(_content_stems(theirs[i]))]
        if (row[best] >= limits["same_claim_similarity"]
                and row[best] >= max(rivals, default=-1.0) + limits["margin"]
                and _overlap(clause, theirs[best]) >= limits["same_claim_overlap" if row[best] < limits["close_similarity"]
                                                              else "close_overlap"]):
            return Flip(clause, theirs[best], float(row[best]))
    return None


def _same_polarity(mine: int, theirs: int, only: bool) -> bool:
    """Whether a clause with `mine` cues (or with "only", a negative) and a unit with `theirs`
    cues both have cues and say the same polarity."""
    if not theirs or not (mine or only):
        return False
    negative = bool(mine % 2) or (only and not mine)
    return negative == bool(theirs % 2)


def _disputed(words: set[str], mine_negated: set[str], unit: str, unit_negated: set[str]) -> set[str]:
    """The claim words a record clause and a note unit share that one of them negates."""
    shared = (_with_opposites(words) & _with_opposites(_content_stems(unit))) - _not_claims() - _ROLES
    return shared & _with_opposites(mine_negated ^ unit_negated)


def _agree(words: set[str], mine_negated: set[str], unit: str, unit_negated: set[str]) -> bool:
    """Whether a record clause and a note unit say the same polarity about the claim words they
    share: both negate some of them, or neither does."""
    shared = (_with_opposites(words) & _with_opposites(_content_stems(unit))) - _not_claims() - _ROLES
    return bool(mine_negated & shared) == bool(unit_negated & shared)


@functools.lru_cache(maxsize=65536)
def negated(text: str) -> frozenset[str]:
    """The claim stems a negation cue governs in a text. "not", "never" negate their whole clause
    ("the assessment has not taken place") up to an adjunct of reason ("not invited | per the
    court order"); "no", "denied", "without" the next few words ("no contact between Mum and
    Dad"); a word that is itself the negative of another only that ("unhappy": happy; "apart":
    together); a cue that ends its clause the words before it ("alarm - none", "bruising
    absent"). A negative word two cues govern is not negated ("no sign of anything unsafe")."""
    scope = data("polarity")["scope"]
    names = _names(text)
    bare = _not_negation().sub(lambda m: " " * len(m.group()), _canonical(T.normalise(text).lower().replace("’", "'")))
    ends = [0, *(m.start() for m in _breaks().finditer(bare)), len(bare)]
    counts: Counter[str] = Counter()
    for cue in _uncancelled(bare, ends):
        word = cue.group()
        if _HYPOTHETICAL.search(bare, max(bare.rfind(".", 0, cue.start()), bare.rfind(";", 0, cue.start()), 0), cue.start()):
            continue  # "a conference if appointments are missed again" denies nothing
        start = max(e for e in ends if e <= cue.start())
        end = min(e for e in ends if e >= cue.end())
        segment = _governed_segment(word, bare[cue.end():end])
        after = [w - names for w in _scope_words(segment) if w - names and not w & _adverbials()]
        if _scoped("itself").fullmatch(word):
            governed = _stems_of(word)
        elif _scoped("clause").fullmatch(word) and not _scoped("narrowed_by").match(bare, cue.end()):
            stop = _scoped("clause_ends").search(bare, cue.end(), end)
            # A negative word before the cue is not in its scope ("unhappy that school had not told her").
            before = " ".join(w for w in T.words(bare[start:cue.start()]) if not _scoped("itself").fullmatch(w))
            rest = _cut(bare[cue.end():stop.start() if stop else end], "clause_prepositions")
            governed = set(content(before)).union(*_scope_words(rest))
        else:
            governed = set().union(*after[:scope["words_after"]])
        if not after and _scoped("before").fullmatch(word):
            governed |= _before(bare, cue.start(), ends)
        counts.update(governed)
    # Two cues cancel on a negative word ("not unsafe"); "not missed", "no absences" stay negated,
    # as a record that says them is matched to notes that speak of missing and absence.
    negatives = {s for w in T.words(bare) if _scoped("itself").fullmatch(w) for s in _stems_of(w)}
    return frozenset({stem for stem, n in counts.items() if n % 2 or stem not in negatives} - names - _REPORTING)


def _uncancelled(bare: str, ends: list[int]) -> list[re.Match]:
    """The cues of a text, without the pairs that cancel out: a cue of a noun ("no", "none")
    followed in its clause by a word that denies that noun ("no immunisations outstanding",
    "nobody absent") says all were done, all were there; "not", "never" before a verb that is
    itself a denial ("has not missed a day", "never refused") say it happened."""
    cues = list(_cues().finditer(bare))
    dropped: set[int] = set()
    for i, cue in enumerate(cues):
        clause = bool(_scoped("clause").fullmatch(cue.group()))
        if i in dropped or _scoped("itself").fullmatch(cue.group()):
            continue
        end = min(e for e in ends if e >= cue.end())
        for j in range(i + 1, len(cues)):
            later = cues[j]
            if later.start() >= end or len(T.words(bare[cue.end():later.start()])) > (1 if clause else 3):
                break
            word = later.group()
            denies = _scoped("before").fullmatch(word) and (clause or _scoped("itself").fullmatch(word))
            if j not in dropped and denies:
                dropped |= {i, j}
                break
    return [c for i, c in enumerate(cues) if i not in dropped]


def _governed_segment(cue: str, segment: str) -> str:
    """The part of the text after a cue that the cue can govern: a noun phrase cue's up to the
    first preposition after its noun ("no snacks | between meals"); nothing, for a cue that can
    end its clause, when a preposition or conjunction follows it ("stopped | when Dad left")."""
    if _scoped("before").fullmatch(cue):
        first = re.match(r"\s*([\w'/]+)", segment)
        if first and first.group(1) in _word_set("before_unless"):
            return ""
    return _cut(segment, "prepositions") if _scoped("phrase").fullmatch(cue) else segment


def _cut(segment: str, kind: str) -> str:
    """A stretch of text up to the first preposition of polarity.yaml `scope[kind]` that follows
    a claim word: the adjunct after it ("at school since half term") is no claim denied."""
    seen = False
    for token in re.finditer(r"[\w'/&-]+", segment):
        if seen and token.group() in _word_set(kind):
            return segment[:token.start()]
        seen = seen or token.group() not in wordlist("words", "stopwords")
    return segment


@functools.lru_cache(maxsize=65536)
def _stems_of(word: str) -> frozenset[str]:
    """A word's stem and, for a word that is itself a negative ("unsafe", "apart"), the stems of
    what it negates ("safe", "together"), so that "not unsafe" cancels out."""
    out = {T.stem(word)}
    if _scoped("itself").fullmatch(word):
        out.add(T.stem(re.sub(r"^un", "", word)))
        out |= {T.stem(w) for w in data("polarity")["opposites"].get(word, [])}
    return frozenset(out)


def _scope_words(segment: str) -> list[set[str]]:
    """The claim stems of each word of a stretch of text, in order: a negative word's with what it
    negates. Grammatical cues ("no", "not") are not claims."""
    stop = wordlist("words", "stopwords")
    return [_stems_of(w) for w in T.words(segment)
            if w not in stop and len(w) > 1 and (_scoped("itself").fullmatch(w) or not _cues().fullmatch(w))]


def _before(bare: str, at: int, ends: list[int]) -> set[str]:
    """The claim stems of the clause before a cue that ends its own ("alarm - none"), or of the
    clause before that when the cue follows a dash or colon straight away."""
    starts = [e for e in ends if e < at]
    for start in reversed(starts[-2:]):
        words = set().union(*_scope_words(bare[start:at]))
        if words:
            return words
    return set()


def _names(text: str) -> set[str]:
    """Stems of the capitalised words of a text that are not roles: names, mostly. In a text in
    capitals, capitals say nothing about names."""
    if text.isupper():
        return set()
    return {T.stem(part) for w in re.findall(r"[^\W\d_][\w'’-]*", text)
            if w[0].isupper() and w.lower() not in _ROLES for part in T.words(w)}


def _note_units(line: str) -> list[str]:
    """A note line's clauses, each pair of adjacent clauses ("alarm hanging off, no battery" is
    one claim), and the whole line: notes are terse, a record spells a claim out."""
    spans = _spans(line)
    if len(spans) <= 2:
        units = [line.strip(), *(line[s:e] for s, e in spans)] if len(spans) == 2 else [line.strip()]
    else:
        pairs = [line[a[0]:b[1]] for a, b in zip(spans, spans[1:], strict=False)]
        units = list(dict.fromkeys([*(line[s:e] for s, e in spans), *pairs, line.strip()]))
    # A question asks, it claims nothing: "Has mum been to the house?"
    return [u for u in units if not u.rstrip().endswith("?")]


def _claim_words(text: str) -> set[str]:
    """The stems of a clause that say what it is about: not stop words, not reporting verbs, not
    names (a name makes any two clauses about a child look alike)."""
    names = _names(text)
    return {w for w in _content_stems(text) if w not in names and w not in _REPORTING and not w.isdigit()}


@functools.lru_cache(maxsize=65536)
def _content_stems(text: str) -> frozenset[str]:
    """The claim stems of a text, its phrases read as their claim word ("on her own": alone) and
    a negative word with what it negates ("unmet": met), so that "unmet" and "not met" share
    their claim."""
    stop = wordlist("words", "stopwords")
    return frozenset().union(*(_stems_of(w) for w in T.words(_canonical(text)) if w not in stop and len(w) > 1))


_HYPOTHETICAL = re.compile(r"\b(?:if|unless|in case|whether)\b")
_ONLY = re.compile(r"\b(?:only|solely)\b(?!\s+(?:been|started|begun|arrived|got|had|moved)\b)", re.I)
_ROLES = frozenset({"mum", "dad", "mother", "father", "nan", "grandma", "grandad", "carer"})
_KIN = frozenset({"sister", "brother", "sisters", "brothers", "siblings", "partner", "grandparents", "nan",
                  "aunt", "uncle", "cousin", "cousins", "stepdad", "stepmum", "children", "son", "daughter"})
_REPORTING = frozenset({"say", "tell", "report", "explain", "share", "mention", "ask"})


def _overlap(clause: str, note: str) -> float:
    """The share of the record clause's claim words that the note clause uses too."""
    mine = {w for w in _claim_words(clause) if not _cues().fullmatch(w)}  # "no", "not" are no claim
    return len(mine & _content_stems(note)) / len(mine) if mine else 0.0


def _with_opposites(stems: set[str]) -> set[str]:
    """Stems with the stems of their opposites ("apart": together), so that "lived apart" and
    "not lived together" share their claim."""
    table = _opposite_stems()
    return stems.union(*(table.get(s, ()) for s in stems))


@functools.cache
def _opposite_stems() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for word, others in data("polarity")["opposites"].items():
        for other in others:
            out.setdefault(T.stem(word), set()).add(T.stem(other))
            out.setdefault(T.stem(other), set()).add(T.stem(word))
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _cues() -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + "|".join(data("polarity")["cues"]) + r")(?:'s)?(?![\w'])")


@functools.cache
def _not_negation() -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + "|".join(data("polarity")["not_negation"]) + r")(?![\w'])")


@functools.cache
def _not_claims() -> frozenset[str]:
    return frozenset(T.stem(w) for w in data("polarity")["scope"]["not_claims"])


@functools.cache
def _scoped(kind: str) -> re.Pattern:
    words = "|".join(data("polarity")["scope"][kind])
    if kind == "narrowed_by":
        return re.compile(r"\s+(?:" + words + r")(?!\w)")
    return re.compile(r"(?<![\w'])(?:" + words + r")(?![\w'])" if kind == "clause_ends" else words)


@functools.cache
def _breaks() -> re.Pattern:
    words = "|".join(data("polarity")["clause_breaks"])
    return re.compile(r"[,;:\[\]()—–+|→]|\s-\s|\.(?=\s|$)|\b(?:" + words + r")\b", re.I)


@functools.cache
def _word_set(kind: str) -> frozenset[str]:
    return frozenset(data("polarity")["scope"][kind])


@functools.cache
def _adverbials() -> frozenset[str]:
    return frozenset(T.stem(w) for w in data("polarity")["scope"]["adverbials"])


@functools.lru_cache(maxsize=65536)
def _canonical(text: str) -> str:
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
