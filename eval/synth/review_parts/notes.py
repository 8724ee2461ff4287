"""A source written as a social worker's notes, in one of four styles.

bullet: terse "- " lines; prose: first-person paragraphs; transcript: speaker-labelled lines
(the child's words as the child's own lines) with the worker's observations in brackets;
quick_lowercase: hurried lower case with abbreviations; caps_headers (fresh2 to fresh29): a typed-up
visit form, full sentences under ALL-CAPS headings. Child quotes keep their exact words in every
style, so `child_quotes` are substrings of the notes.
"""

from __future__ import annotations

import random

from eval.synth.review_parts.bank import Slots, cap, fill, fitting, half, load, quickify, tidy, wording
from eval.synth.review_parts.cast import long_date, note_date, note_slots
from eval.synth.review_parts.source import Action, Fact, Source
from eval.synth.review_parts.transcript import transcript

STYLES = ("bullet", "prose", "transcript", "quick_lowercase")
FRESH2_STYLES = STYLES + ("caps_headers",)
SENTENCES = ("prose", "caps_headers")  # styles written in full sentences
FIRST = ("seen", "absent")  # facts noted straight after who was present
# Who owns an action: (names in sentences, names in terse notes), filled from the note's slots.
NOTE_OWNERS = {
    "sw": (["I"], ["sw", "me", "SW"]), "adult": (["{Adult}"], ["{adult}"]),
    "teacher": (["{teacher}"], ["school", "{teacher}"]), "hv": (["{hv}"], ["hv", "{hv}"]),
    "worker": (["{worker}"], ["fsw", "{worker}"]), "gp": (["the GP"], ["gp", "GP"]),
    "mgr": (["{mgr}"], ["tm", "{mgr}"]), "iro": (["the IRO"], ["iro", "IRO"]),
}


