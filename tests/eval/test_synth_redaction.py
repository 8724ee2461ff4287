"""The synthetic redaction corpus: reproducible, exact, balanced, hard, and split dev/holdout."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from eval.synth import checks
from eval.synth.compose import FAMILY_OF, RECORD_TYPES, STYLES, _parsed
from eval.synth.data import (FAMILIES, OWN_FILES, all_first_names, fresh2 as fresh2_data, fresh3 as fresh3_data,
                             fresh4 as fresh4_data, fresh5 as fresh5_data, groups, groups_for,
                             names, ordinary,
                             ordinary_for, own, places, templates)
from eval.synth.redaction import generate, main
from eval.synth.render import Note

ROOT = Path(__file__).resolve().parents[2]
DEV = dict(n=400, seed=7, split="dev")
HOLDOUT = dict(n=250, seed=11, split="holdout")
FRESH = dict(n=250, seed=13, split="fresh")
FRESH2 = dict(n=320, seed=14, split="fresh2")
FRESH3 = dict(n=320, seed=15, split="fresh3")
FRESH4 = dict(n=336, seed=16, split="fresh4")
FRESH5 = dict(n=336, seed=17, split="fresh5")
FRESH6 = dict(n=330, seed=18, split="fresh6")
FRESH7 = dict(n=330, seed=19, split="fresh7")
FRESH8 = dict(n=330, seed=20, split="fresh8")
FRESH9 = dict(n=330, seed=21, split="fresh9")
FRESH10 = dict(n=330, seed=22, split="fresh10")
FRESH11 = dict(n=330, seed=23, split="fresh11")
FRESH12 = dict(n=330, seed=24, split="fresh12")
FRESH13 = dict(n=330, seed=25, split="fresh13")
FRESH14 = dict(n=330, seed=26, split="fresh14")
FRESH15 = dict(n=330, seed=27, split="fresh15")
FRESH16 = dict(n=330, seed=28, split="fresh16")
FRESH17 = dict(n=330, seed=29, split="fresh17")
FRESH18 = dict(n=330, seed=30, split="fresh18")
FRESH19 = dict(n=330, seed=31, split="fresh19")
FRESH20 = dict(n=330, seed=32, split="fresh20")
FRESH21 = dict(n=330, seed=33, split="fresh21")
FRESH22 = dict(n=330, seed=34, split="fresh22")
FRESH23 = dict(n=330, seed=35, split="fresh23")
FRESH24 = dict(n=330, seed=36, split="fresh24")
FRESH25 = dict(n=330, seed=37, split="fresh25")
FRESH26 = dict(n=330, seed=38, split="fresh26")
FRESH27 = dict(n=330, seed=39, split="fresh27")
FRESH28 = dict(n=330, seed=40, split="fresh28")
FRESH29 = dict(n=330, seed=41, split="fresh29")


@pytest.fixture(scope="module")
def dev() -> list[dict]:
    return generate(**DEV)


@pytest.fixture(scope="module")
def holdout() -> list[dict]:
    return generate(**HOLDOUT)


@pytest.fixture(scope="module")
def fresh() -> list[dict]:
    return generate(**FRESH)


@pytest.fixture(scope="module")
def fresh2() -> list[dict]:
    return generate(**FRESH2)


@pytest.fixture(scope="module")
def fresh3() -> list[dict]:
    return generate(**FRESH3)


@pytest.fixture(scope="module")
def fresh4() -> list[dict]:
    return generate(**FRESH4)


@pytest.fixture(scope="module")
def fresh5() -> list[dict]:
    return generate(**FRESH5)


@pytest.fixture(scope="module")
def fresh6() -> list[dict]:
    return generate(**FRESH6)


@pytest.fixture(scope="module")
def fresh7() -> list[dict]:
    return generate(**FRESH7)


@pytest.fixture(scope="module")
def fresh8() -> list[dict]:
    return generate(**FRESH8)


@pytest.fixture(scope="module")
def fresh9() -> list[dict]:
    return generate(**FRESH9)


@pytest.fixture(scope="module")
def fresh10() -> list[dict]:
    return generate(**FRESH10)


@pytest.fixture(scope="module")
def fresh11() -> list[dict]:
    return generate(**FRESH11)


@pytest.fixture(scope="module")
def fresh12() -> list[dict]:
    return generate(**FRESH12)


@pytest.fixture(scope="module")
def fresh13() -> list[dict]:
    return generate(**FRESH13)


@pytest.fixture(scope="module")
def fresh14() -> list[dict]:
    return generate(**FRESH14)


@pytest.fixture(scope="module")
def fresh15() -> list[dict]:
    return generate(**FRESH15)


@pytest.fixture(scope="module")
def fresh16() -> list[dict]:
    return generate(**FRESH16)


@pytest.fixture(scope="module")
def fresh17() -> list[dict]:
    return generate(**FRESH17)


@pytest.fixture(scope="module")
def fresh18() -> list[dict]:
    return generate(**FRESH18)


@pytest.fixture(scope="module")
def fresh19() -> list[dict]:
    return generate(**FRESH19)


@pytest.fixture(scope="module")
def fresh20() -> list[dict]:
    return generate(**FRESH20)


@pytest.fixture(scope="module")
def fresh21() -> list[dict]:
    return generate(**FRESH21)


@pytest.fixture(scope="module")
def fresh22() -> list[dict]:
    return generate(**FRESH22)


@pytest.fixture(scope="module")
def fresh23() -> list[dict]:
    return generate(**FRESH23)


@pytest.fixture(scope="module")
def fresh24() -> list[dict]:
    return generate(**FRESH24)


@pytest.fixture(scope="module")
def fresh25() -> list[dict]:
    return generate(**FRESH25)


@pytest.fixture(scope="module")
def fresh26() -> list[dict]:
    return generate(**FRESH26)


@pytest.fixture(scope="module")
def fresh27() -> list[dict]:
    return generate(**FRESH27)


@pytest.fixture(scope="module")
def fresh28() -> list[dict]:
    return generate(**FRESH28)


@pytest.fixture(scope="module")
def fresh29() -> list[dict]:
    return generate(**FRESH29)


def span_texts(rows: list[dict], kind: str | None = None) -> list[str]:
    return [r["notes"][p["start"]:p["end"]] for r in rows for p in r["pii"] if kind in (None, p["type"])]


def masked(row: dict) -> str:
    """The note with every gold span blanked out: what must stay in the clear."""
    text = list(row["notes"])
    for p in row["pii"]:
        text[p["start"]:p["end"]] = " " * (p["end"] - p["start"])
    return "".join(text)


def test_same_seed_gives_identical_output():
    assert generate(30, 3) == generate(30, 3)
    assert generate(20, 3, "holdout") == generate(20, 3, "holdout")


def test_different_seeds_differ():
    a, b = generate(30, 3), generate(30, 4)
    assert sum(x["notes"] != y["notes"] for x, y in zip(a, b)) >= 28


def test_unknown_split_is_refused():
    with pytest.raises(ValueError):
        generate(5, 1, "test")


@pytest.mark.parametrize("kind,valid,invalid", [
    ("UK_NHS", ["943 476 5919", "943-476-5919", "9434765919"], ["943 476 5918", "943 4765 919", "12345"]),
    ("UK_NINO", ["AB 12 34 56 C", "ab123456c", "JH 123456 D"], ["QQ 12 34 56 C", "GB123456A", "AB123456E"]),
    ("UK_POSTCODE", ["BD7 2QT", "bd72qt", "EC1A 1BB", "W1D 4FA", "M14 5RN"], ["BD7 2QC", "1BD 2QT", "BD7"]),
    ("PHONE_NUMBER", ["07912 345678", "+44 7912 345678", "(0113) 4960123", "020 7946 0321"],
     ["12345", "07912 345", "£250"]),
    ("DATE_OF_BIRTH", ["03/04/2015", "3rd April 2015", "2015-04-03", "april 3, 2015"], ["Year 6", "3/4"]),
    ("PERSON", ["Ayesha", "O'Connor", "bin Salem", "ŁUKASZ", "María José"],
     ["Mr Okafor", "mum Fatima", "Ayesha's", "Ayesha ", "PC Walsh"]),
    ("SCHOOL", ["St Mary's C of E Primary School", "Oakfield Academy", "Little Acorns Nursery"], ["the school"]),
    ("STREET_ADDRESS", ["Flat 3, 27 Larch Close, Bradford", "27a Larch Rd"], ["Larch Close", "moved to Leeds"]),
])
def test_plausibility_checks(kind, valid, invalid):
    assert all(checks.plausible(kind, t) for t in valid), kind
    assert not any(checks.plausible(kind, t) for t in invalid), kind


@pytest.mark.parametrize("kind", checks.TYPES)
def test_every_span_is_a_plausible_identifier_of_its_type(dev, holdout, kind):
    texts = span_texts(dev + holdout, kind)
    assert len(texts) >= 60, f"too few {kind} spans"
    bad = [t for t in texts if not checks.plausible(kind, t)]
    assert not bad, bad[:5]


@pytest.mark.parametrize("which", ["dev", "holdout"])
def test_spans_are_sorted_disjoint_and_inside_the_text(dev, holdout, which):
    for row in {"dev": dev, "holdout": holdout}[which]:
        ends = [(p["start"], p["end"]) for p in row["pii"]]
        assert ends == sorted(ends)
        assert all(0 <= s < e <= len(row["notes"]) for s, e in ends)
        assert all(e1 <= s2 for (_, e1), (s2, _) in zip(ends, ends[1:])), row["id"]
        assert {p["type"] for p in row["pii"]} <= set(checks.TYPES)


def test_rows_have_the_case_fields(dev):
    row = dev[0]
    assert set(row) == {"id", "record_type", "notes", "pii", "group", "style", "facts", "child_quotes",
                        "must_not_state"}
    assert row["id"] == "red-dev-0001" and len({r["id"] for r in dev}) == len(dev)


def test_groups_are_balanced(dev, holdout):
    counts = Counter(r["group"] for r in dev)
    assert len(counts) >= 8 and min(counts.values()) >= 35, counts
    assert set(Counter(r["group"] for r in holdout)) == set(groups())


@pytest.mark.parametrize("field,values", [("style", STYLES), ("record_type", tuple(RECORD_TYPES))])
def test_styles_and_record_types_are_each_well_represented(dev, holdout, field, values):
    for rows in (dev, holdout):
        counts = Counter(r[field] for r in rows)
        assert set(counts) == set(values)
        assert min(counts.values()) >= len(rows) / len(values) * 0.8, counts


@pytest.mark.parametrize("kind", checks.TYPES)
def test_every_type_appears_in_both_splits(dev, holdout, kind):
    assert len(span_texts(dev, kind)) >= 40 and len(span_texts(holdout, kind)) >= 25


def test_note_sizes(dev, holdout):
    for row in dev + holdout:
        assert 60 <= len(row["notes"].split()) <= 400, row["id"]
        assert len(row["pii"]) == 0 or 3 <= len(row["pii"]) <= 15, row["id"]
    empty = sum(not r["pii"] for r in dev)
    assert 4 <= empty <= 0.06 * len(dev)
    several = sum(len({p["type"] for p in r["pii"]}) >= 2 for r in dev)
    assert several >= 0.8 * len(dev)


def test_name_halves_are_disjoint_and_big_enough():
    for group, kinds in names().items():
        firsts = {h: kinds["female"][h] + kinds["male"][h] for h in ("dev", "holdout")}
        assert len(firsts["dev"]) + len(firsts["holdout"]) >= 25, group
        assert len(kinds["surname"]["dev"]) + len(kinds["surname"]["holdout"]) >= 20, group
    assert not all_first_names("dev") & all_first_names("holdout")


def test_fresh_names_are_mostly_new():
    """The fresh list shares only a few ordinary-word names with the halves used for tuning."""
    seen = {n.casefold() for g in names().values() for k in g.values() for h in ("dev", "holdout") for n in k[h]}
    for group, kinds in names().items():
        fresh = [n.casefold() for k in kinds.values() for n in k["fresh"]]
        assert len(fresh) >= 28, group
        shared = {n for n in fresh if n in seen}
        assert not shared if group != "ordinary_words" else len(shared) <= len(fresh) // 2, (group, shared)


def test_each_corpus_uses_only_its_own_half_of_first_names(dev, holdout):
    def words(rows):
        return {w.casefold() for t in span_texts(rows, "PERSON") for w in re.split(r"[ -]", t)}

    assert not words(dev) & {n.casefold() for n in all_first_names("holdout")}
    assert not words(holdout) & {n.casefold() for n in all_first_names("dev")}


def test_fresh_corpus_uses_only_fresh_first_names(fresh):
    words = {w.casefold() for t in span_texts(fresh, "PERSON") for w in re.split(r"[ -]", t)}
    own = {w.casefold() for g in names().values() for k in g.values() for n in k["fresh"] for w in re.split(r"[ -]", n)}
    tuned = {w.casefold() for s in ("dev", "holdout") for n in all_first_names(s) for w in re.split(r"[ -]", n)}
    assert not words & (tuned - own)
    assert {r["group"] for r in fresh} == set(groups()) and all(r["id"].startswith("red-fresh-") for r in fresh)
    assert all(checks.plausible(p["type"], r["notes"][p["start"]:p["end"]]) for r in fresh for p in r["pii"])


@pytest.mark.parametrize("kind,key", [("STREET_ADDRESS", "streets"), ("SCHOOL", "stems")])
def test_holdout_streets_and_schools_are_unseen_in_dev(dev, holdout, kind, key):
    p = places()
    held = p["streets"]["holdout"] if key == "streets" else p["schools"]["stems"]["holdout"]
    dev_only = p["streets"]["dev"] if key == "streets" else p["schools"]["stems"]["dev"]
    held_only = {h.lower() for h in held} - {d.lower() for d in dev_only}

    def used(rows):
        return {h for t in span_texts(rows, kind) for h in held_only if re.search(rf"\b{re.escape(h)}\b", t.lower())}

    assert not used(dev)
    assert used(holdout)


@pytest.mark.parametrize("pattern", [
    r"\bYear \d+\b", r"\bCAMHS\b", r"\bSection (47|17)\b", r"Children's Services", r"\bMASH\b", r"Early Help",
    r"£\d", r"\bbus 42\b", r"\broom 12\b", r"0-5 years", r"\b12/20\b", r"\b\d{1,2}:\d{2}\b",
    r"\b\d{1,2}/\d{1,2}/(2025|2026|25|26)\b", r"\b\d+ years old\b", r"\b(mum|dad|nan|foster carer)\b",
    r"\b(social worker|health visitor|teacher)\b", r"\bthe (police|school|court)\b", r"GP surgery",
    r"\b(from|to) (Leeds|Bradford|Manchester|Birmingham|London|Sheffield|Leicester|Luton|Hull|Derby|Norwich)\b",
    r"\bNHS\b(?! (no|number))",
])
def test_negatives_stay_outside_gold_spans(dev, pattern):
    hits = sum(bool(re.search(pattern, masked(r))) for r in dev)
    assert hits >= 3, pattern


def test_ordinary_word_names_are_also_used_in_their_ordinary_sense(dev, holdout):
    for rows in (dev, holdout):
        own = [r for r in rows if r["group"] == "ordinary_words"]
        same_note = 0
        for row in own:
            name_words = {w.lower() for t in span_texts([row], "PERSON") for w in re.findall(r"\w+", t)}
            clear = masked(row).lower()
            same_note += any(re.search(rf"\b{re.escape(w)}\b", clear) for w in name_words & set(ordinary()))
        assert same_note >= 0.6 * len(own), (same_note, len(own))
    clear = " ".join(masked(r) for r in dev)
    for word in ("hope", "will", "grace", "rose", "summer", "mark"):
        assert re.search(rf"\b{word}\b", clear, re.IGNORECASE), word


@pytest.mark.parametrize("family", FAMILIES)
def test_every_template_renders_with_plausible_spans(family):
    import datetime as dt
    import random

    from eval.synth.people import make_cast

    town = places()["towns"][0]
    for section in templates(family):
        for flag in ("dev", "holdout"):
            for tags, template in _parsed(family, section, flag):
                for record_type, code in RECORD_TYPES.items():
                    if code not in tags:
                        continue
                    rng = random.Random(template)
                    style = next(s for s, f in FAMILY_OF.items() if f == family)
                    note = Note(rng, style, flag, "south_asian", record_type, make_cast(rng, "south_asian", flag, town),
                                town, dt.date(2026, 3, 2), 9)
                    frag = note.render(template)
                    assert all(checks.plausible(k, frag.text[s:e]) for s, e, k in frag.spans), template


@pytest.mark.parametrize("path,args", [("eval/data/redaction_dev.jsonl", DEV),
                                       ("eval/data/redaction_holdout.jsonl", HOLDOUT),
                                       ("eval/data/redaction_fresh.jsonl", FRESH),
                                       ("eval/data/redaction_fresh2.jsonl", FRESH2),
                                       ("eval/data/redaction_fresh3.jsonl", FRESH3),
                                       ("eval/data/redaction_fresh4.jsonl", FRESH4),
                                       ("eval/data/redaction_fresh5.jsonl", FRESH5),
                                       ("eval/data/redaction_fresh6.jsonl", FRESH6),
                                       ("eval/data/redaction_fresh7.jsonl", FRESH7),
                                       ("eval/data/redaction_fresh8.jsonl", FRESH8),
                                       ("eval/data/redaction_fresh9.jsonl", FRESH9),
                                       ("eval/data/redaction_fresh10.jsonl", FRESH10),
                                       ("eval/data/redaction_fresh11.jsonl", FRESH11),
                                       ("eval/data/redaction_fresh12.jsonl", FRESH12),
                                       ("eval/data/redaction_fresh13.jsonl", FRESH13),
                                       ("eval/data/redaction_fresh14.jsonl", FRESH14),
                                       ("eval/data/redaction_fresh15.jsonl", FRESH15),
                                       ("eval/data/redaction_fresh16.jsonl", FRESH16),
                                       ("eval/data/redaction_fresh17.jsonl", FRESH17),
                                       ("eval/data/redaction_fresh18.jsonl", FRESH18),
                                       ("eval/data/redaction_fresh19.jsonl", FRESH19),
                                       ("eval/data/redaction_fresh20.jsonl", FRESH20),
                                       ("eval/data/redaction_fresh21.jsonl", FRESH21),
                                       ("eval/data/redaction_fresh22.jsonl", FRESH22),
                                       ("eval/data/redaction_fresh23.jsonl", FRESH23),
                                       ("eval/data/redaction_fresh24.jsonl", FRESH24),
                                       ("eval/data/redaction_fresh25.jsonl", FRESH25),
                                       ("eval/data/redaction_fresh26.jsonl", FRESH26),
                                       ("eval/data/redaction_fresh27.jsonl", FRESH27),
                                       ("eval/data/redaction_fresh28.jsonl", FRESH28),
                                       ("eval/data/redaction_fresh29.jsonl", FRESH29)])
def test_shipped_corpus_files_are_what_the_generator_makes(path, args, request):
    rows = [json.loads(line) for line in (ROOT / path).read_text(encoding="utf-8").splitlines()]
    assert rows == request.getfixturevalue(args["split"])


def test_command_line_writes_jsonl(tmp_path, capsys):
    out = tmp_path / "corpus.jsonl"
    assert main(["--n", "12", "--seed", "5", "--split", "holdout", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == generate(12, 5, "holdout")
    assert "wrote 12 notes" in capsys.readouterr().out


# -- fresh2: names, places, layout, templates and identifier shapes of its own (eval/synth/fresh2/) --

PARTICLES = {"al", "el", "abu", "o", "del", "bin", "de", "da", "dos"}


def _words(name: str) -> set[str]:
    return {w.casefold() for w in re.split(r"[ -]", name)} - PARTICLES


@pytest.mark.parametrize("kind,valid", [
    ("PHONE_NUMBER", ["0044 7912 345678", "+44 (0) 7912-345-678", "(07912) 345678", "+44 (0)113 496 0123",
                      "0044 113 4960123"]),
    ("DATE_OF_BIRTH", ["3-Apr-2015", "03/Apr/2015", "3rd of April 2015", "Apr 3 2015", "3.4.2015"]),
    ("UK_NINO", ["AB12 34 56 C", "AB 12 34 56C", "AB 123456C"]),
    ("STREET_ADDRESS", ["No. 14 Heron Mount", "Apt 5, 12 Curlew Hey", "88 Glebe Side (Flat 2)"]),
    ("SCHOOL", ["Larkrise Primary & Nursery School", "Hawkswood University Technical College"]),
])
def test_plausibility_checks_know_the_fresh2_shapes(kind, valid):
    assert all(checks.plausible(kind, t) for t in valid), kind


def test_fresh2_names_are_new_and_cover_every_group():
    older = {w for g in names().values() for k in g.values() for h in k.values() for n in h for w in _words(n)}
    seen: set[str] = set()
    assert list(fresh2_data("names")) == groups()
    for group, kinds in fresh2_data("names").items():
        listed = [n for k in ("female", "male", "surname") for n in kinds[k]]
        assert len(kinds["female"]) >= 8 and len(kinds["male"]) >= 8 and len(kinds["surname"]) >= 12, group
        assert not {w for n in listed for w in _words(n)} & older, group
        assert not set(listed) & seen, group
        seen |= set(listed)
    assert all_first_names("fresh2") == {n for g in fresh2_data("names").values() for k in ("female", "male")
                                         for n in g[k]}


def test_fresh2_corpus_uses_only_fresh2_first_names(fresh2):
    words = {w.casefold() for t in span_texts(fresh2, "PERSON") for w in re.split(r"[ -]", t)}
    own = {w for g in fresh2_data("names").values() for k in g.values() for n in k for w in _words(n)}
    older = {w for s in ("dev", "holdout", "fresh") for n in all_first_names(s) for w in _words(n)}
    assert not (words - PARTICLES) & (older - own)
    assert all(r["id"].startswith("red-fresh2-") for r in fresh2)


def test_fresh2_rows_are_exact_balanced_and_sized(fresh2):
    assert len(fresh2) >= 300
    for row in fresh2:
        ends = [(p["start"], p["end"]) for p in row["pii"]]
        assert ends == sorted(ends) and all(e1 <= s2 for (_, e1), (s2, _) in zip(ends, ends[1:])), row["id"]
        assert all(checks.plausible(p["type"], row["notes"][p["start"]:p["end"]]) for p in row["pii"]), row["id"]
        assert 60 <= len(row["notes"].split()) <= 400 and (not row["pii"] or 3 <= len(row["pii"]) <= 15), row["id"]
    for field, values in (("group", groups()), ("style", STYLES), ("record_type", tuple(RECORD_TYPES))):
        counts = Counter(r[field] for r in fresh2)
        assert set(counts) == set(values) and max(counts.values()) - min(counts.values()) <= 1, field
    assert 4 <= sum(not r["pii"] for r in fresh2) <= 0.06 * len(fresh2)
    for kind in checks.TYPES:
        assert len(span_texts(fresh2, kind)) >= 30, kind


def test_fresh2_places_and_reference_formats_are_unseen():
    old, new = places(), fresh2_data("places")
    for key in ("streets", "buildings"):
        assert not set(new[key]["fresh2"]) & {v for half in old[key].values() for v in half}, key
    for key in ("stems", "saints", "nursery_stems"):
        old_values = {v for half in old["schools"][key].values() for v in half}
        assert not set(new["schools"][key]["fresh2"]) & old_values, key
    assert not {t["name"] for t in new["towns"]} & {t["name"] for t in old["towns"]}
    shape = lambda f: (f.get("label"), f.get("prefix"), f["value"])  # noqa: E731
    assert not {shape(f) for f in new["case_refs"]} & {shape(f) for f in old["case_refs"]}


@pytest.mark.parametrize("kind,pattern", [
    ("PHONE_NUMBER", r"^(0044 |\+44-|\(07)"), ("DATE_OF_BIRTH", r"-[A-Za-z]{3}-|/[A-Za-z]{3}/| of "),
    ("STREET_ADDRESS", r"^(No\. |Apt |Room )|\(Flat"), ("CASE_REFERENCE", r"^(CSC|FH/|S47-|EHA|LADO/|CME-|F\d)"),
    ("UK_POSTCODE", r"^(OL1[126]|SL[123]|SR[1245]|CV[1236]|IP[1-4]|FY[134]|SN(1|2|3|25)|HD[1-4]|WS[1-3]|PR[12]|"
                    r"RG(1|2|30)|PL[1256]|NE(8|9|10)|RH1[01]|DN[1245]|CR[07]) ?\d"),
])
def test_fresh2_writes_identifiers_in_its_own_shapes(fresh2, kind, pattern):
    texts = span_texts(fresh2, kind)
    share = sum(bool(re.search(pattern, t, re.IGNORECASE)) for t in texts) / len(texts)
    assert share >= (0.99 if kind == "UK_POSTCODE" else 0.15), (kind, share)


# -- fresh3: written later again, blind to the redaction code, with data of its own (eval/synth/fresh3/) --


@pytest.mark.parametrize("kind,valid", [
    ("PHONE_NUMBER", ["(+44) 7912 345678", "+44 7912 345 678", "07912.345.678", "07912  345678", "01924.123.456",
                      "(+44) 1924 123456", "01522 123 456", "020.12345678"]),
    ("DATE_OF_BIRTH", ["3 Apr. 2015", "03.04.15", "April 3rd 2015", "2015/04/03", "03-04-15", "3rd Apr 2015",
                       "Friday 3 April 2015", "FRI 03/04/2015"]),
    ("UK_NINO", ["AB-12-34-56-C", "AB-123456-C", "ab 12 34 56 c", "AB12 34 56C"]),
    ("STREET_ADDRESS", ["Ground Floor Flat, 12 Kestrel Wynd", "Basement Flat, 3 Rydal Dene", "4 Lansbury House, Cobden Rd.",
                        "Maisonette 7, Bevan Tower, Siskin Loke", "12, Malvern Ride"]),
    ("SCHOOL", ["Rushey Mead Junior Academy", "St Chad's RC Junior School", "Hopscotch Montessori Nursery"]),
    ("CASE_REFERENCE", ["B123456789012", "LS24P00123", "PLO/24/123", "YOT123456"]),
])
def test_plausibility_checks_know_the_fresh3_shapes(kind, valid):
    assert all(checks.plausible(kind, t) for t in valid), [t for t in valid if not checks.plausible(kind, t)]


def test_fresh3_names_are_new_and_cover_every_group():
    older = {w for g in names().values() for k in g.values() for h in k.values() for n in h for w in _words(n)}
    older |= {w for g in fresh2_data("names").values() for k in g.values() for n in k for w in _words(n)}
    seen: set[str] = set()
    assert list(fresh3_data("names")) == groups()
    for group, kinds in fresh3_data("names").items():
        listed = [n for k in ("female", "male", "surname") for n in kinds[k]]
        assert len(kinds["female"]) >= 8 and len(kinds["male"]) >= 8 and len(kinds["surname"]) >= 12, group
        assert not {w for n in listed for w in _words(n)} & older, group
        assert not set(listed) & seen, group
        seen |= set(listed)
    suites = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "eval/suites").glob("*.jsonl"))
    assert not [n for n in seen if re.search(rf"\b{re.escape(n)}\b", suites)]


def test_fresh3_places_and_reference_formats_are_unseen():
    new = fresh3_data("places")
    for old in (places(), fresh2_data("places")):
        for key in ("streets", "buildings"):
            assert not set(new[key]["fresh3"]) & {v for half in old[key].values() for v in half}, key
        for key in ("stems", "saints", "nursery_stems"):
            old_values = {v for half in old["schools"][key].values() for v in half}
            assert not set(new["schools"][key]["fresh3"]) & old_values, key
        assert not {t["name"] for t in new["towns"]} & {t["name"] for t in old["towns"]}
        assert not set(new["email_domains"]["personal"]) & set(old["email_domains"]["personal"])
        shape = lambda f: (f.get("label"), f.get("prefix"), f["value"])  # noqa: E731
        assert not {shape(f) for f in new["case_refs"]} & {shape(f) for f in old["case_refs"]}
    assert own("fresh3", "layout")["bullets"] and not set(own("fresh3", "layout")["bullets"]) & set(
        own("fresh2", "layout")["bullets"])


@pytest.mark.parametrize("kind,pattern", [
    ("PHONE_NUMBER", r"^\(\+44\)|\d\.\d|  |^\+44 7\d{3} \d{3} \d{3}$|^0\d{4} \d{3} \d{3}$"),
    ("DATE_OF_BIRTH", r"[A-Za-z]{3}\. |^\d{4}/|^[A-Za-z]{3,9}day |^[A-Za-z]{3} \d\d/|^[A-Za-z]+ \d+(st|nd|rd|th) |"
                      r"^\d\d[.-]\d\d[.-]\d\d$"),
    ("UK_NINO", r"-"),
    ("STREET_ADDRESS", r"^(Ground Floor Flat|Basement Flat|Top Flat|Maisonette) |^\d+[ab]?, |^Flat \d+/"),
    ("CASE_REFERENCE", r"^(CLA-|PLO/|ICPC-|RCPC/|YOT|P\d|[A-Z]{2}\d\dP|[BDLMSN]\d{12}|\d{6,8}$)"),
    ("UK_POSTCODE", r"^(WF[124]|BL[123]|SK[123]|NN[1235]|LN[126]|CA[123]|EX[124]|TF[123]|S7[015]|DY[125]|GL[124]|"
                    r"E(6|13|15|1|3|14)|PO[124]|WA[125]|DN3[124]|NG1[89]|HX[123]) ?\d"),
    ("EMAIL_ADDRESS", r"@(btopenworld\.com|tiscali\.co\.uk|msn\.com|gmx\.co\.uk|blueyonder\.co\.uk|aol\.co\.uk|"
                      r"zoho\.com|tutanota\.com|[a-z]+\.gov\.uk|[a-z]+\.nhs\.uk|nhs\.net|[a-z]+\.police\.uk)$"),
])
def test_fresh3_writes_identifiers_in_its_own_shapes(fresh3, kind, pattern):
    texts = span_texts(fresh3, kind)
    share = sum(bool(re.search(pattern, t, re.IGNORECASE)) for t in texts) / len(texts)
    assert share >= (0.99 if kind in ("UK_POSTCODE", "EMAIL_ADDRESS") else 0.15), (kind, share)


# -- fresh4: written after fresh3 had been used too, blind to the redaction code (eval/synth/fresh4/) --


@pytest.mark.parametrize("kind,valid,invalid", [
    ("PHONE_NUMBER", ["07912/345678", "07912 34 56 78", "+44(0)7912-345678", "0791 2345678", "+44 07912 345678",
                      "01234/567890", "01234/56 7890", "+44 01234 567890", "01234 - 567890"], ["07912/345", "+44 0791"]),
    ("DATE_OF_BIRTH", ["03042015", "03-APR-2015", "3 April, 2015", "2015.04.03", "03 04 2015", "3 April '15",
                       "3rd April, 2015"], ["0304", "April 2015"]),
    ("UK_NINO", ["AB 123 456 C", "AB123456c", "AB.12.34.56.C", "Ab123456C", "AB/123456/C"], ["AB 123 456 E", "AB 1234 56"]),
    ("UK_NHS", ["943.476.5919", "943/476/5919"], ["943.476/5919", "943.476.5918"]),
    ("STREET_ADDRESS", ["Hill Top Farm, Pitt Lane", "The Old Forge, Sandy Road, Hexham", "First Floor Flat, 12 Aire Mead",
                        "Room 6, Cornerstone Hostel, 14 Ferry Causeway", "Plot 7, Halfpenny Lane Travellers' Site",
                        "12-14 Ouse Sq.", "Oakhurst House, 3 Nene Carr"], ["Hill Top", "Pitt Lane", "Coach House"]),
    ("SCHOOL", ["Crowcroft Pupil Referral Unit", "Ferncombe Short Stay School", "Giggles Forest Nursery"], ["the unit"]),
    ("CASE_REFERENCE", ["EHC/24/12345", "MARAC-2025-1234", "NRM/2025/123456", "CiC/12345", "PF24123", "R-2025-12345"],
     ["CiC/12"]),
])
def test_plausibility_checks_know_the_fresh4_shapes(kind, valid, invalid):
    assert all(checks.plausible(kind, t) for t in valid), [t for t in valid if not checks.plausible(kind, t)]
    assert not any(checks.plausible(kind, t) for t in invalid), [t for t in invalid if checks.plausible(kind, t)]


def test_fresh4_names_are_new_cover_every_group_and_add_two():
    older = {w for g in names().values() for k in g.values() for h in k.values() for n in h for w in _words(n)}
    for split in ("fresh2", "fresh3"):
        older |= {w for g in own(split, "names").values() for k in g.values() for n in k for w in _words(n)}
    seen: set[str] = set()
    listed_groups = list(fresh4_data("names"))
    assert listed_groups[:len(groups())] == groups() and listed_groups == groups_for("fresh4")
    assert listed_groups[len(groups()):] == ["turkish_kurdish", "filipino"]
    for group, kinds in fresh4_data("names").items():
        listed = [n for k in ("female", "male", "surname") for n in kinds[k]]
        assert len(kinds["female"]) >= 8 and len(kinds["male"]) >= 8 and len(kinds["surname"]) >= 12, group
        assert not {w for n in listed for w in _words(n)} & older, group
        assert not set(listed) & seen, group
        seen |= set(listed)
    suites = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "eval/suites").glob("*.jsonl"))
    assert not [n for n in seen if re.search(rf"\b{re.escape(n)}\b", suites)]


def test_fresh4_places_and_reference_formats_are_unseen():
    new = fresh4_data("places")
    for old in (places(), fresh2_data("places"), fresh3_data("places")):
        for key in ("streets", "buildings"):
            assert not set(new[key]["fresh4"]) & {v for half in old[key].values() for v in half}, key
        for key in ("stems", "saints", "nursery_stems"):
            old_values = {v for half in old["schools"][key].values() for v in half}
            assert not set(new["schools"][key]["fresh4"]) & old_values, key
        assert not {t["name"] for t in new["towns"]} & {t["name"] for t in old["towns"]}
        assert not set(new["email_domains"]["personal"]) & set(old["email_domains"]["personal"])
        shape = lambda f: (f.get("label"), f.get("prefix"), f["value"])  # noqa: E731
        assert not {shape(f) for f in new["case_refs"]} & {shape(f) for f in old["case_refs"]}
    bullets = set(own("fresh4", "layout")["bullets"])
    assert bullets and not bullets & (set(own("fresh2", "layout")["bullets"]) | set(own("fresh3", "layout")["bullets"]))


@pytest.mark.parametrize("kind,pattern,share", [
    ("PHONE_NUMBER", r"/|^\+44\(0\)|^\+44 0|^07\d{3} \d\d \d\d \d\d$|^07\d\d \d{7}$| - |^07\d-", 0.15),
    ("DATE_OF_BIRTH", r"^\d{8}$|-[A-Z]{3}-|, \d{4}$|^\d{4}\.|^\d\d \d\d \d{4}$| '\d\d$", 0.15),
    ("UK_NINO", r"^[A-Z]{2} \d{3} \d{3}|\.|/|\d[a-d]$|^[A-Z][a-z]", 0.15),
    ("STREET_ADDRESS", r"^(First Floor Flat|Upper Maisonette|Room \d|Plot \d)|\(rear\)|^\d+-\d+ |^[A-Z][^\d]+, ", 0.3),
    ("CASE_REFERENCE", r"^(EHC/|MARAC-|NRM/|CiC/|SGO-|PF\d|C\d{8}$|R-\d|YJS/|\d{6,7}$)", 0.99),
    ("UK_POSTCODE", r"^(MK4[012]|S6[015]|BB1[012]|B7[01]|SS[129]|MK(6|9|13)|SE(4|6|13)|HA[09]|WF1[23]|BD2[0-3]|"
                    r"DN1[5-7]|PE(21|13|14)|NR3[01]|TN3[45]|CT(19|20)|NE4[67]|EN[13]|UB[12]) ?\d", 0.99),
    ("EMAIL_ADDRESS", r"@(wp\.pl|o2\.pl|yahoo\.ro|eircom\.net|ymail\.com|live\.com|pm\.me|btconnect\.com|"
                      r"rocketmail\.com|mynet\.com|[a-z-]+\.gov\.uk|[a-z]+\.nhs\.uk|nhs\.net|[a-z]+\.police\.uk)$", 0.99),
])
def test_fresh4_writes_identifiers_in_its_own_shapes(fresh4, kind, pattern, share):
    texts = span_texts(fresh4, kind)
    got = sum(bool(re.search(pattern, t, re.IGNORECASE if kind != "DATE_OF_BIRTH" else 0)) for t in texts) / len(texts)
    assert got >= share, (kind, got)


def test_fresh4_has_addresses_with_no_house_number(fresh4):
    addresses = span_texts(fresh4, "STREET_ADDRESS")
    named = [a for a in addresses if not re.search(r"\d", a)]
    assert len(named) >= 5 and all(checks.valid_address(a) for a in named)
    p = fresh4_data("places")
    for kind in ("care_homes", "hostels", "sites"):  # a children's home, a hostel room or refuge, a pitch
        assert any(name.lower() in a.lower() for a in addresses for name in p[kind]["fresh4"]), kind


# -- fresh5: written while fresh4 was being used to tune, blind to the redaction code (eval/synth/fresh5/) --


@pytest.mark.parametrize("kind,valid,invalid", [
    ("PHONE_NUMBER", ["447912345678", "07 912 345 678", "07912\u00a0345678", "07912-345678", "+44 791 234 5678",
                      "+447912 345678", "01229-123-456", "441229123456", "+44 1229-123456", "020-1234-5678"],
     ["4479123456", "44 7912", "07912-345"]),
    ("DATE_OF_BIRTH", ["3/04/2015", "3 APR 2015", "Fri, 3 Apr 2015", "3.04.2015", "20150403", "03Apr2015", "3-4-15"],
     ["2015", "Apr2015"]),
    ("UK_NINO", ["A B 1 2 3 4 5 6 C", "AB 12 34 56", "AB123456", "AB 12-34-56 C", "AB 12 34 56 c", "ab 123456 c"],
     ["A B 1 2 3 4 5 6 E", "AB 1234 56", "QQ123456"]),
    ("UK_NHS", ["943\u00a0476\u00a05919", "943  476  5919"], ["943  476 5919", "943\u00a0476\u00a05918"]),
    ("STREET_ADDRESS", ["NB Dragonfly, Mooring 12, Tinsley Marina", "Caravan 7, Sandy Bay Holiday Park",
                        "Bedsit 3, 14 Flax Ope", "Flat above 22 Tannery Chare", "The Old Rectory, Tolgus Twitten",
                        "Chapel Cottage, 4 Oast Ginnel", "12 Lowry House, Bobbin Steps"],
     ["Tinsley Marina", "The Old Rectory", "Flax Ope"]),
    ("SCHOOL", ["Sandcastles Community Playgroup", "Wigwam Kindergarten", "Pendeen Methodist Primary School"], ["the playgroup"]),
    ("CASE_REFERENCE", ["UASC/2025/1234", "S1234567", "CIN-2025-123", "LADO-2025-12", "EHAT/12345", "MN24C00123",
                        "KS/12345/B", "CTC-1234-5678"], ["CIN-12"]),
])
def test_plausibility_checks_know_the_fresh5_shapes(kind, valid, invalid):
    assert all(checks.plausible(kind, t) for t in valid), [t for t in valid if not checks.plausible(kind, t)]
    assert not any(checks.plausible(kind, t) for t in invalid), [t for t in invalid if checks.plausible(kind, t)]


def test_fresh5_names_are_new_cover_the_eight_groups_and_add_three():
    older = {w for g in names().values() for k in g.values() for h in k.values() for n in h for w in _words(n)}
    for split in ("fresh2", "fresh3", "fresh4"):
        older |= {w for g in own(split, "names").values() for k in g.values() for n in k for w in _words(n)}
    listed_groups = list(fresh5_data("names"))
    assert listed_groups == groups_for("fresh5") and len(listed_groups) >= 8
    assert {"white_british", "south_asian", "black_african", "black_caribbean", "eastern_european", "arab",
            "east_asian", "ordinary_words"} <= set(listed_groups)
    assert set(listed_groups) - set(groups_for("fresh4")) == {"romany_gypsy", "afghan_iranian", "orthodox_jewish"}
    seen: set[str] = set()
    for group, kinds in fresh5_data("names").items():
        listed = [n for k in ("female", "male", "surname") for n in kinds[k]]
        assert len(kinds["female"]) >= 8 and len(kinds["male"]) >= 8 and len(kinds["surname"]) >= 11, group
        assert not {w for n in listed for w in _words(n)} & older, group
        assert not set(listed) & seen, group
        seen |= set(listed)
    suites = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "eval/suites").glob("*.jsonl"))
    assert not [n for n in seen if re.search(rf"\b{re.escape(n)}\b", suites)]


def test_fresh5_places_and_reference_formats_are_unseen():
    new = fresh5_data("places")
    for old in (places(), fresh2_data("places"), fresh3_data("places"), fresh4_data("places")):
        for key in ("streets", "buildings"):
            assert not set(new[key]["fresh5"]) & {v for half in old[key].values() for v in half}, key
        for key in ("stems", "saints", "nursery_stems"):
            old_values = {v for half in old["schools"][key].values() for v in half}
            assert not set(new["schools"][key]["fresh5"]) & old_values, key
        assert not {t["name"] for t in new["towns"]} & {t["name"] for t in old["towns"]}
        assert not set(new["email_domains"]["personal"]) & set(old["email_domains"]["personal"])
        shape = lambda f: (f.get("label"), f.get("prefix"), f["value"])  # noqa: E731
        assert not {shape(f) for f in new["case_refs"]} & {shape(f) for f in old["case_refs"]}
    bullets = set(own("fresh5", "layout")["bullets"])
    older = {b for split in ("fresh2", "fresh3", "fresh4") for b in own(split, "layout")["bullets"]}
    assert bullets and not bullets & older


@pytest.mark.parametrize("kind,pattern,share", [
    ("PHONE_NUMBER", r"^44\d|^0\d \d{3} |\u00a0|^07\d{3}-\d{6}$|^\+44 \d{3} \d{3} \d{4}$|^\+44\d{4} |^0\d{3,4}-\d{3,4}-|"
                     r"^\+44 \d{2,4}-", 0.15),
    ("DATE_OF_BIRTH", r"^\d/\d\d/\d{4}$|^\d{1,2} [A-Z]{3} \d{4}$|^[A-Z][a-z]{2}, |^\d\.\d\d\.|^(19|20)\d{6}$|^\d\d[A-Z][a-z]{2}\d{4}$|"
                      r"^\d{1,2}-\d{1,2}-\d\d$", 0.15),
    ("UK_NINO", r"^[A-Za-z] [A-Za-z] \d|^[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2}$|-|[a-d]$", 0.15),
    ("UK_NHS", r"^\d{3}(\u00a0|  |-)\d{3}", 0.1),
    ("STREET_ADDRESS", r"^(Bedsit|Room \d+ \(supported|Flat above|The Flat,|Caravan \d|NB |Narrowboat )|Mooring \d+|"
                       r"^[A-Z][^\d]+, (\d+\w? )?[A-Z]", 0.3),
    ("CASE_REFERENCE", r"^(UASC/|CIN-\d{4}-|LADO-|EHAT/|PF-\d{4}-|KS/|CTC-|[BDLMSN]\d{7}$|[BDLMSN]{2}\d\dC\d{5}$|\d{6,8}$)",
     0.99),
    ("UK_POSTCODE", r"^(LA1[34]|LA9|CA14|TR1[568]|TQ[12]|DT[34]|CT9|N1[567]|M[567]|NE32|B6[67]|NN1[5-8]|IP24|PE30|SY[123]|"
                    r"HR[124]|CM(17|18|20)|OL[67]) ?\d", 0.99),
    ("EMAIL_ADDRESS", r"@(seznam\.cz|ukr\.net|abv\.bg|naver\.com|qq\.com|rediffmail\.com|web\.de|libero\.it|hotmail\.es|"
                      r"yahoo\.co\.in|[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
])
def test_fresh5_writes_identifiers_in_its_own_shapes(fresh5, kind, pattern, share):
    texts = span_texts(fresh5, kind)
    flags = re.IGNORECASE if kind in ("UK_POSTCODE", "EMAIL_ADDRESS", "CASE_REFERENCE") else 0
    got = sum(bool(re.search(pattern, t, flags)) for t in texts) / len(texts)
    assert got >= share, (kind, got)


def test_fresh5_has_addresses_on_boats_in_caravans_and_with_no_number(fresh5):
    addresses = span_texts(fresh5, "STREET_ADDRESS")
    named = [a for a in addresses if not re.search(r"\d", a)]
    assert len(named) >= 3 and all(checks.valid_address(a) for a in named)
    p = fresh5_data("places")
    for kind in ("moorings", "parks", "house_names"):  # a boat's mooring, a caravan site, a house by name
        assert any(name.lower() in a.lower() for a in addresses for name in p[kind]["fresh5"]), kind
    assert any(re.search(r"\bc/o\b", r["notes"], re.IGNORECASE) for r in fresh5)  # post care of someone else
    assert any("\u00a0" in t for t in span_texts(fresh5))  # a no-break space inside an identifier


# -- every split with data files of its own (fresh2 to fresh29) --

OWN_SPLITS = [("fresh2", "arab", []), ("fresh3", "latin_american", []),
              ("fresh4", "turkish_kurdish", ["Lovely", "Princess", "Power", "Rock"]),
              ("fresh5", "orthodox_jewish", ["Yen", "Neptune", "Cinderella", "Britannia", "Plato", "Goliath"]),
              ("fresh6", "portuguese_brazilian", ["Shire", "Sherpa", "Pun"]),
              ("fresh7", "vietnamese", ["Hang", "Mac", "Thai", "Springer", "Tai", "Dung"]),
              ("fresh8", "romanian_moldovan", ["Rayon", "Drakes", "Sow", "Zulu"]),
              ("fresh9", "burmese_karen", ["Sultan"]), ("fresh10", "malagasy", []), ("fresh11", "kurdish_iraqi", []),
              ("fresh12", "afghan_pashto", []), ("fresh13", "fijian", []), ("fresh14", "malawian", []),
              ("fresh15", "taiwanese", []), ("fresh16", "chagossian", []), ("fresh17", "assyrian", ["Shirley", "Conan"]),
              ("fresh18", "tongan_samoan", ["Pansy"]), ("fresh19", "indonesian", []), ("fresh20", "tibetan", []),
              ("fresh21", "uyghur", []), ("fresh22", "azerbaijani", []), ("fresh23", "latvian", []),
              ("fresh24", "uzbek", ["Nurse"]), ("fresh25", "sinhala", []),
              ("fresh26", "southern_italian", ["Touch", "Verona", "Oral", "Indo"]),
              ("fresh27", "seychellois", ["Levy", "Morel", "Chana"]),
              ("fresh28", "malayali", ["Contractor", "Engineer", "Iona"]),
              ("fresh29", "telugu", ["Bold"])]


@pytest.mark.parametrize("split,group,extra", OWN_SPLITS)
def test_ordinary_word_names_of_an_own_split_are_also_used_in_their_ordinary_sense(request, split, group, extra):
    corpus, words = request.getfixturevalue(split), ordinary_for(split)
    kinds = own(split, "names")["ordinary_words"]
    for name in kinds["female"] + kinds["male"] + kinds["surname"] + extra:
        sentences = words[name.lower()]
        assert sentences and all(re.search(rf"\b{name.lower()}\b", s.lower()) for s in sentences), name
    rows = [r for r in corpus if r["group"] == "ordinary_words"]
    same_note = 0
    for row in rows:
        name_words = {w.lower() for t in span_texts([row], "PERSON") for w in re.findall(r"\w+", t)}
        same_note += any(re.search(rf"\b{re.escape(w)}\b", masked(row).lower()) for w in name_words & set(words))
    assert same_note >= 0.6 * len(rows), (same_note, len(rows))


@pytest.mark.parametrize("split,group,extra", OWN_SPLITS)
@pytest.mark.parametrize("family", FAMILIES)
def test_every_template_of_an_own_split_renders_with_plausible_spans(family, split, group, extra):
    import datetime as dt
    import random

    from eval.synth.people import make_cast

    town = own(split, "places")["towns"][0]
    style = next(s for s, f in FAMILY_OF.items() if f == family)
    for section in own(split, f"templates_{family}"):
        parsed = _parsed(family, section, split)
        assert parsed, (family, section)
        for tags, template in parsed:
            for record_type, code in RECORD_TYPES.items():
                if code not in tags:
                    continue
                rng = random.Random(template)
                note = Note(rng, style, split, group, record_type, make_cast(rng, group, split, town), town,
                            dt.date(2026, 3, 2), 9)
                frag = note.render(template)
                assert all(checks.plausible(k, frag.text[s:e]) for s, e, k in frag.spans), template


SPLITS = ("dev", "holdout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
          "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29")  # in the order written


@pytest.mark.parametrize("split", ["fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                                   "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29"])
def test_a_fresh_corpus_uses_only_its_own_first_names(split, request):
    rows = request.getfixturevalue(split)
    words = {w.casefold() for t in span_texts(rows, "PERSON") for w in re.split(r"[ -]", t)}
    own_words = {w for g in own(split, "names").values() for k in g.values() for n in k for w in _words(n)}
    older = {w for s in SPLITS[:SPLITS.index(split)] for n in all_first_names(s) for w in _words(n)}
    assert not (words - PARTICLES) & (older - own_words)
    assert all(r["id"].startswith(f"red-{split}-") for r in rows)


@pytest.mark.parametrize("split", ["fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
                                   "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29"])
def test_a_fresh_corpus_is_exact_balanced_and_sized(split, request):
    rows = request.getfixturevalue(split)
    assert len(rows) >= 300
    for row in rows:
        ends = [(p["start"], p["end"]) for p in row["pii"]]
        assert ends == sorted(ends) and all(e1 <= s2 for (_, e1), (s2, _) in zip(ends, ends[1:])), row["id"]
        assert all(checks.plausible(p["type"], row["notes"][p["start"]:p["end"]]) for p in row["pii"]), row["id"]
        assert 60 <= len(row["notes"].split()) <= 400 and (not row["pii"] or 3 <= len(row["pii"]) <= 15), row["id"]
    for field, values in (("group", groups_for(split)), ("style", STYLES), ("record_type", tuple(RECORD_TYPES))):
        counts = Counter(r[field] for r in rows)
        assert set(counts) == set(values) and max(counts.values()) - min(counts.values()) <= 1, field
    assert 4 <= sum(not r["pii"] for r in rows) <= 0.06 * len(rows)
    for kind in checks.TYPES:
        assert len(span_texts(rows, kind)) >= 30, kind


# -- fresh6 to fresh29: each written while older splits were being used to tune, blind to the redaction code
# (eval/synth/fresh6/ ... fresh29/); one table per property, a row per split --

NNBSP, THIN, NBH, EN_DASH = "\u202f", "\u2009", "\u2011", "\u2013"
LATER = ("fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16",
         "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29")
# Shapes the plausibility checks must know, and near misses they must not, of each split.
SHAPE_EXAMPLES = {
    "fresh6": [
        ("PHONE_NUMBER", ["7912345678", "7912 345678", "07912\u2013345678", "0044 (0)7912 345678", "+44 7912345678",
                          "1229 834567", "20 79460123", "01229\u2013834567", "0044 (0)1229 834567"],
         ["791234567", "8912 345678", "0044 (0)7912 3456"]),
        ("DATE_OF_BIRTH", ["03 April 2015", "3-Apr-15", "3.4.15", "3\u20134\u20132015", "Friday 3rd April 2015",
                           "April 3rd, 2015", "3 apr 2015"], ["Apr-15", "3.4"]),
        ("UK_NINO", ["AB 12 3456 C", "ab123456C", "AB\u2013123456\u2013C", "AB 1234 56 C", "AB12\u201334\u201356C"],
         ["AB\u2013123456\u2013E", "QQ 12 3456 C"]),
        ("UK_NHS", ["943\u2013476\u20135919", "943 4765919", "943476 5919", "943 - 476 - 5919"],
         ["943 4765 919", "943\u2013476 5919", "943 4765918"]),
        ("STREET_ADDRESS", ["Flat 2/1, 14 Kohima Wynd", "Flat B, 27 Russet Drove", "Rear of 12 Jute Fold",
                            "The Annexe, Pear Tree Cottage, Cowbit Drove", "The Annexe, Rose Villa, Sapper Vennel",
                            "Room 4, The Foyer, 21 Kiln Lane", "14 Kohima Crescent, Catterick Garrison",
                            "Houseboat Avocet, Berth 4, Ferry Road Boatyard", "MV Second Chance, Berth 9, Chiswick Quay"],
         ["Catterick Garrison", "The Annexe", "Chiswick Quay"]),
        ("SCHOOL", ["Hickory Dock Montessori Nursery", "Kohima Grammar School", "St Guthlac's RC Primary School",
                    "Catchwater Pupil Referral Unit"], ["the grammar"]),
        ("CASE_REFERENCE", ["CP-IS/2025/12345", "42/12345/25", "ICPC/25/123", "EHM12345678", "EH1234567", "SAFE-123456",
                            "MARF/2025/1234", "2025/CS/12345", "CSC/B123456"], ["ICPC/25", "SAFE-12"]),
    ],
    "fresh7": [
        ("PHONE_NUMBER", ["00 44 7912 345678", "(+44) 07912 345678", "0791 23 45 678", f"07912{NNBSP}345678",
                          "+44 (0) 7912 345 678", "00 44 1229 834567", f"01229{NNBSP}834567", "(+44) 01229 834 567"],
         ["00 44 7912 3456", "(+44) 08912 345678", "0791 23 45"]),
        ("DATE_OF_BIRTH", ["03 Apr 15", "Sat 4th Apr 2015", "3 / 4 / 2015", "2015.4.3", "3rd April 2015"],
         ["Apr 15", "3 / 4", "Sat 4th Apr"]),
        ("UK_NINO", ["AB. 123456C", f"AB{NNBSP}12{NNBSP}34{NNBSP}56{NNBSP}C", "AB123456 c", "Ab 123456 C"],
         ["AB. 123456E", "QQ. 123456C", "AB.. 123456C"]),
        ("UK_NHS", [f"943{NNBSP}476{NNBSP}5919", "9 4 3 4 7 6 5 9 1 9", f"943{THIN}476{THIN}5919"],
         ["9 4 3 4 7 6 5 9 1 8", "9 4 3 476 5919", "9 4 3 4 7 6 5 9 1"]),
        ("STREET_ADDRESS", ["Room 12, Seaview Guest House, 41 Marram Strand", "2nd Floor, 14 Spinners Yard",
                            "Flat 4B, Turntable Hall, 20 Footplate Way", "Flat 9, Beacon Court, 3 Oast Leys",
                            "Bay 3, Shingle Lane Transit Site", "2 Home Farm Cottages, Beet Lane", "Downstairs Flat, 7 Tannery Row",
                            "Apartment 5, Roundhouse Court, 12 Ropewalk Chase"],
         ["Seaview Guest House", "Turntable Hall", "Shingle Transit Site"]),
        ("SCHOOL", ["Wiggly Worms Day Nursery", "Potbank High School", "St Neot's Catholic Primary School",
                    "Marram Alternative Provision Academy"], ["the high school"]),
        ("CASE_REFERENCE", ["HfU/2025/12345", "NRM-25-12345", "MACE/2025/123", "EHCP-12345", "YJ25-1234", "EDT123456",
                            "EH123/25/12345", "B123456789012", "CYP1234567", "1234/25"], ["HfU/25", "EDT12"]),
    ],
    "fresh8": [
        ("PHONE_NUMBER", ["07912\u2011345678", "+44 79 1234 5678", "(07912) 345 678", "01229 83 45 67", "01229\u2011834567"],
         ["07912\u2011345", "+44 89 1234 5678", "(07912) 345"]),
        ("DATE_OF_BIRTH", ["03 - 04 - 2015", "3. 4. 2015", "Thurs 3rd April 2015", "Weds 1st April 2015", "tues 7th april 2015",
                           "2015-04-03T00:00:00", "3-4-2015"], ["03 - 04", "3. 4.", "Thurs 3rd April", "2015-04-03T10:00:00"]),
        ("UK_NINO", ["AB/12/34/56/C", "AB\u2011123456\u2011C", "ab 12 34 56 C"], ["AB/12/34/56/E", "QQ\u2011123456\u2011C", "AB//12/34/56/C"]),
        ("UK_NHS", ["943\u2011476\u20115919", "943 / 476 / 5919", "9434 765 919"], ["943 / 476 / 5918", "9434 765 918", "943 / 476/5919"]),
        ("STREET_ADDRESS", ["4 Cordwainers' Almshouses, Tye Lane", "Home 23, Meadowbank Park Homes", "Lock Cottage, Lock 12, Grand Union Canal",
                            "Room 214, Block C, Larkfield Initial Accommodation, 3 Drill Hall Road", "Pitch 6, Long Meadow Traveller Site",
                            "Chalet 31, Sandpiper Holiday Village", "Flat 2, The Nest Mother and Baby Unit, 9 Bugle Wend",
                            "Flat over the Lock Inn, 12 Cobles Brae", "Rooms 4 and 5, 22 Windlass Gait", "The Gatehouse, Ashby Hall, Clickers Lonnen"],
         ["Meadowbank Park Homes", "Grand Union Canal", "Long Meadow Traveller Site", "Sandpiper Holiday Village"]),
        ("SCHOOL", ["Little Paddlers Montessori Nursery", "Onsetters Middle School", "St Everilda's CE Infant School",
                    "Clapper Hill University Technical College", "Mini Miners Children's Centre Nursery"], ["the middle school"]),
        ("CASE_REFERENCE", ["A1234BC", "X123456", "24/123456A", "1234567", "1234567890", "123456789012", "DoL-25-123", "LSCP/2025/12",
                            "CSPR-25-123", "IHA/2025/1234", "SCR123456"], ["DoL-25", "IHA/25", "X123"]),
    ],
    "fresh9": [
        ("PHONE_NUMBER", ["0791 2345 678", "07912 - 345678", "(01229)834567", "01229 - 834567"],
         ["0791 2345 6", "08912 - 345678", "(01229)8345"]),
        ("DATE_OF_BIRTH", ["03/04/2015 00:00", "2015-04-03 00:00:00", "3rd of April, 2015", "3 April 2015"],
         ["03/04/2015 10:30", "2015-04-03 09:00:00", "3rd of April"]),
        ("UK_NINO", ["AB12 34 56 C", "AB  12  34  56  C", "AB12 34 56C"], ["AB12 34 56 E", "QQ12 34 56 C", "AB   12 34 56 C"]),
        ("UK_NHS", ["943 476 59 19", "943-476-59-19"], ["943 476 59 18", "94 34 76 59 19", "943-476 59 19", "943-476 5919"]),
        ("STREET_ADDRESS", ["Studio 4, 18 Adit Ope", "Unit 3, Harbour Lights Supported Accommodation, 12 Capstan Road",
                            "The Static Caravan, Boskenna Farm, Osier Loke", "Wagon 2, Hollins Showmen's Yard, Drovers Twitten",
                            "Caretaker's House, Kibble Lane Primary School, Kibble Lane",
                            "Beech Cottage, Fernhill Residential School, Drovers Way",
                            "Bedroom 6, Larkrise Secure Children's Home, 4 Pound Keepers Garth"],
         ["Hollins Showmen's Yard", "Fernhill Residential School", "Boskenna Farm"]),
        ("SCHOOL", ["Little Limpets Playgroup", "Glass Cone Studio School", "St Gwinear's Catholic Infant School",
                    "Tollhouse Community High School", "Adit Lane Methodist Primary School"], ["the studio school"]),
        ("CASE_REFERENCE", ["ALG-25-1234", "PreProc/2025/12", "SG123425", "FGC123456", "UAS-2025-123", "B1234567",
                            "Sec47/25/12345", "MISS/2025/123", "001234567890", "CC-12345-25", "12345678", "RHI/25-1234"],
         ["ALG-25", "FGC12", "RHI/25"]),
    ],
    "fresh10": [
        ("PHONE_NUMBER", ["+44 7912 345 678", "07912\n345678", "01229 834-567", "01229\n834567", "0115 9123-456"],
         ["+44 8912 345 678", "07912\n3456", "01229 834-5"]),
        ("DATE_OF_BIRTH", ["3.IV.2015", "3 IV 2015", "03-XII-2015", "3 iv 2015", "14.VIII.2016"],
         ["3.IV", "IV.2015", "3.XIII.2015", "3 IV"]),
        ("UK_NINO", ["AB 12 34\n56 C", "AB 12\n34 56 C", "AB123456C"], ["AB 12 34\n56 E", "QQ 12 34\n56 C", "AB 12 34\n5 C"]),
        ("UK_NHS", ["943 476\n5919", "943 476 5919"], ["943 476\n5918", "943\n476\n591", "94 3476\n5919"]),
        ("STREET_ADDRESS", ["2F1, 14 Tanyard Gennel", "Room 6, Elmbank Approved Premises, 22 Conduit Road",
                            "Pod 14, Lido Lane Modular Homes, Lido Lane", "Room 31, Nurses' Residence, Thanet General Hospital, Belfry Road",
                            "3 Coastguard Cottages, Staithe Haugh", "Bed 4, St Anselm's Night Shelter, 9 Vestry Street"],
         ["Elmbank Approved Premises", "Thanet General Hospital", "Nurses' Residence"]),
        ("SCHOOL", ["Busy Bumblebees Montessori Nursery", "Lychgate Free School", "St Erkenwald's RC Junior School",
                    "Semaphore Church of England Academy", "Tramshed Girls' School"], ["the free school"]),
        ("CASE_REFERENCE", ["PPN25/12345", "LS25C01234", "ENC-2025-1234", "CHR/25/1234", "S20/2025/123", "PFA-25-123", "12345678",
                            "MAM/2025/123", "CLA/RV/1234", "MB/12345/25"], ["PPN25", "CHR/25", "S20/2"]),
    ],
    "fresh11": [
        ("PHONE_NUMBER", ["+447912345678", "07912 34 56 78", "079 1234 5678", "07912\u2007345678", "07912\u200b345678",
                          "+441539723456", "01539\u2007723456"], ["+448912345678", "07912 34 56", "079 1234 56"]),
        ("DATE_OF_BIRTH", ["2015-Apr-03", "3rd day of April 2015", "21st day of December 2014"],
         ["2015-Apr", "3rd day of April", "2015-Apx-03"]),
        ("UK_NINO", ["ab 12 34 56 c", "ab123456c", "AB\u200712\u200734\u200756\u2007C"], ["ab 12 34 56 e", "qq 12 34 56 c", "ab 12 34 5 c"]),
        ("UK_NHS", ["943\u2007476\u20075919", "943\u200b476\u200b5919"], ["943\u2007476\u20075918", "943\u200b476\u200b591", "94\u20073476\u20075919"]),
        ("STREET_ADDRESS", ["Bedroom 3, Larkspur Short Breaks Unit, 14 Hedger Row", "Willow Ward, Fenside Adolescent Unit, 2 Furlong Road",
                            "Cellar Flat, 14 Pitprop Twitchel", "2 Keepers' Cottages, Hollowmere Estate, Reaper Lane",
                            "The Bothy, Crakehall Farm, Sheaf Lane", "Staff Flat, Meadowcroft Care Home, 40 Stackyard Road",
                            "Caravan on the drive of 14 Hedger Outgang"],
         ["Larkspur Short Breaks Unit", "Hollowmere Estate", "Fenside Adolescent Unit"]),
        ("SCHOOL", ["Puddle Jumpers Forest Nursery", "Cokers Studio School", "St Osyth's RC Primary School", "Pitprop Community College",
                    "Headstock Methodist Primary School"], ["the studio school"]),
        ("CASE_REFERENCE", ["SGSP-25-123", "KIN/2025/1234", "SBU12345", "CCE-25-1234", "PACE/25/1234", "FF/2025/123", "REG24/2025/12",
                            "ADM/25/123", "1234567", "B123456"], ["SGSP-25", "KIN/25", "ADM/2"]),
    ],
    "fresh12": [
        ("PHONE_NUMBER", ["(07912) 345 678", "+44 (0) 7912 345 678", "07912\u2010345678", "07912\u00ad345678",
                          "01706\u2010123456", "+44 (0) 161 234 5678"], ["(07912) 345 6", "+44 (0) 8912 345 678"]),
        ("DATE_OF_BIRTH", ["03-APR-2015", "Apr. 3, 2015", "2015 04 03", "21-DEC-2014"], ["03-APX-2015", "Apr. 33, 2015", "2015 13 03"]),
        ("UK_NINO", ["AB 123 456 C", "AB\u2010123456\u2010C"], ["AB 123 456 E", "QQ 123 456 C", "AB 123 45 C"]),
        ("UK_NHS", ["943\u2010476\u20105919", "94347\u00ad65919", "943 476\ufeff 5919"],
         ["943\u2010476\u20105918", "943\u2010476\u2010591", "94347\u00ad6591"]),
        ("STREET_ADDRESS", ["Unit 4, Tollbar Trading Estate, Jaggers Road", "Plot 27, Kingfisher Meadows, Ropespinners Lane",
                            "The Old Chapel, Tanpits Loke", "The Lodge, Eastfield Cemetery, Hatblockers Brow",
                            "Granny Flat, 14 Tallow Fold", "Maisonette B, 14 Limekiln Chare",
                            "Apartment 12, Hatters Works, 3 Ferrymen Wynd"],
         ["Tollbar Trading Estate", "Kingfisher Meadows", "Eastfield Cemetery"]),
        ("SCHOOL", ["Tiny Tracks Kindergarten", "Shunters University Technical College", "St Modwen's C of E Primary School",
                    "Jaggers Leadership Academy", "Nailmakers Primary and Nursery School"], ["the technical college"]),
        ("CASE_REFERENCE", ["YJRO-25-1234", "RHI-2025-123", "CHAN/25/1234", "EHCNA/2025/123", "PFN12345", "PAMS-25-123",
                            "DVDS/2025/1234", "FD25P12345", "12345678", "B12345"], ["YJRO-25", "CHAN/25", "PFN1"]),
    ],
    "fresh13": [
        ("PHONE_NUMBER", ["+44-7912-345678", "07912 345 678", "07912\u2060345678", "07912\u2014345678", "01226\u2014765432",
                          "+44-1226-765432", "01226\t765432"], ["+44-7912-3456", "08912 345 678"]),
        ("DATE_OF_BIRTH", ["3rd of April, 2015", "Friday, 3 April 2015", "03/Apr/15", "21st of December, 2014"],
         ["3rd of Apral, 2015", "Friday, 33 April 2015", "03/Apx/15"]),
        ("UK_NINO", ["AB123456 C", "AB\t123456\tC", "AB\u2060123456C"], ["AB123456 E", "QQ123456 C", "AB12345 C"]),
        ("UK_NHS", ["943\t476\t5919", "943 476\u2060 5919", "943\u2014476\u20145919"],
         ["943\t476\t5918", "943\u2014476\u2014591", "943\u2060476\u2060591"]),
        ("STREET_ADDRESS", ["The Toll House, Brinepit Ginnel", "The Shepherd's Hut, Hollins Farm, Withy Jitty",
                            "Signal Box Cottage, Pipeclay Drang", "Loft 4, Needle Mill Lofts, 12 Oakum Vennel",
                            "Lower Ground Floor Flat, 14 Saltcote Garth", "Barn 2, Low Moor Farm, Besom Snicket"],
         ["Hollins Farm", "Needle Mill Lofts", "Signal Box"]),
        ("SCHOOL", ["Wriggly Worms Forest Nursery", "Brinepit Studio School", "St Teilo's CE Infant School",
                    "Quarrymen Specialist Academy", "Withy Methodist Primary School"], ["the studio school"]),
        ("CASE_REFERENCE", ["SD-25-1234", "ALLEG/2025/123", "NRPF12345", "ZW25C12345", "CAF-25-12345", "IROR-25-123",
                            "FGCP/2025/123", "B123456789012", "SC123456", "1234567"], ["SD-25", "ALLEG/25", "NRPF1"]),
    ],
    "fresh14": [
        ("PHONE_NUMBER", ["+44 7912 345 678", "07912-345-678", "07912\u2212345678", "07912\u00b7345678", "01947\u2212602345",
                          "01947\u00b7602345", "+44 1947 602345"], ["+44 7912 345 6", "08912-345-678"]),
        ("DATE_OF_BIRTH", ["3-April-2015", "03\u00b704\u00b72015", "03\u221204\u22122015", "21-December-2014"],
         ["3-Apral-2015", "33\u00b704\u00b72015", "03\u221213\u22122015"]),
        ("UK_NINO", ["AB 12 34 56-C", "AB\u2212123456\u2212C", "AB\u00b7123456\u00b7C"], ["AB 12 34 56-E", "QQ\u2212123456\u2212C", "AB 12 34 5-C"]),
        ("UK_NHS", ["943\u00b7476\u00b75919", "943\u2212476\u22125919"],
         ["943\u00b7476\u00b75918", "943\u2212476\u2212591", "943\u00b7476\u00b7591"]),
        ("STREET_ADDRESS", ["4 Drapers' Almshouses, Cider Press Lane", "Lock Keeper's Cottage, Bottom Lock, Sail Loft Staithe",
                            "3 Coastguard Cottages, Cockle Strand Wynd", "23 Meadowbank Park Homes, Tinstreamers Way",
                            "Living Accommodation, The Wheatsheaf, 14 Malt Kiln Street", "Flat over Garage, 9 Woad Mill Loke"],
         ["Bottom Lock", "The Wheatsheaf", "Coastguard"]),
        ("SCHOOL", ["Little Puffins Day Nursery", "Jet Carvers Studio School", "St Hild's CE Infant School",
                    "Wherrymen Specialist Academy", "Pinmakers Methodist Primary School"], ["the studio school"]),
        ("CASE_REFERENCE", ["R40/2025/123", "TAF/25/1234", "MFH-25-1234", "PEP/2025/123", "SAR-2025-1234", "SECA/25/123",
                            "HR123456", "12345678", "122512345"], ["R40/2", "TAF/25", "MFH-2"]),
    ],
    "fresh15": [
        ("PHONE_NUMBER", ["(07912) 345678", "07912/345678", "+44-7912-345678", "(01751) 612345", "01751/612345", "01751 61 23 45"],
         ["(07912) 3456", "08912/345678", "+44-7912-3456"]),
        ("DATE_OF_BIRTH", ["03-APR-2015", "03APR2015", "03/APR/2015", "21-DEC-2014"], ["03-APX-2015", "33-APR-2015", "03APR"]),
        ("UK_NINO", ["ab123456c", "ab 12 34 56 c", "ab123456C"], ["ab123456e", "qq123456c", "ab12345c"]),
        ("UK_NHS", ["943_476_5919", "943 476 5919"], ["943_476_5918", "943_476_591", "9434_76_5919"]),
        ("STREET_ADDRESS", ["Granny Annexe, 14 Whetstone Lonning", "2 Glebe Farm Cottages, Snuff Mill Holloway",
                            "The Gatehouse, Ashcombe Hall, Gunflint Lane", "The Old Police House, 7 Coke Ovens Street",
                            "Cabin 23, Sandy Bay Holiday Park, Brine Pump Road", "Room 6, The Seaview Guest House, 41 Tinplate Backs"],
         ["Ashcombe Hall", "The Seaview Guest House", "Granny Annexe"]),
        ("SCHOOL", ["Wibbly Wobbles Day Nursery", "Whetstone Studio School", "St Decuman's CE Infant School",
                    "Gunflint Specialist Academy", "Pot Bank Methodist Primary School"], ["the infant school"]),
        ("CASE_REFERENCE", ["PWP/2025/1234", "SGA-25-123", "PRFA/25/123", "HDP-2025-123", "FTS/25/1234", "RO-25-12345",
                            "STRAT/2025/123", "S1234567", "CN123456", "1234567"], ["PWP/2", "SGA-25", "RO-2"]),
    ],
    "fresh16": [
        ("PHONE_NUMBER", ["(0)7912 345678", "07912-345678", "(0)1566 772345", "01566-772345"],
         ["(0)7912 3456", "(0)8912 345678", "07912-3456"]),
        ("DATE_OF_BIRTH", ["03 APRIL 2015", "03.Apr.2015", "21 DECEMBER 2014", "21.Dec.2014"], ["03 APRILL 2015", "33.Apr.2015", "03.Apr"]),
        ("UK_NINO", ["AB-123456-C", "AB 123456-C", "ab-123456-c"], ["AB-123456-E", "QQ-123456-C", "AB-12345-C"]),
        ("UK_NHS", ["(943) 476 5919", "\uff19\uff14\uff13 \uff14\uff17\uff16 \uff15\uff19\uff11\uff19"],
         ["(943) 476 5918", "(9434) 76 5919", "\uff19\uff14\uff13 \uff14\uff17\uff16 \uff15\uff19\uff11\uff18"]),
        ("STREET_ADDRESS", ["Pitch 7, Greenacres Travellers' Site, Hop Kiln Lane", "Room 214, The Kingsway Hotel, 3 Dabinett Road",
                            "Plot 12, Meadow View Park Homes, Tremlett Barton", "The Coach House, 12 Stoke Red Batch"],
         ["Greenacres Travellers' Site", "The Kingsway Hotel", "The Coach House"]),
        ("SCHOOL", ["Apple Pips Day Nursery", "Foxwhelp Community Primary School", "St Clether's CE Infant School",
                    "Kingston Black Specialist Academy", "Perry Pear Methodist Primary School"], ["the infant school"]),
        ("CASE_REFERENCE", ["UM/25/123", "AGE-2025-12", "SBR/25/1234", "HFU-2025-12345", "ARAP/25/1234", "SCH/2025/123",
                            "B1234567", "CO123456", "CV12345"], ["UM/2", "AGE-20", "HFU-2"]),
    ],
    "fresh17": [
        ("PHONE_NUMBER", ["07912, 345678", "07912, 345, 678", "01709, 212345", "\u0660\u0667\u0669\u0661\u0662 \u0663\u0664\u0665\u0666\u0667\u0668"],
         ["07912, 3456", "08912, 345678", "\u0660\u0667\u0669\u0661\u0662 \u0663\u0664\u0665\u0666"]),
        ("DATE_OF_BIRTH", ["3 Sept 2015", "3rd Sept. 2015", "21 SEPT 2014", "3 June 2015", "\u0660\u0663/\u0660\u0664/\u0662\u0660\u0661\u0665"],
         ["3 Septt 2015", "3 Sept", "\u0663\u0663/\u0660\u0664/\u0662\u0660\u0661\u0665"]),
        ("UK_NINO", ["A B 12 34 56 C", "a b 12 34 56 c"], ["A B 12 34 56 E", "Q Q 12 34 56 C", "A B 12 34 5 C"]),
        ("UK_NHS", ["943, 476, 5919", "\u0669\u0664\u0663 \u0664\u0667\u0666 \u0665\u0669\u0661\u0669"],
         ["943, 476, 5918", "9434, 76, 5919", "\u0669\u0664\u0663 \u0664\u0667\u0666 \u0665\u0669\u0661\u0668"]),
        ("STREET_ADDRESS", ["14 Back Lancaster Road", "Bungalow 3, Hangar Lane Supported Living, Anson Rake",
                            "Holiday Flat 4, Esplanade Holiday Lets, 12 Vulcan Road", "Bedspace 12, Dearne Valley YMCA, 3 Anson Road"],
         ["Hangar Lane Supported Living", "Esplanade Holiday Lets", "Back Lancaster"]),
        ("SCHOOL", ["Little Pit Ponies Kindergarten", "Spitfire Junior Academy", "St Alkmund's Catholic Voluntary Academy",
                    "Meteor University Technical College", "Hangar Lane Free School"], ["the free school"]),
        ("CASE_REFERENCE", ["CPM/25/123", "DOLS-2025-123", "NTS/2025/1234", "FDAC-25-123", "MC-123456", "FD25P12345", "B12345",
                            "1234567", "1234-25"], ["CPM/2", "FD25P", "NTS/2"]),
    ],
    "fresh18": [
        ("PHONE_NUMBER", ["07912 double 3 4 567", "07912 triple 4 567", "0 double 7 12 345678", "01709 212345 ext. 2231",
                          "01709 212345 (ext 214)", "0151 123 4567 x214", "020 8123 4567 Ext 3090"],
         ["07912 double 3 4", "07912 quadruple 3 4567", "01709 212345 ext.", "01709 2123 ext. 2231"]),
        ("DATE_OF_BIRTH", ["third of April 2015", "Twenty-first March 2014", "twelfth December 2011", "thirty-first May 2013"],
         ["thirty-first April 2015", "third of April", "thirty-second May 2013"]),
        ("UK_NINO", ["AB 123 456 C", "AB123 456C"], ["AB 123 456 E", "QQ 123 456 C", "AB 123 45 C"]),
        ("UK_NHS", ["943 double 4 7 6593", "double 9 4 347 6591"], ["943 double 4 7 6592", "943 double 4 7 659", "943double 4 7 6593"]),
        ("STREET_ADDRESS", ["Pod 4, Bevan Court Modular Homes, Islay Chase", "Room 14B, Kestrel House Student Halls, 3 Tiree Road",
                            "Supported lodgings, 12 Arran Wynd"],
         ["Bevan Court Modular Homes", "Kestrel House Student Halls", "Supported lodgings"]),
        ("SCHOOL", ["Puffin Burrow Nursery", "Benbecula Primary Academy", "St Moluag's Catholic Primary School",
                    "Telephone Exchange University Technical College", "Fair Isle Free School"], ["the free school"]),
        ("CASE_REFERENCE", ["ICO/25/123", "SGAS-2025-123", "CLDS/2025/1234", "RFA-123456", "LD-12345", "2025/1234567A",
                            "EHC12345", "CL1234-25", "A12345678901B"], ["ICO/2", "RFA-12", "LD-1"]),
    ],
    "fresh19": [
        ("PHONE_NUMBER", ["O7912 334567", "O7912 334 567", "(07912) 334567", "0121 456 7890 option 2", "01782 123456, opt 3",
                          "01384 123456 (option 4)"],
         ["O7912 3345", "OO7912 334567", "01782 123456 option", "01782 123456 option 12"]),
        ("DATE_OF_BIRTH", ["3rd of the 4th 2015", "21st of the 12th, 2011", "the 3rd of April 2015", "The 22nd of May 2013"],
         ["3rd of the 13th 2015", "31st of the 4th 2015", "the 3rd of April", "3rd of the 4th"]),
        ("UK_NINO", ["ab 12 34 56 c", "ab123456c"], ["ab 12 34 56 e", "qq 12 34 56 c"]),
        ("UK_NHS", ["943/447/6593"], ["943/447/6592", "943/447/659", "94/3447/6593"]),
        ("UK_POSTCODE", ["b69  3ab", "ST6  1AB", "st6 1ab"], ["ST6   1AB", "ST6  1CB"]),
        ("STREET_ADDRESS", ["Room 214, Britannia Park Hotel, Meakin Street", "Bed 6, Elm House Approved Premises, 12 Twyford Bank",
                            "Room 3, Cedar Lodge Young People's Hostel, 21 Spode Entry"],
         ["Britannia Park Hotel", "Elm House Approved Premises", "Cedar Lodge Young People's Hostel"]),
        ("SCHOOL", ["Little Potters Nursery", "Spode Primary Academy", "St Editha's Catholic Primary School",
                    "Bottle Kiln University Technical College", "Lamp Room Free School"], ["the hostel school"]),
        ("CASE_REFERENCE", ["NRPF/25/1234", "B1234567/8", "X123456", "YJS-2025-1234", "ASU/1234567", "APR-25-12345", "MS1234567",
                            "DS25B12345", "PFN/2025/123"], ["NRPF/2", "ASU/1", "APR-2"]),
    ],
    "fresh20": [
        ("PHONE_NUMBER", ["07700.900.123", "0770 090 0123", "07700-900123", "01736-712345", "01736.712345"],
         ["07700.900.1", "0770 090 01", "01736-7123"]),
        ("DATE_OF_BIRTH", ["12th March twenty fifteen", "the twelfth of March two thousand and fifteen", "3 April twenty twenty-one",
                           "the first of June two thousand and nine", "12th March nineteen eighty-six"],
         ["12th March twenty five", "12th March twenty", "31st April twenty fifteen", "12th March twenty forty", "the twelfth of March"]),
        ("UK_NINO", ["AB-12-34-56-C", "ab-12-34-56-c"], ["AB-12-34-56-E", "QQ-12-34-56-C"]),
        ("UK_NHS", ["943.476.5919"], ["943.476.5918", "943.476.591"]),
        ("STREET_ADDRESS", ["Rm 4, Seaview Guest House, 12 Wheal Agar Road", "Plot 23, Riverside Park Homes, Marsh Drove",
                            "Pitch 7, Long Drove Traveller Site, 3 Eel Set Loke"],
         ["Seaview Guest House", "Riverside Park Homes", "Long Drove Traveller Site"]),
        ("SCHOOL", ["Little Tinners Nursery", "Wheal Kitty Primary Academy", "St Piran of Perranporth Catholic Primary School",
                    "Haematite University Technical College", "Offa's Dyke Free School"], ["the refuge school"]),
        ("CASE_REFERENCE", ["MRC/25-123-B", "2025/12345", "123456", "GTS/B12/25", "PH-1234-B", "LADO.2025.123", "HSG12345678",
                            "1234 1232025", "EWO-BD/1234"], ["MRC/2", "GTS/1", "LADO.2"]),
    ],
    "fresh21": [
        ("PHONE_NUMBER", ["oh seven seven double oh, nine oh oh, one two three", "oh seven seven zero zero, nine double oh one two three",
                          "0 7700 900 123", "01434 61 23 45", "oh one four three four, six one two three four five"],
         ["oh seven seven, nine", "oh seven seven double oh, nine oh oh, one", "oh seven seven double oh, nine oh oh, one two three four five",
          "oh seven seven double, nine oh oh, one two three four", "01434 61 23"]),
        ("UK_NHS", ["nine four three, four seven six, five nine one nine", "nine four three, four seven six, five nine one nine".upper()],
         ["nine four three, four seven six, five nine one eight", "nine four three, four seven six, five nine one"]),
        ("UK_NINO", ["Ab 12 34 56 c", "Ab123456c"], ["Qq 12 34 56 c", "Ab 12 34 56 e"]),
        ("DATE_OF_BIRTH", ["3/4/17", "3rd April '17", "April 3rd, 2017", "31/12/86"], ["31/4/17", "3rd Apri '17", "April 33rd, 2017"]),
        ("UK_POSTCODE", ["NE681AB", "ne681ab", "po381ab"], ["NE681A", "ne68 1cc"]),
        ("STREET_ADDRESS", ["Room 3 (HMO), 14 Smelt Mill Row", "Static 42, Sandy Bay Holiday Park, Shore Gap",
                            "NB Kittiwake, Mooring 12, Canal Basin Moorings"],
         ["Sandy Bay Holiday Park", "NB Kittiwake", "Room 3 (HMO)"]),
        ("SCHOOL", ["Whin Sill First School", "St Oswald of Bamburgh RC First School", "Dales Bairns Pre-School",
                    "Hoveller's Alternative Provision Academy"], ["the hospital school"]),
        ("CASE_REFERENCE", ["AB/12345", "123456", "1234567", "EXCL-25/123", "T4/2025-123B", "OE12345", "INT-123456", "HPK/123-25"],
         ["EXCL-2", "T4/2", "OE12"]),
    ],
    "fresh22": [
        ("PHONE_NUMBER", ["07912 / 345678", "0044 (0) 7912 345678", "01278 612345 extn. 2214", "01278 61 2345 ext: 2214",
                          "01278 612345 (internal 2214)"],
         ["07912 / 3456", "0044 (0) 7912 345", "01278 612345 extn. 22145678", "01278 612345 (internal)", "ext: 2214"]),
        ("UK_NHS", ["943|476|5919", "943 | 476 | 5919"], ["943|476|5918", "943|476|59191", "943 |476| 5919", "94 34 76 59 19"]),
        ("UK_NINO", ["AB 12-34-56 C", "AB12 34 56C"], ["QQ 12-34-56 C", "AB 12-34-56 E"]),
        ("DATE_OF_BIRTH", ["May the 3rd 2015", "3rd May, 2015", "Sun 3rd May 2015", "December the 31st 1986"],
         ["May the 33rd 2015", "Mayo the 3rd 2015", "3rd Mai, 2015"]),
        ("UK_POSTCODE", ["ta8 2ab", "Ta8 2ab", "SS9 1AB"], ["ta8 2a", "Ta8 2cc"]),
        ("STREET_ADDRESS", ["Sedgemoor Lodge Hotel, room 214, 3 Withy Stripper's Causey", "c/o 14 Bawley Hithe",
                            "Lodgings (host family), 23 Shrimper's Slack", "Mother and baby unit, Flat 4, 9 Jagger's Edge"],
         ["Sedgemoor Lodge Hotel", "c/o Bawley", "Mother and baby unit"]),
        ("SCHOOL", ["Withy Stripper's Primary School", "St Decuman of Watchet CE Voluntary Aided Primary School", "Cockle Cubs Forest School Nursery",
                    "Gritstone University Technical College"], ["the hotel school"]),
        ("CASE_REFERENCE", ["BD-123456", "SL/25-1234", "MBU.2025.123", "VN12345", "CPM-1234/25", "BDL/1234567", "LA.25.1234", "RLF123456"],
         ["SL/2", "VN12", "LA.2"]),
    ],
    "fresh23": [
        ("PHONE_NUMBER", ["01872 612345 ext.2214", "01872 612345 (x2214)", "01872 61 2345 #2214", "(07912) 345678", "07912.345678"],
         ["01872 612345 ext.22145678", "01872 612345 (x)", "#2214", "(07912) 3456", "07912.3456"]),
        ("UK_NHS", ["943-476.5919", "943 476.5919", "943.476-5919"], ["943-476.5918", "943-476.59191", "9434-76.5919", "943.476.5919 1"]),
        ("UK_NINO", ["ab.12.34.56.c", "AB/12/34/56/C"], ["qq.12.34.56.c", "AB/12/34/56/E"]),
        ("DATE_OF_BIRTH", ["Sat the 3rd of May 2015", "3rd of May '15", "Wednesday the 31st of December 1986"],
         ["Sat the 33rd of May 2015", "Sat the 3rd of Mai 2015", "3rd of Mayo '15"]),
        ("UK_POSTCODE", ["TR15AB", "tr15ab", "DY9 8AB"], ["tr15a", "TR15CC"]),
        ("STREET_ADDRESS", ["Harbour Light B&B, room 4, 12 Net Mender's Drong", "c/o refuge office, 9 Caulker's Hard",
                            "Fellside Secure Children's Home, 5 Haaf Netter's Raise", "Room 12, Medway Foyer, 3 Barge Builder's Stairs",
                            "Houseboat Kittiwake, mooring 7, Salt Panner's Wharf"],
         ["Harbour Light B&B", "c/o refuge office", "Houseboat Kittiwake"]),
        ("SCHOOL", ["Pilchard Press Primary School", "St Piran of Perranzabuloe CE Voluntary Aided Primary School",
                    "Net Loft Minnows Forest School Nursery", "Chain Maker's University Technical College"], ["the secure home school"]),
        ("CASE_REFERENCE", ["WRR-25-1234", "BB#123456", "SWP/1234/25", "FOY12345B", "CMH.1234567", "PSR-25/12345", "SUSP/BD/1234",
                            "WS.LM.12345"], ["WRR-2", "BB#12", "CMH.1"]),
    ],
    "fresh24": [
        ("PHONE_NUMBER", ["017687 72345, extension 2214", "0151 234 5678 - ext 2214", "+44 (0)7912.345.678", "07912 345 678"],
         ["017687 72345, extension", "0151 234 5678 -", "0151 234 5678 - ext 2214567", "+44 (0)7912.345"]),
        ("UK_NHS", ["943 476 591 9", "943-476-591/9"], ["943 476 591 8", "943-476 591/9", "94 34 76 59 19", "9434 76 591 9"]),
        ("UK_NINO", ["ab 12 34 56 c", "AB12-34-56C"], ["qq 12 34 56 c", "AB12-34-56E"]),
        ("DATE_OF_BIRTH", ["03.05.15", "3/5/15", "3rd May '15", "31st Dec '86"], ["33.05.15", "3/13/15", "3rd Mai '15"]),
        ("UK_POSTCODE", ["CA12.5AB", "ca12.5ab", "la22  8nr"], ["CA12..5AB", "CA12.5CC", "ca12.5a"]),
        ("STREET_ADDRESS", ["box room, 14 Reed Cutter's Lode", "c/o friend's flat, 3 Keelman's Gangway",
                            "emergency placement, room 212, Lakeside Ghyll Hotel, 2 Pannier Man's Tarn",
                            "Mother and Baby Unit, HMP Fenmoor, 1 Eel Catcher's Fen", "bay 7, Meadow Drove Travellers' Site, Samphire Sands"],
         ["box room", "c/o friend's flat", "Lakeside Ghyll Hotel"]),
        ("SCHOOL", ["Gig Rower's Primary School", "St Kentigern of Keswick CE Voluntary Aided Primary School",
                    "Little Shrimpers Forest School Nursery", "Keelman's University Technical College"], ["the hotel school"]),
        ("CASE_REFERENCE", ["EHA#12345", "SGO/25/1234", "PLO-2025-1234", "FGC-1234B", "PEP.25.12345", "2025/1234", "RHI.123456",
                            "HV#1234567", "MASH#25-12345", "DOLS/LB/25/123"], ["EHA#12", "SGO/2", "PEP.1"]),
    ],
    "fresh25": [
        ("PHONE_NUMBER", ["01524 812345 (ext. 22)", "01524 812345 x22", "07912 34 56 78", "07912-345678"],
         ["01524 812345 (ext.)", "01524 812345 x", "07912 34 56", "07912-3456789"]),
        ("UK_NHS", ["9434-765-919", "9434.765.919"], ["9434-765-918", "9434-765.919", "943 4765 919", "94 34 76 59 19"]),
        ("UK_NINO", ["AB/12/34/56/C", "AB 123456 C", "ab 123456 c"], ["QQ/12/34/56/C", "AB 123456 E"]),
        ("DATE_OF_BIRTH", ["03-May-2015", "May 3rd, 2015", "3rd of May 2015"], ["33-May-2015", "Mai 3rd, 2015"]),
        ("UK_POSTCODE", ["LA5-9AB", "la5 9ab", "SO41-8NR"], ["LA5--9AB", "LA5-9CC", "la5-9a"]),
        ("STREET_ADDRESS", ["room 14, YMCA Carnforth, 3 Cockler's Hards", "bed 4, St Wilfrid's Night Shelter, 9 Iron Roller's Sike",
                            "the annexe, 22 Lace Maker's Hoe", "Ward 7, Solent Vale Hospital, 1 Salt Panner's Slipway",
                            "Unit C, HMYOI Marshbrook, 1 Tile Maker's End",
                            "Beech Hanger School (residential), 40 Chair Bodger's Hatch"],
         ["the annexe", "YMCA Carnforth", "Solent Vale Hospital"]),
        ("SCHOOL", ["Cockler's Primary School", "St Wilfrid of Silverdale CE Voluntary Aided Primary School",
                    "Slipway Sailors Forest School Nursery", "Trawlerman's University Technical College"], ["the ward school"]),
        ("CASE_REFERENCE", ["CPP-25-0456", "LL-P1234567", "ECL/1234567", "AZ12345-25", "ONE:123456", "YOS/2025/123",
                            "PRIVF-1234", "YCA.12345", "AA-25-123B", "PWP25.1234"], ["CPP-2", "ONE:1", "YCA.1"]),
    ],
    "fresh26": [
        ("PHONE_NUMBER", ["01628 812345, ext 22", "01628 812345, ext. 22", "01628-812-345", "0791 2345 678", "(07912)345678"],
         ["01628 812345, ext", "01628 812345, ext 2", "0791 2345 6", "(07912)3456"]),
        ("UK_NHS", ["94347 65919", "9,434,765,919"], ["94347 65918", "9,434,765,918", "943,476,5919", "9434 765919"]),
        ("UK_NINO", ["AB 123-456 C", "AB12-34-56C", "ab 123-456 c"], ["AB 123-456 E", "QQ12-34-56C", "AB 123-45 C"]),
        ("DATE_OF_BIRTH", ["03May15", "03MAY15", "May-03-2015"], ["33May15", "03Mai15", "May-33-2015"]),
        ("UK_POSTCODE", ["SL69 AB", "Sl6 9ab", "GU279 NR"], ["SL69 ABC", "SL69 CC", "SL6 9"]),
        ("STREET_ADDRESS", ["Otter Room, Nene Valley Children's Hospice, 14 Boot Closer's Lock",
                            "room 9, Thames Valley Family House, 3 Punt Builder's Weir",
                            "c/o St Clare's Convent, 22 Broom Squire's Shaw", "the tied cottage, 2 Swan Upper's Ridge",
                            "the flat over the stables, 7 Card Setter's Royd"],
         ["the tied cottage", "Thames Valley Family House", "St Clare's Convent"]),
        ("SCHOOL", ["Boot Closer's Middle School", "St Luke of Cleckheaton Catholic Voluntary Academy",
                    "Cygnet Corner Montessori Nursery", "Card Setter's Hospital School", "Clicker's All-Through School"],
         ["the hospice school"]),
        ("CASE_REFERENCE", ["BD25C01234", "MAPPA/25/1234", "STP-1234-25", "EHE25-12345", "HSP.123456", "NNU1234567",
                            "PCA#251234", "SBP:12345", "CSL-2025-123", "123-456-7890"], ["MAPPA/2", "SBP:1", "NNU12"]),
    ],
    "fresh27": [
        ("PHONE_NUMBER", ["tel:+447912345678", "tel:07912345678", "TEL:+441638812345", "01638 812345 x 221", "01638 812345 x 22"],
         ["tel:+4479123456", "tel:", "01638 812345 x", "01638 812345 x 2", "tel:+4479123456789"]),
        ("UK_NHS", ["943. 476. 5919", "9.434765919E+09", "9.434765919e+09"],
         ["943. 476. 5918", "9.434765918E+09", "9.43476591E+09", "9.434765919E+10", "943. 4765. 919"]),
        ("UK_NINO", ["AB 12 34 56 (C)", "AB123456(C)", "ab 12 34 56 (c)"], ["AB 12 34 56 (E)", "QQ123456(C)", "AB 12 34 5 (C)"]),
        ("DATE_OF_BIRTH", ["2015-04-03T00:00:00.000Z", "2015-04-03t00:00:00.000z", "3April2015", "3april2015", "03APRIL2015"],
         ["2015-04-33T00:00:00.000Z", "2015-13-03T00:00:00.000Z", "3Apirl2015", "33April2015"]),
        ("UK_POSTCODE", ["CB 85AB", "CV3 15AB", "cb8 5ab", "B8 05AB"], ["CB 85ABC", "CB 8AB", "CB85 AB C", "C 85AB1"]),
        ("EMAIL_ADDRESS", ["mailto:gurbax.aujla@punjab-net.in", "MAILTO:2009sithabiles@bulawayo-mail.co.zw"],
         ["mailto:gurbax.aujla@", "mailto:", "mailto:@punjab-net.in"]),
        ("PERSON", ["G. Sibanda", "Z. Vasconcelos", "R. Bueno-Mesquita", "m. ah-time"], ["G.Sibanda", "G. ", "Mrs G. Sibanda", "G. Sibanda's"]),
        ("STREET_ADDRESS", ["the warden's flat, Gallops Court (sheltered), 4 Stable Lad's Slade",
                            "room 14, Booth House Lifehouse, 3 Needle Scourer's Street",
                            "the yurt, Windmill Hill Smallholding, 2 Heath Watcher's Tump", "Airbnb, flat 3, 19 Ribbon Weaver's Road",
                            "the granthi's flat, Guru Nanak Gurdwara, 40 Salt Glazer's Bank",
                            "bed 6, the stable lads' hostel, 11 Work Rider's Gallops"],
         ["the yurt", "Guru Nanak Gurdwara", "the stable lads' hostel"]),
        ("SCHOOL", ["Stable Lad's University Technical College", "Needle Scourer's Studio School", "Ribbon Weaver's Steiner Academy",
                    "Little Foals Maintained Nursery School", "St Felix of Soham RC Junior School"], ["the racing school"]),
        ("CASE_REFERENCE", ["UNREG-25-1234", "ME/2025/12345", "LH123456", "SHT-12345", "R8/25/1234", "HMB1L23M45", "GW-2025-12",
                            "SGS#12345", "RW/12-3456", "BHA1234567"], ["ME/2", "LH12", "SGS#1"]),
    ],
    "fresh28": [
        ("PHONE_NUMBER", ["\u202a+44 7912 345678\u202c", "01462 123456,,221", "01462123456;221", "02392 123456,,22"],
         ["\u202a+44 7912 3456\u202c", "01462 123456,,", "01462 123456,221", "01462 123456,,,221", "01462 123456;2"]),
        ("UK_NHS", ["'9434765919", "'943 476 5919", "9434765919.0"],
         ["'9434765918", "9434765919.00", "943476591.0", "9434765919.5", "''9434765919"]),
        ("UK_NINO", ["Alpha Bravo 12 34 56 Charlie", "alpha bravo 123456 charlie", "Yankee X-ray 01 09 28 Bravo"],
         ["Alpha Bravo 12 34 56 Echo", "Delta Bravo 12 34 56 Charlie", "Alpha Bravo 12 34 5 Charlie", "Apple Bravo 12 34 56 Charlie"]),
        ("DATE_OF_BIRTH", ["03/04/2015 12:00:00 AM", "3/4/2015 12:00 AM", "03/04/2015 12:00:00 am"],
         ["33/04/2015 12:00:00 AM", "03/13/2015 12:00 AM", "03/04/2015 12:00:00 PM"]),
        ("UK_POSTCODE", ["SG6+3AB", "SG6%203AB", "BLO 9AB", "NG1O 9AB", "blo 9ab"],
         ["SG6++3AB", "SG6%20%203AB", "SG6+3ABC", "BLO 9AO", "BLOO 9AB", "SG6 OAB"]),
        ("EMAIL_ADDRESS", ["sharmila dot sengupta at parsi-net dot co dot uk", "s.sengupta[at]parsi-net.co.uk", "JOBIN.EAPEN[AT]KERALA-MAIL.IN"],
         ["sharmila dot sengupta at parsi-net", "sharmila at", "s.sengupta[at]", "[at]parsi-net.co.uk"]),
        ("PERSON", ["Sharmila S.", "Jaison K.", "Ekwalla-Nanje E.", "tincy v."], ["Mrs S.", "S. S.", "Sharmila S.'s", "Sharmila S..", "Sharmila SS."]),
        ("STREET_ADDRESS", ["the spare room (Nightstop Herts host), 14 Corset Maker's Glebe",
                            "family room 2, Willow Bank (residential rehab), 8 Withy Cutter's Plain",
                            "the groundsman's flat, Railway Works Rec Ground, 1 Loco Riveter's Lane",
                            "the converted bus, Old Gasworks Yard, 4 Slipper Maker's Retreat",
                            "the flat behind the takeaway, 22 Pill Roller's Arcade",
                            "the summerhouse in the garden of 12 Lace Mender's Orchard"],
         ["the converted bus", "the flat behind the takeaway", "Willow Bank (residential rehab)"]),
        ("SCHOOL", ["Corset Maker's Upper School", "Withy Cutter's Middle School", "Pill Roller's Hospital School",
                    "Little Lavenders Montessori Nursery", "Garden City Tots Toddler Playgroup", "St Osmund of Salisbury Catholic Voluntary Academy"],
         ["the hospital school"]),
        ("CASE_REFERENCE", ["NSR-25-1234", "RRA/2025/123", "FAN12345678", "1234-5678-9012", "LC-20250412-0123", "HRA-25-12345",
                            "DBS 001234567890", "S17-2025-123", "PRV/25/1234", "ENF/25/12345"], ["NSR-2", "FAN12", "PRV/2"]),
    ],
    "fresh29": [
        ("PHONE_NUMBER", ["Harrogate 567123", "St Albans 834512", "BURY ST EDMUNDS 712345", "durham 3841234", "Tunbridge Wells 512345"],
         ["Atlantis 567123", "Harrogate 5671", "Harrogate 56712345678", "Harrogate", "Mum 567123", "Harrogate 2 Richmond 1"]),
        ("UK_NHS", ["*9434765919*", "*4010232137*"], ["*9434765918*", "**9434765919*", "*943476591*", "*9434765919", "*943 476 5919*"]),
        ("UK_NINO", ["A for apple, B for boy, 12 34 56, C for Charlie", "a for apple b for boy 123456 c for charlie",
                     "Y for yellow, X for x-ray, 01 09 28, B for boy", "J FOR JACK, K FOR KING, 12 34 56, D FOR DAVID"],
         ["A for bravo, B for boy, 12 34 56, C for Charlie", "A for apple, B for boy, 12 34 56, E for Edward",
          "D for David, B for boy, 12 34 56, C for Charlie", "A for apple, B for boy, 12 34 5, C for Charlie", "an A for effort"]),
        ("DATE_OF_BIRTH", ["03\\04\\2015", "3\\4\\2015", "28\\02\\1988"],
         ["33\\04\\2015", "03\\13\\2015", "03\\04\\15", "03\\04/2015", "S:\\CSC\\2025"]),
        ("UK_POSTCODE", ["AL1\u00a03AB", "hg1\u00a05ab", "WD17\u00a01LX"], ["AL1\u00a0\u00a03AB", "AL1\u00a03ABC", "AL1\u00a0AB", "\u00a0AL1 3AB"]),
        ("EMAIL_ADDRESS", ["sahithi.reddy @ hyderabad-mail.in", "Sahithi.reddy@hyderabad-mail.in", "EMINE.HASAN @ LEFKOSA-MAIL.COM"],
         ["sahithi.reddy @ ", " @ hyderabad-mail.in", "sahithi.reddy @ hyderabad-mail", "sahithi @ reddy @ mail.in", "meet @ 10.30"]),
        ("PERSON", ["REDDY, Sahithi", "Ó SÚILLEABHÁIN, Gráinne", "harrison-scarth, ivo", "KÜÇÜK, Şerife"],
         ["REDDY, Mrs", "Mum, Sahithi", "REDDY,Sahithi", "REDDY, ", ", Sahithi", "REDDY, Sahithi's", "REDDY, Sahithi, Lasya"]),
        ("STREET_ADDRESS", ["Abbey House (boarding house), 14 Straw Boater Maker's Spur",
                            "family flat 3, Hillside Court (university family housing), 8 Compositor's Oval",
                            "room 214 at the Travelodge Central, 40 Cress Grower's Way",
                            "the imam's flat, Madina Masjid, 2 Carpet Weaver's Path",
                            "trailer 6, Searle's Yard (showmen's winter quarters), 1 Hat Blocker's Keep",
                            "mobile home 12, Withybed Farm (seasonal workers' site), 3 Sugar Beet Carter's Leat"],
         ["the imam's flat", "room 214 at the Travelodge Central", "Abbey House (boarding house)"]),
        ("SCHOOL", ["Compositor's Studio School", "Toffee Boiler's University Technical College", "Organ Builder's Preparatory School",
                    "Cress Beds Forest School Nursery", "St Alban of Verulamium C of E VA Primary School", "Paint Mixer's Steiner Academy"],
         ["the boarding house"]),
        ("CASE_REFERENCE", ["VS/25/1234", "BUR-2025-1234", "GLD 12345", "GLA/25/12345", "TL12345678", "U1234567", "MDR-1234",
                            "C100/25/1234", "IYA-2025-12345", "FHUB-12345"], ["VS/2", "MDR-1", "GLD 12"]),
    ],
}


@pytest.mark.parametrize("split,kind,valid,invalid", [(s, *row) for s, rows in SHAPE_EXAMPLES.items() for row in rows])
def test_plausibility_checks_know_the_shapes_of_a_later_split(split, kind, valid, invalid):
    assert all(checks.plausible(kind, t) for t in valid), [t for t in valid if not checks.plausible(kind, t)]
    assert not any(checks.plausible(kind, t) for t in invalid), [t for t in invalid if checks.plausible(kind, t)]


ADDED_GROUPS = {"fresh6": {"somali", "nepali", "portuguese_brazilian"}, "fresh7": {"ukrainian", "albanian", "vietnamese"},
                "fresh8": {"eritrean_ethiopian", "sri_lankan_tamil", "romanian_moldovan"},
                "fresh9": {"south_sudanese", "mainland_chinese", "burmese_karen"},
                "fresh10": {"congolese", "greek_cypriot", "malagasy"},
                "fresh11": {"roma_slovak", "gambian_senegalese", "kurdish_iraqi"},
                "fresh12": {"hungarian", "ghanaian_akan", "afghan_pashto"},
                "fresh13": {"armenian", "maltese", "fijian"},
                "fresh14": {"zimbabwean_shona", "bosnian", "malawian"},
                "fresh15": {"algerian_kabyle", "zambian", "taiwanese"},
                "fresh16": {"hong_kong_cantonese", "sierra_leonean", "chagossian"},
                "fresh17": {"lithuanian", "kenyan", "assyrian"},
                "fresh18": {"rwandan", "south_african", "tongan_samoan"},
                "fresh19": {"ugandan", "indonesian", "togolese_beninese"},
                "fresh20": {"kazakh", "tibetan", "mauritian"},
                "fresh21": {"goan", "uyghur", "chechen"},
                "fresh22": {"liberian", "azerbaijani", "aymara_bolivian"},
                "fresh23": {"latvian", "yemeni", "bulgarian"},
                "fresh24": {"uzbek", "afghan_hazara", "angolan"},
                "fresh25": {"sinhala", "gorale", "samoan"},
                "fresh26": {"southern_italian", "ga", "hausa_fulani"},
                "fresh27": {"seychellois", "madeiran", "sephardi"},
                "fresh28": {"malayali", "cameroonian", "iranian"},
                "fresh29": {"telugu", "turkish_cypriot", "irish"}}


def _folded(word: str) -> str:
    """`word` without its accents ("mădălina" -> "madalina")."""
    return unicodedata.normalize("NFKD", word.replace("đ", "d")).encode("ascii", "ignore").decode()


@pytest.mark.parametrize("split", LATER)
def test_names_of_a_later_split_are_new_cover_the_eight_groups_and_add_three(split):
    before = SPLITS[:SPLITS.index(split)]
    older = {w for g in names().values() for k in g.values() for h in k.values() for n in h for w in _words(n)}
    for s in (s for s in before if s in OWN_FILES):
        older |= {w for g in own(s, "names").values() for k in g.values() for n in k for w in _words(n)}
    listed_groups = list(own(split, "names"))
    assert listed_groups == groups_for(split) and listed_groups[:8] == groups()[:8] == [
        "white_british", "south_asian", "black_african", "black_caribbean", "eastern_european", "arab", "east_asian",
        "ordinary_words"]
    assert set(listed_groups) - set().union(*(groups_for(s) for s in before)) == ADDED_GROUPS[split]
    seen: set[str] = set()
    for group, kinds in own(split, "names").items():
        listed = [n for k in ("female", "male", "surname") for n in kinds[k]]
        assert len(kinds["female"]) >= 10 and len(kinds["male"]) >= 10 and len(kinds["surname"]) >= 13, group
        assert not {w for n in listed for w in _words(n)} & older, group
        if split in ("fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17",
                     "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29"):  # nor known to an older list once its accents are gone ("Madalina")
            assert not {_folded(w) for n in listed for w in _words(n)} & {_folded(w) for w in older}, group
        assert not set(listed) & seen, group
        seen |= set(listed)
    suites = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "eval/suites").glob("*.jsonl"))
    assert not [n for n in seen if re.search(rf"\b{re.escape(n)}\b", suites)]


@pytest.mark.parametrize("split", LATER)
def test_places_and_reference_formats_of_a_later_split_are_unseen(split):
    new = own(split, "places")
    olds = [places()] + [own(s, "places") for s in SPLITS[:SPLITS.index(split)] if s in OWN_FILES]
    shape = lambda f: (f.get("label"), f.get("prefix"), f["value"])  # noqa: E731
    for old in olds:
        for key in ("streets", "buildings"):
            assert not set(new[key][split]) & {v for half in old[key].values() for v in half}, key
        for key in ("stems", "saints", "nursery_stems"):
            old_values = {v for half in old["schools"][key].values() for v in half}
            assert not set(new["schools"][key][split]) & old_values, key
        assert not {t["name"] for t in new["towns"]} & {t["name"] for t in old["towns"]}
        assert not set(new["email_domains"]["personal"]) & set(old["email_domains"]["personal"])
        assert not {shape(f) for f in new["case_refs"]} & {shape(f) for f in old["case_refs"]}
        assert not {f.get("label") for f in new["case_refs"]} - {None} & {f.get("label") for f in old["case_refs"]}
        if split != "fresh6":  # written before outward codes, police domains and prefixes were checked too
            assert not {o for t in new["towns"] for o in t["outward"]} & {o for t in old["towns"] for o in t["outward"]}
            assert not set(new["email_domains"]["police"]) & set(old["email_domains"]["police"])
            assert not {f.get("prefix") for f in new["case_refs"]} - {None} & {f.get("prefix") for f in old["case_refs"]}
    bullets = set(own(split, "layout")["bullets"])
    older = {b for s in SPLITS[:SPLITS.index(split)] if s in OWN_FILES for b in own(s, "layout")["bullets"]}
    assert bullets and not bullets & older


# How much of each identifier type a split writes in shapes of its own (the older splits write none).
OWN_SHAPES = {
    "fresh6": [
        ("PHONE_NUMBER", r"^[127]\d|\u2013|^0044 \(0\)|^\+44 \d{10}$", 0.3),
        ("DATE_OF_BIRTH", r"^\d\d [A-Z][a-z]+ \d{4}$|^\d{1,2}-[A-Z][a-z]{2}-\d\d$|^\d{1,2}\.\d{1,2}\.\d\d$|\u2013|"
                          r"^[A-Z][a-z]+day \d{1,2}(st|nd|rd|th) |^[A-Z][a-z]+ \d{1,2}(st|nd|rd|th), |^\d{1,2} [a-z]{3} \d{4}$", 0.3),
        ("UK_NINO", r"^[A-Za-z]{2} \d{2} \d{4} |^[a-z]{2}\d{6}[A-D]$|\u2013|^[A-Za-z]{2} \d{4} \d{2} ", 0.3),
        ("UK_NHS", r"^\d{3}\u2013|^\d{3} \d{7}$|^\d{6} \d{4}$|^\d{3} - ", 0.3),
        ("STREET_ADDRESS", r"^(Flat \d/\d|Flat [A-D],|Rear of|The Annexe,|Room \d+, .*(Foyer|Centre|Unit)|Houseboat |MV |Dutch barge )|"
                           r"(Garrison|Camp)$|Berth \d+", 0.25),
        ("CASE_REFERENCE", r"^(CP-IS/|ICPC/\d\d/|EHM\d{8}$|EH\d{7}$|SAFE-|MARF/|CSC/[BDLMSN]\d{6}$|\d\d/\d{5}/\d\d$|"
                           r"\d{4}/CS/\d{5}$|\d{6,9}$)", 0.99),
        ("UK_POSTCODE", r"^(GU1[12]|DL[139]|PE1[12]|NG31|TA6|BA2[01]|BH1[245]|DA1[12]|ME[45]|SS1[346]|SG[12]|NR3[23]|"
                        r"TS2[456]|WN[125]|WA(9|10)|GL5[012]|SW[29]|SE15|TW[34]|B1[12]|M1[45]|L8) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(sapo\.pt|uol\.com\.br|bol\.com\.br|inbox\.lv|centrum\.sk|interia\.pl|mail\.bg|hotmail\.fr|"
                          r"daum\.net|yahoo\.com\.hk|[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh7": [
        ("PHONE_NUMBER", r"^00 44 |^\(\+44\) 0|^0\d{3} \d\d \d\d \d{3}$|\u202f|^\+44 \(0\) ", 0.3),
        ("DATE_OF_BIRTH", r"^\d\d [A-Z][a-z]{2} \d\d$|^[A-Z][a-z]{2} \d{1,2}(st|nd|rd|th) [A-Z][a-z]{2} \d{4}$|^\d{1,2} / \d{1,2} / \d{4}$|"
                          r"^\d{4}\.\d{1,2}\.\d{1,2}$", 0.3),
        ("UK_NINO", r"^[A-Za-z]{2}\. \d{6}[A-D]$|\u202f|^[A-Z]{2}\d{6} [a-d]$|^[A-Z][a-z] \d{6} [A-D]$", 0.3),
        ("UK_NHS", r"\u202f|\u2009|^\d( \d){9}$", 0.3),
        ("STREET_ADDRESS", r"^(Room \d+, .*(Guest House|Inn|Hotel|B&B)|(1st|2nd|3rd|Top) Floor, |Flat \d+[A-D], |Bay \d+, |"
                           r"\d (Home|Chapel|Bulb Field|Oast) Farm Cottages|Downstairs Flat, |Apartment \d+, )|Flat \d+, (Beacon|Lavender|Marram|Daffodil)", 0.25),
        ("CASE_REFERENCE", r"^(HfU/\d{4}/|NRM-\d\d-|MACE/\d{4}/|EHCP-|YJ\d\d-|EDT\d{6}$|EH\d{3}/\d\d/|CYP\d{7}$|[BDLMSN]\d{12}$|"
                           r"\d{8}$|\d{4}/\d\d$)", 0.99),
        ("UK_POSTCODE", r"^(PE25|S8[01]|CW[12]|B9[78]|CV1[01]|BS2[34]|IG[13]|SE(18|28)|BN2[12]|PO2[12]|S4[01]|DY1[01]|ST1[67]|B7[79]|"
                        r"BL[89]|BB5|L20|CH4[12]|YO1[12]|TR14|TR7|PL31) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(i\.ua|meta\.ua|freemail\.hu|citromail\.hu|email\.cz|hot\.ee|yahoo\.com\.vn|163\.com|126\.com|"
                          r"yahoo\.co\.jp|hotmail\.it|orange\.fr|plus\.com|[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh8": [
        ("PHONE_NUMBER", r"\u2011|^\+44 \d\d \d{4} \d{4}$|^\(0\d{4}\) \d{3} \d{3}$|^0\d{4} \d\d \d\d \d\d$", 0.3),
        ("DATE_OF_BIRTH", r"^\d\d - \d\d - \d{4}$|^\d{1,2}\. \d{1,2}\. \d{4}$|^(Mon|Tues|Weds|Thurs|Fri|Sat|Sun) \d|T00:00:00$|"
                          r"^\d{1,2}-\d{1,2}-\d{4}$", 0.3),
        ("UK_NINO", r"^[A-Z]{2}/\d\d/\d\d/\d\d/[A-D]$|\u2011|^[a-z]{2} \d\d \d\d \d\d [A-D]$", 0.3),
        ("UK_NHS", r"\u2011| / |^\d{4} \d{3} \d{3}$", 0.3),
        ("STREET_ADDRESS", r"almshouses|bede houses|^home \d+, |^lock cottage, |^room \d+, block [a-d], |^pitch \d+, |^chalet \d+, |"
                           r"parent and child|mother and baby|family assessment|^flat over |^rooms \d+ and |^the gatehouse, ", 0.25),
        ("CASE_REFERENCE", r"^([BDLMSN]\d{4}[BDLMSN]{2}$|X\d{6}$|\d\d/\d{6}[BDLMSN]$|\d{7,12}$|DoL-\d\d-|LSCP/\d{4}/|CSPR-\d\d-|"
                           r"IHA/\d{4}/|SCR\d{6}$)", 0.99),
        ("UK_POSTCODE", r"^(YO(21|22|15|16)|DN14|WF1[07]|LA[34]|WA7|CH6[56]|WN7|CO1[56]|ME12|CT1[67]|PO1[23]|RM(8|9|10)|E17|B6[89]|LE11|"
                        r"DH8|NE63|NE3[34]|CA28|EX3[12]|SP9|OX16) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(yahoo\.ie|gmx\.com|mail\.ru|sltnet\.lk|menara\.ma|hotmail\.ro|mail\.md|inbox\.lt|dir\.bg|siol\.net|"
                          r"yahoo\.co\.th|docomo\.ne\.jp|ethionet\.et|zol\.co\.zw|orange\.sn|virgin\.net|talk21\.com|tesco\.net|fsmail\.net|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh9": [
        ("PHONE_NUMBER", r"^0\d{3} \d{4} \d{3}$| - |^\(0\d{3,4}\)\d", 0.3),
        ("DATE_OF_BIRTH", r" 00:00(:00)?$|^\d{1,2}(st|nd|rd|th) of [A-Z][a-z]+, \d{4}$", 0.3),
        ("UK_NINO", r"^[A-Za-z]{2}\d\d \d\d \d\d ?[A-D]$|  ", 0.3),
        ("UK_NHS", r"^\d{3}([ -])\d{3}\1\d\d\1\d\d$", 0.3),
        ("STREET_ADDRESS", r"^studio \d+, |^unit \d+, |^the static caravan, |^wagon \d+, |^caretaker's house, |"
                           r"cottage, .*residential school|^bedroom \d+, ", 0.25),
        ("CASE_REFERENCE", r"^(ALG-\d\d-|PreProc/\d{4}/|SG\d{6}$|FGC\d{6}$|UAS-\d{4}-|[BDLMSN]\d{7}$|Sec47/\d\d/|MISS/\d{4}/|"
                           r"00\d{10}$|CC-\d{5}-\d\d$|\d{8}$|RHI/\d\d-)", 0.99),
        ("UK_POSTCODE", r"^(DL14|HU19|NG24|PL2[56]|PL15|CA15|ME10|TN(39|40)|SP1[01]|BA14|EX39|TA24|SK13|LE10|CV2[12]|NN[89]|CB9|"
                        r"IP11|LN11|DN21|YO8|SR8|FY7|WN8|N9|N18|IG11) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(kcom\.com|zen\.co\.uk|onetel\.com|lineone\.net|o2\.co\.uk|sina\.com|tut\.by|mail\.ge|mail\.ee|"
                          r"mongol\.net|myanmar\.com\.mm|freeuk\.com|waitrose\.com|aim\.com|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh10": [
        ("PHONE_NUMBER", r"^\+44 \d{4} \d{3} \d{3}$|\n|^0\d{3,4} \d{3,4}-\d{3,4}$", 0.3),
        ("DATE_OF_BIRTH", r"^\d{1,2}[ .-](XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[ .-]\d{4}$", 0.3),
        ("UK_NINO", r"\n", 0.3),
        ("UK_NHS", r"^\d{3} \d{3}\n\d{4}$", 0.3),
        ("STREET_ADDRESS", r"^\d+F\d+, |approved premises|^pod \d+, |nurses' residence|coastguard cottages|night shelter", 0.25),
        ("CASE_REFERENCE", r"^(PPN\d\d/|[BDLMSN]{2}\d\dC\d{5}$|ENC-\d{4}-|CHR/\d\d/|S20/\d{4}/|PFA-\d\d-|\d{8}$|MAM/\d{4}/|CLA/RV/|"
                           r"[BDLMSN]{2}/\d{5}/\d\d$)", 0.99),
        ("UK_POSTCODE", r"^(CT1[124]|TN2[34]|SS8|RM1[678]|CO12|MK[23]|LU[56]|HP1[123]|HP(19|20|21)|TQ(5|12)|TR11|BA11|BS15|GL20|"
                        r"WR11|B6[01]|WS1[12]|DE1[345]|DE7|NG15|TS1[07]|SR7|NE24|CA11|BB[39]|CW[89]|UB[34]|CR4) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(yahoo\.fr|laposte\.net|cytanet\.com\.cy|otenet\.gr|yahoo\.gr|moov\.mg|t-home\.mk|ezweb\.ne\.jp|"
                          r"supanet\.com|btclick\.com|sudanmail\.net|free\.fr|hotmail\.be|cwgsy\.net|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.pnn\.police\.uk)$", 0.99),
    ],
    "fresh11": [
        ("PHONE_NUMBER", r"^0\d{4} \d\d \d\d \d\d$|^0\d\d \d{4} \d{4}$|^\+44\d{9,10}$|\u2007|\u200b", 0.3),
        ("DATE_OF_BIRTH", r"^\d{4}-[A-Z][a-z]{2}-\d\d$|\d(st|nd|rd|th) day of ", 0.3),
        ("UK_NINO", r"^[a-z]{2}|\u2007", 0.3),
        ("UK_NHS", r"\u2007|\u200b", 0.3),
        ("STREET_ADDRESS", r"short breaks unit|adolescent unit|^cellar flat, |keepers' cottages|^the bothy, |^staff flat, |"
                           r"^caravan on the drive of ", 0.25),
        ("CASE_REFERENCE", r"^(SGSP-\d\d-|KIN/\d{4}/|SBU\d{5}$|CCE-\d\d-|PACE/\d\d/|FF/\d{4}/|REG24/\d{4}/|ADM/\d\d/|\d{7}$|"
                           r"[BDLMSN]\d{6}$)", 0.99),
        ("UK_POSTCODE", r"^(NE66|NE61|NE42|DL12|DL16|TS14|YO7|HG4|OL14|HD6|ST13|ST14|TF9|WV16|HR8|HR9|WR9|SN10|BA12|SP7|DT6|EX16|"
                        r"EX20|EX23|PL14|TA20|BA6|GL14|PE9|NN10|NN11|PE19|CB6|NR19|NR27|NR34) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(azet\.sk|centrum\.cz|volny\.cz|zoznam\.sk|qcell\.gm|post\.sk|korektel\.com|asiacell\.com|hotmail\.co\.th|"
                          r"truemail\.co\.th|tlen\.pl|onet\.pl|one\.lt|uganda\.co\.ug|gazeta\.pl|atlas\.sk|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh12": [
        ("PHONE_NUMBER", r"^\(0\d{4}\) \d{3} \d{3}$|^\+44 \(0\) |\u2010|\u00ad", 0.3),
        ("DATE_OF_BIRTH", r"^\d\d-[A-Z]{3}-\d{4}$|^[A-Z][a-z]{2}\. \d{1,2}, \d{4}$|^\d{4} \d\d \d\d$", 0.3),
        ("UK_NINO", r"^[A-Z]{2} \d{3} \d{3} [A-D]$|\u2010", 0.3),
        ("UK_NHS", r"\u2010|\u00ad|\ufeff", 0.3),
        ("STREET_ADDRESS", r"^unit \d+, .*trading estate|business park|industrial estate|^plot \d+, |^the old chapel, |"
                           r"^the lodge, .*cemetery|^granny flat, |^maisonette [a-d], |^apartment \d+, ", 0.25),
        ("CASE_REFERENCE", r"^(YJRO-\d\d-|RHI-\d{4}-|CHAN/\d\d/|EHCNA/\d{4}/|PFN\d{5}$|PAMS-\d\d-|DVDS/\d{4}/|FD\d\dP\d{5}$|"
                           r"\d{8}$|[BDLMSN]\d{5}$)", 0.99),
        ("UK_POSTCODE", r"^(OL10|M24|L39|PR7|BB7|L32|WA8|CW7|SK10|SK11|SK17|DE4|LE67|LE13|LE15|NG34|DN20|WF8|HG5|NE26|DH9|TS18|"
                        r"TS19|CA25|LA12|OX26|OX28|PE29|PE15|CO10|CM7|LU7|CT6|BR8|BN17|TA21|SN11|GL5|EX34|WS10|B62|B63) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(freestart\.hu|vipmail\.hu|t-online\.hu|indamail\.hu|africaonline\.com\.gh|ghanamail\.com|"
                          r"busyinternet\.com\.gh|yahoo\.co\.id|telkom\.net|plasa\.com|mail\.bg\.si|amis\.net|t-2\.net|sudatel\.sd|"
                          r"afghan-wireless\.af|netcourrier\.com|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh13": [
        ("PHONE_NUMBER", r"^\+44-\d|^07\d{3} \d{3} \d{3}$|\u2060|\u2014|\t", 0.3),
        ("DATE_OF_BIRTH", r"^\d{1,2}(st|nd|rd|th) of [A-Z][a-z]+, \d{4}$|^[A-Z][a-z]+day, \d|^\d\d/[A-Z][a-z]{2}/\d\d$", 0.3),
        ("UK_NINO", r"^[A-Z]{2}\d{6} [A-D]$|\t|\u2060", 0.3),
        ("UK_NHS", r"\t|\u2060|\u2014", 0.3),
        ("STREET_ADDRESS", r"^the toll house, |^the shepherd's hut, |^signal box cottage, |^loft \d+, |^lower ground floor flat, |"
                           r"^barn \d, ", 0.25),
        ("CASE_REFERENCE", r"^(SD-\d\d-|ALLEG/\d{4}/|NRPF\d{5}$|ZW\d\dC\d{5}$|CAF-\d\d-|IROR-\d\d-|FGCP/\d{4}/|"
                           r"[BDLMSN]\d{12}$|SC\d{6}$|\d{7}$)", 0.99),
        ("UK_POSTCODE", r"^(S36|HX7|HD9|LS21|BD24|DL[67]|TS12|DH5|NE23|NE65|CA22|CA13|FY6|PR25|M46|SK14|CW12|ST8|WS15|LE65|LE16|"
                        r"PE8|PE10|LN12|YO25|HU18|CO9|CM9|ME13|TN6|GU3[12]|BH24|BH21|SN12|EX17|TR13|HR6|SY1[01]|GL18|HP23) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(mail\.am|arminco\.com|go\.net\.mt|maltanet\.net|melita\.com|connect\.com\.fj|neti\.ee|online\.ee|"
                          r"yahoo\.co\.ke|africaonline\.co\.ke|softbank\.ne\.jp|nifty\.com|y\.net\.ye|sify\.com|cwjamaica\.com|"
                          r"caribsurf\.com|[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh14": [
        ("PHONE_NUMBER", r"^\+44 7\d{3} \d{3} \d{3}$|^07\d{3}-\d{3}-\d{3}$|\u2212|\u00b7", 0.3),
        ("DATE_OF_BIRTH", r"^\d{1,2}-[A-Z][a-z]+-\d{4}$|\u00b7|\u2212", 0.3),
        ("UK_NINO", r"^[A-Z]{2} \d\d \d\d \d\d-[A-D]$|\u2212|\u00b7", 0.3),
        ("UK_NHS", r"\u2212|\u00b7", 0.3),
        ("STREET_ADDRESS", r"^\d+ [A-Z][\w' ]+ almshouses, |^lock keeper's cottage, |^\d coastguard cottages, |park homes, |residential park, |"
                           r"^living accommodation, |^flat over garage, ", 0.25),
        ("CASE_REFERENCE", r"^(R40/\d{4}/|TAF/\d\d/|MFH-\d\d-|PEP/\d{4}/|SAR-\d{4}-|SECA/\d\d/|HR\d{6}$|\d{8}$|\d{9}$)", 0.99),
        ("UK_POSTCODE", r"^(YO18|YO62|TS9|DL15|TD15|NE49|LA18|PR3|BB8|OL13|OL15|OL5|SK22|DE45|DE6|DE56|NG25|DN22|DN9|LN9|PE37|NR21|PE38|IP22|"
                        r"IP19|SY6|WR10|WR15|OX7|OX12|OX9|SG18|LE17|CW11|CW10|WA6|YO17|BH19|SY8|CW5) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(apollo\.lv|one\.lv|mobinet\.mn|univision\.mn|bih\.net\.ba|mweb\.co\.zw|malawi\.net|camnet\.cm|"
                          r"asianetindia\.com|ltt\.ly|omantel\.net\.om|tstt\.net\.tt|manx\.net|networksgy\.com|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh15": [
        ("PHONE_NUMBER", r"^\(0\d{4}\) \d{6}$|^0\d{4}/\d{6}$|^\+44-7\d{3}-\d{6}$|^0\d{4} \d\d \d\d \d\d$", 0.3),
        ("DATE_OF_BIRTH", r"^\d\d[-/]?[A-Z]{3}[-/]?\d{4}$", 0.3),
        ("UK_NINO", r"^[a-z]{2} ?\d", 0.3),
        ("UK_NHS", r"_", 0.3),
        ("STREET_ADDRESS", r"^granny annexe, |^\d [a-z ]+ farm cottages, |^the gatehouse, |^the old [a-z ]+, \d|^cabin \d+, |"
                           r"^room \d+, [a-z&' ]+, \d", 0.25),
        ("CASE_REFERENCE", r"^(PWP/\d{4}/|SGA-\d\d-|PRFA/\d\d/|HDP-\d{4}-|FTS/\d\d/|RO-\d\d-|STRAT/\d{4}/|S\d{7}$|CN\d{6}$|\d{7}$)", 0.99),
        ("UK_POSTCODE", r"^(NE71|DL13|CA17|LA10|YO61|LN8|PE23|PE16|CB10|IP13|NR35|NR11|IP25|SY9|HR7|HR5|GL11|SN16|BA4|EX13|EX22|PL27|"
                        r"TQ7|TA23|TA18|GU29|BN44|TN21|TN30|TN8|SG9|MK46|NN13|CV47|B49|DY12|YO14|YO42|LS24|DL8) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(zetnet\.co\.uk|zamnet\.zm|iconnect\.zm|hinet\.net|yahoo\.com\.tw|pchome\.com\.tw|djaweb\.dz|botsnet\.bw|"
                          r"mauritel\.mr|online\.com\.kh|candw\.lc|cwdom\.dm|emirates\.net\.ae|vsnl\.net|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh16": [
        ("PHONE_NUMBER", r"^\(0\)\d{4} \d{6}$|^0\d{4}-\d{6}$", 0.3),
        ("DATE_OF_BIRTH", r"^\d\d [A-Z]{3,9} \d{4}$|^\d\d\.[A-Z][a-z]{2}\.\d{4}$", 0.3),
        ("UK_NINO", r"^[A-Za-z]{2}[ -]\d{6}-[A-Da-d]$", 0.3),
        ("UK_NHS", r"^\(\d{3}\) |[\uff10-\uff19]", 0.3),
        ("STREET_ADDRESS", r"^pitch \d+, |^room \d+, [a-z' ]+hotel|^room \d+, the wayfarer inn|^plot \d+, |^the coach house, \d", 0.25),
        ("CASE_REFERENCE", r"^(UM/\d\d/|AGE-\d{4}-|SBR/\d\d/|HFU-\d{4}-|ARAP/\d\d/|SCH/\d{4}/|B\d{7}$|CO\d{6}$|CV\d{5}$)", 0.99),
        ("UK_POSTCODE", r"^(PL32|PL17|TR9|PL22|PL12|GL15|GL16|GL8|GL12|TF13|SY4|SY13|CA9|PL28|PL23|OX49|CO11|CO7|IP18|IP15|NR23|PE36|"
                        r"LN13|LN7|PE6|PE7|MK18|EX14|EX12|DT7|DT8|SP8|BA9|TA11|TA19|TA22) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(raha\.com|ttcl\.co\.tz|caucasus\.net|topnet\.tn|planet\.tn|netvigator\.com|biznetvigator\.com|hkbn\.net|"
                          r"sierratel\.sl|laotel\.com|candw\.ag|intnet\.mu|seychelles\.net|bsnl\.in|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh17": [
        ("PHONE_NUMBER", r"^[\u0660-\u0669]|\d, \d", 0.3),
        ("DATE_OF_BIRTH", r"^[\u0660-\u0669]|\b[Ss][Ee][Pp][Tt]\b", 0.15),
        ("UK_NINO", r"^[A-Za-z] [A-Za-z] ", 0.3),
        ("UK_NHS", r"^[\u0660-\u0669]|^\d{3}, ", 0.3),
        ("STREET_ADDRESS", r"^\d+[ab]? back |^bungalow \d+, |^holiday flat \d+, |^bedspace \d+, ", 0.25),
        ("CASE_REFERENCE", r"^(CPM/\d\d/|DOLS-\d{4}-|NTS/\d{4}/|FDAC-\d\d-|MC-\d{6}$|FD\d\dP\d{5}$|[BDLMSN]\d{5}$|\d{7}$|\d{4}-\d\d$)", 0.99),
        ("UK_POSTCODE", r"^(S64|S63|S74|S25|S66|DN8|NG17|NG16|DE55|DE75|NG20|S44|DL4|DL5|DL17|NE22|NE64|PO33|PO36|PO31|BN9|BN25|BN10|"
                        r"BN27|PO14|PO16|GU34|CT5|CT21) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(yahoo\.com\.eg|link\.net|te\.eg|safaricom\.co\.ke|kenyaweb\.com|swiftkenya\.com|yandex\.lt|takas\.lt|"
                          r"delfi\.lt|tvnet\.lv|loxinfo\.co\.th|ksc\.co\.th|online\.no|btinternet\.co\.uk|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh18": [
        ("PHONE_NUMBER", r"\b(double|triple) \d| ext\.? \d|\(ext \d| x\d| Ext \d", 0.3),
        ("DATE_OF_BIRTH", r"^[A-Za-z]+(-[a-z]+)? (of )?[A-Z][a-z]+ \d{4}$", 0.15),
        ("UK_NINO", r"^[A-Za-z]{2} ?\d{3} \d{3} ?[A-D]$", 0.3),
        ("UK_NHS", r"\b(double|triple) \d\b", 0.3),
        ("STREET_ADDRESS", r"^pod \d+, |^room \d+[a-f], |^supported lodgings, ", 0.2),
        ("CASE_REFERENCE", r"^(ICO/\d\d/|SGAS-\d{4}-|CLDS/\d{4}/|RFA-\d{6}$|LD-\d{5}$|\d{4}/\d{7}[A-Z]$|EHC\d{5}$|CL\d{4}-\d\d$|"
                           r"[A-Z]\d{11}[A-Z]$)", 0.99),
        ("UK_POSTCODE", r"^(N22|SE2|DA8|TW13|TW14|UB8|HA1|HA2|UB6|RM1|RM7|L36|L34|PR8|PR9|CH44|CH45|L21|CH46|ME1|ME8|ME2|RG14|RG12|BA13|"
                        r"SN15|CO14|CM1|CM2|HP2|HP3|EN8|AL10|DY4|WV14|WV13) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(nate\.com|hanmail\.net|kakao\.com|yemen\.net\.ye|post\.ee|mweb\.co\.za|webmail\.co\.za|telkomsa\.net|"
                          r"lesamoa\.net|kalianet\.to|vodamail\.co\.za|afrihost\.co\.za|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh19": [
        ("PHONE_NUMBER", r"^O\d|^\(0\d{4}\) | option \d|, opt \d|\(option \d\)", 0.3),
        ("DATE_OF_BIRTH", r"^\d{1,2}(st|nd|rd|th) of the \d{1,2}(st|nd|rd|th),? \d{4}$|^the \d", 0.3),
        ("UK_NINO", r"^[a-z]{2} ?\d", 0.3),
        ("UK_NHS", r"^\d{3}/\d{3}/\d{4}$", 0.4),
        ("UK_POSTCODE", r"  |^[a-z]", 0.3),
        ("STREET_ADDRESS", r"^room \d+, |^bed \d+, ", 0.2),
        ("CASE_REFERENCE", r"^(NRPF/\d\d/|[BDLMSN]\d{7}/\d$|[BDLMSN]\d{6}$|YJS-\d{4}-|ASU/\d{7}$|APR-\d\d-|[BDLMSN]{2}\d{7}$|"
                           r"[BDLMSN]{2}\d\d[BDLMSN]\d{5}$|PFN/\d{4}/)", 0.99),
        ("UK_POSTCODE", r"^(ST(3|7|10|15)|TF(4|7|11)|M34|SK1[56]|M43|M29|WN[36]|WA(3|16)|TS(6|15|23)|DY[368]|WS8) ?\s?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(mail\.bg-post\.bg|gbg\.bg|gogo\.mn|inbox-mail\.lv|tvnet-mail\.lv|libyana\.ly|aljeel\.ly|yahoo\.co\.ug|"
                          r"utlonline\.co\.ug|tot\.co\.th|loxley\.co\.th|cornwall-online\.co\.uk|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh20": [
        ("PHONE_NUMBER", r"^0\d{4}\.\d{3}\.\d{3}$|^0\d{3} \d{3} \d{4}$|^07\d{3}-\d{6}$|^01\d{3}[-.]\d{6}$", 0.3),
        ("DATE_OF_BIRTH", r" (twenty|two thousand and|nineteen) [a-z-]+$", 0.3),
        ("UK_NINO", r"^[A-Za-z]{2}-\d\d-\d\d-\d\d-[A-Da-d]$", 0.3),
        ("UK_NHS", r"^\d{3}\.\d{3}\.\d{4}$", 0.4),
        ("STREET_ADDRESS", r"^rm \d+, |^plot \d+, |^pitch \d+, ", 0.2),
        ("CASE_REFERENCE", r"^(MRC/\d\d-\d{3}-[BDLMSN]$|\d{4}/\d{5}$|\d{6}$|GTS/[BDLMSN]\d\d/\d\d$|PH-\d{4}-[BDLMSN]$|"
                           r"LADO\.\d{4}\.\d{3}$|HSG\d{8}$|\d{4} \d{7}$|EWO-[BDLMSN]{2}/\d{4}$)", 0.99),
        ("UK_POSTCODE", r"^(TR(27|19|26|17|6)|PL13|EX3[3568]|LA1[56]|PE24|LN(4|10)|NR1[234]|NR2[89]|SY(7|12)|LD7|NP16) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(mail\.kz|inbox\.kz|yandex\.kz|orange\.mu|myt\.mu|emtel-mail\.mu|tibet-mail\.net|phayul-mail\.com|"
                          r"post\.cz|klikni-mail\.cz|omanmail\.om|cornish-mail\.co\.uk|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh21": [
        ("PHONE_NUMBER", r"^(oh|zero) |^0 \d{4} \d{3} \d{3}$|^01\d{3} \d\d \d\d \d\d$", 0.3),
        ("DATE_OF_BIRTH", r"^\d{1,2}/\d{1,2}/\d\d$|'\d\d$|^[A-Z][a-z]+ \d{1,2}(st|nd|rd|th), \d{4}$", 0.4),
        ("UK_NINO", r"^[A-Z][a-z] ?\d", 0.3),
        ("UK_NHS", r"^[a-z]+ [a-z]+ [a-z]+, ", 0.4),
        ("UK_POSTCODE", r"^[A-Z]{1,2}\d{1,2}\d[A-Z]{2}$", 0.3),
        ("STREET_ADDRESS", r"^room \d \(hmo\), |^static \d+, |^nb ", 0.2),
        ("CASE_REFERENCE", r"^([A-Z]{2}/\d{5}$|\d{6,7}$|EXCL-\d\d/\d{3}$|T4/\d{4}-\d{3}[A-Z]$|OE\d{5}$|INT-\d{6}$|HPK/\d{3}-\d\d$)", 0.99),
        ("UK_POSTCODE", r"^(NE(68|48|45|20|70)|DL11|HG3|LA[62]|PO(3[5789]|4[01])|CT(10|7|8|13|15)|TN2[89]) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(iway\.na|africaonline\.com\.na|hainet\.net|kuwait-mail\.com\.kw|qualitynet\.net|goa1\.in|sancharnet-goa\.in|"
                          r"uyghurmail\.org|chechen-post\.ru|t-home-mail\.mk|bengal-mail\.in|dales-mail\.co\.uk|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh22": [
        ("PHONE_NUMBER", r" / |^0044 \(0\) | (extn\. \d+|ext: \d+|\(internal \d+\))$", 0.3),
        ("DATE_OF_BIRTH", r"^[A-Z][a-z]+ the \d|, \d{4}$|^[A-Z][a-z]{2} \d{1,2}(st|nd|rd|th) ", 0.4),
        ("UK_NINO", r"^[A-Z]{2} \d\d-\d\d-\d\d [A-D]$|^[A-Z]{2}\d\d \d\d \d\d[A-D]$", 0.3),
        ("UK_NHS", r"^\d{3} ?\| ?\d{3} ?\| ?\d{4}$", 0.4),
        ("UK_POSTCODE", r"^[a-z]{1,2}\d{1,2} \d[a-z]{2}$|^[A-Z][a-z]?\d{1,2} \d[a-z]{2}$", 0.3),
        ("STREET_ADDRESS", r"hotel, room \d+, |^c/o \d|^lodgings \(host family\), |^(mother and baby unit|parent and baby placement|young parents' unit), ", 0.2),
        ("CASE_REFERENCE", r"^([A-Z]{2}-\d{6}$|SL/\d\d-\d{4}$|MBU\.\d{4}\.\d{3}$|VN\d{5}$|CPM-\d{4}/\d\d$|[A-Z]{3}/\d{7}$|LA\.\d\d\.\d{4}$|RLF\d{6}$)", 0.99),
        ("UK_POSTCODE", r"^(TA(8|9|10)|BS2[78]|FY[58]|PR4|SS[7349]|S3[23]|SK23|GL17) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(orangemali\.net|sotelma-mail\.ml|libtelco\.com\.lr|lonestar-mail\.com\.lr|mail\.az|box\.az|entelnet\.bo|"
                          r"cotas-mail\.com\.bo|qatar-mail\.net\.qa|batelco-mail\.bh|okinawa-net\.jp|t-com-mail\.me|coorg-mail\.in|"
                          r"jerseymail\.je|bahamas-mail\.bs|"
                          r"[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh23": [
        ("PHONE_NUMBER", r" (ext\.\d+|\(x\d+\)|#\d+)$|^\(07\d{3}\) |^07\d{3}\.\d", 0.3),
        ("DATE_OF_BIRTH", r"^[A-Z][a-z]{2} the \d{1,2}(st|nd|rd|th) of |(st|nd|rd|th) of [A-Z][a-z]+ '\d\d$", 0.4),
        ("UK_NINO", r"^[a-z]{2}\.\d\d\.\d\d\.\d\d\.[a-d]$|^[A-Z]{2}/\d\d/\d\d/\d\d/[A-D]$", 0.4),
        ("UK_NHS", r"^\d{3}(\.\d{3}[ -]|[ -]\d{3}\.)\d{4}$", 0.4),
        ("UK_POSTCODE", r"^[A-Z]{1,2}\d{1,2}\d[A-Z]{2}$|^[a-z]{1,2}\d{1,2}\d[a-z]{2}$", 0.4),
        ("STREET_ADDRESS", r"b&b, room \d, |^c/o refuge office, \d|secure children's home, \d|^room \d+, [a-z ]+ foyer, \d|^houseboat [a-z ]+, mooring \d+, ", 0.2),
        ("CASE_REFERENCE", r"^(WRR-\d\d-\d{4}$|BB#\d{6}$|SWP/\d{4}/\d\d$|FOY\d{5}[A-Z]$|CMH\.\d{7}$|PSR-\d\d/\d{5}$|SUSP/[A-Z]{2}/\d{4}$|WS\.[A-Z]{2}\.\d{5}$)", 0.99),
        ("UK_POSTCODE", r"^(GL5[456]|GL7|TR(1|2|5|10)|CA2[07]|ME3|DN36|B6[45]|DY9) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(latnet-post\.lv|apollo-mail\.lv|yemen-net\.ye|y-mail\.ye|abv-post\.bg|dir-mail\.bg|sudani-net\.sd|"
                          r"parsi-mail\.in|tivnet\.ng|guyana-mail\.gy|siol-post\.si|hmongmail\.la|cymru-post\.co\.uk|tiscali-uk\.co\.uk|"
                          r"btopen-mail\.co\.uk|[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh24": [
        ("PHONE_NUMBER", r", extension \d+$| - ext \d+$|^\+44 \(0\)7\d{3}\.\d{3}\.\d{3}$|^07\d{3} \d{3} \d{3}$", 0.3),
        ("DATE_OF_BIRTH", r"^\d\d\.\d\d\.\d\d$|^\d{1,2}/\d{1,2}/\d\d$|^\d{1,2}(st|nd|rd|th) [A-Za-z]{3} '\d\d$", 0.4),
        ("UK_NINO", r"^[a-z]{2} \d\d \d\d \d\d [a-d]$|^[A-Z]{2}\d\d-\d\d-\d\d[A-D]$", 0.4),
        ("UK_NHS", r"^\d{3}([ -])\d{3}\1\d{3}( |/)\d$", 0.4),
        ("UK_POSTCODE", r"^[A-Z]{1,2}\d{1,2}\.\d[A-Z]{2}$|^[a-z]{1,2}\d{1,2}  \d[a-z]{2}$", 0.3),
        ("STREET_ADDRESS", r"^box room, \d|^c/o friend's flat, \d|^emergency placement, room \d+, |^mother and baby unit, hmp |^bay \d+, ", 0.2),
        ("CASE_REFERENCE", r"^(EHA#\d{5}$|SGO/\d\d/\d{4}$|PLO-\d{4}-\d{4}$|FGC-\d{4}[A-Z]$|PEP\.\d\d\.\d{5}$|\d{4}/\d{4}$|RHI\.\d{6}$|"
                           r"HV#\d{7}$|MASH#\d\d-\d{5}$|DOLS/[A-Z]{2}/\d\d/\d{3}$)", 0.99),
        ("UK_POSTCODE", r"^(CA12|LA2[123]|TR21|CH47|CH63|NE31|NE28|CM0|BN7|PE26|PE31)( |\.|  )?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(uzpost-mail\.uz|tashkent-net\.uz|afghan-mail\.af|kabulnet\.af|angola-net\.ao|luanda-mail\.ao|tunisie-post\.tn|"
                          r"iraq-mail\.iq|oromo-net\.et|croatia-post\.hr|japan-post\.jp|sindh-mail\.pk|stlucia-mail\.lc|lakesnet\.co\.uk|"
                          r"scilly-mail\.co\.uk|[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh25": [
        ("PHONE_NUMBER", r" \(ext\. \d\d\)$| x\d\d$|^07\d{3} \d\d \d\d \d\d$|^07\d{3}-\d{6}$", 0.3),
        ("DATE_OF_BIRTH", r"^\d\d-[A-Z][a-z]{2}-\d{4}$|^[A-Z][a-z]+ \d{1,2}(st|nd|rd|th), \d{4}$|^\d{1,2}(st|nd|rd|th) of [A-Z][a-z]+ \d{4}$", 0.4),
        ("UK_NINO", r"^[A-Z]{2}/\d\d/\d\d/\d\d/[A-D]$|^[A-Za-z]{2} \d{6} [A-Da-d]$", 0.4),
        ("UK_NHS", r"^\d{4}([-.])\d{3}\1\d{3}$", 0.4),
        ("UK_POSTCODE", r"^[A-Z]{1,2}\d{1,2}-\d[A-Z]{2}$|^[a-z]{1,2}\d{1,2} \d[a-z]{2}$", 0.3),
        ("STREET_ADDRESS", r"^room \d+, ymca |^bed \d+, [a-z' ]+ shelter, \d|^the annexe, \d|^ward \d+, |^unit [a-f], hmyoi |"
                           r"school \(residential\), \d", 0.2),
        ("CASE_REFERENCE", r"^(CPP-\d\d-\d{4}$|LL-P\d{7}$|ECL/\d{7}$|AZ\d{5}-\d\d$|ONE:\d{6}$|YOS/\d{4}/\d{3}$|PRIVF-\d{4}$|"
                           r"YCA\.\d{5}$|AA-\d\d-\d{3}[A-Z]$|PWP\d\d\.\d{4}$)", 0.99),
        ("UK_POSTCODE", r"^(HP5|HP6|HP7|HP27|HP22|SO41|SO40|SO31|DN18|HU12|HU13|DN40|DN35|LA11|LA5)( |-)?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(lanka-mail\.lk|colombonet\.lk|podhale-poczta\.pl|tatry-net\.pl|samoa-mail\.ws|apia-net\.ws|maroc-amazigh\.ma|"
                          r"sylhet-mail\.bd|namibia-net\.na|slovak-post\.sk|korea-mail\.kr|vincy-mail\.vc|hebrides-net\.co\.uk|baymail\.co\.uk|"
                          r"chilternsmail\.co\.uk|[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh26": [
        ("PHONE_NUMBER", r", ext\.? \d\d$|^0\d{2,4}-\d{3}-\d{3,4}$|^07\d\d \d{4} \d{3}$|^\(07\d{3}\)\d{6}$", 0.3),
        ("DATE_OF_BIRTH", r"^\d\d[A-Za-z]{3}\d\d$|^[A-Z][a-z]{2}-\d\d-\d{4}$", 0.4),
        ("UK_NINO", r"^[A-Za-z]{2} \d{3}-\d{3} [A-Da-d]$|^[A-Za-z]{2}\d\d-\d\d-\d\d[A-Da-d]$", 0.4),
        ("UK_NHS", r"^\d{5} \d{5}$|^\d,\d{3},\d{3},\d{3}$", 0.4),
        ("UK_POSTCODE", r"^[A-Z]{1,2}\d{1,2}\d [A-Z]{2}$|^[A-Z][a-z]?\d{1,2} \d[a-z]{2}$", 0.3),
        ("STREET_ADDRESS", r"^[a-z ]+ (room|suite), [a-z' ]+ hospice, \d|^room \d+, [a-z ]+ family house, \d|^c/o [a-z' ]+ convent|"
                           r"^the tied cottage, \d|^the flat over the stables, \d", 0.2),
        ("CASE_REFERENCE", r"^([BDLMSN]{2}\d\dC\d{5}$|MAPPA/\d\d/\d{4}$|STP-\d{4}-\d\d$|EHE\d\d-\d{5}$|HSP\.\d{6}$|NNU\d{7}$|"
                           r"PCA#\d{6}$|SBP:\d{5}$|CSL-\d{4}-\d{3}$|\d{3}-\d{3}-\d{4}$)", 0.99),
        ("UK_POSTCODE", r"^(SL6|SL7|RG9|RG40|RG41|RG10|RH4|RH5|GU7|GU9|GU10|GU27|GU6|NN14|WF16|BD19|WF14|WF5|LS27|WF15) ?\d", 0.99),
        ("EMAIL_ADDRESS", r"@(napoli-posta\.it|sicilia-mail\.it|accra-mail\.com\.gh|ga-net\.com\.gh|kano-mail\.ng|sahel-net\.ne|"
                          r"prishtina-post\.net|kosova-mail\.net|beirut-net\.lb|damas-mail\.sy|phnompenh-mail\.kh|khmer-net\.kh|"
                          r"kingston-mail\.jm|marches-mail\.co\.uk|mirpur-net\.pk|[a-z-]+\.gov\.uk|[a-z-]+\.nhs\.uk|nhs\.net|"
                          r"[a-z-]+\.police\.uk)$", 0.99),
    ],
    "fresh27": [
        ("PHONE_NUMBER", r"^tel:|^0\d{3,4} \d{6,7} x \d{3}$", 0.3),
        ("DATE_OF_BIRTH", r"^\d{4}-\d\d-\d\dT00:00:00\.000Z$|^\d{1,2}[A-Za-z]{3,9}\d{4}$", 0.4),
        ("UK_NINO", r"\([A-Da-d]\)$", 0.4),
        ("UK_NHS", r"^\d{3}\. \d{3}\. \d{4}$|^\d\.\d{9}E\+09$", 0.4),
        ("UK_POSTCODE", r"^[A-Z]{1,2}\d? \w{4}$|^[A-Z]{1,2}\d{1,2} \d[a-z]{2}$", 0.3),
        ("STREET_ADDRESS", r"^the warden's flat, |^room \d+, [a-z ]+ lifehouse, \d|^the yurt, [a-z ]+ smallholding, \d|^airbnb, flat \d+, \d|"
                           r"^the granthi's flat, [a-z ]+ gurdwara, \d|^bed \d+, the stable lads' hostel, \d", 0.2),
        ("CASE_REFERENCE", r"^(UNREG-\d\d-\d{4}$|ME/\d{4}/\d{5}$|LH\d{6}$|SHT-\d{5}$|R8/\d\d/\d{4}$|HM[BDLMSN]\d[BDLMSN]\d\d[BDLMSN]\d\d$|"
                           r"GW-\d{4}-\d\d$|SGS#\d{5}$|RW/\d\d-\d{4}$|BHA\d{7}$)", 0.99),
        ("UK_POSTCODE", r"^(CB ?[78]|CB2 ?5|IP2 ?[78]|CV ?8|CV3 ?[1-7]|B8 ?0|B9 ?5|DE1 ?1|DE7 ?3|PO3 ?0) ?\d", 0.99),  # also with the space early
        ("EMAIL_ADDRESS", r"@(seychelles-mail\.sc|victoria-net\.sc|funchal-mail\.pt|madeira-net\.pt|bevis-marks\.org\.uk|"
                          r"sephardi-mail\.co\.uk|bulawayo-mail\.co\.zw|bridgetown-net\.bb|georgetown-mail\.gy|split-post\.hr|"
                          r"zagreb-mail\.hr|cairo-copt\.eg|isaan-mail\.co\.th|punjab-net\.in|tyneside-mail\.co\.uk|[a-z-]+\.gov\.uk|"
                          r"[a-z-]+\.nhs\.uk|nhs\.net|[a-z-]+\.police\.uk)$", 0.99),
        ("PERSON", r"^[A-Za-z]\. [A-Za-z]", 0.01),  # an initial and a surname
    ],
    "fresh28": [
        ("PHONE_NUMBER", r"^\u202a\+44 \d{4} \d{6}\u202c$|^0\d{3,4} ?\d{6,8}(,,|;)\d{3}$", 0.3),
        ("DATE_OF_BIRTH", r" 12:00(:00)? AM$", 0.4),
        ("UK_NINO", r"^(Alpha|Bravo|Charlie|Delta|Echo|Foxtrot|Golf|Hotel|India|Juliet|Kilo|Lima|Mike|November|Oscar|Papa|Quebec|Romeo|"
                    r"Sierra|Tango|Uniform|Victor|Whiskey|X-ray|Yankee|Zulu) ", 0.4),
        ("UK_NHS", r"^'\d{3} ?\d{3} ?\d{4}$|^\d{10}\.0$", 0.4),
        ("UK_POSTCODE", r"\+|%20|^[A-Z]{2}1?O ", 0.3),
        ("STREET_ADDRESS", r"^the spare room \(nightstop [a-z]+ host\), \d|^family room \d, [a-z ]+ \(residential rehab\), \d|"
                           r"^the groundsman's flat, [a-z ]+ ground, \d|^the converted bus, [a-z ]+ yard, \d|^the flat behind the takeaway, \d|"
                           r"^the summerhouse in the garden of \d", 0.2),
        ("CASE_REFERENCE", r"^(NSR-\d\d-\d{4}$|RRA/\d{4}/\d{3}$|FAN\d{8}$|\d{4}-\d{4}-\d{4}$|LC-\d{8}-\d{4}$|HRA-\d\d-\d{5}$|"
                           r"DBS \d{12}$|S17-\d{4}-\d{3}$|PRV/\d\d/\d{4}$|ENF/\d\d/\d{5}$)", 0.99),
        ("UK_POSTCODE", r"^(SG[456]|CM23|OX1[14]|RG2[124]|PO9|SP[12]|TA[12]|NG(9|10|1O)|BL[56O]|BB4|LA1)\b", 0.99),
        ("EMAIL_ADDRESS", r"(@| at |\[at\])(kerala-mail|kottayam-net|buea-mail|bamenda-net|tehran-mail|persian-net|gaborone-mail|plymouth-ms|"
                          r"port-of-spain-mail|skopje-mail|minsk-post|casablanca-net|osaka-mail|parsi-net|rossendale-mail|[a-z-]+\.gov|"
                          r"[a-z-]+\.nhs|nhs|[a-z-]+\.police)", 0.99),
        ("PERSON", r"^[A-Za-z]+(?:[ '-][A-Za-z]+)* [A-Za-z]\.$", 0.01),  # a first name and a surname's initial
    ],
    "fresh29": [
        ("PHONE_NUMBER", r"^[A-Za-z][A-Za-z' ]+ \d{6,8}$", 0.3),
        ("DATE_OF_BIRTH", r"^\d{1,2}\\\d{1,2}\\\d{4}$", 0.3),
        ("UK_NINO", r"^[A-Za-z] for [A-Za-z-]+,? [A-Za-z] for ", 0.4),
        ("UK_NHS", r"^\*\d{10}\*$", 0.3),
        ("UK_POSTCODE", "\u00a0", 0.4),
        ("STREET_ADDRESS", r"\(boarding house\), \d|^family flat \d+, [a-z ]+ \(university family housing\), \d|^room \d+ at the [a-z ]+, \d|"
                           r"^the imam's flat, [a-z -]+, \d|^trailer \d+, [a-z' ]+ \(showmen's winter quarters\), \d|"
                           r"^mobile home \d+, [a-z ]+ \(seasonal workers' site\), \d", 0.2),
        ("CASE_REFERENCE", r"^(VS/\d\d/\d{4}$|BUR-\d{4}-\d{4}$|GLD \d{5}$|GLA/\d\d/\d{5}$|TL\d{8}$|U\d{7}$|MDR-\d{4}$|C100/\d\d/\d{4}$|"
                           r"IYA-\d{4}-\d{5}$|FHUB-\d{5}$)", 0.99),
        ("UK_POSTCODE", r"^(AL[13]|WD(17|18|24)|HP4|SG1[34]|GU(21|22|15|16)|TN(9|10|1|2|13)|RH1[23]|HG[12]|DL10|DH1|WS1[34]|IP3[23]|IP14)\b", 0.99),
        ("EMAIL_ADDRESS", r"@ ?(hyderabad-mail|vizag-net|lefkosa-mail|kyrenia-net|eircom-home|kilburn-mail|benin-city-mail|castries-net|"
                          r"tallinn-post|tripoli-mail|ramallah-net|ulaanbaatar-mail|gujarat-mail|dales-net|showland-mail|[a-z-]+\.gov|"
                          r"[a-z-]+\.nhs|nhs|[a-z-]+\.police)", 0.99),
        ("PERSON", r"^[^\W\d_][^,]*, [^\W\d_]", 0.01),  # an export's "SURNAME, First"
    ],
}


@pytest.mark.parametrize("split,kind,pattern,share", [(s, *row) for s, rows in OWN_SHAPES.items() for row in rows])
def test_a_later_split_writes_identifiers_in_its_own_shapes(split, kind, pattern, share, request):
    texts = span_texts(request.getfixturevalue(split), kind)
    flags = re.IGNORECASE if kind in ("UK_POSTCODE", "EMAIL_ADDRESS", "CASE_REFERENCE", "STREET_ADDRESS") else 0
    got = sum(bool(re.search(pattern, t, flags)) for t in texts) / len(texts)
    assert got >= share, (kind, got)


# Per split: the kinds of named place its addresses use, address shapes (at the start) no older split
# writes, a character only it puts inside identifiers, and one identifier shape some span must take.
OWN_ADDRESSES = {
    "fresh6": (("house_names", "foyers", "family_centres", "garrisons", "houseboats", "wharves", "buildings"),
               (r"flat \d/\d, ", r"rear of \d"), EN_DASH, ("PHONE_NUMBER", r"^[127]")),  # a leading zero dropped
    "fresh7": (("hotels", "halls", "sheltered", "transit_sites", "farm_cottages", "buildings"),
               (r"(1st|2nd|3rd|top) floor, \d", r"downstairs flat, \d"), NNBSP, ("UK_NHS", r"^\d( \d){9}$")),  # boxed
    "fresh8": (("almshouses", "park_homes", "canals", "ia_centres", "traveller_sites", "holiday_villages",
                "parent_child_units", "pubs", "halls", "buildings"),
               (r"rooms \d+ and \d+, \d", r"the gatehouse, ", r"flat over the ", r"lock cottage, lock \d"), NBH,
               ("DATE_OF_BIRTH", r"T00:00:00$")),  # a system export's date and time
    "fresh9": (("semi_independent", "farms", "showmen_yards", "res_schools", "school_cottages", "secure_homes", "buildings"),
               (r"studio \d+, \d", r"the static caravan, ", r"wagon \d+, ", r"caretaker's house, ", r"bedroom \d+, "), "  ",
               ("DATE_OF_BIRTH", r" 00:00(:00)?$")),  # twice-spaced NINOs from a PDF; a case system's export at midnight
    "fresh10": (("approved_premises", "modular_homes", "hospitals", "night_shelters", "buildings"),
                (r"\dF\d, \d", r"room \d+, .*approved premises", r"pod \d+, ", r"\d coastguard cottages, ", r"bed \d+, "), "\n",
                ("DATE_OF_BIRTH", r"^\d{1,2}\.[IVX]+\.\d{4}$")),  # hard-wrapped identifiers; a month in Roman numerals
    "fresh11": (("short_breaks", "adolescent_units", "wards", "estates", "farms", "care_homes", "buildings"),
                (r"bedroom \d+, ", r"cellar flat, \d", r"\d keepers' cottages, ", r"the bothy, ", r"staff flat, ", r"caravan on the drive of \d"),
                "\u2007", ("DATE_OF_BIRTH", r"\d(st|nd|rd|th) day of ")),  # a PDF's figure space; a court order's date
    "fresh12": (("trading_estates", "developments", "cemeteries", "buildings"),
                (r"unit \d+, ", r"plot \d+, ", r"the old chapel, ", r"the lodge, ", r"granny flat, \d", r"maisonette [a-d], \d",
                 r"apartment \d+, "),
                "\u2010", ("DATE_OF_BIRTH", r"^\d{4} \d\d \d\d$")),  # a word processor's Unicode hyphen; an OCR'd form's date
    "fresh13": (("farmsteads", "buildings"),
                (r"the toll house, ", r"the shepherd's hut, ", r"signal box cottage, ", r"loft \d+, ", r"lower ground floor flat, \d",
                 r"barn \d, "),
                "\u2060", ("DATE_OF_BIRTH", r"\d(st|nd|rd|th) of [A-Z][a-z]+, \d{4}$")),  # a web page's word joiner; a court letter's date
    "fresh14": (("almshouses", "locks", "parks", "pubs"),
                (r"\d+ [a-z' ]+ almshouses, ", r"lock keeper's cottage, ", r"\d coastguard cottages, ", r"living accommodation, ",
                 r"flat over garage, \d"),
                "\u2212", ("DATE_OF_BIRTH", r"^\d{1,2}-[A-Z][a-z]+-\d{4}$")),  # a PDF's minus sign; a form's date
    "fresh15": (("farms", "halls", "old_buildings", "holiday_parks", "guest_houses"),
                (r"granny annexe, \d", r"\d [a-z ]+ farm cottages, ", r"the gatehouse, ", r"cabin \d+, ", r"room \d+, "),
                "_", ("DATE_OF_BIRTH", r"^\d\d-[A-Z]{3}-\d{4}$")),  # a database's underscore; an export's date
    "fresh16": (("traveller_sites", "hotels", "park_homes"),
                (r"pitch \d+, ", r"room \d+, ", r"plot \d+, ", r"the coach house, \d"),
                "(0)", ("DATE_OF_BIRTH", r"^\d\d [A-Z]{3,9} \d{4}$")),  # a signature's bracketed zero; a Home Office letter's date
    "fresh17": (("supported_living", "holiday_lets", "ymcas"),
                (r"\d+[ab]? back ", r"bungalow \d+, ", r"holiday flat \d+, ", r"bedspace \d+, "),
                "\u0660", ("DATE_OF_BIRTH", r"\bsept\b")),  # an Arabic keyboard's zero; a British "Sept"
    "fresh18": (("modular_homes", "halls"),
                (r"pod \d+, ", r"room \d+[a-f], ", r"supported lodgings, \d"),
                "ext", ("DATE_OF_BIRTH", r"^[a-z]+(-[a-z]+)? (of )?[a-z]+ \d{4}$")),  # a work number's extension; a day said as a word
    "fresh19": (("hotels", "approved_premises", "hostels"),
                (r"room \d{3}, ", r"bed \d+, ", r"room \d, "),
                "/", ("PHONE_NUMBER", r"^O\d")),  # an NHS number's slashes; a capital O for a zero
    "fresh20": (("guest_houses", "park_homes", "traveller_sites"),
                (r"rm \d+, ", r"plot \d+, ", r"pitch \d+, "),
                ".", ("DATE_OF_BIRTH", r" (twenty|two thousand and) [a-z-]+$")),  # full stops in numbers; a year in words
    "fresh21": (("hmos", "holiday_parks", "moorings", "boats"),
                (r"room \d \(hmo\), ", r"static \d+, ", r"nb [a-z]+"),
                ", ", ("PHONE_NUMBER", r"^oh (seven|one) ")),  # a number read aloud, its groups parted by commas
    "fresh22": (("hotels", "units"),
                (r"[a-z ]+ (hotel|inn|lodge), room \d+, \d", r"c/o \d", r"lodgings \(host family\), \d", r"[a-z' ]+, flat \d, \d"),
                "|", ("UK_NHS", r"^\d{3} \| \d{3} \| \d{4}$")),  # an NHS number between a form's pipes, tight or spaced
    "fresh23": (("bnbs", "secure_homes", "foyers", "houseboats"),
                (r"[a-z' ]+ b&b, room \d, \d", r"c/o refuge office, \d", r"[a-z' ]+ secure children's home, \d", r"room \d+, [a-z ]+ foyer, \d",
                 r"houseboat [a-z ]+, mooring \d+, "),
                "#", ("DATE_OF_BIRTH", r"^[a-z]{3} the \d")),  # a hash before an extension; a date with its weekday and "the"
    "fresh24": (("hotels", "prisons", "traveller_sites"),
                (r"box room, \d", r"c/o friend's flat, \d", r"emergency placement, room \d+, [a-z ]+ hotel, \d",
                 r"mother and baby unit, hmp [a-z]+, \d", r"bay \d+, [a-z' ]+ site, "),
                ", extension ", ("UK_NHS", r"^\d{3}-\d{3}-\d{3}/\d$")),  # an extension in words; an NHS number's check digit after a slash
    "fresh25": (("ymcas", "shelters", "hospitals", "yois", "residential_schools"),
                (r"room \d+, ymca [a-z ]+, \d", r"bed \d+, [a-z' ]+ shelter, \d", r"the annexe, \d", r"ward \d+, [a-z ]+ hospital, \d",
                 r"unit [a-f], hmyoi [a-z]+, \d", r"[a-z ]+ school \(residential\), \d"),
                " (ext. ", ("UK_NHS", r"^\d{4}-\d{3}-\d{3}$")),  # a short extension in brackets; an NHS number grouped 4-3-3
    "fresh26": (("hospices", "hospice_rooms", "family_houses", "convents"),
                (r"[a-z ]+ (room|suite), [a-z' ]+ children's hospice, \d", r"room \d+, [a-z ]+ family house, \d",
                 r"c/o [a-z' ]+ convent, \d", r"the tied cottage, \d", r"the flat over the stables, \d"),
                ", ext", ("UK_NHS", r"^\d,\d{3},\d{3},\d{3}$")),  # an extension after a comma; NHS digits with thousands commas
    "fresh27": (("schemes", "lifehouses", "smallholdings", "gurdwaras"),
                (r"the warden's flat, [a-z ]+ \(sheltered\), \d", r"room \d+, [a-z ]+ lifehouse, \d", r"the yurt, [a-z ]+ smallholding, \d",
                 r"airbnb, flat \d+, \d", r"the granthi's flat, [a-z ]+ gurdwara, \d", r"bed \d+, the stable lads' hostel, \d"),
                " x ", ("UK_NHS", r"^\d\.\d{9}E\+09$")),  # a spaced "x" before an extension; NHS digits in scientific notation
    "fresh28": (("nightstops", "rehabs", "grounds", "yards"),
                (r"the spare room \(nightstop [a-z]+ host\), \d", r"family room \d, [a-z ]+ \(residential rehab\), \d",
                 r"the groundsman's flat, [a-z ]+ ground, \d", r"the converted bus, [a-z ]+ yard, \d", r"the flat behind the takeaway, \d",
                 r"the summerhouse in the garden of \d"),
                "\u202a", ("UK_NINO", r"^[a-z-]+ [a-z-]+ \d")),  # a WhatsApp export's direction mark; a NINO in the phonetic alphabet
    "fresh29": (("boarding_houses", "campuses", "motels", "mosques", "showyards", "seasonal"),
                (r"[a-z ]+ \(boarding house\), \d", r"family flat \d+, [a-z ]+ \(university family housing\), \d",
                 r"room \d+ at the [a-z ]+, \d", r"the imam's flat, [a-z -]+, \d", r"trailer \d+, [a-z' ]+ \(showmen's winter quarters\), \d",
                 r"mobile home \d+, [a-z ]+ \(seasonal workers' site\), \d"),
                "\\", ("UK_NINO", r"^[a-z] for [a-z-]+")),  # a backslash typed for a slash; a NINO spelt a word a letter
}


@pytest.mark.parametrize("split", LATER)
def test_a_later_split_has_addresses_marks_and_groups_of_its_own(split, request):
    rows = request.getfixturevalue(split)
    places_kinds, starts, mark, (kind, pattern) = OWN_ADDRESSES[split]
    addresses = span_texts(rows, "STREET_ADDRESS")
    assert all(checks.valid_address(a) for a in addresses)
    p = own(split, "places")
    for key in places_kinds:
        assert any(name.lower() in a.lower() for a in addresses for name in p[key][split]), key
    for start in starts:
        assert any(re.match(start, a, re.IGNORECASE) for a in addresses), start
    assert any(re.search(r"\bc/o\b", r["notes"], re.IGNORECASE) for r in rows)  # post care of someone else
    assert any(mark in t for t in span_texts(rows))
    assert any(re.search(pattern, t, re.IGNORECASE) for t in span_texts(rows, kind)), kind
    added = [r for r in rows if r["group"] in ADDED_GROUPS[split]]  # spread like the others, in every style
    assert {r["style"] for r in added} == set(STYLES) and len(added) == 90
