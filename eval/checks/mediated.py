"""Words given through someone or something else: an interpreter, a signer, a symbol board, a
communication app ("Amir said, through the interpreter, ...", "NAZO via interp The boys ...",
"Through the interpreter: '...'", "CHILD (via interpreter): ...").

The means is never the speaker. The one whose words they are is the subject of the phrase; with no
subject, the phrase marks the words as someone's own the way "in her own words" does, and whose
they are is read as for that formula. people.speech_verbs takes these phrases as speech verbs, so
every reader of lead-ins and tags (speakers.py, leadins.py, speech.py) sees them.
"""

from __future__ import annotations

import functools
import re

from eval.checks.base import data


def _alternation(phrases: list[str]) -> str:
    """Phrases as one alternation, longest first, a space matching any run of spaces."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))


@functools.cache
def mediated(plain: bool = False) -> str:
    """The phrases of data/voice.yaml `mediated` as one regular expression (no groups). `plain`:
    only "through" and "via", which may stand between a speaker and their words with no comma ("NAZO
    via interp The boys ..."); "using his talker" may be narration ("was using his talker when I came")."""
    lex = data("voice")["mediated"]
    by = _alternation(["through", "via", "thru"] if plain else [b for b in lex["by"] if b != "in"])
    det = rf"(?:(?:{_alternation(lex['determiners'])})\s+)?"
    return (rf"(?:(?:{by})\s+{det}(?:{_alternation(lex['means'] + lex['languages'])})"
            rf"|in\s+{det}(?:{_alternation(lex['languages'])}))(?![\w'’-])")


@functools.cache
def _pattern() -> re.Pattern:
    return re.compile(rf"(?i:{mediated()})")


def given_through(text: str) -> bool:
    """Whether a lead-in says the words came through an interpreter or a means of communication."""
    return bool(_pattern().search(text))


def means_only(role: str) -> bool:
    """Whether a role in brackets is only how someone spoke ("CHILD (via interpreter):", "Kai
    (using his talker):"), not who they are."""
    return bool(_pattern().fullmatch(role.strip(" .")))


def unattributed(before: str) -> bool:
    """Whether nothing but a bullet, a number or a time stamp stands before the phrase
    ("- Through the interpreter:"): no subject, so the words are the formula's."""
    return not re.search(r"[^\W\d_]", before)
