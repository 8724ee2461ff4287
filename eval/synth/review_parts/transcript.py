"""Transcript-style notes: speaker-labelled lines, the worker's observations in brackets.

At a visit or review the family speak for themselves ("MUM: ...", "AISHA: ..."); in
supervision the worker reports to their manager, so every fact and quote is in the worker's
lines. The child's words are always a line of their own or a quotation in someone's line. The
`fresh3` split labels the adults other ways ("Social worker", "CSW", "Mother", "Foster carer") and
half its transcripts carry the minute stamps an automatic transcriber adds ("[04:12] "); the
`fresh4` split labels them yet other ways ("ASW", "Practitioner", "Mam", "Da", "Foster mum",
"SENCO", "PM") and half its transcripts carry hour stamps in brackets ("(00:04:12) "); the `fresh5`
split labels them by role ("CSW", "Caseworker", "Parent", "Foster parent", "DSL", "TL") or by a
person's initials ("RK"), calls an older child "YP", and half its transcripts carry the wall-clock
times of a phone's recorder ("14:03:12 "); the `fresh6` split is typed up from a notebook ("Me",
"Worker", or "Q" and "A" for the worker's questions and the child's answers, the adults by their
full names, teachers by their role) and half its transcripts are a recorder app's export, each
speaker's name and the minutes into the recording on a line of their own above what they said
("Worker  3:41"); the `fresh7` split's labels and WebVTT cue times are in transcript7.py, the
`fresh8` split's labels, second child and subtitle and meeting-app exports in transcript8.py, the
`fresh9` split's court-bundle capitals and interpreted parents in transcript9.py, the `fresh10` split's
meeting labels and transcription-service exports in transcript10.py, the `fresh11` split's case-holder
labels and dictation-tool and meeting-app exports in transcript11.py, the `fresh12` split's
speaker-numbered app transcripts, interpreters and dictation in transcript12.py, the `fresh13` split's
video-call hosts and guests, BSL interpreters and pasted chat in transcript13.py, the `fresh14` split's
roles round a table, telephone interpreters and court-bundle numbering in transcript14.py, the `fresh15`
split's meetings held partly on Teams and Teams exports in transcript15.py, the `fresh16` split's
strategy-call roles, parents speaking through interpreters and dictation-app times in transcript16.py, the
`fresh17` split's phone recordings with roles in brackets, notes-app arrows and lower-case speakers in
transcript17.py, the `fresh18` split's typed-up calls with court-style roles, chat exports and bold speakers
in transcript18.py, the `fresh19` split's joint-visit roles, children named with their age and two-column
tables pasted with pipes or tabs in transcript19.py, the `fresh20` split's multi-agency minute roles, scripts and
chevrons in transcript20.py, the `fresh21` split's family group conference roles, em dashes and chat-log
angle brackets in transcript21.py, the `fresh22` split's hotel and unit visit roles, reported speech and
square-bracketed speakers in transcript22.py, the `fresh23` split's refuge, B&B and foyer roles and
timed turns in transcript23.py, the `fresh24` split's strategy discussion, kinship and mother-and-baby unit
roles, Android chat exports and em-dashed speakers in transcript24.py, the `fresh25` split's ward, annexe
and pathway plan roles, recordings' elapsed times and play scripts in transcript25.py, the `fresh26` split's
parent and child placement, family house and approved premises roles, e-mail-quoted turns and captions in
transcript26.py, the `fresh27` split's
private fostering, lifehouse and racing yard roles, numbered turns and arrowed turns in transcript27.py, the `fresh28`
split's Nightstop, rehab, bus and academy roles, chat-log and voicemail turns in transcript28.py, the `fresh29` split's
hotel, student flat, showmen's yard and boarding roles, Zoom chat turns and middle-dotted turns in transcript29.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from eval.synth.people import case_name
from eval.synth.review_parts.bank import Slots, cap, fill, half, load, wording
from eval.synth.review_parts.transcript7 import LABELS as FRESH7_LABELS, cued, labels_fresh7
from eval.synth.review_parts.transcript8 import LABELS as FRESH8_LABELS, exported, labels_fresh8, with_sibling
from eval.synth.review_parts.transcript9 import LABELS as FRESH9_LABELS, labels_fresh9
from eval.synth.review_parts.transcript10 import LABELS as FRESH10_LABELS, labels_fresh10, laid_out
from eval.synth.review_parts.transcript11 import LABELS as FRESH11_LABELS, labels_fresh11, transcribed
from eval.synth.review_parts.transcript12 import LABELS as FRESH12_LABELS, labels_fresh12, voiced
from eval.synth.review_parts.transcript13 import LABELS as FRESH13_LABELS, labels_fresh13, pasted
from eval.synth.review_parts.transcript14 import LABELS as FRESH14_LABELS, bundled, labels_fresh14
from eval.synth.review_parts.transcript15 import LABELS as FRESH15_LABELS, exported as teams_exported, labels_fresh15
from eval.synth.review_parts.transcript16 import LABELS as FRESH16_LABELS, dictated, labels_fresh16
from eval.synth.review_parts.transcript17 import LABELS as FRESH17_LABELS, labels_fresh17, noted
from eval.synth.review_parts.transcript18 import LABELS as FRESH18_LABELS, chatted, labels_fresh18
from eval.synth.review_parts.transcript19 import LABELS as FRESH19_LABELS, labels_fresh19, tabled
from eval.synth.review_parts.transcript20 import LABELS as FRESH20_LABELS, labels_fresh20, scripted
from eval.synth.review_parts.transcript21 import LABELS as FRESH21_LABELS, dashed, labels_fresh21
from eval.synth.review_parts.transcript22 import LABELS as FRESH22_LABELS, labels_fresh22, reported
from eval.synth.review_parts.transcript23 import LABELS as FRESH23_LABELS, labels_fresh23, timed
from eval.synth.review_parts.transcript24 import LABELS as FRESH24_LABELS, chat_or_minute, labels_fresh24
from eval.synth.review_parts.transcript25 import LABELS as FRESH25_LABELS, labels_fresh25, play_or_qa
from eval.synth.review_parts.transcript26 import LABELS as FRESH26_LABELS, labels_fresh26, quoted_or_captioned
from eval.synth.review_parts.transcript27 import LABELS as FRESH27_LABELS, labels_fresh27, numbered_or_arrowed
from eval.synth.review_parts.transcript28 import LABELS as FRESH28_LABELS, chatlog_or_voicemail, labels_fresh28
from eval.synth.review_parts.transcript29 import LABELS as FRESH29_LABELS, labels_fresh29, zoom_or_dotted

if TYPE_CHECKING:
    from eval.synth.review_parts.notes import Writer

ROLE_LABELS = ("sw", "tm", "mum", "dad", "teacher", "nursery", "carer", "social worker", "csw", "mother",
               "father", "manager", "dtm", "school", "key worker", "foster carer", "fc", "asw", "practitioner",
               "mam", "da", "foster mum", "foster dad", "senco", "pm", "senior", "caseworker", "parent",
               "foster parent", "yp", "dsl", "key person", "tl", "supervisor", "me", "worker", "q", "a", "parent/carer",
               "class teacher", "head of year", "nursery key worker", "college tutor", "team manager", "practice lead",
               *FRESH7_LABELS, *FRESH8_LABELS, *FRESH9_LABELS, *FRESH10_LABELS, *FRESH11_LABELS, *FRESH12_LABELS,
               *FRESH13_LABELS, *FRESH14_LABELS, *FRESH15_LABELS, *FRESH16_LABELS, *FRESH17_LABELS, *FRESH18_LABELS,
               *FRESH19_LABELS, *FRESH20_LABELS, *FRESH21_LABELS, *FRESH22_LABELS, *FRESH23_LABELS, *FRESH24_LABELS, *FRESH25_LABELS, *FRESH26_LABELS, *FRESH27_LABELS, *FRESH28_LABELS, *FRESH29_LABELS)
SPEAKER = re.compile(r"^([^\[\]:\n]{1,40}): (.*)$", re.DOTALL)  # "Label: what they said"
Write = Callable[[str, str], str]  # a spoken turn (speaker, words) as one later split's export lays it out


def _labels(w: Writer) -> dict[str, str]:
    p, rng = w.src.people, w.rng
    label = lambda text: case_name(text, "transcript", rng, label=True)  # noqa: E731
    if w.split == "fresh3":
        return _labels_fresh3(w, label)
    if w.split == "fresh4":
        return _labels_fresh4(w, label)
    if w.split == "fresh5":
        return _labels_fresh5(w, label)
    if w.split == "fresh6":
        return _labels_fresh6(w, label)
    if w.split == "fresh7":
        return labels_fresh7(w, label)
    if w.split == "fresh8":
        return labels_fresh8(w, label)
    if w.split == "fresh9":
        return labels_fresh9(w, label)
    if w.split == "fresh10":
        return labels_fresh10(w, label)
    if w.split == "fresh11":
        return labels_fresh11(w, label)
    if w.split == "fresh12":
        return labels_fresh12(w, label)
    if w.split == "fresh13":
        return labels_fresh13(w, label)
    if w.split == "fresh14":
        return labels_fresh14(w, label)
    if w.split == "fresh15":
        return labels_fresh15(w, label)
    if w.split == "fresh16":
        return labels_fresh16(w, label)
    if w.split == "fresh17":
        return labels_fresh17(w, label)
    if w.split == "fresh18":
        return labels_fresh18(w, label)
    if w.split == "fresh19":
        return labels_fresh19(w, label)
    if w.split == "fresh20":
        return labels_fresh20(w, label)
    if w.split == "fresh21":
        return labels_fresh21(w, label)
    if w.split == "fresh22":
        return labels_fresh22(w, label)
    if w.split == "fresh23":
        return labels_fresh23(w, label)
    if w.split == "fresh24":
        return labels_fresh24(w, label)
    if w.split == "fresh25":
        return labels_fresh25(w, label)
    if w.split == "fresh26":
        return labels_fresh26(w, label)
    if w.split == "fresh27":
        return labels_fresh27(w, label)
    if w.split == "fresh28":
        return labels_fresh28(w, label)
    if w.split == "fresh29":
        return labels_fresh29(w, label)
    if p.adult_role == "carer":
        adult = rng.choice([label(p.adult.first), label(f"{p.adult.title} {p.adult.last}"), "Carer"])
    else:
        adult = rng.choice([cap(p.adult_role), p.adult_role.upper(), label(p.adult.first)])
    teacher = rng.choice([label(w.src.slots["teacher"]), "Teacher" if p.age > 4 else "Nursery"])
    return {"sw": rng.choice(["SW", "SW", label(p.cast["sw"].first)]), "adult": adult,
            "child": label(p.child.first), "teacher": teacher,
            "mgr": rng.choice(["TM", label(p.cast["mgr"].first)])}


def _labels_fresh3(w: Writer, label) -> dict[str, str]:
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = rng.choice([label(p.adult.first), "Foster carer", "FC"])
    else:
        adult = rng.choice([{"mum": "Mother", "dad": "Father"}[p.adult_role], label(p.adult.first)])
    teacher = rng.choice([label(w.src.slots["teacher"]), "School" if p.age > 4 else "Key worker"])
    return {"sw": rng.choice(["Social worker", "CSW", label(p.cast["sw"].first)]), "adult": adult,
            "child": label(p.child.first), "teacher": teacher,
            "mgr": rng.choice(["Manager", "DTM", label(p.cast["mgr"].first)])}


def _labels_fresh4(w: Writer, label) -> dict[str, str]:
    p, rng = w.src.people, w.rng
    if p.adult_role == "carer":
        adult = rng.choice([label(p.adult.first), "Foster mum" if p.adult.female else "Foster dad"])
    else:
        adult = rng.choice([{"mum": "Mam", "dad": "Da"}[p.adult_role], label(p.adult.first)])
    teacher = rng.choice([label(w.src.slots["teacher"]), "SENCO" if p.age > 4 else "Nursery"])
    return {"sw": rng.choice(["ASW", "Practitioner", label(p.cast["sw"].first)]), "adult": adult,
            "child": label(p.child.first), "teacher": teacher,
            "mgr": rng.choice(["PM", "Senior", label(p.cast["mgr"].first)])}


def _labels_fresh5(w: Writer, label) -> dict[str, str]:
    p, rng = w.src.people, w.rng
    initials = lambda person: f"{person.first[0]}{person.last[0]}".upper()  # noqa: E731 - "RK", as minutes write
    adult = rng.choice(["Foster parent" if p.adult_role == "carer" else "Parent", initials(p.adult)])
    teacher = rng.choice([label(w.src.slots["teacher"]), "DSL" if p.age > 4 else "Key person"])
    child = rng.choice(["YP", label(p.child.first)]) if p.age >= 11 else label(p.child.first)
    return {"sw": rng.choice(["CSW", "Caseworker", initials(p.cast["sw"])]), "adult": adult, "child": child,
            "teacher": teacher, "mgr": rng.choice(["TL", "Supervisor", initials(p.cast["mgr"])])}


def _labels_fresh6(w: Writer, label) -> dict[str, str]:
    p, rng = w.src.people, w.rng
    full = lambda person: label(f"{person.first} {person.last}")  # noqa: E731 - as a notebook names people
    interview = rng.random() < 0.35  # the worker's questions and the child's answers as Q and A
    sw = "Q" if interview else rng.choice(["Me", "Worker", full(p.cast["sw"])])
    child = "A" if interview else rng.choice([label(p.child.first), full(p.child)])
    adult = rng.choice([full(p.adult), full(p.adult), "Parent/carer"])
    teacher = rng.choice([cap(p.teacher_role), label(w.src.slots["teacher"])])
    return {"sw": sw, "adult": adult, "child": child, "teacher": teacher,
            "mgr": rng.choice(["Team manager", "Practice lead", full(p.cast["mgr"])])}


def _speaker_blocks(lines: list[str], rng) -> list[str]:
    """Lines as a recorder app exports them: the speaker and the minutes into the recording on a
    line of their own ("Worker  3:41"), what they said beneath; bracketed notes stay as they are."""
    seconds, out = rng.randint(3, 30), []
    for line in lines:
        m = SPEAKER.match(line)
        if m:
            out.append(f"{m.group(1)}  {seconds // 60}:{seconds % 60:02d}\n{m.group(2)}")
            seconds += rng.randint(8, 90)
        else:
            out.append(line)
    return out


def _clocked(lines: list[str], rng) -> list[str]:
    """Lines with the wall-clock times a phone's recorder adds ("14:03:12 "), rising from the visit."""
    seconds, out = rng.randint(9 * 3600, 16 * 3600), []
    for line in lines:
        out.append(f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d} {line}")
        seconds += rng.randint(6, 75)
    return out


