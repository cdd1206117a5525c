"""Vietnamese personal names: split into họ / tên đệm / tên, and list order by tên first."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, TypeVar, overload

from .collation import CollationKey, collation_key

__all__ = ["NameParts", "clean_name", "name_sort_key", "sort_names", "split_name"]

T = TypeVar("T")
NameSortKey = tuple[CollationKey, CollationKey, CollationKey, CollationKey]

# Two-syllable family names; only recognised when a name has at least three syllables, so that
# "Tôn Thất Thuyết" splits as Tôn Thất / - / Thuyết but "Âu Dương" stays family + given name.
# "Nguyễn Phúc" is left out on purpose: today "Phúc" after "Nguyễn" is far more often a middle name.
COMPOUND_FAMILY_NAMES = frozenset({"âu dương", "tôn thất", "tôn nữ"})


class NameParts(NamedTuple):
    """A full name in its three Vietnamese parts; family or middle may be empty."""

    family: str
    middle: str
    given: str


def clean_name(full: str) -> str:
    """NFC-compose a name and collapse its whitespace: " Lò  Văn Hặc " -> "Lò Văn Hặc"."""
    if not isinstance(full, str):
        raise ValueError(f"expected a name as text, got {full!r}")
    return " ".join(unicodedata.normalize("NFC", full).split())


def split_name(full: str) -> NameParts:
    """Split a full name, family name first: "Giàng A Páo" -> NameParts("Giàng", "A", "Páo").

    The last word is the given name (tên), the first the family name (họ, two words for the few
    compound family names in COMPOUND_FAMILY_NAMES), the rest the middle name (tên đệm). One word
    is a given name alone; an empty or blank text gives three empty parts.
    """
    words = clean_name(full).split(" ")
    if words == [""]:
        return NameParts("", "", "")
    if len(words) == 1:
        return NameParts("", "", words[0])
    family_size = 2 if len(words) >= 3 and _is_compound_family(words[:2]) else 1
    family = " ".join(words[:family_size])
    middle = " ".join(words[family_size:-1])
    return NameParts(family, middle, words[-1])


def name_sort_key(full: str) -> NameSortKey:
    """Key for lists of people: given name first, then family name, then middle name.

    Each part compares with Vietnamese collation, so "Hải" < "Hưng" and all the "An" come
    before all the "Ân"; the cleaned full name breaks the remaining ties.
    """
    parts = split_name(full)
    return (
        collation_key(parts.given),
        collation_key(parts.family),
        collation_key(parts.middle),
        collation_key(clean_name(full)),
    )


@overload
def sort_names(items: Iterable[str], key: None = None, *, reverse: bool = False) -> list[str]: ...


@overload
def sort_names(
    items: Iterable[T], key: Callable[[T], str], *, reverse: bool = False
) -> list[T]: ...


def sort_names(
    items: Iterable[Any], key: Callable[[Any], str] | None = None, *, reverse: bool = False
) -> list[Any]:
    """Sort people as Vietnamese lists do (see name_sort_key), stably; key gives the full name."""
    name_of = key or _as_name
    return sorted(items, key=lambda item: name_sort_key(name_of(item)), reverse=reverse)


def _as_name(item: object) -> str:
    if not isinstance(item, str):
        raise ValueError(f"expected a name as text, got {item!r}; pass key= to sort other items")
    return item


def _is_compound_family(first_two: list[str]) -> bool:
    return " ".join(first_two).lower() in COMPOUND_FAMILY_NAMES
