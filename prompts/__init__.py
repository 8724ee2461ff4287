"""Versioned prompt templates as data: one per record type, and the judge rubrics, each rendered
by one function."""

from prompts.judges import Rubric, get_rubric, render_judge, rubrics
from prompts.templates import (
    Section, Template, get_template, record_types, render, render_combine, sections, templates,
)

__all__ = ["Rubric", "Section", "Template", "get_rubric", "get_template", "record_types", "render",
           "render_combine", "render_judge", "rubrics", "sections", "templates"]
