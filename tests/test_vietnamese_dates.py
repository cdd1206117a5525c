"""Dates in the ND30 forms: header line with place, short body form, periods, weekday names."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_docs.vietnamese import (
    format_date_admin,
    format_date_range,
    format_date_short,
    weekday_name,
)

GOLDEN = Path(__file__).parent / "golden"


def read_rows(name: str) -> list[list[str]]:
    lines = (GOLDEN / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


DATE_ROWS = read_rows("dates.tsv")


@pytest.mark.parametrize(("iso", "place", "admin", "short", "weekday"), DATE_ROWS)
def test_dates_match_golden_table(
    iso: str, place: str, admin: str, short: str, weekday: str
) -> None:
    day = date.fromisoformat(iso)
    assert format_date_admin(day, place or None) == admin
    assert format_date_short(day) == short
    assert weekday_name(day) == weekday


@pytest.mark.parametrize(("start", "end", "long", "text"), read_rows("date_ranges.tsv"))
def test_date_ranges_match_golden_table(start: str, end: str, long: str, text: str) -> None:
    assert (
        format_date_range(date.fromisoformat(start), date.fromisoformat(end), long=long == "yes")
        == text
    )


def test_dates_accept_datetimes_and_iso_strings() -> None:
    expected = "Tam Đường, ngày 29 tháng 8 năm 2023"
    assert format_date_admin(datetime(2023, 8, 29, 14, 30), "Tam Đường") == expected
    assert format_date_admin("2023-08-29", " Tam Đường ") == expected
    assert format_date_admin("2023-08-29", "  ") == "ngày 29 tháng 8 năm 2023"


@pytest.mark.parametrize("value", ["29/8/2023", "2023-02-30", "", 20230829, None])
def test_unreadable_dates_are_refused(value: object) -> None:
    with pytest.raises(ValueError):
        format_date_short(value)  # type: ignore[arg-type]


def test_a_period_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="ends before"):
        format_date_range(date(2024, 5, 16), date(2024, 5, 15))


def test_weekday_can_start_a_sentence() -> None:
    assert weekday_name(date(2024, 1, 1), capitalize=True) == "Thứ Hai"
    assert weekday_name(date(2023, 12, 31), capitalize=True) == "Chủ nhật"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_padding_follows_nd30_for_every_day(day: date) -> None:
    day_text, month_text, year_text = format_date_short(day).split("/")
    assert day_text == f"{day.day:02d}"
    assert month_text == (f"0{day.month}" if day.month in (1, 2) else str(day.month))
    assert int(year_text) == day.year
    assert format_date_admin(day) == f"ngày {day_text} tháng {month_text} năm {year_text}"
