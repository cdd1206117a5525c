"""Roman numerals for "lần thứ XX", "khóa X": canonical forms both ways."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_docs.vietnamese import from_roman, to_roman


@pytest.mark.parametrize(
    ("n", "numeral"),
    [
        (1, "I"),
        (4, "IV"),
        (9, "IX"),
        (10, "X"),
        (13, "XIII"),
        (14, "XIV"),
        (19, "XIX"),
        (20, "XX"),
        (40, "XL"),
        (49, "XLIX"),
        (90, "XC"),
        (400, "CD"),
        (944, "CMXLIV"),
        (1945, "MCMXLV"),
        (2024, "MMXXIV"),
        (3999, "MMMCMXCIX"),
    ],
)
def test_roman_numerals_both_ways(n: int, numeral: str) -> None:
    assert to_roman(n) == numeral
    assert from_roman(numeral) == n


def test_from_roman_ignores_case_and_surrounding_spaces() -> None:
    assert from_roman(" xx ") == 20


@pytest.mark.parametrize("n", [0, -1, 4000, True, 2.0])
def test_to_roman_refuses_numbers_out_of_range(n: object) -> None:
    with pytest.raises(ValueError):
        to_roman(n)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "IIII", "IC", "VX", "MMMM", "XXA", "IIV", "LL", "2"])
def test_from_roman_refuses_non_canonical_numerals(text: str) -> None:
    with pytest.raises(ValueError):
        from_roman(text)


@given(st.integers(min_value=1, max_value=3999))
def test_roman_numerals_round_trip(n: int) -> None:
    numeral = to_roman(n)
    assert set(numeral) <= set("IVXLCDM")
    assert from_roman(numeral) == n
    assert from_roman(numeral.lower()) == n


@given(st.text(alphabet="IVXLCDM", min_size=1, max_size=12))
def test_every_accepted_numeral_is_the_canonical_one(text: str) -> None:
    try:
        value = from_roman(text)
    except ValueError:
        return
    assert to_roman(value) == text
