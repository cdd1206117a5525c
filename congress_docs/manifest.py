"""The record of what `build` wrote in a folder, so a file changed by hand is never overwritten.

One `manifest.json` per commune output folder maps each file name to its SHA-256, size, source
data file, template and build time. A file whose hash no longer matches was edited by hand; a file
missing from the manifest was put there by someone else. Both are kept unless forced, and a
forced replacement first copies the old file to `<stem>.bak-YYYYmmdd-HHMMSS<suffix>` beside it.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from congress_docs import __version__
from congress_docs.fileio import write_bytes_atomic

__all__ = [
    "MANIFEST_NAME",
    "Manifest",
    "ManifestEntry",
    "Ownership",
    "back_up",
    "file_sha256",
    "load_manifest",
    "ownership",
    "save_manifest",
]

MANIFEST_NAME = "manifest.json"
_FORMAT = 1


@dataclass(frozen=True)
class ManifestEntry:
    """What was written to one file by the last build that wrote it."""

    sha256: str
    size: int
    source: str
    template: str
    built_at: str
    kind: str = ""
    # The hash this file had before the write that recorded this entry: the manifest is saved
    # before the new file is renamed into place, so after a crash in between, the old file is
    # still recognised as ours.
    previous: str = ""
    # What the document was made from, so an unchanged one is not written again: the hash of
    # the commune's data after the merge (and of the rule profile it names), of the template,
    # the tool's version; and how many places ("…") it leaves to fill.
    data_sha256: str = ""
    template_sha256: str = ""
    tool_version: str = ""
    to_fill: int = 0


_FIELDS = frozenset(ManifestEntry.__dataclass_fields__)


@dataclass
class Manifest:
    """The entries of one output folder, by file name."""

    folder: Path
    entries: dict[str, ManifestEntry] = field(default_factory=dict)

    def record(
        self, path: Path, *, source: Path, template: Path, kind: str, data: bytes | None = None,
        made_from: tuple[str, str] = ("", ""), to_fill: int = 0,
    ) -> ManifestEntry:
        """Remember `path` with its hash and size: of `data` about to be written, or on disk.

        `made_from` is (data hash, template hash) of what the file was rendered from.
        """
        old = self.entries.get(path.name)
        entry = ManifestEntry(
            sha256=hashlib.sha256(data).hexdigest() if data is not None else file_sha256(path),
            size=len(data) if data is not None else path.stat().st_size,
            source=str(source.resolve()),
            template=str(template.resolve()),
            built_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            kind=kind,
            previous=old.sha256 if old is not None and data is not None else "",
            data_sha256=made_from[0],
            template_sha256=made_from[1],
            tool_version=__version__,
            to_fill=to_fill,
        )
        self.entries[path.name] = entry
        return entry


class Ownership(enum.Enum):
    """Whose file is at an output path, as far as the manifest can tell."""

    ABSENT = "absent"
    OURS = "ours"
    EDITED = "edited"
    FOREIGN = "foreign"


def load_manifest(folder: Path) -> Manifest:
    """Read the manifest of `folder`; a missing or unreadable one counts as empty.

    Empty is the safe reading: every existing file then counts as the user's and is kept.
    """
    try:
        raw = json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        # Fields a later version added are left out rather than making the manifest unreadable.
        entries = {name: ManifestEntry(**{k: v for k, v in value.items() if k in _FIELDS})
                   for name, value in raw["files"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        entries = {}
    return Manifest(folder, entries)


def save_manifest(manifest: Manifest) -> None:
    """Write the manifest atomically, entries sorted by file name."""
    body: dict[str, Any] = {
        "format": _FORMAT,
        "generator": f"congress-docs {__version__}",
        "files": {name: asdict(manifest.entries[name]) for name in sorted(manifest.entries)},
    }
    text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
    write_bytes_atomic(manifest.folder / MANIFEST_NAME, text.encode("utf-8"))


def ownership(path: Path, manifest: Manifest) -> Ownership:
    """Tell whether `path` is absent, ours and unchanged, ours but edited, or not ours."""
    if not path.exists():
        return Ownership.ABSENT
    entry = manifest.entries.get(path.name)
    if entry is None:
        return Ownership.FOREIGN
    digest = file_sha256(path)
    return Ownership.OURS if digest in (entry.sha256, entry.previous) else Ownership.EDITED


def back_up(path: Path, when: dt.datetime | None = None) -> Path:
    """Copy `path` to `<stem>.bak-YYYYmmdd-HHMMSS<suffix>` beside it and return the copy's path."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.stem}.bak-{stamp}{path.suffix}")
    number = 2
    while backup.exists():
        backup = path.with_name(f"{path.stem}.bak-{stamp}-{number}{path.suffix}")
        number += 1
    shutil.copy2(path, backup)
    return backup


def file_sha256(path: Path) -> str:
    """Return the hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()
