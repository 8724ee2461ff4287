"""Where a regular expression's matches can begin: a cheap test that lets a long alternation be
skipped over a text with no word that begins that way (most texts mention no risk and use no
label), and a scan that tries a pattern only at the words where a match can begin. The openings
are read from the pattern itself (`re`'s parser), never listed by hand."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence

WIDTH = 6  # how many characters of a term's opening tell it: "the ol" ("the olders"), not "the"
_MOST = 5000  # more openings than this tell nothing worth the sets
_OPENINGS = 50_000  # word openings a scanner remembers the patterns of (~10 MB at most)
_CASELESS = re.compile(r"\(\?[a-zA-Z]*i")  # an inline (?i) or (?i:...)
_EDGE = re.compile(rf"\b(?=(\w.{{0,{WIDTH - 1}}}))", re.S)


def word_starts(lower: str) -> set[str]:
    """The first one to six characters at every word start of a text (where a term can begin)."""
    return {w[:n] for w in _EDGE.findall(lower) for n in range(1, WIDTH + 1)}


class Scanner:
    """Many patterns run over a text, each tried only where one of its matches can begin.

    A pattern whose every match begins a word (`word_heads`) is tried at the words that begin
    one of its ways, not at every character: a long alternation then runs at a few places. One
    whose heads cannot be told runs over the whole text, unless no word of the text begins the
    way one of its later parts must (`word_anchors`). Same matches as each `finditer`.
    """

    def __init__(self, patterns: Sequence[re.Pattern], parts: Sequence[Iterable[str]] | None = None) -> None:
        """`parts`: for each pattern, the terms of the alternation it wraps in \\b(?:...)\\b,
        whose later parts may be told where the whole pattern's opening cannot."""
        self.patterns = tuple(patterns)
        self.heads = [word_heads(p) for p in self.patterns]
        parts = [list(terms) for terms in parts] if parts else [[p.pattern] for p in self.patterns]
        # A pattern whose heads cannot be told because a few of its terms open with \w+ or the
        # like: the other terms' heads, and a finder of where those few can begin
        self._untold: dict[int, re.Pattern] = {}
        for number, (pattern, terms) in enumerate(zip(self.patterns, parts, strict=True)):
            if self.heads[number] is None and len(terms) > 1 and _begins_word(pattern):
                self.heads[number], untold = _split_heads(pattern, terms)
                if untold is not None:
                    self._untold[number] = untold
        self.anchors = [word_anchors(terms) if heads is None and _begins_word(p) else None
                        for p, heads, terms in zip(self.patterns, self.heads, parts, strict=True)]
        self._prefiltered = any(a is not None for a in self.anchors)
        self._tried_at: dict[str, list[int]] = {}  # a way of beginning -> the patterns it may begin
        for number, heads in enumerate(self.heads):
            for head in heads or ():
                self._tried_at.setdefault(head, []).append(number)
        # the patterns tried over a text however its words begin (their heads cannot be told, or
        # some of their terms' cannot)
        self._always = frozenset(n for n, heads in enumerate(self.heads) if heads is None) | set(self._untold)
        self._begun: dict[str, tuple[int, ...]] = {}  # a word's opening -> the patterns it may begin

    def finditer(self, text: str) -> Iterator[tuple[int, re.Match]]:
        """(pattern number, match) for every match of every pattern: pattern by pattern, each
        one's matches in order, exactly as `patterns[k].finditer(text)` finds them."""
        places: dict[str, list[int]] = {}  # a word's opening (six characters) -> where it is
        for edge in _EDGE.finditer(text):
            places.setdefault(edge.group(1), []).append(edge.start())
        spots: dict[int, list[int]] = {}
        for word, at in places.items():
            for number in self._begins(word):
                spots.setdefault(number, []).extend(at)
        starts = word_starts(text) if self._prefiltered else set()
        for number in sorted(self._always.union(spots)):
            pattern = self.patterns[number]
            if self.heads[number] is None:
                if may_match(self.anchors[number], starts):
                    yield from ((number, match) for match in pattern.finditer(text))
                continue
            at_words = set(spots.get(number, ()))
            if number in self._untold:
                at_words |= {m.start() for m in self._untold[number].finditer(text)}
            end = 0
            for at in sorted(at_words):
                if at >= end and (match := pattern.match(text, at)):
                    yield number, match
                    end = match.end()

    def _begins(self, word: str) -> tuple[int, ...]:
        """The patterns whose heads begin `word` (a word's first six characters), found once per
        opening: the same words open most texts. Bounded: emptied past `_OPENINGS` openings."""
        found = self._begun.get(word)
        if found is None:
            found = tuple(sorted({n for k in range(1, len(word) + 1) for n in self._tried_at.get(word[:k], ())}))
            if len(self._begun) >= _OPENINGS:
                self._begun.clear()
            self._begun[word] = found
        return found


def word_heads(pattern: re.Pattern) -> frozenset[str] | None:
    """Every way a match of `pattern` can begin (up to six characters), where every match begins
    a word: the pattern opens with \\b and each way with a word character (and letters match only
    their own case). Otherwise None."""
    if not _begins_word(pattern):
        return None
    heads = opening(pattern.pattern, WIDTH)
    return frozenset(heads) if heads and all(h[0].isalnum() or h[0] == "_" for h in heads) else None


