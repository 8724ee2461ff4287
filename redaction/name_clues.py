"""First clues that a token is a person's name, each from the token or the words around it:
NER, a title or relationship before it, a speaker label, a "Present:" list, a verb it is the
subject of, a date of birth or age after it, or not being an English word at all."""

from __future__ import annotations

import re
from bisect import bisect_left

from redaction.lexicon import WORD
from redaction.name_doc import CLOSED_POS, FUNCTION_POS, TokenView, joined, joined_tight, same_shape

_WEAK_SPEECH = {"is", "was", "has", "had", "will", "would", "did", "does", "and", "ok", "felt", "feels"}
_FINITE = {"VBD", "VBZ"}
_NOT_OBJECT = {"AUX", "ADV", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "SPACE"}  # tags, often wrong on names
# After a title that is also a noun ("the school nurse first referred"), not a name.
_NOT_AFTER_TITLE = {"AUX", "ADV", "VERB", "ADP", "DET", "PART", "SCONJ", "CCONJ", "NUM", "PRON"}
_LIST_SEPARATORS = {",", "/", "&", "+", "and", "or"}
_WHEN = {"last", "next", "this", "every", "yesterday", "today", "tonight", "earlier"}


def unknown_word(d: TokenView, i: int) -> bool:
    """Not an English word: most likely a name, whatever its origin or casing."""
    word = d.text(i)
    if _obsolete(d, i):
        return True
    if d.lex.word_like(word) or d.plain_word(i) or shorthand(word) or d.lex.misspelt(word):
        return False
    in_dictionary = word.casefold() in d.lex.dictionary
    if in_dictionary and word.islower() and (_modifies_noun(d, i) or _heads_noun(d, i)):
        return False  # a word that is also a rarer given name, in a thing's name: "rye bread", "changing mat"
    return not (in_dictionary and d.doc[i].pos_ in FUNCTION_POS and not d.capitalised(i))


def _obsolete(d: TokenView, i: int) -> bool:
    """Capitalised inside a sentence and known only to an old dictionary, never written now
    ("Davyth helped Petronel plant bulbs": a petronel was a 16th-century gun): a name."""
    from wordfreq import zipf_frequency

    word = d.text(i)
    return (d.capitalised(i) and i not in d.sent_starts and word.casefold() in d.lex.dictionary and len(word) > 3
            and zipf_frequency(word, "en") < 1.0)


def _modifies_noun(d: TokenView, i: int) -> bool:
    """Right before a lower-case noun that is no name and ends the phrase: "rye bread", "holly
    bush", "ivy leaves" (not "juniper eye test", a name before a compound)."""
    if i + 1 >= len(d.doc) or not joined(d, i, i + 1):
        return False
    nxt, word = d.doc[i + 1], d.text(i + 1)
    after = d.doc[i + 2] if i + 2 < len(d.doc) else None
    return (word.islower() and nxt.pos_ == "NOUN" and not d.lex.surname(word) and not d.lex.first_name(word)
            and word.casefold() not in d.lex.word_surnames
            and (after is None or after.pos_ not in {"NOUN", "PROPN"} or not joined(d, i + 1, i + 2)))


def _heads_noun(d: TokenView, i: int) -> bool:
    """A noun after a lower-case noun or "-ing" word that describes it, ending the phrase:
    "changing mat", "riding school rosette" (not "sister mat", "saw mat", "with mat")."""
    if i < 1 or not joined(d, i - 1, i) or d.doc[i].pos_ != "NOUN":
        return False
    before, low = d.doc[i - 1], d.low(i - 1)
    after = d.doc[i + 1] if i + 1 < len(d.doc) else None
    lex = d.lex
    return (before.text.islower() and (before.pos_ == "NOUN" or before.tag_ == "VBG") and lex.ordinary(low)
            and not lex.first_name(low) and not lex.surname(low)
            and not shorthand(low) and (low,) not in lex.seeing  # "sw mat", "visited mat"
            and not any(low in words for words in (lex.relations, lex.relation_nouns, lex.titles, lex.weak_before,
                                                   lex.speech, lex.addressing))
            and (after is None or after.pos_ not in {"NOUN", "PROPN"} or not joined(d, i, i + 1)))


