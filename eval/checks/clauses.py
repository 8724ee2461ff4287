"""Record clauses matched to the note clauses they contradict, for the negation check.

A record sentence flips the notes when one of its clauses says the same thing as a clause of the
note lines it comes from, with the opposite polarity ("went to school" where the notes say "not
in school"). "The same thing" is judged by embeddings (all-MiniLM barely registers negation, so
a flipped clause stays close to its original) and by shared words; polarity by agreement.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from eval.checks.agreement import agreement, claim_words, content_stems, contrary, disputed_words, shared_claims, with_opposites, word_overlap
from eval.checks import text as T
from eval.checks.align import Support, vectors
from eval.checks.base import data
from eval.checks.scope import ROLES, cue_count, names, negated, polarity, stem
from eval.checks.units import clauses, directive, fragment, goal, note_units, spans, spoken, todo, unquoted

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
    quotes = _quotes(supports)
    pairs = []
    for support in supports:
        # "has not had a lie-in for as long as she can remember": the idiom says "ever", no claim
        sentence = _EVER.sub("", unquoted(support.sentence.text))
        # A line less close than `line_similarity` is compared only where its words say the
        # clause's claim nearly word for word (the "far" tier).
        # A note line the record quotes word for word is told there, with its own polarity: "the
        # bairn cries all night and I can't sleep" is no rival of "has slept through the night
        # since the worry time", which comes from another line.
        cited = [(unquoted(u.text), sim < limits["line_similarity"]) for u, sim in support.citations
                 if sim >= limits["far_line_similarity"] and not _quoted(u.text, quotes)]
        weak = {line for line, far in cited if far} - {line for line, far in cited if not far}
        lines = [line for line in dict.fromkeys(line for line, _ in cited) if line.strip()]
        # Without a cue on either side every clause has the same polarity: nothing to compare.
        # (... unless they say contraries of one thing: "speech ahead of her age", "speech behind")
        if not lines or not (cue_count(sentence) or any(cue_count(line) or contrary(sentence, line) for line in lines)):
            continue
        # "Jhorman came out with this: “...”", "she wanted me to write down '...'" only
        # introduce their quote (checked as a quote).
        # "... but the arguments have not": the elided verb is the claim, not "arguments".
        # "I visited to hear about her worries" says an aim, which no note contradicts, and "decide
        # whether a conference is needed" an open question.
        said = dict(zip(clauses(sentence), spoken(sentence), strict=True))
        # "... did not attend, | for the third time running": an adjunct claims nothing of its own.
        mine = [c for c in clauses(sentence) if claim_words(c) - ROLES and not (_INTRO.search(c) or _ELLIPSIS.search(c) or _AIM.search(c) or _OPEN.search(c))
                and not fragment(c, bool(_JOINED.match(sentence, sentence.find(c) + len(c))))]
        people = names(sentence) | ROLES
        # "I will visit again"; a row of an action table that says what to do ("2 | Take Kai to the dentist | Mum")
        # ("the panel decided Kai will be moved" reports a decision made: a fact)
        plan = support.sentence.heading == "actions" or bool(_PLAN.search(_REFUSAL.sub("", _DECIDED.sub("", sentence))) or _IMPERATIVE.match(sentence))
        theirs = [u for u in dict.fromkeys(u for line in lines for u in note_units(line))
                  # A unit of names only ("heulwen", "Mum, HEULWEN") claims nothing, and an action
                  # to take (or a plan) contradicts no fact, only an action: "Send Dad the minutes"
                  # where the notes say "dad - not at the review".
                  # A unit that only names a goal ("goal: bedroom for Meron") says nothing of how it stands.
                  # A unit that ends in an elided contrast ("what's changed, what hasn't", "some
                  # were done, others not") denies nothing a record can flip.
                  if claim_words(u) - people and not (plan and not directive(u)) and not _INTRO.search(u) and not goal(u)
                  and not _CONTRASTED.search(u) and not _ALTERNATIVE.match(u)]
        # Nor does an action confirm a fact: "me to: 3 houses w/ Gentian" is no rival of "did
        # not want to do the three houses" for a record that says he was keen to.
        # Nor does a plan to get a thing ("will ask the park manager for a caravan with central
        # heating") say that it is there.
        tasks = set() if plan else ({u for line in lines if todo(line) for u in note_units(line)}
                                    | {u for u in theirs if _PLAN.search(_REFUSAL.sub("", u))})
        strong = {u for line in lines if line not in weak for u in note_units(line)}
        if not (mine and theirs):
            continue
        kinds = [(u in tasks, u not in strong) for u in theirs]
        # Only the clauses that some unit could contradict are embedded (the model is most of
        # this check's cost): one that every unit agrees with, or that shares too few words with
        # every unit that does not, can flip nothing whatever the similarities.
        agrees = [agreement(c, theirs) for c in mine]
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
        sharing = np.array([[bool(shared_claims(claim_words(c), t)) for t in theirs] for c, _ in kept])
        similarity = np.where(single & sharing, np.maximum(similarity, restored), similarity)
        flip = _first_flip(kept, theirs, similarity, limits, kinds, _elsewhere(support.sentence.text, kept_clauses(support), theirs))
        if flip:
            out.append((support, flip))
    return out


# The tiers open to a unit from a line far from the sentence: each asks for many shared words.
_FAR_TIERS = ("far", "wordy")


def _could_flip(clause: str, theirs: list[str], agree: np.ndarray, kinds: list[tuple[bool, bool]], limits: dict) -> bool:
    """Whether some unit that disagrees with a clause shares enough of its words to be a flip at
    the most lenient tier open to it (`_first_flip`), before any similarity is known."""
    for i in np.flatnonzero(~agree):
        overlap, size = word_overlap(clause, theirs[i])
        tiers = ("close", *_FAR_TIERS) if kinds[i][1] else ("close", "same_claim", *_FAR_TIERS)
        if any(overlap >= limits[f"{tier}_overlap"] and size >= limits.get(f"{tier}_words", 0) for tier in tiers):
            return True
    return False


def _first_flip(kept: list[tuple[str, np.ndarray]], theirs: list[str], similarity: np.ndarray, limits: dict,
                kinds: list[tuple[bool, bool]], elsewhere=lambda clause, unit: False) -> Flip | None:
    """The first record clause whose closest note unit says the opposite about the words they
    share, when that unit is close enough, clearly closer than any unit that agrees (not one of
    the actions to take), and shares enough of its words. `kept`: each clause with its
    `agreement`; `kinds`: for each unit, whether it is an action to take and whether it comes
    only from a line that is not close (the far tier); neither competes."""
    scopes = [negated(unit) for unit in theirs]
    for (clause, agree), row in zip(kept, similarity, strict=True):
        words, mine_negated = claim_words(clause), negated(clause)
        best = int(np.argmax(np.where(agree, -1.0, row)))
        # Only a unit that agrees about the words in dispute competes: "Dad said Rubén only eats
        # beige food" says nothing about the vegetables that "will not try vegetables" denies.
        # A unit that shares only a word or two with the clause ("see": "I will see Hue again")
        # is weak evidence, and any unit that agrees competes with it.
        disputed = disputed_words(words, mine_negated, theirs[best], scopes[best])
        strong = len(with_opposites(words) & with_opposites(content_stems(theirs[best]))) >= limits["shared_words"]
        overlap, size = word_overlap(clause, theirs[best]) if row[best] >= limits["far_similarity"] else (0.0, 0)
        # ... or one that says the same polarity with a cue of its own and shares as many of the
        # clause's words: "Dad should not come to her parents' evening" agrees with "does not want
        # dad at her parents' evening" more than it disputes "wants dad to come and see her play".
        # A unit that shares clearly fewer of them, and is not clearly closer, is about something
        # else: "Mum will not go back to the house" is no rival of "have had an offer of a house"
        # for "the family have had no offer of a house".
        rivals = [row[i] for i in np.flatnonzero(agree)
                  if not any(kinds[i]) and not _fewer_words(clause, theirs[i], row[i], row[best], overlap, limits)
                  and (not strong or disputed & with_opposites(content_stems(theirs[i]))
                                            or (row[i] > row[best] and 0 < overlap <= word_overlap(clause, theirs[i])[0]
                                                and cue_count(theirs[i]) > 0))]
        if _wordier_rival(clause, agree, row, best, overlap, kinds, theirs, limits):
            continue
        if kinds[best][0] and _PENDING.search(clause):
            # a task or a plan ("the GP will book the health assessment") says it is not done yet,
            # as "has not yet had a health assessment" does: no flip
            continue
        # A part of a line far from the sentence as a whole (its other parts say other things:
        # "picked the paint for his room; neither report nor letter got to the boat") that is
        # itself close to the clause is compared as a close unit.
        far = kinds[best][1] and row[best] < limits["close_similarity"]
        tiers = _FAR_TIERS if far else ("close", "same_claim", *_FAR_TIERS)
        if (row[best] >= max(rivals, default=-1.0) + limits["margin"]
                and any(row[best] >= limits[f"{tier}_similarity"] and overlap >= limits[f"{tier}_overlap"]
                        and size >= limits.get(f"{tier}_words", 0) for tier in tiers)
                and not elsewhere(clause, theirs[best])):
            return Flip(clause, theirs[best], float(row[best]))
    return None


def _wordier_rival(clause: str, agree: np.ndarray, row: np.ndarray, best: int, overlap: float,
                   kinds: list[tuple[bool, bool]], theirs: list[str], limits: dict) -> bool:
    """Whether a unit that agrees with the clause shares clearly more of its words than the
    unit that disputes it, and is nearly as close: the record says what that unit says, and the
    other, which shares a word or two, is about something else. "Mum phones him at the hotel
    every evening" is "mum rings the hotel every night", not "no longer at the hotel"; "has a
    few of his own things in the hotel room" is "hotel room has his own duvet from home". A unit
    with all the clause's words may be further off (`_whole`)."""
    return any(row[i] >= row[best] - limits["whole_slack" if _whole(clause, theirs[i], limits) else "wordier_slack"]
               and word_overlap(clause, theirs[i])[0] >= overlap + limits["wordier_overlap"]
               for i in np.flatnonzero(agree) if not any(kinds[i]))


