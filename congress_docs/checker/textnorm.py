"""Text helpers for the rules: Vietnamese spellings folded for matching, caps tests, excerpts."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["excerpt", "fold", "fold_keep", "is_caps", "is_separator", "norm"]

# Old-style tone placement ("hoà", "uỷ") and the new one ("hòa", "ủy") match each other.
_OLD_TONES = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_TONE_TABLE = {
    **_OLD_TONES,
    **{k.upper(): v.upper() for k, v in _OLD_TONES.items()},
    **{k.capitalize(): v.capitalize() for k, v in _OLD_TONES.items()},
}
# only at the end of a syllable: "hoà" folds to "hòa", but "hoạch" and "khoảng" stay as written
_TONE_RE = re.compile("(?:" + "|".join(sorted(_TONE_TABLE, key=len, reverse=True)) + r")(?!\w)")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "\xa0": " ", "\t": " "})
_SEPARATOR = re.compile(r"^[_\-–—=]{3,}$")


def norm(text: str) -> str:
    """NFC, one kind of dash and space, single spaces, no surrounding spaces."""
    text = unicodedata.normalize("NFC", text).translate(_DASHES)
    return re.sub(r"\s+", " ", text).strip()


def fold(text: str) -> str:
    """Normalise for matching: `norm` plus new-style tone placement ("HOÀ" becomes "HÒA")."""
    return _TONE_RE.sub(lambda m: _TONE_TABLE[m.group(0)], norm(text))


def fold_keep(text: str) -> str:
    """Like `fold` but keeping every character position, so matches map back onto the original."""
    return _TONE_RE.sub(lambda m: _TONE_TABLE[m.group(0)], text.translate(_DASHES))


def is_caps(text: str) -> bool:
    """True when the text has letters and every letter is upper case."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_separator(text: str) -> bool:
    """True for a line made only of typed rule characters (underscores, hyphens, dashes)."""
    return bool(_SEPARATOR.match(text.strip().replace(" ", "")))


def excerpt(text: str, start: int = 0, end: int | None = None, width: int = 30) -> str:
    """Return the text around [start, end), at most `width` characters each side, on one line."""
    end = len(text) if end is None else end
    left = max(0, start - width)
    right = min(len(text), end + width)
    piece = text[left:right].replace("\n", " ").replace("\t", " ")
    return ("…" if left else "") + piece.strip() + ("…" if right < len(text) else "")
