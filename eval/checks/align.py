"""Which note lines support each record sentence: embeddings, word overlap, names and numbers.

Shared by the accuracy checks (unsupported, negation) and by the UI's citations. Embeddings are
all-MiniLM-L6-v2 (local); vectors are cached by text, so the notes of a case are embedded once
however many records are reviewed against them.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np

from eval.checks import text as T
from eval.checks.base import Material, data, wordlist

_CACHE_SIZE = 50_000
_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_lock = threading.Lock()


@dataclass(frozen=True)
class Support:
    """How well the notes back one record sentence."""

    sentence: T.Unit
    citations: tuple[tuple[T.Unit, float], ...]  # the best note lines, with their similarity
    similarity: float  # to the best note line (or two adjacent lines)
    novel: tuple[str, ...]  # content words, names and numbers the notes never use
    numbers: tuple[str, ...]  # numbers in the sentence the notes never give
    # The highest similarity of a note line (or part of one) for which this sentence is the
    # closest of the record's sentences; 0.0 when it is the closest for none. A record is an
    # account of the notes, so a sentence that no part of the notes picks out came from elsewhere.
    claimed: float = 0.0
    # The same, counting also note parts whose closest record sentence beats this one by less
    # than `claim_margin`: a record that tells one note in two sentences loses one of them to the
    # other by a hair.
    near: float = 0.0

    @property
    def best(self) -> T.Unit | None:
        return self.citations[0][0] if self.citations else None


def vectors(texts: list[str]) -> np.ndarray:
    """Unit-length embeddings of `texts` (rows), from the cache where possible."""
    with _lock:
        missing = list(dict.fromkeys(t for t in texts if t not in _cache))
    if missing:
        fresh = _encode(missing)
        with _lock:
            for text, vector in zip(missing, fresh, strict=True):
                _cache[text] = vector
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    with _lock:
        return np.stack([_cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


def prefetch(materials: list[Material]) -> None:
    """Embed, in one batch, every text the checks will compare for many records: note lines and
    their parts, record sentences, gold facts and must-not-state claims. The checks then find
    them in the cache (one big batch is sorted by length, so it wastes less on padding)."""
    texts: list[str] = []
    for m in materials:
        units = [u for u in m.note_lines if re.search(r"\w", u.text)]
        texts += [u.text for u in units] + [s.text for s in m.sentences] + note_parts(units)
        texts += list(m.facts or []) + list(m.must_not_state or [])
    with _lock:
        missing = [t for t in dict.fromkeys(texts) if t.strip() and t not in _cache]
    vectors(missing)


def _encode(texts: list[str]) -> np.ndarray:
    from assistant.embeddings import embed

    return np.asarray(embed(texts), dtype=np.float32)


def content(text: str) -> list[str]:
    """Stems of the words that carry a claim (no stop words)."""
    stop = wordlist("words", "stopwords")
    return [T.stem(w) for w in T.words(text) if w not in stop and len(w) > 1]


@functools.cache
def glue_stems() -> frozenset[str]:
    """Stems of the record vocabulary that is never evidence of an unsupported claim (words.yaml
    `glue`, and the words a record's actions are written in: accuracy.yaml `action_words`)."""
    words = [*wordlist("words", "glue"), *data("accuracy")["unsupported"]["action_words"]]
    return frozenset(T.stem(w) for w in words)


def numbers(text: str, words: bool = True, months: bool = False) -> set[str]:
    """Numbers in a text, without leading zeros; with `words`, written ones too ("two" -> "2").
    Years (1990-2039) are left out: a record dates itself, the notes often do not. A clock time is
    one number however it is written ("8.30pm", "20:30", "half eight", "half past 8" -> "8:30"),
    with its hour (a record may round it). With `months`, a month named beside a day gives its
    number too ("21 May" -> "21", "5"): notes that say "21 May" give the "5" of a record's "21/5"
    (a record's own "8 April" is not held to the notes' numbers: it is often worked out from
    "in four weeks")."""
    text, out = _clock_times(text)
    table = data("words")["number_words"]
    out |= {str(int(n)) for n in re.findall(r"\d+", text) if not re.fullmatch(r"(?:199\d|20[0-3]\d)", n)}
    if months:
        out |= _month_numbers(text)
    if words:
        tens = data("accuracy")["numbers"]["tens"]
        spelt = {**table, **tens}
        for match in _COMPOUND.finditer(text):  # "forty-five", "twenty one"
            out.add(str(tens[match["tens"].lower()] + table[match["unit"].lower()]))
        out.update(str(spelt[w]) for w in T.words(text) if w in spelt)
    return out


_COMPOUND = re.compile(r"\b(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
                       r"(?P<unit>one|two|three|four|five|six|seven|eight|nine)\b", re.I)


def _clock_times(text: str) -> tuple[str, set[str]]:
    """The text with its clock times blanked out, and each time as "H:MM" (12-hour) and "H"."""
    found: set[str] = set()

    def replace(match: re.Match) -> str:
        time = _clock(match)
        if time is None:
            return match.group()
        h, minutes = time[0] % 12 or 12, time[1]
        found.update({f"{h}:{minutes:02d}" if minutes else str(h), str(h)})
        return " "

    return _TIME.sub(replace, text), found


def _clock(match: re.Match) -> tuple[int, int] | None:
    """(hour, minutes) of a matched time: "8.30pm", "1930hrs", "half past eight", "quarter to 9",
    "half eight" (British: 8:30), "eight thirty"; None for a near miss ("12.75")."""
    hours = data("accuracy")["numbers"]["hour_words"]
    g = match.groupdict()
    word = next(g[k] for k in ("h", "h24", "hs", "hw") if g[k])
    h = int(word) if word.isdigit() else hours[word.lower()]
    if g["m"] or g["m24"]:
        minutes = int(g["m"] or g["m24"])
    elif g["part"]:
        minutes = 30 if g["part"].lower() == "half" else 15
        if g["to"]:
            h, minutes = h - 1, 60 - minutes
    else:
        minutes = {"thirty": 30, "fifteen": 15}.get(g["mw"].lower(), 45)
    return (h, minutes) if 0 <= h <= 24 and minutes < 60 else None


_HOUR = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_NOT_A_TIME = r"(?!\s*(?:hours?|hrs|mins?|minutes|days?|weeks?|months?|years?|times?|of|an?|the)\b)"
_TIME = re.compile(
    r"(?<![\d.:/£$€])(?P<h>[01]?\d|2[0-4])[.:](?P<m>[0-5]\d)(?!\d|[.:]\d|[/%])(?:\s*(?:[ap]\.?m\b\.?|hrs\b|h\b))?"
    r"|(?<![\d.:/£$€])(?P<h24>[01]\d|2[0-3])(?P<m24>[0-5]\d)\s*hrs\b"
    rf"|\b(?P<part>half|quarter)\s+(?:(?P<to>to)\s+|past\s+)?(?P<hs>{_HOUR})\b{_NOT_A_TIME}"
    rf"|\b(?P<hw>{_HOUR})\s+(?P<mw>thirty|fifteen|forty[- ]five)\b{_NOT_A_TIME}", re.I)


def _month_numbers(text: str) -> set[str]:
    """The number of each month named beside a day ("21 May", "May 21st", "3rd of June")."""
    months = data("accuracy")["numbers"]["months"]
    return {str(months[(m["a"] or m["b"]).lower()]) for m in _month_pattern().finditer(text)}


@functools.cache
def _month_pattern() -> re.Pattern:
    names = "|".join(sorted(data("accuracy")["numbers"]["months"], key=len, reverse=True))
    return re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<a>{names})\b\.?"
                      rf"|\b(?P<b>{names})\b\.?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b", re.I)


