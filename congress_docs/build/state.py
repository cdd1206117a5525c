"""What the last build into a folder knew of each congress file, so the next one can skip it.

`<output>/.congress-docs-state.json` maps each congress file to the fingerprint of everything
its documents depend on (its bytes, its district file's, its rule profile's, the tool version,
the language), its output folder, whether it failed, and what the report said of it (title,
warnings, rule findings). An unchanged, successful file is then reported again without being
read, after its documents are checked on disk; `--only-failed` picks the files that failed.
The state only ever saves work: a missing, old or damaged one makes the build read everything.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from congress_docs.errors import Issue
from congress_docs.rules import RuleFinding
from congress_docs.rules.values import Bound

__all__ = [
    "STATE_NAME",
    "StateEntry",
    "decode_items",
    "encode_items",
    "fingerprint",
    "load_state",
    "save_state",
    "state_key",
]

STATE_NAME = ".congress-docs-state.json"
_FORMAT = 1


@dataclass(frozen=True)
class StateEntry:
    """One congress file as the last build left it."""

    fingerprint: str
    inputs: tuple[str, ...]  # the district file and rule profile it was read with
    folder: str | None  # its output folder, relative to the output folder
    failed: bool
    data_sha256: str = ""
    # title, warnings, normalised, findings as JSON; None when they cannot be stored
    report: dict[str, Any] | None = None


def state_key(source: Path) -> str:
    """The key of a congress file in the state: its absolute path."""
    return str(source.resolve())


def load_state(output: Path) -> dict[str, StateEntry]:
    """Read the state of `output`; missing or unreadable counts as empty."""
    try:
        raw = json.loads((output / STATE_NAME).read_text(encoding="utf-8"))
        if raw.get("format") != _FORMAT:
            return {}
        return {key: StateEntry(value["fingerprint"], tuple(value["inputs"]), value["folder"],
                                bool(value["failed"]), value.get("data_sha256", ""),
                                value.get("report"))
                for key, value in raw["files"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


def save_state(output: Path, entries: Mapping[str, StateEntry]) -> None:
    """Write the state atomically (sorted, so the same build gives the same file)."""
    body = {"format": _FORMAT,
            "files": {key: dataclasses.asdict(entries[key]) for key in sorted(entries)}}
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    target = output / STATE_NAME
    temporary = target.with_name(f".{STATE_NAME}.{os.getpid()}.tmp")
    # Renamed into place but not flushed to disk: after a power cut the state may be lost or
    # empty, which only makes the next build read every file again.
    with contextlib.suppress(OSError):  # the state only saves time; the documents are written
        temporary.write_bytes(text.encode("utf-8"))
        temporary.replace(target)


def fingerprint(source: Path, inputs: Sequence[Path | None], salt: str) -> str:
    """Hash the bytes of a congress file and of what it is read with, plus `salt`.

    Paths count as absolute paths, whatever folder the build is started from.
    """
    digest = hashlib.sha256(salt.encode("utf-8"))
    for path in (source.resolve(), *(path.resolve() if path else None for path in inputs)):
        digest.update(b"\0" + str(path).encode("utf-8") + b"\0")
        if path is not None:
            try:
                digest.update(hashlib.sha256(path.read_bytes()).digest())
            except OSError:
                digest.update(b"missing")
    return digest.hexdigest()


def encode_items(items: Sequence[object]) -> list[Any] | None:
    """Issues and rule findings as JSON values; None if one of them is of another kind."""
    encoded: list[Any] = []
    for item in items:
        if isinstance(item, Issue):
            encoded.append({"issue": _plain(dataclasses.asdict(item))})
        elif isinstance(item, RuleFinding):
            fields = {field.name: getattr(item, field.name)
                      for field in dataclasses.fields(item)}
            encoded.append({"rule": _plain(fields)})
        else:
            return None
    return encoded


def decode_items(items: Sequence[Any]) -> tuple[object, ...]:
    """The issues and findings encode_items stored."""
    decoded: list[object] = []
    for item in items:
        if "issue" in item:
            fields = item["issue"]
            decoded.append(Issue(_path(fields["file"]), fields["message"], fields["line"],
                                 fields["column"], fields["field"]))
        else:
            fields = dict(item["rule"])
            fields["fact"] = _value(fields["fact"])
            limit = fields["limit"]
            fields["limit"] = Bound(_value(limit["low"]), _value(limit["high"]))
            fields["path"] = _path(fields["path"])
            decoded.append(RuleFinding(**fields))
    return tuple(decoded)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, Bound):
        return {"low": _plain(value.low), "high": _plain(value.high)}
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    return value


def _value(value: Any) -> Any:
    if isinstance(value, dict) and "date" in value:
        return dt.date.fromisoformat(value["date"])
    return value


def _path(value: str | None) -> Path | None:
    return Path(value) if value is not None else None
