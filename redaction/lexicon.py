"""The words behind name detection: an English dictionary and word frequencies (is it an
ordinary word?), first names from many countries, and the lists in names.yaml and places.yaml."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "names.yaml"
WORLD = Path(__file__).parent / "world_names.yaml"
PLACES = Path(__file__).parent / "places.yaml"
GB_PLACES = Path(__file__).parent / "gb_places.txt"
WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
# British spellings the (American) dictionary lacks: "minimises" -> "minimizes".
_BRITISH = ((r"is(e|es|ed|ing|ation|ations)$", r"iz\1"), (r"our(s?)$", r"or\1"), (r"tre(s?)$", r"ter\1"),
            (r"ys(e|es|ed|ing)$", r"yz\1"), (r"ll(ed|ing|er)$", r"l\1"))
_PREFIXES = ("un", "non", "re", "pre", "over", "under", "mis", "dis", "sub", "super", "inter", "co", "self")
_SUFFIXES = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("ied", "y"), ("ies", "y"), ("es", ""),
             ("ors", "e"), ("or", "e"), ("ive", "e"), ("ness", ""), ("ment", ""), ("able", ""), ("ful", ""),
             ("less", ""), ("ity", ""), ("ship", ""), ("al", ""), ("ally", ""),
             ("s", ""), ("ly", ""), ("er", ""), ("ers", ""), ("est", ""), ("'s", ""), ("’s", ""))


@dataclass(frozen=True)
class Lexicon:
    titles: frozenset[str]
    title_nouns: frozenset[str]
    relations: frozenset[str]
    introducers: tuple[tuple[str, ...], ...]
    list_heads: tuple[tuple[str, ...], ...]
    identity_cue: re.Pattern[str]
    name_field: re.Pattern[str]
    weak_before: frozenset[str]
    seeing: tuple[tuple[str, ...], ...]
    addressing: frozenset[str]
    list_cue: re.Pattern[str]
    name_syllables: frozenset[str]
    speech: frozenset[str]
    person_verbs: frozenset[str]
    deeds: frozenset[str]
    calendar: frozenset[str]
    not_names: frozenset[str]
    towns: frozenset[str]
    dictionary: frozenset[str]
    first_names: frozenset[str]
    surnames: frozenset[str]
    word_surnames: frozenset[str]
    not_surnames: frozenset[str]
    family_heads: frozenset[str] = frozenset()
    family_kinds: frozenset[str] = frozenset()
    relation_nouns: frozenset[str] = frozenset()
    relation_field: re.Pattern[str] = re.compile(r"(?!x)x")

    @functools.lru_cache(maxsize=65536)  # noqa: B019 (one lexicon per process)
    def common(self, word: str) -> bool:
        """A dictionary word as written, or a frequent one ("will", "grace", "khan")."""
        from wordfreq import zipf_frequency

        w = word.casefold()
        if w in self.not_names:
            return True
        if _fold(w) in self.first_names or _fold(w) in self.surnames:
            # A name that is also a word counts as the word only if it is an English word
            # (not just frequent as a name or a place: "carolina") and a frequent one: "will",
            # "hope", "grace", "miles" yes; "amelia", "holly", "ivy" no.
            return zipf_frequency(w, "en") >= 4.0 and any(s in self.dictionary for s in _stems(w))
        return w in self.dictionary or zipf_frequency(w, "en") >= 3.5

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def ordinary(self, word: str) -> bool:
        """An English word in its own right, an inflection of one ("phoned", "minimises") or two
        run together ("windowsill")."""
        w = word.casefold().strip("'’")
        return self.common(w) or self.inflected(w) or self.compound(w)

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def inflected(self, word: str) -> bool:
        """An inflection or British spelling of an English word: "phoned", "minimises"."""
        from wordfreq import zipf_frequency

        w = word.casefold().strip("'’")
        # A dictionary stem must be a word people use, not an obscure entry ("yiting" is no
        # inflection of "yite").
        return any((s in self.dictionary and zipf_frequency(s, "en") >= 1.5) or zipf_frequency(s, "en") >= 3.0
                   for s in _stems(w)[1:])

    def compound(self, w: str) -> bool:
        """Two everyday words run together: "timescale", "worksheet", "windowsill"."""
        from wordfreq import zipf_frequency

        # Both halves dictionary words, not merely frequent ones: "tina" + "she" is no compound;
        # nor is a syllable said twice, which makes names ("Lingling", "Lulu"), not words.
        # A half that is a name rather than a word does not count ("hour" + "ani" is "Hourani",
        # "lin" + "ford" is "Linford", "sol" + "angel" is "Solangel").
        return any(w[:k] != w[k:] and w[:k] in self.dictionary and zipf_frequency(w[:k], "en") >= 3.0
                   and not self._name_half(w[:k])
                   and (w[k:] in self.dictionary or (len(w) - k >= 4 and self.inflected(w[k:])))  # "backdated"
                   and zipf_frequency(w[k:], "en") >= 3.0 and not self._name_half(w[k:]) for k in range(3, len(w) - 2))

    @functools.lru_cache(maxsize=65536)  # noqa: B019
    def misspelt(self, word: str) -> bool:
        """A frequent word typed with one slip, in lower case: two letters swapped ("freinds"), one
        left out ("placemnt") or one too many; in a long word one wrong ("definately"). Not a
        known name, nor a short word: one slip from "martin" or "dale" is a name's distance."""
        from wordfreq import zipf_frequency

        w = word.casefold()
        if len(w) < 6 or not w.isalpha() or not word.islower() or self.first_name(w) or self.surname(w):
            return False
        letters = "abcdefghijklmnopqrstuvwxyz"
        edits = {w[:k] + w[k + 1] + w[k] + w[k + 2:] for k in range(len(w) - 1)}
        edits |= {w[:k] + w[k + 1:] for k in range(len(w))}
        edits |= {w[:k] + c + w[k:] for k in range(len(w) + 1) for c in letters}
        if len(w) >= 8:
            edits |= {w[:k] + c + w[k + 1:] for k in range(len(w)) for c in letters}
        return any(zipf_frequency(e, "en") >= 4.0 and (e in self.dictionary or self.inflected(e))
                   and not self.first_name(e) and not self.surname(e) for e in edits - {w})  # not "micheal"

    def _name_half(self, half: str) -> bool:
        from wordfreq import zipf_frequency

        return (self.first_name(half) or self.surname(half)) and zipf_frequency(half, "en") < 4.0

    def word_like(self, word: str) -> bool:
        """Could be an English word: ordinary(), except that a name must be a frequent word as
        written ("will", "grace"), not a compound or inflection ("simran", "jamal", "andrés")."""
        return self.common(word) if self.first_name(word) or self.surname(word) else self.ordinary(word)

    def weak(self, word: str) -> bool:
        """Towns, and acronyms that are also name syllables ("HO"): names only with strong context."""
        return word.casefold() in self.towns

    def first_name(self, word: str) -> bool:
        return _fold(word) in self.first_names

    def surname(self, word: str) -> bool:
        return _fold(word) in self.surnames

    def never_a_name(self, word: str) -> bool:
        w = word.casefold()
        return (w in self.not_names or w in self.relations or w in self.titles or w in self.family_heads
                or len(w) < 2 or not WORD.match(word))


