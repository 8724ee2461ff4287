"""Plausibility checks for gold identifier spans: is this text a believable value of its type?

Used by the tests of the synthetic corpus, and handy for checking hand-labelled corpora too.
`plausible(kind, text)` is True when `text` looks like an identifier of type `kind`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from eval.synth.data import OWN_FILES, own, places
from eval.synth.identifiers import NINO_BAD_FIRST, NINO_BAD_PREFIXES, NINO_BAD_SECOND, nhs_check_digit

TYPES = ("PERSON", "STREET_ADDRESS", "UK_POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS", "UK_NHS", "UK_NINO",
         "DATE_OF_BIRTH", "SCHOOL", "CASE_REFERENCE")
POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2}$", re.IGNORECASE)
EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
NHS = re.compile(r"^\d{3}([ ./-]?|  |\u00a0| - )\d{3}\1\d{4}$")
NHS_UNEVEN = re.compile(r"^(\d{3} \d{7}|\d{6} \d{4})$")  # split 3-7 or 6-4 (fresh6)
EN_DASH = "\u2013"  # a word processor's autocorrected hyphen, read as one (fresh6)
# Narrow no-break and thin spaces that text pasted from a phone or a PDF carries, read as spaces; an
# NHS number typed into a form's ten boxes, one digit apart (fresh7).
SPACES = {"\u202f": " ", "\u2009": " "}
# A PDF table's figure space, read as a space, and a chat's zero-width space, read as nothing (fresh11).
SPACES |= {"\u2007": " ", "\u200b": ""}
# A soft hyphen and a byte-order mark, both invisible, read as nothing; the Unicode hyphen of a word
# processor's typography read as a hyphen (fresh12).
SPACES |= {"\u00ad": "", "\ufeff": "", "\u2010": "-"}
# A tab between spreadsheet cells read as a space, a web page's invisible word joiner as nothing and
# the em dash a word processor makes of a double hyphen as a hyphen (fresh13).
SPACES |= {"\t": " ", "\u2060": "", "\u2014": "-"}
# The minus sign a PDF typesets where a hyphen was typed read as a hyphen, and the middle dot some forms
# print between groups of digits as a full stop (fresh14).
SPACES |= {"\u2212": "-", "\u00b7": "."}
# The underscore a database field or a file name puts between groups of digits read as a space (fresh15).
SPACES |= {"_": " "}
NHS_BOXED = re.compile(r"^\d( \d){9}$")
# A word processor's non-breaking hyphen, read as a hyphen; NHS digits split by spaced slashes or
# grouped 4-3-3 (fresh8).
NBH = "\u2011"
NHS_SLASHED = re.compile(r"^\d{3} / \d{3} / \d{4}$|^\d{4} \d{3} \d{3}$")
# The last four digits read back in pairs, spaced or hyphenated ("943 476 59 19") (fresh9).
NHS_PAIRED = re.compile(r"^\d{3}([ -])\d{3}\1\d\d\1\d\d$")
# The first three digits in brackets as a phone number is typed, and full-width digits as a Chinese
# keyboard types them into a message the worker copied (fresh16).
NHS_BRACKETED = re.compile(r"^\(\d{3}\) \d{3} \d{4}$")
FULL_WIDTH_DIGITS = {0xFF10 + i: str(i) for i in range(10)} | {0x3000: " "}
# Arabic-Indic digits, as a phone set to Arabic types them, read as digits; an NHS number with a comma
# at each pause, as dictation software writes one read out in groups (fresh17).
ARABIC_DIGITS = {0x0660 + i: str(i) for i in range(10)}
NHS_DICTATED = re.compile(r"^\d{3}, \d{3}, \d{4}$")
# A run of one digit read as "double 3" or "triple 3" in a phone or NHS number ("07912 double 3 4 567",
# "943 double 4 7 6593"), a work number's extension ("ext. 2231", "(ext 214)", "x214"), and a day of the month written as a word ("third of April 2015") (fresh18).
DICTATED_RUN = re.compile(r"\b(double|triple) (\d)\b", re.IGNORECASE)
EXTENSION = re.compile(r"\s+(\(ext\.? \d{2,5}\)|ext\.? \d{2,5}|x\d{2,5})$", re.IGNORECASE)
# A work extension written "extn. 2214", "ext: 2214" or "(internal 2214)"; NHS digits typed between a form's
# pipes, tight or spaced ("943|476|5919", "943 | 476 | 5919"); a date said month first with "the" ("May the
# 3rd 2015") (fresh22).
EXTENSION_MORE = re.compile(r"\s+(extn\. \d{2,5}|ext: \d{2,5}|\(internal \d{2,5}\))$", re.IGNORECASE)
NHS_PIPED = re.compile(r"^\d{3}( ?)\|\1\d{3}\1\|\1\d{4}$")
MONTH_THE = re.compile(r"^([A-Za-z]+) the (?=\d)", re.IGNORECASE)
# A work extension run into "ext." or written after an "x" in brackets or a hash ("ext.2214", "(x2214)",
# "#2214"); NHS digits copied by hand with a full stop and another separator ("943 476.5919", "943.476-5919"); a
# date with its weekday and "the ... of" ("Sat the 3rd of May 2015") (fresh23).
EXTENSION_TIGHT = re.compile(r"\s+(ext\.\d{2,5}|\(x\d{2,5}\)|#\d{2,5})$", re.IGNORECASE)
NHS_MIXED = re.compile(r"^\d{3}(\.\d{3}[ -]|[ -]\d{3}\.)\d{4}$")
WEEKDAY_THE = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]* the (?=\d)", re.IGNORECASE)
# A work extension in words after a comma or after a spaced dash ("01768 772345, extension 2214", "0151 234
# 5678 - ext 2214"); NHS digits with the check digit set apart ("943 476 591 9", "943-476-591/9"; fresh9's near
# miss in pairs, "94 34 76 59 19", stays implausible); a postcode with a full stop for the space ("CA12.5AB") (fresh24).
EXTENSION_WORDS = re.compile(r"(,\s+extension \d{2,5}|\s+- ext \d{2,5})$", re.IGNORECASE)
NHS_CHECK_APART = re.compile(r"^\d{3}([ -])\d{3}\1\d{3}( |/)\d$")
POSTCODE_DOTTED = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?\.[0-9][ABD-HJLNP-UW-Z]{2}$", re.IGNORECASE)
# NHS digits grouped 4-3-3 with hyphens or full stops ("9434-765-919", "9434.765.919"; the older near miss
# "943 4765 919" stays implausible); a postcode with a hyphen for the space ("LA5-9AB") (fresh25).
NHS_433 = re.compile(r"^\d{4}([-.])\d{3}\1\d{3}$")
POSTCODE_HYPHEN = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?-[0-9][ABD-HJLNP-UW-Z]{2}$", re.IGNORECASE)
# NHS digits in two halves of five ("48577 73456") or with a spreadsheet's thousands commas ("4,857,773,456";
# the near miss "485,777,3456" stays implausible); a postcode with its space typed one place too late ("SL69 AB");
# a work extension after a comma ("01628 812345, ext 22") (fresh26).
NHS_FIVES = re.compile(r"^\d{5} \d{5}$")
NHS_THOUSANDS = re.compile(r"^\d,\d{3},\d{3},\d{3}$")
POSTCODE_LATE_SPACE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9] [ABD-HJLNP-UW-Z]{2}$", re.IGNORECASE)
EXTENSION_COMMA = re.compile(r",\s+ext\.? \d{2,5}$", re.IGNORECASE)
# NHS digits typed on a phone that puts a space after each full stop ("943. 476. 5919") or shown in a spreadsheet's
# scientific notation ("9.434765919E+09"; the near miss with nine digits, "9.43476591E+09", stays implausible); a
# NINO with its suffix in brackets ("AB 12 34 56 (C)", "AB123456(C)"); a number copied from a signature's link
# ("tel:+447912345678") and an extension after a spaced "x" ("01638 812345 x 221"); a postcode with its space one
# place early ("CB 85AB"); a date of birth from a JSON export ("2015-04-03T00:00:00.000Z"); an e-mail address with
# its "mailto:"; a person as an initial and a surname ("G. Sibanda") (fresh27).
NHS_DOT_SPACE = re.compile(r"^\d{3}\. \d{3}\. \d{4}$")
NHS_SCIENTIFIC = re.compile(r"^\d\.\d{9}E\+09$", re.IGNORECASE)
NINO_BRACKETED_SUFFIX = re.compile(r" ?\(([A-D])\)$", re.IGNORECASE)
TEL_LINK = re.compile(r"^tel:(?=[+0])", re.IGNORECASE)
EXTENSION_SPACED_X = re.compile(r"\s+x \d{2,5}$", re.IGNORECASE)
JSON_MIDNIGHT = re.compile(r"(?<=\d)T00:00:00\.000Z$", re.IGNORECASE)
MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
NAME_INITIAL = re.compile(r"^[^\W\d_]\. [^\W\d_]+(?:[ '’-][^\W\d_]+)*$")
# NHS digits from a spreadsheet export, kept as text by a leading apostrophe ("'9434765919", "'943 476 5919") or
# exported as a decimal ("9434765919.0"; "9434765919.00" and "943476591.0" stay implausible); a NINO spelt in the
# phonetic alphabet ("Alpha Bravo 12 34 56 Charlie"); a mobile from a WhatsApp export inside its invisible direction
# marks; a saved contact's pause or wait before an extension ("01462 123456,,221", "01462123456;221"); a postcode
# from a maps link ("SG6+3AB", "SG6%203AB") or with an outward zero typed as a letter O ("BLO 9AB"); a date of
# birth with an export's twelve-hour midnight ("03/04/2015 12:00:00 AM"); an e-mail address said aloud ("jo dot
# bloggs at mail dot com") or with its "@" hidden ("jo.bloggs[at]mail.com"); a person as a first name and the
# initial of a surname ("Sharmila S.") (fresh28).
NHS_TEXT_APOSTROPHE = re.compile(r"^'(?=\d)")
NHS_DECIMAL = re.compile(r"^(\d{10})\.0$")
NATO_LETTERS = {w.lower(): w[0] for w in ("Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet Kilo Lima Mike "
                                          "November Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey X-ray "
                                          "Yankee Zulu").split()}
NINO_PHONETIC = re.compile(r"^([A-Za-z-]+) ([A-Za-z-]+) (\d\d ?\d\d ?\d\d) ([A-Za-z-]+)$")
DIRECTION_MARKS = re.compile(r"^\u202a(.*)\u202c$")
EXTENSION_PAUSE = re.compile(r"(?<=\d)(,,|;)\d{2,5}$")
POSTCODE_LINKED = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)(\+|%20)([0-9][ABD-HJLNP-UW-Z]{2})$", re.IGNORECASE)
POSTCODE_LETTER_O = re.compile(r"^([A-Z]{1,2})(O|\dO|O\d) ?([0-9][ABD-HJLNP-UW-Z]{2})$", re.IGNORECASE)
TWELVE_HOUR_MIDNIGHT = re.compile(r"(?<=\d) 12:00(:00)? AM$", re.IGNORECASE)
EMAIL_SAID = re.compile(r" dot ", re.IGNORECASE)
EMAIL_AT = re.compile(r" at |\[at\]", re.IGNORECASE)
NAME_FIRST_INITIAL = re.compile(r"^[^\W\d_]+(?:[ '’-][^\W\d_]+)* [^\W\d_]\.$")
# NHS digits from the line a Code 39 barcode prints under the bars, between its asterisks ("*9434765919*"; "**9434765919*"
# and "*943476591*" stay implausible); a NINO spelt a word for each letter, the way people in England spell over the
# phone ("A for apple, B for boy, 12 34 56, C for Charlie"; a word that does not start with its letter stays
# implausible); a landline with the exchange's town for its dialling code, as an old letterhead writes it ("Harrogate
# 567123"); a postcode with a word processor's no-break space between its halves ("AL1\u00a03AB"); a date of birth
# typed with backslashes ("03\\04\\2015"); an e-mail address with a phone's spaces round its "@" ("jo.bloggs @
# mail.com"); a person as an export's "SURNAME, First" ("REDDY, Sahithi") (fresh29).
NHS_BARCODE = re.compile(r"^\*(\d{10})\*$")
NINO_SPELT = re.compile(r"^([A-Z]) for ([A-Za-z-]+),? ([A-Z]) for ([A-Za-z-]+),? (\d\d ?\d\d ?\d\d),? ([A-Z]) for ([A-Za-z-]+)$",
                        re.IGNORECASE)
EXCHANGE = re.compile(r"^([^\W\d_][^\d]*?) (\d{6,8})$")
POSTCODE_NBSP = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?\u00a0[0-9][ABD-HJLNP-UW-Z]{2}$", re.IGNORECASE)
BACKSLASHED = re.compile(r"^(\d{1,2})\\(\d{1,2})\\(\d{4})$")
EMAIL_SPACED_AT = re.compile(r"(?<=\S) @ (?=\S)")
NAME_SURNAME_FIRST = re.compile(r"^[^\W\d_]+(?:[ '’-][^\W\d_]+)*, [^\W\d_]+(?:[ '’-][^\W\d_]+)*$")
DAY_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
             "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
             "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first").split()
DAY_WORD = re.compile(rf"^({'|'.join(sorted(DAY_WORDS, key=len, reverse=True))})\b", re.IGNORECASE)
# A mobile typed with a capital O for its first zero ("O7912 334567"), a switchboard number with the menu
# option to press ("0300 123 4567 option 2", ", opt 3", "(option 2)"), an NHS number with slashes and no
# spaces ("943/447/6593"), a date said as "3rd of the 4th 2015" or "the 3rd of April 2015", and a postcode
# with two spaces ("B69  3AB") (fresh19).
LEADING_O = re.compile(r"^[Oo](?=\d{4})")  # "o7912" once a hurried note is lower-cased
OPTION = re.compile(r",?\s+(\(option \d\)|option \d|opt \d)$", re.IGNORECASE)
NHS_SLASHED_TIGHT = re.compile(r"^\d{3}/\d{3}/\d{4}$")
OF_THE_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th) of the (\d{1,2})(?:st|nd|rd|th),? (\d{4})$", re.IGNORECASE)
# A year said in words, as a parent gives a date of birth at the door ("12th March twenty fifteen", "the
# twelfth of March two thousand and seven") (fresh20).
YEAR_IN_WORDS = re.compile(r"\b(twenty|two thousand and|nineteen) ([a-z]+(?:-[a-z]+)?)$", re.IGNORECASE)
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
     "nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six twenty-seven twenty-eight "
     "twenty-nine").split())}
NUMBER_WORDS.update({f"{tens}{'-' + unit if unit else ''}": 10 * (i + 3) + j for i, tens in enumerate("thirty forty fifty sixty seventy eighty ninety".split())
                     for j, unit in enumerate(["", *"one two three four five six seven eight nine".split()])})
# A number read out and written down word by word ("oh seven seven double oh, nine oh oh, ...") (fresh21).
SAID_DIGITS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())} | {"oh": "0"}
NINO = re.compile(r"^([A-Z]{2})(\d{2})(\d{2})(\d{2})([A-D])$", re.IGNORECASE)  # once separators are gone
NINO_SHAPE = re.compile(r"^[A-Z]{2}([ ./-]?\d){6}[ ./-]?[A-D]$", re.IGNORECASE)
# Also written into a form's boxes ("A B 1 2 3 4 5 6 C"), or without the suffix letter, which is
# often left off ("AB 12 34 56", "AB123456") (fresh5).
NINO_BOXED = re.compile(r"^[A-Z] [A-Z]( \d){6} [A-D]$", re.IGNORECASE)
# The two letters dictated one at a time, the digits in pairs ("A B 12 34 56 C") (fresh17).
NINO_LETTERS_APART = re.compile(r"^[A-Z] [A-Z] \d\d \d\d \d\d [A-D]$", re.IGNORECASE)
NINO_NO_SUFFIX = re.compile(r"^[A-Z]{2}(\d{6}| \d\d \d\d \d\d)$", re.IGNORECASE)
NAME = re.compile(r"^[^\W\d_]+(?:[ '’-][^\W\d_]+)*$")
# Words that must never be inside a PERSON span: titles and relationship or role words.
NOT_NAME_WORDS = frozenset("""
mr mrs ms miss dr pc dc sgt mum mummy mother dad daddy father nan nana gran grandma grandad auntie
aunt uncle brother sister carer foster sw social worker teacher child baby
""".split())
SCHOOL_WORDS = ("school", "academy", "nursery", "college", "pre-school", "preschool", "primary", "referral unit",
                "playgroup", "kindergarten")
DATE_FORMATS = ("%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d-%m-%Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y",
                "%B %d, %Y", "%d-%b-%Y", "%d/%b/%Y", "%b %d %Y", "%d %b. %Y", "%d.%m.%y", "%B %d %Y", "%Y/%m/%d",
                "%d-%m-%y", "%A %d %B %Y", "%a %d/%m/%Y", "%Y%m%d", "%d%m%Y", "%d %B, %Y", "%Y.%m.%d", "%d %m %Y",
                "%d %B %y", "%a, %d %b %Y", "%d%b%Y", "%d-%b-%y", "%d %b %y", "%a %d %b %Y", "%d / %m / %Y",
                "%a %d %B %Y", "%Y-%b-%d", "%b. %d, %Y", "%Y %m %d",  # "Apr. 3, 2015", "2015 04 03" (fresh12)
                "%A, %d %B %Y", "%d/%b/%y",  # "Thursday, 3 April 2015", "03/Apr/15" (fresh13)
                "%d-%B-%Y",  # "3-April-2015" (fresh14)
                "%d.%b.%Y",  # "03.Apr.2015" (fresh16)
                "%d%b%y", "%b-%d-%Y",  # "03May15", "May-03-2015" (fresh26)
                "%d%B%Y")  # "3April2015" (fresh27)
# A month in Roman numerals between the day and the year ("3.IV.2015", "3 IV 2015") (fresh10).
ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
ROMAN_MONTH = re.compile(r"(?<=\d[ .-])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?=[ .-]\d)", re.IGNORECASE)
# A house with a name and no number ("Brook Farm, Tithe Lane") is an address too (fresh4).
HOUSE_WORDS = frozenset("cottage cottages farm farmhouse house lodge barn bungalow grange mill forge hall rectory vicarage "
                        "croft smithy chapel".split())
# A boat's mooring or a caravan's pitch is an address too, with the marina or park for a street (fresh5).
SITE_WORDS = frozenset("marina moorings wharf basin park".split())
# A houseboat's berth on a quay, pier or boatyard; service quarters on a garrison or camp; a named
# house's annexe, a villa or a manse (fresh6).
SITE_WORDS |= frozenset("quay pier boatyard garrison camp".split())
# A pitch on a Traveller site, a canal's lock cottage, a chalet in a holiday village (fresh8).
SITE_WORDS |= frozenset("site canal village".split())
HOUSE_WORDS |= frozenset("annexe villa manse dairy".split())
# A bothy on a farm (fresh11).
HOUSE_WORDS |= frozenset(["bothy"])


def _spaced(text: str) -> str:
    """`text` with narrow and thin spaces read as spaces (fresh7), en dashes (fresh6) and
    non-breaking hyphens (fresh8) as hyphens, and a line break that hard-wrapped e-mail text put
    inside a number (fresh10) as a space; a figure space as a space and a zero-width space as nothing (fresh11); a soft hyphen and a
    byte-order mark as nothing and a Unicode hyphen as a hyphen (fresh12); a tab as a space, a word joiner as
    nothing and an em dash as a hyphen (fresh13); a minus sign as a hyphen and a middle dot as a full stop (fresh14); an underscore as a space (fresh15)."""
    return text.translate(str.maketrans({**SPACES, EN_DASH: "-", NBH: "-", "\n": " "}))


def _undictated(text: str) -> str:
    """`text` with each "double 3" or "triple 3" written as the digits it stands for (fresh18)."""
    return DICTATED_RUN.sub(lambda m: m.group(2) * (2 if m.group(1).lower() == "double" else 3), text)


def _read_out(text: str) -> bool:
    """Ten digits in groups with a run said as "double" or "triple" ("943 double 4 7 6593") (fresh18)."""
    if not DICTATED_RUN.search(text):
        return False
    digits = _undictated(text)
    return bool(re.fullmatch(r"\d+( \d+)+", digits)) and len(re.sub(r"\D", "", digits)) == 10


def _in_figures(text: str) -> str:
    """A number read out word by word in figures, its groups parted where the commas were ("oh seven seven
    double oh, nine oh oh" -> "07700 900"); any other text as it is (fresh21)."""
    groups = []
    for group in text.lower().split(","):
        words, digits = group.split(), ""
        while words:
            times = {"double": 2, "triple": 3}.get(words[0], 1)
            word = words[1] if times > 1 and len(words) > 1 else words[0]
            if word not in SAID_DIGITS:
                return text
            digits += SAID_DIGITS[word] * times
            words = words[2:] if times > 1 else words[1:]
        if not digits:
            return text
        groups.append(digits)
    return " ".join(groups)


def valid_nhs(text: str) -> bool:
    """3-3-4 digits (spaces, dashes or none) whose last digit is the mod-11 check digit."""
    text = _spaced(_in_figures(text).replace(EN_DASH, "-")).translate(FULL_WIDTH_DIGITS).translate(ARABIC_DIGITS)
    if NHS_SCIENTIFIC.match(text):  # "9.434765919E+09" (fresh27)
        text = text[0] + text[2:11]
    text = NHS_DECIMAL.sub(r"\1", NHS_TEXT_APOSTROPHE.sub("", text))  # "'9434765919", "9434765919.0" (fresh28)
    text = NHS_BARCODE.sub(r"\1", text)  # "*9434765919*", the line under a barcode (fresh29)
    if not (NHS.match(text) or NHS_UNEVEN.match(text) or NHS_BOXED.match(text) or NHS_SLASHED.match(text)
            or NHS_PAIRED.match(text) or NHS_BRACKETED.match(text) or NHS_DICTATED.match(text) or NHS_SLASHED_TIGHT.match(text)
            or NHS_PIPED.match(text) or NHS_MIXED.match(text) or NHS_CHECK_APART.match(text) or NHS_433.match(text)
            or NHS_FIVES.match(text) or NHS_THOUSANDS.match(text) or NHS_DOT_SPACE.match(text) or _read_out(text)):
        return False
    digits = re.sub(r"\D", "", _undictated(text))
    return nhs_check_digit(digits[:9]) == int(digits[9])


def valid_nino(text: str) -> bool:
    """Two prefix letters HMRC allows, six digits and a suffix A-D, spaced (by spaces, dashes, dots or
    slashes) or not; or boxed one character apart, or with the suffix left off, or with a full stop
    after the prefix ("AB. 123456C")."""
    text = re.sub(r"^([A-Z]{2})\. ", r"\1 ", _spaced(text.replace(EN_DASH, "-")), flags=re.IGNORECASE)
    text = NINO_BRACKETED_SUFFIX.sub(r" \1", text)  # "AB 12 34 56 (C)", "AB123456(C)" (fresh27)
    text = _unspelt(text)  # "Alpha Bravo 12 34 56 Charlie" (fresh28)
    text = _spelt_for(text)  # "A for apple, B for boy, 12 34 56, C for Charlie" (fresh29)
    text = re.sub(r"(?<=\w)  (?=\w)", " ", text)  # spaced twice over, as copied out of a justified PDF (fresh9)
    if NINO_LETTERS_APART.match(text):
        text = text[0] + text[2:]
    if NINO_BOXED.match(text) or NINO_NO_SUFFIX.match(text):
        text = re.sub(" ", "", text) + ("" if text[-1].isalpha() else "A")
    m = NINO.match(re.sub(r"[ ./-]", "", text)) if NINO_SHAPE.match(text) else None
    if not m:
        return False
    prefix = m.group(1).upper()
    return prefix[0] not in NINO_BAD_FIRST and prefix[1] not in NINO_BAD_SECOND and prefix not in NINO_BAD_PREFIXES


def valid_phone(text: str) -> bool:
    """A UK number: 10 or 11 digits starting 01, 02 or 07 once +44, 0044 or a bare 44 (and any
    "(0)") is read as 0; "+44 07912 345678", a common slip, keeps its own 0; a number a spreadsheet
    stripped of its leading 0 ("7912 345678") gets it back. No-break spaces count as spaces, en
    dashes as hyphens."""
    text = _spaced(_in_figures(text).replace("(+44)", "+44").replace("\u00a0", " ").replace(EN_DASH, "-"))
    text = "0044" + text[5:] if text.startswith("00 44") else text  # the prefix written as two pairs (fresh7)
    text = re.sub(r"(?<=\d), (?=\d)", " ", text.translate(ARABIC_DIGITS))  # Arabic-Indic digits; a dictated comma (fresh17)
    text = EXTENSION_WORDS.sub("", text)  # ", extension 2214", " - ext 2214" (fresh24)
    text = EXTENSION_COMMA.sub("", text)  # ", ext 22", ", ext. 22" (fresh26)
    text = EXTENSION_SPACED_X.sub("", TEL_LINK.sub("", text))  # " x 221"; "tel:+44..." (fresh27)
    text = EXTENSION_PAUSE.sub("", DIRECTION_MARKS.sub(r"\1", text))  # ",,221", ";221"; a WhatsApp export's marks (fresh28)
    text = _exchange(text)  # "Harrogate 567123", the exchange's town for the code (fresh29)
    text = _undictated(EXTENSION.sub("", text))  # a run said as "double 3"; a work number's extension (fresh18)
    text = EXTENSION_MORE.sub("", text)  # "extn. 2214", "ext: 2214", "(internal 2214)" (fresh22)
    text = EXTENSION_TIGHT.sub("", text)  # "ext.2214", "(x2214)", "#2214" (fresh23)
    text = LEADING_O.sub("0", OPTION.sub("", text))  # a capital O for the first zero; a switchboard's option (fresh19)
    text = "0" + text[3:] if text.startswith("(0)") else text  # a signature's "+44 (0)" with the "+44" cut off (fresh16)
    if not re.fullmatch(r"[+(\d][\d ()./-]+\d", text):
        return False
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.startswith("+44"):
        digits = "0" + digits[2:].removeprefix("0")
    elif text.startswith("0044"):
        digits = "0" + digits[4:]
    elif text.startswith("44") and len(digits) == 12:  # a phone's export: the country code, no plus
        digits = "0" + digits[2:]
    elif (text[0] == "7" and len(digits) == 10) or (text[0] in "12" and len(digits) in (9, 10)):
        digits = "0" + digits  # a spreadsheet dropped the leading zero (fresh6)
    return len(digits) in (10, 11) and digits[:2] in ("01", "02", "07")


def _year_in_figures(text: str) -> str:
    """`text` with a year said in words at its end in figures ("twenty fifteen" -> "2015", "two thousand
    and seven" -> "2007", "nineteen eighty-six" -> "1986"), a day word after "the" kept ("the twelfth of March ..." -> "twelfth of March
    ..."); other text as it is."""
    if re.search(r"\btwo thousand$", text, re.IGNORECASE):  # the year 2000
        return re.sub(r"^the (?=[a-z])", "", text[:-len("two thousand")], flags=re.IGNORECASE) + "2000"
    m = YEAR_IN_WORDS.search(text)
    n = NUMBER_WORDS.get(m.group(2).lower()) if m else None
    century = 1900 if m and m.group(1).lower() == "nineteen" else 2000
    if n is None or (m.group(1).lower() != "two thousand and" and n < 10) or century + n > 2026:
        return text
    return re.sub(r"^the (?=[a-z])", "", text[:m.start()], flags=re.IGNORECASE) + str(century + n)


def parse_date(text: str) -> dt.date | None:
    """A date written in any of the corpus's forms ("3rd April 2015", "03/04/15"), else None."""
    text = OF_THE_MONTH.sub(r"\1/\2/\3", re.sub(r"^the (?=\d)", "", text.strip(), flags=re.IGNORECASE))  # fresh19
    text = _year_in_figures(text)  # fresh20
    text = MONTH_THE.sub(r"\1 ", text)  # "May the 3rd 2015" (fresh22)
    text = WEEKDAY_THE.sub("", text)  # "Sat the 3rd of May 2015" (fresh23)
    clean = DAY_WORD.sub(lambda m: str(DAY_WORDS.index(m.group(1).lower()) + 1), text.strip())  # "third of April 2015" (fresh18)
    clean = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", clean.replace(EN_DASH, "-"), flags=re.IGNORECASE)
    clean = re.sub(r"\bSept\b", "Sep", clean.translate(ARABIC_DIGITS), flags=re.IGNORECASE)  # "3 Sept 2015"; Arabic-Indic digits (fresh17)
    clean = clean.replace("\u2212", "-").replace("\u00b7", ".")  # a PDF's minus sign, a form's middle dot (fresh14)
    clean = re.sub(r"(\d) (day )?of ", r"\1 ", clean, flags=re.IGNORECASE).replace(" '", " ")  # "3rd day of" (fresh11)
    # fresh8: "03 - 04 - 2015", "3. 4. 2015", "Thurs 3 April 2015", a system export's "2015-04-03T00:00:00"
    clean = re.sub(r"(?<=\d) - (?=\d)", "-", re.sub(r"(?<=\d)\. (?=\d)", ".", clean))
    clean = re.sub(r"(?<=\d)T00:00:00$", "", JSON_MIDNIGHT.sub("", clean), flags=re.IGNORECASE)  # ".000Z" (fresh27)
    clean = re.sub(r"(?<=\d) 00:00(:00)?$", "", clean)  # a case system's export, with midnight (fresh9)
    clean = TWELVE_HOUR_MIDNIGHT.sub("", clean)  # "03/04/2015 12:00:00 AM" (fresh28)
    clean = BACKSLASHED.sub(r"\1/\2/\3", clean)  # "03\\04\\2015" (fresh29)
    clean = re.sub(r"^(Tue|Wed|Thu)(s|rs)\b", r"\1", clean, flags=re.IGNORECASE)
    clean = ROMAN_MONTH.sub(lambda m: str(ROMANS.index(m.group(0).upper()) + 1), clean)  # "3.IV.2015" (fresh10)
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(clean, fmt).date()
        except ValueError:
            continue
    return None


def valid_address(text: str) -> bool:
    """A number (house or flat), or a house's name (a farm, a cottage), and a street type word."""
    halves = [*places()["street_types"].values()]
    halves += [half for split in OWN_FILES for half in own(split, "places")["street_types"].values()]
    types = {t.lower().rstrip(".") for half in halves for t in half}
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return (bool(re.search(r"\d", text)) or bool(words & HOUSE_WORDS)) and bool(words & (types | SITE_WORDS))


def _early_space(text: str) -> bool:
    """A postcode with its space typed one place too early, four characters before the end ("CB 85AB") (fresh27)."""
    m = re.fullmatch(r"([A-Z0-9]{1,3}) ([A-Z0-9]{4})", text, re.IGNORECASE)
    return bool(m) and bool(POSTCODE.match(m.group(1) + m.group(2)))


def _unspelt(text: str) -> str:
    """A NINO with its letters spelt in the phonetic alphabet as its letters ("Alpha Bravo 12 34 56 Charlie" ->
    "AB 12 34 56 C"); any other text as it is (fresh28)."""
    m = NINO_PHONETIC.match(text)
    words = [m.group(i).lower() for i in (1, 2, 4)] if m else []
    if not m or not all(w in NATO_LETTERS for w in words):
        return text
    return f"{NATO_LETTERS[words[0]]}{NATO_LETTERS[words[1]]} {m.group(3)} {NATO_LETTERS[words[2]]}"


def _spelt_for(text: str) -> str:
    """A NINO with each letter spelt as a word starting with it ("A for apple, B for boy, 12 34 56, C for Charlie" ->
    "AB 12 34 56 C"); any other text as it is (fresh29)."""
    m = NINO_SPELT.match(text)
    if not m or not all(m.group(i + 1).lower().startswith(m.group(i).lower()) for i in (1, 3, 6)):
        return text
    return f"{m.group(1)}{m.group(3)} {m.group(5)} {m.group(6)}".upper()


@functools.cache
def _exchange_codes() -> dict[str, str]:
    """Every split's towns, lower-cased, with their dialling codes (fresh29)."""
    towns = places()["towns"] + [t for split in OWN_FILES for t in own(split, "places")["towns"]]
    return {t["name"].lower(): t["area"] for t in towns}


def _exchange(text: str) -> str:
    """A landline with the exchange's town for its dialling code ("Harrogate 567123" -> "01423 567123"); any other
    text as it is (fresh29)."""
    m = EXCHANGE.match(text)
    code = _exchange_codes().get(m.group(1).lower()) if m else None
    return f"{code} {m.group(2)}" if code else text


def _linked_or_lettered(text: str) -> bool:
    """A postcode copied out of a maps link ("SG6+3AB", "SG6%203AB"), or with the zero of its outward code typed
    as a letter O ("BLO 9AB") (fresh28)."""
    if POSTCODE_LINKED.match(text):
        return True
    m = POSTCODE_LETTER_O.match(text)
    return bool(m) and bool(POSTCODE.match(m.group(1) + m.group(2).upper().replace("O", "0") + " " + m.group(3)))


def _email(text: str) -> bool:
    """An e-mail address, also with its "mailto:" (fresh27), said aloud or with its "@" hidden (fresh28), or with
    spaces round its "@" (fresh29)."""
    text = EMAIL_SPACED_AT.sub("@", MAILTO.sub("", text), count=1)  # "jo.bloggs @ mail.com" (fresh29)
    if EMAIL_AT.search(text):
        text = EMAIL_SAID.sub(".", EMAIL_AT.sub("@", text))
    return bool(EMAIL.match(text))


def valid_person(text: str) -> bool:
    """Letters with spaces, hyphens or apostrophes (or an export's "SURNAME, First"); no title, role word or trailing
    possessive."""
    if not (NAME.match(text) or NAME_INITIAL.match(text) or NAME_FIRST_INITIAL.match(text) or NAME_SURNAME_FIRST.match(text)) \
            or re.search(r"['’]s$", text):
        # "G. Sibanda" (fresh27); "Sharmila S." (fresh28); "REDDY, Sahithi", read word by word past its comma (fresh29)
        return False
    return not any(w.lower() in NOT_NAME_WORDS for w in re.split(r"[ ,-]+", text))


def plausible(kind: str, text: str) -> bool:
    """Whether `text` is a believable identifier of gold type `kind`."""
    if text != text.strip() or not text:
        return False
    checks = {
        "PERSON": valid_person,
        "STREET_ADDRESS": valid_address,
        "UK_POSTCODE": lambda t: bool(POSTCODE.match(t.replace("  ", " ")) or POSTCODE_DOTTED.match(t)
                                          or POSTCODE_HYPHEN.match(t) or POSTCODE_LATE_SPACE.match(t) or _early_space(t)
                                          or _linked_or_lettered(t) or POSTCODE_NBSP.match(t)),
        # a maps link's "+", an O for a zero (fresh28); a no-break space (fresh29)
        # two spaces (fresh19); a full stop (fresh24); a hyphen (fresh25); the space one place too late (fresh26) or early (fresh27)
        "PHONE_NUMBER": valid_phone,
        "EMAIL_ADDRESS": _email,  # "mailto:..." (fresh27); "jo dot bloggs at mail dot com", "[at]" (fresh28)
        "UK_NHS": valid_nhs,
        "UK_NINO": valid_nino,
        "DATE_OF_BIRTH": lambda t: (d := parse_date(t)) is not None and 1940 <= d.year <= 2026,
        "SCHOOL": lambda t: t.lower().endswith(SCHOOL_WORDS) and len(t.split()) >= 2
        and t.split()[0].lower() not in ("the", "a", "an", "his", "her", "their", "my"),
        "CASE_REFERENCE": lambda t: len(re.findall(r"\d", t)) >= 4 and len(t.split()) <= 2,
    }
    return checks[kind](text)
