"""The child's voice: their words kept exactly, nothing put in their mouth, their views recorded."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from eval.checks import text as T
from eval.checks.base import Finding, Material, check, data, finding
from eval.checks.people import SIBLING_WORD, people_in, sibling_label, siblings
from eval.checks.quotes import child_quotes, plainly_quoted, quotes, weighty
from eval.checks.transcripts import label_speaker, turn_at, turns
from eval.checks.wording import FIRST_PERSON

_ALTERED = 0.5  # word-level similarity above which a changed quote is "altered", not "other words"
_PARAPHRASE = 0.6  # or embedding similarity: the same words of the child, paraphrased
# When a quote of the child is gone from the record and a quote the notes do not have has come in,
# they are more likely one quote changed than one dropped and one made up: pair them at a lower
# likeness of meaning (measured: paraphrases 0.46-0.82, different sayings of a child under 0.35).
_REPLACED = 0.45
# And when exactly one of the child's quotes is lost and exactly one the notes lack has come in,
# one change is likelier still than two faults: pair them unless they plainly differ in meaning
# (unrelated sayings of a child: 0.0-0.15; a reworded one may fall to 0.29: "I'm not that bothered
# about my review" -> "The meeting isn't important to me"). Both findings are as grave, and the
# altered one names the words the notes have.
_LEFTOVER = 0.2


def _flat(text: str) -> str:
    return " " + " ".join(T.words(text.translate(_LETTER_MARKS))) + " "


# Modifier letters a keyboard may set for quotation marks (ʻlike thisʼ, ˮlike thisˮ), which words would otherwise hold as letters.
_LETTER_MARKS = str.maketrans({"ʻ": "‘", "ʼ": "’", "ˮ": "”", "ʺ": "”"})


def _kept(quote: str, flat: str) -> bool:
    return _flat(quote) in flat


def _likeness(a: str, b: str, changed: T.Quote, meaning: float | None) -> float:
    """How alike two quotes are, 0 when not close enough to be one quote changed: word for word,
    or in meaning (a paraphrase); a lower bar for meaning when the record gives it as the child's."""
    words = difflib.SequenceMatcher(None, T.words(a), T.words(b), autojunk=False).ratio()
    if words >= _ALTERED:
        return 1 + words
    if meaning is None:
        return 0.0
    return meaning if meaning >= (_REPLACED if changed.speaker == "child" else _PARAPHRASE) else 0.0


def source_quotes(material: Material) -> list[T.Quote]:
    """The child's words a record must keep: the gold `child_quotes` of a benchmark case when
    given (exactly those strings, each once), else the child's quotes found in the notes (an
    empty gold list gives nothing to measure, so the notes are read)."""
    notes = material.notes or ""
    if not material.child_quotes:
        return child_quotes(notes)
    out, seen = [], set()
    for text in material.child_quotes:
        if not T.words(text) or _flat(text) in seen:
            continue
        seen.add(_flat(text))
        at = notes.find(text)
        out.append(T.Quote(max(at, 0), max(at, 0) + len(text) if at >= 0 else 0, text, "child"))
    return out