def shorthand(word: str) -> bool:
    """No vowel at all ("tm", "sws", "lpm", "mtg"): the shorthand of a note, not a name."""
    return not re.search(r"[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēėęěīįōőœūůűų]", word, re.I)


def heading(d: TokenView, i: int) -> bool:
    """An English word in capitals opening its line before a colon: a heading ("MISCELLANEOUS:",
    "PARTNER AGENCIES:"), not a speaker, unless it is a first name (speaker_labels judges those);
    or any word after a "#" opening its line, before a colon: "#reasonforvisit:", "#background:"."""
    word = d.text(i)
    if d.text(i + 1) == ":" and _HASHTAG.fullmatch(d.source, d.source.rfind("\n", 0, d.doc[i].idx) + 1, d.doc[i].idx):
        return True
    if not (word.isupper() and len(word) > 2 and d.lex.ordinary(word)) or d.lex.first_name(word):
        return False
    j = i + 1
    while j < len(d.doc) and d.text(j).isupper() and d.text(j).isalpha():
        j += 1
    line_start = d.source.rfind("\n", 0, d.doc[i].idx) + 1
    before = d.source[line_start:d.doc[i].idx]
    return d.text(j) == ":" and all(w.isupper() for w in re.findall(r"[^\W\d_]+", before))


_HASHTAG = re.compile(r"[ \t]*#[ \t]?")  # the line before the word


def named_by_ner(d: TokenView, i: int) -> bool:
    """NER called it a person (or a place, for a known first name); trusted for words that are
    not plain English words, and not for short acronyms ("AI")."""
    t, word = d.doc[i], d.text(i)
    if d.mixed[i] and word.isupper() and len(word) <= 3:
        return False
    if t.ent_type_ == "PERSON":
        return (not d.lex.common(word) or d.lex.first_name(word) or d.caps_line(i)
                or (d.capitalised(i) and not (t.i in d.sent_starts) and not _opens_line(d, i)))
    # Not a firm named after a person-word: "Burger King", "Christ the King".
    return (t.ent_type_ in {"GPE", "ORG", "NORP", "LOC", "FAC"} and d.lex.first_name(word)
            and not after_title_word(d, i))


def _opens_line(d: TokenView, i: int) -> bool:
    """First word of its line, perhaps after a bullet: "Aim of session:", "• Previous addr"."""
    line_start = d.source.rfind("\n", 0, d.doc[i].idx) + 1
    return not re.search(r"\w", d.source[line_start:d.start(i)])


def strong_context(d: TokenView, i: int) -> bool:
    """A title or "called" before it, or a role in brackets after it: a name whatever the word."""
    lex = d.lex
    before = tuple(d.low(j) for j in range(max(0, i - 2), i))
    word, title = d.text(i), title_before(d, i)
    plain = lex.ordinary(word) and not lex.first_name(word) and not d.text(i)[:1].isupper()
    # "the nurse said": no name after a title that is also a noun; "Mr do", "Ms Do": a name.
    verb = plain and title in lex.title_nouns and (d.low(i) in lex.speech or d.doc[i].pos_ in _NOT_AFTER_TITLE)
    # "was named star of the week", "called round": an everyday word that a phrase goes on from.
    phrase = plain and (d.doc[i + 1].pos_ in {"ADP", "DET", "NUM", "ADV"} if i + 1 < len(d.doc) else False)
    # "we were called last night": when, not who.
    phrase = phrase or (plain and d.low(i) in _WHEN)
    # "I miss having my brother about": the verb, not the title.
    verb = verb or (plain and d.low(i - 1) == "miss" and d.text(i - 1).islower() and d.doc[i].tag_ == "VBG")
    return ((title in lex.titles and not verb) or (any(before[-len(x):] == x for x in lex.introducers) and not phrase)
            or (d.text(i + 1) == "(" and role_in_brackets(d, i + 2) and not (plain and d.plain_word(i))))


_INITIALS = re.compile(r"[^\W\d_]\.?|(?:[^\W\d_]\.){2,3}")  # "J", "A.", "K.L."


