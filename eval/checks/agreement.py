"""Whether a record clause and a note unit say the same polarity about the same claim, for the
negation check (clauses.py).

The claim is the clause's content words, read with their opposites ("apart": together) so that
"lived apart" and "not lived together" share it; polarity is the count of cues (scope.py), and
what each cue governs, over the words the two texts share.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from eval.checks import text as T
from eval.checks.base import data, wordlist
from eval.checks.scope import ROLES, canonical, cue_count, cues, names, negated, reporting, scoped, stem, stems_of
from eval.checks.units import sign

__all__ = ["agreement", "claim_words", "content_stems", "contrary", "disputed_words", "shared_claims", "with_opposites", "word_overlap"]


def agreement(clause: str, theirs: list[str]) -> np.ndarray:
    """For each note unit, whether it says the same polarity as a record clause about what they
    share. Two texts with cues and the same polarity agree, whatever each cue's reach: "have not
    contacted her about his behaviour" and "no calls from school about behaviour" deny the same
    thing; "has not missed a day" and "full attendance" say the same. "Only" says a negative too
    ("vapes only outside": not in the house; "held only milk"). Unless each denies what the other
    says: "turned up sober" and "cancelled, had been drinking". A clause that says something
    lessened or ended ("have reduced", "discharged") agrees with a unit that says "no longer".
    A word that is itself a
    negative counts only against a unit that speaks of what it negates: "have stayed in contact
    since they separated" says nothing negative about the contact "not spoken since" denies."""
    words, mine_negated, n = claim_words(clause), negated(clause), cue_count(clause)
    only = bool(_ONLY.search(clause))
    lexical = list(_lexical_cues(clause))
    hard = not n and _hard(clause)
    lessened = frozenset() if n else _lessened(clause)
    return np.array([not _crossed(clause, mine_negated, unit, negated(unit))
                     and not (bool(n % 2) == bool(cue_count(unit) % 2) and contrary(clause, unit))
                     and (_same_polarity(n - _stray(lexical, unit), sign(_head(words, unit)), only)
                          or (hard and _resisted(unit))
                          or (lessened and _lessened_agrees(lessened, unit))
                          or (not _double(clause, n, mine_negated, unit) and _agree(words, mine_negated, unit, negated(unit)))
                          or _contrast_agrees(words, mine_negated, unit)
                          or (bool(n) != bool(cue_count(unit)) and _particle_swap(clause, unit)))
                     for unit in theirs], dtype=bool)


def _head(words: frozenset[str], unit: str) -> str:
    """A note unit without a denial it ends on, of an alternative that shares nothing with the
    record clause ("wants to go home after discharge, not to a unit"): the denial says what is
    not wanted instead, not the polarity of the claim the clause makes ("does not want to go home")."""
    tail = _DENIED_TAIL.search(unit)
    if not tail or cue_count(unit[:tail.start()]) or shared_claims(words, tail.group(1)):
        return unit
    return unit[:tail.start()]


# ", not to a unit", "- not with Dad", ", but not at Nan's": an alternative denied after the claim
_DENIED_TAIL = re.compile(r"\s*(?:[,;]|\s[-–—]\s)\s*(?:but |and )?not ((?:to|at|in|with|on|for|from|into|a|an|the|his|her|their|my|our|by)\b[^,;:.]*)[.!]?\s*$", re.I)


def _double(clause: str, n: int, mine_negated: set[str], unit: str) -> bool:
    """A record clause that denies an end, its two cues cancelling and leaving nothing negated
    ("has not stopped spending weekends at dad's"), says it goes on, so its empty scope is no
    sign that it agrees with a note unit that denies it ("no longer goes to dad's at weekends",
    where "at weekends" is out of the cue's reach). ("Unhappy that school had not told her"
    negates two things; "has not missed a day at school" beside "not in trouble at school" shares
    only where.)"""
    return (n >= 2 and n % 2 == 0 and not mine_negated and bool(_ENDED.search(clause))
            and cue_count(unit) % 2 == 1)


_ENDED = re.compile(r"\b(?:stop(?:s|ped|ping)?|quit(?:s|ting)?|g[ai]ve(?:n|s)? up|giving up|ceased?|ended)\b", re.I)