def _stamped(lines: list[str], rng, hours: bool = False) -> list[str]:
    """Lines with the stamps of an automatic transcriber, rising: "[04:12] ", or "(00:04:12) "
    with `hours`."""
    seconds, out = rng.randint(5, 40), []
    for line in lines:
        stamp = f"({seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d})" if hours else \
            f"[{seconds // 60:02d}:{seconds % 60:02d}]"
        out.append(f"{stamp} {line}")
        seconds += rng.randint(6, 75)
    return out


def _end(text: str) -> str:
    """A spoken line ending in a full stop (unless it already ends a sentence)."""
    return text if text.rstrip("\"'”’")[-1:] in ".?!" else text + "."


def _spoken_actions(w: Writer, me: str = "sw", you: str = "adult") -> str:
    parts = []
    for a in w.src.actions:
        task = fill(a.task["t"], w.slots)
        when = fill(a.when["r"], Slots(a.when_slots()))
        who = {me: "I'll", you: "you'll"}.get(a.owner)
        if who is None:
            who = f"{w.owner(a.owner, full=True)} will"
        parts.append(f"{who} {task} {when}")
    return "; ".join(parts)


def _supervision(w: Writer, labels: dict[str, str]) -> list[str]:
    sw, tm, s, o, c = labels["sw"], labels["mgr"], w.slots, w.marks[0], w.marks[1]
    first, body, last = w.ordered()
    say = lambda key: wording(key, w.split, w.rng)  # noqa: E731
    lines = [f"{tm}: {fill(say('sup_open'), s)}"]
    lines += [f"{sw}: {w.text(f.entry['p'])}" for f in first]
    for kind, item in body:
        if kind == "fact":
            lines.append(f"{sw}: {w.text(item.entry['p'])}")
        elif kind == "quote":
            lines.append(f"{sw}: {_end(w.text(say('sup_quote'), q=item, o=o, c=c))}")
        else:
            lines.append(f"{sw}: {w.text(say('sup_adult'), q=item, o=o, c=c)}")
    lines.append(f"{tm}: {say('sup_view')}")
    lines += [f"{sw}: {w.text(f.entry['p'])}" for f in last]
    lines.append(f"{tm}: {say('sup_actions')} {_spoken_actions(w, me='mgr', you='sw')}.")
    lines.append(f"{tm}: {fill(say('sup_next'), Slots(s, date=_spoken(w)))}")
    return lines


