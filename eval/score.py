"""Score any system's outputs on benchmark cases: per-case metrics, means with bootstrap CIs, bias.

A run directory (`--out DIR`) holds what a report or a comparison needs, written as it goes:
    cases.jsonl    one scored case a line: id, record_type, attributes, pair_id, output, metrics, findings
                   (and with a judge: "judge" {rubric: score or "unscorable"}, "judge_verdicts")
    summary.json   the `heard eval score --json` object without the per-case rows
    run.json       what was scored: dataset, its hash, the system, when, heard and checks versions

With `judge`, an LLM judge (assistant/judge.py, rubrics in prompts/judges/) also rates each
scored output; the summary then has a `judge` block: per rubric the mean over the cases it could
score, its CI, how many it scored and how many were unscorable. The checks never depend on it.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import Any

from assistant.embeddings import precision
from eval import bias
from eval.cache import Cache, checks_version, key
from eval.cases import Case
from eval.checks import Material
from eval.metrics import case_metrics, material, metric_info
from eval.pool import ordered_map
from eval.stats import bootstrap_ci, mean

Progress = Callable[[int], None]
CHUNK = 32  # cases embedded together (and handed to a worker process together)
UNSCORABLE = "unscorable"


@dataclass(frozen=True)
class JudgeSpec:
    """Which model judges the outputs, with which settings (attempts, timeouts, redaction)."""

    model: str
    settings: Any  # assistant.config.Settings
    workers: int = 1  # judge calls at a time


@dataclass
class Scored:
    """Everything `heard eval score` says about a set of outputs."""

    rows: list[dict[str, Any]]
    meta: dict[str, Any] = field(default_factory=dict)  # what was scored, when, with which checks
    missing: list[str] = field(default_factory=list)  # cases with no output
    unknown: list[str] = field(default_factory=list)  # outputs for no known case
    unscorable: dict[str, str] = field(default_factory=dict)  # case id -> why the checks failed
    _summary: dict[str, Any] | None = field(default=None, repr=False)

    def summary(self) -> dict[str, Any]:
        """Means with CIs, bias and group analyses (computed once: the rows are final by then)."""
        if self._summary is None:
            self._summary = self._summarise()
        return {**self._summary, "missing": self.missing, "unknown": self.unknown, "unscorable": self.unscorable}

    def _summarise(self) -> dict[str, Any]:
        names = list(metric_info())
        tested = [n for n in names if metric_info()[n].get("bias", True)]
        metrics = {}
        for name in names:
            values = [r["metrics"][name] for r in self.rows if r["metrics"].get(name) is not None]
            metrics[name] = {"mean": mean(values), "ci": bootstrap_ci(values), "n": len(values)}
        out = {"n": len(self.rows), "metrics": metrics, "bias": bias.paired(self.rows, tested),
               "groups": bias.disparity(self.rows, tested)}
        if "judge" in self.meta:
            out["judge"] = judge_summary(self.rows, self.meta["judge"])
        return out

    def as_json(self) -> dict[str, Any]:
        return {**self.summary(), "cases": self.rows}


def score(cases: list[Case], outputs: dict[str, str], *, cache: Cache | None = None,
          out: Path | None = None, progress: Progress | None = None, meta: dict[str, Any] | None = None,
          judge: JudgeSpec | None = None, workers: int = 1) -> Scored:
    """Score every case that has an output, in up to `workers` processes; cases without one are
    reported as missing. With `judge`, each scored output is also rated by the LLM judge (its
    verdicts cached in `cache`)."""
    known = {c.id for c in cases}
    meta = {"created_at": datetime.now(UTC).isoformat(timespec="seconds"), "checks_version": checks_version(),
            "embedding_precision": precision(), **(meta or {}), **({"judge": judge.model} if judge else {})}
    result = Scored(rows=[], meta=meta, missing=[c.id for c in cases if c.id not in outputs],
                    unknown=[i for i in outputs if i not in known])
    writer = RunWriter(out, meta) if out else None
    todo = [c for c in cases if c.id in outputs]
    rows = score_rows(todo, outputs, cache, workers)
    if judge:
        rows = judged_rows(rows, {c.id: c for c in todo}, judge, cache)
    for row in rows:
        if "error" in row:
            result.unscorable[row["id"]] = row["error"]
        else:
            result.rows.append(row)
        if writer:
            writer.add(row)
        if progress:
            progress(1)
    if writer:
        writer.finish(result.summary())
    return result


def score_rows(cases: Iterable[Case], outputs: dict[str, str], cache: Cache | None = None,
               workers: int = 1) -> Iterator[dict[str, Any]]:
    """One scored row per case, in order, from the cache when the same case, output, checks and
    embedding precision were scored before. The rest are scored in chunks (each chunk's texts embedded in one batch)
    by up to `workers` processes (eval/pool.py)."""
    todo = list(cases)
    version = (checks_version(), precision())
    keys = {c.id: key("score", c.digest, outputs[c.id], *version) for c in todo}
    hits = {i: cache.get("score", k) for i, k in keys.items()} if cache else {}
    fresh = [(c, outputs[c.id]) for c in todo if hits.get(c.id) is None]
    chunks = [fresh[start:start + CHUNK] for start in range(0, len(fresh), CHUNK)]
    warm = (lambda: _warm(chunks[0][:1])) if chunks else None  # every model, lexicon and pattern ready once
    scored = chain.from_iterable(ordered_map(_score_chunk, chunks, workers, warm=warm))
    for case in todo:
        result = hits.get(case.id)
        if result is None:
            result = next(scored)
            if "error" in result:
                yield {"id": case.id, "error": result["error"]}
                continue
            if cache:
                cache.put("score", keys[case.id], result)
        yield {"id": case.id, "record_type": case.record_type, "attributes": case.attributes,
               "pair_id": case.pair_id, "output": outputs[case.id], **result}


def _warm(pairs: list[tuple[Case, str]]) -> None:
    """Before the scoring workers are forked: score a case (loading the models and lexicons) and
    compile the identifier detector's patterns that one case may not reach, so that every worker
    shares them instead of making its own."""
    from eval.checks import privacy

    _score_chunk(pairs)
    privacy.warm()


def _score_chunk(pairs: list[tuple[Case, str]]) -> list[dict[str, Any]]:
    """Metrics and findings (or the error that stopped the checks) of each (case, output)."""
    prepared = _prefetch(pairs)
    out: list[dict[str, Any]] = []
    for case, output in pairs:
        try:
            metrics, findings = case_metrics(case, output, prepared.get(case.id))
        except Exception as exc:  # a check that breaks on one output must not sink the run
            out.append({"error": f"{type(exc).__name__}: {exc}"})
            continue
        out.append({"metrics": metrics, "findings": [f.as_json() for f in findings]})
    return out


def _prefetch(pairs: list[tuple[Case, str]]) -> dict[str, Material]:
    """The material of each case, with the costly analyses of all of them done in batches: the
    texts the checks compare embedded together (and the phrases `language.stigmatising` weighs),
    the records' identifiers detected in one spaCy pass (in the text `privacy.identifier_leak`
    reads). The checks then find both in their caches."""
    from eval.checks import align, gold, language, privacy

    prepared = {case.id: material(case, output) for case, output in pairs}
    try:
        align.prefetch(list(prepared.values()))
        # the must-not-state claims the check compares by meaning (most are settled by their words alone)
        align.vectors(list(dict.fromkeys(c for m in prepared.values() for c in gold.compared_claims(m))))
        align.vectors(list(dict.fromkeys(p for m in prepared.values() for p in language.phrases(m))))
        privacy.prefetch(privacy.searched(m) for m in prepared.values())
    except Exception:  # noqa: BLE001  one bad output must not sink the chunk: each case is then scored alone
        pass
    return prepared


def judged_rows(rows: Iterable[dict[str, Any]], cases: dict[str, Case], judge: JudgeSpec,
                cache: Cache | None = None) -> Iterator[dict[str, Any]]:
    """The rows with the judge's verdicts added (`judge.workers` cases at a time, in order).
    Per case `judge` maps each rubric to its score or "unscorable"; never NaN, never a crash."""
    from concurrent.futures import ThreadPoolExecutor

    from assistant.judge import judge_record
    from prompts import rubrics

    def rate(row: dict[str, Any]) -> dict[str, Any]:
        if "error" in row:
            return row
        case = cases[row["id"]]
        try:
            verdicts = judge_record(row["output"], case.notes, judge.model, judge.settings, cache=cache)
        except Exception as exc:  # noqa: BLE001  a judge that cannot even start is unscorable, not fatal
            reason = f"{type(exc).__name__}: {exc}"
            verdicts = [{"rubric": r, "status": UNSCORABLE, "score": None, "reason": reason} for r in rubrics()]
        return {**row, "judge": {v["rubric"]: v["score"] if v["status"] == "scored" else UNSCORABLE
                                 for v in verdicts},
                "judge_verdicts": verdicts}

    batch: list[dict[str, Any]] = []
    with ThreadPoolExecutor(max_workers=max(1, judge.workers)) as pool:
        for row in rows:
            batch.append(row)
            if len(batch) >= 4 * max(1, judge.workers):
                yield from pool.map(rate, batch)
                batch = []
        yield from pool.map(rate, batch)


def judge_summary(rows: list[dict[str, Any]], model: str) -> dict[str, Any]:
    """Per rubric: the mean score over the cases it could score, its bootstrap CI, how many
    were scored and how many unscorable."""
    from prompts import rubrics

    out: dict[str, Any] = {}
    for rubric in rubrics().values():
        given = [r["judge"][rubric.id] for r in rows if rubric.id in r.get("judge", {})]
        scores = [float(v) for v in given if v != UNSCORABLE]
        out[rubric.id] = {"mean": mean(scores), "ci": bootstrap_ci(scores), "n": len(scores),
                          "unscorable": len(given) - len(scores), "version": rubric.version, "hash": rubric.hash}
    return {"model": model, "rubrics": out}


class RunWriter:
    """Appends scored rows to DIR/cases.jsonl as they come, then writes the summary."""

    def __init__(self, out: Path, meta: dict[str, Any] | None) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.out = out
        (out / "run.json").write_text(json.dumps(meta or {}, indent=2, ensure_ascii=False), encoding="utf-8")
        self._file = open(out / "cases.jsonl", "w", encoding="utf-8")

    def add(self, row: dict[str, Any]) -> None:
        self._file.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._file.flush()

    def finish(self, summary: dict[str, Any]) -> None:
        self._file.close()
        (self.out / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")


def load_run(run_dir: str | Path) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """(run.json, summary.json, scored rows) of a run directory."""
    from assistant.errors import HeardError

    path = Path(run_dir)
    needed = [path / n for n in ("run.json", "summary.json", "cases.jsonl")]
    absent = [p.name for p in needed if not p.is_file()]
    if absent:
        raise HeardError(f"{run_dir} is not a finished eval run (no {', '.join(absent)})")
    rows = []
    for number, line in enumerate((path / "cases.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            print(f"heard: {path / 'cases.jsonl'}:{number}: not valid JSON, left out", file=sys.stderr)
            continue
        if "error" not in row:
            rows.append(row)
    return (json.loads((path / "run.json").read_text(encoding="utf-8")),
            json.loads((path / "summary.json").read_text(encoding="utf-8")), rows)