def _particle_swap(clause: str, unit: str) -> bool:
    """Whether two texts of opposite polarity speak of the same thing with opposite particles
    (polarity.yaml `particles`), so that they agree: "would not take his hood down" is "kept his
    hood up", "did not go out" is "stayed in", "never turned the heating on" is "heating off"."""
    mine, theirs = set(T.words(clause.lower())), set(T.words(unit.lower()))
    swapped = any(p in mine and q in theirs and p not in theirs and q not in mine
                  for p, q in data("polarity")["particles"].items())
    return (swapped and bool(claim_words(clause) & claim_words(unit))) or _antonym_swap(clause, unit)


def _antonym_swap(clause: str, unit: str) -> bool:
    """Whether two texts use the two words of an antonym pair (polarity.yaml `antonyms`), one
    each, so that with opposite polarity what one denies the other affirms ("wants to stay at her
    school", "does not want to move schools"). (With the same polarity they would disagree, "red
    days" and "green days all week", but "her brother is staying to help" beside notes on who
    left shows a shared word is too weak a tie for that.)
    They must share a claim word besides the pair ("school", "temper"): "stayed late" says
    nothing about "did not move house"."""
    mine, theirs = _stem_set(clause), _stem_set(unit)
    return any((a <= mine and b <= theirs and not a <= theirs and not b <= mine)
               or (b <= mine and a <= theirs and not b <= theirs and not a <= mine)
               for a, b in _antonym_stems()) and bool(claim_words(clause) & claim_words(unit))


def contrary(clause: str, unit: str) -> bool:
    """Whether two texts each use one word of a pair of contraries (polarity.yaml `contraries`),
    of the same thing: "speech ahead of her age at the two-year check" and "did the two-year check,
    speech a bit behind". With the same polarity they disagree, with no cue on either side. They
    must share at least `contrary_words` claim words besides the pair, so that the two say
    something of the same thing ("happy at school" is no rival of "sad when Dad left"). A word
    in a clause of time dates the claim, it is not what is said of it: "wants to return to his
    school when he leaves hospital" says nothing against "a school plan before the stay ends"."""
    mine, theirs = _stem_set(_TIME_CLAUSE.sub(" ", clause)), _stem_set(_TIME_CLAUSE.sub(" ", unit))
    pairs = [(a, b) for a, b in _contrary_stems()
             if (a <= mine and b <= theirs and not a <= theirs and not b <= mine)
             or (b <= mine and a <= theirs and not b <= theirs and not a <= mine)]
    if not pairs:
        return False
    pair = frozenset().union(*(a | b for a, b in pairs))
    shared = shared_claims(claim_words(clause), unit) - with_opposites(pair)
    return len(shared) >= data("polarity")["negation"]["contrary_words"]


_TIME_CLAUSE = re.compile(r"\b(?:when|whenever|before|after|until|till|once|by the time)\b[^,;:.()]*", re.I)


@functools.cache
def _contrary_stems() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    def stems(words: str) -> frozenset[str]:
        return frozenset(stem(w) for w in T.words(words.lower()))
    pairs = [pair.split(" / ") for pair in data("polarity")["contraries"]]
    return tuple((stems(a), stems(b)) for a, b in pairs)


@functools.lru_cache(maxsize=T.TEXTS)
def _stem_set(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in T.words(text.lower()))


@functools.cache
def _antonym_stems() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    def stems(words: str) -> frozenset[str]:
        return frozenset(stem(w) for w in words.split())
    # a pair one of whose words is a cue ("forget", "late", "absent") is the cues' business
    pairs = [pair.split(" / ") for pair in data("polarity")["antonyms"]]  # "stay / move"
    return tuple((stems(a), stems(b)) for a, b in pairs if not any(cues().fullmatch(w) for w in (a, b)))


@functools.lru_cache(maxsize=T.TEXTS)
def _lexical_cues(clause: str) -> tuple[frozenset[str], ...]:
    """For each cue of a clause of time or reason that is itself a negative word ("since they
    separated", "after Dad was absent"), what it negates, with the opposites (`with_opposites`).
    Such a cue dates or explains the claim; it does not deny it."""
    lower = clause.lower().replace("’", "'")
    return tuple(with_opposites(stems_of(m.group())) for m in cues().finditer(lower)
                 if scoped("itself").fullmatch(m.group()) and _ADJUNCT.search(lower, 0, m.start()))


