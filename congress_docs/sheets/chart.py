"""Draw the composition-share chart of the summary as a PNG picture for the Word report.

Pillow draws it with a TrueType font that has every Vietnamese letter (the one standing in for
Times New Roman, else Liberation or DejaVu), so labels like "Người dân tộc thiểu số" print whole.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from congress_docs.errors import CongressDocsError
from congress_docs.i18n import _
from congress_docs.pdf.cmap import FontFormatError, missing_characters
from congress_docs.pdf.fonts import VIETNAMESE_LETTERS, times_substitute
from congress_docs.vietnamese import format_percent

__all__ = ["Bar", "ChartFontError", "chart_font", "share_chart_png"]

_WIDTH, _BAR, _GAP, _MARGIN = 1500, 52, 30, 30
_INK, _GRID, _FILL, _FILL_AVERAGE = (0, 0, 0), (200, 200, 200), (31, 78, 121), (155, 187, 217)
_FONT_FILES = (
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/Times New Roman.ttf",
    "/System/Library/Fonts/Supplemental/Times New Roman.ttf",
)


class ChartFontError(CongressDocsError):
    """Raised when no installed font has the Vietnamese letters the chart needs."""


@dataclass(frozen=True)
class Bar:
    """One group of the chart: its label, the district share and the communes' average."""

    label: str
    percent: Decimal | None
    average: Decimal | None = None


def share_chart_png(bars: Sequence[Bar], title: str = "") -> bytes:
    """A horizontal bar chart of shares in percent (0-100), one pair of bars per group.

    1500 px wide: sharp at about 250 dpi when printed across the text width.
    """
    font_file = chart_font()
    # 36 px of a 1500 px picture printed 15,5 cm wide is about 10,5 pt, as table text.
    regular = ImageFont.truetype(str(font_file), 36)
    bold = ImageFont.truetype(str(font_file), 40)
    label_width = max(int(regular.getlength(bar.label)) for bar in bars) + 20 if bars else 100
    row = 2 * _BAR + _GAP
    top = 80 if title else 24
    height = top + row * len(bars) + 130
    image = Image.new("RGB", (_WIDTH, height), "white")
    draw = ImageDraw.Draw(image)
    if title:
        draw.text((_WIDTH // 2, 18), title, font=bold, fill=_INK, anchor="ma")
    left = _MARGIN + label_width
    right = _WIDTH - _MARGIN - 140
    scale = (right - left) / 100
    for tick in range(0, 101, 20):
        x = left + tick * scale
        draw.line([(x, top - 6), (x, top + row * len(bars))], fill=_GRID, width=2)
        draw.text((x, top + row * len(bars) + 8), f"{tick}%", font=regular, fill=_INK,
                  anchor="ma")
    for index, bar in enumerate(bars):
        y = top + index * row
        draw.text((left - 14, y + _BAR), bar.label, font=regular, fill=_INK, anchor="rm")
        _bar(draw, regular, left, y, scale, bar.percent, _FILL)
        _bar(draw, regular, left, y + _BAR, scale, bar.average, _FILL_AVERAGE)
    _legend(draw, regular, top + row * len(bars) + 64)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _bar(draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, left: float, y: float,
         scale: float, percent: Decimal | None, fill: tuple[int, int, int]) -> None:
    inner = 6
    if percent is None:
        draw.text((left + 8, y + _BAR // 2), "—", font=font, fill=_INK, anchor="lm")
        return
    end = left + float(min(max(percent, Decimal(0)), Decimal(100))) * scale
    draw.rectangle([(left, y + inner), (max(end, left + 2), y + _BAR - inner)], fill=fill)
    draw.text((end + 10, y + _BAR // 2), format_percent(percent, 2), font=font, fill=_INK,
              anchor="lm")


def _legend(draw: ImageDraw.ImageDraw, font: ImageFont.FreeTypeFont, y: int) -> None:
    entries = ((_FILL, "Tỷ lệ chung của các đơn vị"),
               (_FILL_AVERAGE, "Bình quân tỷ lệ từng đơn vị"))
    widths = [40 + 12 + int(font.getlength(text)) for _fill, text in entries]
    x = (_WIDTH - sum(widths) - 60) // 2
    for (fill, text), width in zip(entries, widths, strict=True):
        draw.rectangle([(x, y), (x + 40, y + 30)], fill=fill)
        draw.text((x + 52, y + 15), text, font=font, fill=_INK, anchor="lm")
        x += width + 60


@cache
def chart_font() -> Path:
    """The first installed TrueType font that has every Vietnamese letter."""
    for candidate in _candidates():
        try:
            if candidate.is_file() and not missing_characters(candidate, VIETNAMESE_LETTERS):
                return candidate
        except (OSError, FontFormatError):
            continue
    raise ChartFontError(_(
        "no installed font has the Vietnamese letters the chart needs; install the Liberation "
        "fonts (Debian: apt-get install fonts-liberation2) or Times New Roman"
    ))


def _candidates() -> Iterator[Path]:
    match = times_substitute()
    if match is not None and match.index == 0:
        yield match.file
    if sys.platform == "win32":
        windows = Path("C:/Windows/Fonts")
        yield from (windows / name for name in ("times.ttf", "arial.ttf", "tahoma.ttf"))
    yield from (Path(name) for name in _FONT_FILES)
