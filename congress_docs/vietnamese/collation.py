"""Vietnamese alphabetical order in pure Python (the CLDR "vi" rules, without ICU).

Three levels, as in ICU: letters first (a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư; spaces before
punctuation before digits before letters), then tones (unmarked < huyền < hỏi < ngã < sắc < nặng),
then case (lower before upper). A last level, the NFC text itself, makes the order total:
two different strings never compare equal.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, overload

__all__ = ["CollationKey", "collation_key", "sort_vietnamese"]

T = TypeVar("T")
PrimaryWeight = tuple[int, int]
CollationKey = tuple[tuple[PrimaryWeight, ...], tuple[int, ...], tuple[int, ...], str]

# Vietnamese letters in order, with f, j, w, z (used in names and loan words) at their Latin places.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_INDEX = {letter: index for index, letter in enumerate(ALPHABET)}
# Combining marks that make a separate letter in Vietnamese (breve, circumflex, horn).
_LETTER_MARKS = frozenset("\u0306\u0302\u031b")
# Tone marks by collation weight: huyền, hỏi, ngã, sắc, nặng.
_TONE_WEIGHT = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_OTHER_MARK_BASE = 10  # foreign diacritics (ö, ç, ñ) sort after the five tones

_SPACE, _PUNCTUATION, _DIGIT, _LETTER, _OTHER_LETTER = range(5)


def collation_key(text: str) -> CollationKey:
    """Key that sorts Vietnamese text alphabetically: sorted(words, key=collation_key)."""
    if not isinstance(text, str):
        raise ValueError(f"expected text, got {text!r}")
    return _collation_key(text)


@functools.lru_cache(maxsize=1 << 15)
def _collation_key(text: str) -> CollationKey:
    # Names repeat across a district's lists and documents: each is weighed once.
    composed = unicodedata.normalize("NFC", text)
    primary: list[PrimaryWeight] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for char in composed:
        if unicodedata.combining(char) and primary:
            # A mark NFC could not compose ("x\u0301") only adds a secondary difference.
            secondary[-1] = secondary[-1] * 100 + _tone_weight(char)
            continue
        weight, tone = _char_weights(char)
        primary.append(weight)
        secondary.append(tone)
        tertiary.append(1 if char != char.lower() else 0)
    return tuple(primary), tuple(secondary), tuple(tertiary), composed


@overload
def sort_vietnamese(
    items: Iterable[str], key: None = None, *, reverse: bool = False
) -> list[str]: ...


@overload
def sort_vietnamese(
    items: Iterable[T], key: Callable[[T], str], *, reverse: bool = False
) -> list[T]: ...


def sort_vietnamese(
    items: Iterable[Any], key: Callable[[Any], str] | None = None, *, reverse: bool = False
) -> list[Any]:
    """Sort texts (or items by the text key returns) in Vietnamese alphabetical order; stable."""
    text_of = key or _as_text
    return sorted(items, key=lambda item: collation_key(text_of(item)), reverse=reverse)


def _as_text(item: object) -> str:
    if not isinstance(item, str):
        raise ValueError(f"expected text, got {item!r}; pass key= to sort other items")
    return item


def _char_weights(char: str) -> tuple[PrimaryWeight, int]:
    decomposed = unicodedata.normalize("NFD", char.lower())
    base, marks = decomposed[0], decomposed[1:]
    letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _LETTER_MARKS))
    tone = _tone_weight(m for m in marks if m not in _LETTER_MARKS)
    if letter in _LETTER_INDEX:
        return (_LETTER, _LETTER_INDEX[letter]), tone
    if base.isalpha():
        return (_OTHER_LETTER, ord(letter[0])), tone
    if base.isdigit():
        return (_DIGIT, unicodedata.digit(base, ord(base))), tone
    if base.isspace():
        return (_SPACE, 0), tone
    return (_PUNCTUATION, ord(base)), tone


def _tone_weight(marks: Iterable[str]) -> int:
    weight = 0
    for mark in marks:
        weight = weight * 100 + _TONE_WEIGHT.get(mark, _OTHER_MARK_BASE + ord(mark) % 90)
    return weight
