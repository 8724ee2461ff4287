"""Checking a school or nursery name the pattern in recognizers.yaml found: keep the kind of
school and the name words just before it ("went to the local Oakfield Academy" -> "Oakfield
Academy"); no name words, no school ("her new school", "three changes of school", "forest
school").

A name written capitalised in a line of both cases is all capitalised, so a lower-case word
before it is not part of it ("uniform clean Rushey Mead Academy"). In lower case, verbs and
everyday function words end the name ("meant school", "wants school").
"""

from __future__ import annotations

import re

KIND_WORDS = frozenset("""
school academy college nursery pre-school preschool primary secondary junior juniors infant infants
high grammar community free special church sixth form trust day and & c of e ce rc c.e r.c catholic
methodist england children's centre pupil referral unit voluntary aided controlled foundation studio
first middle upper lower federated federation playgroup play group kindergarten creche crèche pru utc
steiner montessori waldorf va vc (va) (vc) (aided) (controlled) (ce) (rc) (c vol.
""".split()) | {"(c of e)"}
# A kind word that, met again before the name, starts something else ("nursery St Chad's School").
_HEADS = frozenset("school schools academy college nursery pre-school preschool playgroup kindergarten".split())
# Kinds of schooling, not a school's name, when nothing else names it ("forest school").
_GENERIC = frozenset("""
forest boarding summer sunday saturday holiday home night driving dance swimming football drama music
art bible language breakfast after private state faith village local big little new old prep hospital
education learning virtual hospital riding ski surf sailing flight cookery cooking coding stage theatre
white black grey gray navy blue royal red maroon green bottle purple burgundy yellow gold
racing pony sports sport flying vocational university technical studio special free
""".split())  # the Virtual School is the council's; "royal blue school jumper" is a colour; "the
# racing school", "a university technical college" are kinds of school, not one school
# Verbs and small words that come before "school" in notes and never name one.
_VERBS = frozenset("""
means meant mean wants wanted want doing does did do likes liked like loves loved love hates hated hate
missed misses missing miss skipped skips skipping enjoys enjoyed enjoy finished finishes finish joined
joining join changed changes changing moving having have had has got get gets getting walks walked walk
drove drives takes took taken take collected collects picked drop dropped dropping outside inside back
refuses refused refusing avoid avoids avoided avoiding hating prefers preferred returned returning
back from at for of without sells sell sold selling buys buy bought buying needs need needed chase chased
chasing ring rang ringing phone phoned call called email emailed contact contacted tell told ask asked inform
informed visit visited emails rings calls phones asks tells informs visits put puts putting offer offers offered
offering
club clubs grp group alone seen see sees saw
""".split())
# Everyday words that name a school or nursery when written capitalised with the rest of its name
# ("Happy Days Nursery", "New Horizons Academy", "Three Bridges Primary"), though not in lower case.
_CAPITALISED_NAMING = frozenset("""
day days week weeks year years month months hours new old one two three four five six seven eight
nine ten many several
""".split())
# "Jack in the Box", "St Mary on the Hill": a linking phrase inside a capitalised name.
_PLACE_LINKS = frozenset("in on by upon under at".split())


# The words a school's name ends with (as the pattern in recognizers.yaml ends).
_ENDS = re.compile(r"\b(?:school|academy|college|nursery|pre-school|preschool|playgroup|play[ \t]+group|kindergarten"
                   r"|cr[eè]che|children's[ \t]+centre|pupil[ \t]+referral[ \t]+unit|pru|utc|federation|primary"
                   r"|infants|juniors)\b", re.I)


def refine_school(text: str, start: int, end: int, common: frozenset[str]) -> tuple[int, int] | None:
    """The school's name in text[start:end], or None when nothing names it. The pattern runs on
    to the last kind word within eight words, so when that one has no name before it an earlier
    one may ("Greengage Junior School shared the school's chronology").

    Args:
        text: The whole note.
        start: Where the pattern's match starts.
        end: Where it ends.
        common: Words that never make up a school's name (recognizers.COMMON).
    """
    found = _named_school(text, start, end, common)
    for kind in reversed([m for m in _ENDS.finditer(text, start, end) if m.end() < end]):
        if found is not None:
            break
        found = _named_school(text, start, kind.end(), common)
    return found


