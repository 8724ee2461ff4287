"""Altering a child's quote the way a drafting model does: a word swapped, added or dropped, a
tense changed, or the whole quote paraphrased, while it still reads as the child's words.

The `fresh` split has its own word tables (quotes.yaml `alter`), written for its own quotes, and
one more operation: `formalise`, the child's words tidied into adult English ("I dunno" ->
"I don't know", "me and Jo" -> "Jo and I"), as a drafting model does. The `fresh2` split has its
own tables again and one more operation: `soften`, a hard word made gentler ("I hate" -> "I don't
like", "never" -> "hardly ever"), the way a model sanitises what a child said. The `fresh3` split
has its own tables and one more again: `person`, the child's words turned into reported speech but
left inside the quote marks ("I miss my dad" -> "she misses her dad"), as a summarising model does.
The `fresh4` split has its own tables and one more again: `negate`, the child's words turned round
("I want to stay" -> "I don't want to stay", "Nobody asks me" -> "Everybody asks me"), as a model
that mishears or misreads a child does. The `fresh5` split has its own tables and one more again:
`relation`, the child's words given to the wrong person ("I miss my dad" -> "I miss my mum", "my
brother" -> "my sister"), as a model that mixes up who is who in a family does. The `fresh6` split
has its own tables and one more again: `exaggerate`, the child's words made stronger than they
were said ("a bit sad" -> "really sad", "sometimes" -> "always", "I don't really like" -> "I hate"),
as a model that dramatises does. The `fresh7` split has its own tables and one more again: `retime`,
the child's words moved in time or frequency ("every Saturday" -> "once a month on a Saturday",
"last night" -> "last week"), as a model that misremembers when and how often does. The `fresh8`
split has its own tables and one more again: `relocate`, the child's words moved to another place
("at school" -> "at home", "in my room" -> "in the lounge"), as a model that misremembers where does.
The `fresh9` split has its own tables and one more again: `recount`, a number or amount in the
child's words changed ("two best friends" -> "three best friends", "a few times" -> "loads of
times"), as a model that misremembers how many does. The `fresh10` split has its own tables and one more
again: `anglicise`, a word of another language in the child's words replaced by an English one ("my nani"
-> "my grandma", "Baba" -> "Dad", "at Eid" -> "at the holidays"), as a model that "tidies" a child's
words into English does.
"""

from __future__ import annotations

import functools
import random
import re

from eval.synth.review_parts.bank import LATER, load

