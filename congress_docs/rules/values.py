"""Values a rule compares (facts and limits), shown the same way in messages, tables and JSON."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from congress_docs.i18n import _, current_language

__all__ = ["Bound", "Unit", "Value", "format_bound", "format_value", "json_value"]

Value = int | float | dt.date
Unit = Literal["", "%", "days"]


@dataclass(frozen=True)
class Bound:
    """The limit a fact is held to: a lowest and/or a highest allowed value, both included."""

    low: Value | None = None
    high: Value | None = None

    def holds(self, value: Value) -> bool:
        """True when `value` lies inside the bound."""
        if self.low is not None and value < self.low:  # type: ignore[operator]
            return False
        return not (self.high is not None and value > self.high)  # type: ignore[operator]

    def to_json(self) -> dict[str, str | int | float | None]:
        """Return {"min": ..., "max": ...} with dates in ISO form."""
        return {"min": json_value(self.low), "max": json_value(self.high)}


def json_value(value: Value | None) -> str | int | float | None:
    """Return the value as JSON can hold it (dates as YYYY-MM-DD)."""
    return value.isoformat() if isinstance(value, dt.date) else value


def format_value(value: Value, unit: Unit = "") -> str:
    """Show a value in the current language: 79, 23,08%, 14/04/2024, 29 ngày."""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if unit == "%":
        return _format_number(value) + "%"
    if unit == "days":
        return _("{count} day(s)").format(count=_format_number(value))
    return _format_number(value)


def format_bound(bound: Bound, unit: Unit = "") -> str:
    """Show a bound: '80–130', '≥ 25%', '≤ 14/04/2024', 'exactly 1'."""
    low = None if bound.low is None else format_value(bound.low, unit)
    high = None if bound.high is None else format_value(bound.high, unit)
    if low is not None and high is not None:
        if bound.low == bound.high:
            return _("exactly {value}").format(value=low)
        return f"{low}–{high}"
    if low is not None:
        return f"≥ {low}"
    return f"≤ {high}" if high is not None else ""


def _format_number(value: int | float) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    text = f"{value:.2f}"
    return text.replace(".", ",") if current_language() == "vi" else text
