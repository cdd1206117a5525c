"""Small Vietnamese phrases built from numbers: quantities, counts, shares, comparisons."""

from __future__ import annotations

from decimal import Decimal

from congress_docs.context.figures import Share
from congress_docs.models import Indicator
from congress_docs.vietnamese import format_number, format_percent

__all__ = [
    "PERCENT_UNIT",
    "clean_paragraphs",
    "count_text",
    "percent_text",
    "quantity_text",
    "share_comparison",
    "share_text",
    "target_text",
]

PERCENT_UNIT = "%"
# Bullet marks users type at the start of a paragraph; the templates draw their own.
_BULLETS = ("- ", "– ", "+ ", "* ", "• ")


def count_text(value: int) -> str:
    """A count as documents write it: zero-padded below 10 ("03"), grouped above ("1.120")."""
    return f"{value:02d}" if 0 <= value < 10 else format_number(value)


def percent_text(value: Decimal | None) -> str:
    """A percentage with 2 decimals ("29,75%"), or an em dash when it cannot be computed."""
    return "—" if value is None else format_percent(value, 2)


def quantity_text(value: float, unit: str, period: str = "term") -> str:
    """A value with its unit: "80%", "168.500.000 đồng", "12 nhà", "2 cuộc/năm".

    A yearly percentage stays "85%": the rate itself is yearly, "85%/năm" would read as growth.
    """
    number = format_number(int(value) if float(value).is_integer() else value)
    if unit == PERCENT_UNIT:
        return f"{number}%"
    text = f"{number} {unit}"
    return f"{text}/năm" if period == "year" else text


def share_text(share: Share) -> str:
    """"9 người, chiếm 27,27%"."""
    return f"{count_text(share.count)} người, chiếm {percent_text(share.percent)}"


def share_comparison(new: Share, old: Share) -> str:
    """How a share moved against the previous term: "tăng 5,39% so với khóa trước"..."""
    if new.percent is None or old.percent is None:
        return "không có số liệu để so sánh"
    difference = new.percent - old.percent
    if difference == 0:
        return "bằng khóa trước"
    word = "tăng" if difference > 0 else "giảm"
    return f"{word} {format_percent(abs(difference), 2)} so với khóa trước"


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
