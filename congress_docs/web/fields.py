"""The form of a congress file, generated from the data model: sections, fields and tables."""

from __future__ import annotations

import datetime as dt
import typing
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from congress_docs.annotations import list_item_model, model_of, unwrap
from congress_docs.models import CongressFile

__all__ = ["FieldSpec", "Section", "Widget", "form_sections", "leaf_kind", "spec_at"]

Widget = Literal[
    "text", "number", "integer", "date", "boolean", "choice", "lines", "group", "table"
]
GENERAL = "general"


@dataclass(frozen=True)
class FieldSpec:
    """One field of the form: its dotted data path, label, help text and how it is edited."""

    path: str
    name: str
    description: str
    widget: Widget
    required: bool = False
    default: str = ""
    choices: tuple[str, ...] = ()
    children: tuple[FieldSpec, ...] = field(default_factory=tuple)

    @property
    def columns(self) -> tuple[FieldSpec, ...]:
        """The leaf fields of a table row, nested groups flattened (education.general...)."""
        return tuple(_leaves(self.children))


@dataclass(frozen=True)
class Section:
    """One tab of the form: a top-level field of the file (the scalars together in one tab)."""

    key: str
    title: str
    fields: tuple[FieldSpec, ...]


def _leaves(specs: tuple[FieldSpec, ...]) -> list[FieldSpec]:
    found: list[FieldSpec] = []
    for spec in specs:
        if spec.widget == "group":
            found.extend(_leaves(spec.children))
        else:
            found.append(spec)
    return found


@cache
def form_sections() -> tuple[Section, ...]:
    """Return the tabs of the form, in the order of the model's fields."""
    general: list[FieldSpec] = []
    sections: list[Section] = []
    for name, info in CongressFile.model_fields.items():
        spec = _spec(name, name, info)
        if spec.widget in ("group", "table"):
            sections.append(Section(name, spec.description or name, (spec,)))
        else:
            general.append(spec)
    return (Section(GENERAL, "", tuple(general)), *sections)


def _spec(path: str, name: str, info: FieldInfo) -> FieldSpec:
    annotation = info.annotation
    description = info.description or ""
    required = info.is_required()
    default = "" if required else _default_text(info)
    record = list_item_model(annotation)
    if record is not None:
        return FieldSpec(path, name, description, "table", required,
                         children=_children(record, ""))
    model = model_of(annotation)
    if model is not None:
        return FieldSpec(path, name, description, "group", required,
                         children=_children(model, path + "."))
    kind, choices = leaf_kind(annotation)
    return FieldSpec(path, name, description, kind, required, default, choices)


def _children(model: type[BaseModel], prefix: str) -> tuple[FieldSpec, ...]:
    return tuple(_spec(prefix + name, name, info) for name, info in model.model_fields.items())


def leaf_kind(annotation: Any) -> tuple[Widget, tuple[str, ...]]:
    """Return the widget of a scalar or list-of-scalars annotation, and its choices if any."""
    annotation = unwrap(annotation)
    origin = typing.get_origin(annotation)
    if origin is list:
        return "lines", ()
    if origin is Literal:
        return "choice", tuple(str(arg) for arg in typing.get_args(annotation))
    if annotation is bool:
        return "boolean", ("true", "false")
    if annotation is int:
        return "integer", ()
    if annotation is float:
        return "number", ()
    if annotation is dt.date:
        return "date", ()
    return "text", ()


def _default_text(info: FieldInfo) -> str:
    value = info.get_default(call_default_factory=True)
    if value is None or isinstance(value, (list, BaseModel)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def spec_at(path: tuple[str | int, ...]) -> FieldSpec | None:
    """Return the spec of the field at a data path (list indices skipped), or None if unknown."""
    names = [part for part in path if not isinstance(part, int)]
    specs: tuple[FieldSpec, ...] = tuple(
        spec for section in form_sections() for spec in section.fields
    )
    found: FieldSpec | None = None
    for depth, name in enumerate(names):
        found = next((spec for spec in specs if spec.name == name), None)
        if found is None:
            return None
        if depth < len(names) - 1:
            specs = found.children
    return found
