"""Vietnamese text hygiene: NFC, case keeping diacritics, one tone-mark placement, ASCII slugs."""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "TONE_STYLES",
    "capitalize_first",
    "is_decomposed",
    "nfc",
    "normalise_tone_marks",
    "slugify",
    "strip_diacritics",
    "title_vi",
    "upper_vi",
]

# Combining marks of the five tones (huyền, hỏi, ngã, sắc, nặng).
TONE_MARKS = frozenset("\u0300\u0309\u0303\u0301\u0323")
# "classic": hòa, khỏe, ủy (the placement of the ND30 samples: "CỘNG HÒA", "ỦY BAN").
# "modern": hoà, khoẻ, uỷ (mark on the main vowel, the 1980s school rule).
TONE_STYLES = ("classic", "modern")

_LETTER_AHEAD = r"(?![^\W\d_])"  # the syllable ends here: no letter follows
_TONED_A_E = "àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ"
_TONED_Y = "ỳýỷỹỵỲÝỶỸỴ"
_TONED_O = "òóỏõọÒÓỎÕỌ"
_TONED_U = "ùúủũụÙÚỦŨỤ"
_TO_CLASSIC = (
    re.compile(rf"([oO])([{_TONED_A_E}]){_LETTER_AHEAD}"),
    re.compile(rf"(?<![qQ])([uU])([{_TONED_Y}]){_LETTER_AHEAD}"),
)
_TO_MODERN = (
    re.compile(rf"([{_TONED_O}])([aeAE]){_LETTER_AHEAD}"),
    re.compile(rf"(?<![qQ])([{_TONED_U}])([yY]){_LETTER_AHEAD}"),
)
# After "q" the "u" is part of the consonant, so a mark on it ("qúa", "qủy") is always a typo.
_TONE_ON_QU = re.compile(rf"([qQ])([{_TONED_U}])([aăâeêioôơyAĂÂEÊIOÔƠY])")

WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
)
SLUG_SEPARATORS = ("-", "_")
MIN_SLUG_LENGTH = 8


def nfc(text: str) -> str:
    """Compose text to Unicode NFC, the form Word and fonts render best."""
    return unicodedata.normalize("NFC", _require_text(text))


def is_decomposed(text: str) -> bool:
    """Tell whether text holds decomposed sequences (NFD, as in macOS file names) NFC would fix."""
    return not unicodedata.is_normalized("NFC", _require_text(text))


def upper_vi(text: str) -> str:
    """Upper-case a heading, every diacritic kept: "Ủy ban nhân dân" -> "ỦY BAN NHÂN DÂN"."""
    return nfc(nfc(text).upper())


def capitalize_first(text: str) -> str:
    """Upper-case the first letter only, the rest unchanged: "sáu mươi đồng" -> "Sáu mươi đồng"."""
    composed = nfc(text)
    for index, char in enumerate(composed):
        if char.isalpha():
            return composed[:index] + char.upper() + composed[index + 1 :]
    return composed


def title_vi(text: str) -> str:
    """Capitalise each word, e.g. of an all-caps name: "NGUYỄN VĂN AN" -> "Nguyễn Văn An"."""
    return nfc(nfc(text).title())


def normalise_tone_marks(text: str, *, style: str = "classic") -> str:
    """Place tone marks in oa, oe, uy one consistent way; also fix "qúa" -> "quá".

    style="classic" (default): "hòa", "khỏe", "ủy", as the ND30 samples write "CỘNG HÒA", "ỦY BAN".
    style="modern": "hoà", "khoẻ", "uỷ". Only open syllables change: "hoàng", "huỳnh", "quý" and
    "thuở" are written the same way in both styles.
    """
    if style not in TONE_STYLES:
        raise ValueError(f"style must be one of {', '.join(TONE_STYLES)}; got {style!r}")
    result = _TONE_ON_QU.sub(_move_tone_forward_after_q, nfc(text))
    if style == "classic":
        for pattern in _TO_CLASSIC:
            result = pattern.sub(_move_tone_back, result)
    else:
        for pattern in _TO_MODERN:
            result = pattern.sub(_move_tone_forward, result)
    return result


def strip_diacritics(text: str) -> str:
    """Remove every diacritic, "đ" included: "Đảng bộ xã Bản Hon" -> "Dang bo xa Ban Hon"."""
    decomposed = unicodedata.normalize("NFD", _require_text(text))
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", without_marks.replace("đ", "d").replace("Đ", "D"))


def slugify(
    text: str, max_length: int = 60, *, separator: str = "-", fallback: str = "untitled"
) -> str:
    """Make an ASCII file or folder name: "Bản Hon" -> "ban-hon", "Đ" -> "d".

    The result holds only a-z, 0-9 and the separator, never starts or ends with it, is at most
    max_length long (cut at a word boundary when possible), is never a Windows device name
    ("con" -> "con_") and is never empty (fallback, itself slugified).
    """
    if separator not in SLUG_SEPARATORS:
        raise ValueError(f"separator must be one of {' '.join(SLUG_SEPARATORS)}; got {separator!r}")
    if isinstance(max_length, bool) or not isinstance(max_length, int):
        raise ValueError(f"max_length must be an integer, got {max_length!r}")
    if max_length < MIN_SLUG_LENGTH:
        raise ValueError(f"max_length must be at least {MIN_SLUG_LENGTH}, got {max_length}")
    slug = _shorten(_ascii_words(text, separator), max_length, separator)
    if not slug:
        slug = _shorten(_ascii_words(fallback, separator), max_length, separator)
    if not slug:
        raise ValueError(f"the fallback must contain a letter or a digit, got {fallback!r}")
    return slug + "_" if slug in WINDOWS_RESERVED else slug


def _ascii_words(text: str, separator: str) -> str:
    # NFKC first turns compatibility forms into plain ones: "ﬁ" -> "fi", "①" -> "1", "Ｂ" -> "B".
    plain = strip_diacritics(unicodedata.normalize("NFKC", _require_text(text)))
    ascii_text = plain.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", separator, ascii_text).strip(separator)


def _shorten(slug: str, max_length: int, separator: str) -> str:
    if len(slug) <= max_length:
        return slug
    cut = slug[: max_length + 1]
    boundary = cut.rfind(separator)
    # Keep whole words unless that would throw away more than half the room.
    shortened = cut[:boundary] if boundary > max_length // 2 else slug[:max_length]
    return shortened.strip(separator)


def _move_tone_back(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    tone, bare = _split_tone(second)
    return nfc(first + tone) + bare


def _move_tone_forward(match: re.Match[str]) -> str:
    first, second = match.group(1), match.group(2)
    tone, bare = _split_tone(first)
    return bare + nfc(second + tone)


def _move_tone_forward_after_q(match: re.Match[str]) -> str:
    tone, bare = _split_tone(match.group(2))
    return match.group(1) + bare + nfc(match.group(3) + tone)


def _split_tone(char: str) -> tuple[str, str]:
    """Return (tone mark, letter without it) for one composed letter."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = "".join(c for c in decomposed if c in TONE_MARKS)
    bare = "".join(c for c in decomposed if c not in TONE_MARKS)
    return tone, unicodedata.normalize("NFC", bare)


def _require_text(text: str) -> str:
    if not isinstance(text, str):
        raise ValueError(f"expected text, got {text!r}")
    return text
