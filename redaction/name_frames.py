"""Frames a note puts a surname or a whole name in, whatever the words are:

- a family named by its surname: "the Bishop household", "THE LORD HOUSEHOLD", "visit to
  bogle family" (not "the foster family", "the whole household");
- a relative's field in a list of contacts: "Mum: Primrose Salmon / m: 07...", "| DAD: ROCKY
  HILL |" (not a transcript's "Mother: Fine." or "Mum: I know");
- a list item naming someone before a colon: "• Primrose Bishop: attendance 96%" (a given name
  and a surname, so not "• Key Details:" or "• Young Person:");
- a name beside the relative it is: "AND HIS MOTHER, CRAYON CLIPBOARD.";
- who a visit was to, or who a clause describes: "VISIT TO DOILY CARAFE AND WHISK CARAFE AT
  THE REFUGE", "Doily Teaspoon, who is deaf";
- who a note is for: "FAO EMBER SPARROW:", "attn Tahir Butt";
- a transcript's speaker labels: "Tomasz:", "YITING [mum]:", "Blessing (mum):";
- a record header's "SURNAME, First": "CHILD: SLATER, FERN |".

And one frame that says a word is no name: a case system before its reference ("PARIS ref 41").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from spacy.lang.en.stop_words import STOP_WORDS

from redaction.name_clues import shorthand
from redaction.name_headlines import trade_words
from redaction.name_doc import CLOSED_POS, TokenView, joined, joined_tight, same_shape
from redaction.name_joins import rare_word

_FOR_ATTENTION = re.compile(r"(?i)(?<![\w.])(?:fao|f\.a\.o\.?|attn|for\s+the\s+attention\s+of)[ \t]*:?[ \t]+")


def field_end(*more: str) -> re.Pattern[str]:
    """Where a field's value ends: a separator ("/", "|", "(", ";", ",", "::", a spaced dash), the
    line's end, or one of `more`, a frame's own ends ("from ", "and", a full stop)."""
    return re.compile(r"[ \t]*(?:[/|(;,]|::|--?[ \t]|–|$" + "".join("|" + m for m in more) + ")", re.M)


_VALUE_END = field_end()
_APPOSITION_END = re.compile(r"[ \t]*(?:[/|(;,]|--?[ \t]|–|\.(?!\w)|$)", re.M)


def family_names(d: TokenView) -> set[int]:
    """The word just before "household" or "family" that names the family (its surname)."""
    found = set()
    lex = d.lex
    for t in d.doc:
        i = t.i - 1
        if d.low(t.i) not in lex.family_heads or i < 0 or not joined(d, i, t.i):
            continue
        word, low = d.text(i), d.low(i)
        if (not d.candidate(i) or low in lex.family_kinds or low in lex.relations or low in lex.calendar
                or lex.weak(word) or d.doc[i].pos_ in CLOSED_POS or d.doc[i].ent_type_ == "NORP"
                or not _same_case_as_head(d, i, t.i)):
            continue
        if (d.doc[i].pos_ == "ADJ" or d.doc[i].tag_ in {"VBG", "VBN", "VBD"}) and lex.ordinary(word) and not (
                lex.surname(word) or low in lex.word_surnames):
            continue  # "the whole family", "housing assoc moving family up list"
        if i >= 1 and d.doc[i - 1].text.casefold() not in {"the", "to", "with", "-", "–", ":", "visit", "re"} and (
                d.in_noun_phrase(i)):
            continue  # "built a snow family", "her own family": "the Bishop household" is one
        found.add(i)
        if i >= 2 and d.doc[i - 1].text == "-" and joined_tight(d, i - 2, i - 1) and joined_tight(d, i - 1, i):
            found.update((i - 2, i - 1))  # "the Khan-Ali family"
    return found


def _same_case_as_head(d: TokenView, i: int, head: int) -> bool:
    """Capitalised before a lower-case "family" (a proper noun), or written like it: "the Bishop
    household", "THE LORD HOUSEHOLD", "bogle family"."""
    word, head_word = d.text(i), d.text(head)
    if word[:1].isupper() and not word.isupper():
        return head_word.islower()
    if word.isupper() and head_word.islower() and len(word) >= 3 and not shorthand(word):
        return True  # a surname in capitals, as notes write them: "HV 18-11-25 - BUTTON family"
    return word.isupper() == head_word.isupper()


