"""Roman numerals 1-3999 both ways, for "lần thứ XX", "khóa X", "Phần I"."""

from __future__ import annotations

import re

__all__ = ["MAX_ROMAN", "from_roman", "to_roman"]

MAX_ROMAN = 3999
_NUMERALS = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
# Canonical (subtractive) form only: "IIII", "IC" or "VX" are typing mistakes, not numbers.
_CANONICAL = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")


def to_roman(n: int) -> str:
    """Write 1-3999 in upper-case Roman numerals: 20 -> "XX", 2024 -> "MMXXIV"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise ValueError(f"expected an integer, got {n!r}")
    if not 1 <= n <= MAX_ROMAN:
        raise ValueError(f"Roman numerals cover 1 to {MAX_ROMAN}, got {n}")
    parts: list[str] = []
    for value, symbol in _NUMERALS:
        count, n = divmod(n, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(text: str) -> int:
    """Read a canonical Roman numeral, either case, surrounding spaces ignored: "xiii" -> 13."""
    if not isinstance(text, str):
        raise ValueError(f"expected a string, got {text!r}")
    numeral = text.strip().upper()
    if not numeral or not _CANONICAL.fullmatch(numeral):
        raise ValueError(f"not a Roman numeral: {text!r}")
    total = 0
    position = 0
    for value, symbol in _NUMERALS:
        while numeral.startswith(symbol, position):
            total += value
            position += len(symbol)
    return total
