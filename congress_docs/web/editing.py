"""Apply the page's edits to a commune's data: typed values at dotted paths, rows added or cut.

The same functions edit plain data (for checking) and a round-trip YAML document (for saving),
since both are mappings and sequences.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, MutableMapping, MutableSequence
from dataclasses import dataclass, field
from typing import Any

from congress_docs.web.fields import spec_at

__all__ = ["Changes", "apply_changes", "display_value", "parse_path", "typed_value"]

Path = tuple[str | int, ...]
MAX_ROWS = 2000
_INTEGER = re.compile(r"^[+-]?\d+$")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_TRUE = {"true", "có", "co", "x", "yes", "1", "đúng"}
_FALSE = {"false", "không", "khong", "no", "0", "sai"}


@dataclass(frozen=True)
class Changes:
    """What the page sends: field texts by dotted path, and the new row count of changed tables."""

    values: dict[str, str] = field(default_factory=dict)
    lengths: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_json(cls, payload: Any) -> Changes:
        """Read the page's JSON body; raise ValueError when it has the wrong shape."""
        if not isinstance(payload, Mapping):
            raise ValueError("changes must be an object")
        values = payload.get("values", {})
        lengths = payload.get("lengths", {})
        if not isinstance(values, Mapping) or not isinstance(lengths, Mapping):
            raise ValueError("values and lengths must be objects")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in values.items()):
            raise ValueError("values must map paths to text")
        if not all(
            isinstance(k, str) and isinstance(v, int) and 0 <= v <= MAX_ROWS
            for k, v in lengths.items()
        ):
            raise ValueError("lengths must map paths to row counts")
        return cls(dict(values), dict(lengths))


def parse_path(text: str) -> Path:
    """Split `people.3.full_name` into ('people', 3, 'full_name'); raise ValueError if unknown."""
    parts: list[str | int] = [int(part) if part.isdigit() else part for part in text.split(".")]
    if not parts or any(part == "" for part in parts) or spec_at(tuple(parts)) is None:
        raise ValueError(f"unknown field {text!r}")
    return tuple(parts)


def apply_changes(document: MutableMapping[str, Any], changes: Changes) -> None:
    """Change `document` in place: resize tables first, then set or remove each value."""
    for text, length in sorted(changes.lengths.items()):
        _resize(document, parse_path(text), length)
    for text, raw in changes.values.items():
        path = parse_path(text)
        spec = spec_at(path)
        widget = spec.widget if spec is not None else "text"
        if widget in ("group", "table"):
            raise ValueError(f"{text!r} is not a field")
        value = typed_value(raw, widget)
        if value is None:
            _remove(document, path)
        else:
            _set(document, path, value)


def typed_value(raw: str, widget: str) -> Any:
    """Turn a field's text into the YAML value it stands for; None means 'leave it out'.

    Text that does not fit the type is kept as text, so validation reports it as the loader would.
    """
    if widget == "lines":
        items = [line.strip() for line in raw.splitlines() if line.strip()]
        return items or None
    text = raw.strip()
    if not text:
        return None
    if widget == "integer" and _INTEGER.match(text):
        return int(text)
    if widget == "number" and _NUMBER.match(text):
        number = text.replace(",", ".")
        return int(number) if _INTEGER.match(number) else float(number)
    if widget == "date":
        return _date(text)
    if widget == "boolean":
        lowered = text.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
    return text


def _date(text: str) -> dt.date | str:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    match = _DMY.match(text)
    if match:
        day, month, year = (int(group) for group in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return text
    return text


def display_value(value: Any) -> str:
    """The text a field shows for a value read from the file."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "\n".join(display_value(item) for item in value)
    if isinstance(value, dict):
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _container(document: Any, path: Path, *, create: bool) -> Any:
    """Walk to the parent of the last part of `path`, creating mappings when asked."""
    current = document
    for depth, part in enumerate(path[:-1]):
        following = path[depth + 1]
        if isinstance(part, int):
            if not isinstance(current, MutableSequence) or part >= len(current):
                raise ValueError(f"no row {part} at {path}")
            current = current[part]
            continue
        if not isinstance(current, MutableMapping):
            raise ValueError(f"cannot edit inside {path[:depth]}")
        child = current.get(part)
        if child is None or not isinstance(child, (MutableMapping, MutableSequence)):
            if not create:
                return None
            if isinstance(following, int):
                raise ValueError(f"no row {following} at {path}")
            child = {}
            current[part] = child
        current = child
    return current


def _set(document: MutableMapping[str, Any], path: Path, value: Any) -> None:
    parent = _container(document, path, create=True)
    last = path[-1]
    if isinstance(last, int) or not isinstance(parent, MutableMapping):
        raise ValueError(f"cannot set {path}")
    old = parent.get(last)
    # An equal value stays untouched, so its quoting and number style in the file are kept.
    if not (old == value and isinstance(old, type(value))):
        parent[last] = value


def _remove(document: MutableMapping[str, Any], path: Path) -> None:
    parent = _container(document, path, create=False)
    if not isinstance(parent, MutableMapping) or path[-1] not in parent:
        return
    del parent[path[-1]]
    _prune(document, path)


def _prune(document: MutableMapping[str, Any], path: Path) -> None:
    """Drop the groups a removal left empty (an empty `previous: {}` would be an error)."""
    for end in range(len(path) - 1, 0, -1):
        key = path[end - 1]
        holder = _get(document, path[: end - 1])
        if isinstance(key, int) or not isinstance(holder, MutableMapping):
            return
        node = holder.get(key)
        if not isinstance(node, MutableMapping) or node:
            return
        del holder[key]


def _get(document: Any, path: Path) -> Any:
    current = document
    for part in path:
        if isinstance(part, int) and isinstance(current, MutableSequence) and part < len(current):
            current = current[part]
        elif isinstance(part, str) and isinstance(current, MutableMapping):
            current = current.get(part)
        else:
            return None
    return current


def _resize(document: MutableMapping[str, Any], path: Path, length: int) -> None:
    parent = _container(document, path, create=length > 0)
    last = path[-1]
    if parent is None:
        return
    if isinstance(last, int) or not isinstance(parent, MutableMapping):
        raise ValueError(f"{path} is not a table")
    rows = parent.get(last)
    if length == 0:
        parent.pop(last, None)
        return
    if not isinstance(rows, MutableSequence):
        rows = []
        parent[last] = rows
    del rows[length:]
    while len(rows) < length:
        rows.append({})