def _whole(clause: str, unit: str, limits: dict) -> bool:
    """Whether a unit uses every one of a clause's claim words, of which it has at least
    `whole_words`: it is the line the clause tells, however its names pull the clause towards
    another line ("Tshepiso's father would not let me see the bedroom" is "dad point-blank refused
    to let me see the bedroom", not "tshepiso seen by door, then alone in back room")."""
    overlap, size = word_overlap(clause, unit)
    return overlap == 1.0 and size >= limits["whole_words"]


def _fewer_words(clause: str, unit: str, similarity: float, best: float, overlap: float, limits: dict) -> bool:
    """Whether a unit shares clearly fewer of a clause's words than the disputing unit (by
    `wordier_overlap`) and is at most `wordier_slack` closer (`_wordier_rival`, the other way)."""
    return (overlap > 0 and similarity <= best + limits["wordier_slack"]
            and word_overlap(clause, unit)[0] <= overlap - limits["wordier_overlap"])


def _quotes(supports: list[Support]) -> list[str]:
    """The record's quotes of four words or more, their words only, lower case."""
    found = (_plain(s.sentence.text[a:b]) for s in supports for a, b in T.quoted(s.sentence.text))
    return [q for q in dict.fromkeys(found) if len(q.split()) >= 4]


def _quoted(line: str, quotes: list[str]) -> bool:
    """Whether the record quotes what a note line says, all of it after a speaker's label
    ("KAROLIS >> ...", "Mum: ...")."""
    said = _plain(_SPEAKER.sub("", line))
    return bool(said) and any(said == q or (said in q and len(said.split()) >= 4) for q in quotes)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text.lower().replace("’", "'")))


