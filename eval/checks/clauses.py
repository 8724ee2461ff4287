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
from dataclasses import dataclass

import numpy as np

from eval.checks import text as T
from eval.checks.align import Support, vectors
from eval.checks.base import data, wordlist
from eval.checks.scope import (ROLES, canonical, cue_count, cues, names, negated, polarity, reporting, scoped, stem,
                               stems_of)
from eval.checks.units import clauses, directive, goal, note_units, sign, spans, spoken, todo, unquoted

__all__ = ["Flip", "clauses", "cue_count", "flips", "negated", "polarity", "unquoted"]


@dataclass(frozen=True)
class Flip:
    """A record clause and the note clause that says the opposite."""

    clause: str
    note: str
    similarity: float


def flips(supports: list[Support]) -> list[tuple[Support, Flip]]:
    """The record sentences with a clause that contradicts a clause of their note lines, each
    with the first such clause. All clauses are embedded in one batch."""
    limits = data("polarity")["negation"]
    pairs = []
    for support in supports:
        sentence = unquoted(support.sentence.text)
        # A line less close than `line_similarity` is compared only where its words say the
        # clause's claim nearly word for word (the "far" tier).
        cited = [(unquoted(u.text), sim < limits["line_similarity"]) for u, sim in support.citations
                 if sim >= limits["far_line_similarity"]]
        weak = {line for line, far in cited if far} - {line for line, far in cited if not far}
        lines = [line for line in dict.fromkeys(line for line, _ in cited) if line.strip()]
        # Without a cue on either side every clause has the same polarity: nothing to compare.
        if not lines or not (cue_count(sentence) or any(cue_count(line) for line in lines)):
            continue
        # "Jhorman came out with this: “...”", "she wanted me to write down '...'" only
        # introduce their quote (checked as a quote).
        # "... but the arguments have not": the elided verb is the claim, not "arguments".
        # "I visited to hear about her worries" says an aim, which no note contradicts.
        said = dict(zip(clauses(sentence), spoken(sentence), strict=True))
        mine = [c for c in clauses(sentence) if _claim_words(c) - ROLES and not (_INTRO.search(c) or _ELLIPSIS.search(c) or _AIM.search(c))]
        people = names(sentence) | ROLES
        # "I will visit again"; a row of an action table that says what to do ("2 | Take Kai to the dentist | Mum")
        # ("the panel decided Kai will be moved" reports a decision made: a fact)
        plan = support.sentence.heading == "actions" or bool(_PLAN.search(_REFUSAL.sub("", _DECIDED.sub("", sentence))) or _IMPERATIVE.match(sentence))
        theirs = [u for u in dict.fromkeys(u for line in lines for u in note_units(line))
                  # A unit of names only ("heulwen", "Mum, HEULWEN") claims nothing, and an action
                  # to take (or a plan) contradicts no fact, only an action: "Send Dad the minutes"
                  # where the notes say "dad - not at the review".
                  # A unit that only names a goal ("goal: bedroom for Meron") says nothing of how it stands.
                  if _claim_words(u) - people and not (plan and not directive(u)) and not _INTRO.search(u) and not goal(u)]
        # Nor does an action confirm a fact: "me to: 3 houses w/ Gentian" is no rival of "did
        # not want to do the three houses" for a record that says he was keen to.
        tasks = set() if plan else {u for line in lines if todo(line) for u in note_units(line)}
        strong = {u for line in lines if line not in weak for u in note_units(line)}
        if not (mine and theirs):
            continue
        kinds = [(u in tasks, u not in strong) for u in theirs]
        # Only the clauses that some unit could contradict are embedded (the model is most of
        # this check's cost): one that every unit agrees with, or that shares too few words with
        # every unit that does not, can flip nothing whatever the similarities.
        agrees = [_agreement(c, theirs) for c in mine]
        kept = [(c, a) for c, a in zip(mine, agrees, strict=True) if _could_flip(c, theirs, a, kinds, limits)]
        if kept:
            pairs.append((support, kept, theirs, kinds, said))
    texts = list(dict.fromkeys(t for _, kept, theirs, _, said in pairs
                               for t in (*(c for c, _ in kept), *(said[c] for c, _ in kept), *theirs)))
    if not texts:
        return []
    matrix = vectors(texts)
    index = {t: i for i, t in enumerate(texts)}
    out = []
    for support, kept, theirs, kinds, said in pairs:
        # A clause with its elided subject restored ("Kai | went to school") is compared both
        # ways, with the units of one clause that share a claim word with it. The subject's name
        # draws it towards every line that names the same person, most of all a line of several
        # claims ("Kai refused to meet the IRO - asked me to pass on his views; Kai shares w/
        # neither brother") and a line about something else ("KAI laughed a lot").
        units = matrix[[index[t] for t in theirs]].T
        single = np.array([len(spans(t)) == 1 for t in theirs])
        similarity = matrix[[index[c] for c, _ in kept]] @ units
        restored = matrix[[index[said[c]] for c, _ in kept]] @ units
        sharing = np.array([[bool(_shared(_claim_words(c), t)) for t in theirs] for c, _ in kept])
        similarity = np.where(single & sharing, np.maximum(similarity, restored), similarity)
        flip = _first_flip(kept, theirs, similarity, limits, kinds)
        if flip:
            out.append((support, flip))
    return out


