"""The drafting pipeline: notes -> redaction -> prompt + guidance -> LLM -> restore -> review -> store.

Long notes are split to fit the model's context window, drafted part by part, then combined.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from assistant.access import Principal
from assistant.chunking import split_to_fit
from assistant.config import Settings
from assistant.errors import BackendError, HeardError
from assistant.inputs import check_notes
from assistant.knowledge import KnowledgeBase, Passage
from assistant.llm import Backend, call, payload_text, resolve
from assistant.llm.gateway import OnToken
from assistant.records import Records
from assistant.review import review
from assistant.storage import Store
from prompts import Template, get_template, render, render_combine
from redaction import Redactor, Vault, check_egress

_MARGIN = 64  # tokens kept free: chat-template wrapping and estimate error


@dataclass
class DraftResult:
    """A draft record (identifiers restored), what the model was sent, and how it was made."""

    text: str
    sent: str
    provenance: dict[str, Any]
    findings: list[dict[str, Any]] = field(default_factory=list)
    draft_id: int | None = None
    scores: dict[str, Any] = field(default_factory=dict)
    citations: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "sent": self.sent, "findings": self.findings, "scores": self.scores,
                "citations": self.citations, "provenance": self.provenance, "draft_id": self.draft_id}


@dataclass
class _Job:
    """What one drafting run carries between its steps."""

    template: Template
    backend: Backend
    guidance: list[Passage]
    settings: Settings
    vault: Vault
    on_token: OnToken | None
    sent: list[str] = field(default_factory=list)

    def ask(self, messages: list[tuple[str, str]]) -> str:
        self.sent.append(payload_text(messages))
        return call(self.backend, messages, self.on_token,
                    guard=lambda text: check_egress(text, self.vault), timeout=self.settings.timeout)


def draft(notes: str, record_type: str, settings: Settings, *, model: str | None = None,
          on_token: OnToken | None = None, case_reference: str | None = None,
          source: str | None = None, store: Store | None = None,
          knowledge: KnowledgeBase | None = None, user: Principal | None = None) -> DraftResult:
    """Draft a case record from notes and store it with its provenance.

    With a `user`, the record is theirs (checked and audited through `assistant.records`: someone
    who may not make records, or a case someone else owns, is refused before the model is called).

    Raises HeardError for bad input or configuration and BackendError when the model fails;
    nothing is stored unless the whole draft succeeded.
    """
    started = time.perf_counter()
    template = get_template(record_type)
    check_notes(notes, source or "notes", settings.max_notes_bytes)
    backend = resolve(model or settings.model, settings)
    store = store or Store(settings)
    records = Records(store) if user else None
    timings: dict[str, float] = {}

    clock = time.perf_counter()
    raw_allowed = settings.redaction_policy == "allow_raw_local" and not backend.hosted
    vault = records.case_vault(user, case_reference) if records else store.case_vault(case_reference)
    redactor = Redactor(settings.redaction_score)
    redaction = None if raw_allowed else redactor.redact(notes, vault)
    model_notes = notes if redaction is None else redaction.text
    if backend.hosted:  # a second look, so the egress guard's rescan has nothing left to find
        model_notes = redactor.tighten(model_notes, vault)
    timings["redaction_s"] = time.perf_counter() - clock

    clock = time.perf_counter()
    knowledge = knowledge or KnowledgeBase(settings)
    guidance = knowledge.search(f"{template.title}. {model_notes[:2000]}", settings.guidance_passages)
    timings["retrieval_s"] = time.perf_counter() - clock

    clock = time.perf_counter()
    job = _Job(template, backend, guidance, settings, vault, on_token)
    parts = _split(job, model_notes)
    try:
        partial = [job.ask(render(template, part, guidance, i, len(parts))) for i, part in enumerate(parts, 1)]
        reply = _combine(job, partial)
    except BackendError as exc:  # a failed model call is audited too (what failed, never the text)
        store.audit(user.username if user else "local", "model_call", None, None,
                    {"model": backend.model_id, "template": template.id, "ok": False,
                     "error": type(exc).__name__, "calls": len(job.sent)})
        raise
    timings["generation_s"] = time.perf_counter() - clock

    text = vault.restore(reply)
    clock = time.perf_counter()
    checked = review(text, notes, template.id, settings=settings)
    timings["review_s"] = time.perf_counter() - clock
    timings["total_s"] = time.perf_counter() - started
    provenance = {
        "model": backend.model_id,
        "backend": backend.description,
        "template": template.id,
        "template_version": template.version,
        "template_hash": template.hash,
        "guidance": [p.id for p in guidance],
        "redaction": {
            "policy": "raw (local model, allowed by settings)" if raw_allowed else settings.redaction_policy,
            "mentions": redaction.counts() if redaction else {},
            "distinct": vault.counts(),
        },
        "parts": len(parts),
        "calls": len(job.sent),
        "parameters": {"temperature": settings.temperature, "max_new_tokens": settings.max_new_tokens},
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "heard_version": _heard_version(),
    }
    findings = [f.as_json() for f in checked.findings]
    result = DraftResult(text=text, sent=_joined(job.sent), provenance=provenance, findings=findings,
                         scores=checked.scores, citations=checked.citations)
    if records:
        saved = records.create(user, notes, template.id, text, provenance, case_reference=case_reference,
                               source=source, vault=vault, findings=findings)
    else:
        saved = store.save_draft(notes, template.id, text, provenance, case_reference, source, vault, findings)
    result.draft_id = saved.id
    return result


def _split(job: _Job, notes: str) -> list[str]:
    """The notes in as few parts as fit the model's context window alongside the prompt."""
    count, window = job.backend.count_tokens, job.backend.context_window
    reserve = job.settings.max_new_tokens + _MARGIN
    whole = count(payload_text(render(job.template, notes, job.guidance)))
    if whole + reserve <= window:
        return [notes]
    overhead = count(payload_text(render(job.template, "", job.guidance, 99, 99)))
    budget = window - overhead - reserve
    if budget < 100:
        raise HeardError(
            f"{job.backend.model_id}: context window of {window} tokens is too small for the prompt "
            f"({overhead} tokens) and a {job.settings.max_new_tokens}-token answer"
        )
    return split_to_fit(notes, budget, count)


def _combine(job: _Job, records: list[str]) -> str:
    """Merge partial records, in groups that fit the window, until one record is left."""
    count, window = job.backend.count_tokens, job.backend.context_window
    reserve = job.settings.max_new_tokens + _MARGIN
    while len(records) > 1:
        groups: list[list[str]] = [[]]
        for record in records:
            trial = groups[-1] + [record]
            if len(trial) > 1 and count(payload_text(render_combine(job.template, trial))) + reserve > window:
                groups.append([record])
            else:
                groups[-1] = trial
        if len(groups) == len(records):
            raise HeardError(
                f"{job.backend.model_id}: context window of {window} tokens cannot hold two partial records"
            )
        records = [job.ask(render_combine(job.template, g)) if len(g) > 1 else g[0] for g in groups]
    return records[0]


def _joined(sent: list[str]) -> str:
    if len(sent) == 1:
        return sent[0]
    return "\n\n".join(f"===== call {i} of {len(sent)} =====\n{text}" for i, text in enumerate(sent, 1))


def _heard_version() -> str:
    try:
        return version("heard")
    except PackageNotFoundError:
        return "unknown"
