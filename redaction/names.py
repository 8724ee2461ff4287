"""People's names: what spaCy's NER finds, plus what it misses.

NER on social care notes misses lower-case and ALL-CAPS names, names that are ordinary words,
and non-Anglo names more often than Anglo ones. So a token is also a name when (name_clues.py):
- it follows a title ("Mr Okafor"), a relationship or an agency ("mum Fatima", "camhs rose
  fox") or "called"/"named";
- it is a transcript speaker label ("Tomasz (dad):"), sits in a "Present:" list, is followed by
  a role in brackets ("Tendai (manager)"), or is a first name next to a speech verb ("Hope said");
- it is a first name that is the subject of a verb ("Will is", "Precious was", "drew wore") or
  owns a plan's action ("Dawn to ring the GP"), or comes just before a date of birth or an age
  ("dad drew dob ...", "Long (aged 14)");
- it is not an English word at all (origin-agnostic: "chidi", "nkechi", "łukasz" in any case);
and neighbours that continue a name ("Khan" after "Ayesha", "da Silva") join it. Finally, once a
word is a name anywhere in a text, every other mention is too, in any casing, unless that
mention is plainly the ordinary word ("I hope", "will visit", "the summer holidays"), and a
whole name found once ("summer lamb") is taken whole wherever its first word is.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction import name_agents as agents
from redaction import name_cells as cells
from redaction import name_clues as clue
from redaction import name_frames as frames
from redaction import name_headers as headers
from redaction import name_headlines as headlines
from redaction import name_joins as joins
from redaction import name_people
from redaction import name_runs as runs
from redaction import name_slots as slots
from redaction import word_names
from redaction.lexicon import address_towns, lexicon
from redaction.name_headlines import trade_words
from redaction.name_doc import (CLOSED_POS, OWN_PARTICLES, PARTICLES, TokenView, joined, joined_tight,
                                mixed_case_tokens, same_shape)


class NameRecognizer(EntityRecognizer):
    """PERSON spans from the spaCy doc Presidio has already made (no second NLP pass)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="heard_names", supported_language="en")

    def load(self) -> None:
        lexicon()

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None or nlp_artifacts.tokens is None:
            return []
        return [RecognizerResult("PERSON", s, e, 0.85) for s, e in find_names(nlp_artifacts.tokens, text)]


def find_names(doc, text: str) -> list[tuple[int, int]]:
    """Character spans of people's names in a spaCy doc of `text`."""
    d = TokenView(doc, mixed_case_tokens(doc, text), lexicon(), text, frozenset(s.start for s in doc.sents))
    names = {i for i in range(len(doc)) if d.candidate(i) and not clue.heading(d, i) and (
        clue.strong_context(d, i) or clue.subject(d, i) or clue.plan_owner(d, i) or word_names.word_name(d, i)
        or (not d.lex.weak(d.text(i)) and (clue.named_by_ner(d, i) or clue.by_context(d, i)
                                           or clue.unknown_word(d, i))))}
    # Found by where they stand, whatever the word: a name in any casing everywhere in the note.
    strong = (frames.speaker_labels(d, text) | clue.name_fields(d, text) | headlines.dated_headers(d, text)
              | headlines.regarding(d, text)
              | slots.person_slots(d) | headers.subject_lines(d, text) | headers.meeting_roles(d, text)
              | name_people.people(d, text))
    names |= strong
    names |= (clue.people_lists(d, text) | clue.cued_lists(d, text)
              | clue.hyphenated(d) | clue.before_identity(d, text) | clue.seldom_pairs(d)
              | frames.family_names(d) | frames.relation_fields(d, text) | frames.appositions(d, text)
              | frames.visited(d, text) | frames.messages(d, text)
              | frames.listed_person(d, text)
              | frames.addressees(d, text) | runs.possessive_places(d)
              | cells.role_fields(d, text) | cells.header_cells(d, text) | cells.who_answers(d, text)
              | headers.role_labels(d, text) | agents.agents(d, text)
              | _person_lines(d, text))
    names = _extend(d, _in_lists(d, _extend(d, names | word_names.repeated_roles(d))))
    names |= runs.caps_runs(d, names)
    names |= _other_mentions(d, names, strong=strong) | _whole_names_again(d, names)
    found_words = {d.low(i) for i in names}
    names = _in_lists(d, names)  # beside a mention found just now: "young person reef, linnet hatter,"
    # Once "summer lamb" is a name, "lamb" goes wherever it follows another mention of her.
    names = _extend(d, names, known={d.low(i) for i in names})
    late = {d.low(i) for i in names} - found_words
    if late:  # words found only now ("Peaches" before a found "Buckle") go everywhere too
        names |= _other_mentions(d, names, only=late)
    names = _eponyms(d, names)
    names |= frames.surname_first(d, text, names)
    names |= {i - 1 for i in names if clue.initial_after_title(d, i - 1)}  # "Mrs J Smith", whole
    names |= {i - 1 for i in names if i - 1 not in names and clue.initial_before(d, i - 1)}  # "C. Kellman"
    names |= {i + 1 for i in names if i + 1 not in names and clue.initial_after(d, i + 1)}  # "Ndolo L."
    return _spans(d, names - frames.system_names(d, names) - _hyphenated_towns(d, text) - _towns_gone_to(d, names)
                  - _named_laws(d) - _schooling(d) - _numbered(d, names) - _things(d, names))


