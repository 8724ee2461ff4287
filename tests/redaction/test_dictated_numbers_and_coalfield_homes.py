"""Numbers dictated with a comma at each pause or typed in another script's digits, dates of birth
with the cue after them, YMCA bedspaces, holiday flats and supported-living bungalows, streets of the
coalfield estates (Riggs, Wong, Lidget, Flatt, Syke, Rake), and names the name rules missed: a
capitalised word only an old dictionary knows, a titled name with a word for a surname or with
initials, a home by its owner's name in a dated header. True positives and tricky negatives."""

import pytest


@pytest.mark.parametrize("text, kind, expected", [
    ("NHS number off the letter is 401, 023, 7859.", "UK_NHS", ["401, 023, 7859"]),
    ("nhs 943, 476, 5919 dob below", "UK_NHS", ["943, 476, 5919"]),
    ("Mum's mobile is 07912, 345, 678, ring after 3.", "PHONE_NUMBER", ["07912, 345, 678"]),
    ("house phone 01709, 482311 - no signal upstairs", "PHONE_NUMBER", ["01709, 482311"]),
    # Another script's digits, as a parent's phone types them; the visit date stays.
    ("Dad's number is ٠٧٧٠٩ ٩٩٨٢٢٨ and we met on ٠٢/٠٦/٢٠٢٦.", "PHONE_NUMBER", ["٠٧٧٠٩ ٩٩٨٢٢٨"]),
    ("mob ۰۷۴۶۱ ۱۲۲۲۶۸", "PHONE_NUMBER", ["۰۷۴۶۱ ۱۲۲۲۶۸"]),
    ("DOB ٢٧/٠٧/٢٠١٧, seen at home", "DATE_OF_BIRTH", ["٢٧/٠٧/٢٠١٧"]),
    # A number ending the field before a comma and a count is no longer number.
    ("landline 01458-823088, 1 hotel rm, no cooking", "PHONE_NUMBER", ["01458-823088"]),
    ("sponsor tel 01458 823088, 14 in the house", "PHONE_NUMBER", ["01458 823088"]),
    # Read out, a digit said twice or three times; a switchboard's extension goes with its number.
    ("raffle tickets 612 844 double 3 81 sold", "UK_NHS", []),  # no cue, and its check digit fails
    ("NHS number 708 758 double 8 50, seen today", "UK_NHS", ["708 758 double 8 50"]),
    ("NHS NO: triple 4 749 0366", "UK_NHS", ["triple 4 749 0366"]),
    ("Best number still 0 double 7 95 718 250?", "PHONE_NUMBER", ["0 double 7 95 718 250"]),
    ("can be reached on 075613149 double 3 after six", "PHONE_NUMBER", ["075613149 double 3"]),
    ("refuge office 01442 935109 x4331 only", "PHONE_NUMBER", ["01442 935109 x4331"]),
    ("warden 01634 946526 (EXT 3487) or 020 89385481 ext. 1155", "PHONE_NUMBER",
     ["01634 946526 (EXT 3487)", "020 89385481 ext. 1155"]),
    ("she scored double 4 on the dartboard 3 times", "PHONE_NUMBER", []),
    ("room 12 has double 4 beds", "UK_NHS", []),
    # Counts and scores with commas are no numbers of anyone.
    ("Scores were 12, 14, 15 and 9 across the term.", "PHONE_NUMBER", []),
    ("Attendance 0, 45, 60 and 100 percent by term", "PHONE_NUMBER", []),
    ("Totals 123, 456, 7890 on the spreadsheet", "UK_NHS", []),
])
def test_dictated_and_foreign_digit_numbers(find, text, kind, expected):
    assert find(text, kind) == expected


@pytest.mark.parametrize("text, expected", [
    ("Mr Kazlauskas gave 19 Sept 2000 as his date of birth.", ["19 Sept 2000"]),
    ("mum gave 4 May 1990 as Ayo's date of birth", ["4 May 1990"]),
    ("Subject child 03/04/2015 (DOB) seen alone", ["03/04/2015"]),
    # A visit date with the cue elsewhere stays.
    ("Visit on 19 Sept 2026 as planned; her date of birth is on file.", []),
    ("Review 12/03/2026 was his first since the move", []),
])
def test_date_of_birth_with_the_cue_after_it(find, text, expected):
    assert find(text, "DATE_OF_BIRTH") == expected


