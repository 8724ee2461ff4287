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

from presidio_analyzer import EntityRecognizer, RecognizerResult

from redaction import name_cells as cells
from redaction import name_clues as clue
from redaction import name_frames as frames
from redaction import name_runs as runs
from redaction import word_names
from redaction.lexicon import lexicon
from redaction.name_doc import CLOSED_POS, PARTICLES, TokenView, joined, joined_tight, mixed_case_tokens, same_shape


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
    names |= (frames.speaker_labels(d, text) | clue.people_lists(d, text) | clue.cued_lists(d, text)
              | clue.hyphenated(d) | clue.before_identity(d, text) | clue.name_fields(d, text)
              | frames.family_names(d) | frames.relation_fields(d, text) | frames.listed_person(d, text)
              | frames.addressees(d, text) | runs.possessive_places(d)
              | cells.role_fields(d, text) | cells.header_cells(d, text) | cells.who_answers(d, text))
    names = _extend(d, _in_lists(d, _extend(d, names | word_names.repeated_roles(d))))
    names |= runs.caps_runs(d, names)
    names |= _other_mentions(d, names)
    names = _in_lists(d, names)  # beside a mention found just now: "young person reef, linnet hatter,"
    # Once "summer lamb" is a name, "lamb" goes wherever it follows another mention of her.
    names = _eponyms(d, _extend(d, names, known={d.low(i) for i in names}))
    names |= frames.surname_first(d, text, names)
    return _spans(d, names - frames.system_names(d, names))


