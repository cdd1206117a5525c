"""Vietnamese language toolkit: numbers, words, dates, names, case, slugs, encodings, Jinja filters.

Pure functions without I/O; bad input raises ValueError. See docs/filters.md.
"""

from __future__ import annotations

from .collation import CollationKey, collation_key, sort_vietnamese
from .dates import (
    DateLike,
    format_date_admin,
    format_date_range,
    format_date_short,
    to_date,
    weekday_name,
)
from .filters import FILTERS, register_filters
from .legacy import (
    LegacyEncoding,
    detect_legacy_encoding,
    legacy_to_unicode,
    unicode_to_legacy,
)
from .names import NameParts, clean_name, name_sort_key, sort_names, split_name
from .numbers import Number, format_number, format_percent, to_decimal, zero_pad
from .roman import from_roman, to_roman
from .text import (
    capitalize_first,
    is_decomposed,
    nfc,
    normalise_tone_marks,
    slugify,
    strip_diacritics,
    title_vi,
    upper_vi,
)
from .words import money_to_words, number_to_words, ordinal_phrase, ordinal_word

__all__ = [
    "FILTERS",
    "CollationKey",
    "DateLike",
    "LegacyEncoding",
    "NameParts",
    "Number",
    "capitalize_first",
    "clean_name",
    "collation_key",
    "detect_legacy_encoding",
    "format_date_admin",
    "format_date_range",
    "format_date_short",
    "format_number",
    "format_percent",
    "from_roman",
    "is_decomposed",
    "legacy_to_unicode",
    "money_to_words",
    "name_sort_key",
    "nfc",
    "normalise_tone_marks",
    "number_to_words",
    "ordinal_phrase",
    "ordinal_word",
    "register_filters",
    "slugify",
    "sort_names",
    "sort_vietnamese",
    "split_name",
    "strip_diacritics",
    "title_vi",
    "to_date",
    "to_decimal",
    "to_roman",
    "unicode_to_legacy",
    "upper_vi",
    "weekday_name",
    "zero_pad",
]