def addressees(d: TokenView, text: str) -> set[int]:
    """Who a note is for ("FAO EMBER SPARROW:", "attn Tahir Butt"): up to three words, whatever
    they are, up to the first punctuation or number."""
    found: set[int] = set()
    for m in _FOR_ATTENTION.finditer(text):
        found.update(_words_from(d, m.end()))
    return found


def _words_from(d: TokenView, start: int) -> list[int]:
    """Up to three words from `start` that could be a name, joined ("Abu-Bakr", "O'Hara" whole)."""
    k = bisect_left(d.starts, start)
    taken: list[int] = []
    while (k < len(d.doc) and len(taken) < 3 and d.candidate(k)
           and (d.doc[k].pos_ not in CLOSED_POS or (d.doc[k].pos_ == "NUM" and d.doc[k].is_alpha and not d.doc[k].like_num))  # "POPPET" as NUM
           # tags guess at a rare word: "PIKE", "shrike" are no verbs
           and not (d.doc[k].pos_ == "VERB" and d.text(k).islower() and not rare_word(d.low(k)))
           and re.match(r"[^\W\d_]", d.text(k)) and (not taken or joined(d, taken[-1], k))):
        taken.append(k)
        k += 1
        while (k < len(d.doc) and d.doc[k].text in {"-", "'", "’"} and joined(d, k - 1, k)  # (d.text drops a lone "-")
               and d.doc[k - 1].idx + len(d.doc[k - 1].text) == d.doc[k].idx):
            k += 1
    return taken


def relation_fields(d: TokenView, text: str) -> set[int]:
    """The name in a relative's field of a contact list: one to three words after "Mum:",
    "DAD -", "Nan:" (see `field_value`)."""
    found: set[int] = set()
    for m in d.lex.relation_field.finditer(text):
        found |= field_value(d, text, m.end(), form="..." in m.group())
    return found


def appositions(d: TokenView, text: str) -> set[int]:
    """A name set beside the relative it is: "AND HIS MOTHER, CRAYON CLIPBOARD.", "her brother,
    Quill Docket, was" (see `field_value`; not "his mother, however," or "her dad, Early Help and me")."""
    found: set[int] = set()
    for m in _apposed(d.lex.relations).finditer(text):
        found |= field_value(d, text, m.end(), ends=_APPOSITION_END)
    return found


def visited(d: TokenView, text: str) -> set[int]:
    """Who a visit was to or a referral made by, and a name before ", who": "VISIT TO DOILY CARAFE
    AND WHISK CARAFE AT THE REFUGE", "marac ref by tumbler crockery", "Visit on 06/12/2026 to
    Doily Teaspoon, who is deaf" (see `field_value`; not "visit to the family", "Visit to
    Pilchard Quay Primary School", "ref by school nurse")."""
    found: set[int] = set()
    for m in _VISIT_TO.finditer(text):
        start = m.end()
        for _ in range(2):  # "X Y AND Z Y"
            taken = field_value(d, text, start, ends=_VISITED_END, form=_with_family(d, text, start))
            if not taken:
                break
            found |= taken
            joiner = _AND.match(text, d.doc[max(taken)].idx + len(d.doc[max(taken)].text))
            if not joiner:
                break
            start = joiner.end()
    for m in _WHO.finditer(text):
        found |= field_value(d, text, m.start(), ends=_APPOSITION_END)
    return found


