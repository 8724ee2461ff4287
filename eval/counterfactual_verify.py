"""Verifying a counterfactual pair: the two cases differ in nothing but the terms of one axis."""

from __future__ import annotations

import difflib

from eval.counterfactual_edits import pronoun_words, token_list
from eval.counterfactual_lexicon import TEXT_FIELDS, check_axis, lexicon


def verify_pair(a: dict, b: dict, axis: str) -> list[str]:
    """Problems (empty when fine): anything that differs other than the swapped terms.

    Checks every text field token by token (each differing token must be a term of `axis`, or a
    name of the child or family for the axes that rename), that a term is swapped the same way
    everywhere, that `attributes` differ in `axis` alone, and that the pii spans match.
    """
    check_axis(axis)
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
