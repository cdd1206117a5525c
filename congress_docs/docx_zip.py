"""Write a .docx (zip) package the same byte for byte every time: fixed dates, order and flags."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Member", "pack", "write_package"]

# 1980-01-01 00:00, the zip epoch: a file's bytes must not depend on the hour it was built.
_DOS_DATE = (0 << 9) | (1 << 5) | 1
_DOS_TIME = 0
_DEFLATED = 8
_VERSION = 20
_UTF8_NAME = 0x800
_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")


@dataclass(frozen=True)
class Member:
    """One file of the package, compressed once and ready to be laid down any number of times."""

    name: bytes
    flags: int
    crc: int
    size: int
    data: bytes


def pack(name: str, content: bytes, *, level: int = 6) -> Member:
    """Compress one member (raw deflate, as zip stores it) at zlib `level`."""
    compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    data = compressor.compress(content) + compressor.flush()
    flags = 0 if name.isascii() else _UTF8_NAME
    return Member(name.encode("utf-8"), flags, zlib.crc32(content), len(content), data)


def write_package(members: Iterable[Member]) -> bytes:
    """Lay the members down in the given order, with the central directory after them."""
    out = bytearray()
    central = bytearray()
    count = 0
    for member in members:
        offset = len(out)
        out += _LOCAL.pack(b"PK\x03\x04", _VERSION, member.flags, _DEFLATED, _DOS_TIME, _DOS_DATE,
                           member.crc, len(member.data), member.size, len(member.name), 0)
        out += member.name
        out += member.data
        central += _CENTRAL.pack(b"PK\x01\x02", _VERSION, _VERSION, member.flags, _DEFLATED,
                                 _DOS_TIME, _DOS_DATE, member.crc, len(member.data), member.size,
                                 len(member.name), 0, 0, 0, 0, 0, offset)
        central += member.name
        count += 1
    end = _END.pack(b"PK\x05\x06", 0, 0, count, count, len(central), len(out), 0)
    return bytes(out + central + end)
