"""Seeded generator of heard's benchmark suites (Case JSONL, DESIGN.md) for the evaluation harness.

Each case is a social worker's notes (formal prose, bullets, a transcript, quick lower-case
notes, or ALL-CAPS headings) with its gold labels: the facts a faithful record must keep, the
child's own words (verbatim in the notes), claims a record must not make, the attributes
(gender, name-origin group, religion, disability, family), the gold spans of the names in the
notes, and a faithful reference record in the record type's sections. Some cases have a
counterfactual variant (same `pair_id`) made by eval/counterfactual.py and checked by its
`verify_pair`.

`core` (40 cases + 30 variants) uses the `core` half of every phrase bank and the dev names;
`holdout` (30 + 15) the `holdout` halves and the holdout names, so nothing in it was seen while
building on `core`. `blind` (45 + 30) uses the `blind` halves (suite_parts/blind/), written later
by someone who had not read the checks, and names of its own that no other list has.

Usage:
    python -m eval.synth.suite --suite core --seed 31 --out eval/suites/core.jsonl
    python -m eval.synth.suite --suite holdout --seed 32 --out eval/suites/holdout.jsonl
    python -m eval.synth.suite --suite blind --seed 33 --out eval/suites/blind.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval.synth.review import write_jsonl
from eval.synth.suite_parts import generate_suite
from eval.synth.suite_parts.bank import SUITES

SEEDS = {"core": 31, "holdout": 32, "blind": 33}  # the seeds of the shipped files


def main(argv: list[str] | None = None) -> int:
    """Command line: generate one suite and write it as JSONL."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--suite", choices=SUITES, required=True)
    parser.add_argument("--seed", type=int, default=None, help="default: the seed of the shipped file")
    parser.add_argument("--out", type=Path, required=True, help="JSONL file to write")
    args = parser.parse_args(argv)
    seed = SEEDS[args.suite] if args.seed is None else args.seed
    try:
        rows = generate_suite(args.suite, seed)
    except (RuntimeError, ValueError) as err:
        print(f"heard: cannot generate the {args.suite} suite: {err}", file=sys.stderr)
        return 2
    write_jsonl(rows, args.out)
    pairs = sum(1 for r in rows if "counterfactual" in r)
    print(f"wrote {len(rows)} cases ({pairs} counterfactual pairs) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