class Writer:
    """Writes one source as notes in one style."""

    def __init__(self, src: Source, style: str, rng: random.Random) -> None:
        self.src, self.style, self.rng = src, style, rng
        self.split = src.split
        self.slots = note_slots(src.people, style, rng)
        self.frames = load("frames")
        marks = self.frames["marks"]
        self.marks = tuple(rng.choice(marks.get(f"notes_{self.split}", marks["notes"])))
        kinds = self.frames["kinds"][src.record_type]
        self.kind = rng.choice(kinds["short"] if style == "quick_lowercase" else kinds["long"])
        self.date = (long_date(src.people.visit) if style == "prose"
                     else note_date(src.people.visit, rng))

    # -- one piece in this style -------------------------------------------------------------
    def text(self, template: str, **extra: str) -> str:
        if self.style == "quick_lowercase":
            template = quickify(template, self.rng)
        return tidy(fill(template, Slots(self.slots, **extra)))

    def quote(self, q: str) -> str:
        key = "via_teacher" if self.src.heard == "teacher" else self.style
        template = self.rng.choice(fitting(half(self.frames["child_quote"][key], self.split), self.src.people.age))
        text = self.text(template, q=q, o=self.marks[0], c=self.marks[1])
        if self.style not in SENTENCES:
            return text
        return cap(text) if text.rstrip("\"'”’")[-1:] in ".?!" else cap(text) + "."

    def adult_quote(self) -> str:
        key = "prose" if self.style in SENTENCES else "bullet"
        template = self.rng.choice(half(self.frames["adult_quote"][key], self.split))
        return self.text(template, q=self.src.adult_quote, o=self.marks[0], c=self.marks[1])

    def owner(self, role: str, full: bool | None = None) -> str:
        """Who owns an action, as notes name them: "I" or "sw", "Mr Hill" or "school"."""
        full = self.style == "prose" if full is None else full
        return fill(self.rng.choice(NOTE_OWNERS[role][0 if full else 1]), self.slots)

    def action(self, action: Action) -> str:
        when = Slots(action.when_slots())
        if self.style == "prose":
            owner = self.owner(action.owner)
            verb = "will" if owner == "I" or self.rng.random() < 0.6 else "to"
            return f"{owner} {verb} {fill(action.task['t'], self.slots)} {fill(action.when['r'], when)}"
        task, by = self.text(action.task["n"]), self.text(action.when["n"], **when)
        layout = wording("action_layout", self.split, self.rng)
        return layout.format(owner=self.owner(action.owner), task=task, by=by)

    def present_items(self) -> list[str]:
        """Who was there, as these notes list them ("mum", "Mr Hill (school)")."""
        src, s, code = self.src, self.slots, self.src.code
        words = dict(zip(("mgr", "carer", "worker"), ("my manager", "foster carer", "family support")
                         if self.style == "prose" else ("tm", "carer", "fsw")))
        if code == "sup":
            return [f"{s['mgr']} ({words['mgr']})", "me"]
        adult = s["adult"] if src.people.adult_role != "carer" else f"{s['adult']} ({words['carer']})"
        if code == "cin":
            items = [adult, "me", f"{s['teacher']} ({'school' if src.people.age > 4 else 'nursery'})"]
            items += [f"{s['worker']} ({words['worker']})"] if src.with_worker else []
            return items + ([s["child"]] if src.with_child else [])
        items = [adult, s["child"]]
        if src.with_sib and code != "lac":
            items.append(f"{s['sib']} ({s['sib_rel']})")
        return items

    def present(self) -> str:
        items = self.present_items()
        template = self.rng.choice(half(self.frames["present"][self.style], self.split))
        if self.style != "prose":
            return fill(template, Slots(list=", ".join(items)))
        joined = items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
        return cap(fill(template, Slots(list=joined)))

    def next_visit(self) -> str:
        what = self.frames["kinds"][self.src.record_type]["what"]
        d = self.src.next_date
        weeks = max(2, round((d - self.src.people.visit).days / 7))
        if self.style in SENTENCES:
            template = self.rng.choice(half(self.frames["next"]["prose"], self.split))
            return fill(template, Slots(what=what, date=long_date(d)))
        template = self.rng.choice(half(self.frames["next"]["notes"], self.split))
        return self.text(template, what=what, dnum=note_date(d, self.rng), wnum=str(weeks))

    def header(self) -> str:
        template = self.rng.choice(half(self.frames["header"][self.style], self.split))
        return fill(template, Slots(self.slots, kind=self.kind, KIND=self.kind.upper(), date=self.date))

    def ordered(self) -> tuple[list[Fact], list[tuple[str, object]], list[Fact]]:
        """Facts noted first, the shuffled body (facts and quotes), and the opinion at the end."""
        first = [f for f in self.src.facts if f.category in FIRST]
        last = [f for f in self.src.facts if f.category == "analysis"]
        body: list[tuple[str, object]] = [("fact", f) for f in self.src.facts
                                          if f.category not in FIRST and f.category != "analysis"]
        body += [("quote", q["q"]) for q in self.src.quotes] + [("adult", self.src.adult_quote)]
        self.rng.shuffle(body)
        return first, body, last

    # -- the styles -------------------------------------------------------------------------
    def bullet_lines(self) -> list[str]:
        first, body, last = self.ordered()
        lines = [self.header(), self.present(), self.text(self.src.purpose["b"])]
        lines += [self.text(f.entry["b"]) for f in first]
        for kind, item in body:
            lines.append(self.text(item.entry["b"]) if kind == "fact"
                         else self.quote(item) if kind == "quote" else self.adult_quote())
        lines += [self.text(f.entry["b"]) for f in last]
        return lines

    def bullet(self) -> str:
        lines = self.bullet_lines()
        acts = [self.action(a) for a in self.src.actions]
        heading = wording("actions_heading", self.split, self.rng)
        out = lines[:2] + ["- " + line for line in lines[2:]] + [heading] + ["- " + a for a in acts]
        return "\n".join(out + ["- " + self.next_visit()])

    def quick_lowercase(self) -> str:
        lines = self.bullet_lines() + [self.action(a) for a in self.src.actions] + [self.next_visit()]
        out = [lines[0]]
        for line in lines[1:]:
            if self.rng.random() < 0.25 and len(out) > 1:
                out[-1] += "; " + line
            else:
                out.append(line)
        return "\n".join(out)

    def prose(self) -> str:
        first, body, last = self.ordered()
        opening = [self.header(), self.text(self.src.purpose["p"])]
        opening += [] if self.src.code == "sup" else [self.present()]  # the purpose names the manager
        opening += [self.text(f.entry["p"]) for f in first]
        sentences = []
        for kind, item in body:
            sentences.append(self.text(item.entry["p"]) if kind == "fact"
                             else self.quote(item) if kind == "quote" else self.adult_quote())
        paras = [" ".join(opening)]
        while sentences:
            size = self.rng.randint(2, 4)
            paras.append(" ".join(sentences[:size]))
            sentences = sentences[size:]
        acts = "; ".join(self.action(a) for a in self.src.actions)
        closing = [self.text(f.entry["p"]) for f in last]
        closing += [fill(wording("agreed", self.split, self.rng), Slots(acts=acts)), self.next_visit()]
        paras.append(" ".join(closing))
        return "\n\n".join(paras)

    def transcript(self) -> str:
        return transcript(self)

    def caps_headers(self) -> str:
        """A typed-up visit form: ALL-CAPS headings (frames.yaml `caps_headings`), sentences under them."""
        first, body, last = self.ordered()
        heads = self.frames["caps_headings"]
        head = lambda key: self.rng.choice(half(heads[key], self.split))  # noqa: E731
        blocks = {"observations": [self.text(f.entry["p"]) for f in first], "child_voice": [],
                  "carers_views": []}
        for kind, item in body:
            if kind == "fact":
                key = item.section if item.section in blocks else "observations"
                blocks[key].append(self.text(item.entry["p"]))
            else:
                blocks["child_voice" if kind == "quote" else "carers_views"].append(
                    self.quote(item) if kind == "quote" else self.adult_quote())
        out = [self.header(), self.present(), f"{head('purpose')}\n{self.text(self.src.purpose['p'])}"]
        out += [f"{head(key)}\n{' '.join(texts)}" for key, texts in blocks.items() if texts]
        if last:
            out.append(f"{head('analysis')}\n{' '.join(self.text(f.entry['p']) for f in last)}")
        out.append(head("actions") + "\n" + "\n".join("- " + self.action(a) for a in self.src.actions))
        out.append(f"{head('next')} {self.next_visit()}")
        return "\n\n".join(out)


def styles(split: str) -> tuple[str, ...]:
    """The note styles a split spreads its sources over."""
    return FRESH2_STYLES if split in ("fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8",
                                    "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16",
                                    "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29") else STYLES


def write_notes(src: Source, style: str, rng: random.Random) -> str:
    """The notes of `src` in `style` (one of `styles(split)`)."""
    return getattr(Writer(src, style, rng), style)()
