"""Whether the notes already tell a risk a record sentence mentions, in other words.

A record retells the notes in its own words: the notes' "DNA'd dentist x2" is the record's "missed
two dental appointments", "gas off yday" its "had no gas for a day". Neither note line uses a risk
term, so the kinds the notes record (by their terms) miss them. A mention is the notes' own when
the clause around it means what a part of the notes says (`told_similarity`) and the words of the
mention are the notes' words, written in full or in their shorthand: a clause close to a note part
by topic alone ("Dad has been staying out all night drinking" beside "dad works nights") brings a
word the notes never use, so it stays new. A note part that denies the kind ("no marks or
bruises") supports no mention of it.
"""

from __future__ import annotations

import os
import re

import numpy as np

from eval.checks import text as T
from eval.checks.align import content, glue_stems, note_parts, vectors
from eval.checks.base import Material, data
from eval.checks.risk_terms import Mention, mentions
from eval.checks.scope import cue_count
from eval.checks.vocabulary import known, names, note_stems, short_words, shortens
from eval.checks.wording import marks

# Where the clause around a mention ends: a stop, a dash or bar of notes, or a new clause
_BOUNDARY = re.compile(r"[.;:!?|]|\s[-–—]\s|,\s|\b(?:and|but|because|although|though|whereas|while|so)\b", re.I)


def told_all(material: Material, asked: list[tuple[str, Mention]]) -> list[bool]:
    """For each (sentence, mention) pair of one record, whether the notes tell that risk: the clause
    around it means what a note part that does not deny its kind says, and the mention's words
    are the notes'. The clauses are embedded in one call of the model (one per clause was slow)."""
    notes = _notes(material)
    if not notes["parts"]:
        return [False] * len(asked)
    initialled = [_initials(m.term) in notes["words"] or _initials(m.term, 2) in notes["dated"]
                  or _spelt_out(m, notes["words"]) or _told_by(m, notes["lower"])
                  for _, m in asked]  # "rhi" in the notes, or "yc" before a date ("by yc 3/8"), or "cce" 
    clauses = {i: _unnamed(clause_of(text, m.start, m.end), notes["names"]) for i, (text, m) in enumerate(asked)
               if not initialled[i] and _words_known(m.term, notes["stems"], notes["short"], _LACKING.search(m.term))}
    if not clauses:
        return initialled
    similarity = dict(zip(clauses, vectors(list(clauses.values())) @ _part_vectors(material, notes["parts"]).T,
                          strict=True))
    least = data("accuracy")["invented_risk"]["told_similarity"]
    out = []
    for i, (_, mention) in enumerate(asked):
        usable = np.array([mention.kind not in denied and (lacks or not _LACKING.search(mention.term))
                           for denied, lacks in zip(notes["denied"], notes["lacks"], strict=True)])
        out.append(initialled[i] or (i in similarity and bool(usable.any() and similarity[i][usable].max() >= least)))
    return out


def _initials(term: str, least: int = 3) -> str:
    """A name of `least` words or more as notes abbreviate it: "return home interview" -> "rhi"
    (a shorter term gives "", which no note word is)."""
    words = re.findall(r"[^\W\d_]+", term.lower())
    return "".join(w[0] for w in words) if len(words) >= least else ""


def _spelt_out(mention: Mention, words: frozenset[str]) -> bool:
    """A mention whose words are all in what a shorthand of the notes stands for (risk.yaml
    `shorthand` of its kind): "the exploitation screening" where the notes want a "cce screening
    tool" done, "the youth justice service" where they have "joint w/ yot"."""
    mine = set(content(mention.term))
    return bool(mine) and any(short in words and mine <= set(content(full))
                              for short, fulls in (data("risk")[mention.kind].get("shorthand") or {}).items()
                              for full in fulls)


def _told_by(mention: Mention, notes: str) -> bool:
    """A mention the notes tell in their everyday words (risk.yaml `told_by` of its kind): "sofa
    surfing" where the notes have her "going to college from the sofa"."""
    return any(re.fullmatch(term, mention.term.lower()) and any(re.search(rf"\b(?:{w})\b", notes) for w in words)
               for term, words in (data("risk")[mention.kind].get("told_by") or {}).items())


def clause_of(text: str, start: int, end: int) -> str:
    """The words around a mention, from the boundary before it to the one after it."""
    before, after = clause_bounds(text, start, end)
    return text[before:after].strip() or text[start:end]