def _agreement(clause: str, theirs: list[str]) -> np.ndarray:
    """For each note unit, whether it says the same polarity as a record clause about what they
    share. Two texts with cues and the same polarity agree, whatever each cue's reach: "have not
    contacted her about his behaviour" and "no calls from school about behaviour" deny the same
    thing; "has not missed a day" and "full attendance" say the same. "Only" says a negative too
    ("vapes only outside": not in the house; "held only milk"). Unless each denies what the other
    says: "turned up sober" and "cancelled, had been drinking". A word that is itself a
    negative counts only against a unit that speaks of what it negates: "have stayed in contact
    since they separated" says nothing negative about the contact "not spoken since" denies."""
    words, mine_negated, n = _claim_words(clause), negated(clause), cue_count(clause)
    only = bool(_ONLY.search(clause))
    lexical = list(_lexical_cues(clause))
    hard = not n and _hard(clause)
    return np.array([not _crossed(clause, mine_negated, unit, negated(unit))
                     and (_same_polarity(n - _stray(lexical, unit), sign(unit), only)
                          or (hard and _resisted(unit))
                          or _agree(words, mine_negated, unit, negated(unit))
                          or _contrast_agrees(words, mine_negated, unit))
                     for unit in theirs], dtype=bool)


@functools.lru_cache(maxsize=T.TEXTS)
def _lexical_cues(clause: str) -> tuple[frozenset[str], ...]:
    """For each cue of a clause of time or reason that is itself a negative word ("since they
    separated", "after Dad was absent"), what it negates, with the opposites (`_with_opposites`).
    Such a cue dates or explains the claim; it does not deny it."""
    lower = clause.lower().replace("’", "'")
    return tuple(_with_opposites(stems_of(m.group())) for m in cues().finditer(lower)
                 if scoped("itself").fullmatch(m.group()) and _ADJUNCT.search(lower, 0, m.start()))


def _hard(clause: str) -> bool:
    """Whether a clause says something is hard to do (polarity.yaml `difficulty`)."""
    return bool(_difficulty().search(clause))


def _resisted(unit: str) -> bool:
    """Whether a note unit says something is avoided, refused or not done, not that it is no
    trouble: "avoids having her hair washed" is what "hair washing is very hard with her" says;
    "bath time goes smoothly" is its opposite."""
    return sign(unit) == -1 and not _with_opposites(negated(unit)) & _troubles()


@functools.cache
def _difficulty() -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + "|".join(data("polarity")["difficulty"]) + r")(?![\w'])", re.I)


@functools.cache
def _troubles() -> frozenset[str]:
    return frozenset(stem(w) for w in data("polarity")["troubles"])


def _stray(lexical: list[frozenset[str]], unit: str) -> int:
    """How many of a clause's negative words (`_lexical_cues`) negate nothing a note unit speaks of."""
    theirs = _with_opposites(_note_stems(unit)) if lexical else frozenset()
    return sum(not stems & theirs for stems in lexical)


