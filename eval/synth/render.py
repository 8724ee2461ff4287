"""Rendering templates into text with exact gold spans.

Text is only ever built by appending pieces and recording each identifier's offsets as it is
appended (never by searching the finished text), so every span is exact. A template is a string
with slots such as `{child}`, `{mum.t}`, `{address}` or `{vdate}`; see `Note.slot` for the list.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from eval.synth import identifiers as ids
from eval.synth.data import places_for
from eval.synth.people import Person, case_name

SLOT = re.compile(r"\{(\w+)(?:\.(\w+))?\}")
Piece = tuple[str, "str | None"]


@dataclass
class Fragment:
    """A piece of note text with its gold spans, (start, end, type) relative to `text`."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def words(self) -> int:
        return len(self.text.split())


class Builder:
    """Appends text, recording the offsets of identifier pieces; lower-cases literals if asked."""

    def __init__(self, lower: bool = False) -> None:
        self.parts: list[str] = []
        self.spans: list[tuple[int, int, str]] = []
        self.pos = 0
        self.lower = lower

    def add(self, text: str, kind: str | None = None) -> None:
        """Append `text`; when `kind` is given it is a gold span of that type."""
        if kind is None and self.lower:
            text = text.lower()
        if kind:
            self.spans.append((self.pos, self.pos + len(text), kind))
        self.parts.append(text)
        self.pos += len(text)

    def extend(self, fragment: Fragment) -> None:
        """Append a rendered fragment, shifting its spans."""
        self.spans += [(s + self.pos, e + self.pos, k) for s, e, k in fragment.spans]
        self.parts.append(fragment.text)
        self.pos += len(fragment.text)

    def fragment(self) -> Fragment:
        return Fragment("".join(self.parts), list(self.spans))


def join(fragments: list[Fragment], sep: str, lower: bool = False) -> Fragment:
    """Fragments joined by a literal separator."""
    b = Builder(lower)
    for i, frag in enumerate(fragments):
        if i:
            b.add(sep)
        b.extend(frag)
    return b.fragment()


def year_group(age: int, rng: random.Random) -> str:
    """The school year of a child of `age`: "Year 6", "Reception", "nursery"."""
    if age < 4:
        return "nursery"
    if age == 4:
        return "Reception"
    return rng.choice([f"Year {age - 4}"] * 4 + [f"Y{age - 4}", f"year {age - 4}"])


