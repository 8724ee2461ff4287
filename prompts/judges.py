"""LLM-judge rubrics: versioned YAML in prompts/judges/, rendered by one shared Jinja template."""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass

import yaml

from assistant.errors import HeardError
from prompts.templates import HERE, _env


@dataclass(frozen=True)
class Rubric:
    id: str
    version: str
    approach: str
    title: str
    question: str
    scale: dict[int, str]
    hash: str


@functools.cache
def rubrics() -> dict[str, Rubric]:
    shared = (HERE / "judge.jinja").read_bytes()
    out = {}
    for path in sorted((HERE / "judges").glob("*.yaml")):
        raw = path.read_bytes()
        data = yaml.safe_load(raw)
        out[data["id"]] = Rubric(data["id"], str(data["version"]), data["approach"], data["title"],
                                 data["question"], {int(k): v for k, v in data["scale"].items()},
                                 hashlib.sha256(raw + shared).hexdigest()[:16])
    return out


def get_rubric(rubric_id: str) -> Rubric:
    if rubric_id not in rubrics():
        raise HeardError(f"unknown judge rubric {rubric_id!r} (known: {', '.join(sorted(rubrics()))})")
    return rubrics()[rubric_id]


def render_judge(rubric: Rubric, record: str, notes: str | None) -> list[tuple[str, str]]:
    user = _env().get_template("judge.jinja").render(rubric=rubric, record=record,
                                                     notes=notes or "(no notes given)")
    return [("system", "You are a careful reviewer. You answer only with JSON."), ("user", user)]
