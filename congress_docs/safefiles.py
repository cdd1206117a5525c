"""Open users' data files and folders without hanging: no pipes, devices, loops or huge files."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _

__all__ = ["MAX_DATA_BYTES", "os_error_message_for", "read_data_file", "walk_data_folder"]

# The largest real commune file is a few tens of kilobytes; a district file a little more.
MAX_DATA_BYTES = 2 * 1024 * 1024
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_data_file(path: Path, limit: int = MAX_DATA_BYTES) -> bytes:
    """Return the bytes of a regular file of at most `limit` bytes, or raise a located DataError.

    The file is opened without blocking and checked with fstat before anything is read, so a
    FIFO, a device or a socket named like a data file is refused at once instead of hanging.
    """
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as err:
        raise DataError([Issue(path, os_error_message(err))]) from err
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise DataError([Issue(path, _not_regular_message(info.st_mode))])
        if info.st_size > limit:
            raise DataError([Issue(path, _too_large_message(info.st_size, limit))])
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # the file grew while being read
            raise DataError([Issue(path, _too_large_message(size, limit))])
        return b"".join(chunks)
    except OSError as err:
        raise DataError([Issue(path, os_error_message(err))]) from err
    finally:
        os.close(descriptor)


def os_error_message(err: OSError) -> str:
    """Say in the user's language why a file could not be opened or read."""
    if err.errno == errno.ELOOP:
        return _("the symbolic link loops back on itself; point it at a real file")
    if err.errno in (errno.EACCES, errno.EPERM):
        return _("cannot read the file: permission denied; check who may read it")
    if err.errno == errno.ENOENT:
        return _("no such file or folder")
    if err.errno == errno.EIO:
        return _("cannot read the file: the system refused to read it (input/output error)")
    if err.errno == errno.EISDIR:
        return _("this is a folder, not a file")
    return _("cannot read the file: {reason}").format(reason=err.strerror or err)


def os_error_message_for(err: OSError) -> str:
    """The message of an OS error, naming the file it is about when it names one."""
    message = os_error_message(err)
    return f"{err.filename}: {message}" if err.filename else message


def _not_regular_message(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        what = _("a pipe (FIFO)")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = _("a device")
    elif stat.S_ISSOCK(mode):
        what = _("a socket")
    elif stat.S_ISDIR(mode):
        what = _("a folder")
    else:
        what = _("not an ordinary file")
    return _("this is {what}, not an ordinary data file; move it out of the data folder").format(
        what=what)


def _too_large_message(size: int, limit: int) -> str:
    return _("the file is too large ({size} MB; a congress file is at most {limit} MB): "
             "is it really a data file?").format(size=round(size / 1048576, 1),
                                                 limit=limit // 1048576)


def walk_data_folder(
    folder: Path, wanted: Callable[[Path], bool], skip: Callable[[Path], bool]
) -> list[Path]:
    """Return the files under `folder` that `wanted` accepts, in sorted order.

    Every folder is entered once, by its device and inode, so a symbolic link pointing back up
    the tree ends the walk there instead of being followed for ever (its files are read once,
    through the real folder). A folder that cannot be listed is returned as if it were a file, so
    reading it reports why; folders `skip` names are not entered.
    """
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            info = current.stat()
            children = sorted(current.iterdir())
        except OSError:
            found.append(current)
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        folders = []
        for child in children:
            if _is_folder(child):
                if not skip(child):
                    folders.append(child)
            elif wanted(child):
                found.append(child)
        pending.extend(reversed(folders))
    return found


def _is_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except OSError:
        return False  # a broken or looping link: listed as a file, and reported when read
