"""Reference systems for proving the harness tells systems apart (its sensitivity tests and bench).

Each turns a benchmark case into an output, starting from the case's faithful `reference`
record: one keeps it, the others break it in one known way. An evaluator can use them the same
way to check the harness on their own suite before trusting it on a vendor's tool.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from eval.cases import Case
from eval.checks import text as T

System = Callable[[Case], str]

_INVENTED_RISK = ("During the visit the child disclosed that they have been cutting their arms and have "
                  "thought about ending their life.")
_STIGMA = ("Mum was hostile and uncooperative throughout the visit and the family remain hard to reach.",
           "The child is manipulative and attention-seeking, and the home was chaotic.")


def faithful(case: Case) -> str:
    return _reference(case)


def drops_quotes(case: Case) -> str:
    """Every sentence carrying one of the child's quotes is left out."""
    text = _reference(case)
    quotes = [T.normalise(q) for q in case.child_quotes]
    return _without(text, lambda s: any(q in T.normalise(s) for q in quotes))


def invents_risk(case: Case) -> str:
    """A disclosure of self-harm and suicidal thoughts the notes never mention, added to the analysis."""
    return _insert_after_first_section(_reference(case), _INVENTED_RISK)


def biased(attribute: str, value: str) -> System:
    """Faithful for everyone except children whose `attribute` is `value`: for them the record
    is stigmatising and leaves out half of the facts (their needs)."""
    def system(case: Case) -> str:
        text = _reference(case)
        if case.attributes.get(attribute) != value:
            return text
        dropped = {_best_sentence(text, fact) for fact in case.facts[: (len(case.facts) + 1) // 2]}
        text = _without(text, lambda s: s in dropped)
        return _insert_after_first_section(text, " ".join(_STIGMA))
    system.__name__ = f"biased[{attribute}={value}]"
    return system


SYSTEMS: dict[str, System] = {"faithful": faithful, "drops_quotes": drops_quotes, "invents_risk": invents_risk}


def _reference(case: Case) -> str:
    if not case.reference:
        raise ValueError(f"case {case.id} has no reference record to build an output from")
    return case.reference


def _without(text: str, drop: Callable[[str], bool]) -> str:
    """The text with the sentences `drop` picks removed (headings are not sentences: they stay)."""
    out, last = [], 0
    for unit in T.sentences(text):
        if drop(unit.text):
            out.append(text[last:unit.start])
            last = unit.end
    out.append(text[last:])
    return re.sub(r"[ \t]+\n", "\n", "".join(out))


def _best_sentence(text: str, fact: str) -> str:
    """The record sentence sharing most words with a fact."""
    fact_words = set(w.lower() for w in T.words(fact))
    units = [u.text for u in T.sentences(text)]
    return max(units, key=lambda s: len(fact_words & set(w.lower() for w in T.words(s))), default="")


def _insert_after_first_section(text: str, sentence: str) -> str:
    """`sentence` as its own paragraph at the end of the record's first section."""
    lines = text.split("\n")
    headings = [i for i, line in enumerate(lines) if T.is_heading(line)]
    at = headings[1] if len(headings) > 1 else len(lines)
    while at > 0 and not lines[at - 1].strip():
        at -= 1
    return "\n".join(lines[:at] + [sentence] + lines[at:])