def note_parts(units: list[T.Unit]) -> list[str]:
    """Note lines and their parts: a line of notes often lists several things ("agreed: A; B - C")
    that a record tells in separate sentences."""
    parts = []
    for unit in units:
        pieces = [p.strip() for p in _PARTS.split(unit.text) if re.search(r"\w", p)]
        parts.extend(pieces if len(pieces) > 1 else [])
        parts.append(unit.text)
    return list(dict.fromkeys(parts))


_PARTS = re.compile(r";|\|| [-–—] |(?<=[a-z])\. ")


@functools.cache
def _marker() -> re.Pattern:
    """A list item's own numbering at the start of a sentence: "1:", "[1]", "1/", "2>", "3 -",
    "1- ", "(b)", "iv.", "#2", "Action 2:", "AP1:", "Section 3 -", "Q4." (accuracy.yaml
    `list_labels`), and a table row's number cell ("1 | Refer ... | Ms Ito | by Friday")."""
    labels = "|".join(re.escape(w) for w in sorted(data("accuracy")["numbers"]["list_labels"], key=len, reverse=True))
    mark = r"[\]).:/>|–—-]"
    return re.compile(rf"^\W*(?:#\s*\d{{1,3}}\b\s*{mark}?|(?:{labels})\.?\s*(?:\d{{1,2}}\b\s*{mark}?|(?:[a-z]|[ivx]{{1,4}})\s*{mark})"
                      rf"|\d{{1,2}}\s*(?:[\]):/>|]|\.(?!\d)|\s[–—-]\s)|\d{{1,2}}[–—-]\s|(?:[a-z]|[ivx]{{1,4}})\s*[\]).:])\s*", re.I)