def _contrast_agrees(words: frozenset[str], mine_negated: frozenset[str], unit: str) -> bool:
    """Whether a unit that denies one thing and then says what holds instead ("never sleeps in
    her own bed, always on the sofa", "not at school but at Nan's", "won't eat tea, only
    crisps") says, in its positive part, what a record clause says without a negative: the
    elided verb is asserted there ("slept on the sofa"). A record that says the denied part
    ("sleeps in her own bed") shares nothing with the positive part, and still disagrees."""
    match = _CONTRAST.search(unit)
    if not match or not cue_count(unit[:match.start()]) or cue_count(unit[match.end():]):
        return False
    shared = _with_opposites(words) & _with_opposites(_content_stems(unit[match.end():])) - _not_claims() - ROLES
    return bool(shared) and not shared & _with_opposites(mine_negated)


def _could_flip(clause: str, theirs: list[str], agree: np.ndarray, kinds: list[tuple[bool, bool]], limits: dict) -> bool:
    """Whether some unit that disagrees with a clause shares enough of its words to be a flip at
    the most lenient tier open to it (`_first_flip`), before any similarity is known."""
    for i in np.flatnonzero(~agree):
        overlap, size = _overlap(clause, theirs[i])
        tiers = ("far",) if kinds[i][1] else ("close", "same_claim", "far")
        if any(overlap >= limits[f"{tier}_overlap"] and (tier != "far" or size >= limits["far_words"]) for tier in tiers):
            return True
    return False


def _first_flip(kept: list[tuple[str, np.ndarray]], theirs: list[str], similarity: np.ndarray, limits: dict,
                kinds: list[tuple[bool, bool]]) -> Flip | None:
    """The first record clause whose closest note unit says the opposite about the words they
    share, when that unit is close enough, clearly closer than any unit that agrees (not one of
    the actions to take), and shares enough of its words. `kept`: each clause with its
    `_agreement`; `kinds`: for each unit, whether it is an action to take and whether it comes
    only from a line that is not close (the far tier); neither competes."""
    scopes = [negated(unit) for unit in theirs]
    for (clause, agree), row in zip(kept, similarity, strict=True):
        words, mine_negated = _claim_words(clause), negated(clause)
        best = int(np.argmax(np.where(agree, -1.0, row)))
        # Only a unit that agrees about the words in dispute competes: "Dad said Rubén only eats
        # beige food" says nothing about the vegetables that "will not try vegetables" denies.
        # A unit that shares only a word or two with the clause ("see": "I will see Hue again")
        # is weak evidence, and any unit that agrees competes with it.
        disputed = _disputed(words, mine_negated, theirs[best], scopes[best])
        strong = len(_with_opposites(words) & _with_opposites(_content_stems(theirs[best]))) >= limits["shared_words"]
        overlap, size = _overlap(clause, theirs[best]) if row[best] >= limits["far_similarity"] else (0.0, 0)
        # ... or one that says the same polarity with a cue of its own and shares as many of the
        # clause's words: "Dad should not come to her parents' evening" agrees with "does not want
        # dad at her parents' evening" more than it disputes "wants dad to come and see her play".
        rivals = [row[i] for i in np.flatnonzero(agree)
                  if not any(kinds[i]) and (not strong or disputed & _with_opposites(_content_stems(theirs[i]))
                                            or (row[i] > row[best] and 0 < overlap <= _overlap(clause, theirs[i])[0]
                                                and cue_count(theirs[i]) > 0))]
        tiers = ("far",) if kinds[best][1] else ("close", "same_claim", "far")
        if (row[best] >= max(rivals, default=-1.0) + limits["margin"]
                and any(row[best] >= limits[f"{tier}_similarity"] and overlap >= limits[f"{tier}_overlap"]
                        and (tier != "far" or size >= limits["far_words"]) for tier in tiers)):
            return Flip(clause, theirs[best], float(row[best]))
    return None


def _same_polarity(mine: int, theirs: int | None, only: bool) -> bool:
    """Whether a clause with `mine` cues (or with "only", a negative) and a unit of sign `theirs`
    (`units.sign`) both have cues and say the same polarity."""
    if not theirs or not (mine or only):
        return False
    negative = bool(mine % 2) or (only and not mine)
    return negative == (theirs < 0)


