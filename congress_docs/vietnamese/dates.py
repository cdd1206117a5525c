"""Dates as Vietnamese administrative documents write them (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""

from __future__ import annotations

import re
from datetime import date, datetime

__all__ = [
    "DateLike",
    "format_date_admin",
    "format_date_range",
    "format_date_short",
    "to_date",
    "weekday_name",
]

DateLike = date | str

# Monday first, as date.weekday() counts. Day names capitalise the numeral ("thứ Hai"), the
# usual orthography in administrative text; "Chủ nhật" is a noun phrase of its own.
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
# ND30 pads months 1 and 2 only, so that "tháng 1" cannot later be turned into "tháng 11".
_PADDED_MONTHS = frozenset({1, 2})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def to_date(value: DateLike) -> date:
    """Accept a date, a datetime (its date part) or an ISO "YYYY-MM-DD" string."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError as exc:
            raise ValueError(f"not a valid date: {value!r}") from exc
    raise ValueError(f"expected a date or a YYYY-MM-DD string, got {value!r}")


def format_date_admin(d: DateLike, place: str | None = None) -> str:
    """Write the header date line: "Tam Đường, ngày 05 tháng 01 năm 2024" (or without the place)."""
    day = to_date(d)
    text = f"ngày {_day(day)} tháng {_month(day)} năm {day.year}"
    place_text = (place or "").strip()
    return f"{place_text}, {text}" if place_text else text


def format_date_short(d: DateLike) -> str:
    """Write the short body form with the same padding rule: "25/5/2023", "05/02/2024"."""
    day = to_date(d)
    return f"{_day(day)}/{_month(day)}/{day.year}"


def format_date_range(start: DateLike, end: DateLike, *, long: bool = False) -> str:
    """Write a period: "từ ngày 01/12/2025 đến ngày 14/12/2025"; one day gives "ngày 01/12/2025".

    long=True spells each date out: "từ ngày 15 tháng 5 năm 2024 đến ngày 16 tháng 5 năm 2024".
    """
    first, last = to_date(start), to_date(end)
    if last < first:
        raise ValueError(f"the period ends before it starts: {first} > {last}")
    if first == last:
        return _range_end(first, long)
    return f"từ {_range_end(first, long)} đến {_range_end(last, long)}"


def weekday_name(d: DateLike, *, capitalize: bool = False) -> str:
    """Name the day of the week: "thứ Hai" ... "Chủ nhật"; capitalize=True for a sentence start."""
    name = WEEKDAYS[to_date(d).weekday()]
    return name[0].upper() + name[1:] if capitalize else name


def _range_end(day: date, long: bool) -> str:
    return format_date_admin(day) if long else f"ngày {format_date_short(day)}"


def _day(day: date) -> str:
    return f"{day.day:02d}"


def _month(day: date) -> str:
    return f"{day.month:02d}" if day.month in _PADDED_MONTHS else str(day.month)
