"""Laying rendered fragments out as a note in one of the five writing styles.

Each layout takes the note, its sections (name -> rendered fragments, in order; "header" first)
and the optional "present" line, and returns one `Fragment`. Only literal separators, bullets
and headings are added, through `Builder`, so the gold spans move with the text.
"""

from __future__ import annotations

from eval.synth.data import layout_for
from eval.synth.render import Builder, Fragment, Note, join

Sections = dict[str, list[Fragment]]


def upper(fragment: Fragment) -> Fragment:
    """The fragment in capitals, when that keeps every character's offset (it nearly always does)."""
    text = fragment.text.upper()
    return Fragment(text, fragment.spans) if len(text) == len(fragment.text) else fragment


def prefixed(prefix: str, fragment: Fragment, lower: bool = False) -> Fragment:
    """`prefix` (a bullet, a heading, a speaker label) then the fragment."""
    b = Builder(lower)
    b.add(prefix)
    b.extend(fragment)
    return b.fragment()


def heading(note: Note, section: str, caps: bool) -> str:
    """A heading for `section`: "CHILD'S VIEWS" in caps, else "Child's views"."""
    text = note.rng.choice(layout_for(note.split)["headings"].get(section, ["NOTES"]))
    return text if caps else text.capitalize()


def _body(sections: Sections) -> list[tuple[str, list[Fragment]]]:
    return [(name, fs) for name, fs in sections.items() if name not in ("header", "_present") and fs]


def _start(sections: Sections, present: Fragment | None) -> list[Fragment]:
    return [f for f in [*sections.get("header", []), present] if f is not None]


def formal(note: Note, sections: Sections, present: Fragment | None) -> Fragment:
    """Paragraphs of full sentences, one to three sections each, some with a heading."""
    rng, blocks, para = note.rng, _start(sections, present), []
    for i, (name, frags) in enumerate(_body(sections)):
        para += frags
        if rng.random() < 0.5 or i == len(_body(sections)) - 1:
            text = join(para, " ")
            blocks.append(prefixed(heading(note, name, False) + ": ", text) if rng.random() < 0.2 else text)
            para = []
    return join(blocks, rng.choice(["\n\n", "\n\n", "\n"]))


def caps_headers(note: Note, sections: Sections, present: Fragment | None) -> Fragment:
    """ALL-CAPS headings ("CHILD'S VIEWS:") with prose under or beside them."""
    rng = note.rng
    blocks = [upper(f) if rng.random() < 0.4 else f for f in _start(sections, present)]
    for name, frags in _body(sections):
        if name == "ids":
            blocks.append(join(frags, "\n"))
            continue
        sep = rng.choice([":\n", ": ", ":\n"])
        blocks.append(prefixed(heading(note, name, True) + sep, join(frags, " ")))
    return join(blocks, rng.choice(["\n\n", "\n"]))


def bullet(note: Note, sections: Sections, present: Fragment | None) -> Fragment:
    """A header line, then one bullet a fragment, sometimes under a short heading."""
    rng = note.rng
    mark = rng.choice(layout_for(note.split)["bullets"])
    lines = _start(sections, present)
    for name, frags in _body(sections):
        if rng.random() < 0.3:
            lines.append(Fragment(heading(note, name, False) + ":"))
        lines += [prefixed(rng.choice([mark, mark, mark, "* "]), f) for f in frags]
    return join(lines, "\n")


def _unstopped(fragment: Fragment) -> Fragment:
    """The fragment without a final full stop (jotted notes drop them), unless a span ends there."""
    text = fragment.text
    if text.endswith(".") and all(e < len(text) for _, e, _ in fragment.spans):
        return Fragment(text[:-1], fragment.spans)
    return fragment


def quick_lowercase(note: Note, sections: Sections, present: Fragment | None) -> Fragment:
    """Jotted lower-case fragments run together with the writer's own separators."""
    rng = note.rng
    seps = rng.sample(["\n", ". ", "; ", " / ", ", ", "\n- ", ". "], 2)
    frags = [_unstopped(f) for f in _start(sections, present) + [f for _, fs in _body(sections) for f in fs]]
    b = Builder(lower=True)
    for i, frag in enumerate(frags):
        if i:
            b.add("\n" if i == 1 and rng.random() < 0.6 else rng.choice(seps))
        b.extend(frag)
    return b.fragment()


def transcript(note: Note, sections: Sections, present: Fragment | None) -> Fragment:
    """A header, the people present, then speaker-labelled lines."""
    rng = note.rng
    lines = _start(sections, present)
    for name, frags in _body(sections):
        if name == "ordinary":
            labels = layout_for(note.split).get("ordinary_labels", ["SW: ", "Mum: ", "SW: "])
            frags = [prefixed(rng.choice(labels), f) for f in frags]
        lines += frags
    return join(lines, "\n")


LAYOUTS = {"formal": formal, "caps_headers": caps_headers, "bullet": bullet,
           "quick_lowercase": quick_lowercase, "transcript": transcript}