def note_vocabulary(notes: str) -> set[str]:
    """Stems of every content word of the notes, with their abbreviations spelt out (TM -> team manager)."""
    expansions = data("words")["expansions"]
    tokens = T.words(notes) + [w for w in re.findall(r"\S+", notes.lower()) if w in expansions]
    stems = {T.stem(w) for w in tokens}
    for token in set(tokens) & expansions.keys():
        stems.update(T.stem(w) for w in expansions[token])
    return stems


def initialisms(notes: str) -> frozenset[str]:
    """The notes' own abbreviations, lower-cased: short words written in capitals ("DD", "SALT",
    "EHCP"; not in a line written all in capitals) or of three letters or more with no vowel
    ("cwd", "nfa"), which a record spells out. Shortened single words ("sd" for said, "wks";
    accuracy.yaml `shortened_words`) are not, nor those words.yaml `expansions` spell out already
    ("SW", "GP", "CP")."""
    stop = wordlist("words", "stopwords")
    single = wordlist("accuracy", "shortened_words") | data("words")["expansions"].keys()
    return frozenset(w.lower() for line in notes.splitlines() for w in _SHORT.findall(line)
                     if ((w.isupper() and re.search("[a-z]", line)) or (len(w) > 2 and not _VOWEL.search(w.lower())))
                     and w.lower() not in stop and w.lower() not in single)


_SHORT = re.compile(r"(?<![\w'’])[A-Za-z]{2,6}(?![\w'’])")
_VOWEL = re.compile(r"[aeiou]")


def spelt_out(sentence: str, shorthand: frozenset[str]) -> set[str]:
    """The words of a sentence that spell out one of the notes' abbreviations by their initials,
    counting the small words or not: "direct debit" (DD), "no fixed abode" (NFA), "speech and
    language therapy" (SALT), "Education, Health and Care Plan" (EHCP). Two letters are read
    only from two words side by side ("a walking group in the park" does not spell "GP")."""
    if not shorthand:
        return set()
    stop = wordlist("words", "stopwords")
    tokens = [w.lower() for w in _LETTERS.findall(sentence)]
    runs = (tokens, [w for w in tokens if w not in stop])
    longest = max(map(len, shorthand))
    found: set[str] = set()
    for run in runs:
        initials = "".join(w[0] for w in run)
        for i in range(len(run)):
            for n in range(2 if run is tokens else 3, min(longest, len(run) - i) + 1):
                if initials[i:i + n] in shorthand:
                    found.update(run[i:i + n])
    return found


_LETTERS = re.compile(r"[A-Za-z]+")


def _timescale_words(sentence: str) -> set[str]:
    """The words of the deadlines a sentence gives ("within ten working days from today", "ahead
    of the review", "not later than Monday"; structure.yaml `timescales`, `event_timescales`):
    by when, said the record's way. A time that is part of the claim ("in the spring", "for his
    birthday") is no deadline."""
    return {w for match in _timescale().finditer(sentence) if _DEADLINE.search(match.group())
            for w in T.words(match.group())}


_DEADLINE = re.compile(r"\b(?:within|by|before|b4|no later than|not later than|nlt|ahead of|in time for|prior to|"
                       r"deadline|from (?:today|now)|at the (?:very )?latest|on or before)\b", re.I)


@functools.cache
def _timescale() -> re.Pattern:
    structure = data("structure")
    return re.compile("|".join(f"(?:{p})" for p in [*structure["timescales"], *structure["event_timescales"]]), re.I)


def alignment(material: Material) -> list[Support]:
    """The support of every record sentence, computed once per review."""
    return material.memo("alignment", lambda: _align(material))