def initial_after_title(d: TokenView, k: int) -> bool:
    """Initials between a title and a name: the "J" of "Mrs J Smith", "A." of "Mr A. Okafor", "r" of "ms r begum"."""
    return k >= 1 and bool(_INITIALS.fullmatch(d.text(k))) and d.low(k - 1).rstrip(".") in d.lex.titles


def initial_before(d: TokenView, k: int) -> bool:
    """A first name's initial with its full stop, straight before a surname: the "C." of "C.
    Kellman appears on the list", "s." of "s. masuku listed under" (an export's short form); not
    the last letter of a number before a name ("ni EP 69 52 07 D. Tregarne ..."), nor a list's
    letter in lower case opening a line ("a. moss abara (nana)")."""
    return (k >= 0 and bool(_INITIAL.fullmatch(d.text(k))) and joined(d, k, k + 1)
            and not (k >= 1 and any(c.isdigit() for c in d.text(k - 1)))
            and not (d.text(k)[0] in "abcdeivx" and _opens_line(d, k)))


_INITIAL = re.compile(r"[^\W\d_]\.")


def initial_after(d: TokenView, k: int) -> bool:
    """A surname's initial with its full stop, straight after a first name: the "L." of "on the
    minute as Ndolo L.", "m." of "dikeledi m. ni ..." (a minute's or a display board's short form);
    not a list's next letter opening a line, nor "b." for born before a date ("junior b. 7.5.2001")."""
    after = d.low(k + 1) if k + 1 < len(d.doc) else ""
    # "Mothusi N.. Date of birth": the tokenizer parts the letter from its dots.
    dotted = _INITIAL.fullmatch(d.text(k)) or (len(d.text(k)) == 1 and d.text(k).isalpha() and after.startswith(".")
                                               and joined_tight(d, k, k + 1))
    born = d.low(k) in ("b.", "b", "d.", "d") and (after[:1].isdigit() or after in d.lex.calendar)
    return k >= 1 and bool(dotted) and joined(d, k - 1, k) and not _opens_line(d, k) and not born


def title_before(d: TokenView, i: int) -> str:
    """The word before a name, or the title before its initials."""
    return d.low(i - 2 if initial_after_title(d, i - 1) else i - 1).rstrip(".")


def role_in_brackets(d: TokenView, k: int) -> bool:
    """A relationship or title among the first words in brackets: "(mum)", "(birth mother)",
    "(allocated worker)", "(Mum's partner)"."""
    for j in range(k, min(k + 3, len(d.doc))):
        if d.text(j) == ")":
            return False
        if d.low(j) in d.lex.relations or d.low(j) in d.lex.titles:
            return True
    return False


def opens(d: TokenView, i: int) -> bool:
    """Opens a sentence, a line or a clause: nothing before it could make it an object."""
    prev = d.doc[i - 1] if i > 0 else None
    return (prev is None or i in d.sent_starts or prev.is_punct or prev.is_space
            or not any(c.isalnum() for c in prev.text)  # a bullet: "~> Cove served", "-> Mossy found"
            or prev.pos_ in {"CCONJ", "SCONJ"} or d.low(i - 1).rstrip(".") in d.lex.relations)


def subject(d: TokenView, i: int) -> bool:
    """A first name right before a finite verb is its subject ("Precious was", "Will is", "drew
    wore the..."): the word itself ("will", "drew", "precious") is never followed by one."""
    if i + 1 >= len(d.doc) or d.low(i) in d.lex.calendar:
        return False
    nxt = d.doc[i + 1]
    if not (nxt.tag_ in _FINITE | {"MD"} and nxt.text not in {"'s", "’s"} and joined(d, i, i + 1)):
        return False
    if d.lex.first_name(d.text(i)):
        return nxt.tag_ != "MD" and nxt.text.islower() != d.text(i).isupper() and opens(d, i)
    # A given name that is also a word: a proper noun opening a clause ("Mum: Bear comes"), or
    # written in capitals among lower case, as notes write names ("wishes JUNIOR lived").
    return (d.capitalised(i) and d.doc[i].pos_ == "PROPN" and not d.lex.weak(d.text(i)) and nxt.text.islower()
            and not d.lex.inflected(d.text(i))  # "Minutes will be sent", "Records show"
            and (opens(d, i) or (d.text(i).isupper() and len(d.text(i)) > 2)))


