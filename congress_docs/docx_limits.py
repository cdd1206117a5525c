"""Refuse a .docx that is not a zip, or whose parts would inflate past sane limits, before reading.

python-docx reads every part of a package into memory. Python's zipfile never inflates a member
past the size its header declares (a lying header fails the CRC check instead), so checking the
declared sizes, the number of members and the compression ratio bounds the memory any .docx can
take, whatever its bytes say.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from congress_docs.i18n import _

__all__ = ["MAX_FILE_BYTES", "MAX_MEMBERS", "MAX_PART_BYTES", "MAX_TOTAL_BYTES", "package_problem"]

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 5_000
MAX_PART_BYTES = 64 * 1024 * 1024  # the text of a 1,000-page document is a few megabytes
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # pictures included
MAX_RATIO = 400  # XML compresses 10-30 times; a bomb, thousands of times
_RATIO_FLOOR = 4 * 1024 * 1024  # small members may compress as well as they like


def package_problem(source: Path | bytes) -> str | None:
    """Return why `source` cannot be read safely as a .docx package, or None when it can."""
    try:
        if isinstance(source, Path):
            size = source.stat().st_size
            if size > MAX_FILE_BYTES:
                return _too_large(size, MAX_FILE_BYTES)
            with source.open("rb") as stream:
                return _inspect(stream)
        return _inspect(io.BytesIO(source))
    except OSError as err:
        return _("cannot be read: {reason}").format(reason=err.strerror or err)


def _inspect(stream: io.BufferedIOBase | io.BytesIO) -> str | None:
    if not zipfile.is_zipfile(stream):
        return _("this is not a Word .docx file (not a zip package); save it again from Word as "
                 ".docx (a .doc or a renamed file does not work)")
    try:
        stream.seek(0)
        with zipfile.ZipFile(stream) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as err:
        return _("the .docx package is damaged: {reason}").format(reason=err)
    if len(members) > MAX_MEMBERS:
        return _("the package holds {count} parts (at most {limit}); it is not a normal Word "
                 "document").format(count=len(members), limit=MAX_MEMBERS)
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > MAX_PART_BYTES:
            return _part_too_large(member)
        ratio = member.file_size // max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR and ratio > MAX_RATIO:
            return _("the part {part} would inflate {ratio} times (a zip bomb?); it is not a "
                     "normal Word document").format(part=member.filename, ratio=ratio)
    if total > MAX_TOTAL_BYTES:
        return _too_large(total, MAX_TOTAL_BYTES)
    return None


def _part_too_large(member: zipfile.ZipInfo) -> str:
    return _("the part {part} would take {size} MB once unpacked (at most {limit} MB); it is not "
             "a normal Word document").format(part=member.filename,
                                              size=member.file_size // 1048576,
                                              limit=MAX_PART_BYTES // 1048576)


def _too_large(size: int, limit: int) -> str:
    return _("the package is too large ({size} MB, at most {limit} MB)").format(
        size=size // 1048576, limit=limit // 1048576)
