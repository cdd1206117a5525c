"""Atomic file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import secrets
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = [
    "discard",
    "flush_staged",
    "remove_stale_temporaries",
    "stage_bytes",
    "write_bytes_atomic",
    "write_text_atomic",
]

_TEMPORARY = re.compile(r"\..+\.[0-9a-f]{8}\.tmp")


def write_bytes_atomic(
    path: Path, data: bytes, *, before_rename: Callable[[], None] | None = None
) -> None:
    """Write `data` to `path` through a temporary file in the same folder, then rename it.

    On failure the temporary file is removed and the old file is left as it was.
    `before_rename` runs once the new bytes are safely on disk and before they replace the old
    file: a build records the file in its manifest there, so that a crash at any point leaves a
    file the next build still recognises as its own.
    """
    temporary = stage_bytes(path, data)
    try:
        if before_rename is not None:
            before_rename()
        temporary.replace(path)
    except BaseException:
        discard(temporary)
        raise


def stage_bytes(path: Path, data: bytes, *, flush: bool = True) -> Path:
    """Write `data` safely to disk beside `path`, under a temporary name; return that name.

    The caller renames it over `path` (Path.replace) when ready, or discards it. A build stages
    all of a commune's documents unflushed, flushes them together (flush_staged), records them
    in the manifest once, then renames them.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    # os.open with 0o666 lets the user's umask decide the mode, as for any normal file.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            if flush:
                stream.flush()
                os.fsync(stream.fileno())
    except BaseException:
        discard(temporary)
        raise
    return temporary


def flush_staged(paths: Sequence[Path]) -> None:
    """Make files staged unflushed safely written, all at once; raise OSError if it fails.

    On Linux one syncfs flushes the whole disk they are on: one wait for the disk instead of one
    per file, which under other programs' writes was most of a commune's writing time. Elsewhere
    each file is flushed (fsync) in turn.
    """
    if not paths:
        return
    syncfs = _syncfs()
    if syncfs is not None:
        descriptor = os.open(paths[0], os.O_RDONLY)
        try:
            if syncfs(descriptor) == 0:
                return
        finally:
            os.close(descriptor)
    for path in paths:
        descriptor = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@functools.cache
def _syncfs() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        function: Callable[[int], int] = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    return function


def discard(temporary: Path) -> None:
    """Remove a staged file that will not be used."""
    with contextlib.suppress(OSError):
        temporary.unlink()


def write_text_atomic(path: Path, text: str) -> None:
    """Write UTF-8 text atomically, with Unix newlines on every platform."""
    write_bytes_atomic(path, text.encode("utf-8"))


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files an interrupted write left in `folder`; return their paths."""
    removed: list[Path] = []
    with contextlib.suppress(OSError):
        for child in folder.iterdir():
            if _TEMPORARY.fullmatch(child.name) and child.is_file():
                with contextlib.suppress(OSError):
                    child.unlink()
                    removed.append(child)
    return removed
