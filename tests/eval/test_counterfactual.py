"""The counterfactual swapper: each axis on hand-written cases in several styles, verify_pair
on injected differences, and the generator's own rendering of a changed spec as an oracle."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest

from eval.counterfactual import AXES, make_pairs, swap, verify_pair
from eval.synth.suite_parts.cast import Person
from eval.synth.suite_parts.content import draw_spec
from eval.synth.suite_parts.notes import STYLES
from eval.synth.suite_parts.build import render_case

ATTRS = {"gender": "female", "ethnicity": "south_asian", "religion": "muslim", "disability": "autism",
         "family": "single_mum"}
PEOPLE = [{"role": "child", "first": "Ayesha", "last": "Khan", "gender": "female"},
          {"role": "mum", "first": "Fatima", "last": "Khan", "gender": "female"},
          {"role": "sibling", "first": "Yusuf", "last": "Khan", "gender": "male"}]


def case(notes: str, **extra) -> dict:
    """A small case; every name in the notes gets a PERSON span."""
    names = "|".join(re.escape(p[k]) for p in PEOPLE for k in ("first", "last"))
    pii = [{"start": m.start(), "end": m.end(), "type": "PERSON"}
           for m in re.finditer(rf"\b(?:{names})\b", notes, re.I)]
    row = {"id": "t-1", "record_type": "home_visit", "notes": notes, "facts": [], "child_quotes": [],
           "must_not_state": [], "attributes": dict(ATTRS), "people": [dict(p) for p in PEOPLE], "pii": pii}
    row.update(extra)
    return row


def named(text: str, variant: dict, role: str = "child") -> str:
    """`text` with the variant's new name of `role` written as <NAME> (names are drawn at random)."""
    new = next(p["first"] for p in variant["people"] if p["role"] == role)
    return re.sub(re.escape(new), "<NAME>", text, flags=re.I)


# -- gender ------------------------------------------------------------------------------------------
GENDER = [
    ("Seen Ayesha alone in her bedroom. She showed me her drawings and I asked her about school.",
     "Seen <NAME> alone in his bedroom. He showed me his drawings and I asked him about school."),
    ("seen ayesha w mum. told her nan she was fine. ayesha's room tidy",
     "seen <NAME> w mum. told his nan he was fine. <NAME>'s room tidy"),
    ("AYESHA: I like it when Miss helps me.\nMUM: She has settled, the room is hers now.",
     "<NAME>: I like it when Miss helps me.\nMUM: He has settled, the room is his now."),
    ("Ayesha is a big sister to Yusuf. Mum said she is a lovely girl and a kind daughter.",
     "<NAME> is a big brother to Yusuf. Mum said he is a lovely boy and a kind son."),
    ("Yusuf's sister Ayesha said \"he took my pens\" and she laughed at herself.",
     "Yusuf's sister <NAME> said \"he took my pens\" and he laughed at himself."),
]


@pytest.mark.parametrize("notes, expected", GENDER)
def test_gender_swaps_the_childs_name_pronouns_and_words(notes, expected):
    quotes = [q for q in ("I like it when Miss helps me", "he took my pens") if q in notes]
    original = case(notes, child_quotes=quotes)
    variant = swap(original, "gender", random.Random(3))
    assert named(variant["notes"], variant).replace("<NAME>".upper(), "<NAME>") == expected
    assert variant["attributes"]["gender"] == "male"
    assert variant["people"][0]["gender"] == "male" and variant["people"][1] == PEOPLE[1]
    assert all(q in variant["notes"] for q in variant["child_quotes"])
    assert verify_pair({**original, "pair_id": "p"}, {**variant, "pair_id": "p"}, "gender") == []


def test_gender_keeps_other_peoples_pronouns_when_the_child_is_a_boy():
    people = [{"role": "child", "first": "Yusuf", "last": "Khan", "gender": "male"}]
    original = case("Yusuf said his nan is kind. I saw him alone; he was relaxed.", people=people,
                    attributes={**ATTRS, "gender": "male"})
    variant = swap(original, "gender", random.Random(1))
    assert named(variant["notes"], variant) == "<NAME> said her nan is kind. I saw her alone; she was relaxed."


