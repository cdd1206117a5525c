"""Numbers in figures: "." for thousands, "," for decimals, percentages, zero-padded counts."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_docs.vietnamese import format_number, format_percent, zero_pad


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (0, None, "0"),
        (999, None, "999"),
        (1000, None, "1.000"),
        (1250000, None, "1.250.000"),
        (60000000, None, "60.000.000"),
        (-1234567, None, "-1.234.567"),
        (29.75, None, "29,75"),
        (1250000.0, None, "1.250.000"),
        (0.1 + 0.2, 2, "0,30"),
        (Decimal("1500050.30"), None, "1.500.050,30"),
        (Decimal("1.50"), None, "1,50"),
        (Decimal("1E+3"), None, "1.000"),
        (1.5e-7, None, "0,00000015"),
        (1250000, 2, "1.250.000,00"),
        (2.5, 0, "3"),
        (-2.5, 0, "-3"),
        (29.755, 1, "29,8"),
        (Decimal("0.125"), 2, "0,13"),
        (10**30, 2, "1.000.000.000.000.000.000.000.000.000.000,00"),
    ],
)
def test_format_number(value: int | float | Decimal, decimals: int | None, expected: str) -> None:
    assert format_number(value, decimals) == expected


@pytest.mark.parametrize(
    ("value", "decimals"), [(-0.0, None), (-0.004, 2), (Decimal("-0.00"), None), (-0.4, 0)]
)
def test_zero_is_never_negative(value: float | Decimal, decimals: int | None) -> None:
    assert not format_number(value, decimals).startswith("-")


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (29.75, 2, "29,75%"),
        (29.75, 1, "29,8%"),
        (100, 0, "100%"),
        (5, 2, "5,00%"),
        (-0.001, 2, "0,00%"),
    ],
)
def test_format_percent(value: float, decimals: int, expected: str) -> None:
    assert format_percent(value, decimals) == expected


def test_format_percent_defaults_to_two_decimals() -> None:
    assert format_percent(Decimal("12.3")) == "12,30%"


@pytest.mark.parametrize("value", [True, "1000", None, float("inf"), float("nan"), Decimal("sNaN")])
def test_non_numbers_are_refused(value: object) -> None:
    with pytest.raises(ValueError):
        format_number(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("decimals", [-1, 31, 1.5, True])
def test_bad_decimals_are_refused(decimals: object) -> None:
    with pytest.raises(ValueError):
        format_number(1, decimals)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "width", "expected"),
    [(5, 2, "05"), (12, 2, "12"), (211, 2, "211"), (7, 3, "007"), (-3, 2, "-03")],
)
def test_zero_pad(value: int, width: int, expected: str) -> None:
    assert zero_pad(value, width) == expected


@given(st.integers(min_value=-(10**40), max_value=10**40))
def test_grouped_integers_read_back(value: int) -> None:
    text = format_number(value)
    assert "," not in text
    assert all(len(group) == 3 for group in text.lstrip("-").split(".")[1:])
    assert int(text.replace(".", "")) == value


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=3, max_value=10**15, min_value=-(10**15)
    )
)
def test_fixed_decimals_read_back(value: Decimal) -> None:
    text = format_number(value, 3)
    whole, fraction = text.split(",")
    assert len(fraction) == 3
    assert Decimal(whole.replace(".", "") + "." + fraction) == value
