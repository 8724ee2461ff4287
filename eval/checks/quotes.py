"""Whose words are quoted: quotes in marks, in italics, transcript lines and bare speech, each
with who spoke it (speakers.py reads who; speech.py finds words given without marks).
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from eval.checks import speakers as S
from eval.checks import text as T
from eval.checks.base import data
from eval.checks.direct import task_fields
from eval.checks.formulas import names_writing
from eval.checks.numbered import numbered_roles
from eval.checks.people import people_in
from eval.checks.speech import unmarked
from eval.checks.wording import FIRST_PERSON, marks, speaks_as_i
from eval.checks.transcripts import is_transcript, turn_at, turns


def quotes(text: str) -> list[T.Quote]:
    """Every quote in a text (marks and transcript lines) with who spoke it."""
    text = text.translate(_GLYPHS())
    people = people_in(text)
    people = {**people, **numbered_roles(text, people)}  # "Speaker 2:" with no legend: read from what they say
    masked = mask_asides(text)
    marked = marks(text)
    italic = [(s, e) for s, e in _italics(text) if not any(a < e and s < b for a, b in marked)]
    spans = sorted(marked + italic)
    spans = [(s, e) for s, e in spans if not _titled(text, e)]
    out = [T.Quote(s, e, text[s:e], S.speaker_of(masked, s, e, people, spans)) for s, e in spans]
    for s, e, lead in _reply_blocks(text):  # "Ayo e-mailed me on Monday:\n> I hate it at the new school"
        if not any(a < e and s < b for a, b in spans):
            joined = masked[:lead] + " " + masked[lead + 1:]  # the lead-in's line and the words as one (same length)
            out.append(T.Quote(s, e, text[s:e], S.speaker_of(joined, s, e, people, spans)))
    out = [q for q in out if (q.start, q.end) not in italic or (q.speaker != "unknown" and (
        FIRST_PERSON.search(q.text) or (q.speaker == "child" and _labelled(text, q.start))))]
    kept_italic = [(q.start, q.end) for q in out if (q.start, q.end) in italic]
    transcript = is_transcript(text, people)
    counts = Counter(turn.label.lower() for turn in turns(text))
    for turn in turns(text):  # transcript turns "AISHA: ..." or under "Aisha  0:19", whose speaker is a person
        start, end = turn.start, turn.end
        if marks(text[start:end]) or S.is_header(text[start:end]) or any(
                start <= s and e <= end and not (start + 1 >= s and e + 1 >= end) for s, e in kept_italic):
            continue  # the turn passes on words in marks or italics: "Worker: he said *the refuge has ...*"
        speaker = S.label_speaker(turn.label, people, transcript and (counts[turn.label.lower()] > 1 or turn.under_header
                                                                      or _named_elsewhere(text, turn.label)))
        if speaker == "child" and not transcript and (not speaks_as_i(text[start:end]) or task_fields(text[start:end])):
            continue  # "Keaton: can't sleep till 12", "Keaton: no marks when I checked" are about the child;
            # "RHA booking PIROJA :: me :: b4 end of term" is an action's owner and deadline
        if speaker:
            while end - start > 2 and text[start] in "*_" and text[end - 1] in "*_":  # *in italics*
                start, end = start + 1, end - 1
            out = [q for q in out if not (start <= q.start and q.end <= end)]
            out.append(T.Quote(start, end, text[start:end], speaker))
    for bare in unmarked(masked, people, spans):  # an adult's line may pass on the child's words
        bare = T.Quote(bare.start, bare.end, text[bare.start:bare.end], bare.speaker) if masked is not text else bare
        # an adult's turn may pass on the child's words inside it, never words that take in its label
        # ("**Mum (M):** Six months in a pod, they said")
        if not any(q.start < bare.end and bare.start < q.end and (q.speaker != "adult" or bare.speaker == "adult" or
                                                                  bare.start < q.start) for q in out):
            out.append(bare)
    return sorted(out, key=lambda q: q.start)


@functools.cache
def _GLYPHS() -> dict[int, str]:
    """Marks a font or a keyboard sets for the notes' plain ones, read as those (one character for one, so every
    position stays): a fraction slash for the slash ("NELAO (age 3) ⁄ baby in the big bed"); any rightward arrow for
    "→", the arrow every lead-in reads ("NELLA ⟶ I'm saving up", "Sombat (age 14) ⟿ '...'", "Kai ➜ ..."). Not
    an arrow up or down ("attendance ↓" says less), nor one struck through ("↛": not)."""
    import unicodedata

    blocks = [(0x2190, 0x2200), (0x27F0, 0x2800), (0x2900, 0x2980), (0x2794, 0x27C0), (0x2B00, 0x2B80), (0x1F800, 0x1F900)]
    arrows = {c: "→" for a, b in blocks for c in range(a, b)
              if _RIGHTWARD.search(unicodedata.name(chr(c), "")) and not _OTHER_WAY.search(unicodedata.name(chr(c), ""))}
    hands = {ord(c): "→" for c in "👉☞☛"}  # a hand pointing right leads into words as an arrow does ("Reji (7) 👉 I cried")
    return {**arrows, **hands, ord("⁄"): "/", ord("∕"): "/"}


_RIGHTWARD = re.compile(r"\bRIGHTWARDS\b|\bRIGHT\b.*\bARROW")
_OTHER_WAY = re.compile(r"\b(?:LEFT|UP|DOWN|STROKE)")


# Asides between a speaker and their words: "Shaz, who is 15, said ...", "Kai, 14 yrs, >> ...", "Amy's words, written down
# as she said them, were ...", "Kai, aged 9, told me ...", "Mum said, in as many words, I ...".
_ASIDES = re.compile(r",[ \t]*(?:(?:who\s+is|who['’]s|aged?|now)[ \t]+\d{1,2}(?:[ \t]*(?:years?(?:[ \t]+old)?|yrs?|y/?o))?|"
                     r"\d{1,2}[ \t]*(?:years?(?:[ \t]+old)?|yrs?|y/?o)|"  # "Hashed, 14 yrs, >> ..."
                     r"in[ \t]+(?:as|so)[ \t]+many[ \t]+words|"
                     r"(?:as[ \t]+)?(?:written|noted|jotted|typed|taken|copied|recorded)(?:[ \t]+down)?[ \t]+(?:as[ \t]+"
                     r"(?:s?he|they)[ \t]+(?:said|spoke|put)(?:[ \t]+(?:it|them))?|word[ \t]+for[ \t]+word|verbatim|exactly)|"
                     r"(?:as[ \t]+|and[ \t]+)?(?:I|we)[ \t]+(?:wrote|noted|jotted|typed|took)[ \t]+(?:it|them)[ \t]+down)[ \t]*,",
                     re.I)


# Lines quoted with ">", as an e-mail reply quotes the message it answers, one block of them.
_REPLY_BLOCK = re.compile(r"(?:^[ \t]*>(?!>)[ \t]?[^\n]*(?:\n|$))+", re.M)


def _reply_blocks(text: str) -> list[tuple[int, int, int]]:
    """Lines quoted with ">" under a line that leads into them with a colon and a speech verb or a thing
    written ("Ayo e-mailed me on Monday:", "Her reply to my text:"): someone's words, as marks set them; each
    as (start, end, the newline after the lead-in). A list of points bulleted with ">" has no such lead-in."""
    if ">" not in text:
        return []
    out = []
    for block in _REPLY_BLOCK.finditer(text):
        if block.start() == 0:
            continue
        lead = text[text.rfind("\n", 0, block.start() - 1) + 1:block.start() - 1]
        if not re.search(r"[:：]\s*$", lead) or not (re.search(rf"\b(?:{S.speech_verbs()})\b", lead, re.I) or names_writing(lead)):
            continue
        start = block.start() + len(re.match(r"[ \t]*>[ \t]?", block.group()).group())
        end = block.end() - (block.group().endswith("\n"))
        if text[start:end].strip():
            out.append((start, end, block.start() - 1))
    return out


def _titled(text: str, end: int) -> bool:
    """Whether the words in marks ending at `end` are a thing's name, a noun after them saying what
    ("'star of the hall' award", "the 'Bounce Back' group"), not anyone's words."""
    after = re.match(r"[^\w\s]{1,2}[ \t]+([a-z]+)\b", text[end:end + 30])
    return bool(after) and after.group(1) in S.voice_words("title_nouns")