def seldom_pairs(d: TokenView) -> set[int]:
    """Two words seldom written in English, written as a name: capitalised and opening a clause
    before a finite verb ("Redpoll Shelduck was in pyjamas"; not "Canal Basin was"), or in capitals
    among lower case ("about the exclusion of TURNSTONE GOLDCREST."; not "LIVING SITUATION")."""
    found: set[int] = set()
    for a in range(len(d.doc) - 1):
        b = a + 1
        if not (joined(d, a, b) and all(d.candidate(k) and not d.lex.weak(d.text(k)) and _seldom_written(d, k, 2.5)
                                        for k in (a, b))):
            continue
        verb = d.doc[b + 1] if b + 1 < len(d.doc) else None
        subject = (verb is not None and verb.tag_ in _FINITE and verb.text.islower() and joined(d, b, b + 1)
                   and d.capitalised(a) and d.capitalised(b) and opens(d, a))
        shouted = all(d.mixed[k] and d.text(k).isupper() and len(d.text(k)) >= 4 for k in (a, b))
        if subject or shouted:
            found.update((a, b))
    return found


def plan_owner(d: TokenView, i: int) -> bool:
    """A capitalised first name opening a sentence, then "to" and a verb: who does an action of a
    plan ("Dawn to ring the GP by Friday"); not "I hope to", which has a subject before it. A
    seldom word there is one too, capitalised or in capitals, with "to", "will" or nothing before
    the verb, when the action has a deadline: "Cardamom to reply to the school by 13/05",
    "Allspice will reply to the school by 01/04." (not "Tidying to be done by Friday")."""
    if not (i + 2 < len(d.doc) and opens(d, i) and (d.capitalised(i) or d.caps_line(i) or d.text(i).isupper())):
        return False
    if d.low(i + 1) == "to" and d.doc[i + 2].tag_ == "VB" and d.lex.first_name(d.text(i)):
        return True
    verb = i + 2 if d.low(i + 1) in {"to", "will"} else i + 1
    line_end = d.source.find("\n", d.start(i))
    line_end = len(d.source) if line_end < 0 else line_end
    return (d.doc[verb].tag_ in {"VB", "VBP"} and _seldom_written(d, i) and d.candidate(i)
            and _DEADLINE.search(d.source, d.start(verb), line_end) is not None)


# A deadline ending a plan's action: "by 13/05", "by Friday", "by 1 April".
_DEADLINE = re.compile(r"(?i)\bby[ \t]+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the[ \t]+\d|end[ \t]+of\b)")


def before_identity(d: TokenView, text: str) -> set[int]:
    """The name just before a date of birth or an age ("dad drew dob 4/2/79", "Long (aged 14)",
    "wing 15yo", "sharelle buchanan dob"), perhaps with an identifier between ("drew white
    CP-2022-3464 dob"): one or two words, one of them a first name, capitalised, or not English."""
    found: set[int] = set()
    starts = d.starts
    for m in d.lex.identity_cue.finditer(text):
        k, ids = bisect_left(starts, m.start()) - 1, 0  # ids: identifiers (runs of tokens with digits) passed
        while k >= 0 and (not any(c.isalpha() for c in d.doc[k].text) or any(c.isdigit() for c in d.doc[k].text)):
            if any(c.isdigit() for c in d.doc[k].text) and (ids == 0 or not joined_tight(d, k, k + 1)):
                ids += 1
            if ids > 1:
                break
            k -= 1
        if k < 0 or "\n" in text[d.doc[k].idx:m.start()] or not (could_name(d, k) or _seldom_written(d, k)):
            continue
        before = k >= 1 and joined(d, k - 1, k) and (could_name(d, k - 1) or _seldom_written(d, k - 1))
        pair = [k - 1, k] if before else [k]
        if any(name_like(d, j) for j in pair):
            found.update(pair[next(n for n, j in enumerate(pair) if name_like(d, j)):])
        elif _introduced(d, pair[0]) and all(_seldom_written(d, j) for j in pair):
            found.update(pair)
    return found