_SPEAKER = re.compile(r"^[^:>\n]{0,40}(?:>>|:|—|-)\s*(?=\S)")
# "for as long as she can remember", "as far back as I can recall": always, a time and no claim
_EVER = re.compile(r"\s*\b(?:for |in )?as (?:long|far back) as (?:[\w'’-]+ ){1,2}?(?:can|could) (?:remember|recall)\b", re.I)


def kept_clauses(support: Support) -> list[str]:
    """A record sentence's clauses, quotes left out (its own, not the last sentence's)."""
    return clauses(unquoted(support.sentence.text))


def _elsewhere(sentence: str, mine: list[str], theirs: list[str]):
    """A test of whether the proposition a note unit denies or affirms is stated, with the
    unit's own polarity, somewhere other than in the clause that seems to flip it: the flip then
    compares two different propositions (`same_proposition`)."""
    both = bool(cue_count(sentence)) and any(_DENIED_TOO.search(c) for c in clauses(sentence))

    def test(clause: str, unit: str) -> bool:
        # "Police records show Mum was there, although she says she was not": both sides told
        if both and not cue_count(clause):
            return True
        # "none of her friends would be there" says what a move would bring, not what is:
        # "wants to stay at her school, where her friends are" is no flip of it
        if _WOULD_BE.search(unit) and not _MODAL.search(clause):
            return True
        return same_proposition(clause, unit, theirs) or any(
            other != clause and _states_denial(other, clause, unit) for other in mine)
    return test