def _crossed(clause: str, mine_negated: set[str], unit: str, unit_negated: set[str]) -> bool:
    """Whether a record clause and a note unit each deny a claim word they share that the other
    does not, one of them with a word that is itself a negative: "Dad turned up sober" and "Dad
    cancelled, he had been drinking". Texts with a cue word in common ("no concerns raised by
    staff", "staff raised no concerns") differ only in how far their cues reach."""
    mine_cues, their_cues = _cue_words(clause), _cue_words(unit)
    if mine_cues & their_cues:
        return False
    shared = _shared(_claim_words(clause), unit)
    mine, theirs = _with_opposites(mine_negated), _with_opposites(unit_negated)
    only_mine, only_theirs = shared & mine - theirs, shared & theirs - mine
    return bool(only_mine and only_theirs) and bool(only_mine & _lexical(mine_cues) or only_theirs & _lexical(their_cues))


@functools.lru_cache(maxsize=T.TEXTS)
def _cue_words(text: str) -> frozenset[str]:
    """The cues of a text, lower case ("no", "sober", "cancelled")."""
    return frozenset(m.group() for m in cues().finditer(text.lower().replace("’", "'")))


def _lexical(found: frozenset[str]) -> set[str]:
    """What the cues that are themselves negative words ("sober", "separate") negate."""
    return set().union(*(stems_of(w) for w in found if scoped("itself").fullmatch(w)))


def _shared(words: set[str], unit: str) -> set[str]:
    """The claim words (with their opposites) a record clause and a note unit share."""
    return (_with_opposites(words) & _with_opposites(_note_stems(unit))) - _not_claims() - ROLES  # "appts": appointments


def _disputed(words: set[str], mine_negated: set[str], unit: str, unit_negated: set[str]) -> set[str]:
    """The claim words a record clause and a note unit share that one of them negates."""
    return _shared(words, unit) & _with_opposites(mine_negated ^ unit_negated)


def _agree(words: set[str], mine_negated: set[str], unit: str, unit_negated: set[str]) -> bool:
    """Whether a record clause and a note unit say the same polarity about the claim words they
    share: both negate some of them, or neither does."""
    shared = _shared(words, unit)
    return bool(mine_negated & shared) == bool(unit_negated & shared)


@functools.lru_cache(maxsize=T.TEXTS)
def _claim_words(text: str) -> frozenset[str]:
    """The stems of a clause that say what it is about: not stop words, not reporting verbs, not
    names (a name makes any two clauses about a child look alike)."""
    people = names(text)
    return frozenset(w for w in _content_stems(text) if w not in people and w not in reporting() and not w.isdigit())


@functools.lru_cache(maxsize=T.TEXTS)
def _content_stems(text: str) -> frozenset[str]:
    """The claim stems of a text, its phrases read as their claim word ("on her own": alone) and
    a negative word with what it negates ("unmet": met), so that "unmet" and "not met" share
    their claim."""
    stop = wordlist("words", "stopwords")
    return frozenset().union(*(stems_of(w) for w in T.words(canonical(text)) if w not in stop and len(w) > 1))


_AIM = re.compile(r"\b(?:visit(?:ed)?|came|went|met|call(?:ed)?|phoned|rang|purpose|aim|in order|so as)\b[^,;]*?\bto (?:hear|see|talk|speak|"
                  r"discuss|check|review|do|look|find|ask|explain|meet|update|share|complete|go through|gather|gain|understand|learn|seek)\b", re.I)
_ELLIPSIS = re.compile(r"\b(?:not|never|\w+n[’']t|(?:ca|do|did|does|was|were|is|are|wo|has|have|had|could|would|should)nt)\s*[.!?]?\s*$", re.I)
_INTRO = re.compile(r"(?::\s*[\"“”'‘’\s]*|[\"“”'‘’]\s*[\"“”'‘’][\"“”'‘’\s]*)[.!?]?\s*$")
_CONTRAST = re.compile(r"[,;–—-]\s*(?:but\s+)?(?:always|usually|normally|mostly|instead|only|just|rather|but)\b|\bbut\s+(?:always|usually|normally|mostly|instead|only|just|rather)?\b", re.I)
# An instruction that opens a sentence, after a row number: a task, as an action table writes it
# (verbs that are seldom nouns: "Review of the plan ..." and "Support from school ..." are facts).
_IMPERATIVE = re.compile(r"^\W*(?:\d+\s*[.):|-]?\s*[:|]?\s*)?(?:take|do|book|arrange|refer|send|complete|register|ring|make sure|"
                         r"chase|apply|organi[sz]e|ensure|provide|write|seek|obtain|liaise|encourage|set up|follow up|invite|"
                         r"consider|explore|re-?refer|enrol|collect|bring|attend|go|give|find|buy|sort|fix|repair|arrange)\s", re.I)