def _split_heads(pattern: re.Pattern, terms: list[str]) -> tuple[frozenset[str] | None, re.Pattern | None]:
    """The heads of the terms whose heads can be told, and a pattern matching (empty) where one of
    the others can begin a match; (None, None) when no term's heads can be told, or one will not
    compile alone. Every match of the whole begins at one of the heads or where the finder matches."""
    told: set[str] = set()
    untold = []
    for term in terms:
        try:
            heads = word_heads(re.compile(rf"\b(?:{term})", pattern.flags))
        except re.error:
            return None, None
        if heads is None:
            untold.append(term)
        else:
            told |= heads
    if not told:
        return None, None
    return frozenset(told), re.compile(r"\b(?=" + "|".join(f"(?:{t})" for t in untold) + ")", pattern.flags)


def _begins_word(pattern: re.Pattern) -> bool:
    """Whether the pattern opens with \\b and matches letters in their own case only."""
    items = list(re._parser.parse(pattern.pattern))
    return (not (pattern.flags & re.I or _CASELESS.search(pattern.pattern)) and bool(items)
            and items[0] == (re._constants.AT, re._constants.AT_BOUNDARY))


def word_anchors(patterns: Iterable[str]) -> frozenset[str] | None:
    """Openings at a word start, one of which every match of any of the patterns has; None where
    some pattern's cannot be told, or one need not begin a word (those patterns always run). The
    patterns' matches must begin at a word start (the caller puts \\b before them)."""
    heads: set[str] = set()
    for pattern in patterns:
        found = anchors(pattern)
        if found is None:
            return None
        heads |= found
    return frozenset(heads) if heads and all(h[0].isalnum() or h[0] == "_" for h in heads) else None


def may_match(heads: frozenset[str] | None, starts: set[str]) -> bool:
    """Whether patterns with these `word_anchors` can match a text with these `word_starts`."""
    return heads is None or not heads.isdisjoint(starts)


def anchors(term: str) -> set[str] | None:
    """Words one of which every match of a term has at a word start: its opening, or, where that
    is only an article or the like ("a ", "the " in "(a|the) (\\w+ )?(spirits?|demons?) in"),
    the opening of a later part that always follows a space."""
    items = list(re._parser.parse(term))
    for j in range(len(items)):
        if j and not _ends_in_space(items[:j]):
            continue
        heads, _ = _heads(items[j:], WIDTH)
        if heads and "" not in heads and all(len(h) >= 4 or not h[-1].isspace() for h in heads):
            return heads
    return None


def _ends_in_space(items, before: bool = False) -> bool:
    """Whether every way a parsed sequence can match ends with a space (`before`: the text before it does)."""
    c = re._constants
    state = before
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is c.LITERAL:
            state = av == 32
        elif op is c.SUBPATTERN:
            state = _ends_in_space(av[3], state)
        elif op is c.BRANCH:
            state = all(_ends_in_space(branch, state) for branch in av[1])
        elif op in _REPEATS:
            least, _, body = av
            state = _ends_in_space(body, state) and (least > 0 or state)
        else:
            state = False
    return state


def opening(pattern: str, width: int = 3) -> set[str] | None:
    """Every way a match of a regular expression can begin, up to `width` characters (fewer where
    a whole match is shorter, or where an item like \\w or "." follows), or None where not even
    its first character can be told. Zero-width assertions (\\b, lookarounds) add nothing."""
    heads, _ = _heads(re._parser.parse(pattern), width)
    return None if heads is None or "" in heads else heads


_ZERO_WIDTH = {re._constants.AT, re._constants.ASSERT, re._constants.ASSERT_NOT}
_REPEATS = {re._constants.MAX_REPEAT, re._constants.MIN_REPEAT, re._constants.POSSESSIVE_REPEAT}


def _join(heads: set[str], ways: set[str], width: int) -> set[str]:
    return {h if len(h) >= width else (h + w)[:width] for h in heads for w in ways}


def _heads(items, width: int) -> tuple[set[str] | None, bool]:
    """The openings of a parsed sequence, and whether they stop short (an item that cannot be
    told ends them: they are still true openings, only shorter)."""
    heads = {""}
    for op, av in items:
        if all(len(h) >= width for h in heads):
            break
        if op in _ZERO_WIDTH:
            continue
        ways, short = _item(op, av, width)
        if ways is None:
            return heads, True
        heads = _join(heads, ways, width)
        if short or len(heads) > _MOST:
            return (heads if len(heads) <= _MOST else None), True
    return heads, False


def _item(op, av, width: int) -> tuple[set[str] | None, bool]:
    c = re._constants
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 64:
                chars.update(chr(x) for x in range(value[0], value[1] + 1))
            elif kind is c.CATEGORY and value == c.CATEGORY_SPACE:
                chars.update(_spaces())
            else:
                return None, True  # another category (\\w, \\d), a negated class
        return chars, False
    if op is c.SUBPATTERN:
        return _heads(av[3], width)
    if op is c.ATOMIC_GROUP:
        return _heads(av, width)
    if op is c.BRANCH:
        out: set[str] = set()
        stop = False
        for branch in av[1]:
            ways, short = _heads(branch, width)
            if ways is None:
                return None, True
            out |= ways
            stop = stop or short
        return out, stop
    if op in _REPEATS:
        least, most, body = av
        once, short = _heads(body, width)
        if once is None:
            return None, True
        out, run = ({""} if least == 0 else set()), {""}
        for count in range(1, min(most, width) + 1):
            run = _join(run, once, width)
            if len(run) > _MOST:
                return None, True
            if count >= least or short or all(len(r) >= width for r in run):
                out |= run
            if short:
                return out, True
        return out, False
    return None, True


@functools.cache
def _spaces() -> frozenset[str]:
    """What \\s matches in a str pattern: every character Python calls whitespace (29)."""
    return frozenset(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
