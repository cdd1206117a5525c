"""The JSON Schema of a congress file, for editors (VS Code YAML) to complete and check."""

from __future__ import annotations

import json
from typing import Any

from congress_docs.models import CongressFile

__all__ = ["congress_schema", "congress_schema_text"]

SCHEMA_ID = "https://congress-docs.invalid/schema/congress-file-1.json"


def congress_schema() -> dict[str, Any]:
    """Return the JSON Schema of one congress file as written by a user.

    A commune file may leave out what its district file provides, so nothing is required at the top;
    the loader checks the merged result.
    """
    schema = CongressFile.model_json_schema()
    schema.pop("required", None)
    records = _list_item_refs(schema)
    for name, definition in schema.get("$defs", {}).items():
        # Mappings merge key by key with the district file, so a commune may write part of one;
        # list records replace the district's whole record, so they keep their required fields.
        if name not in records:
            definition.pop("required", None)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def _list_item_refs(node: Any, inside_items: bool = False) -> set[str]:
    """Return the names of the definitions used as items of a list anywhere in the schema."""
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if inside_items and isinstance(ref, str):
            found.add(ref.rsplit("/", 1)[-1])
        for key, value in node.items():
            found |= _list_item_refs(value, inside_items=key == "items")
    elif isinstance(node, list):
        for value in node:
            found |= _list_item_refs(value, inside_items)
    return found


def congress_schema_text() -> str:
    """Return the schema as stable, readable JSON text."""
    return json.dumps(congress_schema(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
