"""Write a sheet or report the user asked for: never over an existing file without --force."""

from __future__ import annotations

from pathlib import Path

from congress_docs.errors import OutputConflictError
from congress_docs.fileio import write_bytes_atomic
from congress_docs.i18n import _

__all__ = ["write_output"]


def write_output(path: Path, data: bytes, *, force: bool) -> Path:
    """Write `data` atomically to `path`; refuse to replace a file unless `force`."""
    if path.exists() and not force:
        raise OutputConflictError(
            _("{path} already exists; choose another name or use --force").format(path=path))
    write_bytes_atomic(path, data)
    return path