def same_proposition(clause: str, unit: str, theirs: list[str]) -> bool:
    """Whether a note line that holds the unit has a part (a clause of its own) that agrees
    with the record clause and shares more of its words than any part that does not: "bank
    statement shows 40 transactions to a betting app" is what "Mum's bank statement shows
    payments to a betting app" says, not "mum denies betting", its neighbour in the line."""
    if cue_count(clause) or (not cue_count(unit) and contrary(clause, unit)):
        # a part "agrees" with a denial by not sharing what it denies: only a plain statement
        # can be matched to a plain part ("took her to the garden" is no witness against "not alone")
        # (nor with a contrary, whose part shares the pair and too few words besides: "did the
        # two-year check | speech a bit behind" for "speech ahead of her age at the check")
        return False
    line = max((u for u in theirs if unit in u), key=len)
    # its single clauses, not the pairs of them, nor a label before a colon ("bath time: skin clear")
    parts = [u for u in theirs if u != line and u in line and f"{u}:" not in line]
    parts = [p for p in parts if not any(q != p and q in p for q in parts)]
    if not parts:
        return False
    agrees = [bool(a) and not cue_count(u) for u, a in zip(parts, agreement(clause, parts), strict=True)]
    # a part that speaks of the one before by a pronoun ("mould round the window, none of it
    # cleaned off") says its claim about that part's thing: it has the whole line's words
    overlap = [word_overlap(clause, line if not a and _ANAPHOR.match(u) else u)[0] for u, a in zip(parts, agrees, strict=True)]
    best_agreeing = max((o for o, a in zip(overlap, agrees, strict=True) if a), default=0.0)
    # a tie is no evidence: "there was bruising on her skin" shares as much with "skin clear" as
    # with "bruising absent", and flips the latter
    return best_agreeing > max((o for o, a in zip(overlap, agrees, strict=True) if not a), default=0.0)


_ANAPHOR = re.compile(r"\W*(?:(?:none|all|some|most|any|much|part|half|each) of )?(?:it|them|they|these|those|this|that)\b"
                      # ... or says what was done about it, its object elided: "damp patch over the bed,
                      # not a thing done by the hotel", "mould in the bathroom - nothing done"
                      r"|\W*(?:nothing|not a (?:thing|sausage)|nowt|zilch|sod all|not much|little|something|all) "
                      r"(?:has |had |'s )?(?:been |being )?(?:done|fixed|sorted|treated|repaired|actioned)\b", re.I)


def _states_denial(other: str, clause: str, unit: str) -> bool:
    """Whether another clause of the sentence says what the unit denies, with its polarity, and
    more of it than the clause does: "she and her sister fell out | and have not spoken since"
    beside "her sister no longer speaks to her" ("fell out" is not what the unit denies)."""
    denied = negated(unit) - ROLES - names(unit) - {stem(w) for w in data("polarity")["kin"]}
    if not denied or not agreement(other, [unit])[0]:
        return False
    return len(with_opposites(claim_words(other)) & denied) > len(with_opposites(claim_words(clause)) & denied)


# A clause that reports a denial of the clause before, its verb elided ("[although] she said she
# was not", "[but] he insists he did not", "[though] Dad denies it")
_DENIED_TOO = re.compile(r"^\W*(?:[\w'’-]+\s+){1,3}?(?:(?:said|says|say|claim(?:s|ed)?|insist(?:s|ed)?|maintain(?:s|ed)?|told (?:me|us|\w+))\b.*\b"
                         r"(?:not|never|\w+n[’']t)|den(?:y|ies|ied) (?:it|this|that|doing so))\s*[.!?]?\s*$", re.I)

# A state that would hold if something happened ("no one would be there", "she would have
# nowhere to go") and a clause that speaks of what may be, will be or would be
_WOULD_BE = re.compile(r"\bwould(?:\s+not|n[’']t)?\s+(?:be|have)\s+(?:there|here|around|with|at|in|able|allowed|any|anywhere|nowhere|no|none|nobody|anyone|enough|much)\b", re.I)
_MODAL = re.compile(r"(?<![\w'’])(?:would|could|might|may|will|shall|\w+'ll|if|going to|\w+n[’']t)(?![\w'’])", re.I)
_AIM = re.compile(r"\b(?:visit(?:ed)?|came|went|met|call(?:ed)?|phoned|rang|purpose|aim|in order|so as)\b[^,;]*?\bto (?:hear|see|talk|speak|"
                  r"discuss|check|review|do|look|find|ask|explain|meet|update|share|complete|go through|gather|gain|understand|learn|seek)\b", re.I)
