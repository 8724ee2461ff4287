"""Record-type templates: versioned YAML data rendered by one Jinja2 function.

Every draft records the template id, version and hash, so any output can be reproduced. The hash
covers the template's YAML and every shared file that shapes the prompt.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from assistant.errors import HeardError

HERE = Path(__file__).parent
SHARED_FILES = ("sections.yaml", "system.jinja", "draft.jinja", "combine.jinja")


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    hint: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    id: str
    version: str
    title: str
    focus: str
    section_keys: tuple[str, ...]
    section_hints: dict[str, str] = field(default_factory=dict)
    hash: str = ""

    @property
    def sections(self) -> list[Section]:
        table = sections()
        return [table[key] for key in self.section_keys]


@functools.cache
def sections() -> dict[str, Section]:
    """The canonical record sections, by key."""
    raw = yaml.safe_load((HERE / "sections.yaml").read_text())
    return {key: Section(key, v["title"], v["hint"], tuple(v.get("aliases", ())))
            for key, v in raw.items()}


@functools.cache
def templates() -> dict[str, Template]:
    """Every record-type template, by id."""
    shared = b"".join((HERE / name).read_bytes() for name in SHARED_FILES)
    out = {}
    for path in sorted((HERE / "templates").glob("*.yaml")):
        raw = path.read_bytes()
        data = yaml.safe_load(raw)
        unknown = set(data["sections"]) - set(sections())
        if unknown:
            raise ValueError(f"{path.name}: unknown sections {sorted(unknown)}")
        out[data["id"]] = Template(
            id=data["id"], version=str(data["version"]), title=data["title"], focus=data["focus"],
            section_keys=tuple(data["sections"]), section_hints=data.get("section_hints") or {},
            hash=hashlib.sha256(raw + shared).hexdigest()[:16],
        )
    return out


def record_types() -> list[str]:
    return sorted(templates())


def get_template(record_type: str) -> Template:
    """The template for a record type; accepts `home-visit` as well as `home_visit`."""
    key = record_type.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in templates():
        raise HeardError(f"unknown record type {record_type!r} (known: {', '.join(record_types())})")
    return templates()[key]


@functools.cache
def _env() -> Environment:
    return Environment(loader=FileSystemLoader(HERE), undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)


def render(template: Template, notes: str, guidance: list | tuple = (), part: int = 1,
           parts: int = 1) -> list[tuple[str, str]]:
    """The messages for drafting one record (or one part of long notes): [(role, text), ...]."""
    env = _env()
    user = env.get_template("draft.jinja").render(
        template=template, sections=template.sections, guidance=guidance, notes=notes,
        part=part, parts=parts)
    return [("system", env.get_template("system.jinja").render()), ("user", user)]


def render_combine(template: Template, records: list[str]) -> list[tuple[str, str]]:
    """The messages for merging partial records drafted from consecutive parts of long notes."""
    env = _env()
    user = env.get_template("combine.jinja").render(
        template=template, sections=template.sections, records=records, parts=len(records))
    return [("system", env.get_template("system.jinja").render()), ("user", user)]