_VISIT_TO = re.compile(r"(?i)\b(?:visit(?:ed|s)?\b(?:[ \t]+on[ \t]+(?:\d{4}-\d\d-\d\dt[\d:.]+z?|\d{1,2}[a-z]{3,9}\d{4}|[\d/.-]{6,10}|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
                       r"[a-z]{3,9}\.?(?:[ \t]+['’]?\d{2,4})?))?[ \t]+(?:to|with)"
                       r"|(?:ref(?:['’]?d|erred|erral)?|chaired)[ \t]+by)[ \t]+")
def _with_family(d: TokenView, text: str, start: int) -> bool:
    """The one to three words from `start` are followed by "and his/her/their family" (or a
    relative): whoever was visited with their family is a person, whatever words name them
    ("Visit on 25 August 2026 to pretzel prairie and her family")."""
    return bool(_FAMILY_AFTER.match(text, start))


_FAMILY_AFTER = re.compile(r"(?i)(?:[^\W\d_][\w'’-]*[ \t]+){1,3}(?:and|&)[ \t]+(?:his|her|their)[ \t]+"
                           r"(?:family|families|mum|mother|dad|father|nan|gran|carers?|parents?|brothers?|sisters?)\b")
_VISITED_END = field_end(r"\.(?!\w)", r"(?i:and|at|on|in|&)\b")
_AND = re.compile(r"(?i)[ \t]+(?:and|&)[ \t]+")
# Two capitalised words (or two in capitals) before ", who": "Doily Teaspoon, who is deaf".
_WHO = re.compile(r"(?<![\w'’-])(?:[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+|[A-Z'’-]{2,}[ \t]+[A-Z'’-]{2,})(?=,[ \t]+who\b)")


def messages(d: TokenView, text: str) -> set[int]:
    """Who sent the messages a note pastes or cites, and whom they are about: "THE HANDOVER E-MAILS
    FROM NIGHTJAR YELLOWHAMMER ABOUT MEMET MAMUT ARE PASTED BELOW", "handover emails debolina haldar
    re shrike lapwing" (see `field_value`; not "e-mails from school about the trip")."""
    found: set[int] = set()
    for m in _MESSAGES.finditer(text):
        sender = field_value(d, text, m.end(), ends=_MESSAGE_END)
        about = _ABOUT.match(text, d.doc[max(sender)].idx + len(d.doc[max(sender)].text)) if sender else None
        found |= sender | (field_value(d, text, about.end(), ends=_MESSAGE_END) if about else set())
    return found


_MESSAGES = re.compile(r"(?i)\b(?:e-?mails?|messages?|texts?|letters?|voicemails?|voice[ \t]+notes?)[ \t]+(?:from[ \t]+)?")
_ABOUT = re.compile(r"(?i)[ \t]+(?:about|re|regarding)[ \t]+")
_MESSAGE_END = field_end(r"\.(?!\w)", r"(?i:about|re|regarding|are|is|was|were|has|have|had)\b")


@functools.lru_cache(maxsize=4)
def _apposed(relations: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(r) for r in sorted(relations, key=len, reverse=True))
    return re.compile(r"(?i)\b(?:his|her|their|the)[ \t]+(?:" + words + r")[ \t]*,[ \t]*")