def _fold(word: str) -> str:
    """Case- and accent-insensitive form: "JOSÉ" -> "jose"."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def _stems(word: str) -> list[str]:
    """What a word may be an inflection or British spelling of, for the dictionary."""
    forms = [word] + [re.sub(p, r, word) for p, r in _BRITISH if re.search(p, word)]
    forms += [f[len(pre):] for f in list(forms) for pre in _PREFIXES
              if f.startswith(pre) and len(f) - len(pre) >= 4]
    stems = list(forms)
    for form in forms:
        for suffix, repl in _SUFFIXES:
            if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                stem = form[: -len(suffix)] + repl
                if suffix in _DOUBLING and not repl and (_UNDOUBLED.search(stem) or stem.endswith(_STACKED)):
                    continue  # "shuting" is no "shut" + "ing" (that is "shutting"), "pottinger" no "potting" + "er"
                stems += [stem, stem[:-1]] if len(stem) >= 3 and stem[-1] == stem[-2] else [stem]
    return stems


# English doubles the last consonant of a short word before these endings ("shut" -> "shutting",
# "run" -> "runner"), and stacks no ending on "-ing" or "-ed" ("pottinger" is a surname).
_DOUBLING = {"ing", "ed", "er", "ers", "est"}
_UNDOUBLED = re.compile(r"^[^aeiouy]*[aeiou][^aeiouwxy]$")
_STACKED = ("ing", "ed")


@functools.cache
def address_towns() -> frozenset[str]:
    """Towns an address may end with, in lower case: places.yaml's towns and the UK's places in
    gb_places.txt ("58 Horsegin Street Leyland"). Only addresses read these: a place is not a
    clue against a person's name as places.yaml's towns are (`Lexicon.weak`)."""
    towns = yaml.safe_load(PLACES.read_text(encoding="utf-8"))["towns"]
    more = [line for line in GB_PLACES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    towns = {t.casefold() for t in [*towns, *more]}
    return frozenset(towns | {"st" + t[len("saint"):] for t in towns if t.startswith("saint ")})  # "St Bees"


@functools.cache
def lexicon() -> Lexicon:
    """Word lists from names.yaml, an English dictionary (english-words' web2, lower-case entries
    only, so proper nouns are out) and names from many countries (gender-guesser's first names,
    and world_names.yaml's first names and surnames)."""
    from english_words import get_english_words_set

    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    world = yaml.load(WORLD.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    relations = data["relations"] + [p + r for p in data["relation_prefixes"] for r in data["relations"]]
    return Lexicon(
        titles=frozenset(data["titles"]), title_nouns=frozenset(data["title_nouns"]),
        relations=frozenset(relations),
        introducers=tuple(tuple(i.split()) for i in data["introducers"]),
        list_heads=tuple(tuple(i.split()) for i in data["list_heads"]),
        identity_cue=re.compile(r"(?<!\w)(?:" + "|".join(data["identity_cues"]) + ")", re.I),
        name_field=re.compile(r"(?im)(?:^[ \t]*(?:[-*•>·o][ \t]+)?|\|[ \t]*|/[ \t]+|--[ \t]*)(?:"
                              + "|".join(data["name_fields"]) + r")[ \t]*(?::|-+|–|\.{3,})[ \t]*"),  # dot leaders: "NAME ....... X"
        weak_before=frozenset(data["weak_before"]), seeing=tuple(tuple(x.split()) for x in data["seeing"]),
        addressing=frozenset(data["addressing"]),
        list_cue=re.compile(r"(?<!\w)(?:" + "|".join(data["list_cues"]) + r")(?!\w)", re.I),
        name_syllables=frozenset(data["name_syllables"]), speech=frozenset(data["speech"]),
        person_verbs=frozenset(data["person_verbs"]),
        deeds=frozenset(data["deeds"]),
        calendar=frozenset(data["calendar"]), not_names=frozenset(data["not_names"]),
        towns=frozenset(t.casefold() for t in yaml.safe_load(PLACES.read_text(encoding="utf-8"))["towns"])
        | frozenset(data["context_only"]),
        dictionary=frozenset(w for w in web2 if w.islower()),
        first_names=(_first_names() | set(world["first_names"].split()) | {_fold(n) for n in data["more_first_names"]})
        - {_fold(n) for n in data["not_first_names"]},
        surnames=frozenset(world["surnames"].split()),
        word_surnames=(frozenset(world["word_surnames"].split()) | set(data.get("more_word_surnames", [])))
        - set(data["not_surnames"]),
        not_surnames=frozenset(data["not_surnames"]),
        family_heads=frozenset(data["family_heads"]), family_kinds=frozenset(data["family_kinds"]),
        relation_nouns=frozenset(data.get("relation_nouns", [])),
        # "Mum: ...", "=> DAD - ...", "| Nan: ...", "* Nan :: ..." at the start of a line or a field.
        relation_field=re.compile(r"(?im)(?:^[ \t]*(?:(?:[^\w\s(\[{'\"‘“]{1,3}|\[[ x]?\])[ \t]*)?|\|[ \t]*|/[ \t]+)(?:"
                                  + "(?:" + "|".join(re.escape(p) for p in data["relation_prefixes"]) + ")?(?:"
                                  + "|".join(re.escape(r) for r in sorted(data["relations"], key=len, reverse=True)) + ")"
                                  + r")(?:'s)?[ \t]*(?::{1,2}|-+|–|\.{3,})[ \t]*"),
    )


def _first_names() -> frozenset[str]:
    from importlib.resources import files

    names = set()
    table = files("gender_guesser") / "data" / "nam_dict.txt"
    for line in table.read_text(encoding="iso-8859-1").splitlines():
        if line[:1].isalpha() or line[:1] in "?1":  # "1F Mary", "1M Jesús" too
            name = line[3:29].strip()
            if name and "+" not in name and "<" not in name:
                names.add(_fold(name))
    return frozenset(names)
