"""Street addresses of the later splits that are more than a number and a street.

`fresh4` adds flats described by floor or side, farms and cottages with no number, care homes,
hostel rooms and travellers' sites; `fresh5` adds bedsits and supported lodgings, the flat above
a shop, named houses with or without a number, narrowboat moorings and caravans; `fresh6` adds
Glasgow-style tenement flats ("Flat 2/1"), lettered flats, "rear of" a house, the annexe of a named
house, rooms in a foyer or a residential family centre, service family quarters on a garrison and
houseboat berths. Each function
takes the split's places (`places_for(split)`) and the parts `identifiers.street_address` drew.
`in_block` is the flat in a named block that fresh5 to fresh8 share.
"""

from __future__ import annotations

import random


def in_block(rng: random.Random, p: dict, split: str, street: str, flat: int) -> str:
    """A flat in one of the split's named blocks: "12 Roundhouse Court, Slipway Road"."""
    return f"{flat} {rng.choice(p['buildings'][split])}, {street}"


def address_fresh4(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh4 address: often a plain house, but also a flat described by its floor or side, a
    farm or cottage with no number, a care home, a hostel room or a plot on a travellers' site."""
    kind = rng.choice(["house", "house", "house", "flat", "rural", "rural", "care", "hostel", "site", "range"])
    if kind == "flat":
        return rng.choice([f"First Floor Flat, {number} {street}", f"Flat {flat} (rear), {number} {street}",
                           f"{number}{rng.choice('ABC')} {street}", f"Upper Maisonette, {number} {street}"])
    if kind == "rural":
        return f"{rng.choice(p['house_names']['fresh4'])}, {street}"
    if kind == "care":
        return f"{rng.choice(p['care_homes']['fresh4'])}, {number} {street}"
    if kind == "hostel":
        return f"Room {flat}, {rng.choice(p['hostels']['fresh4'])}, {number} {street}"
    if kind == "site":
        return f"Plot {flat}, {rng.choice(p['sites']['fresh4'])}"
    if kind == "range":
        low = rng.randint(1, 90)
        return f"{low}-{low + 2} {street}"
    return f"{number} {street}"


def address_fresh5(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh5 address: often a plain house, but also a bedsit, the flat above a shop, a named
    house with or without a number, a narrowboat's mooring or a caravan on a holiday park."""
    kind = rng.choice(["house", "house", "house", "bedsit", "above", "named", "named_number", "boat", "caravan",
                       "block"])
    if kind == "bedsit":
        return rng.choice([f"Bedsit {flat}, {number} {street}", f"Room {flat} (supported lodgings), {number} {street}"])
    if kind == "above":
        return rng.choice([f"Flat above {number} {street}", f"The Flat, {number} {street}"])
    if kind == "named":
        return f"{rng.choice(p['house_names']['fresh5'])}, {street}"
    if kind == "named_number":
        return f"{rng.choice(p['house_names']['fresh5'])}, {number} {street}"
    if kind == "boat":
        return f"{rng.choice(p['boats']['fresh5'])}, Mooring {flat}, {rng.choice(p['moorings']['fresh5'])}"
    if kind == "caravan":
        return f"Caravan {flat}, {rng.choice(p['parks']['fresh5'])}"
    if kind == "block":
        return in_block(rng, p, "fresh5", street, flat)
    return f"{number} {street}"


def address_fresh6(rng: random.Random, p: dict, street: str, number: str, flat: int) -> str:
    """A fresh6 address: often a plain house, but also a tenement or lettered flat, the rear of a
    house, a named house's annexe, a room in a foyer or a family centre, service quarters on a
    garrison, a houseboat's berth or a flat in a block."""
    kind = rng.choice(["house", "house", "house", "tenement", "lettered", "rear", "annexe", "foyer", "family_centre",
                       "quarters", "houseboat", "block"])
    if kind == "tenement":
        return f"Flat {rng.randint(0, 3)}/{rng.randint(1, 3)}, {number} {street}"
    if kind == "lettered":
        return f"Flat {rng.choice('ABCD')}, {number} {street}"
    if kind == "rear":
        return f"Rear of {number} {street}"
    if kind == "annexe":
        return f"The Annexe, {rng.choice(p['house_names']['fresh6'])}, {street}"
    if kind == "foyer":
        return f"Room {flat}, {rng.choice(p['foyers']['fresh6'])}, {number} {street}"
    if kind == "family_centre":
        return f"Room {flat}, {rng.choice(p['family_centres']['fresh6'])}, {number} {street}"
    if kind == "quarters":
        return f"{number} {street}, {rng.choice(p['garrisons']['fresh6'])}"
    if kind == "houseboat":
        return f"{rng.choice(p['houseboats']['fresh6'])}, Berth {flat}, {rng.choice(p['wharves']['fresh6'])}"
    if kind == "block":
        return in_block(rng, p, "fresh6", street, flat)
    return f"{number} {street}"
