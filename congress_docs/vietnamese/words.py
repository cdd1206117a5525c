"""Numbers in words, formal written Vietnamese: 2024 -> "hai nghìn không trăm hai mươi bốn".

Conventions (see docs/filters.md, "Numbers in words"):
- every non-leading group of three digits is read in full, with "không trăm" and "linh"/"lẻ":
  1001 -> "một nghìn không trăm linh một";
- a group of three zeros is skipped, name and all: 1000000001 -> "một tỷ không trăm linh một";
- "mười" for 10-19, "mươi" from 20; "mốt" for 1 after "mươi"; "lăm" for 5 after "mười"/"mươi";
  "tư" (optional) for 4 after "mươi" only ("mười bốn", "linh bốn" stay);
- above "tỷ" the units repeat: "nghìn tỷ" (10^12), "triệu tỷ" (10^15), "tỷ tỷ" (10^18);
- decimals: "phẩy", then the fraction with trailing zeros dropped, its leading zeros read "không"
  and the rest read as a whole number (the school convention): 1.05 -> "một phẩy không năm",
  3.14 -> "ba phẩy mười bốn".
"""

from __future__ import annotations

from .numbers import Number, to_decimal

__all__ = ["MAX_ABS_VALUE", "money_to_words", "number_to_words", "ordinal_phrase", "ordinal_word"]

DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
ZERO_TENS_WORDS = ("linh", "lẻ")
FOUR_WORDS = ("bốn", "tư")
GROUP_NAMES = ("", "nghìn", "triệu")
BILLION = "tỷ"
MINUS = "âm"
POINT = "phẩy"
CURRENCY = "đồng"
MAX_ABS_DIGITS = 36  # values below 10^36; "tỷ tỷ tỷ" is already beyond any document's need
MAX_ABS_VALUE = 10**MAX_ABS_DIGITS
MAX_FRACTION_DIGITS = 30


def number_to_words(value: Number, *, zero_tens: str = "linh", four: str = "bốn") -> str:
    """Read a number in formal written Vietnamese: 105 -> "một trăm linh năm", -7 -> "âm bảy".

    zero_tens: "linh" (default) or "lẻ" for an empty tens place (105); four: "bốn" (default) or
    "tư" for 4 after "mươi" (24 -> "hai mươi tư"). Floats are read from their shortest repr
    (15.5 -> "mười lăm phẩy năm"); pass a Decimal or round first for money-like values.
    """
    _check_choice("zero_tens", zero_tens, ZERO_TENS_WORDS)
    _check_choice("four", four, FOUR_WORDS)
    number = to_decimal(value)
    if number.is_zero():
        return DIGITS[0]
    sign, digits, exponent = number.as_tuple()
    if not isinstance(exponent, int):  # unreachable: to_decimal returns finite numbers only
        raise ValueError(f"cannot read {value!r} in words")
    # Checked before any digit string is built, so 1E+1000000 costs nothing.
    if number.adjusted() >= MAX_ABS_DIGITS:
        raise ValueError(f"number too large to read in words (limit 10^36): {value!r}")
    if -exponent - len(digits) > MAX_FRACTION_DIGITS:
        raise ValueError(f"too many decimals to read in words (limit 30): {value!r}")
    whole_text, fraction_text = _split_point("".join(map(str, digits)), exponent)
    if len(fraction_text) > MAX_FRACTION_DIGITS:
        raise ValueError(f"too many decimals to read in words (limit 30): {value!r}")
    words = _read_integer(int(whole_text), zero_tens, four)
    if fraction_text:
        words += [POINT, *_read_fraction(fraction_text, zero_tens, four)]
    return " ".join([MINUS, *words] if sign else words)


def money_to_words(amount: Number, *, zero_tens: str = "linh", four: str = "bốn") -> str:
    """Write a whole amount of đồng for "(Bằng chữ: ...)", first letter capitalised.

    65500000 -> "Sáu mươi lăm triệu năm trăm nghìn đồng".
    """
    number = to_decimal(amount)
    if number != number.to_integral_value():
        raise ValueError(f"an amount in đồng must be a whole number, got {amount!r}")
    words = number_to_words(int(number), zero_tens=zero_tens, four=four)
    return f"{words[0].upper()}{words[1:]} {CURRENCY}"


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ValueError(f"{name} must be one of {', '.join(choices)}; got {value!r}")


def _split_point(digits: str, exponent: int) -> tuple[str, str]:
    """Split a Decimal's digits into whole and fraction parts, dropping trailing fraction zeros."""
    if exponent >= 0:
        return digits + "0" * exponent, ""
    padded = digits.rjust(-exponent + 1, "0")
    whole, fraction = padded[:exponent], padded[exponent:]
    return whole, fraction.rstrip("0")


def _read_fraction(fraction: str, zero_tens: str, four: str) -> list[str]:
    significant = fraction.lstrip("0")
    leading_zeros = len(fraction) - len(significant)
    return [DIGITS[0]] * leading_zeros + _read_integer(int(significant), zero_tens, four)


def _read_integer(value: int, zero_tens: str, four: str) -> list[str]:
    if value == 0:
        return [DIGITS[0]]
    chunks = _split_base(value, 10**9)
    words: list[str] = []
    for power in reversed(range(len(chunks))):
        if chunks[power] == 0:
            continue
        is_leading = not words
        words += _read_below_billion(chunks[power], is_leading, zero_tens, four)
        words += [BILLION] * power
    return words


def _read_below_billion(value: int, is_leading: bool, zero_tens: str, four: str) -> list[str]:
    groups = _split_base(value, 1000)
    groups += [0] * (3 - len(groups))
    words: list[str] = []
    read_in_full = not is_leading
    for index in (2, 1, 0):
        if groups[index] == 0:
            continue
        words += _read_triplet(groups[index], read_in_full, zero_tens, four)
        if GROUP_NAMES[index]:
            words.append(GROUP_NAMES[index])
        read_in_full = True
    return words


def _read_triplet(value: int, read_in_full: bool, zero_tens: str, four: str) -> list[str]:
    hundreds, rest = divmod(value, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or read_in_full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append(zero_tens)
        if units:
            words.append(DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else DIGITS[units])
    else:
        words += [DIGITS[tens], "mươi"]
        if units:
            words.append(_unit_after_tens(units, four))
    return words


def _unit_after_tens(units: int, four: str) -> str:
    special = {1: "mốt", 4: four, 5: "lăm"}
    return special.get(units, DIGITS[units])


def _split_base(value: int, base: int) -> list[int]:
    """Digits of value in the given base, least significant first."""
    parts: list[int] = []
    while value:
        value, part = divmod(value, base)
        parts.append(part)
    return parts


def ordinal_word(n: int) -> str:
    """The word after "thứ": 1 -> "nhất", 4 -> "tư", else the number (14 -> "mười bốn")."""
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"an ordinal needs a positive integer, got {n!r}")
    return _ORDINAL_SPECIAL.get(n) or number_to_words(n)


def ordinal_phrase(n: int) -> str:
    """The full ordinal: 1 -> "thứ nhất" (as in "Phần thứ nhất"), 2 -> "thứ hai", 4 -> "thứ tư"."""
    return f"thứ {ordinal_word(n)}"


_ORDINAL_SPECIAL = {1: "nhất", 4: "tư"}
