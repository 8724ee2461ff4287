"""The parts of the benchmark-suite generator (eval/synth/suite.py): phrase banks as YAML, a
case spec drawn from them, notes in five styles, a gold reference, and counterfactual pairs."""

from eval.synth.suite_parts.build import SIZES, generate_suite, render_case
from eval.synth.suite_parts.notes import STYLES

__all__ = ["SIZES", "STYLES", "generate_suite", "render_case"]