def _introduced(d: TokenView, k: int) -> bool:
    """Opening a line or a bullet, or right after a relationship: where a note puts whom it is
    about ("sharpie dob 08/09/2019", "dad blotter clipboard dob")."""
    prev = d.doc[k - 1] if k > 0 else None
    return (prev is None or "\n" in d.source[prev.idx:d.doc[k].idx] or not any(c.isalnum() for c in prev.text)
            or d.low(k - 1).rstrip(".") in d.lex.relations)


def _seldom_written(d: TokenView, k: int, below: float = 3.5) -> bool:
    """A noun seldom written in English (Zipf frequency `below`), which before a date of birth names
    someone: "sharpie", "blotter clipboard" (not "boy aged 14", "baby dob", "patient dob", "deceased
    dob": frequent words, roles and inflections)."""
    from wordfreq import zipf_frequency

    low = d.low(k)
    return (not d.lex.never_a_name(d.text(k)) and zipf_frequency(low, "en") < below  # tags guess: "sharpie" a particle
            and not (low.endswith(("ed", "ing")) and d.lex.inflected(low))
            and low not in d.lex.not_names and low not in d.lex.relation_nouns)


def could_name(d: TokenView, i: int) -> bool:
    return (d.candidate(i) and d.doc[i].pos_ not in CLOSED_POS and d.low(i) not in d.lex.relations
            and not d.lex.weak(d.text(i)))  # "moved to Halifax 2 yrs ago"


def name_like(d: TokenView, i: int) -> bool:
    """A first name, a word that is not English, or a word capitalised mid-sentence."""
    word = d.text(i)
    return (d.lex.first_name(word) or not d.lex.word_like(word) or d.caps_line(i)
            or (d.capitalised(i) and i not in d.sent_starts))


def _hyphen_after(d: TokenView, i: int) -> bool:
    """A hyphen straight after the word and a letter straight after it: "sofa-surfing"."""
    at = d.doc[i].idx + len(d.doc[i].text)
    return d.source[at:at + 1] == "-" and d.source[at + 1:at + 2].isalpha()


def by_context(d: TokenView, i: int) -> bool:
    """After a relationship ("mum Fatima", "nan hope helping"); a first name that speaks, owns,
    acts, or follows "saw"/"with"; a capitalised first name mid-sentence."""
    lex, t, word = d.lex, d.doc[i], d.text(i)
    prev, nxt = d.low(i - 1).rstrip("."), d.low(i + 1)
    first = lex.first_name(word)
    if prev in lex.relations and word.casefold() not in lex.speech:
        follows = d.doc[i + 1].pos_ if i + 1 < len(d.doc) else "PUNCT"
        follows = "NEG" if nxt in {"not", "n't", "dob"} else follows  # "dad drew not seen": no object
        if first and t.pos_ == "VERB" and lex.common(word):  # "dad drew - at work" vs "dad drew a picture"
            return follows not in {"DET", "PRON", "ADP", "ADV", "PART"}
        if first:
            return t.pos_ != "AUX" and follows not in {"DET", "PRON"}
        # Not "mum minimises", "gp upped meds": an inflected English word in lower case. But a
        # plain noun that ends the clause names the relative ("sister star.", "hv star - weight ok").
        ends = i + 1 >= len(d.doc) or d.doc[i + 1].text in {".", ",", ";", "-", "–", "/", ")"} or d.doc[i + 1].is_space
        ends = ends and not _hyphen_after(d, i)  # "dad sofa-surfing" is one word
        named = (ends and t.pos_ in {"NOUN", "PROPN"} and not lex.inflected(word) and not lex.not_names & {word.casefold()}
                 and word.casefold() not in lex.relation_nouns  # "teacher bond.", "neighbour dispute,"
                 and not d.in_noun_phrase(i - 1))  # "chair shaindy", not "the kitchen chair leg"
        return not d.plain_word(i) and (not lex.ordinary(word) or d.capitalised(i) or d.caps_line(i) or named)
    if not first:
        # A capitalised proper noun after a word a person follows ("w/ Star") or before a verb
        # of speech ("Ace said"): a given name that is also a word.
        return (d.capitalised(i) and t.pos_ == "PROPN" and not lex.weak(word) and word.casefold() not in lex.calendar
                and ((i not in d.sent_starts and t.ent_type_ not in {"ORG", "GPE", "LOC", "FAC", "DATE"}
                      and any(tuple(d.low(j) for j in range(i - len(x), i)) == x for x in (*lex.seeing, ("by",))))
                     or (nxt in lex.speech and nxt not in _WEAK_SPEECH and joined(d, i, i + 1))))
    if nxt in {"'s", "’s"} or (t.pos_ in {"NOUN", "PROPN"} and i + 1 < len(d.doc) and not d.in_noun_phrase(i)
                                and (d.doc[i + 1].tag_ in {"VBD", "VBZ", "MD"} or nxt == "seen")):  # "river seen"
        return True
    if t.pos_ != "AUX" and any(tuple(d.low(j) for j in range(i - len(x), i)) == x for x in lex.seeing):
        return True  # "saw drew alone", "visit to rob at": no verb follows "saw"
    if addressed(d, i):
        return True
    if d.plain_word(i):
        return False
    speaks = nxt in lex.speech and (nxt not in _WEAK_SPEECH or not lex.common(word))
    # After a label, a capitalised word before the noun it describes opens the answer: "Ava:
    # Forest school.", "Blue (YP): Swimming lessons".
    answer = i >= 1 and d.text(i - 1).endswith(":") and lex.ordinary(word) and _modifies_noun(d, i)
    return speaks or prev in lex.weak_before or (
        d.capitalised(i) and not (t.i in d.sent_starts) and not answer and t.pos_ in {"PROPN", "NOUN"}
        and word.casefold() not in lex.calendar and not (lex.common(word) and after_title_word(d, i)))