def field_value(d: TokenView, text: str, start: int, form: bool = False,
                ends: re.Pattern[str] = _VALUE_END) -> set[int]:
    """The name a field's value holds from `start`: one to three words that end at a separator
    ("/", "|", "(", ",", the line's end) and look like a name (all capitalised, or one of them a
    given name or not an English word). In a form's field (`form`: "FATHER ........ Pilot
    Thimble") two or three words written alike are the name, whatever they are, unless the
    trade's words fill it ("Not Known", "Home Visit")."""
    taken = _words_from(d, start)
    if not taken:
        return set()
    while len(taken) > 1 and not same_shape(d.text(taken[-1]), d.text(taken[0])):
        taken.pop()  # a name is written alike: "SAFFRON BLACKWOOD rang" ends at BLACKWOOD
    while taken and not ends.match(text, d.doc[taken[-1]].idx + len(d.doc[taken[-1]].text)):
        taken.pop()  # a field may end at a word: "WHISK CARAFE AT THE REFUGE"
    if not taken:
        return set()
    words = [d.text(j) for j in taken]
    shaped = len(words) >= 2 and (all(w[:1].isupper() for w in words) or all(w.islower() for w in words))
    if (shaped and any(d.lex.first_name(w) or d.lex.surname(w) or w.casefold() in d.lex.word_surnames
                       or not d.lex.ordinary(w) for w in words)) or any(
            d.lex.first_name(w) or not d.lex.ordinary(w) for w in words):
        return set(taken)
    if form and shaped and not any(_fills_form(d, w) for w in words):
        return set(taken)
    if shaped and rare_pair(d, taken, every=words[0].islower()):
        return set(taken)
    return set()


def _fills_form(d: TokenView, word: str) -> bool:
    """A word that fills a field instead of a name: "Not Known", "Home Visit", "Monday"."""
    w = word.casefold()
    return w in _FORM_VALUES or w in d.lex.not_names or w in d.lex.calendar or w in trade_words()


def rare_pair(d: TokenView, taken: list[int], every: bool = False) -> bool:
    """Two or three words written alike in a person's field, names that are also words ("Mum:
    Fortune Farthing", "Worker: Talent Lime", "* Nan :: flagon breadbin ::"): no word of the trade,
    no relative or title, no inflection ("Works Nights"), no closed-class word ("At Work", "Very
    Upset"), no adverb ("Really Upset"; "Doily" is none), and one of them a rare word, as a
    surname mostly is (not "Good Morning", "Early Help"); in lower case, which marks nothing,
    `every` one of them a very rare word."""
    from wordfreq import zipf_frequency

    lex = d.lex
    words = [d.low(k) for k in taken]
    if any(_fills_form(d, w) or w in lex.relations or w.rstrip(".") in lex.titles or w in STOP_WORDS
           or (_inflection(d, k) and not (lex.surname(w) or w in lex.word_surnames))
           or (w.endswith("ly") and d.doc[k].pos_ in {"ADV", "ADJ"}) for k, w in zip(taken, words)):
        return False
    frequencies = [zipf_frequency(w, "en") for w in words]
    return max(frequencies) < _VERY_RARE if every else min(frequencies) < _RARE


def _inflection(d: TokenView, k: int) -> bool:
    """A frequent inflected word, tagged as one ("Works", "Nights"; "Colander" only looks it)."""
    return d.lex.inflected(d.low(k)) and d.lex.common(d.low(k)) and d.doc[k].tag_ not in {"NN", "NNP"}


_RARE = 4.5  # a word less frequent than this (Zipf scale: "farthing" 2.9, "morning" 5.3) may be a surname
_VERY_RARE = 3.5  # lower-case words all rarer than this: "flagon breadbin" (not "washing machine", "new baby")
_FORM_VALUES = frozenset("not no none known unknown n/a na nil deceased involved applicable see above below same as "
                         "tbc tba withheld declined".split())


def listed_person(d: TokenView, text: str) -> set[int]:
    """A list item opening with a given name and a surname before a colon: "• Primrose Bishop:"."""
    found: set[int] = set()
    starts = d.starts
    for m in _ITEM.finditer(text):
        k = bisect_left(starts, m.start(1))
        if k + 1 >= len(d.doc) or not joined(d, k, k + 1):
            continue
        first, last = d.text(k), d.text(k + 1)
        if not (first[:1].isupper() and last[:1].isupper() and d.candidate(k) and d.candidate(k + 1)):
            continue
        if (d.lex.first_name(first) or not d.lex.ordinary(first)) and (
                d.lex.surname(last) or last.casefold() in d.lex.word_surnames or not d.lex.ordinary(last)):
            found.update((k, k + 1))
    return found