def _things(d: TokenView, names: set[int]) -> set[int]:
    """A word alone after an article, a thing the note names wherever else the word stands for
    someone: "placed in an Airbnb", "the yurt has no letterbox", "smells of the langar", "the
    granthi's flat". A word the lists know as a name ("the Will", "a Khan") is left to the rules
    that found it, and so is one before a family ("the Sebag children")."""
    return {i for i in names if i >= 1 and d.low(i - 1) in _ARTICLES and i - 1 not in names and i + 1 not in names
            and not d.lex.first_name(d.text(i)) and not d.lex.surname(d.text(i))
            and d.low(i + 1) not in d.lex.family_heads and d.low(i + 1) not in d.lex.relations
            and d.low(i + 1) not in _KIN}


_ARTICLES = frozenset({"a", "an", "the", "no", "every", "each"})  # not "that" ("told staff that nashaat has")
_KIN = frozenset({"children", "kids", "boys", "girls", "twins", "siblings", "sisters", "brothers"})


def _named_laws(d: TokenView) -> set[int]:
    """A law or scheme named after a victim, which names no one in the case: "a Clare's Law
    disclosure", "CLARE'S LAW", "Sarah's law request"."""
    return {k for t in d.doc if d.low(t.i) in {"'s", "’s"} and t.i >= 1 and d.low(t.i + 1) in _LAWS
            for k in (t.i - 1, t.i + 1)}


_LAWS = frozenset({"law", "laws"})


def _schooling(d: TokenView) -> set[int]:
    """"Ed", education, after its kind: "likes home ed", "Home Ed: Romeo and Juliet", "sex ed"."""
    return {t.i for t in d.doc if d.low(t.i) == "ed" and t.i >= 1 and d.low(t.i - 1) in _EDUCATION_KINDS}


_EDUCATION_KINDS = frozenset({"home", "sex", "special", "phys", "physical", "further", "higher", "adult", "re"})


def _numbered(d: TokenView, names: set[int]) -> set[int]:
    """A thing of a form or a school, numbered: "Box 2 DOB:", "Box 1 Name:", "(12, Year 8)",
    "Part 4": a capitalised everyday word that is no first name, before a bare number that is no
    age ("moss 4 year r", "Reef 6 yrs" are children), alone, and not after a title ("Ms Box 2")."""
    return {i for i in names if _BARE_NUMBER.fullmatch(d.text(i + 1)) and i - 1 not in names and d.capitalised(i)
            and d.lex.common(d.text(i)) and not d.lex.first_name(d.text(i))
            and d.low(i - 1).rstrip(".") not in d.lex.titles and d.low(i + 2).rstrip(".") not in _AGES}


_BARE_NUMBER = re.compile(r"\d+[).,:;]*")
_AGES = frozenset({"y", "yr", "yrs", "year", "years", "yo", "y/o", "m", "mth", "mths", "month", "months", "'s", "’s"})


