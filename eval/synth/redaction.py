"""Seeded generator of synthetic children's social care notes with gold identifier spans.

The corpus measures redaction recall (strict spans, per identifier type and per name-origin
group) and precision (over-redaction). Each row is a Case JSONL object (see DESIGN.md) with
`pii` gold spans and the extra fields `group` (name origin of the child and family) and `style`.

Gold types: PERSON, STREET_ADDRESS, UK_POSTCODE, PHONE_NUMBER, EMAIL_ADDRESS, UK_NHS, UK_NINO,
DATE_OF_BIRTH, SCHOOL, CASE_REFERENCE. Visit dates, ages, relationships, agencies, towns on their
own and other numbers are deliberately left in the text as things that must NOT be redacted.

The `dev` split uses the dev half of every name list, street, school and template family; the
`holdout` split uses the holdout halves (and some dev templates), with a different seed. The
`fresh` split uses the third list of names (`fresh` in names.yaml, written after the others, to
check the name rules on names not used to tune them) with the holdout places and templates. The
`fresh2` split has everything of its own (eval/synth/fresh2/): names, towns, streets, schools,
reference formats, templates, layout and identifier shapes, written blind to the redaction code.
The `fresh3` split likewise (eval/synth/fresh3/), written later again, once every older split had
been used to tune the redaction, with names, places, templates and identifier shapes none of them
uses. The `fresh4` split likewise (eval/synth/fresh4/), written once fresh3 had been used too: two
name-origin groups no older split has (Turkish and Kurdish; Filipino), addresses without a house
number (farms, cottages, care homes, hostels, travellers' sites), and identifier shapes of its own.
The `fresh5` split likewise (eval/synth/fresh5/), written once fresh4 was being used to tune: two
more name-origin groups (Afghan and Iranian; Orthodox Jewish), addresses on boats and moorings,
in supported lodgings, refuges and "c/o" other people, and identifier shapes of its own. The
`fresh6` split likewise (eval/synth/fresh6/), written while fresh3 and fresh5 were being used to
tune: three more name-origin groups (Somali, Nepali, Portuguese and Brazilian), Glasgow-style
tenement flats, annexes, foyers and family centres, service family quarters, houseboat berths,
"rear of" and lettered flats, numbers whose leading zero a spreadsheet dropped, en dashes that a
word processor put in, and reference formats of its own. The `fresh7` split likewise
(eval/synth/fresh7/), written while fresh6 was being used to tune: three more name-origin groups
(Ukrainian, Albanian, Vietnamese), guest-house rooms used as emergency accommodation, floors of
houses, student halls, sheltered housing, transit-site bays and farm cottages, narrow and
thin spaces, NHS numbers typed into a form's boxes, "00 44" prefixes and reference formats of its
own (eval/synth/shapes7.py). The `fresh8` split likewise (eval/synth/fresh8/), written while fresh7
was being used to tune: three more name-origin groups (Eritrean and Ethiopian, Sri Lankan Tamil,
Romanian and Moldovan), almshouses, park homes, canal lock cottages, initial accommodation for
families seeking asylum, pitches on council Traveller sites, holiday-village chalets, parent and child
units, flats over pubs, two rooms let together and gatehouses; non-breaking hyphens, "Tues"/"Thurs"
weekdays, "3. 4. 2015", system-export dates, e-mail write-ups, case-system form exports and Word
tables pasted as text, and reference formats of its own (a parent's prison number, a PNC id; see
eval/synth/shapes8.py). The `fresh9` split likewise (eval/synth/fresh9/), written while fresh8 was
being used to tune: three more name-origin groups (South Sudanese, mainland Chinese, Burmese and
Karen), studio flats, semi-independent units for 16 and 17 year olds, static caravans on farms,
wagons in showmen's yards, school caretakers' houses, cottages at residential schools and bedrooms
in secure children's homes; NHS digits read back in pairs, NINOs spaced twice over, case-system
export dates with a midnight time, dot-leader form fields and reference formats of its own (a LADO
allegation, pre-proceedings, a Home Office reference, a DBS certificate; see eval/synth/shapes9.py). The
`fresh10` split likewise (eval/synth/fresh10/), written while fresh9 was being used to tune: three more
name-origin groups (Congolese, Greek Cypriot, Malagasy), the nicknames adults go by ("Gaz", "Shaz",
"Dazza"), very long Malagasy surnames, Edinburgh-style "2F1" flats, approved premises, modular "pods"
used as temporary housing, a hospital's nurses' residence, coastguard cottages and night shelter beds;
identifiers hard-wrapped across a line as pasted e-mail text is, dates with the month in Roman numerals
("3.IV.2015"), minutes, chronology tables, genogram notes and letters to families, and reference
formats of its own (a family court case number, a police protection notice; see eval/synth/shapes10.py).
The `fresh11` split likewise (eval/synth/fresh11/), written while fresh10 was being used to tune: three
more name-origin groups (Slovak and Czech Roma, Gambian and Senegalese, Iraqi Kurdish), word names
given in Zimbabwe and Nigeria ("Innocent", "Knowledge", "Memory"), short breaks units, adolescent
inpatient wards, cellar flats, keepers' cottages, bothies, care homes' staff flats and caravans on a
relative's drive; figure spaces and zero-width spaces inside identifiers, mobiles in pairs and in full
international form, lower-case NINOs, "2015-Apr-03" and "3rd day of April 2015", e-mail write-ups,
case-system step exports and Signs of Safety headings, and reference formats of its own (see
eval/synth/shapes11.py).
The `fresh12` split likewise (eval/synth/fresh12/), written while fresh11 was being used to tune: three
more name-origin groups (Hungarian, Ghanaian Akan, Afghan Pashto), grace names and old trades as
names ("Godsent", "Ploughman"), units on trading estates, plots on new-build developments, converted
chapels, cemetery lodges, granny flats, lettered maisonettes and apartments in converted works;
Unicode hyphens, soft hyphens and byte-order marks inside identifiers, numbers as voice-to-text
dictation writes them, "03-APR-2015", "Apr. 3, 2015" and "2015 04 03", handover notes, dictated
notes, chronology tables, a parent's texts pasted in and court statements, and reference formats of
its own (see eval/synth/shapes12.py).
The `fresh13` split likewise (eval/synth/fresh13/), written while fresh12 was being used to tune: three
more name-origin groups (Armenian, Maltese, Fijian), Welsh-language, Cornish, Sikh Punjabi, Kenyan,
Barbadian, Estonian, Yemeni and Japanese names in the standard groups, virtues, hedgerow plants and old
trades as names ("Honesty", "Rosehip", "Rafter"), toll houses, shepherd's huts on farms, signal box
cottages, lofts in converted factories, lower ground floor flats and converted barns; tabs, word
joiners and em dashes inside identifiers, NINOs with the suffix set apart, "3rd of April, 2015",
"Thursday, 3 April 2015" and "03/Apr/15"; family group conference plans, return home interviews,
strategy discussion minutes, a health visitor's handover, an IRO's midway check, a foster carer's daily
log, an out-of-hours duty log and a three-column mapping; video calls with the chat pasted in and
words signed in BSL and voiced by an interpreter; and reference formats of its own (see
eval/synth/shapes13.py).
The `fresh14` split likewise (eval/synth/fresh14/), written while fresh13 was being used to tune: three
more name-origin groups (Zimbabwean Shona, Bosnian, Malawian), Hebridean Gaelic, Manx, Malayali Christian,
Anglophone Cameroonian, Trinidadian and Guyanese, Latvian and Bulgarian, Libyan and Omani and Mongolian names
in the standard groups, kitchen, garden, seaside and military words as names ("Custard", "Teasel", "Bosun"),
numbered almshouses, lock keepers' cottages, coastguard cottages, park homes, a pub's living accommodation and
the flat over a garage; minus signs and middle dots inside identifiers, NINOs in pairs with the suffix
hyphenated and "3-April-2015"; pre-birth assessments, school safeguarding logs, letters written to the child,
team around the family meetings, Regulation 44 visits, welcome meetings through a telephone interpreter,
police missing-from-home summaries and case closure summaries; and reference formats of its own (see
eval/synth/shapes14.py).
The `fresh15` split likewise (eval/synth/fresh15/), written while fresh14 was being used to tune: three
more name-origin groups (Algerian Kabyle, Zambian, Taiwanese), Shetland and Orkney, Marathi, Tswana, St
Lucian and Dominican, Slovene and Belarusian, Mauritanian and Emirati and Khmer names in the standard
groups, music, weather, sweets and the heavens as names ("Sonnet", "Toffee", "Comet", "Fiddler"); granny
annexes, farm cottages, a hall's gatehouse, old police houses, forges and schoolhouses, holiday park cabins
and guest house rooms used as temporary accommodation; underscores inside NHS numbers, NINOs in lower case,
dialling codes in brackets or before a slash and dates of birth exported with the month in capitals
("03-APR-2015"); private fostering visits, hospital discharge planning meetings, family group conferences,
supervised family time, return home interviews, referral order panels, pathway plan reviews, special
guardianship assessments and e-mails pasted into the record; and reference formats of its own (see
eval/synth/shapes15.py), whose years are no longer redrawn digit by digit.
The `fresh16` split likewise (eval/synth/fresh16/), written while fresh15 was being used to tune: three
more name-origin groups (Hong Kong Cantonese families on the BN(O) route, Sierra Leonean, Chagossian),
Puritan revival and north Pennine, Odia, Tanzanian Chagga, Antiguan and Montserratian, Georgian,
Tunisian and Lao names in the standard groups, fabrics, sewing and fashion houses as names ("Taffeta",
"Bobbin", "Armani"); pitches on council Gypsy and Traveller sites, hotel rooms used as contingency asylum
accommodation, park home plots and coach houses; NHS numbers with a hyphen in one gap and a space in the
other, NINOs hyphenated round the digits, phone numbers with "(0)" kept after "+44" was cut off, dates of
birth in capitals as a Home Office letter prints them ("03 APRIL 2015") or as "03.Apr.2015";
unaccompanied asylum-seeking children's welcome meetings through an interpreter, age assessments,
strategy discussions, short breaks reviews, Homes for Ukraine sponsor checks, independent reviewing
officers' notes, out-of-hours duty logs, health visitor handovers and a Gypsy and Traveller site visit;
and reference formats of its own (see eval/synth/shapes16.py).
The `fresh17` split likewise (eval/synth/fresh17/), written while fresh16 was being used to tune: three
more name-origin groups (Lithuanian, Kenyan, Assyrian), revived Cornish and Manx, Malayali, Anglophone
Cameroonian, Jamaican and Indo-Guyanese, Latvian, Egyptian Coptic and Thai names in the standard
groups, music and workshop words as names ("Rhapsody", "Tuba", "Sprocket", "Trowel"); houses on a back
lane, bungalows in supported living schemes, holiday flats let off-season as temporary accommodation
and YMCA bedspaces; NHS numbers, phone numbers and dates of birth in Arabic-Indic digits from a
parent's phone, NHS and phone numbers with a dictated comma at each pause, National Insurance numbers
with the letters dictated apart ("A B 12 34 56 C"), dates of birth with "Sept" as Britons write it;
private fostering visits, pre-birth assessments, Operation Encompass joint visits with police, child
protection medicals, young carers' assessments, elective home education welfare visits (a school's
e-mail forwarded into the record), Staying Put reviews, emergency placement planning meetings, audits
and a supervision dictated with its voice-to-text slips; and reference formats of its own (see
eval/synth/fresh17/places.yaml).
The `fresh18` split likewise (eval/synth/fresh18/), written while fresh17 was being used to tune: three
more name-origin groups (Rwandan, South African, Tongan and Samoan), Orkney and Shetland, Sindhi and
Sinhala, Edo and Urhobo, St Lucian and Bajan, Estonian, Hadhrami Yemeni and Korean names in the
standard groups, cloth and sewing words as names ("Gingham", "Tweed", "Hem", "Placket"); streets named
for Scottish islands, pods in modular homes schemes, rooms in university halls and supported lodgings;
numbers typed as they were read aloud: NHS and mobile numbers with a run of one digit said as "double"
or "triple", work landlines with their extensions, National Insurance numbers grouped three and three,
dates of birth with the day as a word ("third of April 2015"); special guardianship assessment visits,
visits to families in modular homes, visits at a safe location after a domestic abuse notification,
Clare's Law disclosure meetings, a school's MASH referral form, a duty worker's handover e-mail, pathway
plan reviews in halls, a text-message log with a care leaver, a court statement's numbered paragraphs and
a legal planning meeting; and reference formats of its own (see eval/synth/fresh18/places.yaml).
The `fresh19` split likewise (eval/synth/fresh19/), written while fresh18 was being used to tune: three
more name-origin groups (Ugandan Acholi, Indonesian, Togolese and Beninese Ewe and Fon), Yorkshire Dales
and Manx, Assamese, Angolan and Mozambican, Jamaican and Bajan, Slovene and Georgian, Sudanese and
Japanese names in the standard groups, office and stationery words as names ("Crayon", "Quill",
"Docket", "Tippex"); towns of the Potteries, Telford, Tameside, Wigan, Teesside and the Black Country,
streets named for potters and their trades, street types "Bank", "Entry", "Jitty", "Twitchel", "Batch",
"Tyning"; rooms in contingency hotels, beds in approved premises and rooms in young people's hostels;
numbers typed in haste: a mobile with a capital O for its first zero or its first five digits in
brackets, a switchboard number with the option to press, an NHS number with slashes and no spaces, a
National Insurance number in lower case, a date of birth said as "3rd of the 4th 2015", postcodes in
lower case or with two spaces; welfare visits to families in contingency hotels, private fostering
visits, joint youth justice visits, interpreted section 47 visits, neonatal discharge planning
meetings, a father's voice note, hostel visits, Talking Mats sessions, group supervision and a
pre-sentence report; and reference formats of its own (see eval/synth/fresh19/places.yaml).
The `fresh20` split likewise (eval/synth/fresh20/), written while fresh19 was being used to tune: three
more name-origin groups (Kazakh, Tibetan, Mauritian), rarer Cornish, Sinhala, Ivorian,
Indo-Trinidadian and Indo-Guyanese, Czech and Belarusian, Omani and Mongolian names in the standard
groups, kitchen words as names ("Whisk", "Colander", "Skillet", "Saucepan"); towns of west Cornwall,
north Devon, Furness, the Lincolnshire fens, the Norfolk Broads and the Welsh border, streets named for
tin mining, pilchard fishing, the fens and the Broads, street types "Drove", "Staithe", "Wynd", "Garth",
"Loke", "Ope", "Chare", "Ginnel", "Carrs"; rooms in bed and breakfasts used as temporary
accommodation, plots on park home estates and pitches on Traveller sites; numbers punctuated as typed
from a letter or a screen (NHS numbers and mobiles with full stops, mobiles grouped 4-3-4, landlines
with a hyphen or a full stop after the area code, National Insurance numbers with hyphens), dates of
birth with the year in words ("12th March twenty fifteen"); a multi-agency strategy meeting's notes, a
school's CPOMS entry, a youth worker's WhatsApp passed on, a BSL-interpreted visit, a refuge visit, a
B&B visit, a Traveller site visit, a park home visit, a text-message log and a MARAC referral; and
reference formats of its own (see eval/synth/fresh20/places.yaml).
The `fresh21` split likewise (eval/synth/fresh21/), written while fresh20 was being used to tune: three
more name-origin groups (Goan, Uyghur, Chechen), Northumbrian and Border, Bengali, Namibian Oshiwambo,
Haitian, Macedonian, Kuwaiti and Malaysian Chinese names in the standard groups, birds as names
("Siskin", "Plover", "Osprey", "Sparrowhawk", "Nuthatch"); towns of
Northumberland, Nidderdale, Swaledale and Craven, the Isle of Wight and the Kent coast, streets named for
the Dales lead mines, cobles, peles, chines and hovellers, street types "Gap", "Ghyll", "Shore", "Hope",
"Steads", "Haven", "Bight", "Ness"; rooms in houses in multiple occupation, static caravans on holiday
parks let off-season and narrowboats on moorings; numbers written down as they were said aloud, word by
word ("oh seven seven double oh, nine oh oh, ..."), mobiles with the leading zero set apart, landlines in
pairs, NINOs with only the first letter a capital, dates of birth as "3/4/17", "3rd April '17" and
"April 3rd, 2017", postcodes run together in capitals or lower case; narrowboat and holiday park visits,
youth justice joint visits, Operation Encompass follow-ups, family group conferences, exclusion meetings,
return home interviews, adolescent ward visits with an advocate, a handover e-mail chain and a supervision
reading a court statement; and reference formats of its own (see eval/synth/fresh21/places.yaml).
The `fresh22` split likewise (eval/synth/fresh22/), written while fresh21 was being used to tune: three
more name-origin groups (Liberian, Azerbaijani, Aymara Bolivian), Channel Islands and old nonconformist,
Kodava, Malian Bambara, Bahamian, Montenegrin, Qatari and Bahraini and Okinawan names in the standard
groups, weather words as names ("Mizzle", "Squall", "Sleet", "Cloudburst", "Isobar"); towns of the
Somerset Levels, the Fylde coast, the Thames estuary, the Peak District and the Forest of Dean, streets
named for withy strippers, eel traps, shrimpers, bawleys, jaggers and well dressings, street types
"Causey", "Edge", "Tor", "Shambles", "Slack", "Hithe", "Saltings", "Delph", "Cop", "Pitch", "Tump",
"Rhyne", "Meend"; rooms in hotels used for asylum seekers, a friend's sofa given "c/o", a host family's
lodgings and mother-and-baby units; NHS numbers between a form's pipes, mobiles with a spaced
slash or "0044 (0)", landlines with "extn.", "ext:" or "(internal ...)", NINOs with hyphens between the
digit pairs, dates of birth "May the 3rd 2015", "3rd May, 2015" and "Sat 3rd May 2015", postcodes in
lower case or capitalised by a phone ("Ta8 2ab"), e-mail addresses with dots and digits; hotel visits,
mother-and-baby unit visits, child protection medicals, joint housing assessments of a sixteen-year-old,
lodgings visits, a letter to a child in care, a parent's voice note typed up, a supervision log and a
LADO consultation; and reference formats of its own (see eval/synth/fresh22/places.yaml).
The `fresh23` split likewise (eval/synth/fresh23/), written while fresh22 was being used to tune: three
more name-origin groups (Latvian, Yemeni, Bulgarian), old Welsh, Parsi, Nigerian Tiv, Guyanese, Slovene,
Sudanese and Hmong names in the standard groups, fabric and sewing-box words as names ("Chintz",
"Cambric", "Fustian", "Pincushion", "Herringbone"); towns of the Cotswolds, West Cornwall and the Fal,
the Cumbrian coast, the Hoo peninsula, the Lincolnshire Wolds and the Black Country, streets named for
wool staplers, pilchard presses, bal maidens, haaf netters, caulkers and chain makers, street types
"Gullet", "Hard", "Stray", "Leaze", "Raise", "Howe", "Wath", "Stairs", "Drong"; a room at a B&B, a
women's refuge whose post goes "c/o" its office, a secure children's home, a room in a 16+ foyer and a
houseboat at a numbered mooring; NHS numbers with a full stop and another separator ("943-476.5919"), landlines
with "ext.2214", "(x2214)" or "#2214", mobiles with the code in brackets or a dot after it, NINOs in
lower case with dots or with slashes, dates of birth "Sat the 3rd of May 2015" and "3rd of May '15",
postcodes run together; B&B, refuge and houseboat visits, a visit after a police call-out, foyer
key-work, a meeting after a suspension, a secure children's home visit, a letter to a child, and
supervisions on a CAMHS letter, a youth justice report and a court statement extract, with letters'
"our ref:" and "your ref:" lines; and reference formats of its own (see eval/synth/fresh23/places.yaml).
The `fresh24` split likewise (eval/synth/fresh24/), written while fresh23 was being used to tune: three
more name-origin groups (Uzbek, Afghan Hazara, Angolan), Fenland and Norfolk chapel names, Cornish and
Manx revival names, Sindhi, Oromo, St Lucian and Bajan, Croatian, Tunisian and southern Iraqi and
Japanese names in the standard groups, spices and herbs as names ("Caraway", "Clove", "Mace", "Savory",
"Peppercorn"); towns of the Lake District, the Isles of Scilly, the Wirral, Tyneside, the Essex marshes,
the South Downs, the Fens and the north Norfolk coast, streets named for bobbin turners, gig rowers,
shrimpers, keelmen, oyster dredgers, flint knappers and eel catchers, street types "Opie", "Lode",
"Fen", "Tarn", "Gill", "Gangway", "Bostal", "Sands", "Yett"; a kinship carer's box room, a friend's flat
given "c/o", an emergency placement hotel room, a prison's mother-and-baby unit and a bay on a traveller
site; NHS numbers with the check digit set apart, landlines with ", extension 2214" or
" - ext 2214", mobiles "+44 (0)7912.345.678", NINOs in lower case with spaces or run on with hyphens, dates
of birth "03.05.15", "3/5/15" and "3rd May '15", postcodes with a full stop or in lower case with two
spaces; a strategy discussion minute, a family group conference plan, a PEP meeting, a return home
interview, a health visitor's contact, an e-mail chain and a WhatsApp export, a LADO note and a school
exclusion letter; and reference formats of its own (see eval/synth/fresh24/places.yaml).
The `fresh25` split likewise (eval/synth/fresh25/), written while fresh24 was being used to tune: three
more name-origin groups (Sinhala, Gorale from Podhale, Samoan), Hebridean Gaelic, Sylheti Bengali, Namibian
Oshiwambo, Vincentian and Grenadian, Slovak, Moroccan Amazigh and Korean names in the standard groups, card
games as names ("Canasta", "Whist", "Pontoon", "Cribbage", "Knave"); towns of the Chilterns, the Solent, the
Humber and Morecambe Bay, streets named for chair bodgers, lace makers, salt panners, sloop masters,
trawlermen and cocklers, street types "Hards", "Hoe", "Hatch", "Eyot", "Slipway", "Pasture", "Acre", "Wick",
"Sike", "Mere", "Hurst"; a room at a YMCA, a bed at a night shelter, a kinship carer's annexe, a hospital
ward, a young offender institution and a residential school; NHS numbers grouped 4-3-3 with hyphens or full
stops, NINOs with slashes or six digits run together, mobiles in pairs or with a hyphen, landlines with
"(ext. 22)" or "x22", dates of birth "03-May-2015", "May 3rd, 2015" and "3rd of May 2015", postcodes with
a hyphen or in lower case, e-mail addresses with underscores and plus tags; an annexe visit, a private
fostering visit, a young carers assessment, a ward visit, a conference report, a YMCA visit, an age
assessment interview, a YOI visit, a pathway plan review and supervisions on handover e-mails and a text
log; and reference formats of its own (see eval/synth/fresh25/places.yaml).
The `fresh26` split likewise (eval/synth/fresh26/), written while fresh25 was being used to tune: three
more name-origin groups (southern Italian, Ga, Hausa-Fulani), Mercian saints' and Old Testament names with
Shropshire and Welsh Marches surnames, Mirpuri, Hausa, Jamaican (Chinese and Lebanese Jamaican), Kosovar
Albanian, Lebanese and Syrian Christian and Cambodian Khmer names in the standard groups, weather and sky
words as names ("Hail", "Stormy", "Drift", "Swell", "Puddle", "Forecast"); towns of the Thames Valley, the
Surrey Hills, the Nene and the Heavy Woollen district, streets named for punt builders, swan uppers, broom
squires, boot closers, clickers, shoddy makers and card setters, street types "Lock", "Weir", "Ridge",
"Hanger", "Shaw", "Royd", "Bourne", "Cross", "Meadow", "Nab"; a room at a children's hospice, a room at a
hospital's family house, care of a convent, a tied cottage and the flat over a riding school's stables;
NHS numbers in two fives or with thousands commas, NINOs with the digits split 3-3 by a hyphen or in
hyphenated pairs with no spaces, mobiles grouped 4-4-3 or with the first five digits in brackets,
landlines with ", ext 22" or split 3-3 by hyphens, dates of birth "03May15", "03MAY15" and "May-03-2015",
postcodes with the space one place too late or in sentence case, e-mail addresses with capitals or a
hyphenated initial and year, names surname first ("IANNUZZI, Gaetano"); a parent and child placement
visit, an elective home education visit, a neonatal unit visit, an approved premises visit, a convent
visit, a short breaks review, a hospice visit, a Staying Put review and supervisions on a Teams chat and
a court bundle index; and reference formats of its own (see eval/synth/fresh26/places.yaml).
The `fresh27` split likewise (eval/synth/fresh27/), written while fresh26 was being used to tune: three
more name-origin groups (Seychellois, Madeiran, Sephardi), grandparents' generation first names with
Tyneside and Northumbrian surnames, Punjabi Sikh, Zimbabwean Ndebele, Barbadian and Guyanese, Croatian,
Coptic Egyptian and Thai names in the standard groups, bakery, workshop and landscape words as names
("Marmalade", "Piston", "Throttle", "Estuary", "Cairn"); towns of the racing country round Newmarket, of
Warwickshire, of South Derbyshire and Newport on the Isle of Wight, streets named for stable lads, work
riders, needle scourers, ribbon weavers, clay pipe makers and chain ferrymen, street types "Gallops",
"Stables", "Slade", "Ferry", "Pitch", "Bank", "Tump", "Leasowe"; the warden's flat of a sheltered scheme, a
room at a Salvation Army lifehouse, a yurt on a smallholding, an Airbnb flat used as an emergency
placement, the granthi's flat at a gurdwara and a bed in a racing yard's hostel; NHS numbers with a
space after each full stop or in a spreadsheet's scientific notation, NINOs with the suffix in brackets,
phone numbers as a signature's "tel:" link, landlines with " x 123", dates of birth from a JSON export
("2015-04-03T00:00:00.000Z") or typed with no spaces ("3April2015"), postcodes with the space one place
early ("CB 85AB") or the inward letters in lower case, e-mail addresses with their "mailto:", names as
an initial and a surname ("G. Sibanda"); an unregistered placement visit, a return home interview, a
private fostering visit, a kinship visit to a great-grandmother in sheltered housing, a lifehouse visit,
a smallholding visit, a racing yard visit and supervisions on a WhatsApp export and a LADO referral
form; and reference formats of its own (see eval/synth/fresh27/places.yaml).
The `fresh28` split likewise (eval/synth/fresh28/), written while fresh27 was being used to tune: three
more name-origin groups (Malayali, Cameroonian, Iranian), Home Counties first names with Lancashire
mill-town surnames, Parsi and Bengali, Tswana, Montserratian and Trinidadian, Macedonian and Belarusian,
Moroccan and Japanese names in the standard groups, Christmas and party, sports and seaside words as
names ("Satsuma", "Confetti", "Wicket", "Umpire", "Whelk", "Slipway"); towns of the first garden city,
the railway and car towns of the Vale of White Horse and north Hampshire, Taunton, Beeston and Long
Eaton, the West Pennine Moors and Rossendale and Lancaster, streets named for corset makers, lavender
distillers, withy cutters, pill rollers, lace menders and slipper makers, street types "Glebe", "Mall",
"Arcade", "Cloisters", "Greenway", "Orchard", "Coppice", "Plain", "Retreat", "Pavement"; a Nightstop
host's spare room, a family room in a residential rehab, a groundsman's flat, a converted bus in a yard,
the flat behind a takeaway and a summerhouse in a relative's garden; NHS numbers from a spreadsheet with
a leading apostrophe or a trailing ".0", NINOs spelt in the phonetic alphabet, mobiles from a WhatsApp
export inside its direction marks, landlines saved with a dialling pause before the extension
("01462 123456,,221"), postcodes from a maps link ("SG6+3AB", "SG6%203AB") or with an outward zero
typed as a letter O ("BLO 9AB"), dates of birth with an export's "12:00:00 AM", e-mail addresses said
aloud ("... at parsi-net dot co dot uk") or with "[at]", names as a first name and a surname's initial
("Sharmila S."); a Nightstop visit, a residential rehab visit, a visit to a family in a converted bus, a
visit to the flat behind a takeaway, a football academy visit, a hospital school visit and supervisions
on a CPOMS chronology and a voicemail transcript; and reference formats of its own (see
eval/synth/fresh28/places.yaml).
The `fresh29` split likewise (eval/synth/fresh29/), written while fresh28 was being used to tune: three
more name-origin groups (Telugu, Turkish Cypriot, Irish in Irish spellings), Edwardian first names with
Dales and Westmorland surnames, Gujarati, Edo, St Lucian and Dominican, Estonian, Libyan and Palestinian
and Mongolian names in the standard groups, bakery words, fairground rides and stalls and garden and
shore birds as names ("Teacake", "Crumble", "Dodgem", "Tombola", "Jackdaw", "Dipper"); towns of
Hertfordshire, west Surrey, the Weald, North Yorkshire, Durham, Lichfield and Suffolk, streets named for
straw boater makers, compositors, cress growers, toffee boilers, carpet weavers, organ builders and
guncotton workers, street types "Spur", "Oval", "Lawns", "Leat", "Grange", "Pound", "Path", "Keep",
"Fairway"; a school's boarding house, a university's family flat, a budget hotel room used as emergency
housing, the imam's flat at a mosque, a trailer in a showmen's winter quarters and a mobile home on a
seasonal workers' site; NHS numbers from the line under a barcode ("*9434765919*"), NINOs spelt a word a
letter ("A for apple, B for boy, 12 34 56, C for Charlie"), landlines with the exchange's town for the
code ("Harrogate 567123"), postcodes with a no-break space, dates of birth typed with backslashes
("03\\04\\2015"), e-mail addresses with spaces round the "@", names as an export's "SURNAME, First"
("REDDY, Sahithi"); a boarding school visit, a visit to a student parent's family flat, a budget hotel
visit, a visit to the imam's family, a showmen's yard visit, a seasonal workers' site visit and
supervisions on a Virtual School spreadsheet and a GP's letter; and reference formats of its own (see
eval/synth/fresh29/places.yaml).

Usage:
    python -m eval.synth.redaction --n 400 --seed 7 --split dev --out eval/data/redaction_dev.jsonl
    python -m eval.synth.redaction --n 250 --seed 13 --split fresh --out eval/data/redaction_fresh.jsonl
    python -m eval.synth.redaction --n 320 --seed 14 --split fresh2 --out eval/data/redaction_fresh2.jsonl
    python -m eval.synth.redaction --n 320 --seed 15 --split fresh3 --out eval/data/redaction_fresh3.jsonl
    python -m eval.synth.redaction --n 336 --seed 16 --split fresh4 --out eval/data/redaction_fresh4.jsonl
    python -m eval.synth.redaction --n 336 --seed 17 --split fresh5 --out eval/data/redaction_fresh5.jsonl
    python -m eval.synth.redaction --n 330 --seed 18 --split fresh6 --out eval/data/redaction_fresh6.jsonl
    python -m eval.synth.redaction --n 330 --seed 19 --split fresh7 --out eval/data/redaction_fresh7.jsonl
    python -m eval.synth.redaction --n 330 --seed 20 --split fresh8 --out eval/data/redaction_fresh8.jsonl
    python -m eval.synth.redaction --n 330 --seed 21 --split fresh9 --out eval/data/redaction_fresh9.jsonl
    python -m eval.synth.redaction --n 330 --seed 22 --split fresh10 --out eval/data/redaction_fresh10.jsonl
    python -m eval.synth.redaction --n 330 --seed 23 --split fresh11 --out eval/data/redaction_fresh11.jsonl
    python -m eval.synth.redaction --n 330 --seed 24 --split fresh12 --out eval/data/redaction_fresh12.jsonl
    python -m eval.synth.redaction --n 330 --seed 25 --split fresh13 --out eval/data/redaction_fresh13.jsonl
    python -m eval.synth.redaction --n 330 --seed 26 --split fresh14 --out eval/data/redaction_fresh14.jsonl
    python -m eval.synth.redaction --n 330 --seed 27 --split fresh15 --out eval/data/redaction_fresh15.jsonl
    python -m eval.synth.redaction --n 330 --seed 28 --split fresh16 --out eval/data/redaction_fresh16.jsonl
    python -m eval.synth.redaction --n 330 --seed 29 --split fresh17 --out eval/data/redaction_fresh17.jsonl
    python -m eval.synth.redaction --n 330 --seed 30 --split fresh18 --out eval/data/redaction_fresh18.jsonl
    python -m eval.synth.redaction --n 330 --seed 31 --split fresh19 --out eval/data/redaction_fresh19.jsonl
    python -m eval.synth.redaction --n 330 --seed 32 --split fresh20 --out eval/data/redaction_fresh20.jsonl
    python -m eval.synth.redaction --n 330 --seed 33 --split fresh21 --out eval/data/redaction_fresh21.jsonl
    python -m eval.synth.redaction --n 330 --seed 34 --split fresh22 --out eval/data/redaction_fresh22.jsonl
    python -m eval.synth.redaction --n 330 --seed 35 --split fresh23 --out eval/data/redaction_fresh23.jsonl
    python -m eval.synth.redaction --n 330 --seed 36 --split fresh24 --out eval/data/redaction_fresh24.jsonl
    python -m eval.synth.redaction --n 330 --seed 37 --split fresh25 --out eval/data/redaction_fresh25.jsonl
    python -m eval.synth.redaction --n 330 --seed 38 --split fresh26 --out eval/data/redaction_fresh26.jsonl
    python -m eval.synth.redaction --n 330 --seed 39 --split fresh27 --out eval/data/redaction_fresh27.jsonl
    python -m eval.synth.redaction --n 330 --seed 40 --split fresh28 --out eval/data/redaction_fresh28.jsonl
    python -m eval.synth.redaction --n 330 --seed 41 --split fresh29 --out eval/data/redaction_fresh29.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from eval.synth.compose import RECORD_TYPES, STYLES, compose
from eval.synth.data import groups_for, places_for
from eval.synth.people import make_cast
from eval.synth.render import Fragment, Note

MIN_WORDS, MAX_WORDS = 60, 400
MIN_SPANS, MAX_SPANS = 3, 15
ANON_SHARE = 0.03
FIRST_VISIT, LAST_VISIT = dt.date(2025, 9, 1), dt.date(2026, 12, 15)
# A corpus split -> (half of the names, half of the places and templates).
HALVES = {"dev": ("dev", "dev"), "holdout": ("holdout", "holdout"), "fresh": ("fresh", "holdout"),
          "fresh2": ("fresh2", "fresh2"), "fresh3": ("fresh3", "fresh3"),
          "fresh4": ("fresh4", "fresh4"), "fresh5": ("fresh5", "fresh5"), "fresh6": ("fresh6", "fresh6"),
          "fresh7": ("fresh7", "fresh7"), "fresh8": ("fresh8", "fresh8"),
          "fresh9": ("fresh9", "fresh9"), "fresh10": ("fresh10", "fresh10"),
          "fresh11": ("fresh11", "fresh11"), "fresh12": ("fresh12", "fresh12"),
          "fresh13": ("fresh13", "fresh13"), "fresh14": ("fresh14", "fresh14"),
          "fresh15": ("fresh15", "fresh15"), "fresh16": ("fresh16", "fresh16"),
          "fresh17": ("fresh17", "fresh17"), "fresh18": ("fresh18", "fresh18"),
          "fresh19": ("fresh19", "fresh19"), "fresh20": ("fresh20", "fresh20"),
          "fresh21": ("fresh21", "fresh21"),
          "fresh22": ("fresh22", "fresh22"),
          "fresh23": ("fresh23", "fresh23"),
          "fresh24": ("fresh24", "fresh24"),
          "fresh25": ("fresh25", "fresh25"),
          "fresh26": ("fresh26", "fresh26"),
          "fresh27": ("fresh27", "fresh27"),
          "fresh28": ("fresh28", "fresh28"),
          "fresh29": ("fresh29", "fresh29")}


def balanced(values: list[str], n: int, rng: random.Random) -> list[str]:
    """`n` values, each of `values` used as evenly as possible, in shuffled order."""
    out = (values * (n // len(values) + 1))[:n]
    rng.shuffle(out)
    return out


def _acceptable(fragment: Fragment, anon: bool) -> bool:
    spans_ok = not fragment.spans if anon else MIN_SPANS <= len(fragment.spans) <= MAX_SPANS
    return spans_ok and MIN_WORDS <= fragment.words <= MAX_WORDS


def make_note(rng: random.Random, split: str, group: str, style: str, record_type: str,
              anon: bool) -> Fragment:
    """One note meeting the size rules (60-400 words; 3-15 identifiers, or none if `anon`).

    Raises:
        RuntimeError: no acceptable note after many attempts (a template set too small).
    """
    name_half, place_half = HALVES[split]
    town = rng.choice(places_for(place_half)["towns"])
    cast = make_cast(rng, group, name_half, town)
    age = rng.choice([2, 3, 4] + list(range(5, 17)) * 2)
    visit = FIRST_VISIT + dt.timedelta(days=rng.randint(0, (LAST_VISIT - FIRST_VISIT).days))
    for _ in range(200):
        note = Note(rng, style, place_half, group, record_type, cast, town, visit, age)
        fragment = compose(note, anon)
        if _acceptable(fragment, anon):
            return fragment
    raise RuntimeError(f"no acceptable {style} {record_type} note for group {group}")


def generate(n: int, seed: int, split: str = "dev") -> list[dict]:
    """`n` synthetic notes with gold identifier spans, the same for the same arguments.

    Args:
        n: number of rows.
        seed: random seed; every choice is drawn from it.
        split: "dev", "holdout", "fresh", "fresh2" ... "fresh29": which halves of the names, streets,
            schools and templates (see HALVES).

    Returns:
        Case JSONL rows: id, record_type, notes, pii, group, style, facts, child_quotes,
        must_not_state.
    """
    if split not in HALVES:
        raise ValueError(f"split must be one of {tuple(HALVES)}, not {split!r}")
    rng = random.Random(f"redaction-{split}-{seed}")
    row_groups = balanced(groups_for(split), n, rng)
    row_styles = balanced(list(STYLES), n, rng)
    row_types = balanced(list(RECORD_TYPES), n, rng)
    visits = [i for i in range(n) if row_types[i] != "supervision"]
    anon = set(rng.sample(visits, min(len(visits), round(n * ANON_SHARE))))
    rows = []
    for i in range(n):
        row_rng = random.Random(f"{seed}-{split}-{i}")
        frag = make_note(row_rng, split, row_groups[i], row_styles[i], row_types[i], i in anon)
        rows.append({
            "id": f"red-{split}-{i + 1:04d}",
            "record_type": row_types[i],
            "notes": frag.text,
            "pii": [{"start": s, "end": e, "type": k} for s, e, k in sorted(frag.spans)],
            "group": row_groups[i],
            "style": row_styles[i],
            "facts": [],
            "child_quotes": [],
            "must_not_state": [],
        })
    return rows


def write_jsonl(rows: list[dict], path: Path) -> None:
    """Write rows one JSON object a line (UTF-8, not ASCII-escaped)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Command line: generate a corpus and write it as JSONL."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=400, help="number of notes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--split", choices=tuple(HALVES), default="dev")
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    args = parser.parse_args(argv)
    rows = generate(args.n, args.seed, args.split)
    write_jsonl(rows, args.out)
    print(f"wrote {len(rows)} notes to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
