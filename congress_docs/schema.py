"""The JSON Schema of a congress file, for editors such as VS Code (YAML extension) to complete and check."""

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
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def congress_schema_text() -> str:
    """Return the schema as stable, readable JSON text."""
    return json.dumps(congress_schema(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