def _hyphenated_towns(d: TokenView, text: str) -> set[int]:
    """The tokens of a hyphenated town ("Hetton-le-Hole", "stoke-on-trent"), which spaCy splits
    into words that each look like a name."""
    towns = set()
    for m in _HYPHENATED.finditer(text):
        if m.group().casefold() in address_towns():
            span = d.doc.char_span(m.start(), m.end(), alignment_mode="expand")
            towns.update(t.i for t in span or [])
    return towns


def _towns_gone_to(d: TokenView, names: set[int]) -> set[int]:
    """A one-word name that is a town of the UK's list and no first name, where someone went or
    lives: after "to", "in", "from", "near", "via" ("stopped on a train to Brightlingsea at 17:30",
    "lives in Dulverton"), but not after a word of speaking ("spoke to Walsh")."""
    towns = address_towns()
    return {i for i in names if i >= 1 and i - 1 not in names and i + 1 not in names and d.low(i) in towns
            and not d.lex.first_name(d.text(i)) and d.low(i - 1) in _GONE_TO and d.text(i + 1) not in {"'s", "’s", ":"}
            and not (i >= 2 and (d.low(i - 2) in d.lex.speech or d.low(i - 2) in d.lex.addressing
                                 or d.low(i - 2) in _TALKED))}


_GONE_TO = frozenset({"to", "in", "from", "near", "via"})
_TALKED = frozenset({"spoke", "speak", "speaks", "speaking", "talked", "talk", "talks", "talking", "wrote", "write",
                     "writes", "went", "go", "goes", "sent", "send", "listened", "replied", "handed", "gave", "next"})


_HYPHENATED = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w'’-])")


def _person_lines(d: TokenView, text: str) -> set[int]:
    """The name opening a line of one person's details: "NUTMEG PENNYFEATHER | 07541 162617 | ..."."""
    from redaction.person_lines import dated_names, line_names

    spans = line_names(text) + dated_names(text)  # "awien thon 28/12/2009 00:00." too
    return {t.i for s, e in spans for t in d.doc.char_span(s, e, alignment_mode="expand") or []
            if d.candidate(t.i)}


def _eponyms(d: TokenView, names: set[int]) -> set[int]:
    """Leave out a name used to name a thing: "a Moses basket", "the third Harry Potter book",
    "the Nightingale ward" (an article, perhaps an ordinal, the name, then a lower-case noun
    that is no relative)."""
    out = set(names)
    for i in sorted(names):
        if i - 1 in names:
            continue
        j = i
        while j + 1 in names:
            j += 1
        k = i - 1
        if k >= 1 and d.doc[k].tag_ in {"JJ", "JJS"} and d.doc[k].text.islower():
            k -= 1  # "the third", "the new"
        after = j + 1
        if not (k >= 0 and d.low(k) in {"a", "an", "the"}):
            continue
        # Straight after "the", only before one thing ("the Nightingale ward"), not people
        # ("the Salt children").
        the_thing = d.low(k) != "the" or k < i - 1 or (after < len(d.doc) and d.doc[after].tag_ == "NN")
        if (the_thing and after < len(d.doc) and joined(d, j, after) and d.text(after).islower() and d.doc[after].pos_ == "NOUN"
                and d.low(after) not in d.lex.relations and d.low(after) not in d.lex.family_heads
                and d.low(after) not in d.lex.speech and d.low(after) not in d.lex.person_verbs):
            out -= set(range(i, j + 1))
    return out