OPS = ("substitute", "insert", "delete", "tense", "paraphrase")
FRESH_OPS = OPS + ("formalise",)
FRESH2_OPS = FRESH_OPS + ("soften",)
FRESH3_OPS = FRESH2_OPS + ("person",)
FRESH4_OPS = FRESH3_OPS + ("negate",)
FRESH5_OPS = FRESH4_OPS + ("relation",)
FRESH6_OPS = FRESH5_OPS + ("exaggerate",)
FRESH7_OPS = FRESH6_OPS + ("retime",)
FRESH8_OPS = FRESH7_OPS + ("relocate",)
FRESH9_OPS = FRESH8_OPS + ("recount",)
FRESH10_OPS = FRESH9_OPS + ("anglicise",)
FRESH11_OPS = FRESH10_OPS  # fresh11: the same operations, with tables of its own (anglicise standardises dialect too)
FRESH12_OPS = FRESH10_OPS  # fresh12: the same again (anglicise corrects a child's spelling and text speak)
FRESH13_OPS = FRESH10_OPS  # fresh13: the same again (anglicise puts BSL gloss, chat words and spelling into English)
FRESH15_OPS = FRESH10_OPS  # fresh15: the same again (anglicise puts a young child's past tenses and street talk into standard English)
FRESH16_OPS = FRESH10_OPS  # fresh16: the same again (anglicise puts a young child's words, Kriolu-English and Cantonese-English into standard English)
FRESH17_OPS = FRESH10_OPS  # fresh17: the same again (anglicise puts coalfield and north-east dialect and a toddler's words into standard English)
FRESH18_OPS = FRESH10_OPS  # fresh18: the same again (anglicise puts Scouse, Afrikaans words and a toddler's words into standard English)
FRESH19_OPS = FRESH10_OPS  # fresh19: the same again (anglicise puts Black Country dialect, Acholi and Indonesian words and a toddler's words into standard English)
FRESH20_OPS = FRESH10_OPS  # fresh20: the same again (anglicise puts Cornish and Cumbrian dialect, Romani, Tibetan, Kazakh and Mauritian words and a toddler's words into standard English)
FRESH21_OPS = FRESH10_OPS  # fresh21: the same again (anglicise puts Northumbrian, Welsh valleys, Lincolnshire and Isle of Wight dialect, Goan, Uyghur and Chechen words and a toddler's words into standard English)
FRESH22_OPS = FRESH10_OPS  # fresh22: the same again (anglicise puts Bristol, Somerset, Peak District and Lancashire dialect, Liberian, Azerbaijani and Aymara Bolivian words and a toddler's words into standard English)
FRESH23_OPS = FRESH10_OPS  # fresh23: the same again (anglicise puts Cornish, Cumbrian coast, Black Country, Lancashire and Yorkshire dialect, Medway slang, Latvian, Yemeni and Bulgarian words and a toddler's words into standard English)
FRESH24_OPS = FRESH10_OPS  # fresh24: the same again (anglicise puts Lake District, Scilly, Scouse, Geordie, Brummie, Glaswegian, Norfolk and Welsh valleys dialect, Multicultural London English, Uzbek, Hazaragi and Angolan words, BSL glosses and a toddler's words into standard English)
FRESH25_OPS = FRESH10_OPS  # fresh25: the same again (anglicise puts its dialect, slang, words of home and sign glosses into standard English)
FRESH27_OPS = FRESH10_OPS  # fresh27: the same again (anglicise puts Suffolk, Isle of Wight and Bajan dialect, Madeiran, Ndebele, Punjabi, Croatian, Thai, Seychellois and Ladino words of home and a toddler's words into standard English)
FRESH28_OPS = FRESH10_OPS  # fresh28: the same again (anglicise puts Nottingham and Derbyshire, Somerset and Rossendale dialect, Malayalam, Cameroonian Pidgin, Persian, Tswana, Moroccan, Parsi, Macedonian and Trinidadian words of home and a toddler's words into standard English)
FRESH29_OPS = FRESH10_OPS  # fresh29: the same again (anglicise puts Durham and Weald dialect, showland words, boarding school words, Telugu, Turkish Cypriot, Irish, Gujarati, Edo, Palestinian, Estonian and Mongolian words of home and a toddler's words into standard English)
FRESH26_OPS = FRESH10_OPS  # fresh26: the same again (anglicise puts Heavy Woollen, Thames estuary and Surrey dialect, Italian, Ga, Hausa and Khmer words of home, Makaton signs and a toddler's words into standard English)
FRESH14_OPS = FRESH10_OPS  # fresh14: the same again (anglicise puts an interpreter's and a young child's English into standard English)
SUBSTITUTE = {
    "like": "love", "love": "like", "happy": "glad", "good": "great", "nice": "lovely",
    "kind": "nice", "best": "greatest", "want": "need", "miss": "love", "annoying": "mean",
    "boring": "rubbish", "hard": "difficult", "fun": "good", "noisy": "loud", "loud": "noisy",
    "friends": "mates", "mates": "friends", "sad": "upset",
    "lonely": "sad", "dragons": "dinosaurs", "purple": "pink", "stars": "planets", "room": "bedroom",
    "pancakes": "waffles", "dog": "puppy", "hamster": "rabbit", "worst": "hardest", "calmer": "quieter",
    "comfiest": "cosiest", "strong": "brave", "school": "class", "normal": "better", "fine": "OK",
    "alright": "fine", "rush": "hurry", "funny": "silly", "stuff": "things", "forever": "always",
    "saving": "waiting", "week": "month", "everything": "anything", "talk": "speak",
}
INTENSIFY = {"like": "really", "love": "really", "want": "really", "miss": "really", "hate": "really",
             "happy": "so", "good": "really", "hard": "really", "boring": "so", "kind": "really",
             "annoying": "so", "feel": "really", "wish": "really", "lonely": "really", "calmer": "much"}
DELETABLE = ["really", "just", "so", "very", "always", "all", "new", "own", "old",
             "sometimes", "too", "again", "more", "a bit", "everyone", "ever", "now", "here",
             "still", "soon", "back", "together", "forever", "lots"]
TENSE = [("I'm", "I was"), ("it's", "it was"), ("It's", "It was"), ("is", "was"), ("are", "were"),
         ("am", "was"), ("don't", "didn't"), ("can't", "couldn't"), ("can", "could"), ("like", "liked"),
         ("love", "loved"), ("want", "wanted"), ("miss", "missed"), ("hate", "hated"), ("get", "got"),
         ("feel", "felt"), ("have", "had"), ("makes", "made"), ("make", "made"), ("takes", "took"),
         ("lets", "let"), ("comes", "came"), ("helps", "helped"), ("wish", "wished"), ("need", "needed"),
         ("listens", "listened"), ("look", "looked"), ("tell", "told"),
         ("Everyone's", "Everyone was"), ("I've", "I had"), ("I'd", "I would")]


