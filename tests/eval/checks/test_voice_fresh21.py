"""Wordings of the child's voice first seen on split fresh21: guillemets the same both sides (»like this»),
a chat log's nicks in angle brackets ("<MISHARI> hoy us the ball"), a scribe before the child's label
("advocate wrote down - Kai: ..."), a cast list's "(young person)", a document's "record Kai as saying" / "has Kai saying", dialect talk after
"said" ("the gadgie in the next caravan", "haway", "Mam was tamping"), "said we wear ...", "said dada says we ...", an adult's "in as many words", a slip the writer holds ("I've got it here: ..."), "worry box slip kidega ...", a young child's talk ("doggy runned away", "told me bubba sleeping"), a heading in capitals with its aside in brackets
("IN THE CHILD'S OWN WORDS (SAID, TYPED OR INTERPRETED):"), which is nobody's words (issue 4)."""

import pytest

from eval.checks.quotes import child_quotes, quotes

_CHAT_LOG = ("Teams chat, 3 Mar, copied in as typed.\n"
             "[visit - the caravan, damp on the window seals]\n"
             "<Lead practitioner> What's it like on the boat when it rains?\n"
             "<MISHARI> we wear our coats to bed cos the gas fire runs out.\n"
             "[mum - no contact since the last visit]\n"
             "<Lead practitioner> Shall I wait while the interpreter tells your mum?\n"
             "<MISHARI> hoy us the ball over here.\n"
             "<Connected carer> He's a good lad when he's settled.\n")


@pytest.mark.parametrize("text, words", [
    ("vasko aged 5 - »Aunty Bev lets me have the dog on my bed»; dad (via phone interp) - »I can't keep the damp off»",
     ["Aunty Bev lets me have the dog on my bed"]),
    ("- Fritznel via phone interpreter - »Mummy sleeping on the sofa»", ["Mummy sleeping on the sofa"]),
    ("At the family group conference LOVENSKY said »I told my friends we're on holiday but we're not».",
     ["I told my friends we're on holiday but we're not"]),
    ("- Jeanty in RHI -- »my apa cooks polo every Friday»", ["my apa cooks polo every Friday"]),
    (_CHAT_LOG, ["we wear our coats to bed cos the gas fire runs out.", "hoy us the ball over here."]),
    ("advocate wrote down - VANGELIJA: »I want my own key to the house one day»; no date yet for a council flat",
     ["I want my own key to the house one day"]),
    ("advocate wrote down - dotterel: “me trainers are clarty from the beach”; Dotterel - has yet to have iha",
     ["me trainers are clarty from the beach"]),
    ("In the room: Lead practitioner (miss widdrington), Connected carer (foster carer), Gulnisa (young person)\n"
     "Lead practitioner — Where did you sleep while you were away?\n"
     "Gulnisa (young person) — I ran cos I knew I'd get grounded.\n"
     "Connected carer — I'll have her every weekend.\n", ["I ran cos I knew I'd get grounded."]),
    ("The school council minutes record Zorica as saying I've seen the seals at the harbour loads of times. Mum is well.",
     ["I've seen the seals at the harbour loads of times"]),
    ("The school council minutes record Zorica as saying Mam was tamping when the school rang again.",
     ["Mam was tamping when the school rang again"]),
    ("The advocate's note has Arsenio saying Mam was tamping when the school rang again. Arsenio has no date yet.",
     ["Mam was tamping when the school rang again"]),
    ("Quite unprompted, Eadbert said the gadgie in the next caravan shouts at the seagulls.",
     ["the gadgie in the next caravan shouts at the seagulls"]),
    ("Quite unprompted, Tamusa said haway, you're not stopping long are you? The aunt checked.",
     ["haway, you're not stopping long are you"]),
    ("Quite unprompted, Godwit said we wear our coats to bed cos the gas fire runs out. GODWIT does not want dad.",
     ["we wear our coats to bed cos the gas fire runs out"]),
    ("At the family group conference moumita said dada says we are safe in England now.",
     ["dada says we are safe in England now"]),
    # left from fresh19: a slip the writer holds, a worry box slip with no marks, dialect after "said it was"
    ("School DSL: He put a slip in the worry box, I've got it here: ”I want the babby to come wum for Christmas”.",
     ["I want the babby to come wum for Christmas"]),
    ("| School DSL | She put a slip in the worry box, I've got it here: “tara-a-bit, see you next week”. |",
     ["tara-a-bit, see you next week"]),
    ("worry box slip kidega tara-a-bit, see you next week", ["tara-a-bit, see you next week"]),
    ("basil-roy wants to see baby; worry box slip basil-roy I want to be a mechanic like my uncle in Kampala; no date",
     ["I want to be a mechanic like my uncle in Kampala"]),
    ("In a voice note to the team phone, Demetre said it was bostin at the football, we won three nil.",
     ["it was bostin at the football, we won three nil"]),
    # early speech: baby words and verbs made regular
    ("- Gjorgji (4y) -- Mummy sleeping on the sofa\n- GJORGJI (4y) -- doggy runned away",
     ["Mummy sleeping on the sofa", "doggy runned away"]),
    ("Unprompted, Ealish told me bubba sleeping.", ["bubba sleeping"]),
    ("Siobhan said the doggy bited my hand", ["the doggy bited my hand"]),
])
def test_the_childs_words_in_fresh21_layouts(text, words):
    assert [q.text for q in child_quotes(text)] == words


@pytest.mark.parametrize("text", [
    "» Kai to attend school daily\n» Mum to ring the GP",  # guillemets as bullets
    "dad (via phone interp) - »I can't keep the damp off the kids' mattresses whatever I do»",
    "<Lead practitioner> How warm is the caravan at night?\n<Connected carer> It's fine, we have a heater.",
    "<b>Visit</b> to the boat, Kai seen alone.",  # an html tag, no nick
    "I wrote it down - mum: »the landlord won't fix the boiler»",
    "Visit.\nMum said, in as many words, I can't keep the damp off the kids' mattresses whatever I do.",
    "Visit.\nDad said, in so many words, I rang the police myself.",
    "Visit.\n\nIN THE CHILD'S OWN WORDS (SAID, TYPED OR INTERPRETED):\nKai wants a bedroom that stays still.",
    "Kai said Mum was at work.",  # reported speech, no talk of the child's own
    "Kai said mum says he is fine.",
    "Kai told Mum he was tamping.",
    "The minutes record Mum as saying I want him home.",  # an adult's words
    "The minutes record the decision as well as saying we will review it.",
    "Kai said we could go to the park.",  # backshifted
    "Tamusa's Snap map is turned off; the aunt checked.",  # a thing named by the app, no message
    "Kai's message board is up in his room.",
    "- worry box slip re the shouting next door",
    "SW: housing support letter within a fortnight; me: refer to sch counsellor by wed",
    "SW: support note within a fortnight",
    "- school card sent home",
    "Kai said it was fine at school.",
    "Mum said it twice, I wrote it down: “the landlord won't fix it”.",
    "Kai (4) - seen at nursery, no concerns",
    "Kai told me he was hungry.",
])
def test_not_the_childs_words_in_fresh21_look_alikes(text):
    assert [q.text for q in child_quotes(text)] == []


def test_a_chat_logs_adult_nick_is_an_adult():
    assert ("How warm is the caravan at night?", "adult") in [(q.text, q.speaker) for q in quotes(
        "<Lead practitioner> How warm is the caravan at night?\n<Mirlande> galnash is my favourite, with the garlic sauce.")]
