"""What the commune page shows: the file's own values, what the district file supplies, status."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from congress_docs.loading import DISTRICT_FILE_NAME
from congress_docs.web.documents import document_title
from congress_docs.web.editing import display_value
from congress_docs.web.fields import form_sections
from congress_docs.web.workspace import Workspace, file_version

__all__ = ["commune_page_context"]


def commune_page_context(
    workspace: Workspace, ident: str, path: Path, raw: bytes
) -> dict[str, Any]:
    """The template context of one commune's page; raise DataError if the file cannot be read."""
    data = workspace.data(ident)
    result = workspace.check(ident, data)
    merged = result.loaded.source.data if result.loaded is not None else None
    title = ident
    if result.loaded is not None:
        unit = result.loaded.model.unit
        title = f"{unit.kind} {unit.name}"
    district = result.loaded.district_path if result.loaded is not None else None
    built = [_built(document) for document in workspace.built_documents(result)]
    return {
        "ident": ident,
        "title": title,
        "version": file_version(raw),
        "sections": form_sections(),
        "value": lambda dotted: display_value(_lookup(data, dotted)),
        "rows": lambda dotted: _rows(_lookup(data, dotted)),
        "cell": lambda row, dotted: display_value(_lookup(row, dotted)),
        "inherited": lambda dotted: _inherited(data, merged, dotted),
        "district_rows": lambda dotted: _district_rows(data, merged, dotted),
        "district_name": district.name if district is not None else DISTRICT_FILE_NAME,
        "initial": result.to_json(),
        "built": built,
        "file_path": str(path),
    }


def _built(document: Path) -> dict[str, Any]:
    pdf = document.with_suffix(".pdf")
    return {"docx": document.name, "title": document_title(document.name),
            "pdf": pdf.name if pdf.is_file() else None, "message": ""}


def _lookup(data: Any, dotted: str) -> Any:
    current = data
    for part in dotted.split("."):
        if isinstance(current, Mapping):
            current = current.get(part)
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return None
    return current


def _rows(value: Any) -> list[tuple[int, Any]]:
    if not isinstance(value, list):
        return []
    return [(index, row if isinstance(row, Mapping) else {}) for index, row in enumerate(value)]


def _inherited(data: Any, merged: Any, dotted: str) -> str:
    """The district's value of a field the commune file leaves out, as text, or ''."""
    if merged is None or _lookup(data, dotted) is not None:
        return ""
    value = _lookup(merged, dotted)
    return "" if isinstance(value, Mapping) else display_value(value).replace("\n", " · ")


def _district_rows(data: Any, merged: Any, dotted: str) -> int:
    """How many rows of a merged table come from the district file, not the commune's."""
    if merged is None:
        return 0
    own = _lookup(data, dotted)
    total = _lookup(merged, dotted)
    if not isinstance(total, list):
        return 0
    return len(total) - (len(own) if isinstance(own, list) else 0)