@dataclass
class Note:
    """Everything one note refers to, and the renderer of its template slots."""

    rng: random.Random
    style: str
    split: str
    group: str
    record_type: str
    cast: dict[str, Person]
    town: dict
    visit: dt.date
    age: int
    values: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.dob = self.visit - dt.timedelta(days=self.age * 365 + self.rng.randint(20, 340))

    @property
    def lower(self) -> bool:
        return self.style == "quick_lowercase"

    def fixed(self, key: str, make) -> str:
        """A value made once per note (the child's NHS number, mum's mobile), then reused."""
        if key not in self.values:
            self.values[key] = make()
        return self.values[key]

    def ident(self, text: str) -> str:
        """An identifier's text, lower-cased more often than not in the quick style."""
        if self.lower and self.rng.random() < 0.65:
            return text.lower()
        if self.style == "caps_headers" and self.rng.random() < 0.2:
            return text.upper()
        return text.lower() if self.rng.random() < 0.04 else text

    def render(self, template: str) -> Fragment:
        """A template rendered into a fragment with its gold spans."""
        b, pos = Builder(self.lower), 0
        for m in SLOT.finditer(template):
            b.add(template[pos:m.start()])
            for text, kind in self.slot(m.group(1), m.group(2) or ""):
                b.add(text, kind)
            pos = m.end()
        b.add(template[pos:])
        return b.fragment()

    def person(self, who: Person, form: str, role: str) -> list[Piece]:
        """A mention of `who`: first, full, sur(name), t(itle + surname), tfull, label, email, nino,
        dob (an adult's date of birth), initial ("G. Sibanda", fresh27) or finit (a first name and the initial of
        a surname, "Sharmila S.", fresh28) or sfirst (an export's surname in capitals, a comma and the first name,
        "REDDY, Sahithi", fresh29)."""
        rng, style = self.rng, self.style
        if form == "email":
            return [(self.fixed(f"email:{role}", lambda: ids.email(rng, who.first, who.last, who.domain,
                                                                             self.split)),
                     "EMAIL_ADDRESS")]
        if form == "nino":
            return [(self.ident(self.fixed(f"nino:{role}", lambda: ids.nino(rng, self.split))), "UK_NINO")]
        if form == "dob":  # an adult's date of birth, the same date however it is written
            iso = self.fixed(f"dob:{role}", lambda: dt.date(rng.randint(1975, 2002), rng.randint(1, 12),
                                                            rng.randint(1, 28)).isoformat())
            return [(self.ident(ids.date_text(dt.date.fromisoformat(iso), rng, self.split)), "DATE_OF_BIRTH")]
        if role in ("child", "sib", "friend") and form in ("t", "tfull"):
            form = "first"
        if form in ("t", "tfull"):
            name = who.last if form == "t" else who.full
            return [(f"{who.title} ", None), (case_name(name, style, rng), "PERSON")]
        if form == "initial":  # an initial and a surname, as a register or a letter prints them: "G. Sibanda" (fresh27)
            return [(case_name(f"{who.first[0]}. {who.last}", style, rng), "PERSON")]
        if form == "finit":  # a first name and a surname's initial, as a school display or a minute prints them (fresh28)
            return [(case_name(f"{who.first} {who.last[0]}.", style, rng), "PERSON")]
        if form == "sfirst":  # an export's "SURNAME, First", as a case system's list or a court list prints it (fresh29)
            return [(case_name(f"{who.last.upper()}, {who.first}", style, rng), "PERSON")]
        text = {"full": who.full, "sur": who.last}.get(form, who.first)
        return [(case_name(text, style, rng, label=form == "label"), "PERSON")]

    def slot(self, name: str, form: str) -> list[Piece]:  # noqa: C901 - one flat dispatch table
        """The pieces one slot renders to, as (text, gold type or None)."""
        rng, child = self.rng, self.cast["child"]
        if name in self.cast:
            return self.person(self.cast[name], form, name)
        pronouns = {"he": ("she", "he"), "his": ("her", "his"), "him": ("her", "him"),
                    "sibrel": ("sister", "brother")}
        if name.lower() in pronouns:
            who = self.cast["sib"] if name == "sibrel" else child
            word = pronouns[name.lower()][0 if who.female else 1]
            return [(word.capitalize() if name[0].isupper() else word, None)]
        split, town = self.split, self.town
        makers = {
            "address": lambda: (self.home, "STREET_ADDRESS"),
            "address_town": lambda: (self.fixed("address_town", lambda: ids.with_town(self.home, town, rng)),
                                     "STREET_ADDRESS"),
            "old_address": lambda: (self.fixed("old_address", self._old_address), "STREET_ADDRESS"),
            "postcode": lambda: (self.fixed("postcode", lambda: ids.postcode(rng, town, split)), "UK_POSTCODE"),
            "mobile": lambda: (self.fixed("mobile", lambda: ids.mobile(rng, split)), "PHONE_NUMBER"),
            "phone": lambda: (ids.mobile(rng, split) if rng.random() < 0.5 else ids.landline(rng, town, split),
                              "PHONE_NUMBER"),
            "landline": lambda: (ids.landline(rng, town, split), "PHONE_NUMBER"),
            "nhs": lambda: (ids.format_nhs(self.fixed("nhs", lambda: ids.nhs_number(rng)), rng, split), "UK_NHS"),
            "nino": lambda: (ids.nino(rng, split), "UK_NINO"),  # mum's or dad's: a new one each time
            "dob": lambda: (ids.date_text(self.dob, rng, split), "DATE_OF_BIRTH"),
            "school": lambda: (self.fixed("school", lambda: ids.school(rng, split, self.age)), "SCHOOL"),
            "vdate": lambda: (ids.date_text(self.visit, rng, split), None),
            "ndate": lambda: (ids.short_date(self.visit + dt.timedelta(days=rng.randint(7, 42)), rng), None),
            "mdate": lambda: (ids.date_text(self.visit - dt.timedelta(days=rng.randint(3, 90)), rng, split), None),
            "time": lambda: (ids.clock(rng), None),
            "age": lambda: (str(self.age), None),
            "yr": lambda: (year_group(self.age, rng), None),
            "town": lambda: (rng.choice([town["name"]] * 3 + [t["name"] for t in places_for(split)["towns"]]), None),
            "amount": lambda: (rng.choice(["£25", "£40", "£60", "£120", "£250", "£340", "£1,250", "£85.50"]), None),
        }
        if name == "ref":
            return [(t, k) if k is None else (self.ident(t), k) for t, k in ids.case_ref(rng, split)]
        if name not in makers:
            raise KeyError(f"unknown template slot {{{name}}}")
        text, kind = makers[name]()
        return [(self.ident(text) if kind else text, kind)]

    @property
    def home(self) -> str:
        """The address of the home (or the placement) visited, the same all through the note."""
        return self.fixed("address", lambda: ids.street_address(self.rng, self.split))

    def _old_address(self) -> str:
        old = ids.street_address(self.rng, self.split)
        town = self.rng.choice(places_for(self.split)["towns"])
        return ids.with_town(old, town, self.rng) if self.rng.random() < 0.5 else old
