"""Versioned prompt templates as data: one per record type, rendered by one function."""

from prompts.templates import (
    Section, Template, get_template, record_types, render, render_combine, sections, templates,
)

__all__ = ["Section", "Template", "get_template", "record_types", "render", "render_combine",
           "sections", "templates"]