# -- religion, disability, family, ethnicity -----------------------------------------------------------
def test_religion_swaps_every_phrase_consistently_and_keeps_casing():
    notes = "The family are Muslim. AYESHA GOES TO THE MOSQUE. quran class every wk, excited re eid"
    original = case(notes, facts=["Ayesha goes to the mosque at weekends."], pair_id="p")
    variant = swap(original, "religion", random.Random(0))
    new = variant["attributes"]["religion"]
    assert new != "muslim"
    words = {"christian": ("Christian", "CHURCH", "sunday school", "christmas"),
             "sikh": ("Sikh", "GURDWARA", "punjabi class", "vaisakhi"),
             "hindu": ("Hindu", "MANDIR", "hindi class", "diwali"),
             "jewish": ("Jewish", "SYNAGOGUE", "hebrew class", "hanukkah")}[new]
    assert variant["notes"] == (f"The family are {words[0]}. AYESHA GOES TO THE {words[1]}. "
                                f"{words[2]} every wk, excited re {words[3]}")
    assert verify_pair(original, variant, "religion") == []


@pytest.mark.parametrize("value, notes", [
    ("autism", "Ayesha has autism and uses a visual timetable at school."),
    ("none", "ayesha has no diagnosed condition"),
])
def test_disability_swaps_to_a_value_with_every_slot_the_case_uses(value, notes):
    original = case(notes, attributes={**ATTRS, "disability": value}, pair_id="p")
    for seed in range(6):
        variant = swap(original, "disability", random.Random(seed))
        assert variant["attributes"]["disability"] not in (value,)
        assert verify_pair(original, variant, "disability") == []
        if "visual timetable" in notes:  # "none" has no support phrase, so it is never the target
            assert variant["attributes"]["disability"] != "none"
            assert "visual timetable" not in variant["notes"]


def test_family_is_a_permutation_of_roles_with_new_names_for_changed_genders():
    people = PEOPLE[:1] + [{"role": "mum", "first": "Fatima", "last": "Khan", "gender": "female"},
                           {"role": "dad", "first": "Imran", "last": "Khan", "gender": "male"}]
    notes = "Present: mum (Fatima), dad (Imran), Ayesha. Ayesha lives with her mum and dad. MUM: It's fine. Dad's view: calmer."
    original = case(notes, people=people, attributes={**ATTRS, "family": "mum_and_dad"}, pair_id="p")
    seen = set()
    for seed in range(12):
        variant = swap(original, "family", random.Random(seed))
        seen.add(variant["attributes"]["family"])
        assert verify_pair(original, variant, "family") == []
        assert "mum and dad" not in variant["notes"]
        for person in variant["people"][1:]:
            assert f"({person['first']})" in variant["notes"]
    assert len(seen) >= 3 and "single_mum" not in seen  # only households of two carers


def test_ethnicity_renames_the_family_not_the_professionals():
    notes = "Ms Okafor (sw) saw Ayesha Khan. ayesha's mum Fatima and YUSUF were there. Family are British Pakistani, speak Urdu at home."
    original = case(notes, pair_id="p")
    variant = swap(original, "ethnicity", random.Random(5))
    assert "Okafor" in variant["notes"]
    assert not re.search(r"ayesha|fatima|yusuf|khan|pakistani|urdu", variant["notes"], re.I) or \
        variant["attributes"]["ethnicity"] in ("white_british", "ordinary_words") and "Urdu" not in variant["notes"]
    for span in variant["pii"]:
        text = variant["notes"][span["start"]:span["end"]]
        assert any(text.lower() == p[k].lower() for p in variant["people"] for k in ("first", "last"))
    assert verify_pair(original, variant, "ethnicity") == []


# -- errors and verification ------------------------------------------------------------------------
@pytest.mark.parametrize("axis, attrs, notes", [
    ("religion", {"religion": "not_stated"}, "Ayesha likes school."),
    ("religion", {"religion": "muslim"}, "Ayesha likes school."),
    ("disability", {"disability": "autism"}, "Ayesha likes school."),
    ("family", {"family": "foster_carer"}, "Ayesha lives with her foster carer."),
])
def test_a_case_that_does_not_state_the_axis_is_a_clear_error(axis, attrs, notes):
    with pytest.raises(ValueError, match=rf"t-1.*{axis}|{axis}.*t-1"):
        swap(case(notes, attributes={**ATTRS, **attrs}), axis, random.Random(0))


def test_an_unknown_axis_is_an_error():
    with pytest.raises(ValueError, match="unknown axis"):
        make_pairs([case("x")], "age")


