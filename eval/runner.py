"""`heard eval run`: draft every case with heard's pipeline and a model, then score the drafts.

Drafts are appended to RUN_DIR/results.jsonl as they arrive (one line each, flushed), so a run
that is killed or runs out of disk resumes with `--resume` without repeating or losing a case.
Model generations are cached (eval/cache.py) under a key of the model, its parameters, the
template's hash (which covers every prompt file), the guidance settings and the notes, so a
re-run of the same suite with the same model costs only the lookups.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import HeardError
from eval.cache import Cache, key
from eval.cases import Case
from eval.score import JudgeSpec, Scored, score

RESULTS = "results.jsonl"


@dataclass(frozen=True)
class RunSpec:
    model: str
    prompt_version: str | None = None
    concurrency: int | None = None  # default: 4 for hosted backends, 1 for local ones
    use_cache: bool = True
    judge: str | None = None  # PROVIDER/NAME of an LLM judge rating each draft too; None = off
    workers: int = 1  # processes scoring the drafts at a time


def run(cases: list[Case], spec: RunSpec, settings: Settings, out: Path, *, resume: bool = False,
        dataset: str = "", progress: bool = True) -> Scored:
    """Generate (or resume) and score; returns the scores, with failed drafts as unscorable."""
    from assistant.llm import resolve

    _check_prompt_version(cases, spec.prompt_version)
    backend = resolve(spec.model, settings)  # fails fast on an unknown or unconfigured model
    judge_spec(spec.judge, settings)  # and so does the judge, before any drafting
    out.mkdir(parents=True, exist_ok=True)
    done = _load_results(out / RESULTS, resume)
    todo = [c for c in cases if c.id not in done or "output" not in done[c.id]]
    cache = Cache(settings.data_dir / "eval-cache.sqlite")
    try:
        workers = spec.concurrency or (4 if backend.hosted else 1)
        with _Appender(out / RESULTS) as results, _bar(len(todo), "drafting", progress) as bar:
            for row in _generate(todo, spec, settings, out, cache, workers):
                results.write(row)
                done[row["id"]] = row
                bar.update(1)
        outputs = {i: r["output"] for i, r in done.items() if "output" in r}
        meta = {"system": f"heard draft with {backend.model_id}", "model": backend.model_id,
                "prompt_version": spec.prompt_version, "dataset": dataset, "dataset_hash": _cases_hash(cases),
                "failed": {i: r["error"] for i, r in done.items() if "error" in r}}
        with _bar(len(outputs), "scoring", progress) as bar:
            scored = score(cases, outputs, cache=cache, out=out, meta=meta, progress=bar.update,
                           judge=judge_spec(spec.judge, settings, spec.concurrency), workers=spec.workers)
    finally:
        cache.close()
    scored.unscorable.update({i: f"no draft: {r['error']}" for i, r in done.items() if "error" in r})
    return scored


def judge_spec(model: str | None, settings: Settings, concurrency: int | None = None) -> JudgeSpec | None:
    """The judge for `--judge PROVIDER/NAME` (None when not asked for); fails fast on an unknown
    or unconfigured model. Hosted judges are asked 4 cases at a time unless told otherwise."""
    if not model:
        return None
    from assistant.llm import resolve

    hosted = resolve(model, settings).hosted
    return JudgeSpec(model, settings, concurrency or (4 if hosted else 1))


def _generate(cases: list[Case], spec: RunSpec, settings: Settings, out: Path, cache: Cache, workers: int):
    """Result rows as each draft finishes, at most `workers` model calls at a time."""
    from assistant.knowledge import KnowledgeBase
    from assistant.storage import Store

    run_settings = settings.model_copy(update={"database_url": f"sqlite:///{out / 'drafts.sqlite'}"})
    # opened on the first cache miss only: a fully cached re-run never loads a model or index
    store, knowledge = _Lazy(lambda: Store(run_settings)), _Lazy(lambda: KnowledgeBase(settings))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(_draft_one, case, spec, run_settings, cache, store, knowledge) for case in cases]
        for future in as_completed(futures):
            yield future.result()


def _draft_one(case: Case, spec: RunSpec, settings: Settings, cache: Cache, store, knowledge) -> dict[str, Any]:
    from assistant.pipeline import draft
    from prompts import get_template

    template = get_template(case.record_type)
    cache_key = key("draft", spec.model, settings.temperature, settings.max_new_tokens, template.hash,
                    settings.guidance_passages, settings.redaction_policy, case.notes)
    if spec.use_cache and (hit := cache.get("draft", cache_key)):
        return {"id": case.id, **hit, "cached": True}
    try:
        result = draft(case.notes, case.record_type, settings, model=spec.model, store=store.get(),
                       knowledge=knowledge.get())
    except HeardError as exc:
        return {"id": case.id, "error": str(exc)}
    row = {"output": result.text, "provenance": {k: result.provenance[k] for k in
                                                 ("model", "template", "template_version", "template_hash", "timings")}}
    if spec.use_cache:
        cache.put("draft", cache_key, row)
    return {"id": case.id, **row, "cached": False}


class _Lazy:
    """A value made on first use, once, whichever thread asks first."""

    def __init__(self, make) -> None:
        self._make, self._value, self._lock = make, None, threading.Lock()

    def get(self):
        with self._lock:
            if self._value is None:
                self._value = self._make()
            return self._value


def _load_results(path: Path, resume: bool) -> dict[str, dict[str, Any]]:
    """The drafts a previous run already appended (the last, half-written line is dropped)."""
    if not path.exists():
        return {}
    if not resume:
        raise HeardError(f"{path.parent} already holds a run: add --resume to carry it on, or choose another --out")
    raw = path.read_bytes()
    complete = raw[: raw.rfind(b"\n") + 1]
    if len(complete) != len(raw):  # a run killed mid-write: keep only whole lines
        with open(path, "r+b") as fh:
            fh.truncate(len(complete))
    done = {}
    for line in complete.decode("utf-8").splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict) and "id" in row:
            done[row["id"]] = row
    return done


class _Appender:
    """Appends JSON lines, flushed and synced one by one, with a clear error when the disk is full."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> _Appender:
        self._fh = open(self.path, "a", encoding="utf-8")
        return self

    def write(self, row: dict[str, Any]) -> None:
        try:
            self._fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            self._fh.flush()
            os.fsync(self._fh.fileno())
        except OSError as exc:
            raise HeardError(f"could not write {self.path} ({exc.strerror}); what was written is kept: "
                             "free some space and run again with --resume") from None

    def __exit__(self, *exc: object) -> None:
        try:
            self._fh.close()
        except OSError:
            pass


def _bar(total: int, what: str, show: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc=what, unit="case", disable=not show or None, leave=False)


def _check_prompt_version(cases: list[Case], version: str | None) -> None:
    if version is None:
        return
    from prompts import get_template

    for record_type in sorted({c.record_type for c in cases}):
        have = get_template(record_type).version
        if have != version:
            raise HeardError(f"prompt version {version} is not available for {record_type} (this heard has {have})")


def _cases_hash(cases: list[Case]) -> str:
    return hashlib.sha256("".join(c.digest for c in cases).encode()).hexdigest()[:16]
