"""Find the font that stands in for Times New Roman here, and the letters Vietnamese needs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "METRIC_COMPATIBLE",
    "VIETNAMESE_LETTERS",
    "FontMatch",
    "times_substitute",
]

_LOWER = "".join(
    [
        "abcdefghijklmnopqrstuvwxyz",
        "àáảãạăằắẳẵặâầấẩẫậ",
        "èéẻẽẹêềếểễệ",
        "ìíỉĩị",
        "òóỏõọôồốổỗộơờớởỡợ",
        "ùúủũụưừứửữự",
        "ỳýỷỹỵđ",
    ]
)
VIETNAMESE_LETTERS = _LOWER + _LOWER.upper()
# Same advance widths as Times New Roman, so LibreOffice breaks lines where Word does.
METRIC_COMPATIBLE = ("Times New Roman", "Liberation Serif", "Tinos")
_FC_TIMEOUT = 30.0


@dataclass(frozen=True)
class FontMatch:
    """A font file standing in for a requested family (index: face inside a .ttc collection)."""

    family: str
    file: Path
    index: int = 0

    @property
    def metric_compatible(self) -> bool:
        """Tell whether text set in it breaks lines as in Times New Roman."""
        return self.family in METRIC_COMPATIBLE


def times_substitute(soffice: Path | None = None) -> FontMatch | None:
    """Return the font LibreOffice will use for Times New Roman on this machine, if any."""
    if sys.platform == "win32":
        return _windows_times(soffice)
    return _fontconfig_match("Times New Roman") or _mac_times()


def _fontconfig_match(family: str) -> FontMatch | None:
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return None
    try:
        done = subprocess.run(
            [fc_match, "-f", "%{family[0]}\t%{file}\t%{index}", family],
            capture_output=True,
            timeout=_FC_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    parts = done.stdout.decode("utf-8", "replace").strip().split("\t")
    if done.returncode != 0 or len(parts) != 3 or not parts[1]:
        return None
    index = int(parts[2]) if parts[2].isdigit() else 0
    return FontMatch(parts[0], Path(parts[1]), index)


def _mac_times() -> FontMatch | None:
    for folder in ("/System/Library/Fonts/Supplemental", "/Library/Fonts"):
        candidate = Path(folder) / "Times New Roman.ttf"
        if candidate.is_file():
            return FontMatch("Times New Roman", candidate)
    return None


def _windows_times(soffice: Path | None) -> FontMatch | None:
    windir = Path(os.environ.get("WINDIR", "C:/Windows"))
    user_fonts = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft/Windows/Fonts"
    for folder in (windir / "Fonts", user_fonts):
        if (folder / "times.ttf").is_file():
            return FontMatch("Times New Roman", folder / "times.ttf")
    if soffice is not None:
        # LibreOffice for Windows ships Liberation fonts in its own share folder.
        bundled = soffice.resolve().parent.parent / "share/fonts/truetype"
        if (bundled / "LiberationSerif-Regular.ttf").is_file():
            return FontMatch("Liberation Serif", bundled / "LiberationSerif-Regular.ttf")
    return None
