"""The checks catalogue: one set of checks, used by the review of one record and by the
evaluation harness. Ids, approaches and severities are in catalogue.yaml; lexicons in data/."""

from eval.checks.base import SEVERITIES, CheckInfo, Finding, Material, registry
from eval.checks.run import Result, run, score

__all__ = ["SEVERITIES", "CheckInfo", "Finding", "Material", "Result", "registry", "run", "score"]
