"""A rumour an unplaced source posts where anyone can read it (hearsay.yaml `telling`).

Classes (examples of our own, not from any split): "Somebody posted on the village Facebook group
that", "Someone has put it up online that", "Somebody wrote on the estate WhatsApp that"; not a
thing posted ("Somebody posted a parcel") nor a named person's post ("Mum posted on Facebook that").
"""

import pytest

from eval.checks.hearsay import hearsay


@pytest.mark.parametrize("text", [
    "Somebody posted on the village Facebook group that Aisha was seen on the railway line.",
    "Someone has put it up online that Mum leaves the baby alone.",
    "Somebody wrote on the estate WhatsApp that Dad deals from the flat.",
    "Someone on the estate posted that the kids are out till midnight.",
])
def test_an_unplaced_source_posting_a_claim_is_hearsay(text):
    assert hearsay(text)


@pytest.mark.parametrize("text", [
    "Somebody posted a parcel to the family.",
    "Mum posted on Facebook that the family had moved.",
    "Someone posted the letter on Monday.",
])
def test_a_thing_posted_or_a_named_post_is_no_hearsay(text):
    assert hearsay(text) is None
