"""Score any system's outputs on benchmark cases: per-case metrics, means with bootstrap CIs, bias.

A run directory (`--out DIR`) holds what a report or a comparison needs, written as it goes:
    cases.jsonl    one scored case a line: id, record_type, attributes, pair_id, output, metrics, findings
    summary.json   the `heard eval score --json` object without the per-case rows
    run.json       what was scored: dataset, its hash, the system, when, heard and checks versions
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from eval import bias
from eval.cache import Cache, checks_version, key
from eval.cases import Case
from eval.checks import Material
from eval.metrics import case_metrics, material, metric_info
from eval.stats import bootstrap_ci, mean

Progress = Callable[[int], None]
CHUNK = 64  # cases embedded together


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
        return {"n": len(self.rows), "metrics": metrics, "bias": bias.paired(self.rows, tested),
                "groups": bias.disparity(self.rows, tested)}

    def as_json(self) -> dict[str, Any]:
        return {**self.summary(), "cases": self.rows}


def score(cases: list[Case], outputs: dict[str, str], *, cache: Cache | None = None,
          out: Path | None = None, progress: Progress | None = None, meta: dict[str, Any] | None = None) -> Scored:
    """Score every case that has an output; cases without one are reported as missing."""
    known = {c.id for c in cases}
    meta = {"created_at": datetime.now(UTC).isoformat(timespec="seconds"), "checks_version": checks_version(),
            **(meta or {})}
    result = Scored(rows=[], meta=meta, missing=[c.id for c in cases if c.id not in outputs],
                    unknown=[i for i in outputs if i not in known])
    writer = RunWriter(out, meta) if out else None
    todo = [c for c in cases if c.id in outputs]
    for row in score_rows(todo, outputs, cache):
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


def score_rows(cases: Iterable[Case], outputs: dict[str, str], cache: Cache | None = None) -> Iterator[dict[str, Any]]:
    """One scored row per case, from the cache when the same case, output and checks were scored
    before. Cases are taken in chunks whose texts are embedded in one batch first."""
    todo = list(cases)
    for start in range(0, len(todo), CHUNK):
        chunk = [(case, outputs[case.id], key("score", case.digest, outputs[case.id], checks_version()))
                 for case in todo[start:start + CHUNK]]
        hits = {k: cache.get("score", k) for _, _, k in chunk} if cache else {}
        prepared = _prefetch([(case, output) for case, output, k in chunk if hits.get(k) is None])
        for case, output, cache_key in chunk:
            scored = hits.get(cache_key)
            if scored is None:
                try:
                    metrics, findings = case_metrics(case, output, prepared.get(case.id))
                except Exception as exc:  # a check that breaks on one output must not sink the run
                    yield {"id": case.id, "error": f"{type(exc).__name__}: {exc}"}
                    continue
                scored = {"metrics": metrics, "findings": [f.as_json() for f in findings]}
                if cache:
                    cache.put("score", cache_key, scored)
            yield {"id": case.id, "record_type": case.record_type, "attributes": case.attributes,
                   "pair_id": case.pair_id, "output": output, **scored}


def _prefetch(pairs: list[tuple[Case, str]]) -> dict[str, Material]:
    """The material of each case, with the costly analyses of all of them done in batches: the
    texts the checks compare embedded together, the records' identifiers detected in one spaCy
    pass. The checks then find both in their caches."""
    from eval.checks import align, privacy

    prepared = {case.id: material(case, output) for case, output in pairs}
    try:
        align.prefetch(list(prepared.values()))
        privacy.prefetch(m.record for m in prepared.values())
    except Exception:  # noqa: BLE001  one bad output must not sink the chunk: each case is then scored alone
        pass
    return prepared


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