_DECIDED = re.compile(r"\b(?:decided|decision|agreed|confirmed|concluded|determined|ruled)\b(?:\s+that)?(?:\s+[\w'’-]+){1,4}?\s+will\s+(?:now\s+)?be\s+\w+(?:ed|en)\b", re.I)
# A habit of refusing, not a plan: "Kai still will not go to bed", "she will not eat vegetables"
_REFUSAL = re.compile(r"\b(?:still|often|usually|always|sometimes|just|simply|now|generally|normally)\s+will\s+not\b|"
                      r"\bwill\s+not\s+(?=(?:go to bed|go to sleep|settle|sleep|eat|listen|wash|brush|let|talk|speak|engage|"
                      r"open|answer|come out|get up|stay in bed|get dressed|have (?:a )?bath|take (?:his|her|their) (?:meds|medication|tablets))\b)", re.I)
_PLAN = re.compile(r"(?<![\w'])(?:will|shall|\w+'ll)(?![\w'])")  # lower case: "Will" is a name too
# A clause of time or reason up to a cue: "since they separated", "when Mum was unwell"
_ADJUNCT = re.compile(r"\b(?:since|when|whenever|after|before|until|till|once|because|as soon as)\s+(?:[\w'-]+\s+){0,3}$")
_ONLY = re.compile(r"\b(?:only|solely)\b(?!\s+(?:been|started|begun|arrived|got|had|moved)\b)", re.I)


def _overlap(clause: str, note: str) -> tuple[float, int]:
    """The share of the record clause's claim words that the note clause uses too, spelt out
    ("CP": child protection), as half of a compound ("bedroom": room) or as what a negative word
    negates ("calmly": upset); and how many claim words the clause has. People, "no", "not" and
    quantifiers are no claim words."""
    skip = names(clause) | reporting() | ROLES | _not_claims()
    mine = [stems for stems in map(stems_of, _claim_tokens(clause)) if not stems & skip]
    theirs = _with_opposites(_note_stems(note))  # "full" is in "cupboards bare"
    found = sum(bool(_with_opposites(set(stems)) & theirs or any(_compound(w, theirs) for w in stems)) for stems in mine)
    return (found / len(mine) if mine else 0.0), len(mine)


def _claim_tokens(text: str) -> list[str]:
    """The distinct content words of a text, read through polarity.yaml `same_as`, without cues."""
    stop = wordlist("words", "stopwords")
    return list(dict.fromkeys(w for w in T.words(canonical(text)) if w not in stop and len(w) > 1
                              and not w.isdigit() and (scoped("itself").fullmatch(w) or not cues().fullmatch(w))))


@functools.lru_cache(maxsize=T.TEXTS)
def _note_stems(note: str) -> frozenset[str]:
    """A note's claim stems with its abbreviations spelt out (words.yaml `expansions`)."""
    table = data("words")["expansions"]
    spelt = [w for token in T.words(note) for w in table.get(token, ())]
    return _content_stems(note) | {stem(w) for w in spelt}


def _compound(word: str, stems: frozenset[str]) -> bool:
    """Whether a word ends in a note word of four letters or more ("bedroom": room)."""
    return any(len(s) >= 4 and len(word) - len(s) >= 3 and word.endswith(s) for s in stems)


def _with_opposites(stems: set[str] | frozenset[str]) -> frozenset[str]:
    """Stems with the stems of their opposites ("apart": together), so that "lived apart" and
    "not lived together" share their claim."""
    return _opposites_of(stems if isinstance(stems, frozenset) else frozenset(stems))


@functools.lru_cache(maxsize=T.TEXTS)
def _opposites_of(stems: frozenset[str]) -> frozenset[str]:
    table = _opposite_stems()
    return stems.union(*(table.get(s, ()) for s in stems))


@functools.cache
def _opposite_stems() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for word, others in data("polarity")["opposites"].items():
        for other in others:
            out.setdefault(stem(word), set()).add(stem(other))
            out.setdefault(stem(other), set()).add(stem(word))
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _not_claims() -> frozenset[str]:
    return frozenset(stem(w) for w in data("polarity")["scope"]["not_claims"])
