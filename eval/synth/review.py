"""Seeded generator of a labelled corpus for measuring heard's review checks.

Each synthetic source (a social worker's notes of a visit, review or supervision) yields one
FAITHFUL record and nine records with EXACTLY ONE injected defect each: a child quote dropped,
altered or invented; an invented risk; an unsupported claim; a negation flip; a stigmatising
label; a missing section; an action without owner or timescale. Each defect row names the check
that should catch it, the span of the change in the record and its target.

The `dev` split uses only the dev halves of the names and of every phrase bank; the `holdout`
split only the holdout halves, so holdout phrasings are never seen in dev. The `fresh` split uses
the fresh names and fresh halves of every bank, written later and without looking at the checks.
The `fresh2` split uses names of its own (eval/synth/fresh2/names.yaml) and the fresh2 parts of
every bank, written blind to the checks once the fresh split had been used to improve them; it
also has notes of a fifth style (caps_headers) and a sixth quote alteration (soften). The `fresh3`
split has names of its own again (eval/synth/fresh3/names.yaml) and the fresh3 parts of every bank
(eval/synth/fresh3/review/), written blind to the checks once all four older splits had been used
to improve them; it adds a seventh quote alteration (person: the child's words in reported speech
inside the quote marks), record headings, action tables and prose actions of its own, and
transcripts with an automatic transcriber's minute stamps. The `fresh4` split (names in
eval/synth/fresh4/names.yaml, with two name-origin groups no older split has; bank parts in
eval/synth/fresh4/review/) was written blind to the checks once fresh3 had been used too; it adds an
eighth quote alteration (negate: the child's words turned round), notes that carry a child's
words with no quote marks, and headings, action layouts and transcript labels of its own. The
`fresh5` split (names in eval/synth/fresh5/names.yaml, with three name-origin groups no older split
has; bank parts in eval/synth/fresh5/review/) was written blind to the checks while fresh4 was being
used to tune them; it adds a ninth quote alteration (relation: the child's words given to the wrong
person), stigmatising labels, invented risks and unsupported claims of its own, and headings,
action layouts, transcript labels and clock stamps no older split uses. The `fresh6` split (names in
eval/synth/fresh6/names.yaml, with three name-origin groups no older split has; bank parts in
eval/synth/fresh6/review/) was written blind to the checks while fresh3 and fresh5 were being used to
tune them; it adds a tenth quote alteration (exaggerate: the child's words made stronger than they
were said), notes that carry the child's words as reported speech with no marks at all, stigmatising
labels, invented risks and unsupported claims of its own, headings ("Part 3 - ...", "3.0 ...",
"**3. ...**"), action layouts (a numbered table, "[owner: ...; due: ...]", "AP1:" points, "undertook
to" prose), and transcripts typed up from a notebook ("Me:", "Worker:", "Q:"/"A:") or exported from a
recorder that puts each speaker's name and time on a line of its own. The `fresh7` split (names in
eval/synth/fresh7/names.yaml, with three name-origin groups no older split has: Ukrainian, Albanian,
Vietnamese; bank parts in eval/synth/fresh7/review/) was written blind to the checks while fresh6 was
being used to tune them; it adds an eleventh quote alteration (retime: the child's words moved in
time or frequency), notes that carry the child's words after a dash or "verbatim:" with no marks,
stigmatising labels, invented risks and unsupported claims of its own, headings ("3 | ...", "***
... ***", "// ...", "[3] ...", "3: ..."), action layouts (a "Lead | Action required | Review date"
table, "WHO: / WHAT: / BY WHEN:" fields, "to lead, to be done", "took on the task to" prose), and
transcripts from a recording app that labels speakers by number ("Speaker 1") with an interpreter
for a parent, half of them with WebVTT cue times on a line above each turn. The `fresh8` split (names
in eval/synth/fresh8/names.yaml, with three name-origin groups no older split has: Eritrean and
Ethiopian, Sri Lankan Tamil, Romanian and Moldovan; bank parts in eval/synth/fresh8/review/) was
written blind to the checks while fresh7 was being used to tune them; it adds a twelfth quote
alteration (relocate: the child's words moved to another place), the child's age beside the child's
words ("Amira (9):", "– Amira, aged 9"), attributions after the quote, negation by adverbs,
determiners, verbs and affixes ("barely", "neither", "declined", "unplugged"), stigmatising labels,
invented risks and unsupported claims of its own, headings ("Q3. ...", "3 – ...", "«...»", "(c) ...",
"#3 ...", capitals over hyphens), action layouts (a numbered table with "TBC" cells, a Word table
pasted with tabs, "Agreed action: / Lead person: / Complete by:" field blocks, "this sits with ...",
"It was agreed today that ... would ..."), and transcripts labelled by role or as a meeting app lists
its participants ("Surname, First"), with an interpreter speaking for a parent, a brother or sister
speaking too, and SubRip or meeting-app exports. The `fresh9` split (names in eval/synth/fresh9/names.yaml,
with three name-origin groups no older split has: South Sudanese, mainland Chinese, Burmese and Karen;
bank parts in eval/synth/fresh9/review/) was written blind to the checks while fresh8 was being used to
tune them; it adds a thirteenth quote alteration (recount: a number or amount in the child's words
changed), attributions such as "volunteered this:", "verbatim response was" and the name and age in
brackets after the words, negation with "nowhere", "nor", "without", "unable to", "none of" and "un-"
and "-less" words, stigmatising labels, invented risks (ligature marks, sextortion, cuckooing, a trap
house, honour-based threats, extremist groups) and unsupported claims of its own, headings ("Box 3:
...", "... ▼", "[+] ...", "(3) ...", a number and a tab), action layouts ("TASK : OWNER : DUE", an
owner-first table with "—" gaps, "Step: / Responsible: / Target date:", "... - owner - ...", "I asked
... to ..."), and transcripts typed up for a court bundle in capitals or with "Mum (interpreted)" and
the child's age after a comma. The `fresh10` split (names in eval/synth/fresh10/names.yaml, with three
name-origin groups no older split has: Congolese, Greek Cypriot, Malagasy; bank parts in
eval/synth/fresh10/review/) was written blind to the checks while fresh9 was being used to tune them; it
adds a fourteenth quote alteration (anglicise: a word of another language in the child's words put into
English), children's words with home-language words in them, attributions with the age in square
brackets and "who is {age}", records in the first person plural, negation with "not once", "at no
point", "seldom", "zero", "lacked", "went without" and "dis-"/"non-"/"in-" words, stigmatising labels,
invented risks (non-fatal strangulation, FGM, forced marriage, incel forums, nitrous oxide, a child's
bank account used to move money) and unsupported claims of its own, headings ("Agenda item 3: ...",
"... *", "iii) ...", "3.1 ...", a title boxed in rules of equals signs), action layouts (a "Due | Action
| Whose task" table with "TBC", minutes' "ACTION:" lines, a table with a "Done?" column, "falls to"
and "We agreed that" prose), and transcripts with meeting labels ("Lead professional", "Education",
"Amira's mum", "A.", "Amira [9]"), half of them a transcription service's export or numbered lines.
The `fresh11` split (names in eval/synth/fresh11/names.yaml, with three name-origin groups no older
split has: Slovak and Czech Roma, Gambian and Senegalese, Iraqi Kurdish; bank parts in
eval/synth/fresh11/review/) was written blind to the checks while fresh10 was being used to tune them;
its children speak in the dialect and street English of their towns ("nowt", "our kid", "me mam",
"bare", "cwtch") and its `anglicise` table puts those words into standard English too; it adds
attributions with "(aged 9)", "9," and "and I quote", quote marks typed on Slovak and French-style
keyboards („...“, ‹...›), negation with "barely", "hardly", "no longer", "refused", "failed to",
"stopped", "ran out of", "forgot", "neither ... nor" and "ir-"/"im-" words, stigmatising labels,
invented risks (a lighter, a compass, a goodbye note, a torn frenulum, an immersion scald, ketamine,
cannabis sweets, methadone within reach, a lodger sharing a bed, far-right stickers, a nail bar,
melatonin) and unsupported claims of its own, headings ("Step 3: ...", "*...*", "3 > ...", "[...]"),
action layouts (an e-mail's "Ms X, can you ..., please?", a markdown table with a RAG column, an
indented "Owner: / Due:" block, "To ...: owner, when", "No later than ..., owner is to ..."), and
transcripts labelled "CW", "Mam", "Carer (Pat)", "Amira (aged 9)" or "YP1", a third exported by a
word processor's transcription tool and a third by a meeting app.
The `fresh12` split (names in eval/synth/fresh12/names.yaml, with three name-origin groups no older
split has: Hungarian, Ghanaian Akan, Afghan Pashto; bank parts in eval/synth/fresh12/review/) was
written blind to the checks while fresh11 was being used to tune them; its children's words reach
the worker in new ways: spelt as they wrote them on a card ("I luv my nana", "skool"), typed in a
teenager's texts ("ngl", "tbh", "cba"), built on a communication app's symbols ("I want - go - park")
or rendered by an interpreter in formal English ("I do not like ..."), and its `anglicise` table corrects the spelling and
text speak; it adds attributions with "(who is 9)", "in {child}'s own words" and "plainly", quote
marks typed on Hungarian and German keyboards („...”, »...«), negation with "without", "lacking",
"nil", "zero", "none of", "not once", "declined", "was unable to", "avoided", "yet to", "no sign
of", "free of", "dis-" and "non-" words, stigmatising labels, invented risks in everyday words (a
"boyfriend" of 24, "running bags", nitrous canisters, an airing cupboard, choking games, a knife under
the mattress, a marriage "back home", a stepfather's "tickling") and unsupported claims of its own,
headings ("Part III - ...", "... colon" as dictation writes it, ">>> ... <<<", "~~ ... ~~"), action
layouts (a statement's "It is proposed that ...", a date-first table, a handover checklist with an
arrow to the owner, "Action for ...:", "... has agreed to ..."), and transcripts whose voices a meeting
app numbered ("Speaker 1", "Speaker 2"), a third exported with the time above each turn and a third
pasted with the labels in capitals.
The `fresh13` split (names in eval/synth/fresh13/names.yaml, with three name-origin groups no older
split has: Armenian, Maltese, Fijian; bank parts in eval/synth/fresh13/review/) was written blind to
the checks while fresh12 was being used to tune them; its children's words reach the worker as a
caption under a drawing ("this is me and nanna at the seeside"), a worry monster's note ("I wory wen
mum crys"), a "three houses" exercise ("house of worries: ..."), a video call's chat ("idk", "lowkey",
"peak", "bare"), a BSL interpreter's gloss ("ME HAPPY NEW SCHOOL") or an advocate's note, and its
`anglicise` table puts gloss, chat words and spelling into standard English; it adds attributions
(", aged 9,", "in {his} own way", "told {his} advocate", "wrote under {his} drawing"), quote marks
typed as ‚...‘ and <<...>>, negation in the notes with "no longer", "hardly", "barely", "refused",
"denied", "failed to", "neither ... nor", "not a single", "nowhere", polarity flipped in records by
antonyms, "no longer", changes of state and comparatives, stigmatising labels, invented risks in
everyday words ("doing favours" at a takeaway, taxis paid for by someone else, a padlocked fridge,
Calpol to keep a baby quiet, a cold bath as a punishment, "shaming the family", goodbye letters) and
unsupported claims of its own, headings ("Analysis:-", "■ ANALYSIS", "Heading: Analysis", "C)
ANALYSIS"), action layouts (an FGC plan's "We, the family, agree that ...", a mapping's tracker table
with an empty "Done" box and the owner last, an out-of-hours hand-off "▢ ... @owner ...",
"Decision/action (...):", an IRO's "I expect ... to ..."), and transcripts of video calls whose display names mark hosts and
guests, a deaf parent's words voiced by a BSL interpreter, a third pasted from the call's chat with
the clock in square brackets and a third typed up with an em dash after the speaker.
The `fresh14` split (names in eval/synth/fresh14/names.yaml, with three name-origin groups no older
split has: Zimbabwean Shona, Bosnian, Malawian; bank parts in eval/synth/fresh14/review/) was written
blind to the checks while fresh13 was being used to tune them; its children's words reach the worker
through a telephone interpreter who speaks as the child ("I am asking to stay with my uncle"), as a
"Mind Of My Own" app statement, a message on a school's "talk box" slip, a label in a life-story book,
a sentence finished in a "sentence completion" exercise ("The thing I like best is ..."), a 2-year-old's
words written as said ("me go nana house") or a young person's voice note typed up; its `anglicise`
table puts interpreters' English, toddler talk and voice-note slang into standard English; negation in
the notes with "nothing", "no sign of", "never once", "unable to", "declined", "without", "lack of",
"stopped", "gave up", "none of", "wasn't able", and flips by antonyms, "stopped", "any more",
"fewer/more", "worse/better" and double negatives; stigmatising labels, invented risks in everyday words
and unsupported claims of its own, headings ("§3 Analysis", "▶ ANALYSIS", "Analysis ....", "| ANALYSIS
|"), action layouts (a TAF review's "Action 3 - owner: ... - task: ... - due: ...", a plan's
"Next step: ... will ...", a closure summary's "Outstanding: ... (... to do by ...)", a
Regulation 44 visitor's "Recommendation: that ... ... by ...", a letter to the child's "... is going to
... by ..."), and transcripts of meetings round a table with a telephone interpreter voicing a parent,
a third numbered in four digits as a court bundle types them and a third typed with ">>" after the
speaker.
The `fresh15` split (names in eval/synth/fresh15/names.yaml, with three name-origin groups no older
split has: Algerian Kabyle, Zambian, Taiwanese; bank parts in eval/synth/fresh15/review/) was written
blind to the checks while fresh14 was being used to tune them; its children's words reach the worker
as a caption dictated for a drawing ("this is me and Nanny on the big wheel"), a note written with an
independent advocate, a note posted into a "worry monster" ("I worry that ..."), a text to the work
phone, the "my wishes" page before a family group conference ("I wish ..."), a return home interview,
a young child's over-regular past tenses ("Daddy throwed my cup") or London street talk ("the ends is
peak"); its `anglicise` table puts those into standard English; negation in the notes with "no longer",
"rarely", "hardly", "barely", "failed to", "denied", "has yet to", "not once", "neither ... nor", and
flips by antonyms, "no longer", "rarely/often", comparatives, changes of state and double negatives;
stigmatising labels, invented risks in everyday words and unsupported claims of its own; headings
("➍ Analysis", "{ANALYSIS}", "4/ Analysis", "— ANALYSIS —"), action layouts (a family group
conference's "We agree that ... will ... (by ...)", a return home interview's "Follow-up >> ... | who:
... | when: ...", a pathway plan's "Goal: ... — responsible: ... — target date: ..." with "not yet set",
a discharge plan's "... to ..., before ..." and a manager's "Manager's direction: ... must ... by ..."),
and transcripts of meetings held partly on Teams, a third pasted from a Teams export with the speaker
and the minutes on a line above what was said and a third with the minutes in square brackets.
The `fresh16` split (names in eval/synth/fresh16/names.yaml, with three name-origin groups no older
split has: Hong Kong Cantonese, Sierra Leonean, Chagossian; bank parts in eval/synth/fresh16/review/)
was written blind to the checks while fresh15 was being used to tune them; its children's words reach
the worker through an interpreter, in a "three houses" exercise ("in my house of worries I put ..."),
signed in BSL and voiced by an interpreter, through a talking app on a tablet in its telegraphic word
order ("want go home now"), in a game's chat, on a sticky note on the fridge or on an advocacy form
("the thing I want you to know is ..."), with Romani and Traveller words ("the gavvers") or Cornish
dialect ("dreckly"), which its `anglicise` table puts into standard English; attributions fit the
child's age (an interpreter, a tablet app or a game chat only for children old enough); negation in
the notes with "no sign of", "never", "stopped", "refused", "not a word", "none of", "too ... to", and
flips by antonyms, "any more", comparatives, changes of state and double negatives; stigmatising
labels, invented risks in everyday words and unsupported claims of its own; headings
("Dadansoddiad / Analysis", "STEP 4 OF 8 - ANALYSIS", ":: Analysis ::", "<<ANALYSIS>>"), action
layouts (a strategy discussion's "Decision: ... (lead ...; timescale ...)" with "to be confirmed" and
"tbc", a mapping's "What needs to happen: ... — ... will do this ...", an out-of-hours log's "[ ] ... >>
... >> ..." with "??", an IRO's "IRO recommendation: that ... should ..." and a table pasted from Word
with a tab between cells), and transcripts of strategy calls with parents speaking through
interpreters, a third from a dictation app with the time after the speaker ("Chair (00:04:07): ...")
and a third with the speaker in capitals and a dash ("CHAIR - ...").
The `fresh17` split (names in eval/synth/fresh17/names.yaml, with three name-origin groups no older
split has: Lithuanian, Kenyan, Assyrian; bank parts in eval/synth/fresh17/review/) was written blind to
the checks while fresh16 was being used to tune them; its children's words reach the worker on a police
officer's body-worn camera, in small world play with Playmobil figures, in a homework diary, on a block
of a "talking Jenga" game, in a "bottle of worries", beside the tummy on the child's own body map, in a
young carers' diary or on the worker's voicemail, some in the dialect of the Nottinghamshire,
Derbyshire and Yorkshire coalfields and the north-east ("nesh", "laiking", "bairn", "nithered",
"skriking"), which its `anglicise` table puts into standard English; private fostering, pre-birth,
young carers', elective home education, Staying Put, emergency placement and joint police visit facts,
with negation in the notes by "nowt", "not a thing", "no longer", "hasn't once", "nor", "neither",
"barely", "without so much as", "can't remember the last time"; stigmatising labels, invented risks in
everyday words and unsupported claims of its own; quote marks of a typewriter (`...'), a CSV export
(""..."") and a dialogue dash (— ...); headings in title case ("Child's Voice"), in lower case
("analysis:"), after voice-to-text's "new paragraph" and after an arrowhead ("➤ ANALYSIS"); action
layouts (a form's "What: ... | Who: ... | By when: ..." with "not known" or a blank, a pre-birth plan's
"To do before baby arrives: ... (... to lead, ...)", a young carer's plan written to the child "What will
happen: ... will ... so that you get the help you need.", a phone checklist "☐ ... — ... — ..." and an
audit's "Audit action: ... Owner - ... Due - ..."), and transcripts of phone recordings with roles in
brackets ("Parent 1 (Mum)", "Carer (household)"), a third with a notes app's arrow after the speaker
("Assessing SW >> ...") and a third with the speakers in lower case.
The `fresh18` split (names in eval/synth/fresh18/names.yaml, with three name-origin groups no older
split has: Rwandan, South African, Tongan and Samoan; bank parts in eval/synth/fresh18/review/) was
written blind to the checks while fresh17 was being used to tune them; its children's words reach the
worker in the speech bubble of a drawing, on the "Mind of My Own" app, on a Post-it on the fridge, on a
feelings thermometer or in a text to the work phone, some in Scouse ("scran", "bizzies", "arl fella",
"kecks", "boss", "made up", "jarg") or with Afrikaans words ("ouma", "lekker", "braai"), which its
`anglicise` table puts into standard English; special guardianship, modular homes, refuge, Clare's Law,
MASH referral, care leaver (university halls, supported lodgings) and court statement facts, with
negation in the notes by "scarcely", "hardly ever", "not a word", "not a penny", "nil", "ain't", "not
one", "no-one", "nowhere", "none at all", "has yet to"; stigmatising labels, invented risks in everyday
words (framed "Disturbingly,", "Apparently,", "It emerged that", "Tellingly,", "Crucially,") and
unsupported claims of its own; quote marks half-typed by autocorrect (“..."), doubled curly singles
(‘‘...’’) and a messaging app's bold asterisks (*...*); headings after a pushpin emoji ("📌 Analysis"),
a court statement's "PART 4: ANALYSIS", a guillemet ("» ANALYSIS") and between hyphens ("- Analysis -");
action layouts (a statement's "I recommend {owner} ... ." with "I recommend: ..." for a
lost owner, a to-do app's "TODO ... @owner ...", a pathway plan's "To help you: ... will ... .", a
referral grid's "... / lead: ... / by: ..." with "tbc" or "ongoing", and a handover e-mail's "Over to
...: ... ."), and transcripts of calls typed up with court-style roles ("Mum (M)", "Proposed guardian",
"Legal / TM"), a third pasted from a chat export with the date and time in square brackets before the
speaker and a third with the speakers in bold.
The `fresh19` split (names in eval/synth/fresh19/names.yaml, with three name-origin groups no older
split has: Ugandan, Indonesian, Togolese and Beninese; bank parts in eval/synth/fresh19/review/) was
written blind to the checks while fresh18 was being used to tune them; its children's words reach the
worker sorted on a Talking Mats board, signed in Makaton, in a voice note, through a telephone
interpreter, on a slip in the class worry box, in a school planner or in a letter to the judge, some in
Black Country dialect ("bostin", "babby", "mom", "saft", "fittle", "wum", "our kid", "tara-a-bit") or with
words of home ("jjajja", "posho", "nenek", "ibu", "enak", "obaachan", "onigiri"), which its `anglicise`
table puts into standard English; contingency hotel, private fostering, youth justice, approved
premises, neonatal unit and young people's hostel facts, with negation in the notes by "DNA", "not a
sausage", "zilch", "zero", "never once", "didn't so much as", "not a peep", "not a scrap", "nope",
"declined", "n/a"; stigmatising labels, invented risks in everyday words (framed "It transpired that",
"Troublingly,", "By all accounts,", "Word has it that", "It was let slip that", "Of real note,") and
unsupported claims of its own; quote marks of a Japanese keyboard (『...』), a messaging app's italic
underscores (_..._) and two closing curly quotes (”...”); headings after a blue diamond emoji
("🔹 Analysis"), abbreviated ("Sect. 4 - Analysis"), after a Word star bullet ("★ ANALYSIS") and in
capitals closed with a full stop ("ANALYSIS."); action layouts (a private fostering agreement's
"{owner} said they would ... ." with "Someone said they would ..." for a lost owner, an easy-read plan's
"✋ {owner} — ... — 📅 {when}" with "?" for what is lost, an Outlook flag's "Flag: ... - assigned to ... -
due ..." with "unassigned" or "no due date", a group supervision's "Actioned to ...: ... ." and a
translated note's "... promised to ... ."), and transcripts of joint visits with roles ("CSW (author)",
"Mother (through interpreter)", "Father (F.)", "Kinship carer", "Duty TM") and the child named with
the age in brackets, a third pasted from a two-column Word table between pipes and a third with a tab
between the speaker and the words.
The `fresh20` split (names in eval/synth/fresh20/names.yaml, with three name-origin groups no older
split has: Kazakh, Tibetan, Mauritian; bank parts in eval/synth/fresh20/review/) was written blind to
the checks while fresh19 was being used to tune them; its children's words reach the worker signed in
BSL and voiced by an interpreter, in a drawing's speech bubble, in a youth worker's WhatsApp, in a
teacher's CPOMS entry, in a text to the worker, through a refuge worker or in a wishes and feelings
workbook, some in Cornish or Cumbrian dialect ("dreckly", "ansum", "proper job", "teasy", "laal",
"marra", "yam", "bait") or with words of home ("kushti", "chavvies", "jukel", "amala", "mola",
"apashka", "granmama"), which its `anglicise` table puts into standard English; B&B, park home,
Traveller site, refuge, sofa-surfing and deaf-parent facts, with negation in the notes by "nowt",
"ceased", "refused", "not yet", "nobody", "none whatsoever", "not once", "nil", "no sign of", "hasn't
bothered"; stigmatising labels (many of them police, housing and health jargon used about a family),
invented risks in everyday words (framed "Concerningly,", "I was told in confidence that", "Rumour
is", "Reading between the lines,", "Off the record,", "Worryingly for all involved,") and unsupported
claims of its own; quote marks of a font's reversed single quote (‛...’), a CJK keyboard's angle
brackets (〈...〉) and Word's reversed double quote (‟...”); headings after a phone note's left bar
("▌ Analysis"), a tick emoji ("✅ ANALYSIS"), with the part number after ("Analysis (part 4)") and
between middle dots ("··· Analysis ···"); action layouts (a strategy meeting's "Agreed by the meeting:
{owner} will ... ." with the owner lost as "Agreed by the meeting: ... .", a CPOMS action box's "Action
taken: ... . Assigned: ... . Deadline: ... ." with "nobody yet" or "none set", a "1.0" plan's "... ~
{owner} ~ {when}" with "n/k", a refuge meeting's "{Owner} has volunteered to ... ." with "Volunteers
needed to ..." and a sixteen-plus plan's "Who's picking this up? {owner}, {when}: ... ." with "Not
decided"), and transcripts of multi-agency minutes with roles ("Allocated SW", "Mum (via BSL interp)",
"Nan (carer)", "ATM", "DSL", "Nursery lead"), the child marked "(YP)" or "(child)", a third laid out as
a script (the speaker in capitals on a line of their own) and a third with a double chevron ("››")
between the speaker and the words.
The `fresh21` split (names in eval/synth/fresh21/names.yaml, with three name-origin groups no older
split has: Goan, Uyghur, Chechen; bank parts in eval/synth/fresh21/review/) was written blind to the
checks while fresh20 was being used to tune them; its children's words reach the worker through a
telephone interpreter, in a return home interview, in a Teams chat, written down by an independent
advocate, minuted by a school council or said at a family group conference, some in Northumbrian,
Welsh valleys, Lincolnshire or Isle of Wight dialect ("haway", "hinny", "clarty", "hoy", "gadgie", "tamping",
"lush", "frit", "caulkhead") or with words of home ("bebinca", "sorpotel", "avo", "apa", "polo", "dutar",
"dada", "galnash"), which its `anglicise` table puts into standard English; narrowboat, holiday park
static caravan, missing episode, adolescent ward, referral order, school exclusion and family group conference
facts, with negation in the notes by "at no point", "without", "neither ... nor", "failed to", "has yet
to", "never once", "zero", "no-show"; stigmatising labels (many of them education, youth justice and
mental health ward jargon used about a child or a family), invented risks in everyday words (framed
"Word on the street is that", "Allegedly,", "From what I can gather,", "Between ourselves,", "The talk
at the school gate is that", "If the neighbours are right,") and unsupported claims of its own; quote
marks of a Nordic keyboard's closing guillemets (»...»), a Chinese keyboard's double angle brackets
(《...》) and half-applied smart quotes ('...’); headings with a Roman numeral in brackets ("(IV)
Analysis"), underlined with equals signs, in a two-column table ("| 4 | Analysis |") and after a
numbered arrow ("4 → ANALYSIS"); action layouts (a to-do app's checklist "[ ] {Task} ({owner})
({when})" with "(owner tbc)" or "(date tbc)", an Owner/Task/By table row with "-" for what is lost, a
RAG-rated tracker row "RAG: amber | {Task} | {owner} | {when}" with "unassigned" or "no date", a family
group conference plan's "The family agreed that {owner} will ... ." with the owner lost as "The family
agreed to ... ." and a handover e-mail's "ACTION ({owner}): ... ." with "ACTION: ... ."), and
transcripts of family group conferences with roles ("Lead practitioner", "Mam", "Mum (on Teams)", "Dad
(on speaker)", "Connected carer", "Practice supervisor", "SENCo", "Early years lead"), the child marked
"(young person)" from thirteen, a third with an em dash between the speaker and the words and a third
with the speaker in a chat log's angle brackets ("<Lead practitioner> ...").
The `fresh22` split (names in eval/synth/fresh22/names.yaml, with three name-origin groups no older
split has: Liberian, Azerbaijani, Aymara Bolivian; bank parts in eval/synth/fresh22/review/) was written
blind to the checks while fresh21 was being used to tune them; its children's words reach the worker
through an interpreter in the room, in a speech bubble the child drew, in a voice note, in a text message,
with Makaton signs, in a paediatrician's report or in a police report, some in Bristol and Somerset, Peak
District or Lancashire dialect ("where's it to", "babber", "lover", "mashing", "ey up me duck", "snap",
"barm", "brew") or with words of home ("small-small", "vexed", "pepper soup", "nene", "qutab",
"shakarbura", "tar", "wawa", "abuelita", "salteña", "charango"), which its `anglicise` table puts into
standard English; hotel rooms for asylum seekers, mother-and-baby units, a sixteen-year-old on a
friend's sofa, supported lodgings, child protection medicals and LADO allegations, with negation in the
notes by "none whatsoever", "declined to", "refused to", "not once", "far from", "nothing of the sort",
"not a single", "nowhere near", "not in the least"; stigmatising labels (many of them clinical, asylum,
court and social media jargon used about a child or a family), invented risks in everyday words (framed
"Apparently,", "It has come to light that", "Worryingly,", "Sources suggest that", "Word has it that", "It
is alleged that") and unsupported claims of its own; quote marks of an emoji keyboard's heavy quotes
(❝...❞), full-width quotation marks (＂...＂) and double prime quotes (〝...〞); headings "Part 4 of the
record: Analysis", a memo emoji ("📝 Analysis"), double arrows ("==> Analysis <==") and the number after
the title ("Analysis [4]"); action layouts (a What/When/Who block with "?" for what is lost, an action
said aloud ('"I'll ... ," {owner} said.', '"Need to ... ," it was said.'), a task-first line with double
arrows and "(nobody named)" or "(no date set)", a chronology line led by its date ("{When} -> {owner} to
... ." with "Date to be agreed" or no owner) and a letter's "{Owner} has promised to ... ." with "A
promise was given to ... ."), actions coded "A1.", "A2.", and transcripts of hotel and unit visits with
roles ("SW (allocated)", "Mum (interpreted)", "Mum (unit)", "Dad (by video)", "Lodgings host", "TM (on
call)", "DSL (school)", "Unit key worker"), the child marked "(16+)" from sixteen, a third as reported
speech ("SW (allocated) said: ...") and a third with the speaker in square brackets ("[SW (allocated)]
...").
The `fresh23` split (names in eval/synth/fresh23/names.yaml, with three name-origin groups no older
split has: Latvian, Yemeni, Bulgarian; bank parts in eval/synth/fresh23/review/) was written blind to
the checks while fresh22 was being used to tune them; its children's words reach the worker through the
refuge's play worker, in a letter the child wrote back, in a school planner, in a court statement, in a
CAMHS letter or in a youth justice report, some in West Cornwall, Cumbrian coast, Black Country or
Lancashire and Yorkshire dialect ("emmets", "wisht", "crib", "yem", "lowp", "claggy", "mafted", "ow
bist", "chobble", "skrike", "nowty", "jiggered", "croggy", "chuddy"), Medway teenagers' slang ("peng",
"tekkers", "say less") or with words of home ("vecmāmiņa", "pīrāgi", "Jāņi", "kokle", "jiddah",
"malawah", "bint al-sahn", "saltah", "dyado", "banitsa", "martenitsa", "gaida"), which its `anglicise`
table puts into standard English; B&B rooms, women's refuges, houseboats, secure children's homes, 16+
foyers, suspensions, youth justice and CAMHS, with negation in the notes by "barely", "no sign of",
"ruled out", "denied", "never once", "no trace of", "not one bit"; stigmatising labels (many of them the
jargon of children's homes, SEND, housing and policing used about a child or a family), invented risks
in everyday words (framed "Rumour has it that", "I am told that", "Concerns have been raised that", "A
neighbour reported that", "Staff believe that") and unsupported claims of its own; quote marks of
low-high German quotes („...“), single guillemets (‹...›) and heavy single comma quotes (❛...❜); headings
"### 4) Analysis", "ANALYSIS:-", a paperclip emoji ("📎 Analysis") and "Section 4 of 8 – Analysis";
action layouts (a table with its columns in another order, "| By when | Who | What |", with "-" for what
is lost, a "; by whom: ...; by when: ..." line with "not agreed", a RAG tracker line "[AMBER] ... - owner
TBC - date TBC", a letter's "In my letter I said {owner} will ... ." with "someone will", a "Who: >>
What: >> By when:" line with its gaps left empty), actions numbered "Action 1 - ", "AP1: ", and
transcripts of refuge, B&B and foyer visits with roles ("Allocated SW", "Mum (refuge)", "Mum (B&B)",
"Dad (on bail)", "Foyer KW", "DTM", "HoY (school)", "Key person (nursery)"), the child marked "(YP)" from
fourteen, a third with the time in square brackets before the speaker ("[14:02] Allocated SW: ...") and
a third with it in brackets after the speaker ("Allocated SW (14:02): ...").
The `fresh24` split (names in eval/synth/fresh24/names.yaml, with three name-origin groups no older
split has: Uzbek, Afghan Hazara, Angolan; bank parts in eval/synth/fresh24/review/) was written blind to
the checks while fresh23 was being used to tune them; its children's words reach the worker in a
WhatsApp message, at the return home interview, on the PEP's views sheet, in a diary page, said to the
health visitor, signed in BSL and voiced by an interpreter, or from the ABE interview as the police told
the strategy discussion, some in Liverpool, Tyneside, Birmingham, Glasgow, Norfolk or Welsh valleys
dialect ("boss", "made up", "scran", "canny", "bairn", "gan", "bab", "cob", "wean", "greetin", "piece",
"mawther", "squit", "dodman", "tamping", "cwtch"), Multicultural London English ("wagwan", "bare",
"peak", "allow it", "mandem"), words of home ("buvi", "plov", "do'ppi", "bibi", "ashak", "dambura", "avó",
"funje", "kizomba", "mano") or an interpreter's BSL gloss ("ME WANT GO HOME NAN HOUSE"), which its
`anglicise` table puts into standard English; kinship carers' box rooms, traveller sites, prison
mother-and-baby units, emergency hotel placements, missing episodes, exclusions, PEPs, strategy
discussions and LADO notes, with negation in the notes by "nor", "refused", "not a single", "scarcely",
"hardly ever", "no evidence of", "nobody", "nowhere", "absent", "unable to", "lack of"; stigmatising labels
(many of them the jargon of health, youth justice, leaving care and disability, or prejudice against
Gypsies and Travellers, used about a child or a family), invented risks in everyday words (framed
"Worryingly,", "It is alleged that", "Neighbours say", "There is talk that", "Allegedly,", "Reportedly,",
"The word on the estate is that") and unsupported claims of its own; quote marks of two closing single
quotes (’...’), a straight and a curly double quote ("...”) and a low single comma quote with a closing
single quote (‚...’); headings spaced out letter by letter ("A N A L Y S I S"), capitals with the author's
role ("ANALYSIS (SW)") and closed with an em dash ("Analysis —"); action layouts (a form's "ACTION - ...
Responsible: ... Deadline: ..." with "n/k", a Gantt-like tracker row "[...] ▓▓▓ ... (owner)" with
"(?)" and "[--]", a "Lead: ... / ... / ..." line with "none" and "no date set", an action in
the analysis "My view is that {owner} should ... ." with "someone should", a "... => owner: ..., due: ..."
line with "-"), actions numbered "1a) ", "ACT 1. ", and transcripts of strategy discussions, kinship
visits and mother-and-baby unit visits with roles ("SW - allocated", "Mum (MBU)", "Mum (on site)", "Dad
(police bail)", "Kinship carer", "TM (chair)", "DT (school)", "Nursery keyworker"), the child marked
"(child)" or "(young person)", a third as an Android chat export ("03/03/2026, 14:02 - SW - allocated:
...") and a third with an em dash after the speaker ("SW - allocated — ...").
The `fresh25` split (names in eval/synth/fresh25/names.yaml, with three name-origin groups no older
split has: Sinhala, Gorale, Samoan; bank parts in eval/synth/fresh25/review/) was written blind to the
checks while fresh24 was being used to tune them; its children's words reach the worker in a voice
note, a letter written back, a drawing's speech bubble, through a phone interpreter at an age
assessment, in a shelter's text log or signed in BSL and kept as the interpreter's gloss ("ME HAPPY SCHOOL
NEW FRIEND"), some in Black Country, Lancashire, Cornish or Doric words or Cockney rhyming slang
("bostin", "mithering", "nesh", "dreckly", "loon", "porkies", "dog and bone"), words of home ("aachchi",
"kiribath", "babcia", "lotu", "tinā", "jedda") or a toddler's ("doggy gone bye-bye"), which its `anglicise`
table puts into standard English; grandmothers' annexes, young carers, children's wards, YMCAs, night
shelters, young offender institutions, residential schools, private fostering, age assessments and
pathway plans, with negation in the notes by "no-one", "not at all", "in no way", "little or no", "none
of", "zero", "ceased", "gave up", "no more", "lacks", "without any", "not even", "won't", "isn't";
stigmatising labels about mental health, learning disability, asylum seekers, young mothers, weight and
benefits; invented risks in everyday words framed "It would appear that", "From what I hear", "One
concern is that", "It cannot be ruled out that", "Family members suspect", "School has heard that";
quote marks ‟...”, ``...'' and ʻ...ʼ; headings with the number as a word ("Four: Analysis"), a lower-case
Roman numeral ("iv. Analysis") or a small triangle ("▸ Analysis"); action layouts of a checklist's
cross ("✘ ... | owner | when", "owner ?", "date ?"), a table row date first ("| when | owner | task |"),
"Next steps: {owner} to ..." in the analysis ("someone to"), "... -- signed off to {owner}, target ..."
("unassigned", "no target") and "... [owner: ...] [when: ...]", numbered "Pt 1: ", "1.a ", "Item 1 – ";
and transcripts with roles "SW (author)", "Mum (ward)", "Dad (by phone)", "Nan (annexe)", "Head of
boarding", a third typed from a recording with the time elapsed ("[00:03:12] SW (author): ...") and a
third as a play script ("SW (AUTHOR). ...").
The `fresh26` split (names in eval/synth/fresh26/names.yaml, with three name-origin groups no older
split has: southern Italian, Ga, Hausa-Fulani; bank parts in eval/synth/fresh26/review/) was written
blind to the checks while fresh25 was being used to tune them; its children's words reach the worker
through an eye-gaze communication device, in the margin of home education work, in the cot-side diary
on a neonatal unit, on a Staying Put house whiteboard, in a text to the foster carer she forwarded or in
an online game's chat, some in West Yorkshire or Lancashire words or Jamaican patois ("reyt", "brussen",
"ginnel", "chunter", "sken", "werrit", "gradely", "pickney", "nyam", "bredda"), words of home ("nonno",
"sugo", "teta", "jiddo", "gjyshja", "flija", "kenkey", "tuwo", "yeay", "abbu") or a toddler's ("horsey go
clip-clop"), which its `anglicise` table puts into standard English; parent and child foster placements,
elective home education, tied cottages, neonatal units and the hospital's family house, approved
premises, convents, short breaks and children's hospices, Staying Put and a flat over a riding school's
stables, with negation in the notes by "is yet to", "anything but", "free of", "devoid of", "not a bit",
"not in the slightest", "by no means", "shan't", "wasn't having", "not any more", "not a jot", "dropped
out", "denies", "not so much as", "neither hide nor hair"; stigmatising labels about disability, home
education, prison and probation, young mothers, religion, class and country life; invented risks in
everyday words framed "Word has reached me that", "I gather that", "It may be that", "There is some
suggestion that", "Talk in the village is that", "A neighbour has hinted that", "The night staff have a
feeling that"; quote marks ❮...❯ and ˮ...ˮ; headings with the section's place out of eight ("(4/8)
Analysis"), an export's field and equals sign ("Analysis =") or double angle brackets ("⟪ Analysis ⟫");
action layouts of an export's key and value pairs ("... Owner=... Due=...", "Owner=." "Due=."), "It
falls to {owner} to ..." in the analysis ("It falls to nobody yet"), a chat app's mention ("... (@owner,
due ...)", "@?", "due tbc"), a phone reminder ("⏰ when · owner · task", "nobody", "no date") and
"Responsible person - ...; action - ...; deadline - ..." ("none named", "open"), numbered "Act#1 ",
"(A1) ", "✦✦ ", "1 » "; and transcripts with roles "SW (writer)", "Mum (P&C placement)", "Mum (family
house)", "Dad (AP)", "Carer (Staying Put)", "Service mgr", the child as "Name (child, 9)", a third pasted
into an e-mail reply ("> SW (writer): ...") and a third as captions, the words before the speaker ("...
(SW (writer))").
The `fresh27` split (names in eval/synth/fresh27/names.yaml, with three name-origin groups no older
split has: Seychellois, Madeiran, Sephardi; bank parts in eval/synth/fresh27/review/) was written blind
to the checks while fresh26 was being used to tune them; its children's words reach the worker on a
sticky note left on an Airbnb fridge, in a voice note sent to a great-grandmother, in the "in your own
words" box of a return home interview form, chalked on a yurt's blackboard, in a lifehouse worry box or
on a racing yard's whiteboard, some in Suffolk, Isle of Wight or Bajan words ("bor", "squit", "on the
huh", "dodman", "mawther", "overners", "nipper", "wunna", "lime"), words of home ("avó", "bolo do caco",
"gogo", "isitshwala", "bibi", "pinni", "baka", "sarma", "yai", "granmaman", "ladob", "nona", "bimuelos")
or a toddler's ("choo-choo gone", "me do it self"), which its `anglicise` table puts into standard
English; private fostering, a great-grandmother's sheltered flat, a yurt on a smallholding, an
unregistered Airbnb placement, a Salvation Army lifehouse, a return home interview after a missing
episode, a gurdwara's flat, a racing yard's stable staff hostel and a special guardianship, with negation
in the notes by "far from", "nowhere near", "hasn't once", "nowt", "ain't", "never did", "sod all", "no
sign of", "gave up", "can't be doing with", "won't entertain", "hardly ever", "nary a", "declined";
stigmatising labels about homelessness, missing children, old age, travellers, women and mental health;
invented risks framed "Rumour at the yard has it that", "One of the agency lads reckons", "The warden
half-heard that", "Someone on the parents' WhatsApp is saying", "It was put to me in passing that",
"Gossip round the smallholdings is that", "A resident at the lifehouse mentioned that"; quote marks
〝...〟 and ＇...＇; headings with a form app's menu icon ("☰ Analysis"), the section's place after it
("Analysis (4 of 8)") or box-drawing tees ("┤ Analysis ├"); action layouts of a spreadsheet row
("task;owner;when", ";;"), a task board's card ("[TO DO] ... — assignee: ... — due: ...", "unassigned",
"none set"), "The next step, to ..., rests with ..." in the analysis ("rests with no one yet"), a form's
arrows ("Owner ⟹ ...; task ⟹ ...; date ⟹ ...", "(blank)") and a minute of who said they would do it
("... — nobody said they'd do it"), numbered "A-1 ", "AP-1 ", "◍ ", "1 ⟩ "; and transcripts with roles
"SW (visiting)", "Mum (lifehouse)", "Mum (smallholding)", "Dad (yard)", "Carer (PF)", "Gran (SGO)",
"Head of service", the child as "Name, 9", a third with the transcription app's turn numbers ("T3 SW
(visiting): ...") and a third with an arrow after the speaker ("SW (visiting) ⟶ ...").
The `fresh28` split (names in eval/synth/fresh28/names.yaml, with three name-origin groups no older
split has: Malayali, Cameroonian, Iranian; bank parts in eval/synth/fresh28/review/) was written blind
to the checks while fresh27 was being used to tune them; its children's words reach the worker on the
"what matters to me" board above a hospital bed, in a Nightstop host's guest book, in a football
academy's player diary, through a hand puppet at a rehab's crèche, in a speech bubble on a drawing stuck
to a summerhouse window or on the back of a takeaway menu, some in Nottingham and Derbyshire, Somerset or
Rossendale words ("mardy", "me duck", "jitty", "gizza", "gert", "where's it to", "happen", "our kid",
"gaffer"), words of home ("ammachi", "appam", "payasam", "mami", "puff-puff", "ndolé", "small pikin",
"maman bozorg", "tahdig", "Nowruz", "nkuku", "pap", "msemen", "mamaiji", "dhansak", "baba", "ajvar",
"doubles") or a toddler's ("bus go brum brum", "me want mama milk"), which its `anglicise` table puts
into standard English; a Nightstop host, a residential rehab's family room, a summerhouse in a
grandmother's garden, a converted bus in a yard, the flat behind a takeaway, a children's ward and its
hospital school, a groundsman's flat and a football academy's host family, with negation in the notes by
"not a sniff of", "bugger all", "not a peep", "point-blank refused", "nothing doing", "neither hide nor
hair", "no joy", "isn't having any of it", "not so much as", "zero", "not a jot", "flatly", "wouldn't
hear of"; stigmatising labels about homelessness, travellers, addiction, young mothers, class and
mental health; invented risks framed "Word in the changing room is that", "The takeaway's regulars are
saying", "A mum at the school gate let slip that", "One of the other rehab residents claims", "The yard
owner has a feeling that", "Somebody posted on the village Facebook group that", "There's talk on the
ward that"; quote marks „...“ and ›...‹; headings in tortoise-shell brackets ("〔Analysis〕"), with a
ticket's hash and number ("#4 Analysis") or the number and an em dash ("4 — Analysis"); action layouts of
a ticket line ("... | Assignee: ... | Due: ...", "(none)"), a calendar invite ("📅 ... – ... – ...", "no
invitee", "no date"), a minute's "ACTION: ... to ..." ("(owner tbc)", "(date tbc)") and a sentence in the
analysis ("... has agreed to ...", "Nobody has yet agreed to ...", "with no date set"), numbered "Act.1 ",
"#1 · ", "➀ ", "1 ⟫ "; and transcripts with roles "SW (duty)", "Mum (rehab)", "Mum (bus)", "Dad
(groundsman)", "Host (Nightstop)", "Host parent (academy)", "Service manager", the child as "Name (9)", a
third as a chat log's export ("<SW (duty)> ...") and a third as a voicemail service's transcript ("[SW
(duty)] ...").
The `fresh29` split (names in eval/synth/fresh29/names.yaml, with three name-origin groups no older
split has: Telugu, Turkish Cypriot, Irish; bank parts in eval/synth/fresh29/review/) was written blind
to the checks while fresh28 was being used to tune them; its children's words reach the worker on a slip
in a boarding house's worry box, on a Post-it stuck to a hotel room's mirror, chalked on the steps of a
trailer, in the comment box of the Virtual School's pupil voice survey, inside a birthday card made for
mum or through a school's anonymous reporting app, some in Durham words ("bairn", "clarty", "bait",
"howay"), in the fair's own words ("josser", "flattie", "dinarly", "the gaff", "the juveniles"), in
boarding school words ("exeat"), in words of home ("Nanamma", "pesarattu", "Sankranti", "babaanne",
"hellim", "bayram", "Mammy", "giving out", "the press", "ba", "thepla", "garba", "owo soup", "teta",
"maqluba", "vanaema", "kringel", "buuz", "Tsagaan Sar") or a toddler's ("big wheel go round", "no like
hotel"), which its `anglicise` table puts into standard English; a boarding house, a student mother's
university family flat, a budget hotel room used as emergency housing, the imam's flat at a mosque, a
showman's trailer on the yard and a mobile home on a farm's seasonal workers' site, with negation in the
notes by "not on your nelly", "no dice", "not a dicky bird", "sweet FA", "not a cat in hell's chance",
"hasn't clapped eyes on", "drew a blank", "not for love nor money", "fat chance", "not one iota", "not a
bean", "naff all", "jack all", "dug his heels in", "not a squeak", "not a hope", "not a whisper",
"stonewalled", "diddly squat"; stigmatising labels about boarding, hotels, show people, seasonal
workers, students, faith and mental health; invented risks framed "A boarder's parent mentioned at
pick-up that", "The hotel cleaner thinks", "Somebody on the showmen's WhatsApp group said", "A picker in
the next caravan is convinced that", "It is being said at the mosque that", "Gossip in the staffroom is
that", "Someone on the winter quarters has a hunch that"; quote marks « ... » (with their spaces) and
” ... ”; headings with a ballot box ("☒ Analysis"), in black lenticular brackets ("【Analysis】") or as a
spreadsheet's cell ("A4: Analysis"); action layouts of a RACI line ("... (R: ...; by ...)", "R:
unassigned", "by: ?"), a Zoom chat's to-do ("TODO >> ... >> ... >> ...", "nobody yet", "whenever"), a
tracker cell ("... [owner = ...] [due = ...]", empty fields) and a sentence in the analysis ("... has
taken it on to ...", "No one has yet taken it on to ...", "but no date was fixed"), numbered "No.1 ", "(1 of 4) ",
"#01 ", "1 ▹▹ "; and transcripts with roles "SW (on rota)", "Mum (hotel)", "Mum (student flat)", "Dad
(showman)", "Houseparent", "Matron", "Deputy TM", the child as "Name, 9 yrs", a third as a Zoom chat's
export ("From SW (on rota) to Everyone: ...") and a third with a dictation app's middle dot ("SW (on
rota) · ...").

Usage:
    python -m eval.synth.review --n 60 --seed 21 --split dev --out eval/data/review_dev.jsonl
    python -m eval.synth.review --n 60 --seed 22 --split holdout --out eval/data/review_holdout.jsonl
    python -m eval.synth.review --n 60 --seed 23 --split fresh --out eval/data/review_fresh.jsonl
    python -m eval.synth.review --n 60 --seed 24 --split fresh2 --out eval/data/review_fresh2.jsonl
    python -m eval.synth.review --n 60 --seed 25 --split fresh3 --out eval/data/review_fresh3.jsonl
    python -m eval.synth.review --n 60 --seed 26 --split fresh4 --out eval/data/review_fresh4.jsonl
    python -m eval.synth.review --n 60 --seed 27 --split fresh5 --out eval/data/review_fresh5.jsonl
    python -m eval.synth.review --n 60 --seed 28 --split fresh6 --out eval/data/review_fresh6.jsonl
    python -m eval.synth.review --n 60 --seed 29 --split fresh7 --out eval/data/review_fresh7.jsonl
    python -m eval.synth.review --n 60 --seed 30 --split fresh8 --out eval/data/review_fresh8.jsonl
    python -m eval.synth.review --n 60 --seed 31 --split fresh9 --out eval/data/review_fresh9.jsonl
    python -m eval.synth.review --n 60 --seed 32 --split fresh10 --out eval/data/review_fresh10.jsonl
    python -m eval.synth.review --n 60 --seed 33 --split fresh11 --out eval/data/review_fresh11.jsonl
    python -m eval.synth.review --n 60 --seed 34 --split fresh12 --out eval/data/review_fresh12.jsonl
    python -m eval.synth.review --n 60 --seed 35 --split fresh13 --out eval/data/review_fresh13.jsonl
    python -m eval.synth.review --n 60 --seed 36 --split fresh14 --out eval/data/review_fresh14.jsonl
    python -m eval.synth.review --n 60 --seed 37 --split fresh15 --out eval/data/review_fresh15.jsonl
    python -m eval.synth.review --n 60 --seed 38 --split fresh16 --out eval/data/review_fresh16.jsonl
    python -m eval.synth.review --n 60 --seed 39 --split fresh17 --out eval/data/review_fresh17.jsonl
    python -m eval.synth.review --n 60 --seed 40 --split fresh18 --out eval/data/review_fresh18.jsonl
    python -m eval.synth.review --n 60 --seed 41 --split fresh19 --out eval/data/review_fresh19.jsonl
    python -m eval.synth.review --n 60 --seed 42 --split fresh20 --out eval/data/review_fresh20.jsonl
    python -m eval.synth.review --n 60 --seed 43 --split fresh21 --out eval/data/review_fresh21.jsonl
    python -m eval.synth.review --n 60 --seed 44 --split fresh22 --out eval/data/review_fresh22.jsonl
    python -m eval.synth.review --n 60 --seed 45 --split fresh23 --out eval/data/review_fresh23.jsonl
    python -m eval.synth.review --n 60 --seed 46 --split fresh24 --out eval/data/review_fresh24.jsonl
    python -m eval.synth.review --n 60 --seed 47 --split fresh25 --out eval/data/review_fresh25.jsonl
    python -m eval.synth.review --n 60 --seed 48 --split fresh26 --out eval/data/review_fresh26.jsonl
    python -m eval.synth.review --n 60 --seed 49 --split fresh27 --out eval/data/review_fresh27.jsonl
    python -m eval.synth.review --n 60 --seed 50 --split fresh28 --out eval/data/review_fresh28.jsonl
    python -m eval.synth.review --n 60 --seed 51 --split fresh29 --out eval/data/review_fresh29.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eval.synth.review_parts import generate
from eval.synth.review_parts.bank import SPLITS


def write_jsonl(rows: list[dict], path: Path) -> None:
    """Write rows one JSON object a line (UTF-8, not ASCII-escaped)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Command line: generate the corpus and write it as JSONL."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=60, help="number of source notes (10 records each)")
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    args = parser.parse_args(argv)
    if args.n < 1:
        print("heard: --n must be at least 1", file=sys.stderr)
        return 2
    rows = generate(args.n, args.seed, args.split)
    write_jsonl(rows, args.out)
    print(f"wrote {len(rows)} records from {args.n} sources to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