def _named_school(text: str, start: int, end: int, common: frozenset[str]) -> tuple[int, int] | None:
    words = list(re.finditer(r"\S+", text[start:end]))
    low = [w.group().casefold().rstrip(".") for w in words]
    k = len(words)
    while k > 0 and low[k - 1] in KIND_WORDS and (low[k - 1] != "of" or (k >= 2 and low[k - 2] in {"c", "church"})):
        k -= 1
    # Written as a proper noun (capitalised just before its kind, in a line of both cases): then
    # every name word is capitalised.
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    proper = (k > 0 and any(c.islower() for c in line) and any(c.isupper() for c in line)
              and words[k - 1].group()[:1].isupper())

    titled = proper and k < len(words) and words[k].group()[:1].isupper()  # "... Days Nursery", not "Three school"

    def name_word(j: int) -> bool:
        word, raw = low[j], words[j].group()
        return ((word not in common or titled and word in _CAPITALISED_NAMING and raw[:1].isupper())
                and word not in _VERBS and word not in _HEADS
                and not any(c.isdigit() for c in word) and len(re.findall(r"[^\W_]", word)) >= 2
                and not re.search(r"[:;,.()@/]$", raw) and (not proper or raw.lstrip("-–—*•>")[:1].isupper()))

    first = None
    for j in range(k - 1, -1, -1):
        word = low[j]
        saint = word in {"st", "saint"} and first == j + 1
        our_lady = (word in {"our", "lady"} or word == "of" and j > 0 and low[j - 1] == "lady"
                    ) and first is not None and first - j <= 3
        # "Our Lady Queen of Peace", "Star of the Sea", "Holy Family of Nazareth".
        linking = first == j + 1 and j > 0 and (word == "of" and (proper and name_word(j - 1) or low[j - 1] == "lady"
                                                                   or _saint_of(low, j) and name_word(j - 1))
                                                or word == "the" and (name_word(j - 1) or low[j - 1] == "of"
                                                                      or proper and low[j - 1] in _PLACE_LINKS
                                                                      and j > 1 and name_word(j - 2))
                                                or word in _PLACE_LINKS and proper and low[j + 1] == "the"
                                                and name_word(j - 1)
                                                or word in {"and", "&"} and (proper and name_word(j - 1)
                                                                             or _two_saints(low, j)))
        if not (name_word(j) or saint or our_lady or linking) or k - j > 10:
            break
        first = j
        if saint and not (j > 1 and low[j - 1] in {"and", "&"} and (proper and name_word(j - 2)
                                                                     or _two_saints(low, j - 1))):
            break  # a saint's name starts the school's: "later st anne's school" ("Holy Cross and St Helen" goes on)
    if first is None or low[first] in {"of", "lady"}:
        return None
    if all(low[j] in _GENERIC for j in range(first, k)):
        return None
    if k - first == 1 and re.search(r"['’]s?$", words[first].group()) and words[k].group().islower() and (
            len(words) - k == 1 or _someone(words[first].group())):
        # someone's school, not a school's name: "Giovana's school", "amira's primary school" ("St
        # Mary's School" and "hoveller's primary school" stay)
        return None
    return start + words[first].start(), end


def _someone(possessive: str) -> bool:
    """Whether "X's" before a school is someone's: X is a given name, a surname or an everyday
    word ("brother's", "friend's"), not a rare word that names the school ("hoveller's")."""
    from wordfreq import zipf_frequency

    from redaction.lexicon import lexicon

    owner, lex = re.sub(r"['’]s?$", "", possessive), lexicon()
    return (lex.first_name(owner) or lex.surname(owner) or owner.casefold() in lex.relations
            or zipf_frequency(owner.casefold(), "en") >= 3.5)


def _saint_of(low: list[str], j: int) -> bool:
    """Whether the "of" at `j` follows a saint's name, in any case: "st chad of lichfield"."""
    return j >= 2 and low[j - 2] in {"st", "saint"}


def _two_saints(low: list[str], j: int) -> bool:
    """Whether the "and" at `j` joins two saints in any case: "st neot and st piran's"."""
    return 2 <= j < len(low) - 1 and low[j + 1] in {"st", "saint"} and low[j - 2] in {"st", "saint"}
