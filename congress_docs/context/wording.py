"""Small Vietnamese phrases built from numbers: quantities, counts, shares, comparisons."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal

from congress_docs.context.figures import Share
from congress_docs.models import Indicator
from congress_docs.vietnamese import format_number, format_percent

__all__ = [
    "PERCENT_UNIT",
    "clean_paragraphs",
    "count_text",
    "padded_counts",
    "pads_counts",
    "percent_text",
    "points_text",
    "quantity_text",
    "share_comparison",
    "share_text",
    "target_text",
    "writes_padded_counts",
]

PERCENT_UNIT = "%"
# Bullet marks users type at the start of a paragraph; the templates draw their own.
_BULLETS = ("- ", "– ", "+ ", "* ", "• ")


_PADDED = ContextVar("padded_counts", default=False)
# A count below 10 written with a leading zero in running text: "05 hội nghị", "02 cuộc".
# Each pattern starts with its digit and looks behind it afterwards ("not after a digit, '.',
# ',', '/' or ':'"), the same test as a look-behind in front, but the regex engine can then
# skip to the next candidate digit instead of trying every position of the text.
_PADDED_IN_TEXT = re.compile(r"0(?<![\d.,/:]0)[1-9] [a-zà-ỹđ]", re.IGNORECASE)
_PLAIN_IN_TEXT = re.compile(r"[1-9](?<![\d.,/:][1-9]) (vị|chỉ tiêu|đại biểu|hội nghị|cuộc|"
                            r"văn bản|tổ chức|người|ủy viên|nhà|chương trình)\b")


def count_text(value: int) -> str:
    """A count as the document writes it: one rule for the whole document, grouped above 999.

    Counts below 10 are zero-padded ("03 vị") only when the commune's own paragraphs write them
    so (see padded_counts); otherwise plain ("3 vị"), like quantities with units.
    """
    if _PADDED.get() and 0 <= value < 10:
        return f"{value:02d}"
    return format_number(value)


def writes_padded_counts(paragraphs: Iterable[str]) -> bool:
    """Tell whether the user's own text pads small counts ("05 hội nghị") more than not."""
    # One search over all the texts: no match can take in the line break between two, and one
    # at the start of a text sees a line break behind it, which neither look-behind excludes,
    # so the counts are those of the texts one by one, without a call per paragraph.
    text = "\n".join(paragraphs)
    return len(_PADDED_IN_TEXT.findall(text)) > len(_PLAIN_IN_TEXT.findall(text))


def pads_counts() -> bool:
    """Tell whether count_text pads small counts here (see padded_counts)."""
    return _PADDED.get()


@contextmanager
def padded_counts(on: bool) -> Iterator[None]:
    """Within the block, count_text pads small counts when `on` (one document at a time)."""
    token = _PADDED.set(on)
    try:
        yield
    finally:
        _PADDED.reset(token)


def percent_text(value: Decimal | None) -> str:
    """A percentage to at most 2 decimals without trailing zeros ("29,75%", "30,3%", "100%"),
    or an em dash when it cannot be computed."""
    if value is None:
        return "—"
    return format_percent(_trimmed(value), None)


def points_text(value: Decimal) -> str:
    """A change of a share: "6,16 điểm phần trăm" (a difference of percentages is not a %)."""
    return f"{format_number(_trimmed(value), None)} điểm phần trăm"


def _trimmed(value: Decimal) -> Decimal:
    text = f"{value.quantize(Decimal('0.01')):f}".rstrip("0").rstrip(".")
    return Decimal(text)


def quantity_text(value: float, unit: str, period: str = "term") -> str:
    """A value with its unit: "80%", "168.500.000 đồng", "12 nhà", "2 cuộc/năm".

    A yearly percentage stays "85%": the rate itself is yearly, "85%/năm" would read as growth.
    """
    whole = float(value).is_integer()
    number = (count_text(int(value)) if whole and unit != PERCENT_UNIT
              else format_number(int(value) if whole else value))
    if unit == PERCENT_UNIT:
        return f"{number}%"
    text = f"{number} {unit}"
    return f"{text}/năm" if period == "year" else text


def share_text(share: Share) -> str:
    """"9 người, chiếm 27,27%"."""
    return f"{count_text(share.count)} người, chiếm {percent_text(share.percent)}"


def share_comparison(new: Share, old: Share, previous_word: str = "khóa trước") -> str:
    """How a share moved: "tăng 5,39 điểm phần trăm so với khóa trước"..."""
    if new.percent is None or old.percent is None:
        return "không có số liệu để so sánh"
    difference = new.percent - old.percent
    if difference == 0:
        return f"bằng {previous_word}"
    word = "tăng" if difference > 0 else "giảm"
    return f"{word} {points_text(abs(difference))} so với {previous_word}"


def target_text(indicator: Indicator, term_end: int) -> str:
    """The new-term target as one sentence; empty when the indicator has no new target."""
    if indicator.new_target is None:
        return ""
    value = quantity_text(indicator.new_target, indicator.unit, indicator.period)
    yearly = indicator.period == "year" and "hằng năm" not in indicator.name.casefold()
    if indicator.direction == "decrease":
        goal = f"giảm xuống còn không quá {value}"
    elif indicator.unit == PERCENT_UNIT and indicator.new_target >= 100:
        goal = f"đạt {value}"
    else:
        goal = f"đạt {value} trở lên"
    if indicator.period == "year":
        when = "hằng năm phấn đấu" if yearly and indicator.unit == PERCENT_UNIT else "phấn đấu"
        return f"{indicator.name}: {when} {goal}."
    if indicator.unit == PERCENT_UNIT:
        return f"{indicator.name}: đến năm {term_end} phấn đấu {goal}."
    return f"{indicator.name}: phấn đấu {goal} trong nhiệm kỳ."


def clean_paragraphs(paragraphs: list[str]) -> list[str]:
    """Paragraph texts without the bullet mark a user may have typed (the layout adds its own)."""
    cleaned: list[str] = []
    for text in paragraphs:
        stripped = text.strip()
        for mark in _BULLETS:
            if stripped.startswith(mark):
                stripped = stripped[len(mark) :].lstrip()
                break
        if stripped:
            cleaned.append(stripped)
    return cleaned
