"""The optional LLM judge: rubric prompts (prompts/judges/) answered as JSON by any backend.

Off by default, and nothing else depends on it. A reply that is not the JSON asked for is retried
(`judge_attempts`), then recorded as "unscorable" with the reason: never a crash, never NaN.
For a hosted backend the notes and record are pseudonymised first and the egress guard checks
every call, as for drafting.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from assistant.config import Settings
from assistant.errors import BackendError
from assistant.llm import Backend, call, resolve
from prompts import Rubric, get_rubric, render_judge, rubrics
from redaction import Redactor, Vault, check_egress

_REMINDER = 'Reply with only a JSON object like {"score": 3, "reason": "one sentence"}; score is 1 to 5.'


def judge_record(record: str, notes: str | None, model: str, settings: Settings,
                 only: list[str] | None = None, cache: Any = None) -> list[dict[str, Any]]:
    """One verdict per rubric: {"rubric", "version", "hash", "model", "status", "score", "reason", "attempts"}.

    With a `cache` (`eval.cache.Cache`), a verdict given before for the same model, parameters,
    rubric (its hash), notes and record is reused (marked `"cached": True`) and new ones are
    kept; a verdict left unscorable because the backend failed is not kept, so it is asked again.
    """
    chosen = [get_rubric(r) for r in only] if only else list(rubrics().values())
    keys = {r.id: _cache_key(r, record, notes, model, settings) for r in chosen} if cache is not None else {}
    found = {r.id: hit for r in chosen if keys and (hit := cache.get("judge", keys[r.id])) is not None}
    todo = [r for r in chosen if r.id not in found]
    fresh: dict[str, dict[str, Any]] = {}
    if todo:
        backend = _json_mode(resolve(model, settings))
        vault = Vault()
        if backend.hosted or settings.redaction_policy == "pseudonymise":
            redactor = Redactor(settings.redaction_score)
            notes = redactor.redact(notes, vault).text if notes else notes
            record = redactor.redact(record, vault).text
        for rubric in todo:
            verdict = _verdict(backend, rubric, record, notes, vault, settings)
            transient = verdict.pop("transient", False)
            if keys and not transient:
                cache.put("judge", keys[rubric.id], verdict)
            fresh[rubric.id] = verdict
    return [{**found[r.id], "cached": True} if r.id in found else fresh[r.id] for r in chosen]


def _cache_key(rubric: Rubric, record: str, notes: str | None, model: str, settings: Settings) -> str:
    from eval.cache import key

    return key("judge", model, settings.temperature, settings.max_new_tokens, settings.judge_attempts,
               settings.redaction_policy, rubric.id, rubric.hash, notes, record)


def _verdict(backend: Backend, rubric: Rubric, record: str, notes: str | None, vault: Vault,
             settings: Settings) -> dict[str, Any]:
    out: dict[str, Any] = {"rubric": rubric.id, "version": rubric.version, "hash": rubric.hash,
                           "approach": rubric.approach, "model": backend.model_id}
    messages = render_judge(rubric, record, notes)
    problem, failed = "no reply", False
    for attempt in range(1, settings.judge_attempts + 1):
        try:
            reply = call(backend, messages, guard=lambda text: check_egress(text, vault), timeout=settings.timeout)
        except BackendError as exc:
            problem, failed = str(exc), True
            continue
        failed = False
        score, reason, problem = parse(reply, rubric)
        if score is not None:
            return {**out, "status": "scored", "score": score, "reason": vault.restore(reason), "attempts": attempt}
        messages = [*messages, ("assistant", reply[:2000]), ("user", _REMINDER)]
    # `transient`: the last attempt failed in the backend, not in the reply (not worth caching)
    return {**out, "status": "unscorable", "score": None, "reason": problem, "attempts": settings.judge_attempts,
            "transient": failed}


def parse(reply: str, rubric: Rubric) -> tuple[int | None, str, str]:
    """(score, reason, problem) from a reply that should hold {"score": n, "reason": "..."}."""
    match = re.search(r"\{.*\}", reply, re.S)
    if not match:
        return None, "", "the reply had no JSON object"
    try:
        data = json.loads(match.group())
    except json.JSONDecodeError:
        return None, "", "the reply's JSON did not parse"
    score = data.get("score") if isinstance(data, dict) else None
    if isinstance(score, str) and score.strip().isdigit():
        score = int(score)
    if not isinstance(score, int) or isinstance(score, bool) or score not in rubric.scale:
        return None, "", f"score {score!r} is not one of {sorted(rubric.scale)}"
    return score, str(data.get("reason", "")).strip(), ""


def _json_mode(backend: Backend) -> Backend:
    """Ask servers that can constrain output to JSON to do so; others rely on the prompt and retries."""
    provider = backend.model_id.split("/", 1)[0]
    if provider == "openai":
        return replace(backend, chat=backend.chat.bind(response_format={"type": "json_object"}))
    if provider == "ollama":
        return replace(backend, chat=backend.chat.model_copy(update={"format": "json"}))
    return backend
