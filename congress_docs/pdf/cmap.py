"""Tell which characters a TrueType/OpenType font maps to a glyph, from its 'cmap' table alone."""

from __future__ import annotations

import struct
from collections.abc import Iterable
from pathlib import Path

__all__ = ["FontFormatError", "covered_characters", "missing_characters"]

# Unicode subtables: platform 0 (any encoding) and Windows (3) BMP (1) or full repertoire (10).
_UNICODE_ENCODINGS = {(3, 1), (3, 10)}


class FontFormatError(ValueError):
    """The bytes are not a TrueType/OpenType font (or collection) this reader understands."""


def missing_characters(font: Path, characters: Iterable[str], index: int = 0) -> list[str]:
    """Return, in order and without repeats, the characters the font has no glyph for."""
    wanted = list(dict.fromkeys(characters))
    covered = covered_characters(font.read_bytes(), {ord(c) for c in wanted}, index)
    return [c for c in wanted if ord(c) not in covered]


def covered_characters(data: bytes, codepoints: set[int], index: int = 0) -> set[int]:
    """Return the subset of `codepoints` that some Unicode cmap subtable maps to a real glyph."""
    try:
        cmap = _cmap_offset(data, _font_offset(data, index))
        covered: set[int] = set()
        (count,) = struct.unpack_from(">H", data, cmap + 2)
        for n in range(count):
            platform, encoding, offset = struct.unpack_from(">HHI", data, cmap + 4 + 8 * n)
            if platform == 0 or (platform, encoding) in _UNICODE_ENCODINGS:
                covered |= _subtable_coverage(data, cmap + offset, codepoints)
        return covered
    except struct.error as err:
        raise FontFormatError(f"truncated font data: {err}") from err


def _font_offset(data: bytes, index: int) -> int:
    """Find where font `index` starts: 0 for a single font, from the header of a .ttc."""
    if data[:4] != b"ttcf":
        return 0
    (count,) = struct.unpack_from(">I", data, 8)
    if not 0 <= index < count:
        raise FontFormatError(f"font index {index} not in collection of {count}")
    (offset,) = struct.unpack_from(">I", data, 12 + 4 * index)
    return int(offset)


def _cmap_offset(data: bytes, font: int) -> int:
    """Find the 'cmap' table in the font's table directory."""
    if data[font : font + 4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        raise FontFormatError("not a TrueType/OpenType font")
    (tables,) = struct.unpack_from(">H", data, font + 4)
    for n in range(tables):
        tag, _checksum, offset, _length = struct.unpack_from(">4sIII", data, font + 12 + 16 * n)
        if tag == b"cmap":
            return int(offset)
    raise FontFormatError("font has no cmap table")


def _subtable_coverage(data: bytes, start: int, codepoints: set[int]) -> set[int]:
    (fmt,) = struct.unpack_from(">H", data, start)
    if fmt == 4:
        return _format4_coverage(data, start, codepoints)
    if fmt == 12:
        return _format12_coverage(data, start, codepoints)
    return set()  # other formats (0, 6, 13, 14) never carry the Vietnamese letters alone


def _format4_coverage(data: bytes, start: int, codepoints: set[int]) -> set[int]:
    """Segment mapping to delta values (BMP only), as the OpenType spec describes it."""
    (seg_x2,) = struct.unpack_from(">H", data, start + 6)
    segs = seg_x2 // 2
    ends_at = start + 14
    starts_at = ends_at + seg_x2 + 2  # + reservedPad
    deltas_at = starts_at + seg_x2
    ranges_at = deltas_at + seg_x2
    covered = set()
    for n in range(segs):
        (end,) = struct.unpack_from(">H", data, ends_at + 2 * n)
        (first,) = struct.unpack_from(">H", data, starts_at + 2 * n)
        (delta,) = struct.unpack_from(">h", data, deltas_at + 2 * n)
        range_at = ranges_at + 2 * n
        (range_offset,) = struct.unpack_from(">H", data, range_at)
        for code in codepoints:
            inside = first <= code <= end and code != 0xFFFF
            if inside and _format4_glyph(data, code, first, delta, range_offset, range_at):
                covered.add(code)
    return covered


def _format4_glyph(
    data: bytes, code: int, first: int, delta: int, range_offset: int, range_at: int
) -> int:
    if range_offset == 0:
        return (code + delta) & 0xFFFF
    # idRangeOffset counts bytes from its own position into glyphIdArray.
    (glyph,) = struct.unpack_from(">H", data, range_at + range_offset + 2 * (code - first))
    return (glyph + delta) & 0xFFFF if glyph else 0


def _format12_coverage(data: bytes, start: int, codepoints: set[int]) -> set[int]:
    """Segmented coverage (full Unicode): groups of consecutive codes and glyphs."""
    (groups,) = struct.unpack_from(">I", data, start + 12)
    covered = set()
    for n in range(groups):
        first, last, glyph = struct.unpack_from(">III", data, start + 16 + 12 * n)
        for code in codepoints:
            # Only the group's first code can land on glyph 0 (.notdef).
            if first <= code <= last and glyph + (code - first) != 0:
                covered.add(code)
    return covered
