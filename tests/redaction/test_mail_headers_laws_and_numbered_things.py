"""Shapes of the fresh18 blind split: an e-mail chain's headers ("From: CHAMBRAY SHUTTLE", "Subject:
RE: FW: handover - Mohair Overlock - 3rd April"), a person "of" a school ("Osbert Delice of Gasworks
Lane Secondary School"), a building named by words of the trade ("18 Former Police Station House"),
two first names joined by a hyphen ("sonia-may"); and what names no one: a law named after a victim
("Clare's Law"), a form's numbered boxes ("Box 2 DOB:"), days written as ordinals ("Third May"),
the shorthand of texts and e-mails ("nite", "cert", "Sent:", "handover", "TIMESCALES"). And a given
name that is a dictionary word nobody writes ("tahil", "ivorine") before a found surname."""

import pytest


@pytest.mark.parametrize("text, name", [
    ("From: CHAMBRAY SHUTTLE\nSent: 15th December 2025 4.15pm\nSubject: visit", "CHAMBRAY SHUTTLE"),
    ("From: Ofa Tupou\nTo: Duty Team\nSubject: RE: transfer", "Ofa Tupou"),
    ("From: duty\nSent: 3 May\nSubject: RE: FW: handover - Mohair Overlock\nPlease read.", "Mohair Overlock"),
    ("RE: FW: handover NOMPUMELELO CELE - Brocade Pinking - 3rd April 2026\nHandover duty", "NOMPUMELELO CELE"),
    ("RE: FW: handover NOMPUMELELO CELE - Brocade Pinking - 3rd April 2026\nHandover duty", "Brocade Pinking"),
    ("Re: Home Visit - Tulip Nightingale - 3/4/26", "Tulip Nightingale"),
    ("Referral completed by Osbert Delice of Gasworks Lane Secondary School on 3 May.", "Osbert Delice"),
    ("Rhapsody Grinder of Spitfire Community Primary School sent the referral.", "Rhapsody Grinder"),
    ("SW: I think sonia-may is safer with you.", "sonia-may"),
    ("Lily-May said she likes her room.", "Lily-May"),
    ("sibs: moss 4 year r, quiet. settled at nursery", "moss"),
    ("Ms Box rang about the rent.", "Box"),
    ("Sonia-Rose made a Clare's Law request about Dean.", "Sonia-Rose"),
    # A given name almost never written as English, before a found surname written alike.
    ("MASH referral | from tahil hiranandani, Twitten Hill Special School | 27th Dec", "tahil hiranandani"),
    ("LEGAL PLANNING MEETING ON 30 OCTOBER 2026 AT 15:00, ABOUT IVORINE ELCOCK.", "IVORINE ELCOCK"),
])
def test_names_these_shapes_hold(names, text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, word", [
    ("Clare's Law disclosure to Ayesha Khan - transcript agreed with police.", "Clare"),
    ("Clare's Law disclosure to Ayesha Khan - transcript agreed with police.", "Law"),
    ("CLARE'S LAW DISCLOSURE MEETING WITH TULLE TACKING ON 3 MAY", "CLARE"),
    ("Mum made a Sarah's law request last year.", "Sarah"),
    ("Box 1 Name: Trevison Lafeuillee  Box 2 DOB: 12/03/2015", "Box"),
    ("Box 1 Name: Trevison Lafeuillee  Box 2 DOB: 12/03/2015", "Name"),
    ("Seen: Ants (12, Year 8) - swimming certificate", "Year"),
    ("Text messages between Manzi Karangwa and Ines Uwayezu, Third May 2026, copied.", "Third"),
    ("Mucyo was arrested at 13:00 on Seventeenth March 2026.", "Seventeenth"),
    ("Referral from Osbert Delice on the Third of May.", "May"),
    ("thin walls, hear neighbours at nite; shaimaa 5 year 1 swimming cert", "nite"),
    ("thin walls, hear neighbours at nite; shaimaa 5 year 1 swimming cert", "cert"),
    ("From: eqbal bahashwan\nSent: third December 2025 6.15pm\nSubject: RE: FW: handover - Brocade Tacking", "Sent"),
    ("From: eqbal bahashwan\nSent: third December 2025 6.15pm\nSubject: RE: FW: handover - Brocade Tacking", "handover"),
    ("ACTIONS AND TIMESCALES:\nThe meeting will reconvene.", "TIMESCALES"),
    ("PC: We were called last night, and we need to talk.", "last night"),
    ("Efe: She's kind. I miss having my brother about.", "having"),
    ("ninth October 2026 home visit at the pod, Inga Rosie - dictated afterwards.", "dictated"),
    ("Re: home visit - Children's Services - follow up", "Children's Services"),
])
def test_words_that_name_no_one_stay(names, text, word):
    assert not any(word in found for found in names(text))


def test_a_person_of_a_school_gets_their_own_placeholder(find):
    text = "Safeguarding referral form completed by SIGNE-RIIN LAUR of Jura Community School on 22nd June."
    assert find(text, "SCHOOL") == ["Jura Community School"]
    assert find(text, "PERSON") == ["SIGNE-RIIN LAUR"]


@pytest.mark.parametrize("text, school", [
    ("DSL: trevison's been at Unst Church of England Primary School since June.", "Unst Church of England Primary School"),
    ("She goes to Our Lady Queen of Peace Catholic Primary School.", "Our Lady Queen of Peace Catholic Primary School"),
    ("Star of the Sea RC Primary is next door.", "Star of the Sea RC Primary"),
])
def test_a_school_named_with_of_stays_whole(find, text, school):
    assert find(text, "SCHOOL") == [school]


@pytest.mark.parametrize("text, address", [
    ("Mum: We left 18 Former Police Station House, Vatersay Reach when the section 21 came.",
     "18 Former Police Station House, Vatersay Reach"),
    ("Previous assessment at 15 Former Police Station House, Papa Westray Green",
     "15 Former Police Station House, Papa Westray Green"),
    ("They left 11 Former Police Station House, Taransay Approach, Wallasey on First January 2026 after that.",
     "11 Former Police Station House, Taransay Approach, Wallasey"),
    ("They left 23 Oak House, Tiree Nook, Southport on twenty-sixth of May 2026.", "23 Oak House, Tiree Nook, Southport"),
])
def test_buildings_named_by_words_of_the_trade(find, text, address):
    assert find(text, "STREET_ADDRESS") == [address]


def test_a_police_station_is_no_address(find):
    assert find("dad at police station, 12 Oak Road", "STREET_ADDRESS") == ["12 Oak Road"]
