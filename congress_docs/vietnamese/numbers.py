"""Numbers in figures the Vietnamese way: "1.250.000", "29,75", "29,75%", "05"."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

__all__ = ["Number", "format_number", "format_percent", "to_decimal", "zero_pad"]

Number = int | float | Decimal

THOUSANDS_SEPARATOR = "."
DECIMAL_SEPARATOR = ","
_MAX_DECIMALS = 30


def to_decimal(value: Number) -> Decimal:
    """Return value as an exact, finite Decimal; a float goes through its shortest repr (0.1)."""
    # bool is an int subclass; True printed as "1" in a document is always a data mistake.
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise ValueError(f"expected a number (int, float or Decimal), got {value!r}")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot write a non-finite number: {value!r}")
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot write a non-finite number: {value!r}")
        return value
    return Decimal(value)


def format_number(value: Number, decimals: int | None = None) -> str:
    """Write a number with "." between thousands and "," for decimals: 1250000.5 -> "1.250.000,5".

    decimals=None keeps what the value carries: no decimals for an int, the exponent of a Decimal
    (Decimal("1.50") -> "1,50"), the shortest digits of a float (29.75 -> "29,75"; 3.0 -> "3").
    decimals=n rounds half away from zero to n places. Zero is never written "-0".
    """
    number = _rounded(value, decimals)
    sign = "-" if number < 0 else ""  # Decimal("-0") < 0 is False: no "-0"
    digits = format(number.copy_abs(), "f")
    whole, _, fraction = digits.partition(".")
    grouped = _group_thousands(whole)
    return f"{sign}{grouped}{DECIMAL_SEPARATOR}{fraction}" if fraction else f"{sign}{grouped}"


def format_percent(value: Number, decimals: int | None = 2) -> str:
    """Write a value given in percent units with the Vietnamese separators: 29.75 -> "29,75%"."""
    return f"{format_number(value, decimals)}%"


def zero_pad(value: int, width: int = 2) -> str:
    """Pad a small count with leading zeros as documents do ("Số: 05", "02 ngày")."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"expected an integer, got {value!r}")
    if width < 1:
        raise ValueError(f"width must be at least 1, got {width}")
    sign = "-" if value < 0 else ""
    return sign + str(abs(value)).zfill(width)


def _rounded(value: Number, decimals: int | None) -> Decimal:
    number = to_decimal(value)
    if decimals is None:
        if isinstance(value, float):
            return _drop_trailing_fraction_zeros(number)
        return number
    if isinstance(decimals, bool) or not isinstance(decimals, int):
        raise ValueError(f"decimals must be an integer, got {decimals!r}")
    if not 0 <= decimals <= _MAX_DECIMALS:
        raise ValueError(f"decimals must be between 0 and {_MAX_DECIMALS}, got {decimals}")
    with localcontext() as context:
        # The default 28 significant digits would reject big amounts with many decimals.
        context.prec = _digits_before_point(number) + decimals + 2
        try:
            return number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        except InvalidOperation as exc:
            raise ValueError(f"cannot round {value!r} to {decimals} decimals") from exc


def _drop_trailing_fraction_zeros(number: Decimal) -> Decimal:
    with localcontext() as context:
        context.prec = _digits_before_point(number) + 2
        if number == number.to_integral_value():
            return number.quantize(Decimal(1))
    return number.normalize()


def _digits_before_point(number: Decimal) -> int:
    return max(1, number.adjusted() + 1)


def _group_thousands(digits: str) -> str:
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return THOUSANDS_SEPARATOR.join(groups)
