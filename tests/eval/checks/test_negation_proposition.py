"""Negation compares the same proposition: a record clause flips the notes only where the note
clause that states the same thing has the opposite polarity (accuracy.negation; clauses.py
`same_proposition`, `_states_denial`, `_DENIED_TOO`; agreement.py `_particle_swap`; the
`particles`, `kin`, shorthand "gone" and "break" cues of data/polarity.yaml).

Classes (each with examples of our own, not from any split):
- a note line of two clauses, one negative ("no heating - gran lent a fan heater"): a record
  clause that says the positive one ("Gran has lent them a heater") agrees with it;
- a sentence that gives both sides ("CCTV shows Dad at the flat, though he denies it") holds the
  note's denial as well as the evidence;
- a sentence whose other clause states what the note denies ("they argued and have not spoken
  since" beside "no longer speaks to her brother");
- notes' shorthand for a state that ended ("damp gone", "rash cleared") agrees with "has gone";
- opposite particles ("would not take his coat off": kept it on; "did not go out": stayed in);
- breaking a rule, an agreement, a bottom line is not keeping it ("bottom line not met").
"""

import pytest

from eval.checks.agreement import agreement
from eval.checks.clauses import _DENIED_TOO, clauses, polarity, same_proposition
from eval.checks.units import note_units
from tests.eval.checks.conftest import in_analysis, negation_flagged


@pytest.mark.parametrize("clause, line, same", [
    ("Gran has lent them a fan heater", "no heating since Tuesday - gran lent a fan heater", True),
    ("there was a bruise on his arm", "arm: skin clear, bruise absent", False),  # a tie flips
    ("MUM IS WASHING THE UNIFORM IN THE SINK", "washing machine broken, no money to fix; mum washing uniform in the sink", True),
    ("CCTV shows Dad's car outside the flat every night", "dad denies visiting, cctv shows his car outside the flat", True),
    ("Aisha and I were not alone in the garden", "took aisha to the garden, just the 2 of us", False),  # a denial needs its own match
    ("Aigerim went to school on Monday", "not in school monday - stayed home with a cold", False),
    ("Mr Okafor has paid the rent", "rent not paid - arrears letter on the table", False),
])
def test_same_proposition_in_a_line_of_parts(clause, line, same):
    units = list(note_units(line))
    assert any(same_proposition(clause, u, units) for u in units) is same


@pytest.mark.parametrize("sentence, denial", [
    ("Police records show Mum was at the address, although she said she was not.", True),
    ("CCTV shows Dad at the flat, though he denies it.", True),
    ("the neighbours saw Liam outside at midnight but he insists he wasn't", True),
    ("Dad was at the party but he insists he did not drink.", False),
    ("Kai went to school and said he was not hungry.", False),
])
def test_a_reported_denial_of_the_clause_before(sentence, denial):
    assert any(_DENIED_TOO.search(c) for c in clauses(sentence)[1:]) is denial


@pytest.mark.parametrize("text, negative", [
    ("damp gone", True),
    ("bedroom wall repainted, damp gone", True),
    ("rash cleared - cream worked", True),
    ("Nits all gone", True),
    ("mum gone to work", False),
    ("Dad cleared the table", False),
    ("Mum has broken the written agreement", True),
    ("Jamal broke the rules of the house", True),
    ("Dad breaks the news to Kai gently", False),
    ("Dad breaks down in tears", False),
])
def test_states_that_ended_and_broken_agreements(text, negative):
    assert (polarity(text) < 0) is negative


@pytest.mark.parametrize("clause, unit, agree", [
    ("would not take his coat off", "kept coat on all visit", True),
    ("Ana did not go out all weekend", "stayed in all weekend", True),
    ("never turned the heating on", "heating off", True),
    ("WOULD NOT TAKE HER HOOD DOWN", "kept hood up", True),
    ("took his coat off", "would not take coat off", False),
    ("which breaks the bottom line", "bottom line not met", True),
    ("Mum kept to the bottom line", "bottom line not met", False),
])
def test_opposite_particles_and_breaking(clause, unit, agree):
    assert bool(agreement(clause, [unit])[0]) is agree


@pytest.mark.parametrize("sentence, notes, flagged", [
    ("The family have no heating and Gran has lent them a fan heater.",
     "- no heating since Tuesday - gran lent a fan heater\n- kids in coats indoors", False),
    ("The damp in the kitchen has gone since the landlord fixed the gutter.",
     "- landlord fixed gutter, damp gone\n- kitchen smells fresh", False),
    ("Mum told me she and her brother argued and have not spoken since.",
     "- mum says her brother no longer speaks to her after an argument", False),
    ("CCTV shows Dad was at the flat, although he says he was not.",
     "- police: dad denied being at the flat, CCTV says otherwise", False),
    ("Bogdan would not take his coat off and said very little.",
     "- bogdan kept his coat on, said very little", False),
    ("Mum has let Dad stay over, which breaks the written agreement.",
     "- written agreement not kept - dad stayed over twice", False),
    ("The damp in the kitchen has not gone since the landlord fixed the gutter.",
     "- landlord fixed gutter, damp gone\n- kitchen smells fresh", True),
])
def test_the_same_proposition_in_other_words(review, sentence, notes, flagged):
    assert negation_flagged(review, sentence, notes) is flagged


@pytest.mark.parametrize("text, negative", [
    ("Harvinder never misses handing in her homework", False),  # a double negative: always does
    ("Kwame never misses a contact session", False),
    ("- MISSES SCHOOL MOST MONDAYS", True),
    ("Olu keeps missing her appointments", True),
    ("Zofia misses seeing her dad", False),  # longing, no absence
    ("Kai misses his nan", False),
])
def test_missing_a_duty_and_never_missing_it(text, negative):
    assert (polarity(text) < 0) is negative


def test_the_other_clause_is_the_sentences_own(review):
    # the clauses compared are those of the flipped sentence, whatever sentence came before it
    notes = "- mum says her brother no longer speaks to her after an argument\n- kitchen tidy"
    record = in_analysis("The kitchen was tidy.\nMum told me she and her brother argued and have not spoken since.")
    found = review(record, notes=notes, only=["accuracy.negation"])
    assert not any("argued" in record[f.span[0]:f.span[1]] for f in found)
