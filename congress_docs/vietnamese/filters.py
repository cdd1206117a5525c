"""The Jinja filters of the Vietnamese toolkit, all in one place; docs/filters.md lists them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping
from typing import Any, Protocol

from jinja2 import Environment, Undefined, pass_environment
from jinja2.filters import make_attrgetter

from .collation import sort_vietnamese
from .dates import format_date_admin, format_date_range, format_date_short, weekday_name
from .legacy import detect_legacy_encoding, legacy_to_unicode
from .names import sort_names, split_name
from .numbers import format_number, format_percent, zero_pad
from .roman import from_roman, to_roman
from .text import (
    capitalize_first,
    nfc,
    normalise_tone_marks,
    slugify,
    strip_diacritics,
    title_vi,
    upper_vi,
)
from .words import money_to_words, number_to_words, ordinal_phrase, ordinal_word

__all__ = ["FILTERS", "FilterHost", "register_filters"]


class FilterHost(Protocol):
    """Anything with a Jinja-style filters mapping: jinja2.Environment, docxtpl's jinja_env."""

    @property
    def filters(self) -> MutableMapping[str, Callable[..., Any]]: ...


def family_name(full: str) -> str:
    """Họ: "Nguyễn Văn An" -> "Nguyễn"."""
    return split_name(full).family


def middle_name(full: str) -> str:
    """Tên đệm: "Nguyễn Văn An" -> "Văn"."""
    return split_name(full).middle


def given_name(full: str) -> str:
    """Tên: "Nguyễn Văn An" -> "An"."""
    return split_name(full).given


@pass_environment
def sort_names_filter(
    environment: Environment,
    items: Iterable[Any],
    attribute: str | None = None,
    reverse: bool = False,
) -> list[Any]:
    """people|sort_names("full_name"): order by given name, then family, then middle name."""
    return sort_names(items, key=_text_getter(environment, attribute), reverse=reverse)


@pass_environment
def sort_vi_filter(
    environment: Environment,
    items: Iterable[Any],
    attribute: str | None = None,
    reverse: bool = False,
) -> list[Any]:
    """communes|sort_vi("name"): Vietnamese alphabetical order."""
    return sort_vietnamese(items, key=_text_getter(environment, attribute), reverse=reverse)


def from_legacy(text: str, encoding: str | None = None, uppercase: bool = False) -> str:
    """Convert TCVN3/VNI text to Unicode; with no encoding, detect it (none found: unchanged)."""
    name = encoding or detect_legacy_encoding(text)
    return legacy_to_unicode(text, name, uppercase=uppercase) if name else nfc(text)


def _text_getter(environment: Environment, attribute: str | None) -> Callable[[Any], str]:
    """Read the sort text the way Jinja's own sort filter does, so a sandbox keeps its rules."""
    if attribute is None:
        return _require_text
    getter = make_attrgetter(environment, attribute)

    def get(item: Any) -> str:
        value = getter(item)
        if isinstance(value, Undefined):
            raise ValueError(f"an item has no attribute or key {attribute!r} to sort by")
        return _require_text(value)

    return get


def _require_text(value: Any) -> str:
    if not isinstance(value, str):
        # The type only: a repr could show a sandboxed template what it must not read.
        raise ValueError(f"expected text to sort by, got {type(value).__name__}")
    return value


FILTERS: dict[str, Callable[..., Any]] = {
    # numbers in figures
    "number": format_number,
    "percent": format_percent,
    "pad": zero_pad,
    # numbers in words
    "number_words": number_to_words,
    "money_words": money_to_words,
    "ordinal": ordinal_word,
    "ordinal_phrase": ordinal_phrase,
    "roman": to_roman,
    "from_roman": from_roman,
    # dates
    "date_admin": format_date_admin,
    "date_short": format_date_short,
    "date_range": format_date_range,
    "weekday": weekday_name,
    # names and order
    "family_name": family_name,
    "middle_name": middle_name,
    "given_name": given_name,
    "sort_names": sort_names_filter,
    "sort_vi": sort_vi_filter,
    # case, spelling, file names
    "upper_vi": upper_vi,
    "capitalize_first": capitalize_first,
    "title_vi": title_vi,
    "tone_marks": normalise_tone_marks,
    "slug": slugify,
    "strip_diacritics": strip_diacritics,
    # Unicode and legacy encodings
    "nfc": nfc,
    "from_legacy": from_legacy,
}


def register_filters(env: FilterHost) -> None:
    """Add every filter of FILTERS to a Jinja environment (existing names are replaced)."""
    env.filters.update(FILTERS)