def _first(words: dict | list, text: str) -> tuple[str, re.Match] | None:
    keys = words if isinstance(words, list) else list(words)
    hits = [(m.start(), word, m) for word in keys
            for m in [re.search(rf"(?<![\w']){re.escape(word)}(?![\w'])", text)] if m]
    return (min(hits)[1], min(hits)[2]) if hits else None


SHARED = {"substitute": SUBSTITUTE, "intensify": INTENSIFY, "delete": DELETABLE, "tense": dict(TENSE),
          "formalise": {}}


def ops(split: str) -> tuple[str, ...]:
    """The alteration operations a split spreads its quote_altered defects over."""
    return {"fresh": FRESH_OPS, "fresh2": FRESH2_OPS, "fresh3": FRESH3_OPS, "fresh4": FRESH4_OPS,
            "fresh5": FRESH5_OPS, "fresh6": FRESH6_OPS, "fresh7": FRESH7_OPS, "fresh8": FRESH8_OPS,
            "fresh9": FRESH9_OPS, "fresh10": FRESH10_OPS, "fresh11": FRESH11_OPS,
            "fresh12": FRESH12_OPS, "fresh13": FRESH13_OPS, "fresh14": FRESH14_OPS, "fresh15": FRESH15_OPS, "fresh16": FRESH16_OPS,
            "fresh17": FRESH17_OPS, "fresh18": FRESH18_OPS, "fresh19": FRESH19_OPS, "fresh20": FRESH20_OPS, "fresh21": FRESH21_OPS, "fresh22": FRESH22_OPS, "fresh23": FRESH23_OPS, "fresh24": FRESH24_OPS, "fresh25": FRESH25_OPS, "fresh26": FRESH26_OPS, "fresh27": FRESH27_OPS, "fresh28": FRESH28_OPS, "fresh29": FRESH29_OPS}.get(split, OPS)


@functools.cache
def tables(split: str) -> dict:
    """The word tables of a split: alter.py's own, or a later split's (quotes.yaml `alter`)."""
    if split not in LATER:
        return SHARED
    own = load("quotes")["alter"][split]
    return {**own, "tense": dict(own["tense"]), "formalise": dict(own["formalise"]),
            "soften": dict(own.get("soften", {})), "person": dict(own.get("person", {})),
            "negate": dict(own.get("negate", {})), "relation": dict(own.get("relation", {})),
            "exaggerate": dict(own.get("exaggerate", {})), "retime": dict(own.get("retime", {})),
            "relocate": dict(own.get("relocate", {})), "recount": dict(own.get("recount", {})),
            "anglicise": dict(own.get("anglicise", {}))}


def substitute(q: str, t: dict = SHARED) -> str | None:
    hit = _first(t["substitute"], q)
    if not hit:
        return None
    word, m = hit
    return q[:m.start()] + t["substitute"][word] + q[m.end():]


def insert(q: str, t: dict = SHARED) -> str | None:
    hit = _first(t["intensify"], q)
    if hit:
        word, m = hit
        return q[:m.start()] + t["intensify"][word] + " " + q[m.start():]
    m = re.match(t.get("lead", r"(I|We|My \w+|It) "), q)
    return q[:m.end()] + "just " + q[m.end():] if m else None


def delete(q: str, t: dict = SHARED) -> str | None:
    for word in t["delete"]:  # intensifiers first: dropping them keeps the quote grammatical
        m = re.search(rf"(?<![\w']){re.escape(word)}(?![\w'])", q)
        if m:
            out = (q[:m.start()] + q[m.end():]).replace("  ", " ").strip()
            return out[:1].upper() + out[1:] if m.start() == 0 else out
    return None


def tense(q: str, t: dict = SHARED) -> str | None:
    hit = _first(list(t["tense"]), q)
    if not hit:
        return None
    word, m = hit
    return q[:m.start()] + t["tense"][word] + q[m.end():]


def formalise(q: str, t: dict = SHARED) -> str | None:
    """Every informal phrase of the table in `q` put into adult English."""
    out = q
    for informal, formal in t["formalise"].items():
        out = re.sub(rf"(?<![\w']){re.escape(informal)}(?![\w'])", lambda _: formal, out)
    return out if out != q else None


def soften(q: str, t: dict = SHARED) -> str | None:
    """The first hard word or phrase of the table in `q` made gentler."""
    hit = _first(t.get("soften", {}), q)
    if not hit:
        return None
    word, m = hit
    return q[:m.start()] + t["soften"][word] + q[m.end():]