def _extend(d: TokenView, names: set[int], known: frozenset[str] | set[str] = frozenset()) -> set[int]:
    """Take in the neighbours that continue a name: "Ayesha Khan", "AYESHA KHAN", "Abu-Bakr",
    "Gabriela da Silva", a capitalised first name just before a found surname, and any word
    `known` as part of a name elsewhere in the text ("brought summer lamb" after "case: summer lamb")."""
    out = set(names)
    for i in sorted(names):
        j = i + 1
        while j < len(d.doc) and j - 1 in out:
            if joins.continues(d, j - 1, j, out) or (d.low(j) in known and joined(d, j - 1, j) and d.candidate(j)
                                                and d.low(j) not in d.lex.speech and not d.plain_word(j)):
                out.add(j)
                j += 1
            elif d.low(j) in PARTICLES and joined(d, j - 1, j) and j + 1 < len(d.doc) and joins.continues(d, j, j + 1, out):
                out.update((j, j + 1))
                j += 2
            elif (d.low(j) in PARTICLES and d.low(j + 1) in PARTICLES and j + 2 < len(d.doc) and joined(d, j - 1, j)
                  and joined(d, j, j + 1) and joins.continues(d, j + 1, j + 2, out)):
                out.update((j, j + 1, j + 2))  # "Marisol de la Peña", "van der Berg"
                j += 3
            else:
                break
        k = i - 1
        if k >= 0 and d.low(k) in PARTICLES and (d.low(k) in OWN_PARTICLES or k >= 1 and (
                d.low(k - 1).rstrip(".") in d.lex.titles or k - 1 in out)):
            out.add(k)  # "Miss da silva"
            k -= 1
        if k >= 1 and k not in out and _hyphen_before(d, k):
            out.update((k - 1, k))  # the first part of a found name's hyphenated whole: "Mele-Fa Seumalo"
            k -= 2
        while k >= 0 and k + 1 in out and joined(d, k, k + 1) and d.candidate(k) and (
                d.lex.first_name(d.text(k)) or (d.capitalised(k) and not d.lex.ordinary(d.text(k)))
                or (d.caps_line(k) and _seldom(d.low(k)))
                or _given_word(d, k) or _rare_given(d, k)) and d.low(k) not in d.lex.addressing and (
                d.doc[k].pos_ not in {"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART"}):
            out.add(k)
            k -= 1
    return out


def _hyphen_before(d: TokenView, k: int) -> bool:
    """A hyphen run tight between a word and the found name after it, both written alike."""
    return (d.doc[k].text == "-" and joined_tight(d, k - 1, k) and joined_tight(d, k, k + 1) and d.candidate(k - 1)
            and len(d.low(k - 1)) >= 2 and same_shape(d.text(k - 1), d.text(k + 1)))


