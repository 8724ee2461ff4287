"""A person line: one person's details as fields split by " / ", the name first:

    ▪ Kaylane Coutinho / 7436 075072 / kaylane_c@yahoo.com
    ◦ Abdisalam Samatar / Thursday 22nd December 2022 / MARF/2017/8841
    • matvii zinchenko | 13 Nov 15 | EDT ref EDT047735

Such a line is a cue for what its fields are: a date alone in a field is the person's date of
birth, and ten digits alone in a field are their phone number even with the trunk 0 dropped. It
counts as one only when its first field is a name (two or three words, one of them a given name,
a surname or no English word, none a word of the trade) and another field holds an identifier (an
e-mail or a run of digits), so "Supervision / Rumana Jadhav / 3.1.26" and "Tulip Nightingale /
home visit / 8-Dec-26" are no person lines and their dates stay. Fields are split by " / ", " | " or
a tab.

A date straight after a person's name that opens a line, a sentence or a field, with a reference
after it, is their date of birth too: "haitham abu-ghazaleh 14/04/2023 EHCP-64647". So is a full
date there that closes its sentence, field or line and falls in an earlier year than the latest
date in the note: "solongo ochirbat 28th october 2010. static warm", "/ Shiyu Huangfu 28th of
august, 2016 /"; a visit date has a verb or a cue before it ("not seen since 14 august 2026",
"seen 3 May 2026") or is the latest, and stays.
"""

from __future__ import annotations

import re

from redaction import numbers

_SEPARATOR = re.compile(r"[ \t]+(?:[/|]|::)[ \t]+|[ \t]*\t[ \t]*")
_BULLET = re.compile(r"^[ \t]*(?:[^\w\s]+[ \t]*)?")
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")


def person_field(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole field, not the first, of a person line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start], text[end:line_end]
    if not (re.search(r"(?:[ \t]+(?:[/|]|::)|\t)[ \t]*$", before) and re.match(r"^[ \t]*(?:(?:[/|]|::)[ \t]|\t|$)", after)):
        return False
    fields = _SEPARATOR.split(text[line_start:line_end])
    value = text[start:end].strip()
    others = [f for f in fields[1:] if f.strip() != value]
    return len(fields) >= 3 and _opens_with_person(fields[0], others) and any(
        "@" in f or sum(c.isdigit() for c in f) >= 5 for f in others)


_NHS_LIKE = re.compile(r"\d{3}[ \t|/.-]*\d{3}[ \t|/.-]*(?:\d{4}|\d{3}[ \t|/.-]*\d)")  # "439-395-707/5" too
# "Re Weade Toweh | 6th September, 2013 | ...", "Mum: Tilelli Ouaziz / 1st of March 1988 / NI ...".
_REGARDING = re.compile(r"^(?:re:?|(?:mum|mother|dad|father|nan|gran|grandma|grandad|aunt|auntie|uncle|carer|"
                        r"step(?:mum|dad)|partner)[ \t]*:)[ \t]+", re.I)


def _opens_with_person(first: str, others: list[str]) -> bool:
    """Whether a person line's first field names someone: two or three name words, or one beside an
    NHS number ("⁂ sirocco | 25 December 2018 | 702 594 1077"), perhaps after "Re" or "Mum:"."""
    name = _REGARDING.sub("", _BULLET.sub("", first)).strip()
    if any(_NHS_LIKE.fullmatch(f.strip()) for f in others):
        return _names_a_person(name, least=1)
    return _names_a_person(name)


