"""One build at a time per output folder: an OS file lock that dies with the process holding it."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from congress_docs.errors import OutputBusyError, OutputConflictError
from congress_docs.i18n import _

__all__ = ["LOCK_NAME", "output_lock"]

LOCK_NAME = ".congress-docs.lock"
_POLL_SECONDS = 0.2


@contextlib.contextmanager
def output_lock(output: Path, *, wait: float = 60.0) -> Iterator[None]:
    """Hold the lock of `output` for the duration of the block, waiting up to `wait` seconds.

    The lock is the operating system's (flock, or msvcrt on Windows), so a build killed by
    SIGKILL or a power cut leaves no stale lock behind. A second build into the same folder waits
    for the first, then stops with OutputBusyError naming the process that holds it.
    """
    path = output / LOCK_NAME
    try:
        output.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as err:
        raise OutputConflictError(_("cannot create {path}: {detail}").format(
            path=path, detail=err.strerror or err)) from err
    try:
        deadline = time.monotonic() + wait
        while not _try_lock(descriptor):
            if time.monotonic() >= deadline:
                raise OutputBusyError(_busy_message(output, _holder(path)))
            time.sleep(_POLL_SECONDS)
        _write_holder(descriptor)
        try:
            yield
        finally:
            _unlock(descriptor)
    finally:
        os.close(descriptor)


def _busy_message(output: Path, holder: str) -> str:
    return _("another build is writing into {output} ({holder}); wait until it ends, or build "
             "into another --output folder").format(output=output, holder=holder)


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        text = ""
    pid, _sep, since = text.partition(" ")
    if not pid.isdigit():
        return _("process unknown")
    return _("process {pid}, started {since}").format(pid=pid, since=since)


def _write_holder(descriptor: int) -> None:
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
    os.ftruncate(descriptor, 0)
    os.lseek(descriptor, 0, os.SEEK_SET)
    os.write(descriptor, f"{os.getpid()} {stamp}\n".encode())


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        os.lseek(descriptor, 0, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
