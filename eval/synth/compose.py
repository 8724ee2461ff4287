"""Composing one note: choosing templates by section and laying them out in a writing style.

Styles map to template families: `formal` and `caps_headers` use prose sentences, `bullet` and
`quick_lowercase` use fragments, `transcript` uses speaker-labelled dialogue. Every piece is
rendered to a `Fragment` with its spans, then the fragments are joined, so offsets stay exact.
"""

from __future__ import annotations

import functools
import re

from eval.synth.data import OWN_FILES, layout_for, ordinary_for, templates_for
from eval.synth.render import Builder, Fragment, Note
from eval.synth.styles import LAYOUTS

RECORD_TYPES = {"home_visit": "hv", "child_protection_visit": "cp", "child_in_need_review": "cin",
                "looked_after_child_visit": "lac", "supervision": "sup"}
STYLES = ("formal", "bullet", "transcript", "quick_lowercase", "caps_headers")
FAMILY_OF = {"formal": "prose", "caps_headers": "prose", "bullet": "bullet", "quick_lowercase": "quick",
             "transcript": "transcript"}
# Sections of the body, in order, with how many templates each may contribute (min, max).
BODY = {"purpose": (1, 1), "ids": (1, 2), "home": (0, 2), "child": (1, 3), "views": (1, 2), "family": (0, 2),
        "health": (0, 1), "education": (0, 2), "agencies": (0, 2), "context": (1, 4), "analysis": (0, 2),
        "ordinary": (1, 2), "plan": (1, 3)}
# Long notes (a quarter) say more about the child and the background.
LONG = {"child": (2, 4), "views": (1, 3), "family": (1, 3), "context": (3, 7), "analysis": (1, 3)}
PRESENT = {"home_visit": ["child", "mum", "dad", "sib", "nan", "sw"],
           "child_protection_visit": ["child", "mum", "dad", "sib", "sw", "worker"],
           "child_in_need_review": ["mum", "child", "teacher", "hv", "worker", "sw", "dad"],
           "looked_after_child_visit": ["child", "carer", "sw", "sib", "iro"],
           "supervision": ["sw", "mgr"]}
TAG = re.compile(r"^\[([a-z,]+)\]\s*")
VISITS = {"hv", "cp", "cin", "lac"}


@functools.lru_cache(maxsize=None)
def _parsed(family: str, section: str, flag: str) -> tuple[tuple[frozenset, str], ...]:
    out = []
    for raw in templates_for(family, flag).get(section, {}).get(flag, []):
        m = TAG.match(raw)
        tags = set(m.group(1).split(",")) if m else VISITS
        tags = VISITS | {"sup"} if "all" in tags else tags
        out.append((frozenset(tags), raw[m.end():] if m else raw))
    return tuple(out)


def pool(family: str, section: str, split: str, record_type: str) -> tuple[list[str], list[str]]:
    """(split-only templates, dev templates) of a section that fit the record type. The fresh2 and
    fresh3 splits use only their own templates (<split>/templates_*.yaml), never the dev ones."""
    rt = RECORD_TYPES[record_type]
    if split in OWN_FILES:
        return [t for tags, t in _parsed(family, section, split) if rt in tags], []
    dev = [t for tags, t in _parsed(family, section, "dev") if rt in tags]
    own = [t for tags, t in _parsed(family, section, "holdout") if rt in tags] if split == "holdout" else []
    return own, dev


def draw(note: Note, family: str, section: str, k: int) -> list[str]:
    """Up to `k` distinct templates; holdout notes prefer holdout templates (70%)."""
    own, dev = pool(family, section, note.split, note.record_type)
    chosen: list[str] = []
    for _ in range(k):
        first, second = (own, dev) if note.rng.random() < 0.7 else (dev, own)
        options = [t for t in first if t not in chosen] or [t for t in second if t not in chosen]
        if options:
            chosen.append(note.rng.choice(options))
    return chosen