def _voice(material: Material) -> dict:
    """Match the child's quotes in the notes to the quotes of the record, once per review."""
    def make() -> dict:
        notes, record = material.notes or "", material.record
        source, gold = source_quotes(material), bool(material.child_quotes)
        said = [q for q in quotes(record) if q.speaker != "adult" and len(T.words(q.text)) >= 2]
        flat_record, flat_notes = _flat(record), _flat(notes)
        # A record quote that is part of a note quote, word for word, is a fair shortening (a gold
        # quote must be kept whole: its recall is measured).
        parts = [] if gold else [_flat(q.text) for q in said if len(T.words(q.text)) >= 3]
        lost = [q for q in source if not _kept(q.text, flat_record) and not any(p in _flat(q.text) for p in parts)]
        if lost and not gold:
            lost = _not_siblings(notes, lost)
        fresh = [q for q in said if not _kept(q.text, flat_notes)]
        changed = fresh if not gold else [q for q in said if not any(_flat(q.text) == _flat(g.text) for g in source)]
        # Words of the notes whose speaker is unclear are the child's when the record gives them,
        # changed, as the child's: they may pair with a changed quote, but are never "dropped".
        unclear = [] if gold else [q for q in quotes(notes) if q.speaker == "unknown" and not _kept(q.text, flat_record)
                                   and weighty(q.text)]
        altered = _pair(lost + unclear, changed)
        altered = [(a, b) for a, b in altered if a.speaker == "child" or b.speaker == "child"]
        used = {id(q) for _, q in altered}
        return {"dropped": [q for q in lost if all(q is not a for a, _ in altered)], "altered": altered,
                "invented": [q for q in fresh if id(q) not in used and q.speaker == "child" and plainly_quoted(q, record)],
                "record_quotes": said}
    return material.memo("voice", make)


def _not_siblings(notes: str, lost: list[T.Quote]) -> list[T.Quote]:
    """The lost quotes that are the child's own: a brother's or sister's turn in a transcript ("Vithusha
    (sister)" in the cast, "Sister: ...") is theirs, and a record about the child may leave it out;
    unless no other child speaks in the notes (then they are the child whose voice is recorded)."""
    kin = siblings(notes)
    if not kin and not SIBLING_WORD.search(notes):  # no brother or sister in the notes: the usual case, cheap
        return lost
    theirs = [q for q in lost if (turn := turn_at(notes, q.start)) and sibling_label(turn.label, kin)]
    if not theirs:
        return lost
    people = people_in(notes)
    others = [t for t in turns(notes) if not sibling_label(t.label, kin) and label_speaker(t.label, people, True) == "child"]
    return [q for q in lost if q not in theirs] if others or len(theirs) < len(lost) else lost


def _pair(lost: list[T.Quote], changed: list[T.Quote]) -> list[tuple[T.Quote, T.Quote]]:
    """Each lost quote with the record quote that is it changed, most alike first."""
    if not lost or not changed:
        return []
    from eval.checks.align import vectors

    scored = [(_likeness(a.text, b.text, b, None), i, j) for i, a in enumerate(lost) for j, b in enumerate(changed)]
    if any(score == 0 for score, _, _ in scored):  # some only a paraphrase can match: one embedding pass
        found = vectors([q.text for q in lost + changed])
        meaning = found[:len(lost)] @ found[len(lost):].T
        scored = [(score or _likeness(lost[i].text, changed[j].text, changed[j], float(meaning[i, j])), i, j)
                  for score, i, j in scored]
    else:
        meaning = None
    scored.sort(reverse=True)
    pairs, taken_a, taken_b = [], set(), set()
    for score, i, j in scored:
        if score > 0 and i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            pairs.append((lost[i], changed[j]))
    left_a = [i for i in range(len(lost)) if i not in taken_a and lost[i].speaker == "child"]
    left_b = [j for j in range(len(changed)) if j not in taken_b and changed[j].speaker == "child"]
    if len(left_a) == len(left_b) == 1 and (_spoken_of(changed[left_b[0]].text) or
                                            _summary(changed[left_b[0]].text, lost[left_a[0]].text) or (
            meaning is not None and meaning[left_a[0], left_b[0]] >= _LEFTOVER)):
        pairs.append((lost[left_a[0]], changed[left_b[0]]))
    return sorted(pairs, key=lambda p: p[1].start)


# Words in marks that speak of the child, not as them ("The child was keen to help", "The toddler wanted
# to try alone" for a small child's "me do it"): the writer's paraphrase of what the child said, set in
# marks in the place of their words.
_SPOKEN_OF = re.compile(r"\b(?:the\s+(?:child|young\s+person|yp|boy|girl|toddler|little\s+one|youngster|kid|infant|"
                        r"teenager|teen|young\s+(?:man|woman|lady))|he|she|they|his|her|their)\b", re.I)