def _spoken(w: Writer) -> str:
    d = w.src.next_date
    return f"{d:%A} the {d.day}{_ordinal(d.day)}"


def _ordinal(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _conversation(w: Writer, labels: dict[str, str]) -> list[str]:
    src, s, rng = w.src, w.slots, w.rng
    o, c = w.marks
    child_speaks = src.code != "cin" or src.with_child
    first, body, last = w.ordered()
    asks = list(half(load("quotes")["ask"], w.split))
    rng.shuffle(asks)
    lines = [f"[{w.text(src.purpose['b'])}]"] + [f"[{w.text(f.entry['b'])}]" for f in first]
    for kind, item in body:
        if kind == "fact":
            said = item.entry.get("s")
            speaker, _, line = said.partition("|") if said else ("", "", "")
            if said and (speaker == "adult" or src.code == "cin"):
                if "a" in item.entry:
                    lines.append(f"{labels['sw']}: {w.text(item.entry['a'])}")
                lines.append(f"{labels[speaker]}: {w.text(line)}")
            else:
                lines.append(f"[{w.text(item.entry['b'])}]")
        elif kind == "quote":
            if child_speaks:
                lines.append(f"{labels['sw']}: {fill(asks.pop(), s)}")
                lines.append(f"{labels['child']}: {_end(item)}")
            elif src.heard == "teacher":
                text = w.text(wording("via_teacher", w.split, rng), q=item, o=o, c=c)
                lines.append(f"{labels['teacher']}: {_end(text)}")
            else:
                text = w.text(wording("before_meeting", w.split, rng), q=item, o=o, c=c)
                lines.append(f"{labels['sw']}: {_end(text)}")
        else:
            lines.append(f"{labels['adult']}: {_end(item)}")
    for f in last:  # the opinion, without the note's own "my view:" opening
        view = w.text(f.entry["b"]).split(": ", 1)[-1]
        lines.append(f"[{wording('view_label', w.split, rng)}: {view}]")
    lines.append(f"{labels['sw']}: {wording('sum_up', w.split, rng)} {_spoken_actions(w)}.")
    said = rng.choice(half(w.frames["next"]["said"], w.split))
    lines.append(f"{labels['sw']}: {fill(said, Slots(date=_spoken(w)))}")
    lines.append(f"{labels['adult']}: {wording('agree', w.split, rng)}")
    return lines


def _present(w: Writer, labels: dict[str, str]) -> str:
    """Who speaks: a role label gets the person's name ("SW (Ms Okafor)"), a name label its
    role ("KATEŘINA (SW)")."""
    p, s, code = w.src.people, w.slots, w.src.code

    def who(label: str, name: str, role: str) -> str:
        named = label.lower() in ROLE_LABELS or label.lower().endswith(f"'s {role.lower()}")  # "Amira's mum" (fresh10)
        return f"{label} ({name})" if named else f"{label} ({role})"

    parts = [who(labels["sw"], s["sw"], "SW")]
    if code == "sup":
        return ", ".join(parts + [who(labels["mgr"], s["mgr"], "TM")])
    parts.append(who(labels["adult"], p.adult.first, cap(p.adult_role)) if p.adult_role != "carer"
                 else f"{labels['adult']} (foster carer)")
    if code == "cin":
        parts.append(who(labels["teacher"], s["teacher"], p.teacher_role))
        parts += [f"{s['worker']} (family support)"] if w.src.with_worker else []
        parts += [_child_part(labels, s)] if w.src.with_child else []
    else:
        parts.append(_child_part(labels, s))
        parts += [f"{s['sib']} ({s['sib_rel']})"] if w.src.with_sib and code != "lac" else []
    return ", ".join(parts)


def _child_part(labels: dict[str, str], s) -> str:
    """The child among the speakers: their label, named when the label is the "A" of a typed-up
    interview (fresh6) or a recording app's numbered voice (fresh7)."""
    named = labels["child"] == "A" or labels["child"].startswith("Speaker ") or re.fullmatch(r"[A-Z]\.", labels["child"])
    return f"{labels['child']} ({s['child']})" if named else labels["child"]


def restyled(lines: list[str], write: Write | None) -> list[str]:
    """The lines with each spoken turn ("Label: words") laid out by `write(speaker, words)`, called in
    line order, or as typed when `write` is None; the worker's bracketed notes stay as they are."""
    if write is None:
        return lines
    return [write(m.group(1), m.group(2)) if (m := SPEAKER.match(line)) else line for line in lines]


# The later splits' exports of a transcript (fresh13 to fresh29): each draws its layout from the
# writer's rng after the sibling's line is added, and returns how it writes a turn.
RESTYLERS = {"fresh13": lambda w: pasted(w.rng), "fresh14": lambda w: bundled(w.rng), "fresh15": lambda w: teams_exported(w.rng),
             "fresh16": lambda w: dictated(w.rng), "fresh17": lambda w: noted(w.rng),
             "fresh18": lambda w: chatted(w.src.people.visit, w.rng), "fresh19": lambda w: tabled(w.rng),
             "fresh20": lambda w: scripted(w.rng), "fresh21": lambda w: dashed(w.rng),
             "fresh22": lambda w: reported(w.rng), "fresh23": lambda w: timed(w.rng),
             "fresh24": lambda w: chat_or_minute(w.src.people.visit, w.rng),
             "fresh25": lambda w: play_or_qa(w.src.people.visit, w.rng),
             "fresh26": lambda w: quoted_or_captioned(w.rng),
             "fresh27": lambda w: numbered_or_arrowed(w.rng),
             "fresh28": lambda w: chatlog_or_voicemail(w.rng),
             "fresh29": lambda w: zoom_or_dotted(w.rng)}


def transcript(w: Writer) -> str:
    """The source as a transcript with speaker labels."""
    labels = _labels(w)
    template = w.rng.choice(half(w.frames["present"]["transcript"], w.split))
    body = _supervision(w, labels) if w.src.code == "sup" else _conversation(w, labels)
    if w.split in ("fresh3", "fresh4") and w.rng.random() < 0.5:
        body = _stamped(body, w.rng, hours=w.split == "fresh4")
    elif w.split == "fresh5" and w.rng.random() < 0.5:
        body = _clocked(body, w.rng)
    elif w.split == "fresh6" and w.rng.random() < 0.5:
        body = _speaker_blocks(body, w.rng)
    elif w.split == "fresh7" and w.rng.random() < 0.5:
        body = cued(body, w.rng)
    elif w.split == "fresh8":
        body = exported(with_sibling(w, body), w.rng)
    elif w.split == "fresh9":
        body = with_sibling(w, body)
    elif w.split == "fresh10":
        body = laid_out(with_sibling(w, body), w.rng)
    elif w.split == "fresh11":
        body = transcribed(with_sibling(w, body), w.rng)
    elif w.split == "fresh12":
        body = voiced(with_sibling(w, body), w.rng)
    elif w.split in RESTYLERS:
        body = restyled(with_sibling(w, body), RESTYLERS[w.split](w))
    return "\n".join([w.header(), fill(template, Slots(list=_present(w, labels)))] + body)