_ITEM = re.compile(r"^[ \t]*(?:[-*•>~=·]+>?|\[[ xX]?\])[ \t]*([^\W\d_][\w'’-]*[ \t]+[^\W\d_][\w'’-]*)[ \t]*:", re.M)


_SPEAKER = re.compile(r"^[ \t]*(?:[-*•][ \t]*)?([^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,2})[ \t]*"
                      r"(\([^)\n]{0,40}\)|\[[^\]\n]{0,40}\])?[ \t]*:", re.M)


def speaker_labels(d: TokenView, text: str) -> set[int]:
    """Transcript labels: "Tomasz:", "AYESHA:", "Blessing (mum):", and any label that speaks on
    more than one line ("Long:"); not "SW:" or "Purpose:"."""
    found = set()
    labels = list(_SPEAKER.finditer(text))
    repeated = {m.group(1).casefold() for m in labels
                if sum(n.group(1).casefold() == m.group(1).casefold() for n in labels) > 1}
    transcript = len(labels) >= 3 and sum(_speaker_role(d, m.group(1)) for m in labels) >= 2
    for m in labels:
        if shorthand(m.group(1)) or m.group(1).casefold() in _SPEAKER_ROLES:  # "TM:", "SW:", "Hospice:"
            continue
        sure = _role(d, m.group(2)) or m.group(1).casefold() in repeated or (
            transcript and (_one_word_turn(d, m.group(1)) or _two_word_turn(d, m.group(1))))
        for t in d.doc.char_span(m.start(1), m.end(1), alignment_mode="expand") or []:
            if d.candidate(t.i) and (sure or not d.lex.common(d.text(t.i)) or d.lex.first_name(d.text(t.i))):
                found.add(t.i)
    return found


def _speaker_role(d: TokenView, label: str) -> bool:
    """A label that says who speaks by their role: "Mum:", "Social worker:", "Interpreter:"."""
    low = label.casefold()
    return low in d.lex.relations or low in _SPEAKER_ROLES or low.split()[-1] in {"worker", "carer", "sw"} or (
        low in d.lex.not_names and not low.endswith(_ABSTRACT))


def _one_word_turn(d: TokenView, label: str) -> bool:
    """In a transcript (labels of roles: "Mum:", "Social worker:"), a label of one word that is no
    role and no heading speaks a turn: a person, whatever the word ("CAPTAIN:", "Nutmeg:").
    Headings are kept: "Plan:", "Other:", "Tasks:", "Accommodation:", "Q:"."""
    low = label.casefold()
    if " " in low or len(low) < 3 or low in d.lex.relations or low in d.lex.not_names or low in _SPEAKER_ROLES:
        return False
    if low in _HEADINGS or low.rstrip(".") in d.lex.titles or low in d.lex.calendar or low.endswith(_ABSTRACT):
        return False
    parts = [p for p in low.split("-") if p]
    if len(parts) > 1 and all(d.lex.ordinary(p) and not d.lex.first_name(p) for p in parts):
        return False  # "Multi-agency:", "Follow-up:" (not "Joe-Joe:")
    # A plural or an abstract noun heads a section ("Tasks:", "Concerns:", "Presentation:").
    return not (low.endswith("s") and d.lex.common(low[:-1]))


def _two_word_turn(d: TokenView, label: str) -> bool:
    """In a transcript, a label of two capitalised words, each of which could speak a turn alone,
    is a person's full name whatever the words ("Brilliant Mallard:", "PATIENCE FORD:"); so is one
    in lower case with a word that is no English word ("rummy cutdeck:"). "Social worker:", "Next
    Steps:" and "Working Well:" are a role and headings."""
    words = label.split()
    alike = all(w[:1].isupper() for w in words) or (
        all(w.islower() for w in words) and any(not d.lex.common(w) for w in words))
    if len(words) != 2 or not alike or _speaker_role(d, label):
        return False
    last = words[1].casefold()  # a surname may look plural ("Onions", "Cockles")
    return _one_word_turn(d, words[0]) and last not in _HEADINGS and last not in d.lex.not_names and (
        not last.endswith(_ABSTRACT))


