"""Names found by the frame a note puts them in (a family's surname, a relative's field, a listed
person, an addressee, a speaker with a role in square brackets, particles), and the ordinary
words, weekdays, shorthand and eponyms that must stay."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # A family named by its surname, in any casing.
    ("Unannounced visit to the Thornbury household this morning.", ["Thornbury"]),
    ("JOINT VISIT TO THE MARSH FAMILY WITH POLICE", ["MARSH"]),
    ("quick call to okonkwo family re school run", ["okonkwo"]),
    # A relative's field in a contact list.
    ("~ Dad: Hazel Brook / t: see below", ["Hazel Brook"]),
    ("| NAN: IVY CROWTHER | lives nearby", ["IVY CROWTHER"]),
    ("- mum: wiktoria nowak, works nights", ["wiktoria nowak"]),
    # A listed person before a colon.
    ("• Juniper Walsh: reading age up a year", ["Juniper Walsh"]),
    # Who the note is for.
    ("FAO HEATHER QUINN: CASE SUMMARY", ["HEATHER QUINN"]),
    ("attn Rocco Ferreira - please review", ["Rocco Ferreira"]),
    # Speakers with a role in square brackets, and the same person later in the text.
    ("BRAMBLE [brother]: Can I go now?\nSW: Yes. Bramble left.", ["BRAMBLE", "Bramble"]),
    # Two particles inside a surname.
    ("Present: Inés de la Fuente (mum)", ["Inés de la Fuente"]),
    ("met Pieter van der Merwe at the office", ["Pieter van der Merwe"]),
    # A given name that is a word, capitalised after "about".
    ("She talks about Saffron all the time.", ["Saffron"]),
])
def test_names_found_by_their_frame(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    # Families described, not named.
    "The foster family and the whole household were present.",
    "We built a snow family; the housing team are moving family up the list.",
    # A transcript answer after a relative's label is speech, not a name.
    "Mother: Fine.\nDad: Works away most weeks.\nMum: Yeah, that's right.",
    # Headings and notes in brackets are not speakers or people.
    "• Key Details: none\n• Previous addr (closed): see file\nAim of session:\n* catch up",
    # Weekdays, feasts and the trade's shorthand.
    "Seen Mon and Sat; Mondays at Xmas; UPN on file; Protocol ref checked; hosp letter; bedrm tidy",
    "The enquiry concluded on Tue 14/05/2026 with no further action.",
    # Eponyms and phrases.
    "The baby sleeps in a Moses basket. He is reading the second Harry Potter book.",
    "She was named star of the week. The school nurse first referred them in 2020.",
    # A town before a duration is no person of that age.
    "moved to Halifax 2 yrs ago; moved to grimsby 3 years ago",
])
def test_words_that_stay(names, text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # A name ends where a word saying how the person was begins.
    ("mum settled, mandeep relaxed. strengths: pooja daily", ["mandeep", "pooja"]),
    ("Per Ms Okafor, Consuelo Sandoval phoned twice.", ["Okafor", "Consuelo Sandoval"]),
    # A surname that is a word still joins its given name.
    ("saw hope stone at nursery", ["hope stone"]),
    ("visit w/ stacey longbottom cp-2026-824", ["stacey longbottom"]),
])
def test_where_a_name_ends(names, text, expected):
    assert names(text) == expected