def person(q: str, t: dict = SHARED, pronouns: dict | None = None) -> str | None:
    """`q` in the third person: every first-person phrase of the table in `q` replaced at once
    ("I'm" -> "{he}'s", "my" -> "{his}"), the pronoun slots filled from `pronouns`."""
    table = t.get("person", {})
    if not table or not pronouns:
        return None
    keys = sorted(table, key=len, reverse=True)  # "I don't" before "I"
    pattern = re.compile("|".join(rf"(?<![\w']){re.escape(k)}(?![\w'])" for k in keys))
    names = {**pronouns, **{k.capitalize(): v.capitalize() for k, v in pronouns.items()}}  # {His}
    out = pattern.sub(lambda m: table[m.group(0)].format(**names), q)
    out = out[:1].upper() + out[1:] if q[:1].isupper() else out
    return out if out != q else None


def _swap_all(q: str, table: dict) -> str | None:
    """Every phrase of `table` in `q` replaced at once, the longest first, or None if none is."""
    if not table:
        return None
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile("|".join(rf"(?<![\w']){re.escape(k)}(?![\w'])" for k in keys))
    out = pattern.sub(lambda m: table[m.group(0)], q)
    return out if out != q else None


def negate(q: str, t: dict = SHARED) -> str | None:
    """`q` turned round: every phrase of the `negate` table in `q` replaced at once, the longest
    first ("I don't want" before "I want"), so that the quote now says the opposite."""
    return _swap_all(q, t.get("negate", {}))


def relation(q: str, t: dict = SHARED) -> str | None:
    """`q` about the wrong person: every family word of the `relation` table in `q` swapped at once
    ("my mum" <-> "my dad", "my brother" <-> "my sister"), so the child's words now name someone else."""
    return _swap_all(q, t.get("relation", {}))


def exaggerate(q: str, t: dict = SHARED) -> str | None:
    """The first mild word or phrase of the `exaggerate` table in `q` made stronger ("a bit" ->
    "really", "sometimes" -> "always"), so the quote says more than the child did."""
    hit = _first(t.get("exaggerate", {}), q)
    if not hit:
        return None
    word, m = hit
    return q[:m.start()] + t["exaggerate"][word] + q[m.end():]


def retime(q: str, t: dict = SHARED) -> str | None:
    """The first time or frequency phrase of the `retime` table in `q` moved ("every Sunday" ->
    "every other Sunday", "yesterday" -> "last weekend"), so the quote says it happened at another
    time or less often than the child said."""
    hit = _first(t.get("retime", {}), q)
    if not hit:
        return None
    word, m = hit
    return q[:m.start()] + t["retime"][word] + q[m.end():]


def relocate(q: str, t: dict = SHARED) -> str | None:
    """The first place phrase of the `relocate` table in `q` moved ("at school" -> "at home", "in my
    room" -> "in the lounge"), so the quote says it happened somewhere the child did not say."""
    hit = _first(t.get("relocate", {}), q)
    if not hit:
        return None
    word, m = hit
    return q[:m.start()] + t["relocate"][word] + q[m.end():]


def recount(q: str, t: dict = SHARED) -> str | None:
    """The first number or amount of the `recount` table in `q` changed ("two best friends" -> "three
    best friends", "a few times" -> "loads of times"), so the quote counts what the child did not."""
    hit = _first(t.get("recount", {}), q)
    if not hit:
        return None
    word, m = hit
    return q[:m.start()] + t["recount"][word] + q[m.end():]


def anglicise(q: str, t: dict = SHARED) -> str | None:
    """The first word of another language of the `anglicise` table in `q` put into English ("my nani" ->
    "my grandma", "Baba" -> "Dad"), so the quote no longer has the word the child used."""
    hit = _first(t.get("anglicise", {}), q)
    if not hit:
        return None
    word, m = hit
    return q[:m.start()] + t["anglicise"][word] + q[m.end():]


def alter(q: str, para: str, prefer: str, rng: random.Random, split: str = "dev",
          pronouns: dict | None = None) -> tuple[str, str]:
    """`q` altered by the `prefer`red operation, or by another one that applies to it.

    Args:
        pronouns: the child's pronouns ({"he": "she", "his": "her", ...}), for `person`.

    Returns:
        (altered quote, operation used).
    """
    t = tables(split)
    fns = {"substitute": substitute, "insert": insert, "delete": delete, "tense": tense,
           "formalise": formalise, "soften": soften, "person": lambda q, t: person(q, t, pronouns),
           "negate": negate, "relation": relation, "exaggerate": exaggerate, "retime": retime,
           "relocate": relocate, "recount": recount, "anglicise": anglicise}
    results = {op: fns[op](q, t) for op in ops(split) if op != "paraphrase"}
    results["paraphrase"] = para
    usable = [op for op in ops(split)  # a real change, not just a shorter piece of the same words
              if results[op] and results[op] != q and results[op].lower() not in q.lower()]
    op = prefer if prefer in usable else rng.choice(usable)
    return results[op], op