def _seldom(word: str) -> bool:
    """Seldom written in English: in capitals before a found name, its given name ("WHERE RAKAN
    MARZOUQ AND"; not "STATIC", "WHERE")."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < 2.5


def _given_word(d: TokenView, k: int) -> bool:
    """A given name that is also a word, just before a found name: capitalised mid-sentence
    ("Visit to Junior McFarlane") or opening a sentence before a surname that is no word ("Valour
    Rafter has"), or right after a relationship ("dad junior palmer-ricketts")."""
    if d.lex.weak(d.text(k)) or d.low(k) in d.lex.calendar or d.low(k).rstrip(".") in d.lex.titles:
        return False
    after_relation = k >= 1 and d.low(k - 1).rstrip(".") in d.lex.relations and joined(d, k - 1, k)
    if after_relation and d.doc[k].pos_ in {"NOUN", "PROPN", "ADJ"}:
        return True
    if not d.capitalised(k):
        return False
    if k not in d.sent_starts and not (k >= 1 and d.text(k - 1) in {":", "|"}):
        return d.doc[k].pos_ == "PROPN"
    # Opening a sentence or a field, before a surname that is no English word: "Valour Rafter has not engaged";
    # or before one that is, where the two end at a verb: "Dumpling Fjord lives in Melbourne".
    then = d.doc[k + 2].pos_ if k + 2 < len(d.doc) else ""
    return (d.doc[k].pos_ in {"PROPN", "NOUN", "ADJ"} and d.capitalised(k + 1) and not d.lex.first_name(d.text(k + 1))
            and (not d.lex.common(d.text(k + 1)) or then in {"VERB", "AUX"})
            and not d.lex.inflected(d.text(k)) and d.low(k) not in trade_words()
            and d.low(k) not in d.lex.not_names | d.lex.title_nouns | d.lex.relations)


def _rare_given(d: TokenView, k: int) -> bool:
    """A word almost never written in English, before a found name written alike: its given name
    ("from tahil hiranandani,", "ABOUT IVORINE ELCOCK", though "tahil" and "ivorine" are in the
    dictionary)."""
    from wordfreq import zipf_frequency

    return (same_shape(d.text(k), d.text(k + 1)) and d.doc[k].pos_ not in CLOSED_POS
            and zipf_frequency(d.low(k), "en") < 1.0)


def _in_lists(d: TokenView, names: set[int]) -> set[int]:
    """First names listed alongside a name: "with MARIAM, salma, the dog", "PRECIOUS + Dwayne"."""
    out, changed = set(names), True
    while changed:
        changed = False
        for i in sorted(out):
            for sep, other in ((i + 1, i + 2), (i - 1, i - 2)):
                if (0 <= other < len(d.doc) and other not in out and d.text(sep) in {",", "and", "&", "+", "/"}
                        and d.candidate(other) and not d.plain_word(other) and not d.lex.weak(d.text(other))
                        and not clue.before_relation(d, other)
                        and (d.lex.first_name(d.text(other)) or not d.lex.ordinary(d.text(other))
                             or _surname_after(d, other)
                             or (d.capitalised(other) and d.doc[other].pos_ == "PROPN" and not d.lex.weak(d.text(other))))):
                    out.add(other)
                    changed = True
    return out


def _surname_after(d: TokenView, k: int) -> bool:
    """A list item of a word and a surname written alike, then the item ends: "reef, linnet
    hatter, mrs cutler"."""
    b = k + 1
    return (b + 1 < len(d.doc) and joined(d, k, b) and same_shape(d.text(k), d.text(b))
            and (d.low(b) in d.lex.word_surnames or d.lex.surname(d.text(b))) and d.low(b) not in d.lex.not_surnames
            and d.text(b + 1) in {",", "/", ";", "&", "+", "and"})


def _other_mentions(d: TokenView, names: set[int], only: set[str] | None = None,
                    strong: set[int] = frozenset()) -> set[int]:
    """Every other mention of a found name (of the words `only`, if given), in any casing,
    unless it is the ordinary word."""
    # A word found as part of a whole name ("dad junior palmer-ricketts") or by where it stands
    # (a header's value, a speaker label) is a name in any casing.
    whole = {i for i in names if (i + 1 in names and joined(d, i, i + 1)) or (i - 1 in names and joined(d, i - 1, i))}
    whole |= strong & names
    words = {d.low(i) for i in names if not d.lex.common(d.text(i)) or d.lex.first_name(d.text(i))
             or d.capitalised(i) or d.text(i).isupper() or i in whole}
    # Any found name, even an everyday word found in lower case ("reef showed me"), goes where
    # it stands bare ("reef more relaxed"), not where it is the word ("the reef", "reef fish").
    found = {d.low(i) for i in names}
    # A town or an acronym found as a name ("Miss Ho") goes only where written the same way (not
    # "awaiting HO decision").
    as_written = {d.text(i) for i in names}
    held = {d.low(i) for i in whole}
    if only is not None:
        found &= only
    owners = {t.i for t in d.doc if t.i not in names and _unmarked_possessive(d, t.i, found)}
    return owners | {t.i for t in d.doc if t.i not in names and d.low(t.i) in found and d.candidate(t.i)
            and not (d.lex.weak(d.text(t.i)) and d.text(t.i) not in as_written)
            and not _predicate(d, t.i) and not _compound_word(d, t.i)
            and not (d.lex.first_name(t.text) and clue.after_title_word(d, t.i))
            and ((d.low(t.i) in words and (not d.plain_word(t.i) or d.low(t.i + 1) in {"'s", "’s"}
                                            or _opens_clause(d, t.i, d.low(t.i) in held)))
                 or runs.bare_mention(d, t.i, names))}


def _whole_names_again(d: TokenView, names: set[int]) -> set[int]:
    """Every other mention of a found name of two or three words, in any casing: "pf carer ms
    STICKY ENVELOPE" found, then "present - sticky envelope & ..." (not "a sticky envelope", a thing);
    also where only part of it was found ("Meldina Nurse" found, then "MELDINA NURSE kept")."""
    wholes, run = set(), []
    for i in sorted(names) + [-2]:
        if run and i == run[-1] + 1 and joined(d, run[-1], i):
            run.append(i)
            continue
        if 2 <= len(run) <= 3:
            wholes.add(tuple(d.low(k) for k in run))
        run = [i]
    found: set[int] = set()
    for whole in wholes:
        n = len(whole)
        for k in range(len(d.doc) - n + 1):
            span = range(k, k + n)
            if (not names.issuperset(span) and tuple(d.low(j) for j in span) == whole and not d.in_noun_phrase(k)
                    and all(joined(d, j, j + 1) for j in span[:-1])):
                found.update(span)
    return found


def _unmarked_possessive(d: TokenView, i: int, found: set[str]) -> bool:
    """A found name with an "s" and no apostrophe before what is theirs: "maples views for rv"."""
    low = d.low(i)
    return (len(low) > 3 and low.endswith("s") and low[:-1] in found and d.text(i).islower()
            and i + 1 < len(d.doc) and joined(d, i, i + 1) and d.doc[i + 1].pos_ == "NOUN"
            and d.text(i + 1).islower() and not d.in_noun_phrase(i))


def _compound_word(d: TokenView, i: int) -> bool:
    """The first half of a hyphenated English word in lower case: "king-size", "rose-tinted"."""
    return (d.text(i).islower() and i + 2 < len(d.doc) and d.doc[i + 1].text == "-" and joined_tight(d, i, i + 1)
            and joined_tight(d, i + 1, i + 2) and d.lex.common(d.text(i + 2)) and not d.lex.first_name(d.text(i + 2)))


def _predicate(d: TokenView, i: int) -> bool:
    """The word in lower case after "is", "was", "painted", "feeling": what someone or something
    is ("he is ace at spelling", "the bedroom is painted blue"); or a thing an adjective before
    it describes ("tinned peaches")."""
    if i < 1 or not d.text(i).islower():
        return False
    prev = d.doc[i - 1]
    # Described by the word before it: "tinned peaches", "ripe barley" (not "have told hope").
    described = (prev.text.islower() and joined(d, i - 1, i) and d.low(i - 1) not in d.lex.relations
                 and (prev.tag_ == "JJ" or (prev.tag_ == "VBN" and d.low(i - 1).endswith(("ed", "en"))
                                            and d.low(i - 2) not in _PERFECT)))
    return described or d.low(i - 1) in _LINKING


_PERFECT = {"have", "has", "had", "having", "'ve", "’ve", "been"}


_LINKING = {"is", "was", "are", "were", "be", "been", "'s", "’s", "painted", "feeling", "feel", "feels", "felt",
            "looked", "looks", "seemed", "seems", "turned", "went", "gets", "got", "become", "became"}


def _opens_clause(d: TokenView, i: int, held: bool = False) -> bool:
    """A known name opening a line or sentence as an adjective or noun, with no noun after it to
    describe: "• violet at football", not "violet flowers" or "hope to see". A word held as a
    whole name or by its place in the note ("sunbeam money") may stand before a singular noun
    ("sunbeam middle of 3"), not a plural one ("sunbeam rays")."""
    nxt = d.doc[i + 1] if i + 1 < len(d.doc) else None
    return (d.doc[i].pos_ in {"ADJ", "NOUN", "PROPN"} and clue.opens(d, i)
            and (nxt is None or nxt.pos_ in {"ADP", "PUNCT", "CCONJ", "SPACE"} or nxt.tag_ in {"VBD", "VBZ"}
                 or (held and nxt.tag_ in {"NN", "JJ", "CD"} and d.text(i + 1).islower())))


def _spans(d: TokenView, names: set[int]) -> list[tuple[int, int]]:
    """Merge name tokens that touch (or are joined by a hyphen or apostrophe) into spans."""
    spans: list[list[int]] = []
    for i in sorted(names):
        t = d.doc[i]
        start, end = d.start(i), t.idx + len(t.text)
        gap = d.source[spans[-1][1]:start] if spans else "x"
        if spans and gap in {"", " ", "-", "'", "’"}:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans if d.source[s:e].strip("-'’ ")]