_ABSTRACT = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ing", "ship", "ure", "ism", "ics", "ology")
# One-word headings of notes and forms that are no person.
_HEADINGS = frozenset("""
other others q a b name names objective general sundry sundries medical risk from details setting attendees
participants subject purpose plan summary analysis context background history health education school family
actions action notes note update outcome decision agenda apologies date time venue location re comments concerns
strengths worries chronology safety contact address postcode dob ref reference present absent seen visit
observations voice views wishes feelings strategy review overview aim aims goal goals progress evidence
recommendation recommendations conclusion conclusions response next also agreed tasks todo summary
consent interpreter translator host chair minutes author by to cc fao attn subject topic child children
parents parent household home siblings sibling pets pet diet sleep behaviour emotional physical mood
multi-agency follow-up check-in
""".split())


def _role(d: TokenView, brackets: str | None) -> bool:
    """A speaker's role in brackets: "(mum)", "[child]", "(aged 9)"; not "(closed)" or "(cont)"."""
    if not brackets:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", brackets.casefold())
    return (any(c.isdigit() for c in brackets) or not words
            or any(w in d.lex.relations or w.rstrip(".") in d.lex.titles or w in _SPEAKER_ROLES for w in words))


_SPEAKER_ROLES = {"child", "young", "person", "speaker", "interviewer", "chair", "minutes", "professional", "sibling",
                  "birth", "step", "maternal", "paternal", "grandmother", "grandfather", "aunt", "uncle", "school",
                  # places and services that speak in a transcript: "Hospice:", "Ward:", "NIC:" (the
                  # nurse in charge), "Stables:"
                  "hospice", "ward", "unit", "nursery", "stables", "hostel", "refuge", "reception", "staff", "nurse",
                  "midwife", "nic", "nnu", "scbu", "nicu", "picu", "duty", "office", "team", "college", "hospital"}


def surname_first(d: TokenView, text: str, names: set[int]) -> set[int]:
    """The surname of a record header written "SURNAME, First": "CHILD: SLATER, FERN |",
    "GARDENER, SUNNY - CP VISIT", "mulligan, Festy |". The pair opens a line or a field (after
    ":" or "|") and the field ends after the first name (a line end, "|", " - " or "(")."""
    out = set()
    for i in names:
        if i < 2 or i - 1 in names or d.text(i - 1) != "," or i - 2 in names or not d.candidate(i - 2):
            continue
        k = i - 2
        before = text[text.rfind("\n", 0, d.start(k)) + 1:d.start(k)].rstrip()
        j = i
        while j + 1 in names:
            j += 1
        after = text[d.doc[j].idx + len(d.doc[j].text):].lstrip(" \t")
        if (before == "" or before.endswith((":", "|"))) and (after[:1] in {"", "\n", "|", "("} or after.startswith("- ")):
            out.add(k)
    return out


def system_names(d: TokenView, names: set[int]) -> set[int]:
    """A case-management system named before its reference is no person: "PARIS ref 4171505",
    "Eclipse no. 88123" (the system names are CASE_REFERENCE cues in recognizers.yaml)."""
    from redaction.recognizers import DATA, _read

    spec = _read(DATA)["CASE_REFERENCE"]
    cues = set(spec["cues"]) | set(spec.get("subjects", []))  # "Client no. 6367874"
    qualifiers = set(spec["qualifiers"]) | {"no.", "nos.", ".", ":", "#", "-"}
    out = set()
    for i in names:
        j = i + 1
        while j < len(d.doc) and d.low(j) in qualifiers:
            j += 1
        if d.low(i) in cues and j < len(d.doc) and any(c.isdigit() for c in d.text(j)):
            out.add(i)
    return out
