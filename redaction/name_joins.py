"""Whether the word after a name continues it: its surname ("Ayesha Khan", "hope stone",
"violet little;"), a name syllable that is also a word ("thi ha", "Hoa Le"), or the other half
of a double-barrelled name ("Al-Khatib"); or whether it says what the person did or how they
were ("mandeep relaxed", "pooja daily") and the name ends before it."""

from __future__ import annotations

from redaction.name_doc import CLOSED_POS, PARTICLES, TokenView, joined, joined_tight, same_shape


# Words of grammar that no surname is, whatever a tagger calls them in capitals.
_GRAMMAR = frozenset("""at on in to of for with by from into onto and or but nor the a an is was are were be been has
had have as if so than then when while about after before over under until""".split())


# Words written after a hyphen to make an adjective of a name: "Amira-like", "Ofsted-style".
_SUFFIXES = frozenset("like style type esque ish ism ist ite an ian led based run owned friendly free".split())


def _barrelled_word(d: TokenView, a: int, b: int, names: set[int]) -> bool:
    """The second half of a double-barrelled name that is an everyday word, written as the first
    half is: "Bertin Ah-Time", "NELLA AH-TIME" (not "Amira-like", nor a relative: "Ama-Mum")."""
    return (d.doc[a].text == "-" and a >= 1 and a - 1 in names and joined_tight(d, a - 1, a) and joined_tight(d, a, b)
            and d.text(b).isalpha() and len(d.text(b)) >= 2 and same_shape(d.text(a - 1), d.text(b))
            and not d.text(b).islower() and d.low(b) not in d.lex.relations and d.low(b) not in d.lex.titles)


def continues(d: TokenView, a: int, b: int, names: set[int]) -> bool:
    t = d.doc[b]
    if _syllable(d, a, b):
        return True
    if _capitalised_word_surname(d, a, b, names):
        return True
    if _barrelled_word(d, a, b, names):
        return True
    if t.text in {"-", "'", "’"} or not joined(d, a, b) or not d.candidate(b):
        return t.text in {"-", "'", "’"} and joined_tight(d, a, b)  # "Abu-Bakr", not "jethro - works"
    if d.doc[a].text == "-" and a > 0 and joined_tight(d, a - 1, a) and joined_tight(d, a, b):
        # Double-barrelled, written alike on both sides: "Al-Khatib", "THOMAS-BAILEY".
        # Or a given name of two syllables, the second in lower case: "Yat-hon", "Pak-hei" (not "Amira-like").
        return (same_shape(d.text(a - 1), d.text(b)) and (d.text(b)[:1].isupper() or not d.plain_word(b))
                or a - 1 in names and d.capitalised(a - 1) and d.text(b).isalpha() and d.text(b).islower()
                and not d.lex.inflected(d.text(b)) and d.low(b) not in _SUFFIXES)
    town = d.lex.weak(d.text(b)) and not (d.lex.first_name(d.text(a)) and same_shape(d.text(a), d.text(b)))
    titled = a >= 1 and d.low(a - 1).rstrip(".") in d.lex.titles and d.capitalised(a) and d.capitalised(b)
    if (d.low(b) in d.lex.speech or d.low(b) in d.lex.person_verbs or d.low(b) in d.lex.addressing
            or (d.text(b + 1) == ":" and not titled) or town):  # "Amelia Heaton", not "Amelia Leeds"; "Ms Amity Reaper:"
        return False
    if _word_surname(d, a, b, names) or (a >= 1 and d.low(a - 1).rstrip(".") in d.lex.titles
                                          and (not d.lex.common(d.text(b)) or rare_word(d.low(b)) and same_shape(d.text(a), d.text(b)))
                                          and d.doc[b].pos_ not in CLOSED_POS
                                          and not (d.lex.inflected(d.text(b)) and d.doc[b].tag_ in _SAYS_HOW)):
        # After "Ms chidinma", a word that is not English is her surname: "warsame"; so is one
        # that only looks inflected, tagged as no verb: "weekes", "hocking" (not "ali vaping"),
        # and a word seldom written, written alike: "mrs wheatear fieldfare".
        return True
    if t.ent_type_ == "PERSON" or (d.caps_line(b) and t.pos_ in {"PROPN", "NOUN"} and d.low(b) not in _GRAMMAR):
        return True  # in capitals tags guess "AT" a proper noun: "WANTS ANVIL AT THE REVIEW"
    if _titled_surname(d, a, b):
        return True
    if d.caps_line(a) and d.caps_line(b) and (d.lex.surname(d.text(b)) or d.low(b) in d.lex.word_surnames
                                              or not d.lex.ordinary(d.text(b)) or rare_word(d.low(b))):
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


_SAYS_HOW = frozenset({"JJ", "RB", "VBD", "VBG", "VBN", "VBZ", "VBP"})


def _capitalised_word_surname(d: TokenView, a: int, b: int, names: set[int]) -> bool:
    """A surname that is also a word the notes use otherwise, capitalised (not in capitals) right
    after a found name written alike in a line of both cases: "Biswajit Dash's plan" ("DASH
    completed" is the risk checklist)."""
    return (a in names and joined(d, a, b) and d.mixed[b] and d.capitalised(a) and d.capitalised(b)
            and not d.text(b).isupper() and d.low(b) in d.lex.word_surnames and d.low(b) not in d.lex.not_surnames)


def _titled_surname(d: TokenView, a: int, b: int) -> bool:
    """After a title and a first name in lower case, a noun in lower case that ends the name's
    phrase (before "'s" or punctuation) is the surname: "at Ms beverlyn springer's", "mrs ada
    cooper." (not "Mr ali upset,", which says how he was); so is one before a word that is no noun,
    after a word that is no surname: "mrs mazurka rivet late on", "ms piccolo dowel 2 appts missed"
    (not "mrs khan car stolen")."""
    if not (a >= 1 and d.low(a - 1).rstrip(".") in d.lex.titles and d.text(a).islower() and d.text(b).islower()
            and d.doc[b].pos_ in {"NOUN", "PROPN"} and d.doc[b].tag_ in {"NN", "NNP"} and not _says_how(d, b)):
        return False
    nxt = d.doc[b + 1] if b + 1 < len(d.doc) else None
    return nxt is None or nxt.text in {"'s", "’s", ".", ",", ";", ")"} or nxt.is_space or (
        not d.lex.surname(d.text(a)) and d.low(a) not in d.lex.word_surnames and nxt.pos_ not in {"NOUN", "PROPN"})


def rare_word(word: str) -> bool:
    """Seldom written as an English word ("blackwood"), so after a name more likely its surname."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < 3.0


def _says_how(d: TokenView, b: int) -> bool:
    """An English word that says what someone did or how they were: an inflection, an adjective,
    an adverb or a verb, or one of the words that follow names in notes (names.yaml not_surnames)."""
    word = d.text(b)
    return d.low(b) in d.lex.not_surnames or d.lex.ordinary(word) and (
        d.lex.inflected(word) or d.doc[b].tag_ in _SAYS_HOW)


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
