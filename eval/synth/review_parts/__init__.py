"""The parts of the review corpus generator (eval/synth/review.py): phrase banks as YAML data,
sources drawn from them, notes in four styles, faithful records and single defects."""

from eval.synth.review_parts.corpus import KINDS, generate
from eval.synth.review_parts.defects import CHECKS

__all__ = ["CHECKS", "KINDS", "generate"]