def after_title_word(d: TokenView, i: int) -> bool:
    """Right after a capitalised English word that is no name: "Burger King", "Christ the King"."""
    k = i - 1
    if k >= 1 and d.doc[k].pos_ == "DET" and joined(d, k, i):
        k -= 1
    return (k >= 0 and joined(d, k, k + 1) and d.capitalised(k) and d.lex.ordinary(d.text(k))
            and not d.lex.first_name(d.text(k)) and d.low(k).rstrip(".") not in d.lex.titles
            and d.low(k) not in d.lex.relations and d.low(k) not in d.lex.not_names
            and d.doc[k].pos_ in {"PROPN", "NOUN", "ADJ"})


def addressed(d: TokenView, i: int) -> bool:
    """The object of a verb said to a person: "tell rocky if worried", "ring Dawn", "thank grace"
    (not "the phone bill": the verb must be a verb, and no noun may follow the name)."""
    if i < 1 or d.low(i - 1) not in d.lex.addressing or not d.doc[i - 1].tag_.startswith("VB"):
        return False
    nxt = d.doc[i + 1] if i + 1 < len(d.doc) else None
    return (d.doc[i].pos_ not in _NOT_OBJECT and joined(d, i - 1, i)
            and (nxt is None or nxt.pos_ not in {"NOUN", "PROPN"} or not joined(d, i, i + 1)
                 or d.lex.first_name(nxt.text) or not d.lex.common(nxt.text)))


def people_lists(d: TokenView, text: str) -> set[int]:
    """The names in a "Present: ..." line: first names or words that are not English."""
    found = set()
    for head in d.lex.list_heads:
        for m in re.finditer(r"(?im)^[^\n]{0,80}?\b" + r"\s+".join(map(re.escape, head)) + r"\s*[:\-–]", text):
            line_end = text.find("\n", m.end())
            for t in d.doc.char_span(m.end(), line_end if line_end >= 0 else len(text),
                                     alignment_mode="expand") or []:
                if (d.candidate(t.i) and (d.lex.first_name(d.text(t.i)) or not d.lex.common(d.text(t.i)))
                        and not before_relation(d, t.i)):
                    found.add(t.i)
    return found


def before_relation(d: TokenView, k: int) -> bool:
    """Shorthand right before a relationship, saying which kind: "pf carer", "sgo carer"."""
    return d.low(k + 1) in d.lex.relations and joined(d, k, k + 1) and shorthand(d.text(k))


