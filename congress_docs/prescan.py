"""Which commune each congress file describes, read from its YAML events, before the build.

Two files of one commune must both fail before either writes (identity.duplicate_issues), and
a streaming build writes as it goes: so each file's commune key (its output folder) is found
first, from the few names it depends on (unit, district, province, district_file), without
building its data. The key found here is checked again against the loaded data.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import yaml

from congress_docs.errors import DataError
from congress_docs.loading import DISTRICT_FILE_NAME
from congress_docs.safefiles import read_data_file
from congress_docs.vietnamese import slugify

__all__ = ["CommuneKey", "scan_key"]

CommuneKey = tuple[tuple[str, str], str]  # (group slug, commune slug), title
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MISSING = object()
_WANTED = ("unit", "district", "province", "district_file")
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?=\s)", re.MULTILINE)
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


def scan_key(path: Path) -> CommuneKey | None:
    """Return the commune key and title of a congress file, or None when it cannot tell.

    None is safe: such a file is read in full later and fails there if its data is wrong.
    """
    top = _top_level(path)
    if top is None:
        return None
    unit = top.get("unit")
    if not isinstance(unit, dict) or not isinstance(unit.get("name"), str):
        return None
    district_path = _district_path(path, top)
    shared = _top_level_cached(district_path) if district_path is not None else None
    group = None
    for name in ("district", "province"):
        value = _merged(top.get(name, _MISSING), (shared or {}).get(name, _MISSING))
        if isinstance(value, dict):
            group = value.get("name")
            break
    if not isinstance(group, str):
        return None
    title = f"{unit.get('kind', '')} {unit['name']}".strip()
    return (slugify(group), slugify(unit["name"])), title


def _merged(own: Any, shared: Any) -> Any:
    # The merge rule (merging.merge) on one mapping: the commune's keys over the district's.
    if own is _MISSING:
        return shared
    if isinstance(own, dict) and isinstance(shared, dict):
        return {**shared, **own}
    return own


def _district_path(path: Path, top: dict[str, Any]) -> Path | None:
    named = top.get("district_file")
    if isinstance(named, str) and named:
        candidate = (path.parent / named).resolve()
        return candidate if candidate.is_file() else None
    sibling = path.parent / DISTRICT_FILE_NAME
    return sibling if sibling.is_file() and sibling.resolve() != path.resolve() else None


@functools.lru_cache(maxsize=64)
def _top_level_cached(path: Path) -> dict[str, Any] | None:
    return _top_level(path)


def _top_level(path: Path) -> dict[str, Any] | None:
    """The file's top-level mapping, two levels deep (deeper values read as None)."""
    try:
        # As the loader reads it: a FIFO or a device named like a data file must not block here.
        text = read_data_file(path).decode("utf-8-sig")
        top = _shallow(yaml.parse(_wanted_blocks(text), Loader=_LOADER))
    except (DataError, ValueError, yaml.YAMLError):
        return None
    return top if isinstance(top, dict) else None


def _wanted_blocks(text: str) -> str:
    """Only the top-level blocks that name the commune, when the file is laid out plainly.

    A congress file is a block mapping whose keys start at the left edge; parsing just the four
    blocks that matter is far cheaper than the whole file. Anything unusual (flow style,
    document markers, a wanted key twice) is parsed whole.
    """
    starts = [(match.group(1), match.start()) for match in _TOP_KEY.finditer(text)]
    names = [name for name, _start in starts]
    if (not starts or text.lstrip().startswith(("{", "[", "---", "%", "&", "!"))
            or any(names.count(name) > 1 for name in _WANTED)):
        return text
    pieces = [text[start:(starts[index + 1][1] if index + 1 < len(starts) else len(text))]
              for index, (name, start) in enumerate(starts) if name in _WANTED]
    return "".join(piece if piece.endswith("\n") else piece + "\n" for piece in pieces)


class _Frame:
    """A collection being read: its container (None below the kept depth), its pending key."""

    def __init__(self, is_map: bool, keep: bool) -> None:
        self.is_map = is_map
        self.container: dict[Any, Any] | list[Any] | None = (
            ({} if is_map else []) if keep else None)
        self.key: Any = _MISSING


def _shallow(events: Any) -> Any:
    stack: list[_Frame] = []
    root: list[Any] = []
    for event in events:
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            stack.append(_Frame(isinstance(event, yaml.MappingStartEvent), len(stack) < 2))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            _add(stack, root, stack.pop().container)
        elif isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
            _add(stack, root, _scalar(event))
    return root[0] if root else None


def _add(stack: list[_Frame], root: list[Any], value: Any) -> None:
    if not stack:
        root.append(value)
        return
    parent = stack[-1]
    if isinstance(parent.container, list):
        parent.container.append(value)
    elif parent.key is _MISSING:
        parent.key = value if isinstance(value, str) else None
    else:
        if parent.container is not None and parent.key is not None:
            parent.container[parent.key] = value
        parent.key = _MISSING


def _scalar(event: Any) -> Any:
    if not isinstance(event, yaml.ScalarEvent):
        return None  # an alias: not a name
    if event.style in (None, "") and event.value in _NULLS:
        return None
    return event.value
