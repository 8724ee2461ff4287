"""A case's notes in one of five styles.

formal: first-person paragraphs; bullet: terse "- " lines; transcript: speaker-labelled lines
(the child's words as the child's own lines, observations in brackets); quick_lowercase: hurried
lower case with abbreviations; caps_headers: ALL-CAPS section headings over short lines. The
child's words are written exactly, so every gold quote is a substring of the notes.
"""

from __future__ import annotations

import random

from eval.synth.people import case_name
from eval.synth.review_parts.cast import long_date, note_date
from eval.synth.suite_parts.bank import Slots, cap, fill, load, quickify, tidy
from eval.synth.suite_parts.cast import Spec
from eval.synth.suite_parts.slots import CLOSE, OPEN, carer_names, case_slots

STYLES = ("formal", "bullet", "transcript", "quick_lowercase", "caps_headers")
NOTE_OWNERS = {"sw": ("I", "sw"), "school": ("School", "school"), "fsw": ("The family support worker", "fsw"),
               "mgr": ("My manager", "tm"), "fc": ("{Fc}", "{fc}"), "carer": ("{Carer}", "{carer}")}


class Writer:
    """Writes one spec as notes in its style."""

    def __init__(self, spec: Spec, rng: random.Random) -> None:
        self.spec, self.rng, self.style, self.suite = spec, rng, spec.style, spec.suite
        self.slots = case_slots(spec, spec.style, rng, mark=True)
        self.quick = spec.style == "quick_lowercase"
        self.formal = spec.style == "formal"
        self.sup = spec.record_type == "supervision"
        voice, frames = load("voice"), load("frames")
        self.marks = tuple(rng.choice(voice["marks"]["notes"]))
        title_slots = case_slots(spec, None, rng, mark=True)  # the child's words keep names as written
        self.quotes = [tidy(fill(q, title_slots)) for q in spec.quotes]
        self.carer_quote = tidy(fill(spec.carer_quote, title_slots))
        long, short = frames["kinds"].get(spec.suite, frames["kinds"])[spec.record_type]
        self.kind = short if self.quick else long
        # transcript speaker labels: "SW" and the child's name, or the suite's own choices
        self.labels = frames.get("labels", {}).get(spec.suite)
        self.sw = rng.choice(self.labels["sw"]) if self.labels else "SW"
        self.what = frames["next_what"][spec.record_type]
        self.date = long_date(spec.visit) if self.formal else note_date(spec.visit, rng)

    # -- pieces ----------------------------------------------------------------------------------
    def text(self, template: str, **extra: str) -> str:
        if self.quick:
            template = quickify(template, self.rng)
        return tidy(fill(template, Slots(self.slots, **extra)))

    def item(self, entry: dict) -> str:
        return self.text(entry["p"]) if self.formal else self.text(entry["b"])

    def frame(self, bank: str, key: str) -> str:
        return self.rng.choice(load("voice")[bank][self.suite][key])

    def quote(self, i: int) -> str:
        key = "sup" if self.sup else "prose" if self.formal else "bullet"
        line = self.text(self.frame("notes", key), q=self.quotes[i], o=self.marks[0], c=self.marks[1])
        return self._sentence(line)

    def carer(self) -> str:
        key = "sup" if self.sup else "prose" if self.formal else "bullet"
        line = self.text(self.frame("carer_frames", key), cq=self.carer_quote, o=self.marks[0], c=self.marks[1])
        return self._sentence(line)

    def _sentence(self, line: str) -> str:
        if not self.formal:
            return line
        line = cap(line)
        return line if line.rstrip("\"'”’")[-1:] in ".?!" else line + "."

    def present(self) -> str:
        key = "prose" if self.formal else "notes"
        return fill(self.rng.choice(load("frames")["present"][self.suite][key]), Slots(list=self.present_list()))

    def present_list(self) -> str:
        spec, s = self.spec, self.slots
        me = "me" if self.formal else self.rng.choice(["me", "sw", "me (sw)"])
        code = spec.record_type
        if code == "supervision":
            items = [f"{s['mgr']} (team manager)", me]
        elif code == "looked_after_child_visit":
            items = [f"{s['fc']} (foster carer)", s["child"], me]
        else:
            items = carer_names(spec, s, self.formal)
            items += [f"{s['teacher']} ({s['school']})", me] if code == "child_in_need_review" else [s["child"], me]
        return ", ".join(items[:-1]) + " and " + items[-1] if self.formal else ", ".join(items)

    def header(self) -> str:
        key = {"formal": "prose", "quick_lowercase": "quick", "caps_headers": "caps"}.get(self.style, self.style)
        template = self.rng.choice(load("frames")["header"][self.suite][key])
        return fill(template, Slots(self.slots, kind=self.kind, KIND=self.kind.upper(), date=self.date))

    def purpose(self) -> str:
        return self.item(load("frames")["purpose"][self.suite][self.spec.record_type])

    def action(self, task: dict, date) -> str:
        long, short = NOTE_OWNERS[task["own"]]
        if self.formal:
            owner = fill(long, self.slots)
            return f"{owner} will {self.text(task['t'])} by {long_date(date)}."
        return self.text(f"{short} to {task['n']} by {{by}}", by=note_date(date, self.rng))

    def next_visit(self) -> str:
        d = self.spec.next_date
        if self.formal:
            return f"The next {self.what} is booked for {long_date(d)}."
        return self.text(f"next {self.what} {{by}}", by=note_date(d, self.rng))

    def body(self) -> list[tuple[str, object]]:
        """Everything between the first lines and the analysis, in a shuffled order."""
        parts: list[tuple[str, object]] = [("item", e) for _, e in self.spec.entries[1:]]
        parts += [("quote", i) for i in range(len(self.quotes))] + [("carer", None)]
        self.rng.shuffle(parts)
        return parts

    def piece(self, kind: str, value) -> str:
        return self.item(value) if kind == "item" else self.quote(value) if kind == "quote" else self.carer()

    # -- styles ----------------------------------------------------------------------------------
    def formal_notes(self) -> str:
        seen = self.spec.entries[0][1]
        opening = [self.header(), self.purpose(), self.present(), self.item(seen)]
        sentences = [self.piece(k, v) for k, v in self.body()]
        paras = [" ".join(opening)]
        while sentences:
            size = self.rng.randint(2, 4)
            paras.append(" ".join(sentences[:size]))
            sentences = sentences[size:]
        closing = [self.item(self.spec.analysis)] + [self.action(*a) for a in self.spec.actions]
        paras.append(" ".join(closing + [self.next_visit()]))
        return "\n\n".join(paras)

    def bullet_notes(self) -> str:
        lines = [self.purpose(), self.item(self.spec.entries[0][1])]
        lines += [self.piece(k, v) for k, v in self.body()] + [self.item(self.spec.analysis)]
        actions = [self.action(*a) for a in self.spec.actions]
        heading = self.rng.choice(["Actions:", "Agreed:", "Next steps:"])
        out = [self.header(), self.present()] + ["- " + x for x in lines] + [heading]
        return "\n".join(out + ["- " + a for a in actions] + ["- " + self.next_visit()])

    def quick_lowercase_notes(self) -> str:
        lines = [self.present(), self.purpose(), self.item(self.spec.entries[0][1])]
        lines += [self.piece(k, v) for k, v in self.body()] + [self.item(self.spec.analysis)]
        lines += [self.action(*a) for a in self.spec.actions] + [self.next_visit()]
        out = [self.header()]
        for line in lines:
            if len(out) > 1 and self.rng.random() < 0.25:
                out[-1] += "; " + line
            else:
                out.append(line)
        return "\n".join(out)

    def caps_headers_notes(self) -> str:
        h = load("frames")["caps_sections"][self.suite]
        parts = self.body()
        obs = [self.item(e) for k, e in parts if k == "item" and e.get("sec") != "carers_views"]
        voice = [self.quote(i) for k, i in parts if k == "quote"]
        fam = [self.carer()] + [self.item(e) for k, e in parts if k == "item" and e.get("sec") == "carers_views"]
        out = [self.header(), f"{h['present']}: {self.present_list()}",
               f"{h['purpose']}: {self.purpose()}", f"{h['seen']}: {self.item(self.spec.entries[0][1])}"]
        for key, lines in (("obs", obs), ("voice", voice), ("carer", fam)):
            out += [f"{h[key]}:"] + ["- " + x for x in lines]
        out += [f"{h['analysis']}: {self.item(self.spec.analysis)}", f"{h['actions']}:"]
        out += ["- " + self.action(*a) for a in self.spec.actions]
        return "\n".join(out + [f"{h['next']}: {self.next_visit()}"])

    def transcript_notes(self) -> str:
        from eval.synth.suite_parts.transcript import transcript

        return transcript(self)

    def label(self, who: str) -> str:
        """A speaker label: the child's name, the carer's word or name, SW."""
        if who == "child":
            name = f"{OPEN}{case_name(self.spec.child.first, 'transcript', self.rng, label=True)}{CLOSE}"
            if not self.labels:
                return name
            return fill(self.rng.choice(self.labels["child"]), Slots(name=name, age=str(self.spec.age)))
        if who == "carer" and not self.spec.carers:
            return f"{OPEN}{case_name(self.spec.pros['fc'], 'transcript', self.rng, label=True)}{CLOSE}"
        if who == "carer":
            word = str(self.slots["carer"])
            return word.upper() if self.rng.random() < 0.6 else word.capitalize()
        return self.sw


def write_notes(spec: Spec, rng: random.Random) -> tuple[str, list[str]]:
    """The notes of `spec` in its style (with name marks), and the child's words as written."""
    writer = Writer(spec, rng)
    return getattr(writer, f"{spec.style}_notes")(), writer.quotes