def _eponyms(d: TokenView, names: set[int]) -> set[int]:
    """Leave out a name used to name a thing: "a Moses basket", "the third Harry Potter book" (an
    article, perhaps an ordinal, the name, then a lower-case noun that is no relative)."""
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
        if not (k >= 0 and d.low(k) in {"a", "an", "the"} and d.low(k) != "the" or (k < i - 1 and d.low(k) == "the")):
            continue
        if (after < len(d.doc) and joined(d, j, after) and d.text(after).islower() and d.doc[after].pos_ == "NOUN"
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
            if _continues(d, j - 1, j, out) or (d.low(j) in known and joined(d, j - 1, j) and d.candidate(j)
                                                and d.low(j) not in d.lex.speech and not d.plain_word(j)):
                out.add(j)
                j += 1
            elif d.low(j) in PARTICLES and joined(d, j - 1, j) and j + 1 < len(d.doc) and _continues(d, j, j + 1, out):
                out.update((j, j + 1))
                j += 2
            elif (d.low(j) in PARTICLES and d.low(j + 1) in PARTICLES and j + 2 < len(d.doc) and joined(d, j - 1, j)
                  and joined(d, j, j + 1) and _continues(d, j + 1, j + 2, out)):
                out.update((j, j + 1, j + 2))  # "Marisol de la Peña", "van der Berg"
                j += 3
            else:
                break
        k = i - 1
        if k >= 1 and d.low(k) in PARTICLES and (d.low(k - 1).rstrip(".") in d.lex.titles or k - 1 in out):
            out.add(k)  # "Miss da silva"
            k -= 1
        while k >= 0 and k + 1 in out and joined(d, k, k + 1) and d.candidate(k) and (
                d.lex.first_name(d.text(k)) or (d.capitalised(k) and not d.lex.ordinary(d.text(k)))
                or _given_word(d, k)) and (
                d.doc[k].pos_ not in {"DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART"}):
            out.add(k)
            k -= 1
    return out


def _given_word(d: TokenView, k: int) -> bool:
    """A given name that is also a word, just before a found name: capitalised mid-sentence
    ("Visit to Junior McFarlane"), or right after a relationship ("dad junior palmer-ricketts")."""
    if d.lex.weak(d.text(k)) or d.low(k) in d.lex.calendar or d.low(k).rstrip(".") in d.lex.titles:
        return False
    after_relation = k >= 1 and d.low(k - 1).rstrip(".") in d.lex.relations and joined(d, k - 1, k)
    return (after_relation and d.doc[k].pos_ in {"NOUN", "PROPN", "ADJ"}) or (
        d.capitalised(k) and k not in d.sent_starts and d.doc[k].pos_ == "PROPN")


def _in_lists(d: TokenView, names: set[int]) -> set[int]:
    """First names listed alongside a name: "with MARIAM, salma, the dog", "PRECIOUS + Dwayne"."""
    out, changed = set(names), True
    while changed:
        changed = False
        for i in sorted(out):
            for sep, other in ((i + 1, i + 2), (i - 1, i - 2)):
                if (0 <= other < len(d.doc) and other not in out and d.text(sep) in {",", "and", "&", "+", "/"}
                        and d.candidate(other) and not d.plain_word(other) and not d.lex.weak(d.text(other))
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


def _continues(d: TokenView, a: int, b: int, names: set[int]) -> bool:
    t = d.doc[b]
    if _syllable(d, a, b):
        return True
    if t.text in {"-", "'", "’"} or not joined(d, a, b) or not d.candidate(b):
        return t.text in {"-", "'", "’"} and joined_tight(d, a, b)  # "Abu-Bakr", not "jethro - works"
    if d.doc[a].text == "-" and a > 0 and joined_tight(d, a - 1, a) and joined_tight(d, a, b):
        # Double-barrelled, written alike on both sides: "Al-Khatib", "THOMAS-BAILEY".
        return same_shape(d.text(a - 1), d.text(b)) and (d.text(b)[:1].isupper() or not d.plain_word(b))
    town = d.lex.weak(d.text(b)) and not (d.lex.first_name(d.text(a)) and same_shape(d.text(a), d.text(b)))
    if d.low(b) in d.lex.speech or d.low(b) in d.lex.person_verbs or d.low(b) in d.lex.addressing or d.text(b + 1) == ":" or town:  # "Amelia Heaton", not "Amelia Leeds"?
        return False
    if _word_surname(d, a, b, names) or (a >= 1 and d.low(a - 1).rstrip(".") in d.lex.titles
                                          and not (d.lex.common(d.text(b)) or d.lex.inflected(d.text(b)))
                                          and d.doc[b].pos_ not in CLOSED_POS):
        return True  # after "Ms chidinma", a word that is not English is her surname: "warsame"
    if t.ent_type_ == "PERSON" or (d.caps_line(b) and t.pos_ in {"PROPN", "NOUN"}):
        return True
    if d.caps_line(a) and d.caps_line(b) and (d.lex.surname(d.text(b)) or d.low(b) in d.lex.word_surnames
                                              or not d.lex.ordinary(d.text(b)) or _rare(d.low(b))):
        return True  # in capitals, tags are guesses: "VISIT TO RUSHANE BLACKWOOD ON 23-10-26"
    if d.text(a).islower() and d.text(b).islower() and d.low(a) not in PARTICLES and _says_how(d, b) and not (
            d.lex.surname(d.text(b)) or d.low(b) in d.lex.word_surnames or d.lex.first_name(d.text(b))):
        return False  # "mandeep relaxed", "pooja daily", "ifeanyi chatty": not her surname
    if d.low(a) in PARTICLES or (not d.text(a)[:1].isupper() and (d.lex.first_name(d.text(a)) or _bare_noun_after(d, b))):
        # After "da" or a lower-case first name, a noun is the surname: "da silva", "hope stone";
        # after any lower-case name, a noun that names nothing after it ("tishana ruddock alt").
        # Not an English word that says what the person did or how they were ("mandeep relaxed",
        # "pooja daily"), unless it is also a surname ("hope stone").
        word = d.text(b)
        surname = d.lex.surname(word) or d.low(b) in d.lex.word_surnames or d.lex.first_name(word)
        return (t.pos_ in {"PROPN", "NOUN", "X"} or not d.lex.ordinary(word)) and (
            d.low(a) in PARTICLES or surname or not d.lex.ordinary(word) or not _says_how(d, b))
    if (a in names and (d.text(a)[:1].isupper() or same_shape(d.text(a), d.text(b))) and d.text(b).islower()
            and d.low(b) in d.lex.word_surnames and d.low(b) not in d.lex.not_surnames
            and (b + 1 >= len(d.doc) or d.doc[b + 1].is_punct or d.doc[b + 1].is_space)):
        return True  # a surname that ends the clause: "review for Pebble tinker;", "reef, linnet hatter,"
    if d.mixed[b] and d.text(a)[:1].isupper() and d.text(b).islower() and d.lex.ordinary(d.text(b)):
        return False  # "Consuelo Sandoval phoned": a name in capitals ends at a lower-case word
    if d.mixed[b] and d.text(a)[:1].isupper():
        return d.capitalised(b) or (t.pos_ == "PROPN" and not d.lex.common(d.text(b)))
    return t.pos_ in {"PROPN", "NOUN", "X"} and not d.lex.common(d.text(b)) or d.lex.first_name(d.text(b))


def _rare(word: str) -> bool:
    """Seldom written as an English word ("blackwood"), so after a name more likely its surname."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < 3.0


def _says_how(d: TokenView, b: int) -> bool:
    """An English word that says what someone did or how they were: an inflection, an adjective,
    an adverb or a verb, or one of the words that follow names in notes (names.yaml not_surnames)."""
    word = d.text(b)
    return d.low(b) in d.lex.not_surnames or d.lex.ordinary(word) and (
        d.lex.inflected(word) or d.doc[b].tag_ in {"JJ", "RB", "VBD", "VBG", "VBN", "VBZ", "VBP"})


def _bare_noun_after(d: TokenView, b: int) -> bool:
    """A singular noun ending its phrase: before punctuation, a preposition or a verb, not before
    another noun ("everton grizzle at", not "hope garden centre")."""
    nxt = d.doc[b + 1] if b + 1 < len(d.doc) else None
    return (d.doc[b].tag_ in {"NN", "NNP"} and d.low(b) not in d.lex.not_names and not d.lex.inflected(d.text(b))
            and d.low(b) not in d.lex.not_surnames
            and (nxt is None or nxt.is_punct or nxt.is_space or nxt.pos_ in {"ADP", "VERB", "AUX", "CCONJ"}))


def _word_surname(d: TokenView, a: int, b: int, names: set[int]) -> bool:
    """A surname that is also a word, right after a first name written alike, with no noun after
    it to describe: "violet little;", "dad rocky rich on dv course" (not "jack white shirt")."""
    if not (a in names and d.low(b) in d.lex.word_surnames and d.lex.first_name(d.text(a))
            and same_shape(d.text(a), d.text(b)) and d.doc[b].pos_ in {"ADJ", "NOUN", "PROPN"}):
        return False
    nxt = d.doc[b + 1] if b + 1 < len(d.doc) and joined(d, b, b + 1) else None
    if d.doc[b].pos_ == "ADJ":  # "keisha small for her age" describes her; "violet little;" is her name
        after = d.doc[b + 2] if b + 2 < len(d.doc) else None  # "miles marsh on 16/07", not "small for her age"
        return nxt is None or nxt.is_punct or nxt.is_space or nxt.like_num or nxt.pos_ == "CCONJ" or (
            d.low(b + 1) in d.lex.not_names and nxt.pos_ not in CLOSED_POS) or (
            nxt.pos_ == "ADP" and after is not None and (after.like_num or after.text[:1].isdigit()
                                                          or d.low(b + 2).rstrip(".") in d.lex.titles))
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN"}


def _syllable(d: TokenView, a: int, b: int) -> bool:
    """A name syllable that is also an English word, right after a name written alike ("thi ha",
    "nguyet do", "Hoa Le"), and before what follows a name rather than the word: the end of the
    clause, a number, an abbreviation ("dob", "tel") or a verb in the past or third person."""
    if d.low(b) not in d.lex.name_syllables or not joined(d, a, b) or not same_shape(d.text(a), d.text(b)):
        return False
    if d.lex.common(d.text(a)) and not d.lex.first_name(d.text(a)):
        return False
    nxt = d.doc[b + 1] if b + 1 < len(d.doc) else None
    if nxt is not None and nxt.pos_ == "ADP" and d.doc[b].pos_ not in {"AUX", "VERB"}:
        return True  # "see thi ha on own" (an interjection is never inside a clause), not "do in"
    return (nxt is None or nxt.is_punct or nxt.is_space or nxt.like_num or nxt.tag_ in {"VBD", "VBZ", "MD"}
            or (d.low(b + 1) in d.lex.not_names and nxt.pos_ not in CLOSED_POS)
            or bool(d.lex.identity_cue.match(nxt.text)))


def _other_mentions(d: TokenView, names: set[int]) -> set[int]:
    """Every other mention of a found name, in any casing, unless it is the ordinary word."""
    # A word found as part of a whole name ("dad junior palmer-ricketts") is a name in any casing.
    whole = {i for i in names if (i + 1 in names and joined(d, i, i + 1)) or (i - 1 in names and joined(d, i - 1, i))}
    words = {d.low(i) for i in names if not d.lex.common(d.text(i)) or d.lex.first_name(d.text(i))
             or d.capitalised(i) or d.text(i).isupper() or i in whole}
    # Any found name, even an everyday word found in lower case ("reef showed me"), goes where
    # it stands bare ("reef more relaxed"), not where it is the word ("the reef", "reef fish").
    found = {d.low(i) for i in names}
    # A town or an acronym found as a name ("Miss Ho") goes only where written the same way (not
    # "awaiting HO decision").
    as_written = {d.text(i) for i in names}
    owners = {t.i for t in d.doc if t.i not in names and _unmarked_possessive(d, t.i, found)}
    return owners | {t.i for t in d.doc if t.i not in names and d.low(t.i) in found and d.candidate(t.i)
            and not (d.lex.weak(d.text(t.i)) and d.text(t.i) not in as_written)
            and not _predicate(d, t.i) and not _compound_word(d, t.i)
            and not (d.lex.first_name(t.text) and clue.after_title_word(d, t.i))
            and ((d.low(t.i) in words and (not d.plain_word(t.i) or d.low(t.i + 1) in {"'s", "’s"}
                                            or _opens_clause(d, t.i)))
                 or runs.bare_mention(d, t.i, names))}


def _unmarked_possessive(d: TokenView, i: int, found: set[str]) -> bool:
    """A found name with an "s" and no apostrophe before what is theirs: "maples views for rv"."""
    low = d.low(i)
    return (len(low) > 3 and low.endswith("s") and low[:-1] in found and d.text(i).islower()
            and i + 1 < len(d.doc) and joined(d, i, i + 1) and d.doc[i + 1].pos_ == "NOUN"
            and d.text(i + 1).islower() and not d.in_noun_phrase(i))


def _compound_word(d: TokenView, i: int) -> bool:
    """The first half of a hyphenated English word in lower case: "king-size", "rose-tinted"."""
    return (d.text(i).islower() and d.text(i + 1) == "-" and i + 2 < len(d.doc) and joined_tight(d, i, i + 1)
            and joined_tight(d, i + 1, i + 2) and d.lex.common(d.text(i + 2)) and not d.lex.first_name(d.text(i + 2)))


def _predicate(d: TokenView, i: int) -> bool:
    """The word in lower case after "is", "was", "painted", "feeling": what someone or something
    is ("he is ace at spelling", "the bedroom is painted blue")."""
    return i > 0 and d.text(i).islower() and d.low(i - 1) in _LINKING


_LINKING = {"is", "was", "are", "were", "be", "been", "'s", "’s", "painted", "feeling", "feel", "feels", "felt",
            "looked", "looks", "seemed", "seems", "turned", "went", "gets", "got", "become", "became"}


def _opens_clause(d: TokenView, i: int) -> bool:
    """A known name opening a line or sentence as an adjective or noun, with no noun after it to
    describe: "• violet at football", not "violet flowers" or "hope to see"."""
    nxt = d.doc[i + 1] if i + 1 < len(d.doc) else None
    return (d.doc[i].pos_ in {"ADJ", "NOUN", "PROPN"} and clue.opens(d, i)
            and (nxt is None or nxt.pos_ in {"ADP", "PUNCT", "CCONJ", "SPACE"} or nxt.tag_ in {"VBD", "VBZ"}))


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
