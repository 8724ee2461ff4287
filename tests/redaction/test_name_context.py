"""Names found by the words around them (verbs said to a person, lists, titles, syllables,
double-barrelled surnames), and the ordinary words that must stay when no such context is there."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # The object of a verb said to a person, even when the name is an ordinary word.
    ("kayden would tell sunny if he was worried", ["kayden", "sunny"]),
    ("SW to ring dawn on Monday and ask ivy about the letter", ["dawn", "ivy"]),
    ("I will text Summer and email Peace the minutes.", ["Summer", "Peace"]),
    # Lists opened inside a line: each item that is a first name, not the agencies.
    ("review 4/6, invite school/gp/robin", ["robin"]),
    ("Next review Mon 2 Mar - invites to school, GP, Mercy", ["Mercy"]),
    ("cc: Wanjiku, the IRO and Emre", ["Wanjiku", "Emre"]),
    # After a title that is not also a noun, whatever the word; and the surname after it.
    ("tc w mr do re attendance", ["do"]),
    ("Meeting with Ms ngozi kiprono on 2/3.", ["ngozi kiprono"]),
    # Double-barrelled surnames with a possessive.
    ("Visit to the twins at Mrs Al-Rahman's flat.", ["Al-Rahman"]),
    ("MR OKONJO-ADEYEMI'S car was outside.", ["OKONJO-ADEYEMI"]),
    # Syllables of names that are English words, after another part of the name.
    ("nan thi ha tel 07464 700 238", ["thi ha"]),
    ("mum hoa do dob 1 december 1978", ["hoa do"]),
    ("see mai ha on her own", ["mai ha"]),
    # A surname that is an English word, after a first name, with nothing for it to describe.
    ("seen: Kerry Ndlovu; tamsin little\ncase no 44", ["Kerry Ndlovu", "tamsin little"]),
    ("dad jethro young - works nights", ["jethro young"]),  # and a dash is no hyphen: not "- works"
    # First names from many countries that dictionaries also list as rare words.
    ("practice supervisor zain and SW Ama", ["zain", "Ama"]),
    # A known name opening a line, with nothing after it to describe.
    ("Autumn Lee was seen.\n- autumn at football with her cousin", ["Autumn Lee", "autumn"]),
    # Greetings and verbs said to a person are not part of the name.
    ("SW: Hiya Tobias, how is school?", ["Tobias"]),
    ("dad mohammed ali rang, upset", ["mohammed ali"]),
    # "Visit to", "re": who the visit or the discussion is about.
    ("Home visit to rob at home on 2/3/26.", ["rob"]),
])
def test_names_found_by_context(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "I will tell the school and ask the GP to ring back.",
    "Mum paid the phone bill and will call the housing office.",
    "invite school and GP to the review; copied to the IRO",
    "The nurse will do the weighing; we do not know yet.",
    "rev of cin plan w/ the school",
    "mum jessica low, says gp upped meds; jessica more settled",
    "Temporary accommodation at 24 Foundry Terr, Oldham; the family hub in Oldham helps.",
    "Risk: high - DA, mum minimises; hope things settle. Tell the school.",
])
def test_ordinary_words_without_name_context_stay(names, text):
    found = names(text)
    for word in ("school", "GP", "IRO", "bill", "do", "cin", "low", "more", "Oldham", "high", "Hope"):
        assert word not in found


@pytest.mark.parametrize("word", ["Will", "Rose", "Hope", "Grace"])
def test_words_that_are_names_stay_as_words_without_context(names, word):
    text = {"Will": "Mum will visit on Friday and will bring the forms.",
            "Rose": "Rent arrears rose again; the rose bush was cut back.",
            "Hope": "We hope things improve; there is hope for the placement.",
            "Grace": "The landlord gave a grace period; she showed grace under pressure."}[word]
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # A field that holds a name, whatever the words; then every mention in any casing.
    ("NAME: Star Wall -- D.O.B. 19/MAY/2016\nSTAR is 9 and has made a star chart.", ["Star Wall", "STAR"]),
    ("YP: Major Waters  REF 12345\nMajor was proud of his trainers.", ["Major Waters", "Major"]),
    # An age in brackets, or "b." before a date, after the name.
    ("HV - Star Hall (10) - 15.8.2026", ["Star Hall"]),
    ("dad junior palmer-ricketts b. 7.5.2001\n- junior came in late", ["junior palmer-ricketts", "junior"]),
    # A given name that is a word, before a surname found already or after a relationship.
    ("Visit to Junior McFarlane, who is in care.", ["Junior McFarlane"]),
    ("Present: CRYSTAL PAGE, blossom and sister star.", ["CRYSTAL PAGE", "blossom", "star"]),
    # A capitalised word-name after "w/", before a verb of speech, or in capitals among lower case.
    ("supv w/ Star re drift", ["Star"]),
    ("o Ace said he is ace at spelling now.", ["Ace"]),
    ("Janelle wishes JUNIOR lived nearer", ["Janelle", "JUNIOR"]),
    # A syllable said twice is a name, not a compound word.
    ("Yumi would like to see lingling every weekend.", ["Yumi", "lingling"]),
])
def test_word_names_in_clear_name_context(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, kept", [
    # Headings and the shorthand of the trade are not names.
    ("MISCELLANEOUS: The ice-cream van came by.\nPARTNER AGENCIES:\nNone", ["MISCELLANEOUS", "AGENCIES"]),
    ("TM: How many call-outs?\nWorker: Two.\nTM: ok", ["TM"]),
    ("4 sws in 2 yrs; lpm not met; sch report ref; mtg tue", ["sws", "lpm", "sch", "mtg"]),
    # Plural nouns opening a sentence are not subjects named.
    ("Minutes will be sent to the family. Coats and shoes were piled up.", ["Minutes", "Coats"]),
    # Word-names used as words, in a note without that name.
    ("King-size bed; a star chart; the Burger King voucher; a major change; ace at spelling.",
     ["star", "major", "ace"]),
])
def test_headings_shorthand_and_words_stay(names, text, kept):
    found = " ".join(names(text))
    for word in kept:
        assert word not in found.split()