def line_names(text: str) -> list[tuple[int, int]]:
    """Where the name that opens each person line is: "✓ NUTMEG PENNYFEATHER | 07541 162617 | ..."."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        fields = _SEPARATOR.split(line.group())
        if len(fields) < 3 or not any("@" in f or sum(c.isdigit() for c in f) >= 5 for f in fields[1:]):
            continue
        bullet = _BULLET.match(fields[0]).end()
        name = fields[0][bullet:].rstrip()
        if name and _opens_with_person(fields[0], fields[1:]):
            start = line.start() + bullet + len(name) - len(_REGARDING.sub("", name))
            out.append((start, line.start() + bullet + len(name)))
    return out


# A name of two or three words opening a line, a sentence, a bracket or a field, then the date.
_NAME_THEN = re.compile(r"(?m)(?:^|[.!?;:|/(,][ \t]+|\t|^[ \t]*[^\w\s]+[ \t]*)((?:[^\W\d_][\w'’-]*[ \t]+){2,3})[ \t]*[,|-]?[ \t]*$")
# What follows the date: a token with five digits or more ("EHCP-64647", "cyp4132272", "HfU/2022/45976").
# A few short words may name it first ("pid nass ref 6027310", "pid prison no. d4215bl"); a prison
# number has four digits between its letters.
# Or an NHS number in its groups of three, three and four ("nhs 796 593 6720", "NHS no: 796-593-6720").
_REFERENCE_AFTER = re.compile(r"[ \t]*[,|-]?[ \t]*(?:nhs(?:[ \t]+(?:no\.?|number))?[ \t:]*\d{3}[ \t-]?\d{3}[ \t-]?\d{4}(?!\d)"
                              r"|(?:[^\W\d_]{1,6}\.?[ \t]+){0,3}"
                              r"(?=\S*(?:\d\S*){5}|[^\W\d_]\d{4}[^\W\d_]{2}\b)[^\s]+(?:\s|$))", re.I)


def after_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] comes straight after a person's name that opens its line, sentence,
    clause or field, with a reference just after it: "quyet thai 07 sep 17 HfU/2022/45976", "...,
    ayo bello 4. 10. 2013 pid rio no. 56342476"; or one name with an NHS number (its check digit
    right) and no cue: "- Ivanka 07.12.10 406 989 1188", "ignatia 5th sep '19 777 279 0457",
    "Ruwan 21-jun-2016 6762-529-089"."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 80)
    m = _NAME_THEN.search(text, line_start, start)
    if m is not None and _REFERENCE_AFTER.match(text, end):
        return _names_a_person(m.group(1).strip())
    one = _ONE_NAME_THEN.search(text, line_start, start)
    bare = _BARE_NHS.match(text, end)
    return bool(one and bare and numbers.nhs(text, *bare.span(1)) and _names_a_person(one.group(1), least=1))


# One name word opening a line, a sentence, a field or a bullet, then the date.
_ONE_NAME_THEN = re.compile(r"(?m)(?:^|[.!?;:|/(,][ \t]+|\t|^[ \t]*[^\w\s]+[ \t]*)([^\W\d_][\w'’-]*)[ \t]+$")
# An NHS number laid out 3-3-4 (or 4-3-3 with a dot or a dash) with no cue after a date:
# "07.12.10 406 989 1188", "09-Aug-2020 4201.977.234".
_BARE_NHS = re.compile(r"[ \t]+(\d{3}([ \t.-])\d{3}\2\d{4}|\d{4}([.-])\d{3}\3\d{3})(?!\d)")


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# What closes the date's clause: a sentence's end, a field's, a line's.
_CLOSES = re.compile(r"[ \t]*(?:[.;](?:[ \t]|$)|[ \t][/|][ \t]|\t|$)", re.M)


def earlier_date_after_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a date with its year, comes straight after a person's name that
    opens its line, sentence or field, closes its clause, and is earlier than the note's latest
    year: "solongo ochirbat 28th october 2010." in a note of 2026 visits."""
    year = _YEAR.search(text, start, end)
    if year is None or not _CLOSES.match(text, end):
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - 80)
    m = _NAME_THEN.search(text[:start], line_start)
    if m is None and line_start == text.rfind("\n", 0, start) + 1:  # a name opening its line
        m = re.match(r"[ \t]*(?:[^\w\s]+[ \t]*)?((?:[^\W\d_][\w'’-]*[ \t]+){2,3})[ \t]*,?[ \t]*$",
                     text[line_start:start])
    if m is None or not _names_a_person(m.group(1).strip()):
        return False
    return int(year.group()) < max(int(y) for y in _YEAR.findall(text))