def spoken_of(material: Material, text: str, mention: Mention) -> bool:
    """A mention in a clause that denies something of it ("the bruising has not recurred", "the
    marks have not come back") where the notes speak of that kind too, even to deny it ("no
    repeat of the bruising"): the record says what the notes say, that it is not happening now."""
    begin, end = clause_bounds(text, mention.start, mention.end)
    # A negative inside the term is the harm itself, not a denial of it: "hides the car keys so
    # she cannot leave", "was not taken to a doctor".
    # Nor is a negative of an account or of talk after it: "bruises that nobody has explained",
    # "a cut lip that she said she must not talk about" tell of the harm and its secrecy.
    after = "" if _UNTOLD.search(text, mention.end, end) else text[mention.end:end]
    if cue_count(text[begin:mention.start] + " " + after) % 2 == 0:
        return False
    spoken = material.memo("risk_kinds_spoken", lambda: {m.kind for u in material.note_lines for m in mentions(u.text)})
    return mention.kind in spoken


_UNTOLD = re.compile(r"\b(?:no one|no-one|nobody|not|never|\w+n't|cannot)\s+(?:\w+\s+){0,3}?(?:explain\w*|account(?:s|ed)? for|"
                     r"talk\w* about|spoke about|speak\w* about|tell\w*|told|say|said|mention\w*)\b", re.I)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around a mention begins and ends."""
    before = max((m.end() for m in _BOUNDARY.finditer(text, 0, start)), default=0)
    after = next((m.start() for m in _BOUNDARY.finditer(text, end)), len(text))
    return before, after


def _unnamed(text: str, people: re.Pattern | None) -> str:
    """A text without the record's names: a name weighs heavily in a sentence's vector, so a
    sentence about a child is close to every note line about her, whatever it says."""
    return re.sub(r"\s+", " ", people.sub("", text)).strip() if people else text


# A term that tells a lack ("no food", "no coat on", "without heating"), and a note part that
# tells one in any words ("kitchen devoid of food", "not so much as a coat", "fridge bare",
# "nobody had washed her pe kit in wks"): the
# notes' lack words are often not the record's, so a lacking term is known by its other words,
# and told only by a note part that tells a lack too ("food in fridge" tells no "no food").
_LACKING = re.compile(r"\b(?:no|not|without|missing|lack\w*|devoid|bare|empty|nowt|nothing|none|zero|nil|never|"
                      r"nobody|no-?one|noone|neither|nor|hardly|barely|scarcely|"
                      r"short of|out of|bereft|absent|\w+n't|not so much as)\b", re.I)
# The notes' shorthand for a supply gone, which tells a lack too: "gas off yday", "elec cut off",
# "ran out of formula"
_OFF = re.compile(r"\b(?:off|disconnected|ran out|run out|running out)\b", re.I)
# A verb too light to name a risk before its particle: "taken off the roll" is the notes' "off
# the roll" (not "take her own life", where the verb is the harm)
_LIGHT = re.compile(r"\b(?:take|taken|took|taking|get|got|getting|put|putting)\s+(?=(?:off|out|away)\b)", re.I)


def _words_known(term: str, stems: set[str], short: frozenset[str], lacking: object = None) -> bool:
    """Every content word of a term is the notes': the same stem, half of a compound, a word
    sharing its root ("dental", "dentist"), or a short form the notes write ("appt", "elec",
    "physio"). A light verb need not be ("taken off the roll"), nor, in a `lacking` term, its
    word of lack ("no food" for the notes' "devoid of food")."""
    glue = glue_stems()
    lack = set(content(" ".join(_LACKING.findall(term)))) if lacking else set()
    words = [w for w in content(_LIGHT.sub("", term)) if w not in glue and not w.isdigit() and w not in lack]
    return bool(words) and all(known(w, stems) or any(shortens(s, w, head=2) for s in short)
                               or any(_same_root(w, s) for s in stems) for w in words)


def _same_root(word: str, stem: str) -> bool:
    """Two words sharing their first four letters or more, two thirds of the shorter one at least."""
    shared = len(os.path.commonprefix([word, stem]))
    return shared >= 4 and shared * 3 >= 2 * min(len(word), len(stem))


def _notes(material: Material) -> dict:
    """The notes' parts with their vectors and the kinds each denies, their stems and short words."""
    def build() -> dict:
        units = [u for u in material.note_lines if re.search(r"\w", u.text)]
        record_names = set().union(*(names(s.text) for s in material.sentences))
        people = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(record_names))) + r")\b(?:'s|’s)?",
                            re.I) if record_names else None
        parts = [_unnamed(p, people) for p in note_parts(units)]
        return {"parts": parts, "names": people,
                "denied": [{m.kind for m in mentions(p) if m.denied} for p in parts],
                "lacks": [bool(_LACKING.search(p) or _OFF.search(p)) for p in parts],
                "stems": note_stems(material),
                "short": short_words(material.notes or "", 3, 6),
                "lower": (material.notes or "").lower().replace("’", "'"),
                "words": frozenset(re.findall(r"[a-z]+", (material.notes or "").lower())),
                # two letters name an event only before its date ("by yc 3/8": the youth court);
                # elsewhere they may be words ("me da" is a dad)
                "dated": frozenset(re.findall(r"\b([a-z]{2})\s+\d{1,2}[/.]\d{1,2}\b", (material.notes or "").lower()))}
    return material.memo("risk_told", build)