@functools.lru_cache(maxsize=T.TEXTS)
def _lessened(clause: str) -> frozenset[str]:
    """The stems of a clause's words that say something lessened or ended (polarity.yaml
    `lessening`: "reduced", "fewer", "stepped down", "discharged", "moved away from": leave)."""
    return frozenset().union(*(stems_of(w) for m in _lessening().finditer(canonical(clause)) for w in m.group().split()))


def _lessened_agrees(lessened: frozenset[str], unit: str) -> bool:
    """Whether a note unit says the negative a lessening says ("tantrums no longer daily" for
    "tantrums have reduced"), without denying the lessening itself ("tantrums not reduced")."""
    return sign(unit) == -1 and not lessened & with_opposites(negated(unit))


@functools.cache
def _lessening() -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + "|".join(data("polarity")["lessening"]) + r")(?![\w'])", re.I)


def _hard(clause: str) -> bool:
    """Whether a clause says something is hard to do (polarity.yaml `difficulty`)."""
    return bool(_difficulty().search(clause))


def _resisted(unit: str) -> bool:
    """Whether a note unit says something is avoided, refused or not done, not that it is no
    trouble: "avoids having her hair washed" is what "hair washing is very hard with her" says;
    "bath time goes smoothly" is its opposite."""
    return sign(unit) == -1 and not with_opposites(negated(unit)) & _troubles()


@functools.cache
def _difficulty() -> re.Pattern:
    return re.compile(r"(?<![\w'])(?:" + "|".join(data("polarity")["difficulty"]) + r")(?![\w'])", re.I)


@functools.cache
def _troubles() -> frozenset[str]:
    return frozenset(stem(w) for w in data("polarity")["troubles"])


def _stray(lexical: list[frozenset[str]], unit: str) -> int:
    """How many of a clause's negative words (`_lexical_cues`) negate nothing a note unit speaks of."""
    theirs = with_opposites(_note_stems(unit)) if lexical else frozenset()
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
    shared = with_opposites(words) & with_opposites(content_stems(unit[match.end():])) - _not_claims() - ROLES
    return bool(shared) and not shared & with_opposites(mine_negated)


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
    shared = shared_claims(claim_words(clause), unit)
    mine, theirs = with_opposites(mine_negated), with_opposites(unit_negated)
    only_mine, only_theirs = shared & mine - theirs, shared & theirs - mine
    return bool(only_mine and only_theirs) and bool(only_mine & _lexical(mine_cues) or only_theirs & _lexical(their_cues))


@functools.lru_cache(maxsize=T.TEXTS)
def _cue_words(text: str) -> frozenset[str]:
    """The cues of a text, lower case ("no", "sober", "cancelled")."""
    return frozenset(m.group() for m in cues().finditer(text.lower().replace("’", "'")))


def _lexical(found: frozenset[str]) -> set[str]:
    """What the cues that are themselves negative words ("sober", "separate") negate."""
    return set().union(*(stems_of(w) for w in found if scoped("itself").fullmatch(w)))


def shared_claims(words: set[str], unit: str) -> set[str]:
    """The claim words (with their opposites) a record clause and a note unit share."""
    return (with_opposites(words) & with_opposites(_note_stems(unit))) - _not_claims() - ROLES  # "appts": appointments


def disputed_words(words: set[str], mine_negated: set[str], unit: str, unit_negated: set[str]) -> set[str]:
    """The claim words a record clause and a note unit share that one of them negates."""
    return shared_claims(words, unit) & with_opposites(mine_negated ^ unit_negated)


def _agree(words: set[str], mine_negated: set[str], unit: str, unit_negated: set[str]) -> bool:
    """Whether a record clause and a note unit say the same polarity about the claim words they
    share: both negate some of them, or neither does."""
    shared = shared_claims(words, unit)
    return bool(mine_negated & shared) == bool(unit_negated & shared)


@functools.lru_cache(maxsize=T.TEXTS)
def claim_words(text: str) -> frozenset[str]:
    """The stems of a clause that say what it is about: not stop words, not reporting verbs, not
    names (a name makes any two clauses about a child look alike)."""
    people = names(text)
    return frozenset(w for w in content_stems(text) if w not in people and w not in reporting() and not w.isdigit())