# A name of two or three words opening a line, a sentence or a field, then a date with its year
# (and perhaps a time): "/ awien thon 28/12/2009 00:00."
_DATED_NAME = re.compile(r"(?m)(?:^[ \t]*(?:[^\w\s]+[ \t]*)?|[.!?;|/][ \t]+)((?:[^\W\d_][\w'’-]*[ \t]+){1,2}[^\W\d_][\w'’-]*)"
                         r"[ \t]+(\d[\w ,./-]{4,24}?(?:19|20)\d\d(?:[ \t]+\d\d:\d\d(?::\d\d)?)?)(?![\w/])")


def dated_names(text: str) -> list[tuple[int, int]]:
    """Where the name is that a date of birth with no cue follows (`earlier_date_after_name`,
    `after_name`: "wisdom glover 24/12/2013 nhs 759 013 3906")."""
    return [m.span(1) for m in _DATED_NAME.finditer(text)
            if earlier_date_after_name(text, *m.span(2)) or after_name(text, *m.span(2))]


# A date that opens a line, a sentence or a field, then one to three name words and an NHS or NI
# number, or a reference, or "rang from" a phone: "22nd day of May 2023 - emília kotlár - nhs
# 684 ...", "15/09/2018 nyima nhs 731 ...", "- 3.4.2019 / Kwame Asante / ni jk 97 31 12 a".
_OPENS = re.compile(r"(?:^|[.!?;|/(,][ \t]|\t)[ \t]*(?:[^\w\s]+[ \t]*)?$", re.M)
_NAME_THEN_ID = re.compile(r"[ \t]*[-,|/:]?[ \t]*((?:[^\W\d_][\w'’-]*[ \t]+){0,2}[^\W\d_][\w'’-]*)[ \t]*[-,|/:]?[ \t]*"
                           r"(?:nhs|ni|nino|n\.i\.?|ref|pid)\b", re.I)


def date_before_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a date with its year earlier than the note's latest, opens its
    line, sentence or field and a person's name and their NHS or NI number or a reference follow:
    the person's date of birth written first."""
    year = _YEAR.search(text, start, end)
    if year is None or not _OPENS.search(text, max(0, start - 8), start):
        return False
    m = _NAME_THEN_ID.match(text, end)
    if m is None or not _names_a_person(m.group(1), least=1):
        return False
    return int(year.group()) < max(int(y) for y in _YEAR.findall(text))


# A relative and their name, then the date and a call or a reference: "dad malick saidy 7th day of
# december 1993 rang from 077 ...", "mum Ana Petrova 3/4/1990 mob 07..." (the date is theirs).
_RELATIVE_NAME = re.compile(r"(?:^|[.!?;:|/(,\-][ \t]|\t)[ \t]*(?:[^\w\s]+[ \t]*)?([^\W\d_]+)[ \t]+"
                            r"((?:[^\W\d_][\w'’-]*[ \t]+){1,2})$", re.M)
_CALL_AFTER = re.compile(r"[ \t]*[-,(]?[ \t]*(?:rang|rung|called|calling|phoned|texted|mob|mobile|tel|phone|nhs|ni)\b", re.I)


def date_after_relative(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] follows a relative word and a name and is followed by a call or an
    identifier: the relative's date of birth."""
    from redaction.lexicon import lexicon

    m = _RELATIVE_NAME.search(text, max(0, start - 60), start)
    if m is None or m.group(1).casefold() not in lexicon().relations or not _CALL_AFTER.match(text, end):
        return False
    return _names_a_person(m.group(2).strip())


def _names_a_person(field: str, least: int = 2) -> bool:
    from redaction.lexicon import lexicon
    from redaction.name_joins import rare_word

    lex = lexicon()
    words = field.split()
    if not least <= len(words) <= 3 or not all(_NAME_WORD.match(w) for w in words):
        return False
    if not (all(w[:1].isupper() for w in words) or all(w.islower() for w in words)):
        return False
    lows = [w.casefold() for w in words]
    if any(w in lex.not_names or w in lex.calendar or w in lex.relations or w.rstrip(".") in lex.titles
           for w in lows):
        return False
    if len(words) == 1 and rare_word(words[0]):
        return True  # a seldom word alone in a name's place: "sirocco"
    return any(lex.first_name(w) or lex.surname(w) or w.casefold() in lex.word_surnames or not lex.common(w)
               for w in words)
