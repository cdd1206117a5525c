"""Names and order: họ / tên đệm / tên, Vietnamese collation, lists sorted by given name."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_docs.vietnamese import (
    NameParts,
    collation_key,
    name_sort_key,
    sort_names,
    sort_vietnamese,
    split_name,
)

GOLDEN = Path(__file__).parent / "golden"


def read_lines(name: str) -> list[str]:
    lines = (GOLDEN / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


NAME_ORDER = read_lines("name_order.txt")
WORD_ORDER = read_lines("collation_order.txt")


@pytest.mark.parametrize(
    ("full", "family", "middle", "given_name"),
    [line.split("\t") for line in read_lines("name_splits.tsv")],
)
def test_split_name_matches_golden_table(
    full: str, family: str, middle: str, given_name: str
) -> None:
    assert split_name(full) == NameParts(family, middle, given_name)


def test_split_name_composes_decomposed_text() -> None:
    assert split_name(unicodedata.normalize("NFD", "Lò Văn Hặc")).given == "Hặc"


def test_blank_name_splits_into_empty_parts() -> None:
    assert split_name("   ") == NameParts("", "", "")


@pytest.mark.parametrize("seed", range(5))
def test_people_sort_by_given_name_then_family_then_middle(seed: int) -> None:
    shuffled = NAME_ORDER[:]
    random.Random(seed).shuffle(shuffled)
    assert sort_names(shuffled) == NAME_ORDER


def test_python_order_would_be_wrong_for_the_golden_list() -> None:
    # Guards the golden list itself: it must exercise what plain sorted() gets wrong.
    assert sorted(NAME_ORDER) != NAME_ORDER
    assert sorted(WORD_ORDER) != WORD_ORDER


@pytest.mark.parametrize("seed", range(5))
def test_words_sort_in_vietnamese_alphabetical_order(seed: int) -> None:
    shuffled = WORD_ORDER[:]
    random.Random(seed).shuffle(shuffled)
    assert sort_vietnamese(shuffled) == WORD_ORDER


def test_sort_names_takes_a_key_for_records() -> None:
    people = [{"name": "Nguyễn Văn Hưng", "role": "Chủ tịch"}, {"name": "Trần Thị Hải", "role": ""}]
    assert sort_names(people, key=lambda person: person["name"])[0]["name"] == "Trần Thị Hải"
    assert sort_names(["Trần Thị Hải", "Nguyễn Văn Hưng"], reverse=True)[0] == "Nguyễn Văn Hưng"


def test_sort_names_without_key_needs_text() -> None:
    with pytest.raises(ValueError, match="key="):
        sort_names([{"name": "An"}])  # type: ignore[list-item]


def test_decomposed_and_composed_names_sort_together() -> None:
    decomposed = unicodedata.normalize("NFD", "Lò Văn Hặc")
    assert name_sort_key(decomposed) == name_sort_key("Lò Văn Hặc")


VIETNAMESE_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
names = st.lists(
    st.text(alphabet=VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper(), min_size=1, max_size=6),
    min_size=1,
    max_size=4,
).map(" ".join)
any_text = st.one_of(names, st.text(max_size=12))


@given(st.lists(any_text, max_size=12))
def test_sorting_does_not_depend_on_input_order(items: list[str]) -> None:
    once = sort_names(items)
    backwards = sort_names(list(reversed(items)))
    # Only names equal once cleaned (NFC, single spaces) may swap places.
    assert [name_sort_key(item) for item in backwards] == [name_sort_key(item) for item in once]
    assert sort_names(once) == once
    words_backwards = sort_vietnamese(list(reversed(items)))
    words = sort_vietnamese(items)
    assert [collation_key(item) for item in words_backwards] == [
        collation_key(item) for item in words
    ]


@given(any_text, any_text, any_text)
def test_collation_is_a_total_order(a: str, b: str, c: str) -> None:
    ka, kb, kc = collation_key(a), collation_key(b), collation_key(c)
    assert (ka < kb) + (ka == kb) + (ka > kb) == 1
    assert (ka == kb) == (unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b))
    if ka <= kb and kb <= kc:
        assert ka <= kc


@given(
    st.lists(st.tuples(st.sampled_from(NAME_ORDER[:6] + ["Lê Văn An"]), st.integers()), max_size=20)
)
def test_sort_names_is_stable(people: list[tuple[str, int]]) -> None:
    ordered = sort_names(people, key=lambda person: person[0])
    for name in {person[0] for person in people}:
        assert [p for p in ordered if p[0] == name] == [p for p in people if p[0] == name]


@given(names)
def test_name_parts_rebuild_the_cleaned_name(full: str) -> None:
    parts = split_name(full)
    rebuilt = " ".join(part for part in parts if part)
    assert rebuilt == " ".join(full.split())
    assert parts.given != ""