@functools.lru_cache(maxsize=T.TEXTS)
def content_stems(text: str) -> frozenset[str]:
    """The claim stems of a text, its phrases read as their claim word ("on her own": alone) and
    a negative word with what it negates ("unmet": met), so that "unmet" and "not met" share
    their claim."""
    stop = wordlist("words", "stopwords")
    plain = canonical(text)
    spoken = (stems_of(m.group()) for m in scoped("spoken_of").finditer(plain.lower()))  # "came back fine": abnormal
    return frozenset().union(*(stems_of(w) for w in T.words(plain) if w not in stop and len(w) > 1), *spoken)


_CONTRAST = re.compile(r"[,;–—-]\s*(?:but\s+)?(?:always|usually|normally|mostly|instead|only|just|rather|but)\b|\bbut\s+(?:always|usually|normally|mostly|instead|only|just|rather)?\b", re.I)
# A clause of time or reason up to a cue: "since they separated", "when Mum was unwell"
_ADJUNCT = re.compile(r"\b(?:since|when|whenever|after|before|until|till|once|because|as soon as)\s+(?:[\w'-]+\s+){0,3}$")
# ("not only on his birthday but every week" says more, not less: no "only")
_ONLY = re.compile(r"(?<!\bnot )\b(?:only|solely)\b(?!\s+(?:been|started|begun|arrived|got|had|moved)\b)", re.I)


def word_overlap(clause: str, note: str) -> tuple[float, int]:
    """The share of the record clause's claim words that the note clause uses too, spelt out
    ("CP": child protection), as half of a compound ("bedroom": room) or as what a negative word
    negates ("calmly": upset); and how many claim words the clause has. People, "no", "not" and
    quantifiers are no claim words."""
    skip = names(clause) | reporting() | ROLES | _not_claims()
    mine = [stems for stems in map(stems_of, _claim_tokens(clause)) if not stems & skip]
    theirs = with_opposites(_note_stems(note)) - _spent(note, frozenset().union(*mine))  # "full" is in "cupboards bare"
    found = sum(bool(with_opposites(set(stems)) & theirs or any(_compound(w, theirs) for w in stems)) for stems in mine)
    return (found / len(mine) if mine else 0.0), len(mine)


def _spent(note: str, mine: frozenset[str]) -> frozenset[str]:
    """The spellings out of a note word (words.yaml `expansions`) that the record clause uses the
    word itself for: one note word confirms one claim. "ward" is "hospital", "stay" to a record
    that does not say "ward"; beside "the ward sister", "going back to the ward" confirms no stay."""
    table = data("words")["expansions"]
    used = [token for token in T.words(note) if token in table and stem(token) in mine]
    spelt = {stem(w) for token in used for w in table[token]}
    return frozenset(spelt - with_opposites(content_stems(note)))


def _claim_tokens(text: str) -> list[str]:
    """The distinct content words of a text, read through polarity.yaml `same_as`, without cues,
    a cue of several words whole: "did not turn down the offer" and "declined the offer" share
    all their claim ("turn", "down" are the cue, not the claim)."""
    stop = wordlist("words", "stopwords")
    lower = cues().sub(lambda m: m.group() if scoped("itself").fullmatch(m.group()) else " ",
                       canonical(text).lower().replace("’", "'"))
    return list(dict.fromkeys(w for w in T.words(lower) if w not in stop and len(w) > 1
                              and not w.isdigit() and (scoped("itself").fullmatch(w) or not cues().fullmatch(w))))


_POSSESSIVE = re.compile(r"['’]s$")  # "at nana's": nana


@functools.lru_cache(maxsize=T.TEXTS)
def _note_stems(note: str) -> frozenset[str]:
    """A note's claim stems with its abbreviations spelt out (words.yaml `expansions`)."""
    table = data("words")["expansions"]
    spelt = [w for token in T.words(note) for w in table.get(token, table.get(_POSSESSIVE.sub("", token), ()))]
    return content_stems(note) | {stem(w) for w in spelt}


def _compound(word: str, stems: frozenset[str]) -> bool:
    """Whether a word ends in a note word of four letters or more ("bedroom": room)."""
    return any(len(s) >= 4 and len(word) - len(s) >= 3 and word.endswith(s) for s in stems)


def with_opposites(stems: set[str] | frozenset[str]) -> frozenset[str]:
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
