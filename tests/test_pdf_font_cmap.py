"""The pure-Python cmap reader: formats 4 and 12, collections, and agreement with fontconfig."""

from __future__ import annotations

import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from congress_docs.pdf.cmap import FontFormatError, covered_characters, missing_characters
from congress_docs.pdf.fonts import VIETNAMESE_LETTERS


def sfnt(cmap: bytes) -> bytes:
    """A font holding nothing but a cmap table."""
    header = struct.pack(">IHHHH", 0x00010000, 1, 16, 0, 0)
    record = struct.pack(">4sIII", b"cmap", 0, 12 + 16, len(cmap))
    return header + record + cmap


def cmap_table(subtables: list[tuple[int, int, bytes]]) -> bytes:
    """A cmap table from (platform, encoding, subtable bytes)."""
    offset = 4 + 8 * len(subtables)
    records, bodies = b"", b""
    for platform, encoding, body in subtables:
        records += struct.pack(">HHI", platform, encoding, offset + len(bodies))
        bodies += body
    return struct.pack(">HH", 0, len(subtables)) + records + bodies


def format4_delta(mapping: dict[int, int]) -> bytes:
    """Format 4 with one segment per code, glyph = code + idDelta."""
    codes = sorted(mapping)
    ends = [*codes, 0xFFFF]
    starts = [*codes, 0xFFFF]
    deltas = [(mapping[c] - c) & 0xFFFF for c in codes] + [1]
    segs = len(ends)
    body = struct.pack(f">{segs}H", *ends) + b"\x00\x00" + struct.pack(f">{segs}H", *starts)
    body += struct.pack(f">{segs}H", *deltas) + struct.pack(f">{segs}H", *([0] * segs))
    head = struct.pack(">HHHHHHH", 4, 14 + len(body), 0, segs * 2, 0, 0, 0)
    return head + body


def format4_ranges(first: int, glyphs: list[int]) -> bytes:
    """Format 4 with one segment read through idRangeOffset from glyphIdArray."""
    last = first + len(glyphs) - 1
    segs = 2
    body = struct.pack(">2H", last, 0xFFFF) + b"\x00\x00" + struct.pack(">2H", first, 0xFFFF)
    body += struct.pack(">2H", 0, 1)
    # From segment 0's idRangeOffset word to glyphIdArray: its own word plus segment 1's.
    body += struct.pack(">2H", 4, 0) + struct.pack(f">{len(glyphs)}H", *glyphs)
    head = struct.pack(">HHHHHHH", 4, 14 + len(body), 0, segs * 2, 0, 0, 0)
    return head + body


def format12(groups: list[tuple[int, int, int]]) -> bytes:
    body = b"".join(struct.pack(">III", *group) for group in groups)
    return struct.pack(">HHIII", 12, 0, 16 + len(body), 0, len(groups)) + body


def test_format4_delta_segments_cover_exactly_the_mapped_codes() -> None:
    font = sfnt(cmap_table([(3, 1, format4_delta({ord("a"): 5, ord("ả"): 9, ord("đ"): 12}))]))
    asked = {ord(c) for c in "aảđb"}
    assert covered_characters(font, asked) == {ord("a"), ord("ả"), ord("đ")}


def test_format4_range_offsets_skip_glyph_zero() -> None:
    font = sfnt(cmap_table([(3, 1, format4_ranges(0x1EA0, [7, 0, 9]))]))
    assert covered_characters(font, {0x1EA0, 0x1EA1, 0x1EA2, 0x1EA3}) == {0x1EA0, 0x1EA2}


def test_format12_groups_and_notdef_start() -> None:
    font = sfnt(cmap_table([(3, 10, format12([(0x41, 0x5A, 0), (0x1EA0, 0x1EF9, 300)]))]))
    covered = covered_characters(font, {0x41, 0x42, 0x5A, 0x1EA0, 0x1EF9, 0x1EFA})
    assert covered == {0x42, 0x5A, 0x1EA0, 0x1EF9}


def test_non_unicode_subtables_are_ignored() -> None:
    font = sfnt(cmap_table([(1, 0, format4_delta({ord("a"): 3}))]))
    assert covered_characters(font, {ord("a")}) == set()


def test_font_collections_are_read_by_index(tmp_path: Path) -> None:
    first = sfnt(cmap_table([(3, 1, format4_delta({ord("x"): 1}))]))
    second = sfnt(cmap_table([(3, 1, format4_delta({ord("y"): 1}))]))
    header_size = 12 + 8
    # Table offsets inside each font are absolute in a collection: shift the second font's.
    second_at = header_size + len(first) + 16
    first_shifted = first[:20] + struct.pack(">I", header_size + 28) + first[24:]
    second_shifted = second[:20] + struct.pack(">I", second_at + 28) + second[24:]
    ttc = struct.pack(">4sIIII", b"ttcf", 0x00010000, 2, header_size, second_at)
    data = ttc + first_shifted + b"\x00" * 16 + second_shifted
    path = tmp_path / "pair.ttc"
    path.write_bytes(data)
    assert missing_characters(path, "xy", index=0) == ["y"]
    assert missing_characters(path, "xy", index=1) == ["x"]


@pytest.mark.parametrize("data", [b"", b"GIF89a" + b"\x00" * 40, sfnt(b"\x00\x00\x00\x05")])
def test_files_that_are_not_fonts_raise_font_format_error(data: bytes) -> None:
    with pytest.raises(FontFormatError):
        covered_characters(data, {ord("a")})


def installed_fonts(limit: int = 20) -> list[Path]:
    """One TrueType/OpenType file per installed family, so the sample spans different fonts."""
    if shutil.which("fc-list") is None:
        return []
    listing = ["fc-list", "-f", "%{family[0]}\t%{file}\n"]
    out = subprocess.run(listing, capture_output=True, check=False).stdout.decode("utf-8")
    by_family: dict[str, Path] = {}
    for family, _, file in sorted(line.partition("\t") for line in out.splitlines()):
        if Path(file).suffix.lower() in (".ttf", ".otf"):
            by_family.setdefault(family, Path(file))
    return list(by_family.values())[:limit]


def fontconfig_coverage(font: Path) -> set[int]:
    """The charset fontconfig reports, as code points (ranges like "1ea0-1ef9")."""
    out = subprocess.run(["fc-query", "-f", "%{charset}\n", str(font)], capture_output=True)
    codes: set[int] = set()
    for part in out.stdout.decode("utf-8").splitlines()[0].split():
        low, _, high = part.partition("-")
        codes.update(range(int(low, 16), int(high or low, 16) + 1))
    return codes


@pytest.mark.skipif(not installed_fonts(), reason="fontconfig or fonts not installed")
@pytest.mark.parametrize("font", installed_fonts(), ids=lambda f: f.name)
def test_vietnamese_coverage_agrees_with_fontconfig(font: Path) -> None:
    charset = fontconfig_coverage(font)
    expected = [c for c in VIETNAMESE_LETTERS if ord(c) not in charset]
    assert missing_characters(font, VIETNAMESE_LETTERS) == expected