def ordinary_templates(note: Note, k: int) -> list[str]:
    """Sentences using name-like words in their ordinary sense, the family's own names first."""
    words = ordinary_for(note.split)
    family = [note.cast[r] for r in ("child", "mum", "sib", "dad")]
    own = [w.lower() for p in family for w in (p.first, p.last) if w.lower() in words]
    chosen = [note.rng.choice(words[w]) for w in dict.fromkeys(own)][:k]
    while len(chosen) < k:
        chosen.append(note.rng.choice(words[note.rng.choice(sorted(words))]))
    return chosen


def present_line(note: Note, anon: bool) -> Fragment:
    """ "Present: Ayesha, mum Fatima (mother) and Ms Chen (SW)", in the note's style."""
    rng, lay = note.rng, layout_for(note.split)
    roles = PRESENT[note.record_type]
    who = roles[:2] + [r for r in roles[2:] if rng.random() < 0.5]
    b = Builder(note.lower)
    b.add(rng.choice(lay["present"][note.style]))
    sep_last = rng.choice([" and ", ", ", " & ", "; "])
    for i, role in enumerate(who):
        if i:
            b.add(sep_last if i == len(who) - 1 else (", " if sep_last != "; " else "; "))
        word = rng.choice(lay["roles"].get(role, [role]))
        if role == "sib":
            word = "sister" if note.cast["sib"].female else "brother"
        if anon:
            b.add(word)
            continue
        form = rng.choice(["first", "full", "role_first", "first_role"] + (["t", "full_role"] if role not in (
            "child", "sib") else []))
        pieces = note.person(note.cast[role], {"role_first": "first", "first_role": "first",
                                               "full_role": "full"}.get(form, form), role)
        if form == "role_first":
            b.add(word + " ")
        for text, kind in pieces:
            b.add(text, kind)
        if form in ("first_role", "full_role"):
            b.add(f" ({word})" if rng.random() < 0.7 else f", {word}")
    return b.fragment()


def compose(note: Note, anon: bool = False) -> Fragment:
    """One complete note in `note.style`, with its gold spans."""
    rng, style, family = note.rng, note.style, FAMILY_OF[note.style]
    sections: dict[str, list[Fragment]] = {}
    if anon:
        sections["body"] = [note.render(t) for t in draw(note, family, "anon", rng.randint(5, 9))]
        sections["ordinary"] = [note.render(t) for t in ordinary_templates(note, 6) if "{" not in t][:2]
    else:
        sections["header"] = [note.render(t) for t in draw(note, family, "header", 1)]
        sizes = {**BODY, **LONG} if rng.random() < 0.25 else BODY
        for name, (lo, hi) in sizes.items():
            k = rng.randint(lo, hi)
            if name == "ids" and style == "caps_headers":
                chosen = draw(note, family, "caps_ids", rng.randint(1, 3))
            elif name == "ordinary":
                chosen = ordinary_templates(note, k)
            else:
                chosen = draw(note, family, name, k)
            sections[name] = [note.render(t) for t in chosen]
    present = present_line(note, anon) if anon or rng.random() < 0.8 else None
    _fit(note, sections, present)
    present = (sections.pop("_present", None) or [None])[0]
    return LAYOUTS[style](note, sections, present)


def _fit(note: Note, sections: dict[str, list[Fragment]], present: Fragment | None) -> None:
    """Drop fragments until the note holds at most a random cap of identifiers (3-15) and at most
    ~380 words. The header always stays; name-only fragments are the likeliest to go."""
    rng = note.rng
    if present is not None:
        sections["_present"] = [present]
    cap, max_words = rng.randint(3, 15), 380

    def total(attr: str) -> int:
        return sum(len(f.spans) if attr == "spans" else f.words for fs in sections.values() for f in fs)

    def weight(name: str, frag: Fragment) -> float:
        """Names are plentiful, so name-only fragments go first; ordinary-word uses stay."""
        names = sum(1 for *_, kind in frag.spans if kind == "PERSON")
        return (0.1 if name == "ordinary" else 1.0) * (1 + 3 * names / (1 + 4 * (len(frag.spans) - names)))

    while total("spans") > cap or total("words") > max_words:
        optional = [(name, f) for name, fs in sections.items() if name != "header" for f in fs
                    if f.spans or total("words") > max_words]
        if not optional:
            return
        name, frag = rng.choices(optional, weights=[weight(n, f) for n, f in optional])[0]
        sections[name].remove(frag)