def name_fields(d: TokenView, text: str) -> set[int]:
    """The value of a field that holds a name ("NAME: Star Wall", "YP: king knight"): up to
    three words, whatever they are, up to the first punctuation, number or wide gap."""
    found: set[int] = set()
    starts = d.starts
    for m in d.lex.name_field.finditer(text):
        k = bisect_left(starts, m.end())
        taken: list[int] = []
        while (k < len(d.doc) and len(taken) < 3 and WORD.match(d.text(k)) and d.candidate(k)
               and d.doc[k].pos_ not in CLOSED_POS and (not taken or joined(d, taken[-1], k))):
            taken.append(k)
            k += 1
            while k < len(d.doc) and d.text(k) in {"-", "'", "’"} and joined_tight(d, k - 1, k):
                k += 1  # "Frankie-Ross", "O'Hara"
        found.update(taken)
    return found


def cued_lists(d: TokenView, text: str) -> set[int]:
    """Names in a list opened within a line ("invite school/gp/robin", "invites to school, GP,
    comfort", "cc Dawn"): each item's first word, to the end of the clause, when it is a first
    name or not a common word; agencies and roles ("school", "GP") are common words."""
    found: set[int] = set()
    starts = d.starts
    for m in d.lex.list_cue.finditer(text):
        k, item_start = bisect_left(starts, m.end()), True
        while k < len(d.doc) and d.text(k) not in {".", ";", "?", "!", "(", ":"} and "\n" not in d.doc[k].text:
            t = d.doc[k]
            if item_start and d.candidate(k) and t.pos_ not in {"DET", "PRON", "AUX", "VERB"} and (
                    d.lex.first_name(d.text(k)) or not d.lex.common(d.text(k))):
                found.add(k)
            elif item_start and _seldom_pair(d, k):
                found.update((k, k + 1))  # "JOINED BY: AVOCET GREENFINCH (...)", "also there - curlew yellowhammer,"
            item_start = d.low(k) in _LIST_SEPARATORS or (item_start and (t.is_space or t.is_punct))
            k += 1
    return found


def _seldom_pair(d: TokenView, k: int) -> bool:
    """Two words written alike, each seldom written in English, making up a list's item: a name
    whatever the words ("curlew yellowhammer,"; not "school nurse,")."""
    end = k + 2
    return (end <= len(d.doc) and joined(d, k, k + 1) and same_shape(d.text(k), d.text(k + 1))
            and all(d.candidate(j) and _seldom_written(d, j) for j in (k, k + 1))
            and (end == len(d.doc) or d.text(end) in {",", ";", "(", "/", "&", "and", "."} or "\n" in d.doc[end].text))


def hyphenated(d: TokenView) -> set[int]:
    """Hyphenated names, which spaCy splits: "Min-ji", "ellie-mae", "Abu-Bakr", two first names
    ("sonia-may", "rose-marie"), not "follow-up"."""
    found = set()
    for t in d.doc:
        if t.text != "-" or not (0 < t.i < len(d.doc) - 1) or not (joined(d, t.i - 1, t.i) and
                                                                   joined(d, t.i, t.i + 1)):
            continue
        a, b = t.i - 1, t.i + 1
        if d.source[d.doc[a].idx + len(d.doc[a].text):d.doc[b].idx] != "-":
            continue
        parts = [d.text(a), d.text(b)]
        whole = "-".join(parts)
        if (all(WORD.match(p) and len(p) >= 2 for p in parts) and not d.lex.common(whole)
                and whole.casefold() not in d.lex.relations
                and (d.lex.first_name(whole) or any(d.lex.first_name(p) or not d.lex.ordinary(p) for p in parts))
                and any((d.lex.first_name(p) and not d.lex.common(p)) or not d.lex.ordinary(p) for p in parts)
                and not all(d.lex.common(p) and not d.lex.first_name(p) for p in parts)
                or all(d.lex.first_name(p) and len(p) >= 3 for p in parts)):  # "lily-may", "Summer-Rose"
            found.update((a, t.i, b))
    return found
