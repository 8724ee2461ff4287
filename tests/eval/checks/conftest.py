import pytest

from eval.checks import Material, run

NOTES = """Home visit 12 March, 10am. Seen Aisha (8) alone in her bedroom. Mum Sarah present, dad at work.
- aisha said "I like my new school because I have friends"
- she told me 'I get scared when the baby cries at night'
- mum said "I'm doing my best" and that she is tired
- no marks or bruises seen
- aisha did not attend school on monday, mum said she had a cold
- kitchen clean, food in fridge, aisha's room warm and tidy
- mum agreed to take aisha to the dentist within two weeks
next visit in 4 weeks"""

FAITHFUL = """## Purpose
A home visit to see Aisha and Mum.
## Who was present
Mum (Sarah) and Aisha; Dad was at work. I saw Aisha on her own in her bedroom.
## Child's views in their own words
Aisha told me “I like my new school because I have friends”. She also said “I get scared when the baby cries at night”.
## Observations
There were no marks or bruises. The kitchen was clean with food in the fridge, and Aisha's room was warm and tidy.
Aisha missed school on Monday; Mum said she had a cold.
## Parents'/carers' views
Mum said “I'm doing my best” and told me she is tired.
## Analysis
I think Aisha is settled at her new school, because she talks about her friends, but she is unsettled at night.
## Actions
- Mum to take Aisha to the dentist within two weeks.
- I will visit again in four weeks.
## Next visit
In four weeks."""


@pytest.fixture(scope="session")
def review():
    def go(record, notes=NOTES, record_type="home_visit", only=None):
        return run(Material(record, notes, record_type), only=only).findings
    return go


def in_analysis(sentence):
    """The faithful record with `sentence` opening its analysis."""
    return FAITHFUL.replace("## Analysis\n", "## Analysis\n" + sentence + "\n", 1)


def negation_flagged(review, sentence, notes):
    """Whether the negation check flags `sentence`, opening the faithful record's analysis, against `notes`."""
    record = in_analysis(sentence)
    return any(sentence in record[f.span[0]:f.span[1]]
               for f in review(record, notes=notes, only=["accuracy.negation"]))


def invented_risk(notes_line, sentence):
    """The invented-risk messages for `sentence`, added to the faithful record's analysis, when
    the notes have `notes_line` too."""
    notes = NOTES + "\n" + notes_line
    record = in_analysis(sentence)
    findings = run(Material(record, notes, "home_visit"), only=["accuracy.invented_risk"]).findings
    return [f.message for f in findings if sentence in record[f.span[0]:f.span[1]]]


def checks(findings, severities=("high", "medium")):
    return sorted({f.check for f in findings if f.severity in severities})