def _part_vectors(material: Material, parts: list[str]) -> np.ndarray:
    """The vectors of the notes' parts, embedded only for a record with a clause to compare (the
    costliest step of the check, and most records have none)."""
    return material.memo("risk_told_vectors", lambda: vectors(parts))


def contingent(text: str, mention: Mention, planned: bool = False) -> bool:
    """A mention in the condition of a plan: "the school to phone me the same day if she is
    missing from registration", "Mum will ring the police if Dad turns up drunk", "in case of
    a seizure, staff will give her the medication". A plan says what to do should it happen, not
    that it has; a condition that says it happened before ("if he goes missing again", "any
    further bruising") still tells of it. `planned`: the sentence is a row of the record's actions."""
    begin, end = clause_bounds(text, mention.start, mention.end)
    condition = _CONDITION.search(text, begin, mention.start)
    if not condition or _AGAIN.search(text, begin, end):
        return False
    return planned or bool(_PLANNED.search(text)) or bool(_FINDING.search(text, condition.end(), mention.start))


# "if", "in case", "should she", "in the event of", "whenever": what may happen, not what did
_CONDITION = re.compile(r"\b(?:if|in case|in the event|whenever|should (?:she|he|they|it|there|any|the|mum|dad)\b)", re.I)
_AGAIN = re.compile(r"\b(?:again|another|further|any more|anymore|repeat(?:ed)?|more)\b", re.I)
# A plan's own words: who will do what ("will ring", "to phone me", "agreed to call"), a promise
# ("has promised to", "a promise was given to"), or a row of an action table ("What: ... | When:")
_PLANNED = re.compile(r"(?<![\w'])(?:will|shall|\w+'ll|to (?:phone|call|ring|contact|tell|inform|let|alert|notify|e-?mail|text|report|message)"
                      r"|(?:is|are) to|promised to|promise (?:was|has been) (?:given|made) to|agreed to|plan(?:s|ned)? to"
                      r"|what:|\|\s*when:|\|\s*who:)(?![\w'])", re.I)
# A condition that waits on a finding: "if the paediatric report confirms non-accidental injury",
# "should the scan show a fracture", "if enquiries establish that he is being exploited": a
# question still open, not a harm found
_FINDING = re.compile(r"\b(?:confirms?|confirmed|establish(?:es|ed)?|shows?|showed|finds?|found|indicates?|suggests?|"
                      r"identifies|identify|identified|comes? back (?:as|with)|rules? in)\b", re.I)


_FRAME_WORDS = 10  # a frame that only says who spoke ("The words she chose were exactly these:")


def quoted_from_notes(material: Material, text: str) -> bool:
    """A sentence that frames words the notes quote word for word ("The words she chose were
    exactly these: 'ey up me duck, you've got a new car.'"): its quote, however it reads, is the
    notes' own, and what is outside it only says who said it (no risk terms of its own). Such a
    sentence is no invented risk by its meaning."""
    spans = marks(text)
    outside = "".join(text[a:b] for a, b in zip([0, *(e for _, e in spans)], [*(s for s, _ in spans), len(text)]))
    if not spans or mentions(text) or len(T.words(outside)) > _FRAME_WORDS:
        return False
    notes = material.memo("notes_normalised", lambda: T.normalise(material.notes or ""))
    return all(len(T.words(text[s:e])) >= 3 and T.normalise(text[s:e]) in notes for s, e in spans)