def _align(material: Material) -> list[Support]:
    units = [u for u in material.note_lines if re.search(r"\w", u.text)]
    claims = [s for s in material.sentences if re.search(r"\w", s.text)]
    if not units or not claims:
        return []
    lines = vectors([u.text for u in units])
    # Two adjacent lines together (a summary often merges them): the mean of their vectors,
    # which costs no second pass of the model over the notes.
    pairs = lines[:-1] + lines[1:]
    pairs /= np.maximum(np.linalg.norm(pairs, axis=1, keepdims=True), 1e-9)
    matrix = vectors([s.text for s in claims]) @ np.vstack([lines, pairs]).T
    note_stems = note_vocabulary(material.notes or "")
    shorthand = initialisms(material.notes or "")
    note_numbers = numbers(material.notes or "", months=True)
    glue = glue_stems()
    number_words = data("words")["number_words"]
    claimed, near = _claimed(units, claims)
    out = []
    for row, sentence, claim_similarity, near_similarity in zip(matrix, claims, claimed, near, strict=True):
        names = _names(sentence.text)  # people are the privacy check's business, not novelty
        # "direct debit" where the notes say "DD"; "within ten working days from today" is when,
        # said the record's way (its numbers still count)
        spelt = spelt_out(sentence.text, shorthand) | _timescale_words(sentence.text)
        novel = [w for w, s in _content_words(sentence.text)
                 if s not in glue and w not in names and w not in spelt and not w.isdigit() and not _known(s, note_stems)
                 and str(number_words.get(w)) not in note_numbers]  # "four weeks" for "4 wks"
        order = np.argsort(-row[: len(units)])[:3]
        citations = tuple((units[i], float(row[i])) for i in order)
        # "Aisha (8)": an age beside a name comes from the case file, not the visit; "[1]" numbers a list
        claim = re.sub(r"\b([A-Z][\w'’-]*) \(\d{1,2}\)", r"\1", _marker().sub("", sentence.text, count=1))
        missing = numbers(claim, words=False) - note_numbers
        if row.max() >= data("accuracy")["unsupported"]["changed_detail_similarity"]:
            # "six weeks" where the closest line says two; not "every two weeks" for "fortnightly"
            given = numbers(units[order[0]].text)
            if given - numbers(claim):
                missing |= numbers(claim) - note_numbers
        out.append(Support(sentence, citations, float(row.max()), tuple(novel), tuple(sorted(missing)),
                           claim_similarity, near_similarity))
    return out


def _claimed(units: list[T.Unit], claims: list[T.Unit]) -> tuple[list[float], list[float]]:
    """For each record sentence, the best similarity of a note part whose closest record
    sentence it is (0.0 when no note part picks it), and the same counting near ties
    (`claim_margin`). A part that says nothing but names, record words or numbers ("nikhil",
    "by whom: ms maragh", "ACTIONS ARISING:") picks no sentence."""
    names = set().union(*(_names(c.text) for c in claims))
    parts = [p for p in note_parts(units) if _says_something(p, names)]
    if not parts:
        return [0.0] * len(claims), [0.0] * len(claims)
    matrix = vectors(parts) @ vectors([c.text for c in claims]).T
    best = np.zeros(len(claims), dtype=np.float32)
    closest = matrix.argmax(axis=1)
    np.maximum.at(best, closest, matrix[np.arange(len(parts)), closest])
    margin = data("accuracy")["unsupported"]["claim_margin"]
    ties = matrix >= matrix.max(axis=1, keepdims=True) - margin
    near = np.where(ties, matrix, 0.0).max(axis=0)
    return [float(b) for b in best], [float(n) for n in near]


def _says_something(part: str, names: set[str]) -> bool:
    """A note part with a content word that is not a name (`names`: the record's), a number or
    record vocabulary."""
    if part.rstrip().endswith(":"):
        return False  # a heading
    glue = glue_stems()
    return any(not w.isdigit() and w not in names and s not in glue for w, s in _content_words(part))


def _known(stem: str, note_stems: set[str]) -> bool:
    """A stem the notes use, or one half of a compound the notes use ("bed" in "bedtime")."""
    if stem in note_stems:
        return True
    return len(stem) >= 3 and any(len(n) >= 3 and abs(len(n) - len(stem)) >= 3
                                  and (n.startswith(stem) or stem.startswith(n)) for n in note_stems)


def _names(sentence: str) -> set[str]:
    """Capitalised words after the first word of a sentence, lower-cased: names of people and places."""
    tokens = re.findall(r"[^\W\d_][\w'’-]*", sentence)
    return {part for w in tokens[1:] if w[0].isupper() and not w.isupper()
            for part in re.split(r"[-'’]", w.lower()) if part}


def _content_words(text: str) -> list[tuple[str, str]]:
    """(word, stem) for each distinct content word of a text, in order."""
    stop = wordlist("words", "stopwords")
    pairs = {T.stem(w): w for w in reversed(T.words(text)) if w not in stop and len(w) > 1}
    return [(w, s) for s, w in reversed(pairs.items())]
