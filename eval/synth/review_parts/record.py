"""The faithful record of a source, as sections of units, and its rendering to text with spans.

A record is a list of sections (prompts/sections.yaml, in the record type's order), each a list
of units: one sentence or line each, tagged ("fact:3", "quote:0", "action:1") so that a defect
can drop, change or add exactly one unit and know where it landed in the text.
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from eval.synth.review_parts.bank import LATER, Slots, cap, fill, fitting, half, load, tidy
from eval.synth.review_parts.cast import long_date
from eval.synth.review_parts.source import Action, Source
from prompts.templates import sections, templates

HEADING_STYLES = {"dev": ["md"] * 5 + ["colon"] * 3 + ["upper"] * 2,
                  "holdout": ["md"] * 4 + ["md3"] + ["colon"] * 3 + ["upper"] * 2,
                  "fresh": ["md"] * 3 + ["md3"] + ["bold"] * 2 + ["colon"] * 2 + ["upper", "upper_colon"],
                  "fresh2": ["md"] * 2 + ["md_upper", "bold_colon", "bold_colon", "numbered", "numbered",
                                          "colon", "upper_colon", "underlined"],
                  "fresh3": ["md", "caps_underlined", "caps_underlined", "md_colon", "md_colon", "lettered",
                             "lettered", "paren_numbered", "bold_upper", "bold_upper"],
                  "fresh4": ["md", "section_word", "section_word", "dashes_upper", "dashes_upper", "bracketed",
                             "bracketed", "md_number", "arrow", "arrow"],
                  "fresh5": ["md", "roman", "roman", "equals", "equals", "caps_number", "caps_number", "md4",
                             "underscored", "tilde_rule"],
                  "fresh6": ["md", "part", "part", "decimal", "decimal", "bold_numbered", "bold_numbered", "h1_upper",
                             "rule_under", "rule_under"],
                  "fresh7": ["md", "pipe_number", "pipe_number", "stars", "stars", "slashes", "slashes", "boxed_number",
                             "number_colon_upper", "number_colon_upper"],
                  "fresh8": ["md", "q_number", "q_number", "en_dash_number", "en_dash_number", "merge_field", "caps_dashed",
                             "caps_dashed", "paren_letter", "hash_number"],
                  "fresh9": ["md", "box_number", "box_number", "expand_arrow", "expand_arrow", "plus_node", "plus_node",
                             "paren_number_upper", "tab_number", "tab_number"],
                  "fresh10": ["md", "agenda_item", "agenda_item", "required_star", "required_star", "roman_lower",
                              "roman_lower", "boxed_rule", "para_sub", "para_sub"],
                  "fresh11": ["md", "step", "step", "email_star", "email_star", "number_angle", "number_angle", "caps_square",
                              "caps_square", "md"],
                  "fresh12": ["md", "part_roman", "part_roman", "dictated", "dictated", "handover", "handover", "tilde",
                              "tilde", "md"],
                  "fresh13": ["md", "colon_dash", "colon_dash", "square_caps", "square_caps", "heading_label",
                              "heading_label", "letter_paren_caps", "letter_paren_caps", "md"],
                  "fresh14": ["md", "section_sign", "section_sign", "arrow_caps", "arrow_caps", "dotted", "dotted",
                              "pipe_caps", "pipe_caps", "md"],
                  "fresh15": ["md", "circled", "circled", "braces_caps", "braces_caps", "slash_number", "slash_number",
                              "em_caps", "em_caps", "md"],
                  "fresh16": ["md", "welsh_pair", "welsh_pair", "step_of", "step_of", "colon_both", "colon_both",
                              "angle_caps", "angle_caps", "md"],
                  "fresh17": ["md", "title_case", "title_case", "lower_colon", "lower_colon", "voice_para", "voice_para",
                              "arrow_head", "arrow_head", "md"],
                  "fresh18": ["md", "pin", "pin", "part_colon", "part_colon", "guillemet_caps", "guillemet_caps",
                              "hyphen_wrap", "hyphen_wrap", "md"],
                  "fresh19": ["md", "diamond", "diamond", "sect_abbr", "sect_abbr", "star_caps", "star_caps", "caps_stop",
                              "caps_stop", "md"],
                  "fresh20": ["md", "bar", "bar", "check_caps", "check_caps", "of_part", "of_part", "dots_wrap", "dots_wrap", "md"],
                  "fresh21": ["md", "roman_paren", "roman_paren", "eq_under", "eq_under", "cell_pair", "cell_pair", "num_arrow",
                              "num_arrow", "md"],
                  "fresh22": ["md", "part_of", "part_of", "memo", "memo", "arrow_wrap", "arrow_wrap", "num_after", "num_after", "md"],
                  "fresh23": ["md", "md_num_paren", "md_num_paren", "caps_colon_dash", "caps_colon_dash", "clip", "clip", "sec_of",
                              "sec_of", "md"],
                  "fresh24": ["md", "spaced", "spaced", "caps_sw", "caps_sw", "em_after", "em_after", "md", "spaced", "caps_sw"],
                  "fresh25": ["md", "num_words", "num_words", "roman_dot", "roman_dot", "tri", "tri", "md", "num_words", "roman_dot"],
                  "fresh26": ["md", "frac", "frac", "eq_key", "eq_key", "dbl_angle", "dbl_angle", "md", "frac", "eq_key"],
                  "fresh27": ["md", "menu", "menu", "of_total", "of_total", "tee", "tee", "md", "menu", "of_total"],
                  "fresh28": ["md", "tort", "tort", "hash_num", "hash_num", "num_dash", "num_dash", "md", "tort", "hash_num"],
                  "fresh29": ["md", "ballot", "ballot", "lenticular", "lenticular", "cell_ref", "cell_ref", "md", "ballot", "lenticular"]}
# The Welsh title a bilingual form from a Welsh council prints before the English one (fresh16).
WELSH = {"purpose": "Diben yr ymweliad", "present": "Yn bresennol", "child_voice": "Llais y plentyn", "observations": "Arsylwadau",
         "carers_views": "Barn rhieni a gofalwyr", "analysis": "Dadansoddiad", "actions": "Camau gweithredu",
         "next_visit": "Ymweliad nesaf"}
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# A section's number written as a word, as a statement typed by hand numbers it (fresh25).
NUMBER_WORDS = ("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve")
ALIAS_SHARE, TITLE_SHARE, BULLET_SHARE = 0.3, 0.35, 0.25
TOLD = {"me": "told me", "meeting": "told the meeting"}


@dataclass
class Unit:
    """One sentence or line of a record."""

    text: str
    tag: str
    quote: str | None = None  # the child's words inside `text`
    parts: dict | None = None  # an action's owner, task and timescale


@dataclass
class Section:
    key: str
    heading: str
    units: list[Unit]
    layout: str = "para"  # para, bullets or actions


@dataclass
class Record:
    title: str | None
    sections: list[Section]
    marks: tuple[str, str]
    action_format: dict
    marker: str
    extra: dict = field(default_factory=dict)


def heading(key: str, style: str, use_alias: bool, split: str, rng: random.Random, number: int = 0) -> str:
    """A section heading in the record's style: "## Analysis", "Analysis:", "ANALYSIS", "**Analysis**",
    "3. Analysis" or "C. Analysis" (`number` is the section's place in the record), "Analysis" over
    a rule, "Section 3: Analysis", "--- ANALYSIS ---", "[Analysis]", ">> Analysis", "III. Analysis",
    "== Analysis ==", "3 ANALYSIS", "#### Analysis", "__Analysis__", "Analysis" over a line of tildes,
    "Part 3 - Analysis", "3.0 Analysis", "**3. Analysis**", "# ANALYSIS", "Analysis" over a line of
    underscores, "3 | Analysis", "*** Analysis ***", "// ANALYSIS", "[3] Analysis", "3: ANALYSIS", a case
    system's "Q3. Analysis", "3 – Analysis", a Word merge field's "«Analysis»", "ANALYSIS" over a line of
    hyphens, "(c) Analysis", "#3 Analysis", a Word template's "Box 3: Analysis", a web form's collapsible
    "Analysis ▼" or tree node "[+] Analysis", "(3) ANALYSIS" or a numbered list pasted with a tab, a minutes
    template's "Agenda item 3: Analysis", a case system's mandatory field "Analysis *", a Word list's
    "iii) Analysis", "ANALYSIS" boxed between rules of equals signs, a numbered paragraph's "3.1 Analysis", a case
    system wizard's "Step 3: Analysis", a plain-text e-mail's "*Analysis*", "3 > Analysis" or "[ANALYSIS]", a statement's "Part III - Analysis", a dictated note's
    "Analysis colon" (voice-to-text writes the colon as a word), a handover's ">>> ANALYSIS <<<" or "~~ Analysis ~~", an
    old typed template's "Analysis:-", a Word heading's square bullet "■ ANALYSIS", a form's "Heading: Analysis", a
    lettered list's "C) ANALYSIS", a policy document's "§3 Analysis", a tablet form's "▶ ANALYSIS", a printed form's
    dotted leader "Analysis ....", a table cell's "| ANALYSIS |", a numbered list's circled digit "➍ Analysis", a
    template's merge field "{ANALYSIS}", a hand-numbered "4/ Analysis", a heading between em dashes "— ANALYSIS —", a
    bilingual form's Welsh title first "Dadansoddiad / Analysis", a workflow's "STEP 4 OF 8 - ANALYSIS", a heading
    between double colons ":: Analysis ::", an old case system's "<<ANALYSIS>>", a writer who capitalises every
    word "Child's Voice", one who writes headings in lower case "analysis:", voice-to-text's "new paragraph Analysis",
    a phone keyboard's arrowhead "➤ ANALYSIS", a pushpin emoji from a phone's notes "📌 Analysis", a court
    statement's "PART 4: ANALYSIS", a French keyboard's guillemet "» ANALYSIS", a heading between hyphens
    "- Analysis -", a Teams note's blue diamond emoji "🔹 Analysis", an abbreviated "Sect. 4 - Analysis", a Word
    star bullet "★ ANALYSIS", capitals closed with a full stop "ANALYSIS.", a phone note's left bar "▌ Analysis", a
    checklist's tick emoji "✅ ANALYSIS", a long form's "Analysis (part 4)" or a heading between middle dots
    "··· Analysis ···", a statement's Roman numeral in brackets "(IV) Analysis", a plain-text heading
    underlined with equals signs, a two-column Word table's "| 4 | Analysis |", a numbered arrow "4 → ANALYSIS", a long
    record's "Part 4 of the record: Analysis", a phone note's memo emoji "📝 Analysis", a plain-text heading between
    double arrows "==> Analysis <==", a heading with its number after it in brackets "Analysis [4]", a markdown heading
    numbered with a bracket "### 4) Analysis", capitals closed with ":-" "ANALYSIS:-", a phone note's paperclip emoji
    "📎 Analysis", a long form's "Section 4 of 8 – Analysis", letters spaced out as a poster heading "A N A L Y S I S",
    capitals with the author's role after them "ANALYSIS (SW)", a title closed with an em dash "Analysis —", the
    number as a word "Four: Analysis", a lower-case Roman numeral with a full stop "iv. Analysis", a small
    triangle bullet "▸ Analysis", the section's place out of eight in brackets "(4/8) Analysis", an export's
    field name and equals sign "Analysis =", mathematical double angle brackets "⟪ Analysis ⟫", a form app's menu
    icon "☰ Analysis", the section's place after it "Analysis (4 of 8)", box-drawing tees "┤ Analysis ├", tortoise-shell
    brackets "〔Analysis〕", a ticket's hash and number "#4 Analysis", the number and an em dash "4 — Analysis", a ballot box
    with its cross "☒ Analysis", black lenticular brackets as a phone's Chinese keyboard types them "【Analysis】" or a
    spreadsheet's cell reference "A4: Analysis"."""
    section = sections()[key]
    aliases = [a for i, a in enumerate(section.aliases)  # fresh and fresh2: any alias
               if split in LATER or i % 2 == (0 if split == "dev" else 1)]
    title = rng.choice(aliases) if use_alias and aliases and rng.random() < 0.5 else section.title
    return {"md": f"## {title}", "md3": f"### {title}", "colon": f"{title}:",
            "upper": title.upper(), "bold": f"**{title}**", "upper_colon": f"{title.upper()}:",
            "md_upper": f"## {title.upper()}", "bold_colon": f"**{title}:**", "numbered": f"{number}. {title}",
            "underlined": f"{title}\n{'-' * len(title)}", "caps_underlined": f"{title.upper()}\n{'=' * len(title)}",
            "md_colon": f"## {title}:", "lettered": f"{chr(64 + number)}. {title}",
            "paren_numbered": f"{number}) {title}", "bold_upper": f"**{title.upper()}**",
            "section_word": f"Section {number}: {title}", "dashes_upper": f"--- {title.upper()} ---",
            "bracketed": f"[{title}]", "md_number": f"## {number}. {title}", "arrow": f">> {title}",
            "roman": f"{ROMAN[number - 1]}. {title}", "equals": f"== {title} ==",
            "caps_number": f"{number} {title.upper()}", "md4": f"#### {title}", "underscored": f"__{title}__",
            "tilde_rule": f"{title}\n{'~' * len(title)}", "part": f"Part {number} - {title}",
            "decimal": f"{number}.0 {title}", "bold_numbered": f"**{number}. {title}**", "h1_upper": f"# {title.upper()}",
            "rule_under": f"{title}\n{'_' * len(title)}", "pipe_number": f"{number} | {title}",
            "stars": f"*** {title} ***", "slashes": f"// {title.upper()}", "boxed_number": f"[{number}] {title}",
            "number_colon_upper": f"{number}: {title.upper()}", "q_number": f"Q{number}. {title}",
            "en_dash_number": f"{number} \u2013 {title}", "merge_field": f"\u00ab{title}\u00bb",
            "caps_dashed": f"{title.upper()}\n{'-' * len(title)}", "paren_letter": f"({chr(96 + number)}) {title}",
            "hash_number": f"#{number} {title}", "box_number": f"Box {number}: {title}",
            "expand_arrow": f"{title} \u25bc", "plus_node": f"[+] {title}", "paren_number_upper": f"({number}) {title.upper()}",
            "tab_number": f"{number}\t{title}", "agenda_item": f"Agenda item {number}: {title}",
            "required_star": f"{title} *", "roman_lower": f"{ROMAN[number - 1].lower()}) {title}",
            "boxed_rule": f"{'=' * len(title)}\n{title.upper()}\n{'=' * len(title)}", "para_sub": f"{number}.1 {title}",
            "step": f"Step {number}: {title}", "email_star": f"*{title}*", "number_angle": f"{number} > {title}",
            "caps_square": f"[{title.upper()}]", "part_roman": f"Part {ROMAN[number - 1]} - {title}",
            "dictated": f"{title} colon", "handover": f">>> {title.upper()} <<<", "tilde": f"~~ {title} ~~",
            "colon_dash": f"{title}:-", "square_caps": f"\u25a0 {title.upper()}", "heading_label": f"Heading: {title}",
            "letter_paren_caps": f"{chr(64 + number)}) {title.upper()}",
            "section_sign": f"\u00a7{number} {title}", "arrow_caps": f"\u25b6 {title.upper()}", "dotted": f"{title} ....",
            "pipe_caps": f"| {title.upper()} |",
            "circled": f"{chr(0x2789 + number)} {title}", "braces_caps": f"{{{title.upper()}}}", "slash_number": f"{number}/ {title}",
            "em_caps": f"\u2014 {title.upper()} \u2014",
            "welsh_pair": f"{WELSH[key]} / {title}", "step_of": f"STEP {number} OF 8 - {title.upper()}",
            "colon_both": f":: {title} ::", "angle_caps": f"<<{title.upper()}>>",
            "title_case": string.capwords(title), "lower_colon": f"{title.lower()}:", "voice_para": f"new paragraph {title}",
            "arrow_head": f"\u27a4 {title.upper()}",
            "pin": f"\U0001f4cc {title}", "part_colon": f"PART {number}: {title.upper()}", "guillemet_caps": f"\u00bb {title.upper()}",
            "hyphen_wrap": f"- {title} -",
            "diamond": f"\U0001f539 {title}", "sect_abbr": f"Sect. {number} - {title}", "star_caps": f"\u2605 {title.upper()}",
            "caps_stop": f"{title.upper()}.",
            "bar": f"\u258c {title}", "check_caps": f"\u2705 {title.upper()}", "of_part": f"{title} (part {number})",
            "dots_wrap": f"\u00b7\u00b7\u00b7 {title} \u00b7\u00b7\u00b7",
            "roman_paren": f"({ROMAN[number - 1]}) {title}", "eq_under": f"{title}\n{'=' * len(title)}",
            "cell_pair": f"| {number} | {title} |", "num_arrow": f"{number} \u2192 {title.upper()}",
            "part_of": f"Part {number} of the record: {title}", "memo": f"\U0001f4dd {title}", "arrow_wrap": f"==> {title} <==",
            "num_after": f"{title} [{number}]",
            "md_num_paren": f"### {number}) {title}", "caps_colon_dash": f"{title.upper()}:-", "clip": f"\U0001f4ce {title}",
            "sec_of": f"Section {number} of 8 \u2013 {title}",
            "spaced": " ".join(title.upper()), "caps_sw": f"{title.upper()} (SW)", "em_after": f"{title} \u2014",
            "num_words": f"{NUMBER_WORDS[number - 1]}: {title}", "roman_dot": f"{ROMAN[number - 1].lower()}. {title}",
            "tri": f"\u25b8 {title}",
            "frac": f"({number}/8) {title}", "eq_key": f"{title} =", "dbl_angle": f"\u27ea {title} \u27eb",
            "menu": f"\u2630 {title}", "of_total": f"{title} ({number} of 8)", "tee": f"\u2524 {title} \u251c",
            "tort": f"\u3014{title}\u3015", "hash_num": f"#{number} {title}", "num_dash": f"{number} \u2014 {title}",
            "ballot": f"\u2612 {title}", "lenticular": f"\u3010{title}\u3011", "cell_ref": f"A{number}: {title}"}[style]


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def present_list(src: Source) -> list[str]:
    """Who was present, as the record names them."""
    p, s, code = src.people, src.slots, src.code
    if code == "sup":
        return [f"{s['mgr']} (team manager)", f"me ({s['sw']}, social worker)"]
    adult = (f"{s['adult']} ({p.adult.first} {p.adult.last})" if p.adult_role != "carer"
             else f"{s['adult']} (foster carer)")
    if code == "cin":
        items = [adult, "me (social worker)", f"{s['teacher']} ({p.teacher_role})"]
        if src.with_worker:
            items.append(f"{s['worker']} (family support worker)")
        return items + ([f"{s['child']} ({p.age})"] if src.with_child else [])
    items = [adult, f"{s['child']} ({p.age})"]
    if src.with_sib and code != "lac":
        items.append(f"{s['his']} {s['sib_rel']} {s['sib']}")
    return items


def quote_unit(src: Source, i: int, marks: tuple[str, str], rng: random.Random) -> Unit:
    q = src.quotes[i]["q"]
    template = rng.choice(fitting(half(load("frames")["child_quote"]["record"], src.split), src.people.age))
    told = TOLD.get(src.heard, f"told {src.slots['teacher']}")
    text = tidy(fill(template, Slots(src.slots, q=q, o=marks[0], c=marks[1], told=told)))
    return Unit(text, f"quote:{i}", quote=q)


def action_parts(src: Source, action: Action, fmt: dict, rng: random.Random) -> dict:
    """Owner, task and timescale of an action as this record writes them."""
    s, role = src.slots, action.owner
    if role == "adult":
        key = "adult_carer" if src.people.adult_role == "carer" else "adult_parent"
    else:
        key = role
    name = s["adult"] if role == "adult" else s[role]
    owner = fill(rng.choice(load("actions")["owners"][key]),
                 Slots(s, name=name, role=src.people.teacher_role))
    if fmt.get("plain"):  # the owner sits in brackets already: no "(Ms Okafor (social worker))"
        owner = name
    elif role == "sw" and fmt.get("i") and rng.random() < 0.5:
        owner = "I"
    task = fill(action.task["t"], s)
    what = load("frames")["kinds"][src.record_type]["what"]
    when = fill(action.when["r"], Slots(action.when_slots())).replace("next visit", f"next {what}")
    return {"Owner": cap(owner), "owner": owner, "task": task, "Task": cap(task), "when": when,
            "When": cap(when)}


def action_text(fmt: dict, parts: dict, variant: str = "full") -> str:
    return fill(fmt[variant], Slots(parts))


def _units(src: Source, marks: tuple[str, str], fmt: dict, rng: random.Random) -> dict[str, list[Unit]]:
    frames, split, s = load("frames"), src.split, src.slots
    what = frames["kinds"][src.record_type]["what"]
    units: dict[str, list[Unit]] = {key: [] for key in sections()}
    units["purpose"].append(Unit(tidy(fill(src.purpose["r"], s)), "purpose"))
    people = present_list(src)
    template = rng.choice(half(frames["present"]["record"], split))
    units["present"].append(Unit(fill(template, Slots(s, list=_join(people), what=what)), "present"))
    for i, fact in enumerate(src.facts):
        units[fact.section].append(Unit(fact.text, f"fact:{i}"))
    units["child_voice"] += [quote_unit(src, i, marks, rng) for i in range(len(src.quotes))]
    adult_t = rng.choice(half(frames["adult_quote"]["record"], split))
    units["carers_views"].append(
        Unit(tidy(fill(adult_t, Slots(s, q=src.adult_quote, o=marks[0], c=marks[1]))), "aquote"))
    for key in ("child_voice", "observations", "carers_views"):
        rng.shuffle(units[key])
    head, tail = units["present"][:1], units["present"][1:]
    rng.shuffle(tail)
    units["present"] = head + tail
    for i, action in enumerate(src.actions):
        parts = action_parts(src, action, fmt, rng)
        units["actions"].append(Unit(action_text(fmt, parts), f"action:{i}", parts=parts))
    weeks = max(2, round((src.next_date - src.people.visit).days / 7))
    next_t = rng.choice(half(frames["next"]["record"][what], split))
    date = long_date(src.next_date, weekday=rng.random() < 0.5)
    next_slots = Slots(s, date=date, weeks=_WEEKS.get(weeks, str(weeks)))
    units["next_visit"].append(Unit(fill(next_t, next_slots), "next"))
    return units


_WEEKS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


def build_record(src: Source, rng: random.Random) -> Record:
    """The faithful record of `src`: every fact paraphrased, every child quote verbatim."""
    split, frames = src.split, load("frames")
    marks = tuple(rng.choice(frames["marks"].get(f"record_{split}", frames["marks"]["record"])))
    fmt = rng.choice(half(load("actions")["formats"], split))
    marker = rng.choice(half(load("actions")["markers"], split))
    marker = fmt.get("marker", marker)  # a table row or a paragraph has no bullet of its own
    units = _units(src, marks, fmt, rng)
    style = rng.choice(HEADING_STYLES[split])
    use_alias = rng.random() < ALIAS_SHARE
    bullets = rng.random() < BULLET_SHARE
    out = []
    for number, key in enumerate(templates()[src.record_type].section_keys, 1):
        layout = ("para" if key == "actions" and fmt.get("para") else "actions" if key == "actions" else
                  "bullets" if bullets and key in ("observations", "carers_views") else "para")
        head = heading(key, style, use_alias, split, rng, number)
        if key == "actions" and fmt.get("head"):  # a table: its header row under the heading
            head += "\n" + fmt["head"]
        out.append(Section(key, head, units[key], layout))
    title = None
    if rng.random() < TITLE_SHARE:
        kind = templates()[src.record_type].title  # no "LAC visit" jargon in the record
        t = rng.choice(half(frames["title"], split))
        lower = kind if kind.split()[0].isupper() else kind[0].lower() + kind[1:]
        title = fill(t, Slots(src.slots, kind=kind, kind_lower=lower, date=long_date(src.people.visit)))
    return Record(title, out, marks, fmt, marker)


def render(record: Record) -> tuple[str, dict[str, tuple[int, int]]]:
    """The record as text, and where each unit's text is in it (by tag)."""
    chunks: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos = 0

    def add(text: str, tag: str | None = None) -> None:
        nonlocal pos
        if tag is not None:
            spans[tag] = (pos, pos + len(text))
        chunks.append(text)
        pos += len(text)

    if record.title:
        add(record.title + "\n\n")
    for n, section in enumerate(record.sections):
        if n:
            add("\n\n")
        add(section.heading + "\n")
        for k, unit in enumerate(section.units):
            if section.layout == "para":
                add(" " if k else "")
            else:
                add("\n" if k else "")
                add("- " if section.layout == "bullets" else record.marker.replace("{k}", str(k + 1)))
            add(unit.text, unit.tag)
    add("\n")
    return "".join(chunks), spans
