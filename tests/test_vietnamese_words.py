"""Numbers in words: golden table, money, ordinals, properties checked by an independent reader."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_docs.vietnamese import money_to_words, number_to_words, ordinal_phrase, ordinal_word

GOLDEN = Path(__file__).parent / "golden"


def read_rows(name: str) -> list[list[str]]:
    lines = (GOLDEN / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def parse_value(text: str) -> int | Decimal:
    return Decimal(text) if "." in text else int(text)


def parse_options(text: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in text.split(",") if item)


NUMBER_ROWS = read_rows("number_words.tsv")


def test_golden_table_is_large_and_covers_the_issue_cases() -> None:
    values = {row[0] for row in NUMBER_ROWS}
    required = {"0", "5", "10", "11", "15", "21", "24", "25", "101", "105", "1001", "1005", "2024"}
    required |= {"10000", "100005", "1000000001", "1000000000000000000", "-7", "15.5", "1.05"}
    assert len(NUMBER_ROWS) >= 150
    assert required <= values


@pytest.mark.parametrize(("value", "options", "words"), NUMBER_ROWS)
def test_number_to_words_matches_golden_table(value: str, options: str, words: str) -> None:
    assert number_to_words(parse_value(value), **parse_options(options)) == words


# Rows whose text is also the shortest repr of a float ("1.50" is not: that float prints 1.5).
FLOAT_ROWS = [row for row in NUMBER_ROWS if "." in row[0] and repr(float(row[0])) == row[0]]


@pytest.mark.parametrize(("value", "options", "words"), FLOAT_ROWS)
def test_floats_read_like_their_decimal_text(value: str, options: str, words: str) -> None:
    assert number_to_words(float(value), **parse_options(options)) == words


@pytest.mark.parametrize(("amount", "words"), read_rows("money_words.tsv"))
def test_money_to_words_matches_golden_table(amount: str, words: str) -> None:
    assert money_to_words(parse_value(amount)) == words


def test_money_to_words_rejects_fractions_of_a_dong() -> None:
    with pytest.raises(ValueError, match="whole number"):
        money_to_words(Decimal("1000.5"))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"zero_tens": "lẽ"}, "zero_tens"), ({"four": "tu"}, "four")],
)
def test_unknown_options_are_refused(kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        number_to_words(104, **kwargs)


@pytest.mark.parametrize(
    "value",
    [True, "12", None, float("nan"), float("inf"), Decimal("NaN"), 10**36, Decimal("1e-40")],
)
def test_values_that_cannot_be_read_are_refused(value: object) -> None:
    with pytest.raises(ValueError):
        number_to_words(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("n", "word", "phrase"),
    [
        (1, "nhất", "thứ nhất"),
        (2, "hai", "thứ hai"),
        (3, "ba", "thứ ba"),
        (4, "tư", "thứ tư"),
        (5, "năm", "thứ năm"),
        (10, "mười", "thứ mười"),
        (11, "mười một", "thứ mười một"),
        (14, "mười bốn", "thứ mười bốn"),
        (20, "hai mươi", "thứ hai mươi"),
        (21, "hai mươi mốt", "thứ hai mươi mốt"),
    ],
)
def test_ordinals(n: int, word: str, phrase: str) -> None:
    assert ordinal_word(n) == word
    assert ordinal_phrase(n) == phrase


@pytest.mark.parametrize("n", [0, -1, True])
def test_ordinals_need_a_positive_integer(n: int) -> None:
    with pytest.raises(ValueError):
        ordinal_word(n)


# --- An independent reader of Vietnamese number words, used as the oracle of the properties ---

UNITS = {"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5}
UNITS |= {"lăm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
VOCABULARY = set(UNITS) | {"mười", "mươi", "trăm", "linh", "lẻ", "nghìn", "triệu", "tỷ"}
VOCABULARY |= {"âm", "phẩy"}


def read_below_thousand(words: list[str]) -> int:
    value = 0
    if "trăm" in words:
        at = words.index("trăm")
        value, words = UNITS[words[at - 1]] * 100, words[at + 1 :]
    if words[:1] in (["linh"], ["lẻ"]):
        return value + UNITS[words[1]]
    if words[:1] == ["mười"]:
        return value + 10 + (UNITS[words[1]] if len(words) > 1 else 0)
    if "mươi" in words:
        tail = words[2:]
        return value + UNITS[words[0]] * 10 + (UNITS[tail[0]] if tail else 0)
    return value + (UNITS[words[0]] if words else 0)


def read_scaled(words: list[str], scales: list[tuple[str, int]]) -> int:
    if not scales:
        return read_below_thousand(words)
    (name, factor), rest = scales[0], scales[1:]
    if name not in words:
        return read_scaled(words, rest)
    at = words.index(name)
    return read_scaled(words[:at], rest) * factor + read_scaled(words[at + 1 :], rest)


def read_integer_words(words: list[str]) -> int:
    # Split at each run of "tỷ": the run's length is the power of 10^9 of the words before it.
    total, chunk = 0, list[str]()
    index = 0
    while index < len(words):
        if words[index] == "tỷ":
            run = 0
            while index < len(words) and words[index] == "tỷ":
                run, index = run + 1, index + 1
            total += read_scaled(chunk, [("triệu", 10**6), ("nghìn", 1000)]) * 10 ** (9 * run)
            chunk = []
        else:
            chunk.append(words[index])
            index += 1
    return total + (read_scaled(chunk, [("triệu", 10**6), ("nghìn", 1000)]) if chunk else 0)


def read_number_words(text: str) -> Decimal:
    words = text.split(" ")
    sign = -1 if words[0] == "âm" else 1
    words = words[1:] if sign < 0 else words
    if "phẩy" not in words:
        return Decimal(sign * read_integer_words(words))
    at = words.index("phẩy")
    fraction = words[at + 1 :]
    leading = 0
    while leading < len(fraction) - 1 and fraction[leading] == "không":
        leading += 1
    digits = str(read_integer_words(fraction[leading:]))
    value = Decimal(f"{read_integer_words(words[:at])}.{'0' * leading}{digits}")
    return sign * value


def test_the_oracle_reads_the_golden_table() -> None:
    for value, _options, words in NUMBER_ROWS:
        assert read_number_words(words) == Decimal(value), words


@given(st.integers(min_value=-(10**30), max_value=10**30))
def test_integer_words_read_back_to_the_same_number(value: int) -> None:
    assert read_number_words(number_to_words(value)) == value


@given(
    st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), places=6, allow_nan=False)
)
def test_decimal_words_read_back_to_the_same_number(value: Decimal) -> None:
    assert read_number_words(number_to_words(value)) == value


@given(
    st.one_of(
        st.integers(min_value=-(10**35), max_value=10**35),
        # Below 1e-6 a float's repr needs more than the 30 decimals the reader accepts.
        st.floats(min_value=-1e15, max_value=1e15).filter(lambda f: f == 0 or abs(f) >= 1e-6),
        st.decimals(allow_nan=False, allow_infinity=False, places=4, max_value=10**20),
    ),
    st.sampled_from(["linh", "lẻ"]),
    st.sampled_from(["bốn", "tư"]),
)
def test_number_words_are_clean_vietnamese(value: object, zero_tens: str, four: str) -> None:
    text = number_to_words(value, zero_tens=zero_tens, four=four)  # type: ignore[arg-type]
    assert "None" not in text
    assert "  " not in text
    assert text == text.strip()
    assert set(text.split(" ")) <= VOCABULARY  # no English, no digits, no stray words


@given(st.integers(min_value=0, max_value=10**15))
def test_money_words_start_with_a_capital_and_end_in_dong(amount: int) -> None:
    text = money_to_words(amount)
    assert text[0].isupper()
    assert text.endswith(" đồng")
    assert text[0].lower() + text[1:] == f"{number_to_words(amount)} đồng"