@pytest.mark.parametrize("text, expected", [
    ("Mum is in Bedspace 14, Redcar YMCA, 9 Lancaster Road until March.", ["Bedspace 14, Redcar YMCA, 9 Lancaster Road"]),
    ("last assmt at bed space 3, hull ywca, 27 anlaby rd", ["bed space 3, hull ywca, 27 anlaby rd"]),
    ("They are in Holiday Flat 6, Bayview Holiday Lets, 22 Marine Parade, Skegness.",
     ["Holiday Flat 6, Bayview Holiday Lets, 22 Marine Parade, Skegness"]),
    ("ta at holiday apartment 2, sunrise holiday apartments, 8 cliff rd", ["holiday apartment 2, sunrise holiday apartments, 8 cliff rd"]),
    ("Moved out of Bungalow 3, Elmtree Supported Living Scheme, Kestrel Close Worksop in May.",
     ["Bungalow 3, Elmtree Supported Living Scheme, Kestrel Close Worksop"]),
    ("Last assessment at 71b Dakota Riggs", ["71b Dakota Riggs"]),
    ("left 12 Back Vulcan Flatt in March", ["12 Back Vulcan Flatt"]),
    ("home is 40 Meteor Wong, Ryde", ["40 Meteor Wong, Ryde"]),
    ("now at 9 Harrier Lidget", ["9 Harrier Lidget"]),
    ("addr 130 anson syke bolsover", ["130 anson syke bolsover"]),
    ("staying at 7 Stirling Rake", ["7 Stirling Rake"]),
    # Not homes: a YMCA's name alone, a holiday, a garden rake.
    ("She goes to the YMCA youth club on Tuesdays.", []),
    ("They had a holiday flat in Spain last summer.", []),
    ("Dad bought 2 rake heads and a hoe.", []),
])
def test_bedspaces_holiday_lets_bungalows_and_coalfield_streets(find, text, expected):
    assert [s.rstrip(".") for s in find(text, "STREET_ADDRESS")] == expected


@pytest.mark.parametrize("text, expected", [
    # A capitalised word inside a sentence that no one writes now (a petronel was a gun).
    ("Davyth helped Petronel plant bulbs.", ["Davyth", "Petronel"]),
    ("The school said Petronel was in class all week.", ["Petronel"]),
    # A word of today stays, and so does a rare word that opens a sentence.
    ("We went to Tesco after the visit.", []),
    # After a title and a name that is no surname, a word for a surname before a word that is no noun.
    ("mrs tabla reed late on mums hosp days", ["tabla reed"]),
    ("ms oboe chisel 2 anc appts missed", ["oboe chisel"]),
    ("Mrs smith house visit today", ["smith"]),
    ("mr ali upset, crying", ["ali"]),
    # Initials between a title and a surname go with the name, in any case.
    ("Mrs J Smith attended the meeting.", ["J Smith"]),
    ("Letter sent to Mr A. Okafor at home.", ["A. Okafor"]),
    ("Dr K.L. Patel rang back.", ["K.L. Patel"]),
    ("spoke to ms r begum re school", ["r begum"]),
    ("Ms Ada Cooper and Mr Li Wei came", ["Ada Cooper", "Li Wei"]),
    # A home by its owner's name at the end of a dated header.
    ("pf visit 5th apr. 2026 08:15 reed tabla @ banjo plectrums", ["reed tabla", "banjo plectrums"]),
    ("hv 5/4/2026 kai @ family centres", ["kai"]),
    ("hv 5/4/2026 kai @ the parks", ["kai"]),
])
def test_names_by_rarity_title_and_home(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "YC assmt done; Staying Put carer present; CPOMS and MyConcern entries sent.",
    "ehe visit - pba - baby needs, paed rpt awaited, emerg ppm booked",
    "RI: quotes but no analysis. incl sofa. enc jv with pol",
    "PA to visit, IDVA rang; dvds request sent. imo threshold met",
])
def test_shorthand_of_young_carers_staying_put_and_school_logs_stays(names, text):
    assert names(text) == []
