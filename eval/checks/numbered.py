"""Who a transcript's numbered speakers are when no legend says ("Speaker 1:", "Voice 2",
"Participant B", as recorder and meeting apps export them): read from what each of them says.

A worker asks ("How are things at home?"), thanks and plans ("I'll ring school"); a child speaks of
"my mum", "my school", "my room" (referents.speaker_by_content); a parent of "my son", "the kids".
The one code whose turns sound most like a child, and unlike a worker, is the child; the codes that
sound like an adult are adults; any other code stays unknown. A legend or a cast list
("Speaker 2 (Amaru)", "Speaker 1 = SW") always wins: only codes people.cast did not read are guessed.
"""

from __future__ import annotations

import re
from collections import defaultdict

from eval.checks.referents import speaker_by_content
from eval.checks.transcripts import turns

_CODE = re.compile(r"(?:speaker|spkr?|voice|person|participant|respondent|unknown\s+speaker)[\s_]*(?:\d{1,2}|[a-d])", re.I)
_GATE = re.compile(r"(?i:speaker|spkr|voice|participant|person|respondent)[\s_]*(?:\d|[a-dA-D]\b)")
# What a worker says in a conversation with a child: a question, thanks, a plan, an explanation of the visit.
_WORKER = re.compile(r"\?\s*$|\b(?:thank\s+you|thanks\s+for|I['’]ll|we['’]ll|I\s+will|we\s+will|can\s+you\s+tell\s+me|"
                     r"tell\s+me\s+(?:about|more)|is\s+it\s+ok\s+if|my\s+(?:job|role|manager|team)|your\s+(?:mum|dad|school|"
                     r"room|teacher|brother|sister|carer|nan|gran))\b", re.I)


def numbered_roles(text: str, people: dict[str, str]) -> dict[str, str]:
    """The numbered codes of a transcript that no legend gave a person, as people.cast keys them
    ("label:speaker 2"), each "child" or "adult" from what their turns say."""
    if not _GATE.search(text):
        return {}
    said: dict[str, list[str]] = defaultdict(list)
    for turn in turns(text):
        key = "label:" + " ".join(w.lower() for w in re.findall(r"[\w'’-]+", turn.label))
        if _CODE.fullmatch(turn.label.strip()) and key not in people:
            said[key].append(text[turn.start:turn.end])
    if len(said) < 2:
        return {}
    scores = {key: _leaning(words) for key, words in said.items()}
    child = max(scores, key=lambda k: scores[k])
    out = {key: "adult" for key, score in scores.items() if score < 0}
    if scores[child] > 0 and sorted(scores.values())[-2] < scores[child]:
        out[child] = "child"
    return out


def _leaning(turns_said: list[str]) -> int:
    """How far a speaker's turns sound like a child's (above 0) or a worker's or parent's (below)."""
    score = 0
    for words in turns_said:
        kind = speaker_by_content(words)
        score += (kind == "child") - (kind == "adult") - bool(_WORKER.search(words))
    return score