def _named_elsewhere(text: str, label: str) -> bool:
    """Whether a label that heads one turn of a transcript is a name the text uses outside it too (in its
    cast list, "[Fuifui settled at nursery]"): a person, though they speak once."""
    return len(re.findall(rf"(?<![\w'’-]){re.escape(label.strip())}(?![\w'’-])", text, re.I)) > 1


def _labelled(text: str, start: int) -> bool:
    """Whether italics are set straight after a label's colon or arrow, or a speech verb ("jennita 3 ::
    *the digger is digging*", "he said *the refuge has a playroom*"): words set apart, not emphasis."""
    return bool(_LABELLED().search(text, max(0, start - 40), start))


@functools.cache
def _LABELLED() -> re.Pattern:
    return re.compile(rf"(?:[:：]|>>|››|->|→|\b(?i:{S.speech_verbs()}))[ \t]*[*_]$")


def mask_asides(text: str) -> str:
    """The text with asides between a speaker and their words blanked out, and a spaced full stop, quick
    notes' separator, read as the dash it stands for ("yjs report quotes velda . “...”") (same length, so
    every position stays), for reading who speaks."""
    text = _SPACED_STOP.sub(" - ", text)
    if "," not in text:
        return text
    return _ASIDES.sub(lambda m: " " * len(m.group()), text)


_SPACED_STOP = re.compile(r"(?<=\S) \. (?=\S)")


def _italics(text: str) -> list[tuple[int, int]]:
    """Spans of words in *italics* or _italics_ (markdown), where notes may set speech apart."""
    return [(m.start(2), m.end(2)) for m in re.finditer(
        r"(?:^|(?<=[\s(:>\-–—]))([*_])(?![*_\s])([^*_\n]{3,}?)(?<![\s*_])\1(?![*_\w])", text, re.M)]


def plainly_quoted(quote: T.Quote, text: str) -> bool:
    """Whether a text plainly gives a quote as someone's own words: in quotation marks, as a
    transcript line ("AMY: ..."), or bare words that speak as "I" or "you" ("Amy said, I miss
    Dad"). Bare words that do not ("School is going well, Amy said") may be a summary."""
    line = text[text.rfind("\n", 0, quote.start) + 1:quote.start]
    turn = turn_at(text, quote.start)
    return (quote.start, quote.end) in set(marks(text) + _italics(text)) or bool(FIRST_PERSON.search(quote.text)) or \
        bool(S.TRANSCRIPT_LINE.match(line + "x")) or bool(turn and turn.start == quote.start)


def child_quotes(text: str) -> list[T.Quote]:
    """The quotes spoken by the child (or another child), long enough to matter."""
    return [q for q in quotes(text) if q.speaker == "child" and weighty(q.text)]


def weighty(words: str) -> bool:
    """Whether words are enough to be a quote that must be kept: not a reply as slight as "yes",
    "dunno" or "yeah fine"."""
    tokens = T.words(words)
    return len(tokens) >= data("voice")["min_quote_words"] and (len(tokens) > 2 or not set(tokens) <= S.voice_words("slight"))