def _spoken_of(words: str) -> bool:
    return bool(_SPOKEN_OF.search(words)) and not FIRST_PERSON.search(words)


def _summary(words: str, saying: str) -> bool:
    """Whether quoted words are a short generic line in the place of a longer saying ("I like my
    placement." for "the carers have a hot tub and I'm allowed in it"): the writer's summary of it."""
    short, long = len(T.words(words)), len(T.words(saying))
    return short <= _SUMMARY_WORDS and long >= short + 3 and not words.isupper()  # not a heading: "WHAT I SAW"


_SUMMARY_WORDS = 5


@check("voice.quote_dropped")
def quote_dropped(material: Material) -> Iterator[Finding]:
    for quote in _voice(material)["dropped"]:
        yield finding("voice.quote_dropped", "The child's own words from the notes are not in the record.",
                      evidence=quote.text,
                      suggestion=f'Quote them exactly, in quotation marks, and say who said them: "{quote.text}"')


@check("voice.quote_altered")
def quote_altered(material: Material) -> Iterator[Finding]:
    for original, changed in _voice(material)["altered"]:
        yield finding("voice.quote_altered", f"The child's words are quoted, but not as the notes have them: "
                      f"{original.text!r}.", span=(changed.start, changed.end), evidence=original.text,
                      suggestion=f'Quote exactly: "{original.text}"')


@check("voice.quote_invented")
def quote_invented(material: Material) -> Iterator[Finding]:
    for quote in _voice(material)["invented"]:
        yield finding("voice.quote_invented", "These words are given as the child's, but the notes do not have them.",
                      span=(quote.start, quote.end), evidence=quote.text,
                      suggestion="Remove the quote, or report what the child said in your own words and say so.")


@check("voice.absent")
def absent(material: Material) -> Iterator[Finding]:
    lexicon = data("voice")
    record = material.record
    heard = _voice(material)["record_quotes"] or any(
        s.heading == "child_voice" and not re.match(r"^not (recorded|covered|discussed)", s.text, re.I)
        for s in material.sentences) or _mentions(record, lexicon["wishes_feelings"])
    if not heard:
        yield finding("voice.absent", "The record has nothing of the child's wishes, feelings, words or daily life.",
                      suggestion="Record what the child said and how they seemed, in their own words where you can.")
    if not _mentions(record, lexicon["seen"]) and not _listed_present(record):
        yield finding("voice.absent", "The record does not say whether the child was seen (and seen alone).",
                      suggestion="Say whether the child was seen, seen alone, and where.")


# A list of who was at the visit or meeting ("The people at this visit were Dad and Lencho (3).", "Those who
# came to this review: Mum, me and Kai"): the child named in it was there, so seen.
_PRESENT_LIST = re.compile(r"\b(?:(?:people|those|everyone|who\s+(?:was|were))\s+(?:at|present\s+(?:at|for))\s+(?:this|the)\s+\w+|"
                           r"those\s+(?:who\s+(?:came|were)\s+(?:to|at)\s+(?:this|the)\s+\w+|present)|"
                           r"who\s+was\s+(?:there|present)|present\s*[:：]|in\s+attendance)[^.\n]*", re.I)


def _listed_present(record: str) -> bool:
    """Whether a list of who was present names a child of the record (not only as an owner: "Kai's teacher")."""
    children = [name for name, kind in people_in(record).items() if kind == "child"]
    if not children:
        return False
    named = re.compile(rf"\b(?:{'|'.join(map(re.escape, children))})\b(?!['’]s)", re.I)
    return any(named.search(m.group()) for m in _PRESENT_LIST.finditer(record))


def _mentions(text: str, phrases: list[str]) -> bool:
    flat = _flat(text)
    return any(_flat(p) in flat for p in phrases)