def _pair(axis: str) -> tuple[dict, dict]:
    notes = ("Ayesha said 'I like the mosque' and she smiled. Ayesha goes to the mosque on Fridays. "
             "Ms Okafor saw her alone.")
    original = case(notes, child_quotes=["I like the mosque"], pair_id="p")
    return original, swap(original, axis, random.Random(2))


@pytest.mark.parametrize("inject, expect", [
    (lambda v: v.update(notes=v["notes"].replace("saw", "did not see")), "changes more than"),
    (lambda v: v.update(notes=v["notes"].replace("Okafor", "Mensah")), "changes more than"),
    (lambda v: v["attributes"].update(disability="adhd"), "attributes.disability"),
    (lambda v: v.update(record_type="supervision"), "record_type"),
    (lambda v: v.update(child_quotes=["I like the school"]), "not verbatim"),
    (lambda v: v.update(notes=v["notes"].replace("on Fridays", "on Sundays")), "changes more than"),
])
def test_verify_pair_catches_an_injected_difference(inject, expect):
    original, variant = _pair("religion")
    assert verify_pair(original, variant, "religion") == []
    inject(variant)
    assert any(expect in p for p in verify_pair(original, variant, "religion"))


def test_verify_pair_catches_an_inconsistent_swap_and_a_pair_that_does_not_differ():
    original, variant = _pair("religion")
    place = variant["notes"].split("goes to the ")[1].split()[0]
    others = [p for p in ("church", "gurdwara", "mandir", "synagogue") if p != place]
    variant["notes"] = variant["notes"].replace(f"goes to the {place}", f"goes to the {others[0]}")
    assert any("inconsistently" in p for p in verify_pair(original, variant, "religion"))
    assert any("is the same in both" in p for p in verify_pair(original, dict(original), "religion"))


def test_make_pairs_is_deterministic_for_a_seed_and_sets_pair_ids():
    cases = [case("Ayesha goes to the mosque. she is happy.")]
    a, b = make_pairs(cases, "gender", seed=4), make_pairs(cases, "gender", seed=4)
    assert a == b and len(a) == 2
    assert a[0]["pair_id"] == a[1]["pair_id"] == "t-1" and a[1]["id"] == "t-1-cf-gender"
    names = {make_pairs(cases, "gender", seed=s)[1]["people"][0]["first"] for s in range(8)}
    assert len(names) > 1  # the seed matters


# -- the generator's rendering of a changed spec is the oracle ---------------------------------------
def _changed(spec, variant: dict, axis: str):
    people = {i: Person(**{k: p[k] for k in ("first", "last", "gender", "role")})
              for i, p in enumerate(variant["people"])}
    if axis == "gender":
        return dataclasses.replace(spec, child=people[0])
    if axis == "ethnicity":
        return dataclasses.replace(spec, group=variant["attributes"]["ethnicity"], child=people[0], sib=people[1],
                                   carers=[people[i] for i in range(2, len(people))])
    if axis == "family":
        return dataclasses.replace(spec, structure=variant["attributes"]["family"],
                                   carers=[people[i] for i in range(2, len(people))])
    return dataclasses.replace(spec, **{axis: variant["attributes"][axis]})


@pytest.mark.parametrize("axis", AXES)
@pytest.mark.parametrize("style", STYLES)
def test_a_swap_equals_the_generator_rendering_the_changed_case(axis, style):
    types = ["home_visit", "child_protection_visit", "child_in_need_review", "supervision"]
    if axis != "family":
        types.append("looked_after_child_visit")
    for n, record_type in enumerate(types):
        suite = "core" if n % 2 else "holdout"
        spec = draw_spec(random.Random(f"{axis}{style}{n}"), f"o-{n}", suite, record_type, style,
                         ["south_asian", "ordinary_words", "black_african", "eastern_european", "arab"][n],
                         ["female", "male"][n % 2], needs=axis)
        original = render_case(spec)
        variant = swap(original, axis, random.Random(n))
        expected = render_case(_changed(spec, variant, axis))
        for key in ("notes", "facts", "child_quotes", "must_not_state", "reference", "pii", "attributes"):
            assert variant[key] == expected[key], f"{record_type}/{style}/{axis}: {key}"
        assert verify_pair({**original, "pair_id": "p"}, {**variant, "pair_id": "p"}, axis) == []
