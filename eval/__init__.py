"""Evaluation: the checks catalogue, datasets, runner, metrics and reports (issues 4 and 5)."""

__all__: list[str] = []