# a question left open: "decide whether a conference is needed", "check if Dad has moved out"
_OPEN = re.compile(r"\b(?:decid|check|ask|find(?:ing)? out|found out|see|seeing|confirm|establish|consider|explor|clarif|work(?:ing|ed)? out|"
                   r"think(?:ing)? about|assess|agree|discuss|review)\w*\s+(?:[\w'’-]+\s+){0,2}?(?:whether|if)\b"
                   # ... and a date or an outcome nobody knows yet: "the family do not yet know when they will
                   # get a flat", "Mum is not sure whether the move will go ahead" (no claim that it will not)
                   r"|\b(?:not|never|\w+n[’']t)\s+(?:yet\s+|really\s+|even\s+)?(?:know|sure|certain|clear|(?:been\s+)?told)\w*"
                   r"\s+(?:[\w'’-]+\s+){0,2}?(?:when|whether|if|how long|how soon)\b", re.I)
_ELLIPSIS = re.compile(r"\b(?:not|never|\w+n[’']t|(?:ca|do|did|does|was|were|is|are|wo|has|have|had|could|would|should)nt)\s*[.!?]?\s*$", re.I)
# "what has not", "which haven't", "others didn't", "some not": the verb of the clause before, denied for some
_CONTRASTED = re.compile(r"\b(?:what|which|who|some|others?|the rest)\s+(?:(?:has|have|had|is|are|was|were|did|do|does|could|would)"
                         r"(?:n[’']t|\s+not)|not)\s*[.!?]?\s*$", re.I)
# "wants her own flat, | not another sofa": the alternative denied, its verb elided, says nothing of
# the sofa she is on now
_ALTERNATIVE = re.compile(r"\W*(?:and |but )?not another(?: [\w'’-]+){1,2}\s*[.!]?\s*$", re.I)
_INTRO = re.compile(r"(?::\s*[\"“”'‘’\s]*|[\"“”'‘’]\s*[\"“”'‘’][\"“”'‘’\s]*)[.!?]?\s*$")
# An instruction that opens a sentence, after a row number: a task, as an action table writes it
# (verbs that are seldom nouns: "Review of the plan ..." and "Support from school ..." are facts).
_IMPERATIVE = re.compile(r"^\W*(?:\d+\s*[.):|-]?\s*[:|]?\s*)?(?:take|do|book|arrange|refer|send|complete|register|ring|make sure|"
                         r"chase|apply|organi[sz]e|ensure|provide|write|seek|obtain|liaise|encourage|set up|follow up|invite|"
                         r"consider|explore|re-?refer|enrol|collect|bring|attend|go|give|find|buy|sort|fix|repair|arrange)\s", re.I)
_DECIDED = re.compile(r"\b(?:decided|decision|agreed|confirmed|concluded|determined|ruled)\b(?:\s+that)?(?:\s+[\w'’-]+){1,4}?\s+will\s+(?:now\s+)?be\s+\w+(?:ed|en)\b", re.I)
# A habit of refusing, not a plan: "Kai still will not go to bed", "her aunt will not lend her the
# car", "Grandad will never have him overnight" (a refusal of someone else's: the worker's own
# "I will not be visiting next week" is still a plan)
_REFUSAL = re.compile(r"\b(?:still|often|usually|always|sometimes|just|simply|now|generally|normally)\s+will\s+not\b|"
                      r"(?<!\bI )(?<!\bwe )\bwill\s+(?:not|never|no\s+longer)\b", re.I)
# a thing not done so far: "has not yet had", "hasn't been seen yet", "is yet to", "still to be
# booked", "should wait for the report"
_PENDING = re.compile(r"\b(?:not|never|\w+n[’']t)\b[^,;:.]*\byet\b|\b(?:yet|still) to\b|\bwait (?:for|until|till|to (?:hear|see|get|receive))\b", re.I)
_JOINED = re.compile(r"\s*(?:and|or|nor|&|\+)\s", re.I)
_PLAN = re.compile(r"(?<![\w'])(?:will|shall|\w+'ll)(?![\w'])")  # lower case: "Will" is a name too
